import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { checkRegion, oneOf, regionCode } from '../attributes.js';
import { AnnouncerController } from '../controllers/announcer.js';
import type { CalmHelpDetail } from '../events.js';
import type { Catalog } from '../locales/en.js';
import { CalmElement } from './calm-element.js';
import type { CalmHelp } from './help/calm-help.js';
import './help/define.js';
import { THEMES } from '../styles/tokens.js';

export type HelpPlacement = 'button' | 'none';

/** The settings an element hands to the elements it hosts: only valid values, unset stays unset. */
export interface EmbeddedSettings {
  theme?: CalmElement['theme'];
  motion?: CalmElement['motion'];
  region?: string;
  strings?: Partial<Catalog>;
}

/**
 * An element a person works through (breathing, grounding, check-in, flow, plan), and the quick
 * exit. Each offers "Get help now" before everything else it shows (SPEC §1.1) and speaks
 * through one polite live region. A host that shows one help control for the whole screen (a kiosk) sets
 * `help="none"` on the inner element.
 *
 * The embedding contract (CONTRIBUTING.md "Embedding an activity"): a host that shows an activity
 * as part of its own screen (`<calm-flow>`) sets `embedded` and calls the methods below. An
 * embedded activity shows no help control, heading, progress, Back, Next, Skip or end screen of
 * its own: the host's one Back and one Next drive it through `forward()` and `backward()`, and
 * the host shows `embeddedProgress` in its own progress line.
 */
export class CalmActivity extends CalmElement {
  /** `button` (default) shows "Get help now" before the activity; `none` when the host shows help elsewhere. */
  @property({ reflect: true }) help: HelpPlacement = 'button';

  /** ISO 3166 region for the crisis help, e.g. `US`. Without it, the region found on the device (see `<calm-help>`). */
  @property({ reflect: true }) region?: string;

  protected readonly announcer = new AnnouncerController(this);
  @query('calm-help') private helpElement?: CalmHelp;

  /** Begins the activity (an embedding host calls it when it shows the step). */
  start(): void {}

  /** Pauses whatever is timed and puts away a card shown over the screen (a host calls it when crisis help opens or a kiosk's idle warning comes). */
  pause(): void {}

  /** Back to the beginning with nothing of the person kept. Fires no event. */
  reset(): void {}

  /**
   * The host's Next: moves on inside the activity and returns true, or returns false when there
   * is nothing more inside (the host moves on). Only called for a person's action.
   */
  forward(): boolean {
    return false;
  }

  /** The host's Back: moves back inside and returns true, or false at the activity's first screen. */
  backward(): boolean {
    return false;
  }

  /** True when `backward()` would move back inside. */
  get canGoBackInside(): boolean {
    return false;
  }

  /** Where the person is inside, in words ("Breath 2 of 6"), for the host's progress line; '' when nothing to say. */
  get embeddedProgress(): string {
    return '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('help')) oneOf(this, 'help', this.help, ['button', 'none'], 'button');
    // This element names the bad value; the inner <calm-help> only ever gets valid ones.
    if (changed.has('region')) checkRegion(this, this.region);
  }

  /**
   * What a hosted element gets of this element's own settings: only valid values (an invalid
   * one is named once, by this element, and the hosted element uses its default).
   */
  protected embeddedSettings(): EmbeddedSettings {
    return {
      theme: (THEMES as readonly unknown[]).includes(this.theme) ? this.theme : undefined,
      motion: this.motion === 'auto' || this.motion === 'reduce' ? this.motion : undefined,
      region: regionCode(this.region),
      strings: this.strings,
    };
  }

  /** Opens crisis help at once and tells the host why (`need`, `safety`, `threshold`). */
  protected async openHelp(reason: CalmHelpDetail['reason']): Promise<void> {
    await this.updateComplete;
    this.helpElement?.show();
    await this.emit('calm-help', { reason });
  }

  /** Who the help control speaks to (`child` starts with "tell a grown-up you trust"); elements with an `audience` pass theirs. */
  protected helpAudience(): string | undefined {
    return undefined;
  }

  /** The "Get help now" control; render it first so it comes before the activity in keyboard order. */
  protected renderHelp(): TemplateResult | typeof nothing {
    if (this.partOfHost || oneOf(this, 'help', this.help, ['button', 'none'], 'button') === 'none') return nothing;
    const { theme, motion, region } = this.embeddedSettings();
    return html`<calm-help
      part="help"
      exportparts="button: help-button"
      .region=${region}
      audience=${this.helpAudience() ?? nothing}
      .theme=${theme}
      .motion=${motion}
      .strings=${this.strings}
    ></calm-help>`;
  }
}

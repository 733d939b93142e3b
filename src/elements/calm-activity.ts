import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { checkRegion, oneOf, regionCode } from '../attributes.js';
import { AnnouncerController } from '../controllers/announcer.js';
import type { CalmHelpDetail } from '../events.js';
import { CalmElement } from './calm-element.js';
import type { CalmHelp } from './help/calm-help.js';
import './help/define.js';
import { THEMES } from '../styles/tokens.js';

export type HelpPlacement = 'button' | 'none';

/**
 * An element a person works through (breathing, grounding, check-in, flow, plan), and the quick
 * exit. Each offers "Get help now" before everything else it shows (SPEC §1.1) and speaks
 * through one polite live region. A host that shows one help control for the whole screen (a kiosk) sets
 * `help="none"` on the inner element.
 */
export class CalmActivity extends CalmElement {
  /** `button` (default) shows "Get help now" before the activity; `none` when the host shows help elsewhere. */
  @property({ reflect: true }) help: HelpPlacement = 'button';

  /** ISO 3166 region for the crisis help, e.g. `US`. Without it, the region found on the device (see `<calm-help>`). */
  @property({ reflect: true }) region?: string;

  protected readonly announcer = new AnnouncerController(this);
  @query('calm-help') private helpElement?: CalmHelp;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('help')) oneOf(this, 'help', this.help, ['button', 'none'], 'button');
    // This element names the bad value; the inner <calm-help> only ever gets valid ones.
    if (changed.has('region')) checkRegion(this, this.region);
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
    if (oneOf(this, 'help', this.help, ['button', 'none'], 'button') === 'none') return nothing;
    return html`<calm-help
      part="help"
      exportparts="button: help-button"
      .region=${regionCode(this.region)}
      audience=${this.helpAudience() ?? nothing}
      .theme=${(THEMES as readonly unknown[]).includes(this.theme) ? this.theme : undefined}
      .motion=${this.motion === 'auto' || this.motion === 'reduce' ? this.motion : undefined}
      .strings=${this.strings}
    ></calm-help>`;
  }
}

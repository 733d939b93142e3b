import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { oneOf, warnOnce } from '../attributes.js';
import { AnnouncerController } from '../controllers/announcer.js';
import type { CalmHelpDetail } from '../events.js';
import { CalmElement } from './calm-element.js';
import { regionCode, type CalmHelp } from './help/calm-help.js';
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

  /** ISO 3166 region for the crisis help, e.g. `US`. Without it, the region of the element's language. */
  @property({ reflect: true }) region?: string;

  protected readonly announcer = new AnnouncerController(this);
  @query('calm-help') private helpElement?: CalmHelp;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('help')) oneOf(this, 'help', this.help, ['button', 'none'], 'button');
    // This element names the bad value; the inner <calm-help> only ever gets valid ones.
    if (changed.has('region') && this.region != null && this.region !== '' && !regionCode(this.region)) {
      const shown = typeof this.region === 'string' ? `"${this.region.slice(0, 20)}"` : `(${typeof this.region})`;
      warnOnce(this, `region=${shown}`, `region=${shown} is not valid; accepted values: a two-letter ISO 3166 region such as US or GB. Using the language's region.`);
    }
  }

  /** Opens crisis help at once and tells the host why (`need`, `safety`, `threshold`). */
  protected async openHelp(reason: CalmHelpDetail['reason']): Promise<void> {
    await this.updateComplete;
    this.helpElement?.show();
    await this.emit('calm-help', { reason });
  }

  /** The "Get help now" control; render it first so it comes before the activity in keyboard order. */
  protected renderHelp(): TemplateResult | typeof nothing {
    if (oneOf(this, 'help', this.help, ['button', 'none'], 'button') === 'none') return nothing;
    return html`<calm-help
      part="help"
      exportparts="button: help-button"
      .region=${regionCode(this.region)}
      .theme=${(THEMES as readonly unknown[]).includes(this.theme) ? this.theme : undefined}
      .motion=${this.motion === 'auto' || this.motion === 'reduce' ? this.motion : undefined}
      .strings=${this.strings}
    ></calm-help>`;
  }
}

import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { warnOnce } from '../../attributes.js';
import { currentClock } from '../../engine/clock.js';
import { calmEvent } from '../../events.js';
import { CalmActivity } from '../calm-activity.js';
import { quickExitStyles } from './calm-quick-exit.styles.js';
import { quickExitEnglish } from '../../locales/en/quick-exit.js';
import { addEnglish } from '../../locales/registry.js';

addEnglish(quickExitEnglish);

/** Three presses of Shift within this window leave the page. */
export const SHIFT_WINDOW_MS = 2000;
const SHIFT_PRESSES = 3;

/** Where to go: an https: address or a page of this site; anything else falls back to a blank page. */
function exitTarget(href: string | undefined, element: Element): string {
  if (!href || href === 'about:blank') return 'about:blank';
  try {
    const url = new URL(href, document.baseURI);
    if (url.protocol === 'https:' || url.origin === location.origin) return url.href;
  } catch {
    /* falls through to the warning */
  }
  warnOnce(element, `href=${href}`, `href="${href.slice(0, 80)}" is not valid; accepted values: an https: address or a page of this site. Using about:blank.`);
  return 'about:blank';
}

/**
 * @summary A quick way to leave the page: a clearly labelled button and a triple-Shift shortcut
 * that blank the page at once and replace it with a neutral one, so Back does not return.
 * "Get help now" stands before it, as in every element; where the page shows help elsewhere
 * (a help button in its header), set `help="none"`.
 *
 * @event calm-exit - Fired just before the page is left. `detail: {}`.
 * @event calm-help - The person pressed "Get help now". `detail: { reason }`.
 *
 * @csspart base - The wrapper.
 * @csspart help - The `<calm-help>` control (absent with `help="none"`).
 * @csspart help-button - The "Get help now" button.
 * @csspart button - The "Exit this page" button.
 * @csspart hint - The shortcut hint under the button.
 * @csspart cover - The cover that blanks the page while it is left.
 *
 * @cssproperty --calm-color-help - Background of the button.
 * @cssproperty --calm-color-help-text - Text on the button.
 * @cssproperty --calm-color-surface - Colour of the cover that blanks the page.
 * @cssproperty --calm-color-focus - Focus ring.
 * @cssproperty --calm-radius - Corner radius.
 * @cssproperty --calm-target-size - Smallest size of the button.
 */
export class CalmQuickExit extends CalmActivity {
  static override styles = [...CalmActivity.styles, quickExitStyles];

  /** The neutral page to go to: an https: address or a page of this site. Default `about:blank`. */
  @property() href?: string;

  /**
   * Leaves the page. Replaced in tests, where leaving would end the test run.
   * @internal
   */
  static leave = (url: string): void => window.location.replace(url);

  @state() private shiftCount = 0;
  @state() private leaving = false;
  @query('dialog') private cover?: HTMLDialogElement;
  #shiftTimes: number[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onKeyDown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKeyDown, true);
  }

  /** Blanks the page, fires `calm-exit`, then replaces the location with `href`. */
  exit(): void {
    if (this.leaving) return;
    const target = exitTarget(this.href, this);
    this.leaving = true;
    // Blank at once and synchronously: the cover sits in the top layer above everything.
    this.performUpdate();
    if (this.cover && !this.cover.open) this.cover.showModal();
    // Synchronous, not after a render: the page is about to go.
    this.dispatchEvent(calmEvent('calm-exit', {}));
    CalmQuickExit.leave(target);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A server has no page to resolve the address against; the browser checks it on hydration.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- Lit types isServer as false (its browser build)
    if (changed.has('href') && !isServer) exitTarget(this.href, this);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || event.repeat) {
      if (event.key !== 'Shift') this.#resetShift();
      return;
    }
    const now = currentClock().now();
    this.#shiftTimes = [...this.#shiftTimes.filter((time) => now - time < SHIFT_WINDOW_MS), now];
    this.shiftCount = this.#shiftTimes.length;
    if (this.shiftCount >= SHIFT_PRESSES) this.exit();
  };

  #resetShift(): void {
    this.#shiftTimes = [];
    this.shiftCount = 0;
  }

  protected override render(): TemplateResult {
    const hint = this.shiftCount > 0 && !this.leaving
      ? this.t('quickExit.progress', { count: this.shiftCount })
      : this.t('quickExit.hint');
    return html`<div part="base" class="base" lang=${this.locale.language} dir=${this.locale.dir}>
      <div class="actions">
        ${this.renderHelp()}
        <button part="button" class="button help exit" @click=${this.exit}>${this.t('quickExit.button')}</button>
      </div>
      <p part="hint" class="hint" aria-live="polite">
        ${hint}
        <span class="dots" aria-hidden="true">${[1, 2, 3].map((n) => html`<span class="dot ${n <= this.shiftCount ? 'on' : ''}"></span>`)}</span>
      </p>
      <dialog part="cover" class="cover" aria-label=${this.t('quickExit.button')}></dialog>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-quick-exit': CalmQuickExit;
  }
}

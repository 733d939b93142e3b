import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { warnOnce } from '../../attributes.js';
import { currentClock } from '../../engine/clock.js';
import { calmEvent } from '../../events.js';
import { CalmActivity } from '../calm-activity.js';
import { exitIcon } from '../exit-icon.js';
import { quickExitStyles } from './calm-quick-exit.styles.js';
import { quickExitEnglish } from '../../locales/en/quick-exit.js';
import { addEnglish } from '../../locales/registry.js';
import { quickExits } from '../../quick-exits.js';

addEnglish(quickExitEnglish);

/** Three presses of Shift within this window leave the page. */
export const SHIFT_WINDOW_MS = 2000;
const SHIFT_PRESSES = 3;

/** Where to go: an https: address or another page of this site; anything else falls back to a blank page. */
function exitTarget(href: string | undefined, element: Element): string {
  if (!href || href === 'about:blank') return 'about:blank';
  try {
    const url = new URL(href, document.baseURI);
    // "#", "?" or this page's own address would only reload the page the person is leaving.
    const samePage = url.origin + url.pathname === location.origin + location.pathname && (!url.search || url.search === location.search);
    if ((url.protocol === 'https:' || url.origin === location.origin) && !samePage) return url.href;
  } catch {
    /* falls through to the warning */
  }
  warnOnce(element, `href=${href}`, `href="${href.slice(0, 80)}" is not valid; accepted values: an https: address or another page of this site. Using about:blank.`);
  return 'about:blank';
}

/** The parts of the Navigation API used here (not yet in TypeScript's DOM types). */
interface NavigationLike {
  currentEntry: { index: number } | null;
  entries(): Array<{ sameDocument: boolean }>;
}

/** `history.length` when the first quick exit connected: the fallback's measure of entries added since. */
let historyLengthAtStart: number | undefined;

/**
 * How many history entries this document added before the current one (in-page links, a
 * router's `pushState`), to go back over them so the exit replaces the first and Back cannot
 * return to any. With the Navigation API: the same-document entries before the current one.
 * Without it: the entries added since the first quick exit connected (a best effort: entries
 * added before that, or a person who already went back, are not known).
 */
function entriesAddedHere(): number {
  const navigation = (window as { navigation?: NavigationLike }).navigation;
  const current = navigation?.currentEntry;
  if (!navigation || !current) {
    const added = history.length - (historyLengthAtStart ?? history.length);
    // Going back does not shorten the history: count from here next time, never twice.
    historyLengthAtStart = history.length;
    return added;
  }
  const entries = navigation.entries();
  let first = current.index;
  while (first > 0 && entries[first - 1]?.sameDocument) first--;
  return current.index - first;
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
  /** A key was pressed on this page since the last touch: a keyboard is at hand, so its hint shows. */
  @state() private keyboard = false;
  @query('dialog') private cover?: HTMLDialogElement;
  #shiftTimes: number[] = [];
  /** Listeners that watch one attempt to leave; aborted when the page stays. */
  #attempt: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    historyLengthAtStart ??= history.length;
    quickExits.add(this);
    document.addEventListener('keydown', this.#onKeyDown, true);
    // Shift-click extends a text selection: a pointer between the presses means it is not an exit.
    document.addEventListener('pointerdown', this.#onPointerDown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    quickExits.delete(this);
    document.removeEventListener('keydown', this.#onKeyDown, true);
    document.removeEventListener('pointerdown', this.#onPointerDown, true);
    this.#attempt?.abort();
  }

  /**
   * Blanks the page, fires `calm-exit`, leaves the history entries this page added, then
   * replaces the location with `href`. If the page stays (the host's "Leave site?" prompt
   * answered "Stay"), it comes back and the exit works again.
   */
  exit(): void {
    if (this.leaving) return;
    const target = exitTarget(this.href, this);
    this.leaving = true;
    // Blank at once and synchronously: the cover sits in the top layer above everything.
    this.performUpdate();
    if (this.cover && !this.cover.open) this.cover.showModal();
    // Synchronous, not after a render: the page is about to go.
    this.dispatchEvent(calmEvent('calm-exit', {}));
    const go = (): void => {
      if (!this.leaving) return;
      this.#watchForStay();
      CalmQuickExit.leave(target);
    };
    const added = entriesAddedHere();
    if (added > 0) {
      // Never wait long: the page is blank and the person is waiting to be gone.
      new Promise((resolve) => {
        window.addEventListener('popstate', resolve, { once: true });
        setTimeout(resolve, 500);
      }).then(go, go);
      history.go(-added);
    } else go();
  }

  /**
   * A host's `beforeunload` guard can keep the page: the browser asks "Leave site?" and the person
   * may choose to stay. Where the Navigation API reports the cancelled navigation
   * (`navigateerror`), the page comes back at once; elsewhere, after a guard was seen, at the
   * person's next touch or key on the blank page.
   */
  #watchForStay(): void {
    this.#attempt?.abort();
    this.#attempt = new AbortController();
    const signal = this.#attempt.signal;
    const options = { signal, capture: true };
    (window as { navigation?: EventTarget }).navigation?.addEventListener('navigateerror', this.#stay, options);
    // Not capturing, and added last: it runs after the host's own guards and sees their answer.
    window.addEventListener('beforeunload', (event) => {
      // Older guards set `returnValue` (or return a text from `onbeforeunload`) instead of preventDefault().
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      const legacy: unknown = event.returnValue;
      if (event.defaultPrevented || (typeof legacy === 'string' && legacy !== '')) {
        window.addEventListener('pointerdown', this.#stay, options);
        window.addEventListener('keydown', this.#stay, options);
      }
    }, { signal });
  }

  #stay = (): void => {
    this.#attempt?.abort();
    this.leaving = false;
    this.cover?.close();
    this.#resetShift();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A server has no page to resolve the address against; the browser checks it on hydration.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- Lit types isServer as false (its browser build)
    if (changed.has('href') && !isServer) exitTarget(this.href, this);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    this.keyboard = true;
    if (event.key !== 'Shift' || event.repeat) {
      if (event.key !== 'Shift') this.#resetShift();
      return;
    }
    const now = currentClock().now();
    this.#shiftTimes = [...this.#shiftTimes.filter((time) => now - time < SHIFT_WINDOW_MS), now];
    this.shiftCount = this.#shiftTimes.length;
    if (this.shiftCount >= SHIFT_PRESSES) this.exit();
  };

  #onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') this.keyboard = false;
    this.#resetShift();
  };

  #resetShift = (): void => {
    this.#shiftTimes = [];
    this.shiftCount = 0;
  };

  protected override render(): TemplateResult {
    const hint = this.shiftCount > 0 && !this.leaving
      ? this.t('quickExit.progress', { count: this.shiftCount })
      : this.t('quickExit.hint');
    return html`<div part="base" class="base ${this.keyboard ? 'keyboard' : ''}" lang=${this.locale.language} dir=${this.locale.dir}>
      <div class="actions">
        ${this.renderHelp()}
        <button part="button" class="button exit" @click=${this.exit}>${exitIcon()}${this.t('quickExit.button')}</button>
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

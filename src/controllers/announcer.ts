import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { currentClock } from '../engine/clock.js';

/** Shortest gap between two announcements, so a screen reader can finish the first. */
export const ANNOUNCE_GAP_MS = 1500;

/**
 * One polite live region per element (SPEC §1.4). Announcements closer together than
 * `ANNOUNCE_GAP_MS` are throttled: the newest waiting message wins, so a person hears where
 * things are now, never a backlog or a per-second count. A message equal to the previous one
 * gets an invisible variation so screen readers do not swallow the repeat.
 */
export class AnnouncerController implements ReactiveController {
  /** What the live region says now. */
  message = '';
  #pending: string | undefined;
  #timer: number | undefined;
  #lastSpokenAt = -Infinity;
  #last = '';
  #variant = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /**
   * Says `text` now, in the same update as whatever the host changes with it, when the last
   * message is at least the gap old; otherwise once the gap has passed. The region's words are
   * replaced, not cleared first: one update for each message, which is all a live region needs.
   */
  announce(text: string): void {
    this.#pending = text;
    if (this.#timer !== undefined) return;
    const clock = currentClock();
    const wait = this.#lastSpokenAt + ANNOUNCE_GAP_MS - clock.now();
    if (wait <= 0) this.#speak();
    else this.#timer = clock.schedule(() => this.#speak(), wait);
  }

  /** Drops anything waiting and empties the region (on reset, so nothing of a person remains). */
  clear(): void {
    if (this.#timer !== undefined) currentClock().cancel(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    this.message = '';
    this.#last = '';
    this.host.requestUpdate();
  }

  #speak(): void {
    this.#timer = undefined;
    const text = this.#pending;
    this.#pending = undefined;
    if (text === undefined) return;
    this.#variant = text === this.#last ? !this.#variant : false;
    this.#last = text;
    // A trailing no-break space is silent but makes the text differ from the last one.
    this.message = this.#variant ? `${text}\u00a0` : text;
    this.#lastSpokenAt = currentClock().now();
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"><div class="said">${this.message}</div></div>`;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { currentClock, type Clock } from '../engine/clock.js';

export type IdleState = 'off' | 'watching' | 'warning';

export interface IdleOptions {
  /** How long without activity before the warning, in ms. Read each time the wait restarts. */
  timeoutMs: () => number;
  /** How long the warning lasts before `onIdle`, in ms. */
  warningMs: number;
  /** Asked when the wait runs out: true means someone is still using it (a running exercise). */
  busy?: () => boolean;
  /** The wait ran out: show the warning. */
  onWarning: () => void;
  /** Someone was active during the warning, which is now gone. */
  onActive?: () => void;
  /** The warning ran out: forget the person. */
  onIdle: () => void;
}

/**
 * Idle detection on the shared clock (SPEC §3 `<calm-kiosk>`). The host reports presence with
 * `activity()`; after `timeoutMs` without any (and when `busy()` says nothing is running) the
 * controller enters `warning` for `warningMs`, then calls `onIdle`. Any activity during the
 * warning cancels it.
 *
 * Like every timer in calmkit, the timers only say "look at the clock again": the state comes
 * from `clock.now()`, so a frozen or throttled page cannot shorten the warning (it always
 * starts in full), and `activity()` is cheap enough to call on every key or touch.
 */
export class IdleController implements ReactiveController {
  #state: IdleState = 'off';
  #lastActivity = 0;
  #deadline = 0;
  #timer: number | undefined;
  #clock: Clock | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: IdleOptions,
  ) {
    host.addController(this);
  }

  /** `off`, `watching` (waiting for the timeout) or `warning`. */
  get state(): IdleState {
    return this.#state;
  }

  /** Whole seconds left in the warning (rounded up); 0 outside it. */
  get secondsLeft(): number {
    if (this.#state !== 'warning') return 0;
    return Math.max(0, Math.ceil((this.#deadline - this.#now()) / 1000));
  }

  /** Starts (or restarts) the wait from now. */
  start(): void {
    this.#clock = currentClock();
    this.#lastActivity = this.#now();
    this.#setState('watching');
    this.#schedule(this.options.timeoutMs());
  }

  /** Stops watching: no warning, no `onIdle`, no timer left. */
  stop(): void {
    this.#cancel();
    this.#setState('off');
  }

  /** Someone is here: the wait starts again, and a warning is cancelled. */
  activity(): void {
    if (this.#state === 'off') return;
    this.#lastActivity = this.#now();
    if (this.#state === 'warning') {
      this.#setState('watching');
      this.#schedule(this.options.timeoutMs());
      this.options.onActive?.();
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  #now(): number {
    return (this.#clock ?? currentClock()).now();
  }

  #setState(state: IdleState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.host.requestUpdate();
  }

  #schedule(ms: number): void {
    this.#cancel();
    const clock = (this.#clock ??= currentClock());
    this.#timer = clock.schedule(() => this.#check(), Math.max(0, ms));
  }

  #cancel(): void {
    if (this.#timer !== undefined) this.#clock?.cancel(this.#timer);
    this.#timer = undefined;
  }

  #check(): void {
    this.#timer = undefined;
    const now = this.#now();
    if (this.#state === 'watching') {
      if (this.options.busy?.()) this.#lastActivity = now;
      const left = this.#lastActivity + this.options.timeoutMs() - now;
      if (left > 0) {
        this.#schedule(left);
        return;
      }
      this.#deadline = now + this.options.warningMs;
      this.#setState('warning');
      this.options.onWarning();
      this.#scheduleTick();
    } else if (this.#state === 'warning') {
      if (now >= this.#deadline) {
        this.stop();
        this.options.onIdle();
        return;
      }
      this.host.requestUpdate();
      this.#scheduleTick();
    }
  }

  /** Next look at the clock: when the count-down shows the next whole second, or the end. */
  #scheduleTick(): void {
    const left = this.#deadline - this.#now();
    this.#schedule(left % 1000 || Math.min(1000, left));
  }
}

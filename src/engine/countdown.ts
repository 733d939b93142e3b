import { currentClock, type Clock } from './clock.js';

/** The moments a countdown reports: the only ones a person hears about (SPEC §3 `<calm-timer>`). */
export type CountdownMark = 'half' | 'one-minute' | 'end';
export type CountdownState = 'idle' | 'running' | 'paused' | 'complete';

const MINUTE = 60_000;

/**
 * A count-down on the shared clock. The time left is always computed from `clock.now()`, never
 * by counting ticks, so late timers cannot make it drift (SPEC §1.8); the one timer it keeps
 * only says "look at the clock again" at the next mark. Pure TypeScript: no DOM.
 */
export class Countdown {
  state: CountdownState = 'idle';
  #clock: Clock = currentClock();
  #totalMs: number;
  #startedAt = 0;
  #pausedAt = 0;
  #pausedMs = 0;
  #timer: number | undefined;
  #fired = new Set<CountdownMark>();

  constructor(
    totalMs: number,
    private readonly onMark: (mark: CountdownMark, elapsedMs: number) => void,
  ) {
    this.#totalMs = totalMs;
  }

  /** The whole length, including any minutes added. */
  get totalMs(): number {
    return this.#totalMs;
  }

  /** Time the countdown has run (pauses excluded), capped at its length. */
  get elapsedMs(): number {
    if (this.state === 'idle') return 0;
    const now = this.state === 'paused' ? this.#pausedAt : this.#clock.now();
    return Math.min(this.#totalMs, Math.max(0, now - this.#startedAt - this.#pausedMs));
  }

  get remainingMs(): number {
    return this.#totalMs - this.elapsedMs;
  }

  start(): void {
    this.#clock = currentClock();
    this.#startedAt = this.#clock.now();
    this.#pausedMs = 0;
    this.#fired.clear();
    this.state = 'running';
    this.#check();
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.#check();
    if ((this.state as CountdownState) !== 'running') return; // it had just ended
    this.#pausedAt = this.#clock.now();
    this.state = 'paused';
    this.#cancel();
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.#pausedMs += this.#clock.now() - this.#pausedAt;
    this.state = 'running';
    this.#check();
  }

  /** Adds time; a mark already passed can come again if the time left now reaches past it. */
  add(ms: number, maxTotalMs: number): void {
    if (this.state !== 'running' && this.state !== 'paused') return;
    this.#totalMs = Math.min(maxTotalMs, this.#totalMs + ms);
    if (this.remainingMs > MINUTE) this.#fired.delete('one-minute');
    if (this.state === 'running') this.#check();
  }

  /** Ends now without reaching the end mark. */
  stop(): void {
    this.#cancel();
    if (this.state === 'running' || this.state === 'paused') this.state = 'complete';
  }

  /** When each mark falls, as elapsed time; half-way only for 10 s or more, one minute left only past 2 minutes. */
  #dueAt(mark: CountdownMark): number | undefined {
    const total = this.#totalMs;
    if (mark === 'end') return total;
    if (mark === 'half') return total >= 10_000 ? total / 2 : undefined;
    return total > 2 * MINUTE ? total - MINUTE : undefined;
  }

  #check = (): void => {
    this.#cancel();
    if (this.state !== 'running') return;
    const elapsed = this.elapsedMs;
    let next = Infinity;
    for (const mark of ['half', 'one-minute', 'end'] as const) {
      const due = this.#dueAt(mark);
      if (due === undefined || this.#fired.has(mark)) continue;
      if (due <= elapsed) {
        this.#fired.add(mark);
        if (mark === 'end') {
          this.state = 'complete';
          this.onMark(mark, this.#totalMs);
          return;
        }
        this.onMark(mark, elapsed);
      } else next = Math.min(next, due);
    }
    if (next !== Infinity) this.#timer = this.#clock.schedule(this.#check, next - elapsed);
  };

  #cancel(): void {
    if (this.#timer !== undefined) this.#clock.cancel(this.#timer);
    this.#timer = undefined;
  }
}

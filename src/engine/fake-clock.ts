import type { Clock } from './clock.js';

interface PendingTimer {
  handle: number;
  due: number;
  callback: () => void;
}

/**
 * A clock that moves only when a test says so. `advance(ms)` fires due timers in order, each
 * seeing `now()` at its due time; `lateBy` makes every timer fire that much late, and
 * `jump(ms)` moves time without firing anything (a frozen tab), so tests can prove that
 * activities read the clock rather than count ticks.
 */
export class FakeClock implements Clock {
  #now: number;
  #nextHandle = 1;
  #timers: PendingTimer[] = [];
  /** Extra delay added to every timer, to simulate a busy main thread. */
  lateBy = 0;

  constructor(start = 1000) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  schedule(callback: () => void, ms: number): number {
    const handle = this.#nextHandle++;
    this.#timers.push({ handle, due: this.#now + Math.max(0, ms) + this.lateBy, callback });
    return handle;
  }

  cancel(handle: number): void {
    this.#timers = this.#timers.filter((timer) => timer.handle !== handle);
  }

  /** Number of timers waiting to fire. */
  get pending(): number {
    return this.#timers.length;
  }

  /** Moves time forward by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const next = this.#timers.filter((t) => t.due <= end).sort((a, b) => a.due - b.due || a.handle - b.handle)[0];
      if (!next) break;
      this.#timers = this.#timers.filter((t) => t !== next);
      this.#now = Math.max(this.#now, next.due);
      next.callback();
    }
    this.#now = end;
  }

  /** Moves time forward without firing timers, as when a tab is frozen; the next `advance` fires them. */
  jump(ms: number): void {
    this.#now += ms;
  }
}

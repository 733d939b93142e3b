/**
 * The one source of time for every timed activity. Phase boundaries are computed from `now()`
 * (monotonic, `performance.now()`), never by counting timer ticks, so late or skipped timers
 * cannot make an exercise drift (SPEC §1.8). Timers only say "look at the clock again".
 */
export interface Clock {
  /** Monotonic milliseconds. */
  now(): number;
  /** Calls `callback` once, no earlier than `ms` from now. Returns a handle for `cancel`. */
  schedule(callback: () => void, ms: number): number;
  cancel(handle: number): void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  schedule: (callback, ms) => window.setTimeout(callback, Math.max(0, ms)),
  cancel: (handle) => window.clearTimeout(handle),
};

let activeClock: Clock = systemClock;

/** The clock elements read when they start timing something. */
export function currentClock(): Clock {
  return activeClock;
}

/** Replaces the clock (tests use `FakeClock`). Returns a function that restores the previous one. */
export function useClock(clock: Clock): () => void {
  const previous = activeClock;
  activeClock = clock;
  return () => {
    activeClock = previous;
  };
}

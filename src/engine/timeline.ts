import type { Clock } from './clock.js';
import { currentClock } from './clock.js';
import { phaseMs, type Phase, type PhaseKind } from '../content/patterns.js';

export type TimelineState = 'idle' | 'running' | 'paused' | 'complete';

/** What `onPhase` listeners receive; the same shape as the `calm-phase` event detail. */
export interface PhaseEntered {
  phase: PhaseKind;
  /** 0-based. */
  cycle: number;
  /** Index of the phase within the cycle. */
  index: number;
  durationMs: number;
}

export interface TimelineComplete {
  /** Active time, without paused time; exactly `totalMs` when the session ran to its end. */
  elapsedMs: number;
  /** False when stopped early. */
  finished: boolean;
}

export interface TimelinePosition {
  cycle: number;
  index: number;
  phase: PhaseKind;
  phaseElapsedMs: number;
  phaseDurationMs: number;
  elapsedMs: number;
  totalMs: number;
}

interface Segment {
  kind: PhaseKind;
  /** Where the phase starts within a cycle. */
  startMs: number;
  durationMs: number;
}

/**
 * The timing of a breathing session: `cycles` repetitions of `phases`.
 *
 * Where it is comes only from the clock: elapsed = active time read from `clock.now()`, and
 * every phase boundary is `cycle * cycleMs + phase start`. A single timer is set for the next
 * boundary and, when it fires, merely prompts a fresh look at the clock. So a timer that fires
 * late delays that one announcement but never shifts later boundaries (no drift, SPEC §1.8).
 *
 * Skipped phases are not announced: when the clock shows several boundaries passed (a frozen
 * tab, a very late timer) `onPhase` fires once, for the phase it is in now, so a person coming
 * back hears where the exercise is rather than a burst of stale cues. Announcements therefore
 * always move forward and never repeat a phase.
 *
 * Listeners run after the next timer is set, so a listener that throws cannot stall the session.
 */
export class PhaseTimeline {
  readonly cycles: number;
  readonly cycleMs: number;
  readonly totalMs: number;
  readonly #segments: readonly Segment[];
  readonly #clock: Clock;
  #state: TimelineState = 'idle';
  /** Active time gathered before the current run; the final elapsed time once complete. */
  #elapsedBeforeRun = 0;
  /** `clock.now()` when the current run started or resumed. */
  #runStartedAt = 0;
  /** The last phase announced, numbered across cycles (`cycle * phases + index`). */
  #lastAnnounced = -1;
  #timer: number | undefined;
  readonly #phaseListeners = new Set<(entered: PhaseEntered) => void>();
  readonly #completeListeners = new Set<(result: TimelineComplete) => void>();

  /** `phases` must each last longer than 0 ms and `cycles` be a whole number ≥ 1 (see `patterns.ts`). */
  constructor(phases: readonly Phase[], cycles: number, clock: Clock = currentClock()) {
    let startMs = 0;
    this.#segments = phases.map((phase) => {
      const segment = { kind: phase.kind, startMs, durationMs: phaseMs(phase) };
      startMs += segment.durationMs;
      return segment;
    });
    if (!this.#segments.length || this.#segments.some((s) => !(s.durationMs > 0))) {
      throw new RangeError('PhaseTimeline: every phase must last longer than 0 ms');
    }
    if (!Number.isInteger(cycles) || cycles < 1) {
      throw new RangeError('PhaseTimeline: cycles must be a whole number of at least 1');
    }
    this.cycles = cycles;
    this.cycleMs = startMs;
    this.totalMs = startMs * cycles;
    this.#clock = clock;
  }

  get state(): TimelineState {
    return this.#state;
  }

  /** Active milliseconds since `start()`, without paused time, never more than `totalMs`. */
  get elapsedMs(): number {
    const running = this.#state === 'running' ? this.#clock.now() - this.#runStartedAt : 0;
    return Math.min(this.#elapsedBeforeRun + running, this.totalMs);
  }

  /** Starts a session from the beginning; from `idle` or `complete` only. Announces the first phase. */
  start(): void {
    if (this.#state === 'running' || this.#state === 'paused') return;
    this.#elapsedBeforeRun = 0;
    this.#lastAnnounced = -1;
    this.#run();
  }

  pause(): void {
    if (this.#state !== 'running') return;
    // Catch up first, so the phase it pauses in has been announced (or the session has ended).
    this.#update();
    if (this.state !== 'running') return;
    this.#elapsedBeforeRun = this.elapsedMs;
    this.#state = 'paused';
    this.#cancelTimer();
  }

  /** Continues exactly where `pause()` left off; time spent paused does not count. */
  resume(): void {
    if (this.#state === 'paused') this.#run();
  }

  /** Ends the session early (`finished: false`), unless the clock shows it had already ended. */
  stop(): void {
    if (this.#state === 'running' || this.#state === 'paused') this.#complete(this.elapsedMs >= this.totalMs);
  }

  /** Where the session is by the clock (which may be a moment ahead of the last `onPhase`). */
  position(): TimelinePosition {
    const elapsedMs = this.elapsedMs;
    const { cycle, index, offsetMs, segment } = this.#locate(elapsedMs);
    return {
      cycle,
      index,
      phase: segment.kind,
      phaseElapsedMs: offsetMs - segment.startMs,
      phaseDurationMs: segment.durationMs,
      elapsedMs,
      totalMs: this.totalMs,
    };
  }

  /** Milliseconds into the current cycle: the `currentTime` for one animation spanning a cycle. */
  offsetInCycle(): number {
    return this.#locate(this.elapsedMs).offsetMs;
  }

  /** Calls `listener` for each phase entered. Returns a function that unsubscribes. */
  onPhase(listener: (entered: PhaseEntered) => void): () => void {
    this.#phaseListeners.add(listener);
    return () => void this.#phaseListeners.delete(listener);
  }

  /** Calls `listener` once when the session ends or is stopped. Returns a function that unsubscribes. */
  onComplete(listener: (result: TimelineComplete) => void): () => void {
    this.#completeListeners.add(listener);
    return () => void this.#completeListeners.delete(listener);
  }

  #run(): void {
    this.#state = 'running';
    this.#runStartedAt = this.#clock.now();
    this.#update();
  }

  /** Reads the clock, announces a newly entered phase, and sets the timer for the next boundary. */
  #update(): void {
    const elapsedMs = this.elapsedMs;
    if (elapsedMs >= this.totalMs) {
      this.#complete(true);
      return;
    }
    const { cycle, index, offsetMs, segment } = this.#locate(elapsedMs);
    this.#cancelTimer();
    this.#timer = this.#clock.schedule(() => {
      this.#timer = undefined;
      this.#update();
    }, segment.startMs + segment.durationMs - offsetMs);

    const phaseNumber = cycle * this.#segments.length + index;
    if (phaseNumber <= this.#lastAnnounced) return;
    this.#lastAnnounced = phaseNumber;
    const entered: PhaseEntered = { phase: segment.kind, cycle, index, durationMs: segment.durationMs };
    for (const listener of [...this.#phaseListeners]) listener(entered);
  }

  #complete(finished: boolean): void {
    this.#elapsedBeforeRun = this.elapsedMs;
    this.#state = 'complete';
    this.#cancelTimer();
    const result: TimelineComplete = { elapsedMs: this.#elapsedBeforeRun, finished };
    for (const listener of [...this.#completeListeners]) listener(result);
  }

  #cancelTimer(): void {
    if (this.#timer !== undefined) this.#clock.cancel(this.#timer);
    this.#timer = undefined;
  }

  /** The phase at `elapsedMs`; the very end of the session counts as the end of the last phase. */
  #locate(elapsedMs: number): { cycle: number; index: number; offsetMs: number; segment: Segment } {
    const cycle = Math.min(Math.floor(elapsedMs / this.cycleMs), this.cycles - 1);
    const offsetMs = elapsedMs - cycle * this.cycleMs;
    let index = 0;
    this.#segments.forEach((segment, i) => {
      if (segment.startMs <= offsetMs) index = i;
    });
    const segment = this.#segments[index] as Segment;
    return { cycle, index, offsetMs, segment };
  }
}

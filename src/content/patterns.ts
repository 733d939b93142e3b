/**
 * Breathing patterns for `<calm-breathing>`: the presets from CONTENT.md ("Breathing patterns"),
 * and the rules a custom pattern (the `pattern` attribute or the `.pattern` property) must keep.
 *
 * The rules keep custom patterns within safe, calm breathing (CONTENT.md: "Never include
 * fast/hyperventilation breathing or long breath retention"):
 * - at least one inhale and one exhale, each at least 1 s;
 * - every phase at most 20 s; a phase given as 0 s is left out; any other phase at least 0.5 s;
 * - a whole cycle at least 4 s (at most 15 breaths a minute: no fast breathing);
 * - at most 10 s without breathing: consecutive `hold` and `rest` phases together, also across
 *   the end of one cycle into the next (every preset keeps this; 4-7-8 holds for 7 s);
 * - a `top-up` comes straight after an inhale (it is a second, short sip of air);
 * - at most 8 phases.
 */

export type PhaseKind = 'inhale' | 'top-up' | 'hold' | 'exhale' | 'rest';

export interface Phase {
  kind: PhaseKind;
  seconds: number;
}

export interface BreathingPattern {
  id: string;
  phases: readonly Phase[];
  /** Session length in cycles when the host sets neither `cycles` nor `duration`. */
  defaultCycles?: number;
}

export type PresetId = 'extended-exhale' | 'box' | '4-7-8' | 'cyclic-sigh' | 'coherent' | 'equal';

export const DEFAULT_PATTERN: PresetId = 'extended-exhale';

/** The bounds listed above, for tests and for warnings that name the accepted values. */
export const patternLimits = Object.freeze({
  maxPhaseSeconds: 20,
  minBreathSeconds: 1,
  minPhaseSeconds: 0.5,
  minCycleSeconds: 4,
  maxRetentionSeconds: 10,
  maxPhases: 8,
});

/** Session length when the host sets none and the pattern has no `defaultCycles` (SPEC §3). */
export const DEFAULT_SESSION_SECONDS = 60;

const phaseKinds: readonly PhaseKind[] = ['inhale', 'top-up', 'hold', 'exhale', 'rest'];

const inhale = (seconds: number): Phase => ({ kind: 'inhale', seconds });
const topUp = (seconds: number): Phase => ({ kind: 'top-up', seconds });
const hold = (seconds: number): Phase => ({ kind: 'hold', seconds });
const exhale = (seconds: number): Phase => ({ kind: 'exhale', seconds });

function preset(id: PresetId, phases: Phase[], defaultCycles?: number): BreathingPattern {
  phases.forEach((phase) => Object.freeze(phase));
  return Object.freeze({ id, phases: Object.freeze(phases), ...(defaultCycles ? { defaultCycles } : {}) });
}

/** The presets in the order a menu shows them. Frozen, so no host can change a shared preset. */
export const patternPresets: readonly BreathingPattern[] = Object.freeze([
  // DBT paced breathing: about 5–6 breaths a minute with the exhale longer than the inhale
  // (6 breaths/min). No holds, which is why it is the default: holds can be hard in panic and
  // for children.
  preset('extended-exhale', [inhale(4), exhale(6)]),
  // Equal in / hold / out / hold; one arm of Balban et al. 2023 (Cell Reports Medicine 4:100895).
  preset('box', [inhale(4), hold(4), exhale(4), hold(4)]),
  // Andrew Weil's "relaxing breath": in through the nose 4, hold 7, out through the mouth 8.
  // No more than 4 cycles at a time for beginners; light-headedness is possible.
  preset('4-7-8', [inhale(4), hold(7), exhale(8)], 4),
  // Cyclic sighing, Balban et al. 2023 Cell Reports Medicine 4:100895
  // (doi 10.1016/j.xcrm.2022.100895): 5 min/day gave the largest mood improvement and
  // respiratory-rate drop of four practices. The paper gives the shape (a long exhale about
  // twice the inhale), not seconds: in 2 through the nose, top up 1, out 6 through the mouth.
  preset('cyclic-sigh', [inhale(2), topUp(1), exhale(6)]),
  // Resonance breathing at about 5.5 breaths/min: Steffen et al. 2017 Front Public Health 5:222;
  // Shaffer & Meehan 2020 Front Neurosci 14:570400.
  preset('coherent', [inhale(5.5), exhale(5.5)]),
  // In 4, out 4: simple, good for young children.
  preset('equal', [inhale(4), exhale(4)]),
]);

/** A phase's length in whole milliseconds; every timing computation uses this one rounding. */
export function phaseMs(phase: Phase): number {
  return Math.round(phase.seconds * 1000);
}

export function cycleMs(phases: readonly Phase[]): number {
  return phases.reduce((sum, phase) => sum + phaseMs(phase), 0);
}

/** The preset named `id` (case and surrounding spaces ignored), or undefined. */
export function findPreset(id: string): BreathingPattern | undefined {
  const wanted = id.trim().toLowerCase();
  return patternPresets.find((pattern) => pattern.id === wanted);
}

const customKinds: Record<number, readonly PhaseKind[]> = {
  2: ['inhale', 'exhale'],
  3: ['inhale', 'hold', 'exhale'],
  4: ['inhale', 'hold', 'exhale', 'rest'],
};

/**
 * The phases named by a `pattern` attribute: a preset id, or seconds as `in-out`,
 * `in-hold-out` or `in-hold-out-rest` (e.g. `3-0-6-2`, `5.5-5.5`). Undefined when invalid or
 * outside the limits above. Always a fresh copy.
 */
export function parsePattern(text: string): Phase[] | undefined {
  const found = findPreset(text);
  if (found) return found.phases.map((phase) => ({ ...phase }));
  const parts = text.trim().split('-');
  const kinds = customKinds[parts.length];
  if (!kinds || !parts.every((part) => /^\d+(\.\d+)?$/.test(part))) return undefined;
  return checked(kinds.map((kind, i) => ({ kind, seconds: Number(parts[i]) })));
}

/**
 * A host's `.pattern` value: an array of `{ kind, seconds }`. Each entry is copied into a fresh
 * object with only those two fields (nothing of the host's object is kept or merged). Undefined
 * for anything else, including objects whose getters throw.
 */
export function validatePhases(list: unknown): Phase[] | undefined {
  try {
    if (!Array.isArray(list) || list.length > patternLimits.maxPhases) return undefined;
    const phases: Phase[] = [];
    for (const item of list as unknown[]) {
      if (typeof item !== 'object' || item === null) return undefined;
      const { kind, seconds } = item as { kind?: unknown; seconds?: unknown };
      if (!phaseKinds.includes(kind as PhaseKind) || typeof seconds !== 'number') return undefined;
      phases.push({ kind: kind as PhaseKind, seconds });
    }
    return checked(phases);
  } catch {
    return undefined;
  }
}

/** Drops 0 s phases, then returns the list if it keeps every rule above. */
function checked(list: Phase[]): Phase[] | undefined {
  const limits = patternLimits;
  const phases = list.filter((phase) => phase.seconds !== 0);
  const ms = (seconds: number) => seconds * 1000;
  const phaseOk = (phase: Phase, i: number) => {
    const min = phase.kind === 'inhale' || phase.kind === 'exhale' ? limits.minBreathSeconds : limits.minPhaseSeconds;
    return (
      Number.isFinite(phase.seconds) &&
      phase.seconds >= min &&
      phase.seconds <= limits.maxPhaseSeconds &&
      (phase.kind !== 'top-up' || phases[i - 1]?.kind === 'inhale')
    );
  };
  const ok =
    phases.length > 0 &&
    phases.length <= limits.maxPhases &&
    phases.every(phaseOk) &&
    phases.some((phase) => phase.kind === 'inhale') &&
    phases.some((phase) => phase.kind === 'exhale') &&
    cycleMs(phases) >= ms(limits.minCycleSeconds) &&
    longestRetentionMs(phases) <= ms(limits.maxRetentionSeconds);
  return ok ? phases : undefined;
}

/** The longest run of `hold`/`rest`, wrapping from the end of a cycle into the next one. */
function longestRetentionMs(phases: readonly Phase[]): number {
  let longest = 0;
  let run = 0;
  // Going round twice catches a run that wraps; a run never spans more, as an inhale breaks it.
  for (const phase of [...phases, ...phases]) {
    run = phase.kind === 'hold' || phase.kind === 'rest' ? run + phaseMs(phase) : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

export interface SessionLength {
  /** A whole number of cycles ≥ 1; wins over `durationSeconds`. */
  cycles?: number;
  /** Seconds, rounded up to whole cycles. */
  durationSeconds?: number;
  /** The pattern's own default (4 for 4-7-8), used when neither of the above is given. */
  defaultCycles?: number;
}

/**
 * How many cycles a session runs. Values that are not usable (not a whole number of cycles ≥ 1,
 * not a duration > 0) are ignored here; the element warns about them. Otherwise one minute,
 * rounded up to whole cycles. A host that sets `cycles` or `duration` on 4-7-8 gets what it asked.
 */
export function sessionCycles(phases: readonly Phase[], length: SessionLength = {}): number {
  const isCount = (n: number | undefined): n is number => Number.isInteger(n) && (n as number) >= 1;
  if (isCount(length.cycles)) return length.cycles;
  const oneCycleMs = Math.max(1, cycleMs(phases));
  const wholeCyclesIn = (seconds: number) => Math.max(1, Math.ceil(Math.round(seconds * 1000) / oneCycleMs));
  const { durationSeconds } = length;
  if (durationSeconds !== undefined && Number.isFinite(durationSeconds) && durationSeconds > 0) {
    return wholeCyclesIn(durationSeconds);
  }
  if (isCount(length.defaultCycles)) return length.defaultCycles;
  return wholeCyclesIn(DEFAULT_SESSION_SECONDS);
}

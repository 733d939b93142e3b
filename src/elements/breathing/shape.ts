import { cycleMs, phaseMs, type Phase } from '../../content/patterns.js';

/*
 * Keyframes for one whole cycle, so one Web Animation with `iterations: Infinity` follows a
 * session and is steered with `currentTime` (TOOLCHAIN.md "Animation cost"). Only `transform`
 * and `opacity` change, which the compositor animates without layout or paint.
 */

/** How full the breath is at the end of each kind of phase, 0 to 1 (holds and rests keep it). */
const SIP = 0.75;

function fullness(phases: readonly Phase[]): number[] {
  const after = (phase: Phase, i: number, level: number): number =>
    phase.kind === 'inhale' ? (phases[i + 1]?.kind === 'top-up' ? SIP : 1)
      : phase.kind === 'top-up' ? 1
        : phase.kind === 'exhale' ? 0
          : level;
  // The cycle loops, so it starts as full as the previous cycle ended.
  let level = phases.reduce((full, phase, i) => after(phase, i, full), 0);
  const levels = [level];
  phases.forEach((phase, i) => levels.push((level = after(phase, i, level))));
  return levels;
}

/** The offset (0 to 1) in the cycle at which each phase ends, after a leading 0. */
function boundaries(phases: readonly Phase[]): number[] {
  const total = cycleMs(phases);
  let at = 0;
  return [0, ...phases.map((phase) => Math.min(1, (at += phaseMs(phase)) / total))];
}

/**
 * The shape grows as you breathe in and shrinks as you breathe out, between 60 % and full size.
 * Never fainter than 0.85, so even the smallest shape keeps 3:1 against its surface (WCAG 1.4.11).
 */
export function breathKeyframes(phases: readonly Phase[]): Keyframe[] {
  const at = boundaries(phases);
  return fullness(phases).map((level, i) => ({
    offset: at[i],
    transform: `scale(${0.6 + 0.4 * level})`,
    opacity: 0.85 + 0.15 * level,
    easing: 'ease-in-out',
  }));
}

/** Under reduced motion the shape stands still and its inner glow brightens in and fades out. */
export function glowKeyframes(phases: readonly Phase[]): Keyframe[] {
  const at = boundaries(phases);
  return fullness(phases).map((level, i) => ({ offset: at[i], opacity: level, easing: 'ease-in-out' }));
}

/**
 * A dot goes once round the ring in every phase, back at the top when the phase changes: how long
 * is left, without numbers. Two keyframes at each boundary make the jump from a full turn to none.
 * While the breath is held (a hold or a rest) nothing breathes, and the dot steps on once a second,
 * as a second hand does, instead of gliding: a glide would draw every frame of the hold, where the
 * shape draws none, and each frame drawn costs a cheap tablet's main thread too.
 */
export function paceKeyframes(phases: readonly Phase[]): Keyframe[] {
  const at = boundaries(phases);
  return phases.flatMap((phase, i) => {
    const held = phase.kind === 'hold' || phase.kind === 'rest';
    const seconds = Math.max(1, Math.round(phaseMs(phase) / 1000));
    return [
      { offset: at[i], transform: 'rotate(0turn)', easing: held ? `steps(${seconds})` : 'linear' },
      { offset: at[i + 1], transform: 'rotate(1turn)' },
    ];
  });
}

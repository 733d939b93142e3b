import { cycleMs, phaseMs, type Phase } from '../../content/patterns.js';

/** The shape's size at the end of each kind of phase (holds and rests keep the size they found). */
const EMPTY = 0.6;
const FULL = 1;
const SIP = 0.9;

/**
 * Keyframes for one whole cycle, so one Web Animation with `iterations: Infinity` can follow a
 * session and be steered with `currentTime` (TOOLCHAIN.md "Animation cost"). Only `transform`
 * and `opacity` change, which the compositor animates without layout or paint.
 */
export function cycleKeyframes(phases: readonly Phase[]): Keyframe[] {
  const total = cycleMs(phases);
  const frame = (offset: number, scale: number): Keyframe => ({
    offset,
    transform: `scale(${scale})`,
    // Never fainter than 0.85, so even the smallest shape keeps 3:1 against its surface (WCAG 1.4.11).
    opacity: 0.85 + 0.15 * ((scale - EMPTY) / (FULL - EMPTY)),
    easing: 'ease-in-out',
  });
  const after = (phase: Phase, i: number, scale: number): number =>
    phase.kind === 'inhale' ? (phases[i + 1]?.kind === 'top-up' ? SIP : FULL)
      : phase.kind === 'top-up' ? FULL
        : phase.kind === 'exhale' ? EMPTY
          : scale;
  // The cycle loops, so it starts at the size the previous cycle ended with.
  let scale = phases.reduce((size, phase, i) => after(phase, i, size), EMPTY);
  let at = 0;
  const frames = [frame(0, scale)];
  phases.forEach((phase, i) => {
    at += phaseMs(phase);
    scale = after(phase, i, scale);
    frames.push(frame(Math.min(1, at / total), scale));
  });
  return frames;
}

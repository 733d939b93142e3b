/**
 * calmkit/testing: what a host's own tests need to drive calmkit elements without waiting in
 * real time. Install a `FakeClock` with `useClock` before an activity starts, move time with
 * `advance(ms)`, and wait for what a person would see with `settled` and `nextCalmEvent`.
 *
 *   import { FakeClock, useClock, nextCalmEvent } from 'calmkit/testing';
 *   const clock = new FakeClock();
 *   const restore = useClock(clock);
 *   breathing.start();
 *   const phase = nextCalmEvent(breathing, 'calm-phase');
 *   clock.advance(4000);
 *   (await phase).detail.phase; // 'exhale'
 *   restore();
 *
 * It works with the npm modules (one copy of calmkit's clock); the drop-in calmkit.min.js keeps
 * its own clock inside and cannot be driven from outside.
 */
import type { CalmEventMap, CalmEventName } from './events.js';

export { FakeClock } from './engine/fake-clock.js';
export { useClock, type Clock } from './engine/clock.js';

/** Waits until `element` has rendered and the events that follow a render have fired. */
export async function settled(element: { updateComplete: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

/**
 * Resolves with the next `name` event (`calm-phase`, `calm-complete`, …) that reaches `target`,
 * typed by its detail; rejects after `ms` of real time if none comes.
 */
export function nextCalmEvent<Name extends CalmEventName>(target: EventTarget, name: Name, ms = 2000): Promise<CalmEventMap[Name]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(name, heard);
      reject(new Error(`no ${name} event within ${String(ms)} ms`));
    }, ms);
    function heard(event: Event): void {
      clearTimeout(timer);
      resolve(event as CalmEventMap[Name]);
    }
    target.addEventListener(name, heard, { once: true });
  });
}

// A page's own TypeScript against calmkit's published types. Each @ts-expect-error marks a
// mistake that must stay an error; if it stops being one, tsc fails ("Unused '@ts-expect-error'").
import type {
  CalmCompleteDetail,
  CalmPhaseDetail,
  CalmStepDetail,
  FlowDefinition,
  FlowStep,
  Phase,
  PhaseKind,
  PresetId,
  StepKind,
} from 'calmkit';
import { validateFlow } from 'calmkit';
import 'calmkit/breathing.js';
import { FakeClock, nextCalmEvent, settled, useClock } from 'calmkit/testing';

export const seen: unknown[] = [];

// The preset union, with any seconds pattern allowed beside it.
const preset: PresetId = 'box';
// @ts-expect-error not a preset
const typo: PresetId = 'boxx';
const breathing = document.createElement('calm-breathing');
breathing.pattern = 'extended-exhale';
breathing.pattern = '4-7-8';
breathing.pattern = '3-0-6-2';
const phases: Phase[] = [{ kind: 'inhale', seconds: 4 }, { kind: 'exhale', seconds: 6 }];
breathing.pattern = phases;
// @ts-expect-error a phase kind is one of five
const badPhase: Phase = { kind: 'gasp', seconds: 1 };
// @ts-expect-error a pattern is a preset, seconds or a list of phases
breathing.pattern = 42;
const kind: PhaseKind = 'top-up';
seen.push(preset, typo, badPhase, kind);

// Listeners are typed on elements, the document and the window.
window.addEventListener('calm-help', (event) => {
  seen.push(event.detail.reason);
  // @ts-expect-error calm-help carries a reason only
  seen.push(event.detail.words);
});
document.addEventListener('calm-phase', (event) => {
  const detail: CalmPhaseDetail = event.detail;
  const shown = `Breath ${detail.cycle + 1}`;
  seen.push(shown);
});
breathing.addEventListener('calm-step', (event) => {
  const step: CalmStepDetail = event.detail;
  seen.push(step.index + 1, step.total);
});

// The flow's calm-complete is typed: path, before and after.
document.querySelector('calm-flow')?.addEventListener('calm-complete', (event) => {
  const detail: CalmCompleteDetail = event.detail;
  const path: string[] | undefined = detail.path;
  const before: number | null | undefined = detail.before;
  // @ts-expect-error after is a rating or null, not text
  const after: string | undefined = detail.after;
  // @ts-expect-error no such field
  seen.push(detail.score);
  seen.push(path, before, after);
});

// Flow definitions are typed, and validateFlow runs anywhere.
const step: FlowStep = { kind: 'message', title: { en: 'Hello' }, next: 'end' };
// @ts-expect-error not a step kind
const badKind: StepKind = 'video';
const flow: FlowDefinition = { version: 1, id: 'mine', title: { en: 'Mine' }, start: 'hello', steps: { hello: step, end: { kind: 'end', title: { en: 'Bye' } } } };
const { errors } = validateFlow(flow);
seen.push(errors.map((error) => `${error.path}: ${error.message}`), badKind);

// calmkit/testing
const clock = new FakeClock();
const restore = useClock(clock);
clock.advance(1000);
void settled(breathing).then(() => nextCalmEvent(breathing, 'calm-phase')).then((event) => seen.push(event.detail.phase));
// @ts-expect-error not a calmkit event
void nextCalmEvent(breathing, 'calm-nothing');
restore();

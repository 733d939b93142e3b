/**
 * One calm path (SPEC §3 `<calm-flow>`): every built-in flow, walked by keyboard and by pointer
 * at phone (360 × 740) and tablet (768 × 1024) size, shows one set of controls on every screen:
 * at most one visible Back and one Next (or Continue/Done), the flow's name and one progress line
 * (none on the end, which is not a step), one level-2
 * heading, no control of an embedded activity's own navigation or end screen; the shown total
 * never grows and the position never goes back; Tab never meets two controls of the same name in
 * a row; axe finds nothing.
 *
 * The flow is sized by a container, which works the same in all three browsers (the test
 * runner can set the window's size only in some); no calmkit style reads the window's width.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/flow/define.js';
import type { CalmFlow } from '../../src/elements/flow/calm-flow.js';
import { BUILT_IN_FLOWS, builtInFlow, type BuiltInFlowId } from '../../src/content/flows/index.js';
import { validateFlow, type FlowDefinition } from '../../src/engine/flow-schema.js';
import { en } from '../../src/locales/en.js';
import { deepActiveElement, fakeClockPerTest, focusName, settle, tabAndPress } from '../helpers.js';

const SIZES = [
  [360, 740],
  [768, 1024],
] as const;


/** A flow of the visual supports (a timer that keeps Next until its end, a schedule, the "I need…" board), walked like the built-in ones. */
const CLASSROOM = 'classroom';
const classroom = validateFlow({
  version: 1,
  id: CLASSROOM,
  title: { en: 'Going home' },
  start: 'wait',
  steps: {
    wait: { kind: 'timer', title: { en: 'Wait for the bus' }, minutes: 1, then: 'bus', waitForEnd: true, next: 'plan' },
    plan: { kind: 'schedule', title: { en: 'Now, next, later' }, variant: 'now-next', items: [{ id: 'tidy', picture: 'tidy-up' }, { id: 'coat', picture: 'get-dressed' }, { id: 'bus', picture: 'bus' }], next: 'list' },
    list: { kind: 'schedule', title: { en: 'Before the bus' }, variant: 'list', items: [{ id: 'bag', picture: 'tidy-up' }, { id: 'toilet', picture: 'toilet' }], next: 'need' },
    need: { kind: 'board', title: { en: 'What do you need?' }, speak: false, next: 'end' },
    end: { kind: 'end', title: { en: 'See you tomorrow' } },
  },
}).definition!;
const FLOWS = [...BUILT_IN_FLOWS, CLASSROOM] as const;
const definitionOf = (id: (typeof FLOWS)[number]): FlowDefinition => (id === CLASSROOM ? classroom : (builtInFlow(id) as FlowDefinition));

/** The option to choose at each visit of a choice step, so each walk passes every kind of step its flow has. */
const WALKS: Record<BuiltInFlowId | typeof CLASSROOM, Record<string, string[]>> = {
  'calm-down': { choose: ['muscles'] },
  tipp: {},
  stop: {},
  'urge-surfing': { wave: ['strong', 'distract'], still: ['keep'] },
  'staff-support': { stage: ['anxious', 'risk', 'calmer'] },
  'safety-plan': {},
  [CLASSROOM]: {},
};

/** Names of an embedded activity's own navigation, which a flow step never shows. */
const NEVER_IN_A_FLOW = [en['checkIn.skip'], en['checkIn.again'], en['breathing.stop'], en['breathing.again'], en['grounding.finish'], en['grounding.other'], en['timer.again']];
/** Names that may appear at most once on a screen. */
const AT_MOST_ONCE = [en['flow.back'], en['flow.next'], en['grounding.resume'], en['checkIn.finish'], en['flow.again'], en['grounding.again']];

/** Every element in `root` and the shadow roots below it, in document order. */
function deepAll(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepAll(element.shadowRoot));
  }
  return found;
}

const visible = (element: Element): boolean =>
  element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden' && !element.closest('.visually-hidden');

/** The control's name, near enough: its label (a text field), its aria-label, or its text. */
const nameOf = (element: Element): string =>
  ((element as HTMLInputElement).labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.textContent).replace(/\s+/g, ' ').trim();

const controls = (el: CalmFlow): Element[] =>
  deepAll(el.shadowRoot!).filter((e) => e.matches('button, a[href], input, textarea, [role="radio"], [role="option"]') && visible(e));

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** What the screen shows now, and the checks every screen must pass. */
function checkScreen(el: CalmFlow, where: string, end = false): { index: number; total: number | null; inner: [number, number] | null } {
  const shown = controls(el);
  const names = shown.map(nameOf);
  for (const name of AT_MOST_ONCE) expect(names.filter((n) => n === name), `${where}: controls named "${name}"`).to.have.length.at.most(1);
  const activityNames = shown.filter((e) => e.getRootNode() !== el.shadowRoot).map(nameOf);
  for (const name of NEVER_IN_A_FLOW) expect(activityNames, `${where}: an activity's own "${name}"`).not.to.include(name);
  const all = deepAll(el.shadowRoot!).filter(visible);
  expect(all.filter((e) => e.localName === 'h2').map((e) => e.textContent.trim()), `${where}: level-2 headings`).to.have.length(1);
  expect(all.filter((e) => e.matches('[part~="name"]')), `${where}: the flow's name`).to.have.length(1);
  const progress = all.filter((e) => e.matches('[part~="progress"]'));
  // The end is not a step: it shows no step number.
  expect(progress.map((e) => e.textContent.trim()), `${where}: progress lines`).to.have.length(end ? 0 : 1);
  if (end) return { index: Infinity, total: null, inner: null };
  const [position = '', inside] = progress[0]!.textContent.trim().replace(/\s+/g, ' ').split(' · ');
  const match = /^Step (\d+)(?: of (\d+))?$/.exec(position);
  expect(match, `${where}: "${position}"`).to.not.equal(null);
  const innerMatch = inside === undefined ? null : /^(?:Part|Breath) (\d+) of (\d+)$/.exec(inside);
  if (inside !== undefined) expect(innerMatch, `${where}: "${inside}"`).to.not.equal(null);
  return {
    index: Number(match![1]),
    total: match![2] === undefined ? null : Number(match![2]),
    inner: innerMatch ? [Number(innerMatch[1]), Number(innerMatch[2])] : null,
  };
}

/** Tabs through the whole screen, from a control before the flow to one after it: no two stops in a row share a name. */
async function checkTabOrder(before: HTMLElement, after: HTMLElement, where: string): Promise<void> {
  before.focus();
  const stops: string[] = [];
  for (let i = 0; i < 80; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active === after) break;
    stops.push(active ? nameOf(active) : 'nothing');
  }
  expect(deepActiveElement() === after, `${where}: Tab reaches the end of the flow (${stops.join(' | ')})`).to.equal(true);
  for (let i = 1; i < stops.length; i++) {
    expect(stops[i] === stops[i - 1], `${where}: Tab meets "${stops[i]}" twice in a row (${stops.join(' | ')})`).to.equal(false);
  }
}

/** A real pointer click in the middle of `target`. */
async function pointerClick(el: { updateComplete: Promise<unknown> }, target: HTMLElement | null | undefined): Promise<void> {
  if (!target) throw new Error('the control does not exist');
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  await settle(el);
}

describe('<calm-flow>: one calm path through every built-in flow', function () {
  this.timeout(120000);
  const clock = fakeClockPerTest();

  for (const id of FLOWS) {
    for (const how of ['keyboard', 'pointer'] as const) {
      for (const [width, height] of SIZES) {
        it(`${id} by ${how} at ${width} × ${height}`, async () => {
          const frame = await fixture<HTMLElement>(html`<div>
            <button class="before">before</button>
            <calm-flow flow=${id === CLASSROOM ? nothing : id} .definition=${id === CLASSROOM ? classroom : undefined} region="US"></calm-flow>
            <button class="after">after</button>
          </div>`);
          frame.style.width = `${width}px`;
          frame.style.minHeight = `${height}px`;
          const el = frame.querySelector('calm-flow')!;
          const before = frame.querySelector<HTMLElement>('.before')!;
          const after = frame.querySelector<HTMLElement>('.after')!;
          const press = how === 'keyboard'
            ? async (target: HTMLElement | null | undefined) => {
                before.focus();
                await tabAndPress(el, target);
              }
            : (target: HTMLElement | null | undefined) => pointerClick(el, target);
          const steps = definitionOf(id).steps;
          const choices = structuredClone(WALKS[id]);
          let last = { index: 0, total: null as number | null, inner: null as [number, number] | null, step: '' };
          let helped = false;

          await press(part(el, 'start'));
          for (let screen = 0; screen < 60 && el.state === 'running'; screen++) {
            const stepId = el.step!;
            const step = steps[stepId]!;
            helped ||= step.kind === 'help';
            const where = `${id} ${how} ${width}: ${stepId} (screen ${screen + 1})`;
            if (step.kind === 'breathing' || step.kind === 'grounding') {
              // Through the timed part: a breath cycle, a muscle group's squeeze and let-go.
              clock.advance(step.kind === 'breathing' ? 11000 : 16000);
              await settle(el);
            }
            if (step.kind === 'timer') {
              // A wait that keeps Next until its end: the whole wait.
              clock.advance(((step.minutes ?? 5) * 60 + (step.seconds ?? 0)) * 1000);
              await settle(el);
              await settle(el);
            }
            const now = checkScreen(el, where);
            expect(now.index, `${where}: the position never goes back`).to.be.at.least(last.index);
            if (now.total !== null && last.total !== null) expect(now.total, `${where}: the total never grows`).to.be.at.most(last.total);
            if (now.inner && last.inner && last.step === stepId) {
              expect(now.inner[0], `${where}: the inner position never goes back`).to.be.at.least(last.inner[0]);
              expect(now.inner[1], `${where}: the inner total never grows`).to.be.at.most(last.inner[1]);
            }
            last = { ...now, total: now.total ?? last.total, step: stepId };
            if (how === 'keyboard') await checkTabOrder(before, after, where);
            if (how === 'keyboard' || last.inner === null || now.inner?.[0] === 1) await expect(el).to.be.accessible();

            if (step.kind === 'choice') {
              const option = choices[stepId]?.shift() ?? step.options![0]!.id;
              await press(el.shadowRoot!.querySelector<HTMLElement>(`[part~="option"][data-option="${option}"]`));
            } else {
              if (step.kind === 'check-in' && how === 'pointer') {
                const checkIn = el.shadowRoot!.querySelector('calm-check-in')!;
                await pointerClick(el, checkIn.shadowRoot!.querySelector<HTMLElement>('[part~="rating"][data-value="4"]'));
              }
              await press(part(el, 'next'));
            }
          }
          expect(el.state, `${id}: reached the end`).to.equal('complete');
          checkScreen(el, `${id} ${how} ${width}: end`, true);
          const title = part(el, 'heading')!.textContent.trim();
          if (helped) expect(title, 'after help: closing words that fit').to.equal(en['flow.afterHelp.title']);
          else expect(title).not.to.equal(en['flow.afterHelp.title']);
          if (how === 'keyboard') await checkTabOrder(before, after, `${id} end`);
          await expect(el).to.be.accessible();
          expect(focusName(deepActiveElement())).to.not.equal('nothing');
        });
      }
    }
  }
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/flow/define.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/ar.js';
import type { CalmFlow } from '../../src/elements/flow/calm-flow.js';
import type { CalmHelp } from '../../src/elements/help/calm-help.js';
import { BUILT_IN_FLOWS, builtInFlow, type BuiltInFlowId } from '../../src/content/flows/index.js';
import type { FlowDefinition, FlowText } from '../../src/engine/flow-schema.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { captureWarnings, fakeClockPerTest, deepActiveElement, focusName, nextEvent, revoked, settle, shadowText, tabAndPress as keyboard, unreadable } from '../helpers.js';

type Detail = Record<string, unknown>;
const EVENTS = ['calm-start', 'calm-step', 'calm-complete', 'calm-help', 'calm-config-error', 'calm-check-in', 'calm-phase'];

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const heading = (el: CalmFlow) => part(el, 'heading')!;
const headingText = (el: CalmFlow) => heading(el).textContent.trim();
const liveRegion = (el: CalmFlow) => el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
const flowHelp = (el: CalmFlow) => el.shadowRoot!.querySelector<CalmHelp>('calm-help[part~="help"]')!;
const helpDialogOpen = (el: CalmFlow) => flowHelp(el).shadowRoot!.querySelector('dialog')!.open;
const embedded = <K extends keyof HTMLElementTagNameMap>(el: CalmFlow, tag: K): HTMLElementTagNameMap[K] | null => el.shadowRoot!.querySelector(tag);
const definition = (id: BuiltInFlowId) => builtInFlow(id) as FlowDefinition;
const catalogs: Record<string, Record<string, string>> = { en, es, fr, ar };
/** A flow text as a person reads it in `language`: a catalog key's text, or the flow's own words. */
const words = (text: FlowText | undefined, language = 'en'): string =>
  (typeof text === 'string' ? catalogs[language]?.[text] : text?.[language]) ?? 'no such text';

function record(el: Element): Array<CustomEvent<Detail>> {
  const events: Array<CustomEvent<Detail>> = [];
  for (const name of EVENTS) el.addEventListener(name, (e) => events.push(e as CustomEvent<Detail>));
  return events;
}
const named = (events: Array<CustomEvent<Detail>>, name: string, activity?: string): Detail[] =>
  events.filter((e) => e.type === name && (activity === undefined || e.detail.activity === activity)).map((e) => e.detail);

async function click(el: CalmFlow, target: HTMLElement | null | undefined): Promise<void> {
  expect(target, 'control exists').to.exist;
  target!.click();
  await settle(el);
}

/** Answers the embedded check-in by pointer (every question is on the step's one screen), then the flow's Next. */
async function answerCheckIn(el: CalmFlow, answers: { intensity?: number; needs?: string[] }): Promise<void> {
  const checkIn = embedded(el, 'calm-check-in')!;
  expect(checkIn, 'a check-in is shown').to.exist;
  await checkIn.updateComplete;
  if (answers.intensity !== undefined) checkIn.shadowRoot!.querySelector<HTMLElement>(`[part~="rating"][data-value="${answers.intensity}"]`)!.click();
  for (const need of answers.needs ?? []) checkIn.shadowRoot!.querySelector<HTMLElement>(`[data-id="${need}"]`)!.click();
  await settle(checkIn);
  await click(el, part(el, 'next'));
}

/** Which option to choose at each choice step, in order of visits, to walk a flow to its end. */
const WALKS: Record<BuiltInFlowId, Record<string, string[]>> = {
  'calm-down': { choose: ['breathe'] },
  tipp: {},
  stop: {},
  'urge-surfing': { wave: ['strong', 'easing'], still: ['keep'] },
  'staff-support': { stage: ['anxious', 'defensive', 'calmer'] },
  'safety-plan': {},
};

describe('<calm-flow>', () => {
  const clock = fakeClockPerTest();

  it('starts on a start screen with the flow title, help first in keyboard order', async () => {
    const el = await fixture<CalmFlow>(html`<calm-flow region="US"></calm-flow>`);
    expect(el.flow).to.equal('calm-down');
    expect(el.step).to.equal(null);
    expect(headingText(el)).to.equal(words(definition('calm-down').title));
    const help = flowHelp(el);
    expect(help.compareDocumentPosition(part(el, 'start')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  for (const id of BUILT_IN_FLOWS) {
    it(`${id}: start to finish by keyboard, focus on each new heading, axe on every step`, async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow flow=${id} region="US"></calm-flow>`);
      const events = record(el);
      const choices = structuredClone(WALKS[id]);
      const steps = definition(id).steps;
      heading(el).focus();
      await keyboard(el, part(el, 'start'));
      const visited: string[] = [];
      for (let i = 0; i < 40 && el.state === 'running'; i++) {
        const stepId = el.step!;
        const step = steps[stepId]!;
        const inside = visited.at(-1) === stepId && step.kind === 'grounding';
        if (!inside) visited.push(stepId);
        expect(headingText(el), stepId).to.equal(words(step.title));
        const grounding = embedded(el, 'calm-grounding');
        const focusTarget = inside ? grounding!.shadowRoot!.querySelector('#heading') : heading(el);
        expect(focusName(deepActiveElement()), `${stepId}: focus on the new heading (or the exercise's new prompt)`).to.equal(focusName(focusTarget));
        await expect(el).to.be.accessible();
        if (step.kind === 'choice') {
          const option = choices[stepId]?.shift() ?? step.options![0]!.id;
          await keyboard(el, el.shadowRoot!.querySelector<HTMLElement>(`[part~="option"][data-option="${option}"]`));
        } else if (step.kind === 'breathing') {
          const breathing = embedded(el, 'calm-breathing')!;
          expect(breathing.state, 'the flow starts its exercise').to.equal('running');
          const focused = focusName(deepActiveElement());
          clock.advance(61000);
          await settle(breathing);
          expect(breathing.state).to.equal('complete');
          expect(focusName(deepActiveElement()), 'a timer never moves focus').to.equal(focused);
          await keyboard(el, part(el, 'next'));
        } else {
          await keyboard(el, part(el, 'next'));
        }
      }
      expect(el.state).to.equal('complete');
      visited.push(el.step!);
      expect(steps[el.step!]!.kind).to.equal('end');
      expect(focusName(deepActiveElement())).to.equal(focusName(heading(el)));
      await expect(el).to.be.accessible();

      expect(named(events, 'calm-start', 'flow')).to.deep.equal([{ activity: 'flow' }]);
      const stepEvents = named(events, 'calm-step', 'flow');
      expect(stepEvents.map((d) => d.step)).to.deep.equal(visited);
      expect(stepEvents.map((d) => d.index)).to.deep.equal(visited.map((_, i) => i + 1));
      expect(stepEvents.at(-1)!.total).to.equal(visited.length);
      const completes = events.filter((e) => e.type === 'calm-complete');
      expect(completes.map((e) => e.detail), 'only the flow completes, once').to.have.length(1);
      expect(completes[0]!.detail).to.deep.include({ activity: 'flow', finished: true, flow: id, path: visited, before: null, after: null });
      expect(named(events, 'calm-start').every((d) => d.activity === 'flow'), 'inner calm-start stays inside').to.equal(true);
    });
  }

  it('walks a flow by pointer too', async () => {
    const el = await fixture<CalmFlow>(html`<calm-flow flow="stop" help="none"></calm-flow>`);
    await click(el, part(el, 'start'));
    for (const id of ['s', 't', 'o', 'p']) {
      expect(el.step).to.equal(id);
      await click(el, part(el, 'next'));
    }
    expect(el.step).to.equal('end');
    expect(shadowText(el)).not.to.contain(en['flow.progress'].replace('{index}', '5').replace('{total}', '5'));
  });

  it('keeps the flow\'s name quietly above every step and the end, in every language; the end shows no step number', async () => {
    for (const language of ['en', 'es', 'fr', 'ar']) {
      const el = await fixture<CalmFlow>(html`<calm-flow flow="stop" lang=${language} help="none"></calm-flow>`);
      const name = words(definition('stop').title, language);
      expect(part(el, 'name'), 'not on the start screen, where it is the heading').to.equal(null);
      await click(el, part(el, 'start'));
      for (let i = 1; i <= 4; i++) {
        expect(part(el, 'name')!.textContent.trim(), `${language} step ${i}`).to.equal(name);
        expect(part(el, 'progress')!.textContent.trim().split(' · ')[0]).to.equal(catalogs[language]!['flow.progress']!.replace('{index}', String(i)).replace('{total}', '5'));
        expect(part(el, 'name')!.closest('p')!.classList.contains('muted'), 'quietly').to.equal(true);
        expect(part(el, 'name')!.compareDocumentPosition(heading(el)) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the heading').to.be.greaterThan(0);
        await click(el, part(el, 'next'));
      }
      expect(el.step).to.equal('end');
      expect(part(el, 'name')!.textContent.trim(), `${language} end`).to.equal(name);
      expect(part(el, 'progress'), `${language}: no step number on the end`).to.equal(null);
      expect(shadowText(el)).not.to.contain(catalogs[language]!['flow.progress']!.replace('{index}', '5').replace('{total}', '5'));
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('on a 360 px phone, Next never stands alone on a line: the buttons fill their lines, in every language', async () => {
    for (const language of ['en', 'es', 'fr', 'ar']) {
      const frame = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px"><calm-flow flow="stop" lang=${language} help="none"></calm-flow></div>`);
      const el = frame.querySelector('calm-flow')!;
      await click(el, part(el, 'start'));
      await click(el, part(el, 'next'));
      await click(el, part(el, 'next'));
      const row = part(el, 'controls')!.getBoundingClientRect();
      const buttons = ['back', 'restart', 'next'].map((name) => part(el, name)!.getBoundingClientRect());
      for (const line of new Set(buttons.map((b) => Math.round(b.top)))) {
        const onLine = buttons.filter((b) => Math.round(b.top) === line);
        const left = Math.min(...onLine.map((b) => b.left));
        const right = Math.max(...onLine.map((b) => b.right));
        expect(right - left, `${language}: the line at ${line} is filled`).to.be.closeTo(row.width, 1.5);
      }
      expect(el.scrollWidth, language).to.be.at.most(360);
      const wide = await fixture<HTMLDivElement>(html`<div style="inline-size: 768px"><calm-flow flow="stop" lang=${language} help="none"></calm-flow></div>`);
      const tablet = wide.querySelector('calm-flow')!;
      await click(tablet, part(tablet, 'start'));
      const next = part(tablet, 'next')!.getBoundingClientRect();
      expect(next.width, `${language}: on a tablet Next keeps its own size`).to.be.below(300);
    }
  });

  it('staff-support: after "Someone could get hurt", the first call link in the step is the emergency number', async () => {
    const el = await fixture<CalmFlow>(html`<calm-flow flow="staff-support" region="US"></calm-flow>`);
    await click(el, part(el, 'start'));
    await click(el, el.shadowRoot!.querySelector<HTMLElement>('[part~="option"][data-option="risk"]'));
    expect(el.step).to.equal('risk');
    const help = el.shadowRoot!.querySelector<HTMLElementTagNameMap['calm-help']>('calm-help[part~="activity"]')!;
    await help.updateComplete;
    expect(help.reason).to.equal('danger');
    const tel = [...help.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(tel[0]).to.equal('tel:911');
    expect(tel.slice(1)).to.include('tel:988');
    await expect(el).to.be.accessible();
  });

  describe('branches on check-in answers', () => {
    it('intensity ≥ 7 leads to slow breathing first; before and after are the first and last ratings', async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow flow="calm-down" region="US"></calm-flow>`);
      const events = record(el);
      await click(el, part(el, 'start'));
      await answerCheckIn(el, { intensity: 8 });
      expect(el.step).to.equal('breathe-first');
      expect(focusName(deepActiveElement()), 'focus follows the person').to.equal(focusName(heading(el)));
      clock.advance(5000);
      await click(el, part(el, 'next'));
      expect(el.step).to.equal('recheck');
      await answerCheckIn(el, { intensity: 3 });
      expect(el.step).to.equal('end');
      expect(named(events, 'calm-complete', 'flow')[0]).to.deep.include({
        finished: true,
        flow: 'calm-down',
        path: ['check', 'breathe-first', 'recheck', 'end'],
        before: 8,
        after: 3,
        elapsedMs: 5000,
      });
      expect(named(events, 'calm-check-in'), 'check-in results pass through to the host').to.have.length(2);
    });

    it('with a single rating, after is null (one rating is never reported as "no change")', async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow flow="tipp" help="none"></calm-flow>`);
      const events = record(el);
      await click(el, part(el, 'start'));
      await answerCheckIn(el, { intensity: 9 });
      expect(el.step).to.equal('temperature');
      expect(shadowText(el)).to.contain(words(definition('tipp').steps.temperature?.text));
      for (let i = 0; i < 15 && el.state === 'running'; i++) await click(el, part(el, 'next'));
      expect(el.step).to.equal('end');
      expect(named(events, 'calm-complete', 'flow')[0]).to.deep.include({ before: 9, after: null });
    });

    it('a middle rating leads to the choice of a skill; still high afterwards offers another skill or help', async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow flow="calm-down" region="US"></calm-flow>`);
      await click(el, part(el, 'start'));
      await answerCheckIn(el, { intensity: 5 });
      expect(el.step).to.equal('choose');
      await click(el, el.shadowRoot!.querySelector<HTMLElement>('[data-option="senses"]'));
      expect(el.step).to.equal('senses');
      expect(embedded(el, 'calm-grounding')!.getAttribute('exercise')).to.equal('senses');
      for (let i = 0; i < 10 && el.step === 'senses'; i++) await click(el, part(el, 'next'));
      await answerCheckIn(el, { intensity: 9 });
      expect(el.step).to.equal('still');
      expect(headingText(el)).to.equal(words(definition('calm-down').steps.still?.title));
      await click(el, el.shadowRoot!.querySelector<HTMLElement>('[data-option="talk"]'));
      expect(el.step).to.equal('help');
      expect(el.shadowRoot!.querySelector('calm-help[variant="panel"]'), 'crisis help shown in the step').to.exist;
      await expect(el).to.be.accessible();
    });

    it('"I need help now" opens help at once, then the flow goes to its help step', async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow flow="calm-down" region="US"></calm-flow>`);
      const events = record(el);
      await click(el, part(el, 'start'));
      const checkIn = embedded(el, 'calm-check-in')!;
      await settle(checkIn);
      const asked = nextEvent(el, 'calm-help');
      checkIn.shadowRoot!.querySelector<HTMLElement>('[data-id="help-now"]')!.click();
      expect((await asked).detail).to.deep.equal({ reason: 'need' });
      await settle(el);
      await click(el, part(el, 'next'));
      expect(named(events, 'calm-help')).to.deep.include({ reason: 'need' });
      expect(named(events, 'calm-help').filter((d) => d.reason === 'need'), 'the host hears it once').to.have.length(1);
      expect(helpDialogOpen(el), 'help opened at once').to.equal(true);
      flowHelp(el).close();
      await settle(el);
      expect(el.step).to.equal('help');
    });

    it('branches on an earlier choice in a custom flow', async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow help="none"></calm-flow>`);
      el.definition = {
        version: 1,
        id: 'custom',
        title: { en: 'Custom' },
        start: 'pick',
        steps: {
          pick: { kind: 'choice', title: { en: 'Pick one' }, next: 'middle', options: [{ id: 'tea', label: { en: 'Tea' } }, { id: 'walk', label: { en: 'A walk' } }] },
          middle: { kind: 'message', title: { en: 'Middle' }, next: 'plain', branches: [{ when: { choice: { step: 'pick', option: 'walk' } }, next: 'walking' }] },
          walking: { kind: 'message', title: { en: 'Walking' }, next: 'end' },
          plain: { kind: 'message', title: { en: 'Plain' }, next: 'end' },
          end: { kind: 'end', title: { en: 'End' } },
        },
      };
      await click(el, part(el, 'start'));
      await click(el, el.shadowRoot!.querySelector<HTMLElement>('[data-option="walk"]'));
      await click(el, part(el, 'next'));
      expect(el.step).to.equal('walking');
      await click(el, part(el, 'back'));
      await click(el, part(el, 'back'));
      await click(el, el.shadowRoot!.querySelector<HTMLElement>('[data-option="tea"]'));
      await click(el, part(el, 'next'));
      expect(el.step).to.equal('plain');
    });
  });

  it('goes back through history and starts over, reporting the early end honestly', async () => {
    const el = await fixture<CalmFlow>(html`<calm-flow flow="stop" help="none"></calm-flow>`);
    const events = record(el);
    await click(el, part(el, 'start'));
    expect((part(el, 'back') as HTMLButtonElement).disabled, 'nothing to go back to').to.equal(true);
    await click(el, part(el, 'next'));
    await click(el, part(el, 'next'));
    expect(el.step).to.equal('o');
    await click(el, part(el, 'back'));
    expect(el.step).to.equal('t');
    expect(focusName(deepActiveElement())).to.equal(focusName(heading(el)));
    await click(el, part(el, 'restart'));
    expect(el.step).to.equal('s');
    expect(named(events, 'calm-complete', 'flow')).to.have.length(1);
    expect(named(events, 'calm-complete', 'flow')[0]).to.deep.include({ finished: false, path: ['s', 't'] });
    expect(named(events, 'calm-start', 'flow')).to.have.length(2);
    expect(named(events, 'calm-step', 'flow').map((d) => d.step)).to.deep.equal(['s', 't', 'o', 't', 's']);
  });

  it('start(), restart() and reset() by script never move focus; reset() fires nothing', async () => {
    const el = await fixture<CalmFlow>(html`<calm-flow flow="stop" help="none"></calm-flow>`);
    const events = record(el);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el.start();
    await settle(el);
    expect(el.step).to.equal('s');
    clock.advance(200);
    await settle(el);
    expect(liveRegion(el), 'announced instead').to.equal(words(definition('stop').steps.s?.title));
    el.reset();
    await settle(el);
    expect(el.state).to.equal('idle');
    expect(el.step).to.equal(null);
    expect(document.activeElement === outside, 'focus stays where it was').to.equal(true);
    expect(events.map((e) => e.type)).to.deep.equal(['calm-start', 'calm-step']);
    outside.remove();
  });

  it('gives embedded activities help="none" and its own theme, motion, region and words; pauses them when help opens', async () => {
    const el = await fixture<CalmFlow>(html`<calm-flow flow="stop" theme="dark" motion="reduce" region="GB" lang="es"></calm-flow>`);
    await click(el, part(el, 'start'));
    await click(el, part(el, 'next'));
    const breathing = embedded(el, 'calm-breathing')!;
    expect(breathing.getAttribute('help')).to.equal('none');
    expect([breathing.theme, breathing.motion, breathing.region]).to.deep.equal(['dark', 'reduce', 'GB']);
    await settle(breathing);
    expect(breathing.state, 'started by the flow').to.equal('running');
    expect(breathing.shadowRoot!.querySelector('.primary')!.textContent.trim(), 'speaks the flow\'s language').to.equal(es['breathing.pause']);
    flowHelp(el).shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.click();
    await settle(el);
    expect(helpDialogOpen(el)).to.equal(true);
    expect(breathing.state, 'help pauses the exercise').to.equal('paused');
  });

  it('passes its audience to the check-ins and grounding inside; a check-in step\'s own audience wins', async () => {
    const el = await fixture<CalmFlow>(html`<calm-flow audience="child" help="none"></calm-flow>`);
    el.definition = {
      version: 1,
      id: 'school',
      title: { en: 'School' },
      start: 'rate',
      steps: {
        rate: { kind: 'check-in', title: { en: 'How are you?' }, next: 'name' },
        name: { kind: 'grounding', title: { en: 'Name things' }, exercise: 'categories', next: 'again' },
        again: { kind: 'check-in', title: { en: 'And now?' }, audience: 'adult', next: 'end' },
        end: { kind: 'end', title: { en: 'End' } },
      },
    };
    await click(el, part(el, 'start'));
    const checkIn = embedded(el, 'calm-check-in')!;
    await settle(checkIn);
    expect(checkIn.audience).to.equal('child');
    expect(part(checkIn, 'anchors')!.textContent).to.contain(en['checkIn.anchor.child.5']);
    await click(el, part(el, 'next'));
    const grounding = embedded(el, 'calm-grounding')!;
    expect(grounding.audience).to.equal('child');
    grounding.start();
    await settle(grounding);
    expect(grounding.step).to.equal('categories-animals');
    expect(part(grounding, 'found')!.textContent).to.contain(en['grounding.named']);
    // The flow's Next goes through the grounding exercise one part at a time, then on.
    for (let i = 0; i < 10 && el.step === 'name'; i++) await click(el, part(el, 'next'));
    expect(embedded(el, 'calm-check-in')!.audience, 'the step\'s own').to.equal('adult');
  });

  it('opens its own help for a child with "tell a grown-up you trust" when its audience is child', async () => {
    const el = await fixture<CalmFlow>(html`<calm-flow audience="child" region="GB"></calm-flow>`);
    await settle(el);
    const help = flowHelp(el);
    expect(help.getAttribute('audience')).to.equal('child');
    help.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!.click();
    await settle(help);
    expect(help.shadowRoot!.querySelector('[part="grown-up"]')!.textContent).to.equal(en['help.child']);
    await expect(el).to.be.accessible();
  });

  it('passes on only valid theme, motion and region; an invalid one is named once, by the flow', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CalmFlow>(html`<calm-flow flow="stop" theme="neon" motion="wild" region="Narnia" help="none"></calm-flow>`);
      await click(el, part(el, 'start'));
      await click(el, part(el, 'next'));
      const breathing = embedded(el, 'calm-breathing')!;
      await settle(breathing);
      expect([breathing.theme, breathing.motion, breathing.region], 'the defaults').to.deep.equal([undefined, undefined, undefined]);
      for (const name of ['theme', 'motion', 'region']) {
        expect(warnings.messages.filter((m) => m.includes(`${name}=`)).map((m) => m.split('>')[0]), name).to.deep.equal(['calmkit: <calm-flow']);
      }
      el.theme = 'contrast';
      el.motion = 'reduce';
      el.region = 'gb';
      await settle(el);
      expect([breathing.theme, breathing.motion, breathing.region]).to.deep.equal(['contrast', 'reduce', 'GB']);
      await click(el, part(el, 'next'));
      await click(el, part(el, 'next'));
      await click(el, part(el, 'next'));
      expect(el.step).to.equal('end');
    } finally {
      warnings.restore();
    }
  });

  it('passes only valid values to an embedded plan too', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CalmFlow>(html`<calm-flow flow="safety-plan" theme="neon" motion="wild" region="x1"></calm-flow>`);
      await click(el, part(el, 'start'));
      const plan = embedded(el, 'calm-plan')!;
      expect([plan.theme, plan.motion, plan.region]).to.deep.equal([undefined, undefined, undefined]);
      el.setAttribute('theme', 'dark');
      el.setAttribute('region', 'us');
      await settle(el);
      expect([plan.theme, plan.region]).to.deep.equal(['dark', 'US']);
      expect(warnings.messages.some((m) => m.includes('<calm-plan>')), 'the plan never warns about what it was given').to.equal(false);
    } finally {
      warnings.restore();
    }
  });

  describe('speaks each built-in flow in the element\'s language', () => {
    for (const language of ['en', 'es', 'fr', 'ar']) {
      it(language, async () => {
        for (const id of BUILT_IN_FLOWS) {
          const el = await fixture<CalmFlow>(html`<calm-flow flow=${id} lang=${language} help="none"></calm-flow>`);
          const flow = definition(id);
          expect(headingText(el), `${id} title`).to.equal(words(flow.title, language));
          expect(part(el, 'start')!.textContent.trim()).to.equal(catalogs[language]!['flow.start']);
          await click(el, part(el, 'start'));
          expect(headingText(el), `${id}: first step`).to.equal(words(flow.steps[flow.start]?.title, language));
          el.remove();
        }
      });
    }

    it('fills {help} with the name of the help button', async () => {
      for (const [language, lang] of [['en', 'en'], ['fr', 'fr-CA']] as const) {
        const el = await fixture<CalmFlow>(html`<calm-flow flow="safety-plan" lang=${lang} region="US"></calm-flow>`);
        await click(el, part(el, 'start'));
        await click(el, part(el, 'next'));
        await click(el, part(el, 'next'));
        expect(el.step).to.equal('end');
        const text = words(definition('safety-plan').steps.end?.text, language);
        expect(text, 'the flow says which button').to.contain('{help}');
        expect(part(el, 'text')!.textContent.trim()).to.equal(text.replace('{help}', catalogs[language]!['help.open']!));
        el.remove();
      }
    });
  });

  describe('urge surfing: a timed wave with a gentle check each minute', () => {
    async function toWave(): Promise<CalmFlow> {
      const el = await fixture<CalmFlow>(html`<calm-flow flow="urge-surfing" region="US"></calm-flow>`);
      await click(el, part(el, 'start'));
      await click(el, part(el, 'next'));
      await click(el, part(el, 'next'));
      expect(el.step).to.equal('wave');
      return el;
    }

    it('checks gently each minute on the clock, without moving focus', async () => {
      const el = await toWave();
      const option = el.shadowRoot!.querySelector<HTMLElement>('[data-option="distract"]')!;
      option.focus();
      clock.advance(59999);
      await settle(el);
      expect(part(el, 'check') === null, 'absent').to.equal(true);
      clock.advance(1);
      await settle(el);
      const check = words(definition('urge-surfing').steps.wave?.check);
      expect(part(el, 'check')!.textContent.trim()).to.equal(check);
      expect(shadowText(el)).to.contain('1 minute');
      clock.advance(1500);
      await settle(el);
      expect(liveRegion(el)).to.equal(check);
      clock.advance(58500);
      await settle(el);
      expect(shadowText(el)).to.contain('2 minutes');
      // A frozen page: the next check tells the time by the clock, not by counting timers.
      clock.jump(125000);
      clock.advance(1);
      await settle(el);
      expect(shadowText(el)).to.contain('4 minutes');
      expect(focusName(deepActiveElement()), 'a timer never moves focus').to.equal(focusName(option));
      await expect(el).to.be.accessible();
    });

    it('without its own check words, tells the time so far', async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow help="none"></calm-flow>`);
      const options = [{ id: 'done', label: { en: 'It passed' } }, { id: 'more', label: { en: 'Not yet' } }];
      el.definition = {
        version: 1,
        id: 'wave',
        title: { en: 'Wave' },
        start: 'wave',
        steps: { wave: { kind: 'choice', title: { en: 'Riding it' }, checkEvery: 30, options, next: 'end' }, end: { kind: 'end', title: { en: 'Done' } } },
      };
      await click(el, part(el, 'start'));
      clock.advance(30000);
      await settle(el);
      expect(part(el, 'check') === null, 'no check words').to.equal(true);
      const time = en['flow.waveTime'].replace('{time}', '0.5 minutes');
      expect(shadowText(el)).to.contain(time);
      clock.advance(1500);
      await settle(el);
      expect(liveRegion(el)).to.equal(time);
    });

    it('meets a strong urge without shame, with distraction and help one tap away', async () => {
      const el = await toWave();
      for (const id of ['distract', 'talk']) expect(el.shadowRoot!.querySelector(`[data-option="${id}"]`), id).to.exist;
      await click(el, el.shadowRoot!.querySelector<HTMLElement>('[data-option="strong"]'));
      expect(el.step).to.equal('still');
      expect(shadowText(el)).to.contain(words(definition('urge-surfing').steps.still?.text));
      await click(el, el.shadowRoot!.querySelector<HTMLElement>('[data-option="distract"]'));
      expect(el.step).to.equal('distract');
      expect(embedded(el, 'calm-grounding')!.getAttribute('exercise')).to.equal('categories');
      for (let i = 0; i < 10 && el.step === 'distract'; i++) await click(el, part(el, 'next'));
      await answerCheckIn(el, { intensity: 8 });
      expect(el.step, 'still strong after a distraction: back to the same kind words').to.equal('still');
    });
  });

  describe('the words fit the step', () => {
    for (const language of ['en', 'es', 'fr', 'ar']) {
      it(`urge surfing asks about the urge, with the urge's own anchors (${language})`, async () => {
        const el = await fixture<CalmFlow>(html`<calm-flow flow="urge-surfing" lang=${language} help="none"></calm-flow>`);
        await click(el, part(el, 'start'));
        const checkIn = embedded(el, 'calm-check-in')!;
        await settle(checkIn);
        const step = definition('urge-surfing').steps.rate!;
        const text = shadowText(checkIn);
        // shadowText makes every space (a French no-break space too) an ordinary one.
        const flat = (words: string) => words.replace(/\s+/g, ' ');
        expect(text).to.contain(flat(words(step.question, language)));
        for (const value of ['0', '5', '10']) expect(text).to.contain(flat(words(step.anchors?.[value], language)));
        for (const key of ['checkIn.intensity.title', 'checkIn.anchor.0', 'checkIn.anchor.10']) expect(text, key).not.to.contain(catalogs[language]![key]);
        expect(checkIn.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-labelledby'), 'the scale is named by the question').to.equal('question-intensity');
        await expect(el).to.be.accessible();
      });
    }

    it('a custom check-in step\'s rating words are validated like every flow text, and the default words stay where none are given', async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow help="none"></calm-flow>`);
      const anchors = { 0: { en: 'Not hungry' }, 3: { en: 'A bit' }, 5: { en: 'Hungry' }, 8: { en: 'Very' }, 10: { en: 'Starving' } };
      el.definition = {
        version: 1,
        id: 'hunger',
        title: { en: 'Hunger' },
        start: 'rate',
        steps: {
          rate: { kind: 'check-in', title: { en: 'Check' }, steps: ['intensity'], question: { en: 'How hungry are you?' }, anchors, next: 'plain' },
          plain: { kind: 'check-in', title: { en: 'Again' }, steps: ['intensity'], next: 'end' },
          end: { kind: 'end', title: { en: 'End' } },
        },
      };
      await click(el, part(el, 'start'));
      let checkIn = embedded(el, 'calm-check-in')!;
      await settle(checkIn);
      expect(shadowText(checkIn)).to.contain('How hungry are you?').and.contain('Starving');
      await click(el, part(el, 'next'));
      checkIn = embedded(el, 'calm-check-in')!;
      await settle(checkIn);
      expect(shadowText(checkIn)).to.contain(en['checkIn.anchor.10']).and.not.contain('Starving');
    });

    it('after crisis help was chosen, the end thanks the person for reaching out instead of praising them', async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow flow="calm-down" region="US"></calm-flow>`);
      await click(el, part(el, 'start'));
      await answerCheckIn(el, { needs: ['help-now'] });
      flowHelp(el).close();
      expect(el.step).to.equal('help');
      await click(el, part(el, 'next'));
      expect(el.step).to.equal('end');
      expect(headingText(el)).to.equal(en['flow.afterHelp.title']);
      expect(part(el, 'text')!.textContent.trim()).to.equal(en['flow.afterHelp.text']);
      expect(shadowText(el)).not.to.contain(words(definition('calm-down').steps.end?.title));
    });

    it('after crisis help was offered (the help button during a step), likewise; without it, the flow\'s own closing words', async () => {
      for (const openHelp of [true, false]) {
        const el = await fixture<CalmFlow>(html`<calm-flow flow="stop" region="US" lang="es"></calm-flow>`);
        await click(el, part(el, 'start'));
        if (openHelp) {
          await click(el, flowHelp(el).shadowRoot!.querySelector<HTMLElement>('[part~="button"]'));
          flowHelp(el).close();
        }
        for (let i = 0; i < 4; i++) await click(el, part(el, 'next'));
        expect(el.step).to.equal('end');
        expect(headingText(el), String(openHelp)).to.equal(openHelp ? es['flow.afterHelp.title'] : words(definition('stop').steps.end?.title, 'es'));
        await click(el, part(el, 'restart'));
        for (let i = 0; i < 4; i++) await click(el, part(el, 'next'));
        expect(headingText(el), 'a new session starts afresh').to.equal(words(definition('stop').steps.end?.title, 'es'));
        el.remove();
      }
    });
  });

  for (const [lang, print] of [['en', /print/i], ['es', /impr[ií]m/i], ['fr', /imprim/i], ['ar', /اطبع/]] as const) {
    it(`${lang}: safety-plan asks to print or save the plan on its own step, where Print and Save are, and not after`, async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow flow="safety-plan" lang=${lang} region="US"></calm-flow>`);
      await click(el, part(el, 'start'));
      expect(part(el, 'text')!.textContent).to.match(print);
      const plan = embedded(el, 'calm-plan')!;
      for (const name of ['print', 'save']) expect(part(plan, name)!.getBoundingClientRect().width, `${name} is shown`).to.be.greaterThan(0);
      await click(el, part(el, 'next'));
      expect(part(el, 'plan')!.hidden).to.equal(true);
      expect(part(el, 'text')!.textContent).not.to.match(print);
    });
  }

  it('safety-plan keeps the person\'s words across back and next, and forgets them on restart', async () => {
    const el = await fixture<CalmFlow>(html`<calm-flow flow="safety-plan" region="US"></calm-flow>`);
    const events = record(el);
    await click(el, part(el, 'start'));
    const plan = embedded(el, 'calm-plan')!;
    expect(plan.getAttribute('help')).to.equal('none');
    const field = plan.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    field.focus();
    for (const key of 'call Sam') await sendKeys({ type: key }); // one key at a time for WebKit's driver
    await click(el, part(el, 'next'));
    expect(part(el, 'plan')!.hidden).to.equal(true);
    await click(el, part(el, 'back'));
    expect(embedded(el, 'calm-plan') === plan, 'the same plan').to.equal(true);
    expect(plan.value.sections['warning-signs']).to.equal('call Sam');
    await expect(el).to.be.accessible();
    await click(el, part(el, 'next'));
    await click(el, part(el, 'restart'));
    expect(el.step).to.equal('plan');
    expect(embedded(el, 'calm-plan') !== plan, 'a new, empty plan').to.equal(true);
    expect(embedded(el, 'calm-plan')!.value.sections['warning-signs']).to.equal('');
    expect(plan.value.sections['warning-signs']).to.equal('');
    expect(JSON.stringify(events.map((e) => e.detail))).not.to.contain('Sam');
  });

  describe('invalid definitions', () => {
    it('shows a calm message with help still reachable, and fires calm-config-error with paths', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CalmFlow>(html`<calm-flow region="US"></calm-flow>`);
        const events = record(el);
        el.definition = { version: 1, id: 'bad', title: { en: 'Bad' }, start: 'a', steps: { a: { kind: 'video', title: { en: 'x' }, next: 'b' } } };
        await settle(el);
        expect(headingText(el)).to.equal(en['common.loadError']);
        expect(part(el, 'start') === null, 'absent').to.equal(true);
        const [error] = named(events, 'calm-config-error');
        expect(error).to.have.property('element', 'calm-flow');
        expect((error!.errors as Array<{ path: string }>).map((e) => e.path)).to.include('$.steps.a.kind');
        expect(warnings.messages.some((m) => m.includes('<calm-flow>') && m.includes('$.steps.a.kind'))).to.equal(true);
        await click(el, flowHelp(el).shadowRoot!.querySelector<HTMLElement>('[part~="button"]'));
        expect(helpDialogOpen(el), 'help still works').to.equal(true);
        await expect(el).to.be.accessible();
        el.start();
        await settle(el);
        expect(el.step).to.equal(null);
      } finally {
        warnings.restore();
      }
    });

    it('never renders markup from a definition or from host words', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CalmFlow>(html`<calm-flow></calm-flow>`);
        el.definition = { version: 1, id: 'x', title: { en: '<img src=x onerror="window.hacked=1">' }, start: 'a', steps: { a: { kind: 'end', title: { en: 'x' } } } };
        await settle(el);
        expect(headingText(el)).to.equal(en['common.loadError']);
        el.definition = undefined;
        el.strings = { 'flow.start': '<img src=x onerror="window.hacked=1">' };
        await settle(el);
        expect(part(el, 'start')!.textContent.trim()).to.equal('<img src=x onerror="window.hacked=1">');
        expect(el.shadowRoot!.querySelector('img') === null, 'absent').to.equal(true);
        expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
      } finally {
        warnings.restore();
      }
    });

    it('reads a child JSON script, ignoring __proto__ (refused, never merged), and never fetches', async () => {
      const warnings = captureWarnings();
      const fetched = performance.getEntriesByType('resource').length;
      try {
        const make = async (json: string): Promise<CalmFlow> => {
          const el = document.createElement('calm-flow');
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = json;
          el.append(script);
          document.body.append(el);
          await settle(el);
          return el;
        };
        const good = await make('{"version":1,"id":"mine","title":{"en":"My flow","ar":"تدفقي"},"start":"a","steps":{"a":{"kind":"message","title":{"en":"Hello"},"next":"b"},"b":{"kind":"end","title":{"en":"Bye"}}}}');
        expect(headingText(good)).to.equal('My flow');
        good.setAttribute('lang', 'ar');
        await settle(good);
        expect(headingText(good), 'the own words in the element\'s language').to.equal('تدفقي');
        expect(part(good, 'start')!.textContent.trim()).to.equal(ar['flow.start']);
        const hostile = await make('{"version":1,"id":"x","title":{"en":"x"},"start":"a","steps":{"a":{"kind":"end","title":{"en":"x"}}},"__proto__":{"polluted":true}}');
        expect(headingText(hostile)).to.equal(en['common.loadError']);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        const broken = await make('{ not json');
        expect(headingText(broken)).to.equal(en['common.loadError']);
        expect(performance.getEntriesByType('resource').length, 'no request').to.equal(fetched);
        for (const el of [good, hostile, broken]) el.remove();
      } finally {
        warnings.restore();
      }
    });

    it('warns about an unknown flow id and shows calm-down instead', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CalmFlow>(html`<calm-flow flow="nope"></calm-flow>`);
        expect(headingText(el)).to.equal(words(definition('calm-down').title));
        expect(warnings.messages.some((m) => m.includes('<calm-flow>') && m.includes('flow="nope"') && m.includes('urge-surfing'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('renders a step\'s safe link: https: in a new tab (said so), tel: in place', async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow help="none"></calm-flow>`);
      el.definition = {
        version: 1,
        id: 'links',
        title: { en: 'Links' },
        start: 'a',
        steps: {
          a: { kind: 'message', title: { en: 'Read' }, link: { label: { en: 'Our page' }, href: 'https://example.org/care' }, next: 'b' },
          b: { kind: 'end', title: { en: 'Call' }, link: { label: { en: 'Call the desk' }, href: 'tel:+15550100' } },
        },
      };
      await click(el, part(el, 'start'));
      const web = part(el, 'link') as HTMLAnchorElement;
      expect([web.href, web.target]).to.deep.equal(['https://example.org/care', '_blank']);
      expect(web.textContent).to.contain(en['help.newTab']);
      await click(el, part(el, 'next'));
      const phone = part(el, 'link') as HTMLAnchorElement;
      expect([phone.href, phone.hasAttribute('target')]).to.deep.equal(['tel:+15550100', false]);
      await expect(el).to.be.accessible();
    });

    it('.definition never throws: unreadable, revoked, throwing and frozen objects', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CalmFlow>(html`<calm-flow flow="stop" help="none"></calm-flow>`);
        const events = record(el);
        const throwing = { version: 1, id: 'x', start: 'a', steps: {} };
        Object.defineProperty(throwing, 'title', { enumerable: true, get: () => { throw new Error('no'); } });
        const throwingSteps = { version: 1, id: 'x', title: { en: 'x' }, start: 'a', steps: unreadable() };
        for (const [name, value] of Object.entries({ unreadable: unreadable(), revoked: revoked(), throwing, throwingSteps })) {
          expect(() => (el.definition = value), name).not.to.throw();
          await settle(el);
          expect(headingText(el), name).to.equal(en['common.loadError']);
          expect(el.definition, name).to.equal(undefined);
        }
        expect(named(events, 'calm-config-error')).to.have.length(4);
        el.definition = JSON.parse('{"version":1,"id":"p","title":{"en":"x"},"start":"a","steps":{"a":{"kind":"end","title":{"en":"x"}}},"__proto__":{"polluted":true}}');
        await settle(el);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(headingText(el)).to.equal(en['common.loadError']);
        const frozen = Object.freeze({ version: 1, id: 'frozen', title: Object.freeze({ en: 'Frozen' }), start: 'a', steps: Object.freeze({ a: Object.freeze({ kind: 'end', title: Object.freeze({ en: 'End' }) }) }) });
        el.definition = frozen;
        await settle(el);
        expect(headingText(el), 'a frozen definition is read and copied').to.equal('Frozen');
        await click(el, part(el, 'start'));
        expect(el.step).to.equal('a');
        el.definition = null;
        await settle(el);
        expect(headingText(el), 'back to the flow attribute').to.equal(words(definition('stop').title));
      } finally {
        warnings.restore();
      }
    });

    it('gives a copy of the definition in use, which cannot change the flow', async () => {
      const el = await fixture<CalmFlow>(html`<calm-flow flow="stop"></calm-flow>`);
      const copy = el.definition!;
      expect(copy.id).to.equal('stop');
      (copy.steps as Record<string, unknown>).s = null;
      expect(el.definition!.steps.s).to.exist;
    });
  });
});

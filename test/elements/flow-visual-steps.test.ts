/**
 * Visual supports inside a flow (issue 19 item 5): `timer`, `schedule` and `board` steps embed
 * <calm-timer>, <calm-schedule> and <calm-choice> under the embedding contract. The flow starts
 * them, its one Back and Next drive them, its help pauses them, and it reports its own step ids.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/flow/define.js';
import '../../src/locales/es.js';
import '../../src/locales/ar.js';
import type { CalmFlow } from '../../src/elements/flow/calm-flow.js';
import type { CalmHelp } from '../../src/elements/help/calm-help.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { deepActiveElement, detailsOf, fakeClockPerTest, focusName, recordEvents, settle, shadowText, tabAndPress } from '../helpers.js';

const EVENTS = ['calm-start', 'calm-step', 'calm-complete', 'calm-choice', 'calm-help', 'calm-pause', 'calm-config-error'];

/** A classroom flow: wait for the bus, then a first–then schedule, then the "I need…" board. */
const classroom = (timer: Record<string, unknown> = {}) => ({
  version: 1,
  id: 'classroom',
  title: { en: 'Going home', es: 'Volver a casa', ar: 'العودة إلى البيت' },
  start: 'wait',
  steps: {
    wait: { kind: 'timer', title: { en: 'Wait for the bus', es: 'Espera el autobús', ar: 'انتظر الحافلة' }, minutes: 2, then: 'bus', waitForEnd: true, next: 'plan', ...timer },
    plan: {
      kind: 'schedule',
      title: { en: 'First, then', es: 'Primero, después', ar: 'أولًا، ثم' },
      items: [
        { id: 'tidy', picture: 'tidy-up' },
        { id: 'play', picture: 'playground', label: { en: 'Play outside', es: 'Jugar fuera', ar: 'اللعب في الخارج' } },
      ],
      next: 'need',
    },
    need: { kind: 'board', title: { en: 'What do you need?', es: '¿Qué necesitas?', ar: 'ماذا تحتاج؟' }, perScreen: 4, speak: false, next: 'end' },
    end: { kind: 'end', title: { en: 'Well done', es: 'Muy bien', ar: 'أحسنت' } },
  },
});

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const inner = <K extends keyof HTMLElementTagNameMap>(el: CalmFlow, tag: K) => el.shadowRoot!.querySelector(tag)!;
const nextButton = (el: CalmFlow) => part(el, 'next');

async function flow(timer: Record<string, unknown> = {}, lang = 'en'): Promise<CalmFlow> {
  const el = await fixture<CalmFlow>(html`<calm-flow lang=${lang} region="US"></calm-flow>`);
  el.definition = classroom(timer);
  await settle(el);
  return el;
}

async function press(el: CalmFlow, target: HTMLElement | null): Promise<void> {
  expect(target, 'control exists').to.exist;
  target!.click();
  await settle(el);
  await settle(el);
}

describe('<calm-flow> timer, schedule and board steps', function () {
  // A whole flow by keyboard with axe on each screen: longer than mocha's default on a busy machine.
  this.timeout(60000);
  const clock = fakeClockPerTest();

  it('walks a timer, a schedule and a board end to end by keyboard, reporting the flow\'s own step ids', async () => {
    const el = await flow();
    const events = recordEvents(el, EVENTS);
    await tabAndPress(el, part(el, 'start'));

    // Timer: started by the flow, part of the step (no help, no "Start again" of its own); Next waits for its end.
    expect(el.step).to.equal('wait');
    const timer = inner(el, 'calm-timer');
    await settle(timer);
    expect(timer.state, 'the flow starts the timer').to.equal('running');
    expect(timer.shadowRoot!.querySelector('calm-help'), 'no help of its own').to.equal(null);
    expect(nextButton(el), 'Next waits for the end').to.equal(null);
    expect(part(el, 'wait')!.textContent.trim()).to.equal(en['flow.waitForTimer']);
    await expect(el).to.be.accessible();
    const focused = focusName(deepActiveElement());
    clock.advance(120_000);
    await settle(timer);
    await settle(el);
    expect(timer.state).to.equal('complete');
    expect(focusName(deepActiveElement()), 'the end never moves focus').to.equal(focused);
    expect(shadowText(timer)).to.contain(en['picture.bus']);
    expect(shadowText(timer), 'no "Start again" of its own').not.to.contain(en['timer.again']);
    expect(nextButton(el), 'Next is ready').to.exist;
    expect(part(el, 'wait'), 'the wait line goes').to.equal(null);
    await tabAndPress(el, nextButton(el));

    // Schedule: the flow's words and the pictogram's name; Done moves the item to "All done".
    expect(el.step).to.equal('plan');
    expect(focusName(deepActiveElement()), 'focus on the new heading').to.equal(focusName(part(el, 'heading')));
    const schedule = inner(el, 'calm-schedule');
    await settle(schedule);
    expect([...schedule.shadowRoot!.querySelectorAll('.item .label')].map((p) => p.textContent.trim())).to.deep.equal([en['picture.tidy-up'], 'Play outside']);
    await tabAndPress(schedule, schedule.shadowRoot!.querySelector('[data-id="tidy"] button'));
    expect(schedule.doneIds).to.deep.equal(['tidy']);
    expect(schedule.shadowRoot!.querySelector('h2'), 'the flow has the one level-2 heading').to.equal(null);
    await expect(el).to.be.accessible();
    await tabAndPress(el, nextButton(el));

    // Board: four cards a screen; a card fires calm-choice with its id and shows the "show me" card.
    expect(el.step).to.equal('need');
    const board = inner(el, 'calm-choice');
    await settle(board);
    expect(board.shadowRoot!.querySelectorAll('.card')).to.have.length(4);
    expect(board.shadowRoot!.querySelector('h2'), 'the flow has the one level-2 heading').to.equal(null);
    await expect(el).to.be.accessible();
    await tabAndPress(board, board.shadowRoot!.querySelector('.card[data-id="break"]'));
    expect(board.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    board.shadowRoot!.querySelector<HTMLButtonElement>('dialog .primary')!.click();
    await settle(board);
    await tabAndPress(el, nextButton(el));

    expect(el.state).to.equal('complete');
    expect(detailsOf(events, 'calm-choice')).to.deep.equal([{ id: 'break' }]);
    expect(detailsOf(events, 'calm-step').map((d) => [d.activity, d.step])).to.deep.equal([
      ['flow', 'wait'],
      ['flow', 'plan'],
      ['flow', 'need'],
      ['flow', 'end'],
    ]);
    const completes = detailsOf(events, 'calm-complete');
    expect(completes, 'only the flow completes').to.have.length(1);
    expect(completes[0]).to.deep.include({ activity: 'flow', finished: true, flow: 'classroom', path: ['wait', 'plan', 'need', 'end'] });
    expect(detailsOf(events, 'calm-start')).to.deep.equal([{ activity: 'flow' }]);
    expect(detailsOf(events, 'calm-config-error')).to.deep.equal([]);
  });

  it('a timer step without waitForEnd lets Next go on at once; Back comes back to a fresh timer', async () => {
    const el = await flow({ waitForEnd: false, minutes: 5 });
    await press(el, part(el, 'start'));
    const timer = inner(el, 'calm-timer');
    await settle(timer);
    expect(timer.state).to.equal('running');
    expect(nextButton(el)).to.exist;
    expect(part(el, 'wait')).to.equal(null);
    await press(el, nextButton(el));
    expect(el.step).to.equal('plan');
    expect(timer.isConnected).to.equal(false);
    expect(timer.state, 'a timer taken off the page stops running').not.to.equal('running');
    await press(el, part(el, 'back'));
    expect(el.step).to.equal('wait');
    const again = inner(el, 'calm-timer');
    await settle(again);
    expect(again.state).to.equal('running');
    expect(again.remainingMs).to.equal(5 * 60_000);
  });

  it('the person can stop the wait: Stop readies Next', async () => {
    const el = await flow();
    await press(el, part(el, 'start'));
    const timer = inner(el, 'calm-timer');
    await settle(timer);
    await tabAndPress(timer, timer.shadowRoot!.querySelector('.stop'));
    await settle(el);
    expect(timer.state).to.equal('complete');
    expect(nextButton(el)).to.exist;
  });

  it('the flow\'s help pauses the timer; the board\'s Help card opens the flow\'s crisis help', async () => {
    const el = await flow();
    const events = recordEvents(el, EVENTS);
    await press(el, part(el, 'start'));
    const timer = inner(el, 'calm-timer');
    await settle(timer);
    const help = el.shadowRoot!.querySelector<CalmHelp>('calm-help[part~="help"]')!;
    help.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await settle(el);
    expect(timer.state).to.equal('paused');
    expect(detailsOf(events, 'calm-pause')).to.deep.equal([{ activity: 'timer', reason: 'user' }]);
    help.shadowRoot!.querySelector('dialog')!.close();
    timer.stop();
    await settle(el);
    await press(el, nextButton(el));
    await press(el, nextButton(el));
    const board = inner(el, 'calm-choice');
    await settle(board);
    await press(el, board.shadowRoot!.querySelector('.more'));
    await settle(board);
    await press(el, board.shadowRoot!.querySelector('.card[data-id="help"]'));
    await settle(board);
    await settle(el);
    expect(help.shadowRoot!.querySelector('dialog')!.open, 'the flow\'s crisis help is open').to.equal(true);
    expect(detailsOf(events, 'calm-help').at(-1)).to.deep.equal({ reason: 'need' });
    expect(board.shadowRoot!.querySelector('dialog'), 'no "show me" card for help').to.equal(null);
  });

  for (const [lang, catalog] of [
    ['es', es],
    ['ar', ar],
  ] as const) {
    it(`speaks the flow's own words and the pictograms' names in ${lang}`, async () => {
      const el = await flow({}, lang);
      await press(el, part(el, 'start'));
      expect(part(el, 'wait')!.textContent.trim()).to.equal(catalog['flow.waitForTimer']);
      clock.advance(120_000);
      await settle(inner(el, 'calm-timer'));
      await settle(el);
      expect(shadowText(inner(el, 'calm-timer'))).to.contain(catalog['picture.bus']);
      await press(el, nextButton(el));
      const schedule = inner(el, 'calm-schedule');
      await settle(schedule);
      const labels = [...schedule.shadowRoot!.querySelectorAll('.item .label')].map((p) => p.textContent.trim());
      expect(labels).to.deep.equal([catalog['picture.tidy-up'], lang === 'es' ? 'Jugar fuera' : 'اللعب في الخارج']);
      await press(el, nextButton(el));
      const board = inner(el, 'calm-choice');
      await settle(board);
      expect(board.shadowRoot!.querySelector('.card')!.textContent.trim()).to.equal(catalog['picture.break']);
      expect(board.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/check-in/define.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/ar.js';
import type { CalmCheckIn } from '../../src/elements/check-in/calm-check-in.js';
import type { CalmHelp } from '../../src/elements/help/calm-help.js';
import { AUDIENCES, CHECK_IN_STEPS, FACES, feelingsFor, NEEDS, SCALES, type Audience, type CheckInStep, type Scale } from '../../src/content/check-in.js';
import { pictograms, type PictogramId } from '../../src/content/pictograms.js';
import type { CalmCheckInDetail } from '../../src/events.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { type EventDetail, captureWarnings, fakeClockPerTest, deepActiveElement, detailsOf, recordEvents, requestCount, settle, shadowText, storedData } from '../helpers.js';

const EVENTS = ['calm-start', 'calm-step', 'calm-check-in', 'calm-complete', 'calm-help', 'calm-config-error'];
const ALL = 'feelings intensity body needs safety';

const root = (el: CalmCheckIn) => el.shadowRoot!;
const part = (el: CalmCheckIn, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: CalmCheckIn, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const choice = (el: CalmCheckIn, name: string, id: string | number) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"][data-${typeof id === 'number' ? 'value' : 'id'}="${id}"]`)!;
const heading = (el: CalmCheckIn) => part(el, 'heading')!;
const headingText = (el: CalmCheckIn) => heading(el).textContent.trim();
const liveRegion = (el: CalmCheckIn) => root(el).querySelector('[role="status"]')!.textContent.trim();
const topHelp = (el: CalmCheckIn) => root(el).querySelector<CalmHelp>('calm-help[part="help"]');
/** Closes the help dialog and waits until it has closed. */
async function closeHelp(el: CalmCheckIn): Promise<void> {
  const dialog = topHelp(el)!.shadowRoot!.querySelector('dialog')!;
  const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
  topHelp(el)!.close();
  await closed;
  await settle(el);
}
const helpDialogOpen = (el: CalmCheckIn) => Boolean(topHelp(el)?.shadowRoot!.querySelector('dialog')!.open);
const selected = (el: CalmCheckIn) =>
  [...root(el).querySelectorAll<HTMLElement>('[aria-selected="true"], [aria-checked="true"], [aria-pressed="true"], .chosen')].map(
    (b) => b.dataset.id ?? b.dataset.value,
  );

const record = (el: Element) => recordEvents(el, EVENTS);
const named = detailsOf;


async function click(el: CalmCheckIn, target: HTMLElement | null): Promise<void> {
  expect(target, 'control exists').to.exist;
  target!.click();
  await settle(el);
}
const next = (el: CalmCheckIn) => click(el, part(el, 'next'));

/** Presses Tab until `target` has focus (fails if it is not reachable), then `key` if given. */
async function tabTo(el: CalmCheckIn, target: HTMLElement, key?: string): Promise<void> {
  for (let i = 0; i < 30 && deepActiveElement() !== target; i++) await sendKeys({ press: 'Tab' });
  expect(deepActiveElement(), `${target.getAttribute('part')} ${target.dataset.id ?? target.dataset.value ?? ''} reachable by Tab`).to.equal(target);
  if (key) await press(el, key);
}
async function press(el: CalmCheckIn, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}
const focusedId = () => {
  const active = deepActiveElement() as HTMLElement | null;
  return active?.dataset.id ?? (active?.dataset.value === undefined ? undefined : Number(active.dataset.value));
};

/** What a pointer walk picks on each question, and what the result then says. */
const picks = {
  feelings: (audience: Audience) => feelingsFor(audience).slice(0, 2).map((f) => f.id),
  intensity: 6,
  body: ['stomach', 'chest'],
  needs: ['talk', 'break'],
  safety: 'yes',
} as const;

async function answerByPointer(el: CalmCheckIn, step: CheckInStep, audience: Audience = 'teen'): Promise<void> {
  if (step === 'feelings') for (const id of picks.feelings(audience)) await click(el, choice(el, 'feeling', id));
  // The faces have no 6: their middle face (5) stands in.
  if (step === 'intensity') await click(el, choice(el, 'rating', part(el, 'scale')!.classList.contains('faces') ? 5 : picks.intensity));
  if (step === 'body') for (const id of picks.body) await click(el, choice(el, 'card', id));
  if (step === 'needs') for (const id of picks.needs) await click(el, choice(el, 'card', id));
  if (step === 'safety') await click(el, choice(el, 'answer', picks.safety));
}

function expected(steps: readonly CheckInStep[], answered: boolean, audience: Audience = 'teen'): CalmCheckInDetail {
  const asked = (step: CheckInStep) => steps.includes(step);
  return {
    feelings: asked('feelings') ? (answered ? picks.feelings(audience) : []) : null,
    quadrant: asked('feelings') && answered ? 'high-energy-unpleasant' : null,
    intensity: asked('intensity') && answered ? picks.intensity : null,
    scale: asked('intensity') ? 'numbers' : null,
    // In the order the cards are shown, whatever order they were tapped in.
    body: asked('body') ? (answered ? ['chest', 'stomach'] : []) : null,
    needs: asked('needs') ? (answered ? ['break', 'talk'] : []) : null,
    safety: asked('safety') && answered ? 'yes' : null,
  };
}

describe('<calm-check-in>', () => {
  const clock = fakeClockPerTest();

  it('opens on the first default question, feelings, with help first in keyboard order', async () => {
    const el = await fixture<CalmCheckIn>(html`<calm-check-in region="US"></calm-check-in>`);
    expect(el.step).to.equal('feelings');
    expect(el.value).to.equal(null);
    expect(headingText(el)).to.equal(en['checkIn.feelings.title']);
    expect(part(el, 'progress')!.textContent.trim()).to.equal('Question 1 of 3');
    const help = topHelp(el)!;
    expect(help.compareDocumentPosition(part(el, 'feelings')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('the feelings grid is one multi-select listbox: four labelled quadrants of options, one Tab stop', async () => {
    const el = await fixture<CalmCheckIn>(html`<calm-check-in></calm-check-in>`);
    const listbox = part(el, 'feelings')!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    expect(listbox.getAttribute('aria-multiselectable')).to.equal('true');
    expect(root(el).getElementById(listbox.getAttribute('aria-labelledby')!)).to.equal(heading(el));
    const groups = parts(el, 'quadrant');
    expect(groups.map((g) => g.getAttribute('role'))).to.deep.equal(['group', 'group', 'group', 'group']);
    expect(groups.map((g) => root(el).getElementById(g.getAttribute('aria-labelledby')!)!.textContent.trim())).to.deep.equal([
      en['checkIn.quadrant.high-energy-unpleasant'],
      en['checkIn.quadrant.high-energy-pleasant'],
      en['checkIn.quadrant.low-energy-unpleasant'],
      en['checkIn.quadrant.low-energy-pleasant'],
    ]);
    // Shape and words, not colour alone.
    for (const g of groups) expect(g.querySelector('span[aria-hidden="true"] svg.shape')).to.exist;
    const options = parts(el, 'feeling');
    expect(options.map((o) => o.dataset.id)).to.deep.equal(feelingsFor('teen').map((f) => f.id));
    expect(options.every((o) => o.getAttribute('role') === 'option' && o.getAttribute('aria-selected') === 'false')).to.equal(true);
    expect(options.filter((o) => o.tabIndex === 0)).to.have.length(1);
  });

  for (const audience of AUDIENCES) {
    const scale: Scale = audience === 'child' ? 'faces' : 'numbers';
    it(`${audience}, ${scale}: every question by keyboard alone, focus on each new question, axe on every screen`, async () => {
      // A tablet's width, the same in every browser: two quadrants a row, one word a row in each.
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps=${ALL} audience=${audience} scale=${scale} region="US" style="width: 640px"></calm-check-in>`);
      const events = record(el);
      const feelings = feelingsFor(audience).map((f) => f.id);
      heading(el).focus();

      // Feelings: arrows move in two dimensions, Space and Enter pick, several may be picked.
      await tabTo(el, choice(el, 'feeling', feelings[0]!), ' ');
      expect(selected(el)).to.deep.equal([feelings[0]]);
      await press(el, 'ArrowRight');
      expect(focusedId(), 'right: the pleasant quadrant').to.equal(feelings[4]);
      await press(el, 'Enter');
      await press(el, 'ArrowDown');
      expect(focusedId()).to.equal(feelings[5]);
      for (let i = 0; i < 3; i++) await press(el, 'ArrowDown');
      expect(focusedId(), 'down into the low-energy quadrant').to.equal(feelings[12]);
      await press(el, 'ArrowLeft');
      expect(focusedId()).to.equal(feelings[8]);
      await press(el, ' ');
      await press(el, 'End');
      expect(focusedId()).to.equal(feelings.at(-1));
      await press(el, 'Home');
      expect(focusedId()).to.equal(feelings[0]);
      await press(el, ' ');
      expect(selected(el)).to.deep.equal([feelings[4], feelings[8]]);
      await expect(el).to.be.accessible();
      await tabTo(el, part(el, 'next')!, 'Enter');

      // Intensity: a radio group; arrows move and check, and wrap.
      expect(el.step).to.equal('intensity');
      expect(deepActiveElement(), 'focus on the new question').to.equal(heading(el));
      expect(headingText(el)).to.equal(en[scale === 'faces' ? 'checkIn.faces.title' : 'checkIn.intensity.title']);
      await tabTo(el, parts(el, 'rating')[0]!);
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      const rating = scale === 'faces' ? 5 : 2;
      expect(focusedId()).to.equal(rating);
      expect(selected(el)).to.deep.equal([String(rating)]);
      await press(el, 'ArrowLeft');
      await press(el, 'ArrowLeft');
      await press(el, 'ArrowLeft');
      expect(focusedId(), 'wraps round').to.equal(10);
      await press(el, 'Home');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      expect(selected(el)).to.deep.equal([String(rating)]);
      await expect(el).to.be.accessible();
      await tabTo(el, part(el, 'next')!, 'Enter');

      // Body: toggle cards.
      expect(el.step).to.equal('body');
      expect(deepActiveElement()).to.equal(heading(el));
      await tabTo(el, choice(el, 'card', 'chest'), ' ');
      await tabTo(el, choice(el, 'card', 'legs'), 'Enter');
      expect(selected(el)).to.deep.equal(['chest', 'legs']);
      if (audience === 'child') expect(shadowText(el)).to.contain('Tummy').and.not.contain('Stomach');
      await expect(el).to.be.accessible();
      await tabTo(el, part(el, 'next')!, 'Enter');

      // Needs.
      expect(el.step).to.equal('needs');
      await tabTo(el, choice(el, 'card', 'water'), 'Enter');
      await expect(el).to.be.accessible();
      await tabTo(el, part(el, 'next')!, 'Enter');

      // Safety.
      expect(el.step).to.equal('safety');
      expect(deepActiveElement()).to.equal(heading(el));
      await tabTo(el, choice(el, 'answer', 'yes'), ' ');
      expect(selected(el)).to.deep.equal(['yes']);
      await expect(el).to.be.accessible();
      expect(part(el, 'next')!.textContent.trim()).to.equal(en['checkIn.finish']);
      clock.advance(42000);
      await tabTo(el, part(el, 'next')!, 'Enter');

      expect(el.step).to.equal(null);
      expect(headingText(el)).to.equal(en['checkIn.done.title']);
      expect(deepActiveElement()).to.equal(heading(el));
      await expect(el).to.be.accessible();
      const result: CalmCheckInDetail = {
        feelings: [feelings[4]!, feelings[8]!],
        quadrant: 'mixed',
        intensity: rating,
        scale,
        body: ['chest', 'legs'],
        needs: ['water'],
        safety: 'yes',
      };
      expect(el.value).to.deep.equal(result);
      expect(named(events, 'calm-check-in')).to.deep.equal([result]);
      expect(named(events, 'calm-complete')).to.deep.equal([{ activity: 'check-in', elapsedMs: 42000, finished: true }]);
      expect(named(events, 'calm-step')).to.deep.equal(
        ['intensity', 'body', 'needs', 'safety'].map((step, i) => ({ activity: 'check-in', step, index: i + 1, total: 5 })),
      );
      expect(named(events, 'calm-help')).to.deep.equal([]);
    });
  }

  describe('the result for every combination of steps (pointer)', () => {
    for (let mask = 1; mask < 1 << CHECK_IN_STEPS.length; mask++) {
      const steps = CHECK_IN_STEPS.filter((_, i) => mask & (1 << i));
      it(`steps="${steps.join(' ')}": answered, then all skipped`, async () => {
        const el = await fixture<CalmCheckIn>(html`<calm-check-in steps=${steps.join(' ')} help="none"></calm-check-in>`);
        const events = record(el);
        for (const [i, step] of steps.entries()) {
          expect(el.step).to.equal(step);
          expect(part(el, 'progress')!.textContent.trim()).to.equal(`Question ${i + 1} of ${steps.length}`);
          await answerByPointer(el, step);
          await next(el);
        }
        expect(el.step).to.equal(null);
        expect(el.value).to.deep.equal(expected(steps, true));
        expect(named(events, 'calm-check-in')).to.deep.equal([expected(steps, true)]);

        await click(el, part(el, 'again'));
        expect(el.value).to.equal(null);
        expect(selected(el)).to.deep.equal([]);
        for (const step of steps) {
          await answerByPointer(el, step);
          await click(el, part(el, 'skip'));
        }
        expect(el.value).to.deep.equal(expected(steps, false));
        expect(named(events, 'calm-check-in')).to.deep.equal([expected(steps, true), expected(steps, false)]);
        expect(named(events, 'calm-help')).to.deep.equal([]);
      });
    }

    it("asks in the host's order and reports the same shape", async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="safety needs body intensity feelings" audience="adult"></calm-check-in>`);
      const order: string[] = [];
      for (let i = 0; i < 5; i++) {
        order.push(el.step!);
        await answerByPointer(el, el.step!, 'adult');
        await next(el);
      }
      expect(order).to.deep.equal(['safety', 'needs', 'body', 'intensity', 'feelings']);
      expect(Object.keys(el.value!)).to.deep.equal(['feelings', 'quadrant', 'intensity', 'scale', 'body', 'needs', 'safety']);
      expect(el.value).to.deep.equal(expected(CHECK_IN_STEPS, true, 'adult'));
    });

    it('an empty answer and Next give the same result as Skip', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps=${ALL}></calm-check-in>`);
      for (let i = 0; i < 5; i++) await next(el);
      expect(el.value).to.deep.equal(expected(CHECK_IN_STEPS, false));
    });
  });

  describe('moving through questions', () => {
    it('Skip clears only that question; Back keeps earlier answers; Back is off on the first question', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in></calm-check-in>`);
      expect((part(el, 'back') as HTMLButtonElement).disabled).to.equal(true);
      await answerByPointer(el, 'feelings');
      await next(el);
      await answerByPointer(el, 'intensity');
      await click(el, part(el, 'back'));
      expect(el.step).to.equal('feelings');
      expect(selected(el)).to.deep.equal(picks.feelings('teen'));
      expect(deepActiveElement()).to.equal(heading(el));
      await next(el);
      expect(selected(el), 'the rating is still there').to.deep.equal(['6']);
      await click(el, part(el, 'skip'));
      await click(el, part(el, 'back'));
      expect(el.step).to.equal('intensity');
      expect(selected(el), 'skip took the rating away').to.deep.equal([]);
      await next(el);
      await answerByPointer(el, 'needs');
      await next(el);
      expect(el.value).to.deep.include({ feelings: picks.feelings('teen'), intensity: null, needs: ['break', 'talk'] });
    });

    it('a picked feeling, card or rating can be unpicked', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="feelings needs"></calm-check-in>`);
      const angry = choice(el, 'feeling', 'angry');
      await click(el, angry);
      expect(angry.getAttribute('aria-selected')).to.equal('true');
      await click(el, angry);
      expect(angry.getAttribute('aria-selected')).to.equal('false');
      await next(el);
      await click(el, choice(el, 'card', 'quiet'));
      await click(el, choice(el, 'card', 'quiet'));
      await next(el);
      expect(el.value).to.deep.include({ feelings: [], quadrant: null, needs: [] });
    });

    it('fires calm-step only when the person moves, and moves focus only then', async () => {
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      const el = document.createElement('calm-check-in');
      el.steps = 'feelings body';
      const events = record(el);
      document.body.append(el);
      await settle(el);
      expect(events, 'nothing fires on load').to.deep.equal([]);
      expect(document.activeElement, 'loading moves no focus').to.equal(outside);
      await next(el);
      expect(named(events, 'calm-step')).to.deep.equal([{ activity: 'check-in', step: 'body', index: 1, total: 2 }]);
      outside.focus();
      el.reset();
      await settle(el);
      expect(document.activeElement, 'reset() moves no focus').to.equal(outside);
      expect(events.map((e) => e.type)).to.deep.equal(['calm-step']);
      for (const event of events) expect(event.bubbles && event.composed).to.equal(true);
      outside.remove();
      el.remove();
    });

    it('announces the new question politely, once, in the one live region', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in></calm-check-in>`);
      await next(el);
      clock.advance(200);
      await settle(el);
      expect(liveRegion(el)).to.equal('Question 2 of 3');
      expect(root(el).querySelectorAll('[aria-live]')).to.have.length(1);
    });

    it('ends on a gentle thank-you with no score, and fires calm-check-in then calm-complete once', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in help="none"></calm-check-in>`);
      const events = record(el);
      await answerByPointer(el, 'feelings');
      await next(el);
      await answerByPointer(el, 'intensity');
      await next(el);
      await next(el);
      const screen = part(el, 'screen')!.textContent.replace(/\s+/g, ' ').trim();
      expect(screen).to.contain(en['checkIn.done.title']).and.contain(en['checkIn.done.text']);
      expect(screen, 'no number, no score').not.to.match(/\d/);
      expect(events.map((e) => e.type).filter((t) => t !== 'calm-step')).to.deep.equal(['calm-check-in', 'calm-complete']);
      expect(part(el, 'feelings')).to.equal(null);
    });
  });

  describe('safety', () => {
    for (const answer of ['no', 'not-sure'] as const) {
      it(`"${answer}" shows call and text links at once, fires calm-help "safety", and asks nothing more`, async () => {
        const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="safety needs" region="US" audience="child"></calm-check-in>`);
        const events = record(el);
        expect(part(el, 'safety-help')).to.equal(null);
        await click(el, choice(el, 'answer', answer));
        const panel = part(el, 'safety-help')!.querySelector<CalmHelp>('calm-help')!;
        await panel.updateComplete;
        expect(panel.variant).to.equal('panel');
        expect(panel.region).to.equal('US');
        const links = [...panel.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.getAttribute('href'));
        expect(links).to.include('tel:988').and.include('sms:988');
        expect(shadowText(el)).to.contain(en['checkIn.safety.help']);
        // A child is told first to tell a grown-up they trust, before any number.
        const grownUp = panel.shadowRoot!.querySelector('[part="grown-up"]')!;
        expect(grownUp.textContent).to.equal(en['help.child']);
        expect(grownUp.compareDocumentPosition(panel.shadowRoot!.querySelector('a[href^="tel:"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect(panel.reason).to.equal(answer === 'no' ? 'danger' : 'none');
        expect(named(events, 'calm-help')).to.deep.equal([{ reason: 'safety' }]);
        expect(root(el).querySelector('input, textarea, select, [contenteditable]'), 'never asks to explain').to.equal(null);
        clock.advance(200);
        await settle(el);
        expect(liveRegion(el)).to.equal(en['checkIn.safety.help']);
        await expect(el).to.be.accessible();
        await next(el);
        await next(el);
        expect(el.value).to.deep.include({ safety: answer });
      });
    }

    it('"yes" shows nothing extra; help once shown stays, and is told once per danger signal', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="safety" region="US" audience="adult"></calm-check-in>`);
      const events = record(el);
      await click(el, choice(el, 'answer', 'yes'));
      expect(part(el, 'safety-help')).to.equal(null);
      await click(el, choice(el, 'answer', 'no'));
      await click(el, choice(el, 'answer', 'not-sure'));
      expect(named(events, 'calm-help')).to.have.length(1);
      expect(shadowText(el), 'no grown-up line for adults').not.to.contain(en['checkIn.safety.trusted']);
      await click(el, choice(el, 'answer', 'yes'));
      expect(part(el, 'safety-help'), 'help does not vanish').to.exist;
      await click(el, choice(el, 'answer', 'no'));
      expect(named(events, 'calm-help')).to.deep.equal([{ reason: 'safety' }, { reason: 'safety' }]);
      await next(el);
      expect(part(el, 'safety-help'), 'still there on the closing screen').to.exist;
      el.reset();
      await settle(el);
      expect(part(el, 'safety-help')).to.equal(null);
    });

    it('"No" shows the emergency number first, then the crisis lines; it stays first after "not sure"', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="safety" region="US" audience="adult"></calm-check-in>`);
      await click(el, choice(el, 'answer', 'no'));
      const panel = part(el, 'safety-help')!.querySelector<CalmHelp>('calm-help')!;
      await panel.updateComplete;
      const tel = () => [...panel.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      expect(tel()[0]).to.equal('tel:911');
      expect(tel().slice(1)).to.include('tel:988');
      expect(panel.shadowRoot!.querySelector('[part="emergency"]')!.classList.contains('first')).to.equal(true);
      expect(panel.audience).to.equal('adult');
      await click(el, choice(el, 'answer', 'not-sure'));
      await panel.updateComplete;
      expect(tel()[0]).to.equal('tel:911');
      await expect(el).to.be.accessible();
    });

    it('a teenager is also reminded of a grown-up they trust; the help control knows who reads it', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="safety" region="US"></calm-check-in>`);
      expect(topHelp(el)!.audience).to.equal('teen');
      await click(el, choice(el, 'answer', 'not-sure'));
      expect(shadowText(el)).to.contain(en['checkIn.safety.trusted']);
      const child = await fixture<CalmCheckIn>(html`<calm-check-in steps="safety" region="US" audience="child"></calm-check-in>`);
      expect(topHelp(child)!.audience).to.equal('child');
    });

    it('with help="none" the host is told, and the links still show', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="safety" help="none" region="GB"></calm-check-in>`);
      const events = record(el);
      expect(topHelp(el)).to.equal(null);
      await click(el, choice(el, 'answer', 'not-sure'));
      expect(named(events, 'calm-help')).to.deep.equal([{ reason: 'safety' }]);
      expect(part(el, 'safety-help')!.querySelector('calm-help')!.region).to.equal('GB');
    });
  });

  describe('threshold', () => {
    it('a rating at or above it offers help gently and fires calm-help "threshold", without opening help', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" threshold="7" region="US"></calm-check-in>`);
      const events = record(el);
      await click(el, choice(el, 'rating', 6));
      expect(part(el, 'offer')).to.equal(null);
      await click(el, choice(el, 'rating', 7));
      expect(part(el, 'offer')!.textContent).to.contain(en['checkIn.threshold']);
      expect(named(events, 'calm-help')).to.deep.equal([{ reason: 'threshold' }]);
      expect(helpDialogOpen(el), 'offered, not forced').to.equal(false);
      expect(el.step).to.equal('intensity');
      await expect(el).to.be.accessible();
      await click(el, choice(el, 'rating', 10));
      expect(named(events, 'calm-help'), 'once while it stays high').to.have.length(1);
      await click(el, choice(el, 'rating', 3));
      expect(part(el, 'offer')).to.equal(null);
      await click(el, choice(el, 'rating', 8));
      expect(named(events, 'calm-help')).to.have.length(2);
      await click(el, part(el, 'offer-help'));
      expect(helpDialogOpen(el), 'the offer opens help when taken').to.equal(true);
      expect(named(events, 'calm-help').at(-1)).to.deep.equal({ reason: 'button' });
      topHelp(el)!.close();
    });

    it('by keyboard: arrowing up to it offers help', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" threshold="2" help="none"></calm-check-in>`);
      const events = record(el);
      heading(el).focus();
      await tabTo(el, choice(el, 'rating', 0));
      await press(el, 'ArrowRight');
      expect(named(events, 'calm-help')).to.deep.equal([]);
      await press(el, 'ArrowRight');
      expect(named(events, 'calm-help')).to.deep.equal([{ reason: 'threshold' }]);
      expect(part(el, 'offer')).to.exist;
    });

    it('faces count on the same 0–10 scale', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" scale="faces" threshold="8"></calm-check-in>`);
      const events = record(el);
      expect(parts(el, 'rating').map((r) => Number(r.dataset.value))).to.deep.equal(FACES.map((f) => f.value));
      await click(el, choice(el, 'rating', 5));
      expect(named(events, 'calm-help')).to.deep.equal([]);
      await click(el, choice(el, 'rating', 8));
      expect(named(events, 'calm-help')).to.deep.equal([{ reason: 'threshold' }]);
      await next(el);
      expect(el.value).to.deep.include({ intensity: 8, scale: 'faces' });
    });

    it('without a threshold, no rating offers help', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity"></calm-check-in>`);
      const events = record(el);
      await click(el, choice(el, 'rating', 10));
      expect(part(el, 'offer')).to.equal(null);
      expect(events).to.deep.equal([]);
    });

    it('never labels the person from the number', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" threshold="9"></calm-check-in>`);
      const before = shadowText(el);
      await click(el, choice(el, 'rating', 10));
      const offer = part(el, 'offer')!.textContent.replace(/\s+/g, ' ').trim();
      expect(offer).to.equal(`${en['checkIn.threshold']} ${en['help.open']}`);
      // What is said aloud is the same offer, with no label either.
      const said = el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
      expect(said).to.equal(en['checkIn.threshold']);
      expect(shadowText(el).replace(offer, '').replace(said, '').replace(/\s+/g, ' ').trim()).to.equal(before.trim());
    });
  });

  describe('"I need help now"', () => {
    it('opens help at once and fires calm-help "need"; every press opens it again', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="needs" region="US"></calm-check-in>`);
      const events = record(el);
      const card = choice(el, 'card', 'help-now');
      expect(card.getAttribute('part')).to.contain('help-now');
      await click(el, card);
      await settle(el);
      expect(helpDialogOpen(el)).to.equal(true);
      expect(named(events, 'calm-help')).to.deep.equal([{ reason: 'need' }]);
      await closeHelp(el);
      await click(el, card);
      expect(helpDialogOpen(el)).to.equal(true);
      expect(named(events, 'calm-help')).to.have.length(2);
      topHelp(el)!.close();
      await next(el);
      expect(el.value!.needs).to.deep.equal(['help-now']);
    });

    it('with help="none", tells the host', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="needs" help="none"></calm-check-in>`);
      const events = record(el);
      await click(el, choice(el, 'card', 'help-now'));
      expect(named(events, 'calm-help')).to.deep.equal([{ reason: 'need' }]);
      expect(root(el).querySelector('calm-help')).to.equal(null);
    });
  });

  describe('reset and privacy', () => {
    it('reset() clears answers, result and live region, and returns to the first question; fires nothing', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps=${ALL} threshold="5"></calm-check-in>`);
      for (const step of CHECK_IN_STEPS) {
        await answerByPointer(el, step);
        await next(el);
      }
      expect(el.value).not.to.equal(null);
      const events = record(el);
      el.reset();
      await settle(el);
      expect(el.value).to.equal(null);
      expect(el.step).to.equal('feelings');
      expect(liveRegion(el)).to.equal('');
      expect(events).to.deep.equal([]);
      // Mid-way, too: nothing chosen before the reset is there after it.
      await answerByPointer(el, 'feelings');
      await next(el);
      await answerByPointer(el, 'intensity');
      el.reset();
      await settle(el);
      clock.advance(5000);
      await settle(el);
      expect(liveRegion(el)).to.equal('');
      for (const step of CHECK_IN_STEPS) {
        expect(selected(el), step).to.deep.equal([]);
        expect(part(el, 'offer')).to.equal(null);
        await next(el);
      }
      expect(el.value).to.deep.equal(expected(CHECK_IN_STEPS, false));
    });

    it('is reset when removed from the page', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in></calm-check-in>`);
      await answerByPointer(el, 'feelings');
      await next(el);
      el.remove();
      expect(el.step).to.equal('feelings');
      document.body.append(el);
      await settle(el);
      expect(selected(el)).to.deep.equal([]);
      el.remove();
    });

    it('.value is a fresh copy each read, and the event detail is its own copy', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="feelings body"></calm-check-in>`);
      let detail: CalmCheckInDetail | undefined;
      el.addEventListener('calm-check-in', (e) => (detail = e.detail));
      await answerByPointer(el, 'feelings');
      await next(el);
      await next(el);
      const value = el.value!;
      value.feelings!.push('made-up');
      detail!.body!.push('made-up');
      expect(el.value).to.deep.equal({ ...expected(['feelings', 'body'], true), body: [] });
      expect(el.value).not.to.equal(el.value);
    });

    it('sends nothing, stores nothing and logs nothing a person chose', async () => {
      const log = sinon.spy(console, 'log');
      const info = sinon.spy(console, 'info');
      try {
        const requests = requestCount();
        const el = await fixture<CalmCheckIn>(html`<calm-check-in steps=${ALL} help="none"></calm-check-in>`);
        for (const step of CHECK_IN_STEPS) {
          await answerByPointer(el, step);
          await next(el);
        }
        expect(requestCount()).to.equal(requests);
        expect(await storedData()).to.deep.equal({ cookies: '', local: 0, session: 0, databases: 0, caches: 0 });
        expect(log.callCount + info.callCount).to.equal(0);
      } finally {
        log.restore();
        info.restore();
      }
    });
  });

  describe('bad input', () => {
    const progress = (el: CalmCheckIn) => part(el, 'progress')!.textContent;
    const noOffer = async (el: CalmCheckIn, events: Array<CustomEvent<EventDetail>>) => {
      await next(el);
      await click(el, choice(el, 'rating', 10));
      expect(part(el, 'offer')).to.equal(null);
      expect(named(events, 'calm-help')).to.deep.equal([]);
    };
    const cases: Array<[string, string, string, (el: CalmCheckIn, events: Array<CustomEvent<EventDetail>>) => void | Promise<void>]> = [
      ['steps', 'dance feelings sing', 'feelings, intensity, body, needs, safety', (el) => {
        expect(progress(el)).to.contain('1 of 1');
      }],
      ['steps', 'dance', 'feelings, intensity, body, needs, safety', (el) => {
        expect(progress(el)).to.contain('1 of 3');
      }],
      ['audience', 'toddler', 'child, teen, adult', (el) => {
        expect(parts(el, 'feeling').map((f) => f.dataset.id)).to.deep.equal(feelingsFor('teen').map((f) => f.id));
      }],
      ['scale', 'stars', 'numbers, faces', async (el) => {
        await next(el);
        expect(parts(el, 'rating')).to.have.length(11);
      }],
      ['threshold', 'high', 'a number from 0 to 10', noOffer],
      ['threshold', '11', 'a number from 0 to 10', noOffer],
      ['threshold', '-1', 'a number from 0 to 10', noOffer],
    ];
    for (const [attribute, value, accepted, check] of cases) {
      it(`${attribute}="${value}" warns once, naming the element and accepted values, and falls back`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<CalmCheckIn>(html`<calm-check-in></calm-check-in>`);
          const events = record(el);
          el.setAttribute(attribute, value);
          await settle(el);
          el.requestUpdate();
          await settle(el);
          const mine = warnings.messages.filter((m) => m.includes(attribute));
          expect(mine, mine.join('\n')).to.have.length(1);
          expect(mine[0]).to.contain('<calm-check-in>').and.contain(accepted).and.contain(value);
          await check(el, events);
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }

    it('an empty steps attribute means the default, without a warning; repeats are asked once', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CalmCheckIn>(html`<calm-check-in steps=""></calm-check-in>`);
        expect(part(el, 'progress')!.textContent).to.contain('of 3');
        el.steps = 'needs needs feelings';
        await settle(el);
        expect(part(el, 'progress')!.textContent).to.contain('1 of 2');
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('setters never throw on nonsense, and the element keeps working', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CalmCheckIn>(html`<calm-check-in></calm-check-in>`);
        const loose = el as unknown as Record<string, unknown>;
        expect(() => {
          loose.steps = { toString: () => 'safety' };
          loose.audience = 42;
          loose.scale = null;
          loose.threshold = {};
        }).not.to.throw();
        await settle(el);
        expect(el.step).to.be.a('string');
        await next(el);
        expect(warnings.messages.length).to.be.at.least(2);
      } finally {
        warnings.restore();
      }
    });

    it('starts over when the host changes the questions mid-way', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in></calm-check-in>`);
      await answerByPointer(el, 'feelings');
      await next(el);
      el.audience = 'child';
      await settle(el);
      expect(el.step).to.equal('feelings');
      expect(selected(el)).to.deep.equal([]);
      expect(parts(el, 'feeling').map((f) => f.dataset.id)).to.deep.equal(feelingsFor('child').map((f) => f.id));
    });
  });

  describe('axe in every question, audience and scale', () => {
    for (const audience of AUDIENCES) {
      for (const scale of SCALES) {
        it(`${audience}, ${scale}`, async () => {
          const el = await fixture<CalmCheckIn>(html`<calm-check-in steps=${ALL} audience=${audience} scale=${scale} threshold="0" region="US"></calm-check-in>`);
          for (const step of CHECK_IN_STEPS) {
            await answerByPointer(el, step, audience);
            if (step === 'safety') await click(el, choice(el, 'answer', 'not-sure'));
            await expect(el).to.be.accessible();
            await next(el);
          }
          await expect(el).to.be.accessible();
        });
      }
    }

    for (const theme of ['dark', 'contrast'] as const) {
      it(`the ${theme} theme`, async () => {
        const el = await fixture<CalmCheckIn>(html`<calm-check-in steps=${ALL} theme=${theme} threshold="5" region="US"></calm-check-in>`);
        for (const step of CHECK_IN_STEPS) {
          await answerByPointer(el, step);
          await expect(el).to.be.accessible();
          await next(el);
        }
      });
    }
  });

  it('adds no landmark of its own: two check-ins on one page pass axe, each question a labelled group', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <calm-check-in region="US"></calm-check-in>
      <calm-check-in steps="intensity needs" region="US"></calm-check-in>
    </div>`);
    const [first, second] = [...page.querySelectorAll<CalmCheckIn>('calm-check-in')];
    await settle(first!);
    await settle(second!);
    for (const el of [first!, second!]) {
      const landmarks = 'main, nav, aside, header, footer, form[aria-label], form[aria-labelledby], section[aria-label], section[aria-labelledby], [role="region"], [role="main"], [role="complementary"], [role="navigation"], [role="contentinfo"], [role="banner"], [role="form"], [role="search"]';
      expect(root(el).querySelectorAll(landmarks).length, 'landmarks in the shadow root').to.equal(0);
      const screen = part(el, 'screen')!;
      expect(screen.getAttribute('role')).to.equal('group');
      expect(root(el).getElementById(screen.getAttribute('aria-labelledby')!)).to.equal(heading(el));
    }
    await expect(page).to.be.accessible();
  });

  describe('languages and direction', () => {
    for (const [lang, catalog] of [
      ['es', es],
      ['fr', fr],
      ['ar', ar],
    ] as const) {
      it(`speaks ${lang}${lang === 'ar' ? ', right to left' : ''}, on every question`, async () => {
        const el = await fixture<HTMLElement>(html`<div lang=${lang}><calm-check-in steps=${ALL} audience="child" region="US"></calm-check-in></div>`).then(
          (div) => div.querySelector('calm-check-in')!,
        );
        await settle(el);
        expect(part(el, 'base')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        for (const step of CHECK_IN_STEPS) {
          expect(headingText(el)).to.equal(catalog[`checkIn.${step}.title`]);
          await answerByPointer(el, step, 'child');
          await expect(el).to.be.accessible();
          await next(el);
        }
        expect(headingText(el)).to.equal(catalog['checkIn.done.title']);
        expect(el.value, 'English ids, never words in the page language').to.deep.equal(expected(CHECK_IN_STEPS, true, 'child'));
      });
    }

    it('right to left: the grid is mirrored and the arrows follow what the person sees', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in dir="rtl" lang="ar" steps="feelings intensity" style="width: 640px"></calm-check-in>`);
      await settle(el);
      const feelings = feelingsFor('teen').map((f) => f.id);
      const [unpleasant, pleasant] = parts(el, 'quadrant');
      expect(pleasant!.getBoundingClientRect().right, 'pleasant sits on the left').to.be.at.most(unpleasant!.getBoundingClientRect().left + 1);
      choice(el, 'feeling', feelings[0]!).focus();
      await press(el, 'ArrowLeft');
      expect(focusedId()).to.equal(feelings[4]);
      await press(el, 'ArrowRight');
      expect(focusedId()).to.equal(feelings[0]);
      await next(el);
      choice(el, 'rating', 5).focus();
      await press(el, 'ArrowLeft');
      expect(selected(el)).to.deep.equal(['6']);
    });
  });

  describe('seeing and touching', () => {
    it("has the chosen words' bold ready before the first choice: an unseen space in that font, out of the flow", async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in></calm-check-in>`);
      const ready = getComputedStyle(part(el, 'screen')!, '::after');
      expect(ready.content).not.to.be.oneOf(['none', 'normal', '']);
      expect(ready.visibility).to.equal('hidden');
      expect(ready.position).to.equal('absolute');
      const feeling = parts(el, 'feeling')[0]!;
      const unchosen = getComputedStyle(feeling).fontWeight;
      await click(el, feeling);
      const chosen = getComputedStyle(feeling);
      expect(chosen.fontWeight).not.to.equal(unchosen);
      expect({ size: ready.fontSize, weight: ready.fontWeight, family: ready.fontFamily }).to.deep.equal({ size: chosen.fontSize, weight: chosen.fontWeight, family: chosen.fontFamily });
    });

    for (const scale of SCALES) {
      it(`makes every control at least 44 px tall and 44 px wide (the numbers 24 px apart), the cards 48 px tall, 320 px wide (${scale})`, async () => {
        const el = await fixture<CalmCheckIn>(html`<calm-check-in steps=${ALL} scale=${scale} style="width: 320px"></calm-check-in>`);
        for (const step of CHECK_IN_STEPS) {
          for (const control of root(el).querySelectorAll('button')) {
            const box = control.getBoundingClientRect();
            expect(box.height, `${step}: ${control.textContent.trim()}`).to.be.at.least(44);
            // The eleven numbers share one row: WCAG 2.5.8's spacing rule instead (tested below).
            if (!control.closest('.numbers')) expect(box.width, `${step}: ${control.textContent.trim()}`).to.be.at.least(44);
          }
          for (const card of [...parts(el, 'card'), ...parts(el, 'answer')]) expect(card.getBoundingClientRect().height).to.be.at.least(48);
          expect(el.scrollWidth, `${step}: nothing sticks out sideways`).to.be.at.most(320);
          await next(el);
        }
      });
    }

    /** The words of `button` that the layout split over two lines (first and last letter on different lines). */
    const brokenWords = (button: HTMLElement): string[] => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      const lineOf = (node: Node, at: number) => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return Math.round(range.getBoundingClientRect().top);
      };
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent!.matchAll(/\S+/g)) {
          if (lineOf(node, match.index) !== lineOf(node, match.index + match[0].length - 1)) broken.push(match[0]);
        }
      }
      return broken;
    };
    for (const width of [320, 360]) {
      it(`never breaks a feeling word in two, ${width} px wide, for every audience in every language`, async () => {
        for (const lang of ['en', 'es', 'fr', 'ar']) {
          for (const audience of AUDIENCES) {
            const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="feelings" lang=${lang} audience=${audience} style=${`width: ${width}px`}></calm-check-in>`);
            await settle(el);
            const broken = parts(el, 'feeling').flatMap(brokenWords);
            expect(broken, `${lang}, ${audience}`).to.deep.equal([]);
            expect(el.scrollWidth, `${lang}, ${audience}: nothing sticks out sideways`).to.be.at.most(width);
          }
        }
      });
    }

    // French "possible" once stuck out of its card: the words were sized by the window, not the row.
    // 296 px: the narrowest row the check-in keeps (264 px, see the numbers).
    for (const width of [296, 320, 360]) {
      it(`keeps the words under each face inside its card, no word broken in two, ${width} px wide, for every audience in every language, in light and contrast`, async () => {
        const cases = ['en', 'es', 'fr', 'ar'].flatMap((lang) => AUDIENCES.flatMap((audience) => ['light', 'contrast'].map((theme) => ({ lang, audience, theme }))));
        for (const { lang, audience, theme } of cases) {
          const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" scale="faces" lang=${lang} audience=${audience} theme=${theme} style=${`width: ${width}px`}></calm-check-in>`);
          await settle(el);
          for (const rating of parts(el, 'rating')) {
            const card = rating.getBoundingClientRect();
            const range = document.createRange();
            range.selectNodeContents(rating.querySelector('[part="rating-label"]')!);
            const words = range.getBoundingClientRect();
            const said = `${lang}, ${audience}, ${theme}: ${range.toString()}`;
            // Inside the card's border (2 px in contrast), give or take WebKit's rounding of text to whole pixels.
            const inner = parseFloat(getComputedStyle(rating).borderInlineStartWidth) - 0.5;
            expect(words.left, said).to.be.at.least(card.left + inner);
            expect(words.right, said).to.be.at.most(card.right - inner);
          }
          expect(parts(el, 'rating').flatMap(brokenWords), `${lang}, ${audience}, ${theme}`).to.deep.equal([]);
        }
      });
    }

    it('after "not sure" on a 320 px phone, no word of the call and text buttons breaks in two', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="safety" region="US" style="width: 320px"></calm-check-in>`);
      await click(el, choice(el, 'answer', 'not-sure'));
      const help = root(el).querySelector<CalmHelp>('[part="safety-help"] calm-help')!;
      await settle(help);
      const links = [...help.shadowRoot!.querySelectorAll<HTMLElement>('[part~="link"]')];
      expect(links.map((l) => l.textContent.replace(/\s+/g, ' ').trim())).to.include('Call 988, then press 1 (For veterans)');
      expect(links.flatMap(brokenWords)).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('keeps its width inside a flex row (no size containment)', async () => {
      const row = await fixture<HTMLElement>(html`<div style="display: flex; width: 600px"><calm-check-in steps="intensity"></calm-check-in></div>`);
      const el = row.querySelector('calm-check-in')!;
      await settle(el);
      expect(el.getBoundingClientRect().width).to.be.greaterThan(300);
    });

    it('shows what is chosen with a check mark and a border, not colour alone', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="feelings body"></calm-check-in>`);
      for (const name of ['feeling', 'card']) {
        const [on, off] = parts(el, name);
        await click(el, on!);
        const check = (b: HTMLElement) => getComputedStyle(b.querySelector('.check')!).visibility;
        expect(check(on!)).to.equal('visible');
        expect(check(off!)).to.equal('hidden');
        expect(getComputedStyle(on!).boxShadow).not.to.equal(getComputedStyle(off!).boxShadow);
        expect(getComputedStyle(on!).fontWeight).not.to.equal(getComputedStyle(off!).fontWeight);
        await next(el);
      }
    });

    for (const width of [320, 360, 768]) {
      it(`puts a chosen answer's check mark clear of its picture and its words, ${width} px wide, left to right and right to left`, async () => {
        const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        /** One box per line of the control's words (its text, not its pictures). */
        const wordsBox = (control: HTMLElement) => {
          const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
          const boxes: DOMRect[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            boxes.push(...[...range.getClientRects()].filter((r) => r.width > 0));
          }
          return boxes;
        };
        for (const lang of ['en', 'ar']) {
          for (const [steps, audience, scale, name] of [
            ['intensity', 'child', 'faces', 'rating'],
            ['feelings', 'child', 'numbers', 'feeling'],
            ['feelings', 'teen', 'numbers', 'feeling'],
            ['needs', 'teen', 'numbers', 'card'],
          ] as const) {
            const el = await fixture<CalmCheckIn>(html`<calm-check-in steps=${steps} audience=${audience} scale=${scale} lang=${lang} style=${`width: ${width}px`}></calm-check-in>`);
            await settle(el);
            for (const control of parts(el, name)) {
              if (control.matches('[part~="help-now"]')) continue;
              control.click();
              await settle(el);
              const check = control.querySelector('.check')!.getBoundingClientRect();
              const picture = control.querySelector('svg:not(.check)')?.getBoundingClientRect();
              const where = `${lang} ${steps} ${audience}: ${control.textContent.trim()}`;
              expect(getComputedStyle(control.querySelector('.check')!).visibility, where).to.equal('visible');
              if (picture) expect(overlap(check, picture), `${where}: the check covers the picture`).to.equal(false);
              for (const line of wordsBox(control)) expect(overlap(check, line), `${where}: the check covers the words`).to.equal(false);
              // Inside its own control.
              const box = control.getBoundingClientRect();
              expect(check.left >= box.left - 0.5 && check.right <= box.right + 0.5 && check.top >= box.top - 0.5 && check.bottom <= box.bottom + 0.5, `${where}: inside`).to.equal(true);
              if (steps === 'feelings' || steps === 'needs') control.click();
              await settle(el);
            }
          }
        }
      });
    }

    it('moves nothing under reduced motion', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in motion="reduce"></calm-check-in>`);
      for (const control of root(el).querySelectorAll('button')) expect(parseFloat(getComputedStyle(control).transitionDuration)).to.equal(0);
    });

    it('draws its pictures inline, hidden from screen readers', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="feelings intensity body needs" scale="faces"></calm-check-in>`);
      for (let i = 0; i < 4; i++) {
        const svgs = [...root(el).querySelectorAll('svg')];
        expect(svgs.length).to.be.greaterThan(0);
        for (const svg of svgs) expect(svg.getAttribute('aria-hidden')).to.equal('true');
        expect(root(el).querySelector('img, image, use[href]')).to.equal(null);
        await next(el);
      }
    });
  });

  describe('the scales and children', () => {
    const box = (e: Element) => e.getBoundingClientRect();
    const centre = (r: DOMRect) => r.left + r.width / 2;
    /** Where the words themselves sit (not their grid cell). */
    const textBox = (e: Element) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return range.getBoundingClientRect();
    };

    const layouts = [
      ['a 320 px screen', 320, 0],
      ['a 360 px screen', 360, 0],
      ['a 768 px tablet', 768, 0],
      ['a 320 px screen, inside a padded box (as in a flow)', 320, 17],
    ] as const;
    for (const [where, width, inset] of layouts) {
      for (const dir of ['ltr', 'rtl'] as const) {
        it(`0–10 stays one row of eleven equal numbers, 24 px or more apart, its words under 0, 5 and 10: ${where}, ${dir}`, async () => {
          const page = await fixture<HTMLElement>(html`<div style=${`width: ${width}px; padding: ${inset}px; box-sizing: border-box`}>
            <calm-check-in steps="intensity" dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}></calm-check-in>
          </div>`);
          const el = page.querySelector<CalmCheckIn>('calm-check-in')!;
          await settle(el);
          const ratings = parts(el, 'rating');
          expect(ratings).to.have.length(11);
          expect(new Set(ratings.map((r) => r.offsetTop)).size, 'one row').to.equal(1);
          const boxes = ratings.map(box);
          for (const b of boxes) {
            expect(b.width, 'equal widths').to.be.closeTo(boxes[0]!.width, 1);
            expect(b.height).to.be.at.least(44);
          }
          for (let i = 1; i < boxes.length; i++) {
            const step = (centre(boxes[i]!) - centre(boxes[i - 1]!)) * (dir === 'rtl' ? -1 : 1);
            expect(step, `${i - 1} to ${i}: in reading order, 24 px or more apart (WCAG 2.5.8)`).to.be.at.least(24);
          }
          const [calm, middle, worst] = [...part(el, 'anchors')!.children].map(textBox);
          const [zero, five, ten] = [boxes[0]!, boxes[5]!, boxes[10]!];
          expect(centre(middle!), 'the middle words centred on 5').to.be.closeTo(centre(five), 2);
          if (dir === 'ltr') {
            expect(calm!.left, 'the first words start under 0').to.be.closeTo(zero.left, 2);
            expect(worst!.right, 'the last words end under 10').to.be.closeTo(ten.right, 2);
          } else {
            expect(calm!.right, 'the first words start under 0').to.be.closeTo(zero.right, 2);
            expect(worst!.left, 'the last words end under 10').to.be.closeTo(ten.left, 2);
          }
          expect(el.scrollWidth).to.be.at.most(width - 2 * inset);
          await expect(el).to.be.accessible();
        });
      }
    }

    /** How far the middle of a line sits below its ends: above 0 a smile, below 0 a frown. */
    const bend = (path: SVGPathElement) => path.getPointAtLength(path.getTotalLength() / 2).y - path.getPointAtLength(0).y;

    it('the faces go from a gentle smile to a deep frown, with no smile once upset', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" scale="faces" audience="child"></calm-check-in>`);
      const bends = parts(el, 'rating').map((r) => bend(r.querySelector<SVGPathElement>('.mouth')!));
      expect(bends[0], 'calm smiles').to.be.above(0);
      for (let i = 1; i < bends.length; i++) {
        expect(bends[i], `face ${i} does not smile`).to.be.at.most(0);
        expect(bends[i], `face ${i} is more upset than face ${i - 1}`).to.be.below(bends[i - 1]!);
      }
    });

    it('brows on the upset faces rise in worry (inner ends higher), never the lowered brows of anger', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" scale="faces"></calm-check-in>`);
      const brows = parts(el, 'rating').flatMap((r) => [...r.querySelectorAll<SVGPathElement>('.brows')]);
      expect(brows.length, 'the most upset faces have brows').to.be.at.least(2);
      for (const path of brows) {
        const length = path.getTotalLength();
        const [a, b, c, d] = [0, length / 2 - 0.01, length / 2 + 0.01, length].map((at) => path.getPointAtLength(at));
        for (const [one, other] of [[a!, b!], [c!, d!]] as const) {
          const [inner, outer] = Math.abs(one.x - 24) < Math.abs(other.x - 24) ? [one, other] : [other, one];
          expect(inner.y, 'inner end higher than outer end').to.be.below(outer.y);
        }
      }
    });

    it('each need shows its picture from the shared pictogram set (as on the "I need…" board), in lines of the text colour', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="needs" region="US"></calm-check-in>`);
      const shared: Record<string, PictogramId> = { break: 'break', quiet: 'quiet', water: 'drink', move: 'move', breathe: 'breathe', talk: 'talk', 'help-now': 'help' };
      const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card[data-id]')];
      expect(cards.map((c) => c.dataset.id)).to.deep.equal(NEEDS.map((n) => n.id));
      for (const card of cards) {
        const svg = card.querySelector('svg.need')!;
        expect(svg.querySelector('path')!.getAttribute('d'), card.dataset.id).to.equal(pictograms[shared[card.dataset.id!]!]);
        expect(svg.getAttribute('aria-hidden'), 'the words beside it name it').to.equal('true');
        expect(getComputedStyle(svg).stroke, 'lines in currentColor, kept by forced colours').to.equal(getComputedStyle(card).color);
        expect(svg.getBoundingClientRect().width).to.be.greaterThan(20);
        expect(card.textContent.trim()).to.equal(en[NEEDS.find((n) => n.id === card.dataset.id)!.label]);
      }
      await expect(el).to.be.accessible();
    });

    it('each face is drawn differently in lines of the text colour, so forced colours keep them apart', async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" scale="faces"></calm-check-in>`);
      const drawings = parts(el, 'rating').map((r) => [...r.querySelectorAll('svg.face path')].map((p) => p.getAttribute('d')).join(' '));
      expect(new Set(drawings).size).to.equal(5);
      for (const rating of parts(el, 'rating')) {
        const svg = rating.querySelector('svg.face')!;
        const color = getComputedStyle(rating).color;
        expect(getComputedStyle(svg).stroke, 'lines in currentColor').to.equal(color);
        for (const line of svg.querySelectorAll('circle, path')) expect(getComputedStyle(line).strokeWidth).not.to.equal('0px');
      }
    });

    for (const width of [320, 768]) {
      it(`the faces sit in one row with their words centred under them, ${width} px wide`, async () => {
        const el = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" scale="faces" audience="child" style=${`width: ${width}px`}></calm-check-in>`);
        const ratings = parts(el, 'rating');
        expect(new Set(ratings.map((r) => r.offsetTop)).size, 'one row').to.equal(1);
        for (const rating of ratings) {
          const middle = centre(box(rating));
          expect(centre(box(rating.querySelector('svg.face')!)), 'face centred').to.be.closeTo(middle, 1);
          expect(centre(textBox(rating.querySelector('[part="rating-label"]')!)), 'words centred').to.be.closeTo(middle, 1.5);
        }
        expect(el.scrollWidth).to.be.at.most(width);
      });
    }

    it('a child reads plainer words under the faces and the numbers; older people the usual ones', async () => {
      const labels = (el: CalmCheckIn) => parts(el, 'rating-label').map((l) => l.textContent.trim());
      const anchors = (el: CalmCheckIn) => [...part(el, 'anchors')!.children].map((a) => a.textContent.trim());
      const child = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" scale="faces" audience="child"></calm-check-in>`);
      expect(labels(child)).to.deep.equal(['Calm', 'A little upset', 'Upset, but OK', 'Very upset', 'The worst it could be']);
      const teen = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" scale="faces"></calm-check-in>`);
      expect(labels(teen)).to.deep.equal(FACES.map((f) => en[f.label!]));
      const numbers = await fixture<CalmCheckIn>(html`<calm-check-in steps="intensity" audience="child"></calm-check-in>`);
      expect(anchors(numbers)).to.deep.equal(['Calm', 'Upset, but OK', 'The worst it could be']);
      expect(choice(numbers, 'rating', 5).textContent.replace(/\s+/g, ' ').trim()).to.equal('5: Upset, but OK');
      const spanish = await fixture<CalmCheckIn>(html`<calm-check-in lang="es" steps="intensity" scale="faces" audience="child"></calm-check-in>`);
      expect(labels(spanish)[2]).to.equal(es['checkIn.anchor.child.5']);
      await expect(child).to.be.accessible();
    });

    it('a child sees a small face beside each feeling word, in every language; older people see words alone', async () => {
      for (const lang of ['en', 'es', 'fr', 'ar']) {
        const el = await fixture<CalmCheckIn>(html`<calm-check-in lang=${lang} audience="child" steps="feelings"></calm-check-in>`);
        const options = parts(el, 'feeling');
        expect(options).to.have.length(feelingsFor('child').length);
        const pictures = options.map((o) => o.querySelector('svg.feeling-face'));
        for (const [i, picture] of pictures.entries()) {
          expect(picture, options[i]!.dataset.id).to.exist;
          expect(picture!.getAttribute('aria-hidden')).to.equal('true');
          expect(box(picture!).width, 'big enough to tell apart').to.be.at.least(24);
          expect(getComputedStyle(picture!).stroke).to.equal(getComputedStyle(options[i]!).color);
        }
        expect(new Set(pictures.map((p) => p!.innerHTML.replace(/<!--[^>]*-->/g, ''))).size, 'sixteen different pictures').to.equal(options.length);
        // The name is the word alone: the picture adds nothing a screen reader would read.
        const catalog = { en, es, fr, ar }[lang]! as Record<string, string>;
        for (const o of options) expect(o.textContent.trim()).to.equal(catalog[`checkIn.feeling.${o.dataset.id}`]);
        if (lang === 'en') await expect(el).to.be.accessible();
      }
      for (const audience of ['teen', 'adult']) {
        const el = await fixture<CalmCheckIn>(html`<calm-check-in audience=${audience} steps="feelings"></calm-check-in>`);
        expect(root(el).querySelector('svg.feeling-face')).to.equal(null);
      }
    });
  });
});

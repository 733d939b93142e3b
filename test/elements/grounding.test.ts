import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/grounding/define.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/ar.js';
import type { CalmGrounding } from '../../src/elements/grounding/calm-grounding.js';
import { exerciseSteps, type ExerciseId } from '../../src/content/exercises.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { format } from '../../src/locales/registry.js';
import { type EventDetail, captureWarnings, fakeClockPerTest, deepActiveElement, detailsOf, recordEvents, restorePageVisibility, setPageHidden, settle, shadowText, tabAndPress } from '../helpers.js';

const EVENTS = ['calm-start', 'calm-step', 'calm-pause', 'calm-resume', 'calm-complete', 'calm-help', 'calm-config-error'];

const part = (el: CalmGrounding, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const heading = (el: CalmGrounding) => part(el, 'heading')!;
const headingText = (el: CalmGrounding) => heading(el).textContent.trim();
const dotsOn = (el: CalmGrounding) => el.shadowRoot!.querySelectorAll('.dot.on').length;
const liveRegion = (el: CalmGrounding) => el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();

const record = (el: Element) => recordEvents(el, EVENTS);
const named = detailsOf;

/** Presses Tab until the control `name` has focus (fails if it is not reachable), then `key`. */
const keyboard = (el: CalmGrounding, name: string, key = 'Enter'): Promise<void> => tabAndPress(el, part(el, name), key);

async function pointer(el: CalmGrounding, name: string): Promise<void> {
  part(el, name)!.click();
  await settle(el);
}

describe('<calm-grounding>', () => {
  const clock = fakeClockPerTest();

  it('starts on a calm start screen, with help first in keyboard order', async () => {
    const el = await fixture<CalmGrounding>(html`<calm-grounding region="US"></calm-grounding>`);
    expect(el.state).to.equal('idle');
    expect(el.step).to.equal(null);
    expect(headingText(el)).to.equal(en['grounding.senses.title']);
    const help = el.shadowRoot!.querySelector('calm-help')!;
    expect(help.compareDocumentPosition(part(el, 'start')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  for (const exercise of ['senses', 'body', 'categories', 'muscles'] as ExerciseId[]) {
    const steps = exerciseSteps(exercise, 'teen');

    it(`${exercise}: start to finish by keyboard, focus on each new prompt, axe on every screen`, async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding exercise=${exercise} region="US"></calm-grounding>`);
      const events = record(el);
      heading(el).focus();
      await keyboard(el, 'start');
      for (const [i, step] of steps.entries()) {
        expect(el.step).to.equal(step.id);
        expect(headingText(el)).to.equal(en[step.prompt]);
        expect(deepActiveElement() === heading(el), 'focus on the new prompt').to.equal(true);
        for (let n = 0; n < (step.count ?? 0); n++) await keyboard(el, 'found', n % 2 ? 'Enter' : ' ');
        expect(dotsOn(el)).to.equal(step.count ?? 0);
        if (step.timed) {
          clock.advance(15000);
          await settle(el);
          expect(part(el, 'cue')!.textContent).to.contain(en['grounding.muscles.rested']);
        }
        await expect(el).to.be.accessible();
        await keyboard(el, 'next');
        if (i < steps.length - 1) expect(el.state).to.equal('running');
      }
      expect(el.state).to.equal('complete');
      expect(headingText(el)).to.equal(en['grounding.end.title']);
      expect(deepActiveElement() === heading(el), 'focus').to.equal(true);
      await expect(el).to.be.accessible();

      expect(named(events, 'calm-start')).to.deep.equal([{ activity: 'grounding' }]);
      expect(named(events, 'calm-step')).to.deep.equal(
        steps.map((s, index) => ({ activity: 'grounding', step: s.id, index, total: steps.length })),
      );
      const [complete, ...more] = named(events, 'calm-complete');
      expect(more).to.deep.equal([]);
      expect(complete).to.include({ activity: 'grounding', finished: true, exercise });
      expect(complete?.elapsedMs).to.equal(steps.some((s) => s.timed) ? steps.length * 15000 : 0);
    });

    it(`${exercise}: start to finish by pointer`, async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding exercise=${exercise} help="none"></calm-grounding>`);
      const events = record(el);
      await pointer(el, 'start');
      for (const step of steps) {
        expect(headingText(el)).to.equal(en[step.prompt]);
        for (let n = 0; n < (step.count ?? 0); n++) await pointer(el, 'found');
        expect(dotsOn(el)).to.equal(step.count ?? 0);
        await pointer(el, 'next');
      }
      expect(el.state).to.equal('complete');
      expect(named(events, 'calm-step').map((d) => d.step)).to.deep.equal(steps.map((s) => s.id));
      expect(named(events, 'calm-complete')[0]).to.include({ finished: true, exercise });
    });
  }

  it('naming things says "Got it" (a thing is named, not found), in every language; finding things says "I found one"', async () => {
    for (const [lang, catalog] of Object.entries({ en, es, fr, ar })) {
      for (const audience of ['child', 'teen', 'adult']) {
        const el = await fixture<CalmGrounding>(html`<calm-grounding lang=${lang} exercise="categories" audience=${audience}></calm-grounding>`);
        await pointer(el, 'start');
        const found = part(el, 'found')!;
        const words = found.textContent.replace(found.querySelector('.visually-hidden')!.textContent, '').trim();
        expect(words, `${lang} ${audience}`).to.equal(catalog['grounding.named']);
        expect(found.textContent.replace(/\s+/g, ' ').trim(), 'the count is in its name').to.equal(
          `${catalog['grounding.named']}, ${format(catalog['grounding.foundCount'], { count: 0, total: 5 })}`,
        );
        if (audience === 'child' && lang === 'en') await expect(el).to.be.accessible();
      }
    }
    const senses = await fixture<CalmGrounding>(html`<calm-grounding audience="child"></calm-grounding>`);
    await pointer(senses, 'start');
    const found = part(senses, 'found')!;
    expect(found.textContent.replace(found.querySelector('.visually-hidden')!.textContent, '').trim()).to.equal(en['grounding.found']);
  });

  describe('words typed with input="text"', () => {
    const words = ['blue mug', 'red kite', 'ticking clock'];

    async function typeWords(el: CalmGrounding): Promise<void> {
      await pointer(el, el.state === 'idle' ? 'start' : 'again');
      for (const word of words) {
        part(el, 'input')!.focus();
        await sendKeys({ type: word });
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
      expect(dotsOn(el)).to.equal(3);
      // The person sees their words, inside the element.
      for (const word of words) expect(shadowText(el)).to.contain(word);
      // A word typed but not added yet.
      part(el, 'input')!.focus();
      await sendKeys({ type: 'unsent secret' });
    }

    function expectGone(el: CalmGrounding, events: Array<CustomEvent<EventDetail>>): void {
      const everything = JSON.stringify(events.map((e) => e.detail)) + el.shadowRoot!.innerHTML + shadowText(el) + el.outerHTML +
        JSON.stringify([el.state, el.step, el.exercise, el.input, el.audience, el.strings]);
      const values = [...el.shadowRoot!.querySelectorAll('input')].map((i) => i.value).join('|');
      for (const word of [...words, 'unsent secret']) {
        expect(everything, word).not.to.contain(word);
        expect(values, word).not.to.contain(word);
      }
      expect((el as unknown as { value?: unknown }).value).to.equal(undefined);
    }

    it('is labelled, and the words never reach an event, a property or the console', async () => {
      const log = sinon.spy(console, 'log');
      const info = sinon.spy(console, 'info');
      try {
        const el = await fixture<CalmGrounding>(html`<calm-grounding input="text" region="US"></calm-grounding>`);
        const events = record(el);
        await typeWords(el);
        const input = part(el, 'input') as HTMLInputElement;
        expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal(en['grounding.word']);
        expect(input.autocomplete).to.equal('off');
        await expect(el).to.be.accessible();
        const detailText = JSON.stringify(events.map((e) => e.detail));
        for (const word of words) expect(detailText).not.to.contain(word);
        for (const call of [...log.getCalls(), ...info.getCalls()]) expect(JSON.stringify(call.args)).not.to.contain('blue mug');
      } finally {
        log.restore();
        info.restore();
      }
    });

    it('are gone after the exercise is completed', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding input="text"></calm-grounding>`);
      const events = record(el);
      await typeWords(el);
      for (let i = 0; i < 5; i++) await pointer(el, 'next');
      expect(el.state).to.equal('complete');
      expectGone(el, events);
      // Doing it again starts with empty fields.
      await pointer(el, 'again');
      expect((part(el, 'input') as HTMLInputElement).value).to.equal('');
      expectGone(el, events);
    });

    it('are gone after stop() and after reset()', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding input="text"></calm-grounding>`);
      const events = record(el);
      await typeWords(el);
      el.stop();
      await settle(el);
      expectGone(el, events);

      await typeWords(el);
      el.reset();
      await settle(el);
      expect(el.state).to.equal('idle');
      expectGone(el, events);
    });

    it('are gone when the element is removed', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding input="text"></calm-grounding>`);
      const events = record(el);
      await typeWords(el);
      const input = part(el, 'input') as HTMLInputElement;
      el.remove();
      await el.updateComplete;
      expect(input.value).to.equal('');
      expectGone(el, events);
      expect(el.state).to.equal('idle');
    });
  });

  describe('muscles on the clock', () => {
    it('guides tense about 5 s then release about 10 s, announced, without moving focus', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding exercise="muscles"></calm-grounding>`);
      await pointer(el, 'start');
      const cue = () => part(el, 'cue')!;
      expect(cue().classList.contains('tense')).to.equal(true);
      clock.advance(200);
      await settle(el);
      expect(liveRegion(el)).to.contain(en['grounding.muscles.hands']).and.contain(en['grounding.muscles.tense']);
      part(el, 'pause')!.focus();
      clock.advance(4799);
      await settle(el);
      expect(cue().classList.contains('tense')).to.equal(true);
      clock.advance(1);
      await settle(el);
      expect(cue().classList.contains('release')).to.equal(true);
      clock.advance(1600);
      await settle(el);
      expect(liveRegion(el)).to.equal(en['grounding.muscles.release']);
      clock.advance(10000 - 1600 - 1);
      await settle(el);
      expect(cue().classList.contains('release')).to.equal(true);
      clock.advance(1);
      await settle(el);
      expect(cue().classList.contains('rested')).to.equal(true);
      expect(el.step).to.equal('muscles-hands');
      expect(deepActiveElement() === part(el, 'pause'), 'a timer never moves focus').to.equal(true);
      expect(part(el, 'pause')!.textContent.trim()).to.equal(en['grounding.again']);
      // "Do it again" runs the same group once more.
      await pointer(el, 'pause');
      expect(el.step).to.equal('muscles-hands');
      expect(cue().classList.contains('tense')).to.equal(true);
    });

    it('pauses and resumes by the person, where it was; paused time is not counted', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding exercise="muscles"></calm-grounding>`);
      const events = record(el);
      await pointer(el, 'start');
      clock.advance(3000);
      await pointer(el, 'pause');
      expect(el.state).to.equal('paused');
      expect(part(el, 'pause')!.textContent.trim()).to.equal(en['grounding.resume']);
      clock.advance(60000);
      await settle(el);
      expect(part(el, 'cue')!.classList.contains('tense')).to.equal(true);
      await pointer(el, 'pause');
      expect(el.state).to.equal('running');
      clock.advance(1999);
      await settle(el);
      expect(part(el, 'cue')!.classList.contains('tense')).to.equal(true);
      clock.advance(1);
      await settle(el);
      expect(part(el, 'cue')!.classList.contains('release')).to.equal(true);
      el.stop();
      await settle(el);
      expect(named(events, 'calm-pause')).to.deep.equal([{ activity: 'grounding', reason: 'user' }]);
      expect(named(events, 'calm-resume')).to.deep.equal([{ activity: 'grounding', reason: 'user' }]);
      expect(named(events, 'calm-complete')[0]).to.deep.equal({ activity: 'grounding', elapsedMs: 5000, finished: false, exercise: 'muscles' });
    });

    it('pauses while the page is hidden and resumes when it is shown', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding exercise="muscles"></calm-grounding>`);
      const events = record(el);
      await pointer(el, 'start');
      clock.advance(4000);
      try {
        setPageHidden(true);
        await settle(el);
        expect(el.state).to.equal('paused');
        clock.advance(30000);
        setPageHidden(false);
        await settle(el);
      } finally {
        restorePageVisibility();
      }
      expect(el.state).to.equal('running');
      expect(part(el, 'cue')!.classList.contains('tense')).to.equal(true);
      clock.advance(1000);
      await settle(el);
      expect(part(el, 'cue')!.classList.contains('release')).to.equal(true);
      expect(named(events, 'calm-pause')).to.deep.equal([{ activity: 'grounding', reason: 'hidden' }]);
      expect(named(events, 'calm-resume')).to.deep.equal([{ activity: 'grounding', reason: 'hidden' }]);
    });

    it('pauses when the person opens "Get help now"', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding exercise="muscles" region="US"></calm-grounding>`);
      const events = record(el);
      await pointer(el, 'start');
      const help = el.shadowRoot!.querySelector('calm-help')!;
      help.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.click();
      await settle(el);
      expect(el.state).to.equal('paused');
      expect(help.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      expect(named(events, 'calm-pause')).to.deep.equal([{ activity: 'grounding', reason: 'user' }]);
      help.close();
    });

    it('lets the person skip a group at any moment; the old timer is cancelled', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding exercise="muscles" audience="child"></calm-grounding>`);
      await pointer(el, 'start');
      expect(shadowText(el)).to.contain(en['grounding.muscles.skip']);
      clock.advance(2000);
      for (let i = 0; i < 4; i++) await pointer(el, 'next');
      expect(el.step).to.equal('muscles-stomach');
      expect(headingText(el)).to.equal(en['grounding.muscles.tummy']);
      expect(part(el, 'cue')!.classList.contains('tense')).to.equal(true);
      // Only this group's timer and the announcer's wait.
      expect(clock.pending).to.be.at.most(2);
      clock.advance(5000);
      await settle(el);
      expect(part(el, 'cue')!.classList.contains('release')).to.equal(true);
    });

    it('shows the squeeze without movement under reduced motion, live', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding exercise="muscles"></calm-grounding>`);
      await pointer(el, 'start');
      const shape = () => getComputedStyle(el.shadowRoot!.querySelector('.shape')!);
      const moving = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (moving) expect(parseFloat(shape().transitionDuration)).to.be.greaterThan(0);
      el.motion = 'reduce';
      await settle(el);
      expect(parseFloat(shape().transitionDuration)).to.equal(0);
    });
  });

  describe('moving through steps', () => {
    it('goes back a step keeping what was found; back is off on the first step', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding></calm-grounding>`);
      const events = record(el);
      await pointer(el, 'start');
      expect((part(el, 'back') as HTMLButtonElement).disabled).to.equal(true);
      await pointer(el, 'found');
      await pointer(el, 'found');
      await pointer(el, 'next');
      expect(el.step).to.equal('senses-touch');
      expect(dotsOn(el)).to.equal(0);
      await pointer(el, 'back');
      expect(el.step).to.equal('senses-see');
      expect(dotsOn(el)).to.equal(2);
      expect(deepActiveElement() === heading(el), 'focus').to.equal(true);
      expect(named(events, 'calm-step').map((d) => d.index)).to.deep.equal([0, 1, 0]);
    });

    it('never counts more than the step asks for, and never requires it before next', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding></calm-grounding>`);
      await pointer(el, 'start');
      for (let i = 0; i < 4; i++) await pointer(el, 'next');
      expect(el.step).to.equal('senses-taste');
      await pointer(el, 'found');
      await pointer(el, 'found');
      expect(dotsOn(el)).to.equal(1);
      expect(part(el, 'found')!.textContent).to.contain('1 of 1');
    });

    it('stopping early shows the same closing screen as finishing, with no comment', async () => {
      const finished = await fixture<CalmGrounding>(html`<calm-grounding exercise="body"></calm-grounding>`);
      finished.start();
      for (let i = 0; i < 4; i++) finished.next();
      await settle(finished);
      const stopped = await fixture<CalmGrounding>(html`<calm-grounding exercise="body"></calm-grounding>`);
      const events = record(stopped);
      await pointer(stopped, 'start');
      await pointer(stopped, 'stop');
      expect(stopped.state).to.equal('complete');
      expect(shadowText(stopped)).to.equal(shadowText(finished));
      expect(deepActiveElement() === heading(stopped), 'focus').to.equal(true);
      expect(named(events, 'calm-complete')[0]).to.include({ finished: false, exercise: 'body' });
    });

    it('offers to do it again or try another exercise, which opens on its introduction', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding exercise="body"></calm-grounding>`);
      const events = record(el);
      await pointer(el, 'start');
      await pointer(el, 'stop');
      const others = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="other"]')].map((b) => b.dataset.exercise);
      expect(others).to.deep.equal(['senses', 'categories', 'muscles']);
      await pointer(el, 'again');
      expect(el.step).to.equal('body-feet');
      el.stop();
      await settle(el);
      el.shadowRoot!.querySelector<HTMLElement>('[data-exercise="muscles"]')!.click();
      await settle(el);
      expect(el.state).to.equal('idle');
      expect(headingText(el)).to.equal(en['grounding.muscles.title']);
      expect(shadowText(el)).to.contain('Skip any part that hurts');
      expect(deepActiveElement() === heading(el), 'focus').to.equal(true);
      expect(named(events, 'calm-start')).to.have.length(2);
    });

    it('methods do not move focus, and fire the documented events', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding exercise="categories" audience="child"></calm-grounding>`);
      const events = record(el);
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      el.start();
      el.next();
      await settle(el);
      expect(document.activeElement).to.equal(outside);
      expect(el.step).to.equal('categories-colours');
      el.back();
      el.stop();
      await settle(el);
      expect(events.map((e) => e.type)).to.deep.equal(['calm-start', 'calm-step', 'calm-step', 'calm-step', 'calm-complete']);
      for (const event of events) {
        expect(event.bubbles && event.composed).to.equal(true);
      }
      outside.remove();
    });

    it('announces each new step once, politely', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding></calm-grounding>`);
      await pointer(el, 'start');
      clock.advance(200);
      await settle(el);
      expect(liveRegion(el)).to.equal(en['grounding.senses.see']);
      await pointer(el, 'found');
      clock.advance(2000);
      await settle(el);
      expect(liveRegion(el)).to.equal(en['grounding.senses.see']);
      await pointer(el, 'next');
      clock.advance(2000);
      await settle(el);
      expect(liveRegion(el)).to.equal(en['grounding.senses.touch']);
      expect(el.shadowRoot!.querySelectorAll('[aria-live]')).to.have.length(1);
    });

    it('starts over when the host changes the exercise mid-way', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding></calm-grounding>`);
      el.start();
      el.next();
      el.exercise = 'categories';
      await settle(el);
      expect(el.state).to.equal('idle');
      expect(headingText(el)).to.equal(en['grounding.categories.title']);
    });
  });

  describe('bad input', () => {
    for (const [attribute, value, accepted, shown] of [
      ['exercise', 'dance', 'senses, body, categories, muscles', en['grounding.senses.title']],
      ['audience', 'toddler', 'child, teen, adult', undefined],
      ['input', 'voice', 'none, text', undefined],
    ] as const) {
      it(`${attribute}="${value}" warns once, naming the element and accepted values, and falls back`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<CalmGrounding>(html`<calm-grounding exercise="categories"></calm-grounding>`);
          el.setAttribute(attribute, value);
          await settle(el);
          el.requestUpdate();
          await settle(el);
          const mine = warnings.messages.filter((m) => m.includes(`${attribute}="${value}"`));
          expect(mine).to.have.length(1);
          expect(mine[0]).to.contain('<calm-grounding>').and.contain(accepted);
          if (shown) expect(headingText(el)).to.equal(shown);
          el.start();
          await settle(el);
          if (attribute === 'audience') expect(el.step).to.equal('categories-foods');
          if (attribute === 'input') expect(part(el, 'input')).to.equal(null);
          await expect(el).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('languages, themes and targets', () => {
    for (const [lang, text] of [
      ['es', 'Mira a tu alrededor'],
      ['fr', 'Regarde autour de toi'],
      ['ar', 'انظر حولك'],
    ] as const) {
      it(`speaks ${lang}${lang === 'ar' ? ', right to left' : ''}`, async () => {
        const el = await fixture<CalmGrounding>(html`<div lang=${lang}><calm-grounding input="text" region="US"></calm-grounding></div>`).then(
          (div) => div.querySelector('calm-grounding')!,
        );
        el.start();
        await settle(el);
        expect(headingText(el)).to.contain(text);
        expect(part(el, 'base')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
      });
    }

    for (const theme of ['dark', 'contrast'] as const) {
      it(`is accessible in the ${theme} theme`, async () => {
        const el = await fixture<CalmGrounding>(html`<calm-grounding theme=${theme} exercise="muscles"></calm-grounding>`);
        el.start();
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }

    it('makes every control at least 44 by 44 px', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding input="text" exercise="muscles"></calm-grounding>`);
      await pointer(el, 'start');
      const check = () => {
        for (const control of el.shadowRoot!.querySelectorAll('button, input')) {
          const box = control.getBoundingClientRect();
          expect(box.height, control.outerHTML).to.be.at.least(44);
          expect(box.width, control.outerHTML).to.be.at.least(44);
        }
      };
      check();
      el.exercise = 'senses';
      await settle(el);
      await pointer(el, 'start');
      check();
    });

    it('help="none" leaves help to the host', async () => {
      const el = await fixture<CalmGrounding>(html`<calm-grounding help="none"></calm-grounding>`);
      expect(el.shadowRoot!.querySelector('calm-help')).to.equal(null);
    });
  });
});

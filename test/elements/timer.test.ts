import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/timer/define.js';
import '../../src/locales/es.js';
import '../../src/locales/ar.js';
import '../../src/locales/fr.js';
import type { CalmTimer } from '../../src/elements/timer/calm-timer.js';
import type { CalmCompleteDetail } from '../../src/events.js';
import { captureWarnings, fakeClockPerTest, recordEvents, restorePageVisibility, setPageHidden, settle, shadowText, tabAndPress } from '../helpers.js';

const NAMES = ['calm-start', 'calm-pause', 'calm-resume', 'calm-complete'] as const;
const clock = fakeClockPerTest();

const button = (el: CalmTimer, selector: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(selector);
const live = (el: CalmTimer) => el.shadowRoot!.querySelector('[role="status"]')!.textContent.replace(/\u00a0$/, '');
const timeWords = (el: CalmTimer) => el.shadowRoot!.querySelector('.time')?.textContent.replace(/\s+/g, ' ').trim();

/** Advances the clock in `step` ms slices, noting every new live-region message; returns when it completed. */
async function run(el: CalmTimer, ms: number, step = 100): Promise<{ said: string[]; endedAt: number | undefined }> {
  const said: string[] = [];
  const start = clock.now();
  let endedAt: number | undefined;
  el.addEventListener('calm-complete', () => (endedAt ??= clock.now() - start), { once: true });
  for (let at = 0; at < ms; at += step) {
    clock.advance(step);
    await el.updateComplete;
    const message = live(el);
    if (message && message !== said.at(-1)) said.push(message);
  }
  await settle(el);
  return { said, endedAt };
}

async function started(template: ReturnType<typeof html>): Promise<CalmTimer> {
  const el = await fixture<CalmTimer>(template);
  el.start();
  await settle(el);
  return el;
}

describe('<calm-timer>', () => {
  afterEach(() => {
    restorePageVisibility();
  });

  it('offers help first, then the label, a full disc and Start; five minutes by default', async () => {
    const el = await fixture<CalmTimer>(html`<calm-timer label="Until break"></calm-timer>`);
    const root = el.shadowRoot!;
    expect(root.firstElementChild!.firstElementChild!.localName).to.equal('calm-help');
    expect(shadowText(el)).to.contain('Until break');
    expect(root.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Until break');
    expect(timeWords(el)).to.equal('5 minutes left');
    expect(el.state).to.equal('idle');
    await expect(el).to.be.accessible();
  });

  it('ends on time, within 50 ms, and says so', async () => {
    const el = await started(html`<calm-timer minutes="1" seconds="30"></calm-timer>`);
    const events = recordEvents(el, NAMES);
    const { endedAt } = await run(el, 91_000, 10);
    expect(endedAt).to.be.within(90_000, 90_050);
    expect(events.map((e) => e.type)).to.deep.equal(['calm-complete']);
    expect(events[0]!.detail).to.deep.equal({ activity: 'timer', elapsedMs: 90_000, finished: true });
    expect(shadowText(el)).to.contain('The time is up.');
  });

  it('does not drift when every timer fires late (a busy main thread), moving or still', async () => {
    for (const motion of ['auto', 'reduce']) {
      clock.lateBy = 40;
      const el = await started(html`<calm-timer seconds="75" motion=${motion}></calm-timer>`);
      const { endedAt } = await run(el, 76_000, 10);
      expect(endedAt, motion).to.be.within(75_000, 75_050);
    }
  });

  it('announces only the start, half-way, one minute left and the end: never a count', async () => {
    const el = await fixture<CalmTimer>(html`<calm-timer minutes="3"></calm-timer>`);
    el.start();
    const { said } = await run(el, 181_000, 250);
    expect(said).to.deep.equal([
      'The timer has started: 3 minutes.',
      'Half the time has gone. 2 minutes left.',
      'One minute left.',
      'The time is up.',
    ]);
  });

  it('says what comes next at the end, with its picture for a pictogram id', async () => {
    const el = await started(html`<calm-timer seconds="5" next="playground"></calm-timer>`);
    const { said } = await run(el, 6000);
    expect(said.at(-1)).to.equal('The time is up. Next: Playground');
    expect(shadowText(el)).to.contain('Next: Playground');
    expect(el.shadowRoot!.querySelector('.end svg.picture')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the time left in whole minutes, then seconds in the last minute', async () => {
    const el = await started(html`<calm-timer minutes="2"></calm-timer>`);
    expect(timeWords(el)).to.equal('2 minutes left');
    await run(el, 30_000);
    expect(timeWords(el)).to.equal('2 minutes left');
    await run(el, 31_000);
    expect(timeWords(el)).to.equal('59 seconds left');
  });

  it('says "1 minute left", not "60 seconds", in every language, and counts seconds below it', async () => {
    const expected: Record<string, [string, string]> = {
      en: ['1 minute left', '59 seconds left'],
      es: ['Tiempo que queda: 1 minuto', 'Tiempo que queda: 59 segundos'],
      fr: ['Encore 1 minute', 'Encore 59 secondes'],
      ar: ['بقيت دقيقة', 'بقيت 59 ثانية'],
    };
    for (const [lang, [minute, seconds]] of Object.entries(expected)) {
      const el = await fixture<CalmTimer>(html`<calm-timer lang=${lang} minutes="1"></calm-timer>`);
      expect(timeWords(el), lang).to.equal(minute);
      el.start();
      await run(el, 500);
      expect(timeWords(el), lang).to.equal(minute);
      await run(el, 1000);
      expect(timeWords(el), lang).to.equal(seconds.replace('59', new Intl.NumberFormat(lang).format(59)));
    }
    const el = await fixture<CalmTimer>(html`<calm-timer minutes="2"></calm-timer>`);
    el.start();
    const { said } = await run(el, 61_000, 250);
    expect(said.slice(0, 2)).to.deep.equal(['The timer has started: 2 minutes.', 'Half the time has gone. 1 minute left.']);
  });

  it('keeps Stop beside the other buttons on a 360 px phone: the main button across, never one alone below', async () => {
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      const phone = await fixture<HTMLDivElement>(html`<div style="inline-size: 328px"><calm-timer lang=${lang} minutes="2"></calm-timer></div>`);
      const el = phone.querySelector('calm-timer')!;
      el.start();
      await settle(el);
      const [main, add, stop] = ['.primary', '.add', '.stop'].map((selector) => button(el, selector)!.getBoundingClientRect());
      expect(Math.round(add!.top), `${lang}: Add a minute and Stop share a line`).to.equal(Math.round(stop!.top));
      expect(main!.bottom, lang).to.be.at.most(add!.top);
      expect(main!.width, `${lang}: the main button goes across`).to.be.closeTo(add!.width + stop!.width + 8, 1.5);
      expect(el.scrollWidth, lang).to.be.at.most(328);
    }
    const tablet = await fixture<HTMLDivElement>(html`<div style="inline-size: 768px"><calm-timer minutes="2"></calm-timer></div>`);
    const wide = tablet.querySelector('calm-timer')!;
    wide.start();
    await settle(wide);
    const tops = ['.primary', '.add', '.stop'].map((selector) => Math.round(button(wide, selector)!.getBoundingClientRect().top));
    expect(new Set(tops).size, 'one row on a tablet').to.equal(1);
  });

  it('shows Sound and Vibration as on/off switches, never filled like Start, in every theme', async () => {
    for (const theme of ['light', 'dark', 'contrast']) {
      const el = await fixture<CalmTimer>(html`<calm-timer theme=${theme} cues="tone haptic"></calm-timer>`);
      const start = getComputedStyle(button(el, '.primary')!);
      // Vibration shows only where the device can vibrate (not in Firefox or WebKit).
      const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle')];
      expect(toggles.length, 'at least Sound').to.be.at.least(1);
      for (const toggle of toggles) {
        const selector = toggle.className;
        expect(toggle.getAttribute('role'), selector).to.equal('switch');
        expect(toggle.getAttribute('aria-checked'), selector).to.equal('true');
        const on = getComputedStyle(toggle);
        expect(on.backgroundColor, `${theme} ${selector}: not filled like Start`).not.to.equal(start.backgroundColor);
        expect(on.backgroundColor, `${theme} ${selector}: no fill`).to.equal('rgba(0, 0, 0, 0)');
        const knobOn = getComputedStyle(toggle, '::before').backgroundPosition;
        toggle.click();
        await settle(el);
        expect(toggle.getAttribute('aria-checked'), selector).to.equal('false');
        expect(getComputedStyle(toggle, '::before').backgroundPosition, `${theme} ${selector}: the knob moves`).not.to.equal(knobOn);
      }
      await expect(el).to.be.accessible();
    }
  });

  it('pauses, continues, adds a minute and stops by button and keyboard', async () => {
    const el = await started(html`<calm-timer minutes="2"></calm-timer>`);
    const events = recordEvents(el, NAMES);
    await run(el, 10_000);
    await tabAndPress(el, button(el, '.primary'));
    expect(el.state).to.equal('paused');
    await run(el, 60_000);
    expect(el.remainingMs).to.equal(110_000);
    button(el, '.primary')!.click();
    await settle(el);
    expect(el.state).to.equal('running');
    await tabAndPress(el, button(el, '.add'), ' ');
    expect(el.remainingMs).to.equal(170_000);
    button(el, '.stop')!.click();
    await run(el, 200);
    expect(el.state).to.equal('complete');
    expect(events.map((e) => [e.type, e.detail.reason ?? e.detail.finished])).to.deep.equal([
      ['calm-pause', 'user'],
      ['calm-resume', 'user'],
      ['calm-complete', false],
    ]);
    expect((events.at(-1)!.detail as unknown as CalmCompleteDetail).elapsedMs).to.equal(10_000);
    expect(live(el)).to.equal('The timer has stopped.');
  });

  it('pauses while the page is hidden and goes on where it was on return', async () => {
    const el = await started(html`<calm-timer seconds="30"></calm-timer>`);
    const events = recordEvents(el, NAMES);
    await run(el, 5000);
    setPageHidden(true);
    await settle(el);
    expect(el.state).to.equal('paused');
    await run(el, 120_000);
    setPageHidden(false);
    await settle(el);
    expect(el.state).to.equal('running');
    expect(el.remainingMs).to.equal(25_000);
    const { endedAt } = await run(el, 26_000, 10);
    expect(endedAt).to.be.within(25_000, 25_050);
    expect(events.map((e) => `${e.type} ${String(e.detail.reason ?? e.detail.finished)}`)).to.deep.equal(['calm-pause hidden', 'calm-resume hidden', 'calm-complete true']);
  });

  it('leaves a pause the person chose alone when the page is hidden and shown again', async () => {
    const el = await started(html`<calm-timer seconds="30"></calm-timer>`);
    const events = recordEvents(el, NAMES);
    await run(el, 5000);
    el.pause();
    setPageHidden(true);
    await run(el, 60_000);
    setPageHidden(false);
    await settle(el);
    expect(el.state).to.equal('paused');
    expect(el.remainingMs).to.equal(25_000);
    expect(events.map((e) => `${e.type} ${String(e.detail.reason)}`)).to.deep.equal(['calm-pause user']);
  });

  it('animates only transform on the compositor, with one animation per half steered by the clock', async () => {
    const el = await started(html`<calm-timer seconds="40"></calm-timer>`);
    await run(el, 10_000);
    const animations = el.shadowRoot!.getAnimations();
    expect(animations).to.have.length(2);
    for (const animation of animations) {
      const keys = (animation.effect as KeyframeEffect).getKeyframes().flatMap((frame) => Object.keys(frame));
      expect(keys.filter((k) => !['offset', 'computedOffset', 'easing', 'composite', 'transform', 'opacity'].includes(k))).to.deep.equal([]);
      expect(animation.playState).to.equal('running');
    }
    el.pause();
    await settle(el);
    expect(el.shadowRoot!.getAnimations().map((a) => [a.playState, Number(a.currentTime)])).to.deep.equal([['paused', 10_000], ['paused', 10_000]]);
  });

  it('under reduced motion, live, the disc stands still and moves on in steps', async () => {
    const el = await started(html`<calm-timer seconds="40"></calm-timer>`);
    el.motion = 'reduce';
    await run(el, 3000);
    let animations = el.shadowRoot!.getAnimations();
    expect(animations.map((a) => [a.playState, Number(a.currentTime)])).to.deep.equal([['paused', 2000], ['paused', 2000]]);
    await run(el, 1000);
    animations = el.shadowRoot!.getAnimations();
    expect(animations.map((a) => Number(a.currentTime))).to.deep.equal([4000, 4000]);
    el.motion = 'auto';
    await settle(el);
    expect(el.shadowRoot!.getAnimations().map((a) => a.playState)).to.deep.equal(['running', 'running']);
  });

  it('cancels its timers and animations when removed', async () => {
    const el = await started(html`<calm-timer seconds="40"></calm-timer>`);
    el.remove();
    expect(el.state).to.equal('paused');
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
    expect(clock.pending).to.equal(0);
  });

  it('warns about a length outside 1 s to 60 min and about unknown cues, and falls back', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CalmTimer>(html`<calm-timer minutes="90" cues="tone voice"></calm-timer>`);
      expect(el.remainingMs).to.equal(300_000);
      expect(warnings.messages.join('\n')).to.contain('<calm-timer> minutes=90 seconds=0 is not valid').and.contain('cues contains "voice"');
      el.seconds = 0.2;
      el.minutes = undefined;
      await settle(el);
      expect(el.remainingMs).to.equal(300_000);
      expect(warnings.messages).to.have.length(3);
    } finally {
      warnings.restore();
    }
  });

  it('sizes its disc from its room: large on a tablet, whole on a 320 px phone', async () => {
    const tablet = await fixture<HTMLDivElement>(html`<div style="inline-size: 768px"><calm-timer></calm-timer></div>`);
    const big = tablet.querySelector('calm-timer')!;
    await settle(big);
    expect(big.shadowRoot!.querySelector('.disc')!.getBoundingClientRect().width).to.be.at.least(300);
    const phone = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><calm-timer></calm-timer></div>`);
    const small = phone.querySelector('calm-timer')!;
    await settle(small);
    const disc = small.shadowRoot!.querySelector('.disc')!.getBoundingClientRect();
    expect(disc.width).to.be.within(14 * 16 - 1, 288);
    expect(small.scrollWidth).to.be.at.most(320);
    await expect(small).to.be.accessible();
  });

  it('speaks the element language: Spanish words, Arabic right to left', async () => {
    const es = await started(html`<calm-timer lang="es" minutes="2"></calm-timer>`);
    expect(timeWords(es)).to.equal('Tiempo que queda: 2 minutos');
    const ar = await started(html`<calm-timer lang="ar" minutes="2" label="حتى الاستراحة"></calm-timer>`);
    expect(ar.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    expect(shadowText(ar)).to.contain('بقيت دقيقتان').and.contain('إيقاف مؤقت');
    await expect(ar).to.be.accessible();
  });

  for (const theme of ['light', 'dark', 'contrast']) {
    it(`passes axe in the ${theme} theme, running, paused and at the end`, async () => {
      const el = await started(html`<calm-timer theme=${theme} seconds="5" label="Until lunch" cues="tone"></calm-timer>`);
      await expect(el).to.be.accessible();
      el.pause();
      await settle(el);
      await expect(el).to.be.accessible();
      el.resume();
      await run(el, 6000);
      await expect(el).to.be.accessible();
    });
  }
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/breathing/define.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/ar.js';
import type { CalmBreathing } from '../../src/elements/breathing/calm-breathing.js';
import { useClock } from '../../src/engine/clock.js';
import { FakeClock } from '../../src/engine/fake-clock.js';
import type { CalmCompleteDetail, CalmPhaseDetail } from '../../src/events.js';
import { captureWarnings, deepActiveElement, restorePageVisibility, setPageHidden, shadowText } from '../helpers.js';

const START = 1000;
const NAMES = ['calm-start', 'calm-phase', 'calm-pause', 'calm-resume', 'calm-complete'] as const;

interface Recorded {
  type: string;
  detail: unknown;
}

let clock: FakeClock;
let restoreClock: () => void;

const part = (el: CalmBreathing, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const primary = (el: CalmBreathing) => el.shadowRoot!.querySelector<HTMLButtonElement>('.primary')!;
const stopButton = (el: CalmBreathing) => el.shadowRoot!.querySelector<HTMLButtonElement>('.stop');
const shape = (el: CalmBreathing) => part(el, '.shape')!;
const live = (el: CalmBreathing) => part(el, '[role="status"]')!.textContent.replace(/\u00a0$/, '');
const count = (el: CalmBreathing) => part(el, '.count')?.textContent.trim();

/** Lets the element render and its after-render events fire. */
async function settle(el: CalmBreathing): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
  await Promise.resolve();
}

/** Waits until a frame has been painted and the task after it has run (a session's shape starts then). */
async function afterPaint(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  await new Promise((resolve) => setTimeout(resolve));
}

async function advance(el: CalmBreathing, ms: number): Promise<void> {
  clock.advance(ms);
  await settle(el);
}

function record(el: CalmBreathing): Recorded[] {
  const events: Recorded[] = [];
  for (const type of NAMES) el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  return events;
}
const phases = (events: Recorded[]) =>
  events.filter((e) => e.type === 'calm-phase').map((e) => {
    const d = e.detail as CalmPhaseDetail;
    return `${d.phase} ${d.durationMs}`;
  });
const completion = (events: Recorded[]) => events.find((e) => e.type === 'calm-complete')?.detail as CalmCompleteDetail | undefined;

async function started(template: ReturnType<typeof html>): Promise<{ el: CalmBreathing; events: Recorded[] }> {
  const el = await fixture<CalmBreathing>(template);
  const events = record(el);
  el.start();
  await settle(el);
  await afterPaint();
  return { el, events };
}

/** Runs a whole session in 100 ms steps; returns the ms from start at which it completed. */
async function runToEnd(el: CalmBreathing, limitMs: number): Promise<number> {
  let at = 0;
  while (el.state !== 'complete' && at < limitMs) {
    clock.advance(100);
    at += 100;
  }
  await settle(el);
  return at;
}

describe('<calm-breathing>', () => {
  beforeEach(() => {
    clock = new FakeClock(START);
    restoreClock = useClock(clock);
  });
  afterEach(() => {
    restoreClock();
    restorePageVisibility();
  });

  describe('before it starts', () => {
    it('offers help before the activity, then a Start button; nothing runs, nothing fires', async () => {
      const el = await fixture<CalmBreathing>(html`<calm-breathing></calm-breathing>`);
      const events = record(el);
      await expect(el).to.be.accessible();
      expect(el.state).to.equal('idle');
      expect(el.phase).to.equal(null);
      const focusable = [...el.shadowRoot!.querySelectorAll('calm-help, button')];
      expect(focusable[0]!.localName).to.equal('calm-help');
      expect(primary(el).textContent.trim()).to.equal('Start');
      el.setAttribute('pattern', 'box');
      el.setAttribute('cycles', '2');
      await advance(el, 20000);
      expect(events).to.deep.equal([]);
      expect(clock.pending).to.equal(0);
    });

    it('help="none" leaves help to the host page', async () => {
      const el = await fixture<CalmBreathing>(html`<calm-breathing help="none"></calm-breathing>`);
      expect(part(el, 'calm-help')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('presets', () => {
    const expected: Record<string, string[]> = {
      'extended-exhale': ['inhale 4000', 'exhale 6000'],
      box: ['inhale 4000', 'hold 4000', 'exhale 4000', 'hold 4000'],
      '4-7-8': ['inhale 4000', 'hold 7000', 'exhale 8000'],
      'cyclic-sigh': ['inhale 2000', 'top-up 1000', 'exhale 6000'],
      coherent: ['inhale 5500', 'exhale 5500'],
      equal: ['inhale 4000', 'exhale 4000'],
    };
    for (const [pattern, list] of Object.entries(expected)) {
      it(`${pattern}: each phase starts exactly when the one before has lasted its time`, async () => {
        const { el, events } = await started(html`<calm-breathing pattern=${pattern}></calm-breathing>`);
        expect(events[0]).to.deep.equal({ type: 'calm-start', detail: { activity: 'breathing' } });
        for (let i = 0; i < list.length; i++) {
          expect(phases(events)).to.have.length(i + 1);
          expect(phases(events)[i]).to.equal(list[i]);
          const ms = Number(list[i]!.split(' ')[1]);
          await advance(el, ms - 1);
          expect(phases(events), `${list[i]} lasts its full time`).to.have.length(i + 1);
          await advance(el, 1);
        }
        const next = events.filter((e) => e.type === 'calm-phase').at(-1)!.detail as CalmPhaseDetail;
        expect(next).to.deep.equal({ phase: 'inhale', cycle: 1, index: 0, durationMs: Number(list[0]!.split(' ')[1]) });
        expect(el.phase).to.equal('inhale');
      });
    }

    it('a session lasts one minute by default, rounded up to whole breaths', async () => {
      const { el, events } = await started(html`<calm-breathing></calm-breathing>`);
      expect(await runToEnd(el, 70000)).to.equal(60000);
      expect(completion(events)).to.deep.equal({ activity: 'breathing', elapsedMs: 60000, finished: true });
      expect(phases(events)).to.have.length(12);
      expect(el.state).to.equal('complete');
      expect(el.phase).to.equal(null);
    });

    it('4-7-8 runs 4 cycles by default', async () => {
      const { el, events } = await started(html`<calm-breathing pattern="4-7-8"></calm-breathing>`);
      expect(await runToEnd(el, 100000)).to.equal(76000);
      expect(completion(events)!.elapsedMs).to.equal(76000);
    });

    it('cycles sets the number of breaths and wins over duration', async () => {
      const { el, events } = await started(html`<calm-breathing pattern="box" cycles="2" duration="300"></calm-breathing>`);
      expect(await runToEnd(el, 100000)).to.equal(32000);
      expect(completion(events)!.finished).to.equal(true);
    });

    it('duration is rounded up to whole cycles', async () => {
      const { el } = await started(html`<calm-breathing pattern="equal" duration="30"></calm-breathing>`);
      expect(await runToEnd(el, 100000)).to.equal(32000);
    });
  });

  describe('custom patterns', () => {
    it('reads in-hold-out-rest seconds and leaves out a 0 s phase', async () => {
      const { el, events } = await started(html`<calm-breathing pattern="3-0-6-2" cycles="1"></calm-breathing>`);
      await runToEnd(el, 20000);
      expect(phases(events)).to.deep.equal(['inhale 3000', 'exhale 6000', 'rest 2000']);
      expect(completion(events)!.elapsedMs).to.equal(11000);
    });

    it('takes a phase list as the .pattern property, copied from the host', async () => {
      const el = await fixture<CalmBreathing>(html`<calm-breathing cycles="1"></calm-breathing>`);
      const list = [{ kind: 'inhale', seconds: 3 }, { kind: 'hold', seconds: 2 }, { kind: 'exhale', seconds: 5 }];
      el.pattern = list as CalmBreathing['pattern'];
      await el.updateComplete;
      list[0]!.seconds = 19;
      const events = record(el);
      el.start();
      await runToEnd(el, 20000);
      expect(phases(events)).to.deep.equal(['inhale 3000', 'hold 2000', 'exhale 5000']);
    });
  });

  describe('exact timing', () => {
    it('does not drift however late the timers fire', async () => {
      clock.lateBy = 350;
      const { el, events } = await started(html`<calm-breathing></calm-breathing>`);
      // When each phase began, read from the clock as the element reports it.
      const boundaries: number[] = [];
      let seen = 1;
      let elapsed = 0;
      while (el.state === 'running' && elapsed < 70000) {
        clock.advance(50);
        elapsed += 50;
        if (phases(events).length > seen) {
          seen++;
          boundaries.push(elapsed);
        }
        await settle(el);
      }
      expect(boundaries).to.have.length(11);
      boundaries.forEach((at, i) => {
        const due = Math.floor((i + 1) / 2) * 10000 + (i % 2 === 0 ? 4000 : 0);
        // Each boundary is seen at most one late timer after it is due: lateness never adds up.
        expect(at - due, `boundary ${i + 1}`).to.be.within(0, 400);
      });
      expect(completion(events)).to.deep.equal({ activity: 'breathing', elapsedMs: 60000, finished: true });
    });

    it('after a frozen tab it carries on from where the clock says, announcing only the phase it is in', async () => {
      const { el, events } = await started(html`<calm-breathing pattern="box"></calm-breathing>`);
      clock.jump(21000);
      await advance(el, 1);
      expect(phases(events)).to.deep.equal(['inhale 4000', 'hold 4000']);
      expect((events.at(-1)!.detail as CalmPhaseDetail).cycle).to.equal(1);
    });
  });

  describe('pause, resume and stop', () => {
    it('pauses and continues exactly where it was, by button', async () => {
      const el = await fixture<CalmBreathing>(html`<calm-breathing></calm-breathing>`);
      const events = record(el);
      primary(el).click();
      await advance(el, 2000);
      expect(primary(el).textContent.trim()).to.equal('Pause');
      primary(el).click();
      await settle(el);
      expect(el.state).to.equal('paused');
      expect(events.at(-1)).to.deep.equal({ type: 'calm-pause', detail: { activity: 'breathing', reason: 'user' } });
      await advance(el, 30000);
      expect(phases(events)).to.have.length(1);
      expect(primary(el).textContent.trim()).to.equal('Continue');
      primary(el).click();
      await settle(el);
      expect(events.at(-1)).to.deep.equal({ type: 'calm-resume', detail: { activity: 'breathing', reason: 'user' } });
      await advance(el, 1999);
      expect(phases(events)).to.have.length(1);
      await advance(el, 1);
      expect(phases(events)).to.deep.equal(['inhale 4000', 'exhale 6000']);
    });

    it('stops by button without comment, and focus stays on the main button', async () => {
      const el = await fixture<CalmBreathing>(html`<calm-breathing></calm-breathing>`);
      const events = record(el);
      primary(el).click();
      await advance(el, 5000);
      stopButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(completion(events)).to.deep.equal({ activity: 'breathing', elapsedMs: 5000, finished: false });
      expect(el.state).to.equal('complete');
      expect(getComputedStyle(stopButton(el)!).display, 'Stop is put away').to.equal('none');
      expect(deepActiveElement() === primary(el), 'focus').to.equal(true);
      expect(primary(el).textContent.trim()).to.equal('Start again');
      expect(clock.pending).to.be.at.most(1); // only the announcer's message may wait
      await expect(el).to.be.accessible();
    });

    it('methods drive it too; start() while running and pause() while paused change nothing', async () => {
      const { el, events } = await started(html`<calm-breathing></calm-breathing>`);
      el.start();
      el.resume();
      await advance(el, 1000);
      el.pause();
      el.pause();
      await settle(el);
      el.resume();
      await settle(el);
      el.stop();
      el.stop();
      await settle(el);
      expect(events.map((e) => e.type)).to.deep.equal(['calm-start', 'calm-phase', 'calm-pause', 'calm-resume', 'calm-complete']);
      el.start();
      await settle(el);
      expect(el.state).to.equal('running');
      expect(events.filter((e) => e.type === 'calm-start')).to.have.length(2);
    });

    it('cancels its timers and animation when removed', async () => {
      const { el } = await started(html`<calm-breathing></calm-breathing>`);
      const animated = shape(el);
      el.remove();
      expect(clock.pending).to.equal(0);
      expect(animated.getAnimations()).to.have.length(0);
      expect(el.state).to.equal('paused');
    });

    it('autostart starts on its own', async () => {
      const el = await fixture<CalmBreathing>(html`<calm-breathing autostart></calm-breathing>`);
      await settle(el);
      expect(el.state).to.equal('running');
      expect(el.phase).to.equal('inhale');
    });
  });

  describe('a hidden page', () => {
    it('pauses with reason hidden and continues on return', async () => {
      const { el, events } = await started(html`<calm-breathing></calm-breathing>`);
      await advance(el, 1000);
      setPageHidden(true);
      await settle(el);
      expect(el.state).to.equal('paused');
      expect(events.at(-1)).to.deep.equal({ type: 'calm-pause', detail: { activity: 'breathing', reason: 'hidden' } });
      await advance(el, 60000);
      setPageHidden(false);
      await settle(el);
      expect(el.state).to.equal('running');
      expect(events.at(-1)).to.deep.equal({ type: 'calm-resume', detail: { activity: 'breathing', reason: 'hidden' } });
      await advance(el, 3000);
      expect(phases(events)).to.deep.equal(['inhale 4000', 'exhale 6000']);
    });

    it('leaves a pause the person chose alone', async () => {
      const { el, events } = await started(html`<calm-breathing></calm-breathing>`);
      el.pause();
      setPageHidden(true);
      setPageHidden(false);
      await settle(el);
      expect(el.state).to.equal('paused');
      expect(events.map((e) => e.type)).to.deep.equal(['calm-start', 'calm-phase', 'calm-pause']);
    });
  });

  describe('motion', () => {
    it('rests the inner line behind the welcome words (they are wider), and shows it once running', async () => {
      const el = await fixture<CalmBreathing>(html`<calm-breathing></calm-breathing>`);
      expect(getComputedStyle(shape(el), '::before').opacity).to.equal('0');
      el.start();
      await settle(el);
      expect(getComputedStyle(shape(el), '::before').opacity).to.equal('0.3');
    });

    it('answers Start at once: the running words and Pause are shown before the shape is set moving', async () => {
      const el = await fixture<CalmBreathing>(html`<calm-breathing></calm-breathing>`);
      primary(el).click();
      await el.updateComplete;
      expect(primary(el).textContent.trim()).to.equal('Pause');
      expect(part(el, '.phase')!.textContent).to.equal('Breathe in');
      expect(count(el)).to.equal('4 seconds');
      // The first frame after the tap carries no animation set-up.
      expect(el.shadowRoot!.getAnimations()).to.have.length(0);
      await afterPaint();
      const [animation] = shape(el).getAnimations();
      expect(animation!.playState).to.equal('running');
      // From where the session's clock is (its start), give or take the frame just painted.
      expect(Number(animation!.currentTime)).to.be.within(0, 100);
      expect(part(el, '.pace')!.getAnimations()).to.have.length(1);
    });

    it('draws what moves or fades on layers of its own from the first screen, so Start repaints no large shape', async () => {
      const el = await fixture<CalmBreathing>(html`<calm-breathing></calm-breathing>`);
      const layered = () => ['.shape', '.pace', '.words'].map((selector) => getComputedStyle(part(el, selector)!).willChange);
      expect(layered(), 'before a session').to.deep.equal(Array(3).fill('transform, opacity'));
      primary(el).click();
      await el.updateComplete;
      await afterPaint();
      expect(layered(), 'while it runs, the same layers').to.deep.equal(Array(3).fill('transform, opacity'));
      el.motion = 'reduce';
      await el.updateComplete;
      expect(layered(), 'under reduced motion the dot, not shown, has none').to.deep.equal(['transform, opacity', 'auto', 'transform, opacity']);
    });

    it('moves the shape with one animation over the whole cycle, steered by pause and resume', async () => {
      const { el } = await started(html`<calm-breathing></calm-breathing>`);
      const [animation, ...others] = shape(el).getAnimations();
      expect(others).to.have.length(0);
      expect(animation!.playState).to.equal('running');
      expect((animation!.effect as KeyframeEffect).getTiming().duration).to.equal(10000);
      const props = new Set((animation!.effect as KeyframeEffect).getKeyframes().flatMap((k) => Object.keys(k)));
      expect([...props].filter((p) => !['offset', 'computedOffset', 'easing', 'composite', 'transform', 'opacity'].includes(p))).to.deep.equal([]);
      await advance(el, 4000);
      expect(shape(el).getAnimations()).to.deep.equal([animation]);
      await advance(el, 1500);
      el.pause();
      await settle(el);
      expect(animation!.playState).to.equal('paused');
      expect(animation!.currentTime).to.equal(5500);
      el.resume();
      await settle(el);
      expect(animation!.playState).to.equal('running');
      el.stop();
      await settle(el);
      expect(shape(el).getAnimations()).to.have.length(0);
    });

    it('a dot goes once round the ring in every phase, with one animation of transform only', async () => {
      const { el } = await started(html`<calm-breathing pattern="4-7-8"></calm-breathing>`);
      const [animation, ...others] = part(el, '.pace')!.getAnimations();
      expect(others).to.have.length(0);
      expect(part(el, '.pace')!.getAttribute('aria-hidden')).to.equal('true');
      const effect = animation!.effect as KeyframeEffect;
      expect(effect.getTiming().duration).to.equal(19000);
      const frames = effect.getKeyframes();
      expect([...new Set(frames.flatMap((k) => Object.keys(k)))].filter((p) => !['offset', 'computedOffset', 'easing', 'composite', 'transform'].includes(p))).to.deep.equal([]);
      // Back at the top (no turn) as each phase begins, a whole turn as it ends.
      const turns = frames.map((k) => `${(k.computedOffset * 19).toFixed(0)}s ${String(k.transform)}`);
      expect(turns).to.deep.equal(['0s rotate(0turn)', '4s rotate(1turn)', '4s rotate(0turn)', '11s rotate(1turn)', '11s rotate(0turn)', '19s rotate(1turn)']);
      // It glides while you breathe in and out, and steps on once a second while you hold (7 s, 7
      // steps), so a hold draws 7 frames instead of one in every frame of the hold.
      expect(frames.map((k) => k.easing)).to.deep.equal(['linear', 'linear', 'steps(7)', 'linear', 'linear', 'linear']);
      animation!.pause();
      const at = (ms: number) => {
        animation!.currentTime = ms;
        return new DOMMatrix(getComputedStyle(part(el, '.pace')!).transform).toString();
      };
      expect(at(4100), 'the first second of the hold').to.equal(at(5000 - 1));
      expect(at(5000 + 1), 'a step after a second').not.to.equal(at(5000 - 1));
      expect(at(2000), 'gliding while breathing in').not.to.equal(at(2100));
      animation!.currentTime = 0;
      animation!.play();
      // Only the dot turns: the ring stays still, and a phase change leaves the guide's own style alone.
      const turning = getComputedStyle(part(el, '.pace')!);
      expect([turning.borderTopWidth, turning.backgroundColor]).to.deep.equal(['0px', 'rgba(0, 0, 0, 0)']);
      const stageClass = part(el, '.stage')!.className;
      await advance(el, 5000);
      expect(part(el, '.phase')!.textContent).to.equal('Hold');
      expect(part(el, '.stage')!.className).to.equal(stageClass);
      el.pause();
      await settle(el);
      expect(animation!.playState).to.equal('paused');
      expect(animation!.currentTime).to.equal(5000);
      el.stop();
      await settle(el);
      expect(part(el, '.pace')!.getAnimations()).to.have.length(0);
    });

    it('a phase change renders once, lays out only inside the guide, and leaves the animations alone', async () => {
      const { el } = await started(html`<calm-breathing pattern="4-7-8"></calm-breathing>`);
      const animations = [...shape(el).getAnimations(), ...part(el, '.pace')!.getAnimations()];
      expect(animations).to.have.length(2);
      // Touching a running animation (play(), a new currentTime) hands it to the compositor again.
      const touched: string[] = [];
      for (const animation of animations) {
        animation.play = () => void touched.push('play');
        animation.pause = () => void touched.push('pause');
        Object.defineProperty(animation, 'currentTime', { get: () => 0, set: () => void touched.push('currentTime'), configurable: true });
      }
      let renders = 0;
      const observer = new MutationObserver(() => renders++);
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      await advance(el, 4000);
      observer.disconnect();
      expect(part(el, '.phase')!.textContent).to.equal('Hold');
      // The words and what is said change in one update: no second frame to clear the live region.
      expect(live(el)).to.equal('Hold, 7 seconds');
      expect(renders).to.equal(1);
      expect(touched).to.deep.equal([]);
      // The stage is a layout root (strict containment, in a block, not a grid item), and so is the
      // live region's words, so the new words lay out only those boxes.
      const stage = part(el, '.stage')!;
      expect(getComputedStyle(stage).contain).to.equal('strict');
      expect(getComputedStyle(stage.parentElement!).display).to.equal('block');
      const said = part(el, '[role="status"] .said')!;
      expect(getComputedStyle(said).contain).to.equal('strict');
      expect(getComputedStyle(said).display).to.equal('block');
      for (const animation of animations) {
        delete (animation as Partial<Animation>).play;
        delete (animation as Partial<Animation>).pause;
        delete (animation as { currentTime?: unknown }).currentTime;
      }
      el.stop();
      await settle(el);
    });

    for (const [lang, width] of [['en', 0], ['ar', 0], ['ar', 320], ['fr', 320], ['es', 320]] as const) {
      it(`${lang}${width ? ` at ${width} px` : ''}: Start becomes Pause under the finger, Stop appears beside it, and "Breath 1 of 4" lays out alone`, async () => {
        const box = await fixture<HTMLElement>(html`<div style=${width ? `inline-size: ${width}px` : ''}><calm-breathing pattern="4-7-8" lang=${lang}></calm-breathing></div>`);
        const el = box.querySelector('calm-breathing') as CalmBreathing;
        await el.updateComplete;
        const start = primary(el).getBoundingClientRect();
        const [x, y] = [start.left + start.width / 2, start.top + start.height / 2];
        const line = part(el, '.progress')!;
        // The line keeps its place before a session, unseen and unread.
        expect(getComputedStyle(line).visibility).to.equal('hidden');
        const lineBefore = line.getBoundingClientRect().toJSON();
        // Stop is there, not shown: nothing is inserted when the session starts.
        expect(getComputedStyle(stopButton(el)!).display).to.equal('none');
        const stopButtonBefore = stopButton(el);
        el.start();
        await settle(el);
        await afterPaint();
        // A second tap where Start was lands on Pause.
        expect(el.shadowRoot!.elementFromPoint(x, y)).to.equal(primary(el));
        expect(primary(el).textContent.trim()).to.equal({ en: 'Pause', ar: 'إيقاف مؤقت', fr: 'Pause', es: 'Pausa' }[lang]);
        expect(getComputedStyle(line).visibility).to.equal('visible');
        expect(line.getBoundingClientRect().toJSON()).to.deep.equal(lineBefore);
        // Stop at the inline end (right of Pause, left of it in Arabic), whole and inside the element.
        const pause = primary(el).getBoundingClientRect();
        const stop = stopButton(el)!.getBoundingClientRect();
        expect(getComputedStyle(stopButton(el)!).display).not.to.equal('none');
        expect(stopButton(el) === stopButtonBefore, 'the same Stop, shown').to.equal(true);
        const host = el.getBoundingClientRect();
        if (lang === 'ar') expect(stop.right).to.be.at.most(pause.left);
        else expect(stop.left).to.be.at.least(pause.right);
        expect(stop.top).to.equal(pause.top);
        expect(stop.left).to.be.at.least(host.left);
        expect(stop.right).to.be.at.most(host.right);
        expect(stop.height, 'its word on one line').to.equal(pause.height);
        // A layout root: size and layout containment, in a block rather than a grid item.
        expect(getComputedStyle(line).contain).to.match(/size/).and.to.match(/layout/);
        expect(getComputedStyle(line.parentElement!).display).to.equal('block');
        await expect(el).to.be.accessible();
        el.stop();
        await settle(el);
        expect(getComputedStyle(line).visibility).to.equal('hidden');
        // "Start again" has the whole line: centred and, in every language, on one line.
        const again = primary(el).getBoundingClientRect();
        expect(Math.abs(again.left + again.width / 2 - (host.left + host.width / 2))).to.be.below(2);
        expect(again.height).to.equal(start.height);
      });
    }

    it('under reduced motion, live, the shape stands still and its glow carries the rhythm, with nothing redrawn between phases', async () => {
      const { el } = await started(html`<calm-breathing></calm-breathing>`);
      await advance(el, 200);
      expect(shape(el).getAnimations()).to.have.length(1);
      expect(part(el, '.fill')!.getAnimations()).to.have.length(0);
      el.motion = 'reduce';
      await settle(el);
      expect(shape(el).getAnimations()).to.have.length(0);
      const [glow, ...others] = part(el, '.fill')!.getAnimations();
      expect(others).to.have.length(0);
      const effect = glow!.effect as KeyframeEffect;
      expect(effect.getTiming().duration).to.equal(10000);
      // Opacity only (no layout, no paint): faint at the end of breathing out, bright when full.
      expect(effect.getKeyframes().map((k) => `${k.computedOffset} ${String(k.opacity)}`)).to.deep.equal(['0 0', '0.4 1', '1 0']);
      expect(glow!.playState).to.equal('running');
      expect(glow!.currentTime).to.equal(200);
      // Nothing travels under reduced motion: the dot rests, hidden.
      expect(part(el, '.pace')!.getAnimations()).to.have.length(0);
      expect(getComputedStyle(part(el, '.pace')!).visibility).to.equal('hidden');
      expect(count(el)).to.equal('4 seconds');
      const said = live(el);
      expect(said).to.equal('Breathe in, 4 seconds');
      // No count-down: between phase changes the element renders nothing, so nothing is laid out.
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      for (let ms = 200; ms < 3900; ms += 250) await advance(el, 250);
      observer.disconnect();
      expect(changes).to.have.length(0);
      expect(clock.pending).to.equal(1); // only the timeline's next phase change
      expect(live(el)).to.equal(said);
      await advance(el, 100);
      expect(part(el, '.phase')!.textContent).to.equal('Breathe out');
      expect(count(el)).to.equal('6 seconds');
      await expect(el).to.be.accessible();
      el.motion = 'auto';
      await settle(el);
      const [animation] = shape(el).getAnimations();
      expect(animation!.playState).to.equal('running');
      expect(animation!.currentTime).to.equal(4050);
      expect(part(el, '.fill')!.getAnimations()).to.have.length(0);
    });
  });

  describe('size', () => {
    it('fills a full-screen tablet: the guide is at least 300 px wide in a 768 × 1024 viewport', async () => {
      // An iframe is a 768 × 1024 viewport of its own, in every browser the suite runs.
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 768px; height: 1024px; border: 0';
      frame.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0">
        <calm-breathing style="min-block-size: 100vh"></calm-breathing>
        <script type="module" src="${new URL('../../src/elements/breathing/define.ts', import.meta.url).pathname}"></script></body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow!;
        await win.customElements.whenDefined('calm-breathing');
        const el = frame.contentDocument!.querySelector('calm-breathing') as CalmBreathing;
        await el.updateComplete;
        const guide = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
        expect(guide.width).to.be.at.least(300);
        expect(guide.width).to.equal(guide.height);
        // The buttons under it stay on the screen.
        const buttons = el.shadowRoot!.querySelector('.controls')!.getBoundingClientRect();
        expect(buttons.bottom).to.be.at.most(1024);
      } finally {
        frame.remove();
      }
    });

    // Every phase kind, in one cycle each: cyclic-sigh has a top-up, 2-1-2-1 a hold and a rest.
    const cycles: Record<string, number> = { 'cyclic-sigh': 9000, '2-1-2-1': 6000 };
    for (const lang of ['en', 'es', 'fr', 'ar']) {
      it(`${lang}: every phase word lies inside the shape at its smallest, in a 320 px wide element`, async () => {
        for (const [pattern, cycleMs] of Object.entries(cycles)) {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><calm-breathing lang=${lang} pattern=${pattern}></calm-breathing></div>`);
          const el = wrapper.querySelector('calm-breathing')!;
          el.start();
          await settle(el);
          await afterPaint();
          const seen = new Set<string>();
          for (let at = 0; at < cycleMs; at += 500) {
            const word = part(el, '.phase')!;
            if (!seen.has(word.textContent)) {
              seen.add(word.textContent);
              // The shape at its smallest: the start of the cycle, just after breathing out.
              const [animation] = shape(el).getAnimations();
              animation!.pause();
              animation!.currentTime = 0;
              const circle = shape(el).getBoundingClientRect();
              expect(circle.width).to.be.closeTo(0.6 * shape(el).offsetWidth, 1);
              const box = word.getBoundingClientRect();
              const label = `${lang} "${word.textContent}" (${box.width.toFixed(0)} × ${box.height.toFixed(0)} in a ${circle.width.toFixed(0)} px circle)`;
              expect(box.left, label).to.be.at.least(circle.left);
              expect(box.right, label).to.be.at.most(circle.right);
              expect(box.top, label).to.be.at.least(circle.top);
              expect(box.bottom, label).to.be.at.most(circle.bottom);
              // Inside the round edge too, not only its square box: every corner within the radius.
              const r = circle.width / 2;
              const [cx, cy] = [circle.left + r, circle.top + r];
              for (const [x, y] of [[box.left, box.top], [box.right, box.top], [box.left, box.bottom], [box.right, box.bottom]]) {
                expect(Math.hypot(x! - cx, y! - cy), label).to.be.below(r);
              }
              animation!.play();
            }
            await advance(el, 500);
          }
          expect(seen.size, `${lang} ${pattern}: ${[...seen].join(', ')}`).to.equal(pattern === 'cyclic-sigh' ? 3 : 4);
        }
      });
    }
  });

  describe('a tap on Start', () => {
    it("finds the phase words' font ready: before Start an unseen space takes their size and weight, out of the flow", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 600px"><calm-breathing></calm-breathing></div>`);
      const el = wrapper.querySelector('calm-breathing')!;
      const words = part(el, '.words')!;
      const ready = getComputedStyle(words, '::after');
      expect(ready.content).not.to.be.oneOf(['none', 'normal', '']);
      expect(ready.visibility).to.equal('hidden');
      expect(ready.position).to.equal('absolute');
      const before = { size: ready.fontSize, weight: ready.fontWeight, family: ready.fontFamily };
      el.start();
      await settle(el);
      const phase = getComputedStyle(part(el, '.phase')!);
      expect(before).to.deep.equal({ size: phase.fontSize, weight: phase.fontWeight, family: phase.fontFamily });
      // The welcome words are smaller: without the space, Start would show a font not yet set up.
      el.reset();
      await settle(el);
      expect(getComputedStyle(part(el, '.phase')!).fontSize).not.to.equal(before.size);
    });
  });

  describe('announcements', () => {
    it('announces each phase with its length, then pause and the end', async () => {
      const { el } = await started(html`<calm-breathing cycles="1"></calm-breathing>`);
      await advance(el, 100);
      expect(live(el)).to.equal('Breathe in, 4 seconds');
      expect(shadowText(el)).to.contain('Breath 1 of 1');
      await advance(el, 4000);
      expect(live(el)).to.equal('Breathe out, 6 seconds');
      el.pause();
      await advance(el, 1500);
      expect(live(el)).to.equal('Paused. Continue when you are ready.');
      el.resume();
      await advance(el, 1500);
      expect(live(el)).to.equal('Continuing. Breathe out');
      await runToEnd(el, 10000);
      await advance(el, 1500);
      expect(live(el)).to.equal('All done. Take a moment to notice how you feel.');
    });

    it('speaks the element language, with its number format', async () => {
      const es = await started(html`<calm-breathing lang="es" pattern="coherent"></calm-breathing>`);
      await advance(es.el, 100);
      // Units come from Intl, which may put a no-break space between number and unit.
      const spoken = (el: CalmBreathing) => live(el).replace(/\s/g, ' ');
      expect(spoken(es.el)).to.equal('Inhala, 5,5 segundos');
      const fr = await started(html`<calm-breathing lang="fr" pattern="cyclic-sigh"></calm-breathing>`);
      await advance(fr.el, 2100);
      expect(spoken(fr.el)).to.equal('Inspire encore un peu, 1 seconde');
      const { el: arEl } = await started(html`<calm-breathing lang="ar"></calm-breathing>`);
      await advance(arEl, 100);
      expect(part(arEl, '.base')!.getAttribute('dir')).to.equal('rtl');
      expect(live(arEl)).to.contain('خذ شهيقًا');
      // Arabic has a dual: a 2-second phase is «ثانيتان», never "2 seconds" in the plural.
      const { el: arSigh } = await started(html`<calm-breathing lang="ar" pattern="cyclic-sigh"></calm-breathing>`);
      await advance(arSigh, 100);
      expect(live(arSigh)).to.contain('ثانيتان');
    });

    it('a stop is announced plainly', async () => {
      const { el } = await started(html`<calm-breathing></calm-breathing>`);
      el.stop();
      await advance(el, 1500);
      expect(live(el)).to.equal('Stopped. You can start again whenever you like.');
    });
  });

  describe('bad input', () => {
    it('warns once about a pattern it cannot use and breathes the default', async () => {
      const warnings = captureWarnings();
      try {
        const { el, events } = await started(html`<calm-breathing pattern="1-1" cycles="1"></calm-breathing>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<calm-breathing> pattern="1-1" is not valid').and.contain('extended-exhale, box, 4-7-8');
        expect(phases(events)).to.deep.equal(['inhale 4000']);
      } finally {
        warnings.restore();
      }
    });

    it('refuses a phase list without an exhale', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CalmBreathing>(html`<calm-breathing></calm-breathing>`);
        el.pattern = [{ kind: 'inhale', seconds: 4 }];
        await el.updateComplete;
        expect(warnings.messages.join()).to.contain('pattern=that list is not valid');
      } finally {
        warnings.restore();
      }
    });

    it('warns about cycles, duration and cues, and falls back', async () => {
      const warnings = captureWarnings();
      try {
        const { el } = await started(html`<calm-breathing cycles="2.5" duration="-3" cues="tone smell"></calm-breathing>`);
        expect(warnings.messages).to.have.length(3);
        expect(warnings.messages[0]).to.contain('cycles=2.5 is not valid; accepted values: a whole number from 1 to 100');
        expect(warnings.messages[1]).to.contain('duration=-3 is not valid');
        expect(warnings.messages[2]).to.contain('"smell"').and.contain('tone, voice, haptic');
        expect(part(el, '.toggle.sound')).not.to.equal(null);
        expect(await runToEnd(el, 70000)).to.equal(60000);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('sound and vibration', () => {
    it('are on/off switches like the timer\'s, never filled like Start, in every theme', async () => {
      for (const theme of ['light', 'dark', 'contrast']) {
        const el = await fixture<CalmBreathing>(html`<calm-breathing theme=${theme} cues="tone haptic"></calm-breathing>`);
        const start = getComputedStyle(primary(el));
        // Vibration shows only where the device can vibrate (not in Firefox or WebKit).
        const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle')];
        expect(toggles.length, 'at least Sound').to.be.at.least(1);
        for (const toggle of toggles) {
          const label = `${theme} ${toggle.className}`;
          expect(toggle.getAttribute('role'), label).to.equal('switch');
          expect(toggle.getAttribute('aria-checked'), label).to.equal('true');
          expect(getComputedStyle(toggle).backgroundColor, label).not.to.equal(start.backgroundColor);
          const knobOn = getComputedStyle(toggle, '::before').backgroundPosition;
          toggle.click();
          await settle(el);
          expect(toggle.getAttribute('aria-checked'), label).to.equal('false');
          expect(getComputedStyle(toggle, '::before').backgroundPosition, `${label}: the knob moves`).not.to.equal(knobOn);
        }
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('accessibility in every state and theme', () => {
    it('running, paused and complete', async () => {
      const { el } = await started(html`<calm-breathing cues="tone haptic"></calm-breathing>`);
      await advance(el, 200);
      await expect(el).to.be.accessible();
      el.pause();
      await settle(el);
      await expect(el).to.be.accessible();
      el.stop();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    for (const theme of ['dark', 'contrast'] as const) {
      it(`${theme} theme while running`, async () => {
        const { el } = await started(html`<calm-breathing theme=${theme}></calm-breathing>`);
        await advance(el, 200);
        await expect(el).to.be.accessible();
      });
    }

    it('right to left, reduced motion', async () => {
      const { el } = await started(html`<calm-breathing lang="ar" motion="reduce"></calm-breathing>`);
      await advance(el, 200);
      expect(part(el, '.base')!.getAttribute('dir')).to.equal('rtl');
      expect(shape(el).getAnimations()).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('every control is at least 44 px', async () => {
      const { el } = await started(html`<calm-breathing cues="tone"></calm-breathing>`);
      for (const button of el.shadowRoot!.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.at.least(44);
        expect(box.height).to.be.at.least(44);
      }
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/breathing/define.js';
import '../../src/elements/grounding/define.js';
import '../../src/elements/kiosk/define.js';
import '../../src/elements/choice/define.js';
import '../../src/elements/timer/define.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import { ar } from '../../src/locales/ar.js';
import type { CalmBreathing } from '../../src/elements/breathing/calm-breathing.js';
import type { CalmGrounding } from '../../src/elements/grounding/calm-grounding.js';
import type { CalmChoice } from '../../src/elements/choice/calm-choice.js';
import type { CalmHelp } from '../../src/elements/help/calm-help.js';
import type { CalmTimer } from '../../src/elements/timer/calm-timer.js';
import { KIOSK_WARNING_SECONDS, OPERATOR_HOLD_MS, type CalmKiosk } from '../../src/elements/kiosk/calm-kiosk.js';
import { useClock } from '../../src/engine/clock.js';
import { FakeClock } from '../../src/engine/fake-clock.js';
import { en } from '../../src/locales/en.js';
import { captureWarnings, deepActiveElement, requestCount, shadowText, storedData } from '../helpers.js';

const TIMEOUT_MS = 120_000;
const WARNING_MS = KIOSK_WARNING_SECONDS * 1000;

const part = (el: CalmKiosk, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const heading = (el: CalmKiosk) => part(el, 'heading')!;
const headingText = (el: CalmKiosk) => heading(el).textContent.trim();
const warning = (el: CalmKiosk) => el.shadowRoot!.querySelector<HTMLDialogElement>('[part="warning"]');
const tile = (el: CalmKiosk, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="tile"][data-activity="${id}"]`);
const tiles = (el: CalmKiosk) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tile"]')].map((t) => t.dataset.activity);
const helpControl = (el: CalmKiosk) => el.shadowRoot!.querySelector<CalmHelp>('calm-help')!;
const helpButton = (el: CalmKiosk) => helpControl(el).shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
const liveRegion = (el: CalmKiosk) => el.shadowRoot!.querySelector('[role="status"]')!.textContent.replace(/\u00a0$/, '');
const child = (el: CalmKiosk, tag: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="activity"] > ${tag}`);

/** A short name for a node, for assertion messages (a failing assertion on a DOM node stalls the runner). */
function nameOf(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const part = node.getAttribute('part');
  return `<${node.localName}${part ? ` part="${part}"` : ''}${node.id ? ` id="${node.id}"` : ''}>`;
}

function expectSame(actual: Element | null | undefined, expected: Element | null | undefined, message: string): void {
  expect(actual === expected, `${message}: got ${nameOf(actual)}, expected ${nameOf(expected)}`).to.equal(true);
}

function expectFocus(expected: Element | null | undefined, message = 'focus'): void {
  expectSame(deepActiveElement(), expected, message);
}

const warningShown = (el: CalmKiosk) => warning(el) !== null;

/** Lets the kiosk and its activity render, and the events that follow a render arrive. */
async function settle(el: CalmKiosk): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

let clock: FakeClock;

async function advance(el: CalmKiosk, ms: number, step = ms): Promise<void> {
  for (let done = 0; done < ms; done += step) {
    clock.advance(Math.min(step, ms - done));
    await settle(el);
  }
}

async function click(el: CalmKiosk, target: HTMLElement | null): Promise<void> {
  expect(target, 'control exists').to.exist;
  target!.click();
  await settle(el);
}

/** A touch somewhere in the kiosk, as the browser reports it. */
async function touch(el: CalmKiosk, target: Element = part(el, 'screen')!): Promise<void> {
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
  target.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerType: 'touch' }));
  await settle(el);
}

async function kiosk(template = html`<calm-kiosk region="US"></calm-kiosk>`): Promise<CalmKiosk> {
  const el = await fixture<CalmKiosk>(template);
  await settle(el);
  return el;
}

async function toMenu(el: CalmKiosk): Promise<void> {
  await click(el, part(el, 'start'));
  expect(el.screen).to.equal('menu');
}

async function open(el: CalmKiosk, id: string): Promise<void> {
  if (el.screen === 'attract') await toMenu(el);
  await click(el, tile(el, id));
  expect(el.screen).to.equal('activity');
}

/** A real click in the middle of an element, as a mouse or a finger makes it. */
async function tapAt(el: CalmKiosk, target: Element | null): Promise<void> {
  expect(target, 'target exists').to.exist;
  target!.scrollIntoView({ block: 'center' });
  const box = target!.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  await settle(el);
}

/** Whether a focus ring is drawn around an element. */
const ringShown = (target: Element): boolean => {
  const style = getComputedStyle(target);
  return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
};

function resets(el: CalmKiosk): string[] {
  const reasons: string[] = [];
  el.addEventListener('calm-reset', (e) => reasons.push(e.detail.reason));
  return reasons;
}

/**
 * Everything a next person could find: every text node, attribute value and field value in the
 * document and in every shadow root, however deep.
 */
function everythingOnThePage(): string {
  const found: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const attribute of node.attributes) found.push(attribute.value);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) found.push(node.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const next of node.childNodes) walk(next);
  };
  walk(document.documentElement);
  return found.join('\n');
}

describe('<calm-kiosk>', () => {
  let restoreClock: () => void;
  beforeEach(() => {
    clock = new FakeClock();
    restoreClock = useClock(clock);
  });
  afterEach(() => restoreClock());

  describe('screens', () => {
    it('opens on a calm welcome with one big Start, help first in keyboard order', async () => {
      const el = await kiosk();
      expect(el.screen).to.equal('attract');
      expect(headingText(el)).to.equal(en['kiosk.welcome.title']);
      expect(part(el, 'start')!.textContent.trim()).to.equal(en['kiosk.welcome.start']);
      expect(el.shadowRoot!.querySelectorAll('calm-help')).to.have.length(1);
      expect(helpControl(el).compareDocumentPosition(part(el, 'start')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      // Nothing to forget yet: no idle timer runs on the welcome screen.
      expect(clock.pending).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('starts from the Start button by keyboard, and from a tap anywhere on the welcome', async () => {
      const el = await kiosk();
      part(el, 'start')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.screen).to.equal('menu');
      expectFocus(heading(el), 'focus on the menu heading');
      expect(headingText(el)).to.equal(en['kiosk.menu.title']);

      const other = await kiosk();
      await click(other, other.shadowRoot!.querySelector('.lead'));
      expect(other.screen).to.equal('menu');
    });

    it('speaks to a child throughout with audience="child": its help tells a grown-up first, and the activity it opens gets the audience', async () => {
      const el = await kiosk(html`<calm-kiosk region="GB" audience="child"></calm-kiosk>`);
      expect(helpControl(el).getAttribute('audience')).to.equal('child');
      helpButton(el).click();
      await helpControl(el).updateComplete;
      expect(helpControl(el).shadowRoot!.querySelector('[part="grown-up"]')!.textContent).to.equal(en['help.child']);
      helpControl(el).close();
      await settle(el);
      await toMenu(el);
      await click(el, tile(el, 'grounding'));
      expect(child(el, 'calm-grounding')!.getAttribute('audience')).to.equal('child');
      await expect(el).to.be.accessible();
    });

    it('shows a big tile for each registered activity, skipping unregistered ones silently', async () => {
      const warnings = captureWarnings();
      try {
        const el = await kiosk();
        await toMenu(el);
        // check-in and calm-down need <calm-check-in> and <calm-flow>, not loaded here.
        expect(tiles(el)).to.deep.equal(['breathing', 'grounding', 'help']);
        expect(el.availableActivities).to.deep.equal(['breathing', 'grounding', 'help']);
        expect(warnings.messages).to.deep.equal([]);
        for (const t of el.shadowRoot!.querySelectorAll('[part~="tile"]')) {
          expect(t.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
          expect(t.getBoundingClientRect().height).to.be.at.least(48);
        }
        expect(tile(el, 'breathing')!.textContent).to.contain(en['kiosk.tile.breathing']);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('keeps the order given in activities; unknown words warn once and are dropped', async () => {
      const warnings = captureWarnings();
      try {
        const el = await kiosk(html`<calm-kiosk activities="help grounding dance grounding"></calm-kiosk>`);
        await toMenu(el);
        el.requestUpdate();
        await settle(el);
        expect(tiles(el)).to.deep.equal(['help', 'grounding']);
        const mine = warnings.messages.filter((m) => m.includes('dance'));
        expect(mine).to.have.length(1);
        expect(mine[0]).to.contain('<calm-kiosk>').and.contain('activities').and.contain('breathing, grounding, check-in, calm-down, help');
      } finally {
        warnings.restore();
      }
    });

    it('falls back to every activity when none is valid', async () => {
      const warnings = captureWarnings();
      try {
        const el = await kiosk(html`<calm-kiosk activities="nothing"></calm-kiosk>`);
        el.requestUpdate();
        await settle(el);
        await toMenu(el);
        expect(tiles(el)).to.deep.equal(['breathing', 'grounding', 'help']);
        const mine = warnings.messages.filter((m) => m.includes('activities'));
        expect(mine, 'one warning for the value').to.have.length(1);
        expect(mine[0]).to.contain('"nothing"').and.contain('Using "breathing grounding check-in calm-down help"');
      } finally {
        warnings.restore();
      }
    });

    for (const [id, tag] of [
      ['breathing', 'calm-breathing'],
      ['grounding', 'calm-grounding'],
    ] as const) {
      it(`${id}: created fresh with help="none", full-screen with Back, destroyed on Back`, async () => {
        const el = await kiosk();
        await toMenu(el);
        tile(el, id)!.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(el.screen).to.equal('activity');
        const first = child(el, tag)!;
        expect(first, `${tag} on screen`).to.exist;
        expect(first.getAttribute('help')).to.equal('none');
        expect(first.shadowRoot!.querySelector('calm-help') === null, 'one help control for the whole screen').to.equal(true);
        expect(el.shadowRoot!.querySelectorAll('calm-help')).to.have.length(1);
        expect((first as unknown as { region?: string }).region).to.equal('US');
        expect(headingText(el)).to.equal(en[`kiosk.tile.${id}`]);
        expectFocus(heading(el), 'focus on the activity heading');
        expect(part(el, 'back')!.textContent.trim()).to.equal(en['kiosk.back']);
        await expect(el).to.be.accessible();

        await click(el, part(el, 'back'));
        expect(el.screen).to.equal('menu');
        expect(first.isConnected, 'destroyed on Back').to.equal(false);
        expectFocus(tile(el, id), 'focus back on its tile');
        await click(el, tile(el, id));
        const second = child(el, tag)!;
        expect(second, 'a new one').to.exist;
        expect(second === first, 'created fresh').to.equal(false);
      });
    }

    it('answers a tile in the very next frame with Back and the heading, focused; the activity joins them right after', async () => {
      const el = await kiosk(html`<calm-kiosk region="US" lang="ar"></calm-kiosk>`);
      await toMenu(el);
      const announced = liveRegion(el);
      tile(el, 'breathing')!.click();
      // The frame that answers the tap (its animation callbacks run just before it is painted).
      const firstFrame = await new Promise<{ heading: string; focused: boolean; back: boolean; activity: boolean }>((resolve) =>
        requestAnimationFrame(() =>
          resolve({
            heading: headingText(el),
            focused: deepActiveElement() === heading(el),
            back: part(el, 'back') !== null,
            activity: el.shadowRoot!.querySelector('calm-breathing') !== null,
          }),
        ),
      );
      expect(firstFrame).to.deep.equal({ heading: ar['kiosk.tile.breathing'], focused: true, back: true, activity: false });
      await settle(el);
      const breathing = child(el, 'calm-breathing') as CalmBreathing;
      expect(breathing, 'the activity is on the screen').to.exist;
      expect(breathing.shadowRoot!.querySelector('[part="phase"]'), 'and rendered').to.exist;
      expect(breathing.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir'), 'right to left, as the kiosk').to.equal('rtl');
      expectFocus(heading(el), 'focus stays on the heading');
      expect(liveRegion(el), 'nothing more is announced').to.equal(announced);
      await expect(el).to.be.accessible();
    });

    it('a tile left before its activity joined the screen leaves nothing behind', async () => {
      const el = await kiosk();
      await toMenu(el);
      tile(el, 'grounding')!.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await click(el, part(el, 'back'));
      expect(el.screen).to.equal('menu');
      expectFocus(tile(el, 'grounding'), 'focus back on its tile');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await settle(el);
      expect(el.shadowRoot!.querySelector('calm-grounding'), 'never placed').to.equal(null);
      expect(el.screen).to.equal('menu');

      tile(el, 'breathing')!.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      el.reset();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await settle(el);
      expect(el.screen).to.equal('attract');
      expect(el.shadowRoot!.querySelector('calm-breathing'), 'gone with the reset').to.equal(null);
    });

    it('the help tile opens the same help as the help button, and tells the host', async () => {
      const el = await kiosk();
      const helps: unknown[] = [];
      el.addEventListener('calm-help', (e) => helps.push(e.detail));
      await toMenu(el);
      await click(el, tile(el, 'help'));
      await helpControl(el).updateComplete;
      const dialog = helpControl(el).shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(helps).to.deep.equal([{ reason: 'button' }]);
      await expect(el).to.be.accessible();
      helpControl(el).close();
      await helpControl(el).updateComplete;
    });

    it('uses a <calm-help slot="help"> from the host as the one help control', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <calm-kiosk><calm-help slot="help" region="GB"></calm-help></calm-kiosk>
      </div>`);
      const el = wrapper.querySelector('calm-kiosk')!;
      await settle(el);
      const own = wrapper.querySelector<CalmHelp>('calm-help')!;
      await toMenu(el);
      await click(el, tile(el, 'help'));
      await own.updateComplete;
      expect(own.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      expect(el.shadowRoot!.querySelector('calm-help') === null, 'no second help control').to.equal(true);
      own.close();
      await own.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('"I\'m finished" forgets the person (reason user)', async () => {
      const el = await kiosk();
      const reasons = resets(el);
      await open(el, 'grounding');
      await click(el, part(el, 'back'));
      await click(el, part(el, 'done'));
      expect(el.screen).to.equal('attract');
      expect(reasons).to.deep.equal(['user']);
      expectFocus(heading(el));
    });
  });

  describe('idle reset', () => {
    it('shows no warning before the timeout, then "Are you still there?" with help still reachable', async () => {
      const el = await kiosk();
      const reasons = resets(el);
      await toMenu(el);
      await advance(el, TIMEOUT_MS - 1);
      expect(warningShown(el)).to.equal(false);
      expect(el.screen).to.equal('menu');
      await advance(el, 1);
      const dialog = warning(el)!;
      expect(dialog).to.exist;
      expect(dialog.open).to.equal(true);
      const named = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
      expect(named?.textContent, 'the dialog is named by its title').to.equal(en['kiosk.warning.title']);
      expect(dialog.matches(':modal'), 'not modal: help stays usable').to.equal(false);
      expect(shadowText(el)).to.contain(en['kiosk.warning.title']);
      expect(part(el, 'stay')!.textContent.trim()).to.equal(en['kiosk.warning.stay']);
      expectFocus(part(el, 'stay'), 'focus on "I\'m still here"');
      expect(reasons).to.deep.equal([]);
      // Help is neither covered nor inert.
      const help = helpButton(el);
      expect(help.closest('[inert]') === null && helpControl(el).closest('[inert]') === null, 'help is not inert').to.equal(true);
      const box = help.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      expectSame(el.shadowRoot!.elementFromPoint(x, y), helpControl(el), 'nothing on top of help');
      // The activity behind is inert; the warning is not.
      expect(part(el, 'screen')!.closest('[inert]')).to.exist;
      await expect(el).to.be.accessible();
      // Help works during the warning, and using it means someone is here.
      help.click();
      await settle(el);
      expect(helpControl(el).shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      helpControl(el).close();
      await settle(el);
    });

    it('counts down at least 20 s in whole seconds, announced once, then resets', async () => {
      const el = await kiosk();
      const reasons = resets(el);
      await toMenu(el);
      await advance(el, TIMEOUT_MS);
      const countdown = () => part(el, 'countdown')!.textContent.trim();
      expect(countdown()).to.equal(`Starting over in ${KIOSK_WARNING_SECONDS} seconds`);
      await advance(el, 300);
      const announced = liveRegion(el);
      expect(announced).to.contain(en['kiosk.warning.title']).and.contain(`${KIOSK_WARNING_SECONDS} seconds`);
      await advance(el, 700);
      expect(countdown()).to.equal(`Starting over in ${KIOSK_WARNING_SECONDS - 1} seconds`);
      await advance(el, 10_000);
      expect(countdown()).to.equal(`Starting over in ${KIOSK_WARNING_SECONDS - 11} seconds`);
      expect(liveRegion(el), 'never a per-second announcement').to.equal(announced);
      expect(part(el, 'countdown')!.closest('[aria-live]') === null, 'the count-down is not live').to.equal(true);
      await advance(el, WARNING_MS - 11_000 - 1);
      expect(warningShown(el), `still warning ${WARNING_MS - 1} ms in`).to.equal(true);
      expect(reasons).to.deep.equal([]);
      await advance(el, 1);
      expect(warningShown(el)).to.equal(false);
      expect(el.screen).to.equal('attract');
      expect(reasons).to.deep.equal(['idle']);
      expectFocus(heading(el), 'focus on the welcome screen');
      expect(headingText(el)).to.equal(en['kiosk.welcome.title']);
      expect(clock.pending, 'no timer left on the welcome screen').to.equal(0);
    });

    it('"I\'m still here" cancels the warning and restarts the full wait', async () => {
      const el = await kiosk();
      const reasons = resets(el);
      await open(el, 'grounding');
      await advance(el, TIMEOUT_MS + 10_000);
      expect(warningShown(el)).to.equal(true);
      expectFocus(part(el, 'stay'));
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(warningShown(el)).to.equal(false);
      expect(el.screen).to.equal('activity');
      expect(child(el, 'calm-grounding'), 'the activity is still there').to.exist;
      expectFocus(heading(el), 'focus back on the screen');
      expect(liveRegion(el)).to.equal('');
      await advance(el, TIMEOUT_MS - 1, 10_000);
      expect(warningShown(el)).to.equal(false);
      await advance(el, 1);
      expect(warningShown(el)).to.equal(true);
      await click(el, part(el, 'stay'));
      expect(warningShown(el)).to.equal(false);
      await advance(el, TIMEOUT_MS + WARNING_MS - 1, 10_000);
      expect(reasons).to.deep.equal([]);
    });

    it('a touch anywhere during the warning also means someone is here', async () => {
      const el = await kiosk();
      await toMenu(el);
      await advance(el, TIMEOUT_MS);
      expect(warningShown(el)).to.equal(true);
      await touch(el, warning(el)!);
      expect(warningShown(el)).to.equal(false);
      expect(el.screen).to.equal('menu');
    });

    it('pointer and key activity defer it', async () => {
      const el = await kiosk();
      await toMenu(el);
      await advance(el, TIMEOUT_MS - 1000);
      await touch(el);
      await advance(el, TIMEOUT_MS - 1000);
      expect(warningShown(el), 'a touch restarted the wait').to.equal(false);
      heading(el).focus();
      await sendKeys({ press: 'Tab' });
      await settle(el);
      await advance(el, TIMEOUT_MS - 1000);
      expect(warningShown(el), 'a key restarted the wait').to.equal(false);
      await advance(el, 1000);
      expect(warningShown(el)).to.equal(true);
    });

    it('a running breathing exercise defers it, however long; once paused the wait runs', async () => {
      const el = await kiosk();
      const reasons = resets(el);
      await open(el, 'breathing');
      const breathing = child(el, 'calm-breathing') as CalmBreathing;
      breathing.cycles = 40;
      await settle(el);
      breathing.shadowRoot!.querySelector<HTMLElement>('.primary')!.click();
      await settle(el);
      expect(breathing.state).to.equal('running');
      await advance(el, 2 * TIMEOUT_MS + WARNING_MS, 1000);
      expect(warningShown(el), 'no warning while breathing').to.equal(false);
      expect(reasons).to.deep.equal([]);
      expect(breathing.state).to.equal('running');
      breathing.pause();
      await settle(el);
      await advance(el, TIMEOUT_MS, 1000);
      expect(warningShown(el), 'paused and left: the warning comes').to.equal(true);
      await advance(el, WARNING_MS);
      expect(reasons).to.deep.equal(['idle']);
      expect(breathing.isConnected).to.equal(false);
    });

    it('axe passes on the warning over each activity', async () => {
      for (const id of ['breathing', 'grounding']) {
        const el = await kiosk();
        await open(el, id);
        await advance(el, TIMEOUT_MS);
        expect(warningShown(el)).to.equal(true);
        await expect(el).to.be.accessible();
      }
    });

    it('after a reset nothing the person typed or chose remains anywhere', async () => {
      const el = await kiosk();
      const reasons = resets(el);
      const secrets = ['blue mug', 'ticking clock', 'unsent secret'];
      await open(el, 'grounding');
      const grounding = child(el, 'calm-grounding') as CalmGrounding;
      grounding.input = 'text';
      await settle(el);
      await click(el, grounding.shadowRoot!.querySelector('[part="start"]'));
      const input = () => grounding.shadowRoot!.querySelector<HTMLInputElement>('[part="input"]')!;
      for (const word of secrets.slice(0, 2)) {
        input().focus();
        await sendKeys({ type: word });
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
      await click(el, grounding.shadowRoot!.querySelector('[part="next"]'));
      await click(el, grounding.shadowRoot!.querySelector('[part="back"]'));
      input().focus();
      await sendKeys({ type: secrets[2]! });
      await settle(el);
      // The person can see their words on screen…
      expect(everythingOnThePage()).to.contain('blue mug').and.contain('ticking clock').and.contain('unsent secret');
      expect(grounding.step).to.equal('senses-see');
      await expect(el).to.be.accessible();

      const field = input();
      await advance(el, TIMEOUT_MS);
      expect(warningShown(el)).to.equal(true);
      await expect(el).to.be.accessible();
      await advance(el, WARNING_MS);
      expect(reasons).to.deep.equal(['idle']);

      // …and after the reset no trace is left, in any DOM, shadow root, attribute or field.
      const page = everythingOnThePage();
      for (const word of secrets) expect(page, word).not.to.contain(word);
      expect(el.shadowRoot!.querySelector('calm-grounding') === null, 'the activity is gone').to.equal(true);
      expect(grounding.isConnected).to.equal(false);
      expect(grounding.state).to.equal('idle');
      expect(field.value, 'the field is emptied').to.equal('');
      expect(grounding.shadowRoot!.innerHTML).not.to.contain('blue mug');
      expect(liveRegion(el)).to.equal('');
      expect(el.screen).to.equal('attract');
      expectFocus(heading(el));
      await expect(el).to.be.accessible();
      // The next person starts afresh.
      await open(el, 'grounding');
      const next = child(el, 'calm-grounding') as CalmGrounding;
      expect(next === grounding, 'created fresh').to.equal(false);
      expect(next.state).to.equal('idle');
    });

    it('with crisis help open, resets the screen behind it and never closes help', async () => {
      const el = await kiosk();
      const reasons = resets(el);
      await open(el, 'grounding');
      helpButton(el).click();
      await settle(el);
      const dialog = helpControl(el).shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      await advance(el, TIMEOUT_MS + WARNING_MS);
      expect(reasons).to.deep.equal(['idle']);
      expect(dialog.open, 'help is never hidden by a timer').to.equal(true);
      expect(el.shadowRoot!.querySelector('calm-grounding') === null, 'the activity is gone').to.equal(true);
      expect(el.screen).to.equal('attract');
      helpControl(el).close();
      await settle(el);
    });

    it('reset() forgets the person with reason user, without taking focus from the page', async () => {
      const el = await kiosk();
      const reasons = resets(el);
      await open(el, 'grounding');
      const outside = document.createElement('button');
      outside.textContent = 'Elsewhere';
      document.body.append(outside);
      outside.focus();
      const grounding = child(el, 'calm-grounding')!;
      el.reset();
      expect(grounding.isConnected, 'gone the moment reset() returns').to.equal(false);
      await settle(el);
      expect(reasons).to.deep.equal(['user']);
      expect(el.screen).to.equal('attract');
      expect(el.shadowRoot!.querySelector('calm-grounding') === null, 'the activity is gone').to.equal(true);
      expectSame(document.activeElement, outside, 'focus stays on the page');
      expect(clock.pending).to.equal(0);
      outside.remove();
    });

    it('resets when the page comes back from the back/forward cache', async () => {
      const el = await kiosk();
      const reasons = resets(el);
      await open(el, 'grounding');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      await settle(el);
      expect(el.screen, 'a first load is not a return').to.equal('activity');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await settle(el);
      expect(el.screen).to.equal('attract');
      expect(el.shadowRoot!.querySelector('calm-grounding') === null, 'the activity is gone').to.equal(true);
      expect(reasons).to.deep.equal(['idle']);
    });

    it('forgets the person when taken off the page, and listens no more', async () => {
      const el = await kiosk();
      const reasons = resets(el);
      await open(el, 'grounding');
      const grounding = child(el, 'calm-grounding') as CalmGrounding;
      const parent = el.parentElement!;
      el.remove();
      expect(grounding.isConnected).to.equal(false);
      expect(clock.pending).to.equal(0);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await settle(el);
      expect(reasons, 'no longer listening').to.deep.equal([]);
      // Put back, it starts afresh.
      parent.append(el);
      await settle(el);
      expect(el.screen).to.equal('attract');
      expect(el.shadowRoot!.querySelector('calm-grounding') === null, 'the activity is gone').to.equal(true);
    });

    for (const [value, seconds, warns] of [
      [undefined, 120, false],
      ['45', 45, false],
      ['10', 30, true],
      ['-5', 30, true],
      ['soon', 120, true],
    ] as const) {
      it(`idle-timeout=${value ?? '(none)'} waits ${seconds} s${warns ? ', with one warning' : ''}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await kiosk(html`<calm-kiosk idle-timeout=${value ?? ''}></calm-kiosk>`);
          if (value === undefined) el.removeAttribute('idle-timeout');
          await settle(el);
          el.requestUpdate();
          await toMenu(el);
          await advance(el, seconds * 1000 - 1);
          expect(warningShown(el)).to.equal(false);
          await advance(el, 1);
          expect(warningShown(el)).to.equal(true);
          const mine = warnings.messages.filter((m) => m.includes('idle-timeout'));
          expect(mine).to.have.length(warns ? 1 : 0);
          if (warns) expect(mine[0]).to.contain('<calm-kiosk>').and.contain('from 30 to').and.contain(`Using ${seconds}`);
        } finally {
          warnings.restore();
        }
      });
    }
    it('an invalid region warns once and is not passed on: help uses the language\'s region', async () => {
      const warnings = captureWarnings();
      try {
        const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"><calm-kiosk region="Narnia"></calm-kiosk></div>`);
        const el = wrapper.querySelector('calm-kiosk')!;
        await settle(el);
        el.requestUpdate();
        await settle(el);
        // Nothing invalid is passed on; help finds the region itself, from the language.
        expect(helpControl(el).region).to.equal(undefined);
        helpControl(el).show();
        await helpControl(el).updateComplete;
        const tel = [...helpControl(el).shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
        expect(tel).to.include('tel:999');
        helpControl(el).close();
        await open(el, 'breathing');
        expect((child(el, 'calm-breathing') as CalmBreathing).region).to.equal(undefined);
        const mine = warnings.messages.filter((m) => m.includes('region'));
        expect(mine).to.have.length(1);
        expect(mine[0]).to.contain('<calm-kiosk>').and.contain('"Narnia"').and.contain('ISO 3166');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('full screen and operator exit', () => {
    it('offers full screen only when asked and when the browser can', async () => {
      const plain = await kiosk();
      expect(part(plain, 'fullscreen') === null, 'no full-screen button unless asked').to.equal(true);

      const el = await kiosk(html`<calm-kiosk fullscreen></calm-kiosk>`);
      const request = sinon.stub(el, 'requestFullscreen').resolves();
      try {
        if (document.fullscreenEnabled) {
          expect(part(el, 'fullscreen')!.textContent.trim()).to.equal(en['kiosk.fullscreen.enter']);
          await click(el, part(el, 'fullscreen'));
          expect(request.calledOnce).to.equal(true);
          await expect(el).to.be.accessible();
        }
        const enabled = sinon.stub(document, 'fullscreenEnabled').get(() => false);
        try {
          el.requestUpdate();
          await settle(el);
          expect(part(el, 'fullscreen') === null, 'hidden without the Fullscreen API').to.equal(true);
        } finally {
          enabled.restore();
        }
      } finally {
        request.restore();
      }
    });

    it('fires calm-operator-exit after the corner is held 5 s, and does nothing else', async () => {
      const el = await kiosk(html`<calm-kiosk operator-exit></calm-kiosk>`);
      const exits: unknown[] = [];
      el.addEventListener('calm-operator-exit', (e) => exits.push(e.detail));
      await toMenu(el);
      const box = el.getBoundingClientRect();
      const corner = { x: box.right - 10, y: box.bottom - 10 };
      const elsewhere = { x: box.left + 10, y: box.bottom - 10 };
      const target = part(el, 'base')!;
      const pointer = (type: string, at: { x: number; y: number }, pointerId = 1) =>
        target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, isPrimary: true, pointerId, clientX: at.x, clientY: at.y }));
      const hold = async (at: { x: number; y: number }, ms: number) => {
        pointer('pointerdown', at);
        await advance(el, ms);
        pointer('pointerup', at);
        await settle(el);
      };
      await hold(corner, 3000);
      await advance(el, 5000);
      expect(exits, 'a short press does nothing').to.deep.equal([]);
      await hold(elsewhere, OPERATOR_HOLD_MS + 1000);
      expect(exits, 'only the corner').to.deep.equal([]);
      pointer('pointerdown', corner);
      await advance(el, 1000);
      pointer('pointermove', { x: corner.x - 100, y: corner.y });
      await advance(el, OPERATOR_HOLD_MS);
      expect(exits, 'sliding out of the corner cancels').to.deep.equal([]);
      pointer('pointerup', corner);
      pointer('pointerdown', corner);
      await advance(el, OPERATOR_HOLD_MS - 1);
      expect(exits).to.deep.equal([]);
      await advance(el, 1);
      pointer('pointerup', corner);
      await settle(el);
      expect(exits).to.deep.equal([{}]);
      expect(el.screen, 'nothing else happens').to.equal('menu');
    });

    it('has no operator corner unless asked, and in Arabic it is the bottom left', async () => {
      const plain = await kiosk();
      const exits: unknown[] = [];
      plain.addEventListener('calm-operator-exit', () => exits.push('plain'));
      const box = plain.getBoundingClientRect();
      const press = (el: CalmKiosk, x: number, y: number) =>
        part(el, 'base')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, isPrimary: true, pointerId: 2, clientX: x, clientY: y }));
      press(plain, box.right - 5, box.bottom - 5);
      await advance(plain, OPERATOR_HOLD_MS);
      const wrapper = await fixture<HTMLElement>(html`<div lang="ar"><calm-kiosk operator-exit></calm-kiosk></div>`);
      const rtl = wrapper.querySelector('calm-kiosk')!;
      await settle(rtl);
      rtl.addEventListener('calm-operator-exit', () => exits.push('rtl'));
      const rbox = rtl.getBoundingClientRect();
      press(rtl, rbox.right - 5, rbox.bottom - 5);
      await advance(rtl, OPERATOR_HOLD_MS);
      expect(exits).to.deep.equal([]);
      press(rtl, rbox.left + 5, rbox.bottom - 5);
      await advance(rtl, OPERATOR_HOLD_MS);
      expect(exits).to.deep.equal(['rtl']);
    });
  });

  describe('the whole screen', () => {
    it('its tiles grow to fill a portrait tablet: at least 70 % of 768 × 1024', async () => {
      for (const activities of ['breathing grounding help', 'breathing grounding help board timer']) {
        const wrapper = await fixture<HTMLElement>(html`<div style="width:768px;height:1024px;display:grid">
          <calm-kiosk region="US" fullscreen activities=${activities}></calm-kiosk>
        </div>`);
        const el = wrapper.querySelector('calm-kiosk')!;
        await settle(el);
        await toMenu(el);
        const boxes = [...el.shadowRoot!.querySelectorAll('[part~="tile"]')].map((t) => t.getBoundingClientRect());
        const top = Math.min(...boxes.map((b) => b.top));
        const bottom = Math.max(...boxes.map((b) => b.bottom));
        expect((bottom - top) / 1024, `${activities}: tiles span ${Math.round(bottom - top)} px`).to.be.at.least(0.7);
        // …and the whole menu still shows, "I'm finished" included, without scrolling.
        expect(part(el, 'done')!.getBoundingClientRect().bottom).to.be.at.most(wrapper.getBoundingClientRect().bottom + 0.5);
      }
    });

    it('never leaves one tile alone on a row: five sit 3 + 2 wide, and an odd last one spans two columns on a tablet', async () => {
      const rowsOf = (el: HTMLElement) => {
        const tiles = [...el.shadowRoot!.querySelectorAll('[part~="tile"]')].map((t) => t.getBoundingClientRect());
        const rows = new Map<number, DOMRect[]>();
        for (const box of tiles) rows.set(Math.round(box.top), [...(rows.get(Math.round(box.top)) ?? []), box]);
        return [...rows.values()];
      };
      for (const [width, activities, expected] of [
        [1280, 'breathing grounding help board timer', [3, 2]],
        [768, 'breathing grounding help board timer', [2, 2, 1]],
        [768, 'breathing grounding help', [2, 1]],
      ] as const) {
        const wrapper = await fixture<HTMLElement>(html`<div style="width:${width}px;height:800px;display:grid">
          <calm-kiosk region="US" activities=${activities}></calm-kiosk>
        </div>`);
        const el = wrapper.querySelector('calm-kiosk')!;
        await settle(el);
        await toMenu(el);
        const rows = rowsOf(el);
        expect(rows.map((row) => row.length), `${width} px, ${activities}`).to.deep.equal(expected);
        // A last tile alone on its row is as wide as the row above it.
        const last = rows.at(-1)!;
        if (last.length === 1) {
          const above = rows.at(-2)!;
          expect(last[0]!.width).to.be.closeTo(above.at(-1)!.right - above[0]!.left, 1);
        }
      }
    });

    for (const width of [320, 360]) {
      it(`keeps "Get help now" and "Full screen" on one line at ${width} px, in every language`, async () => {
        const enabled = sinon.stub(document, 'fullscreenEnabled').get(() => true);
        try {
          for (const lang of ['en', 'es', 'fr', 'ar']) {
            const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style="width:${width}px;height:640px;display:grid">
              <calm-kiosk region="US" fullscreen></calm-kiosk>
            </div>`);
            const el = wrapper.querySelector('calm-kiosk')!;
            await settle(el);
            const help = helpButton(el).getBoundingClientRect();
            const full = part(el, 'fullscreen')!.getBoundingClientRect();
            const bar = part(el, 'bar')!.getBoundingClientRect();
            const words = document.createRange();
            words.selectNodeContents(helpButton(el));
            const lines = new Set([...words.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            expect(lines.size, `${lang}: "${helpButton(el).textContent.trim()}" on one line`).to.equal(1);
            expect(full.top, `${lang}: same line`).to.be.below(help.bottom);
            expect(help.top, `${lang}: same line`).to.be.below(full.bottom);
            expect(full.width, `${lang}: full screen is still a 48 px target`).to.be.at.least(48);
            expect(bar.right - bar.left, `${lang}: the bar fits`).to.be.at.most(width + 0.5);
            for (const box of [help, full]) {
              expect(box.left).to.be.at.least(bar.left - 0.5);
              expect(box.right).to.be.at.most(bar.right + 0.5);
            }
            // Its words are still its name for screen readers.
            if (lang === 'en') expect(part(el, 'fullscreen')!.textContent.trim()).to.equal(en['kiosk.fullscreen.enter']);
            else expect(part(el, 'fullscreen')!.textContent.trim()).not.to.equal('');
          }
        } finally {
          enabled.restore();
        }
      });
    }

    it('is the main landmark of a page that holds only the kiosk, its help bar outside: axe finds no region outside a landmark', async () => {
      const saved = [...document.body.childNodes];
      const title = document.title;
      const lang = document.documentElement.getAttribute('lang');
      document.title = 'Calm corner';
      document.documentElement.lang = 'en';
      const el = document.createElement('calm-kiosk');
      el.region = 'US';
      document.body.replaceChildren(el);
      try {
        await settle(el);
        const main = el.shadowRoot!.querySelector('[role="main"]')!;
        expect(main, 'a main landmark').to.exist;
        expect(main.contains(heading(el)), 'the heading is in it').to.equal(true);
        expect(main.contains(part(el, 'bar')), 'the help bar is not').to.equal(false);
        await expect(document).to.be.accessible();
        await toMenu(el);
        await expect(document).to.be.accessible();
        await click(el, tile(el, 'grounding'));
        await expect(document).to.be.accessible();
        await advance(el, TIMEOUT_MS);
        expect(main.contains(warning(el)), 'the warning is in it').to.equal(true);
        await expect(document).to.be.accessible();
      } finally {
        el.remove();
        document.body.replaceChildren(...saved);
        document.title = title;
        if (lang === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.lang = lang;
      }
    });

    it('the main landmark passes to the next kiosk when the first leaves the page, and back when one comes before it', async () => {
      const isMain = (el: CalmKiosk) => el.shadowRoot!.querySelector('[role="main"]') !== null;
      const first = await kiosk();
      const second = await kiosk();
      expect([isMain(first), isMain(second)]).to.deep.equal([true, false]);
      const place = first.parentElement!;
      first.remove();
      await settle(second);
      expect(isMain(second), 'the next kiosk is main').to.equal(true);
      place.append(first);
      await settle(first);
      await settle(second);
      expect([isMain(first), isMain(second)], 'one main again: the first on the page').to.deep.equal([true, false]);
    });

    it('a heading focused after a tap shows no focus ring; after a key press it does', async () => {
      const el = await kiosk();
      await tapAt(el, el.shadowRoot!.querySelector('.lead'));
      expect(el.screen).to.equal('menu');
      expectFocus(heading(el), 'tap: focus on the menu heading');
      expect(ringShown(heading(el)), 'tap: no ring on the heading').to.equal(false);
      await tapAt(el, tile(el, 'grounding'));
      expectFocus(heading(el), 'tap: focus on the activity heading');
      expect(ringShown(heading(el)), 'tap: no ring on the activity heading').to.equal(false);
      // The rule is shared: a heading an activity focuses behaves the same.
      const grounding = child(el, 'calm-grounding') as CalmGrounding;
      await tapAt(el, grounding.shadowRoot!.querySelector('[part="start"]'));
      const inner = grounding.shadowRoot!.querySelector('[part="heading"]')!;
      expectFocus(inner, 'tap: focus on the first step');
      expect(ringShown(inner), 'tap: no ring on the step heading').to.equal(false);

      const keyed = await kiosk();
      part(keyed, 'start')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(keyed);
      expectFocus(heading(keyed), 'keys: focus on the menu heading');
      expect(ringShown(heading(keyed)), 'keys: the ring shows').to.equal(true);
      tile(keyed, 'grounding')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(keyed);
      expect(ringShown(heading(keyed)), 'keys: the ring shows on the activity heading').to.equal(true);
      const keyedGrounding = child(keyed, 'calm-grounding') as CalmGrounding;
      keyedGrounding.shadowRoot!.querySelector<HTMLElement>('[part="start"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(keyed);
      expect(ringShown(keyedGrounding.shadowRoot!.querySelector('[part="heading"]')!), 'keys: the ring shows on the step heading').to.equal(true);
    });

    it('welcomes with a calm picture: decorative, drawn in lines, nothing fetched', async () => {
      const el = await kiosk();
      const scene = el.shadowRoot!.querySelector<SVGSVGElement>('.scene')!;
      expect(scene.getAttribute('aria-hidden')).to.equal('true');
      const box = scene.getBoundingClientRect();
      expect(box.width).to.be.at.least(150);
      for (const shape of scene.querySelectorAll('circle, path:not(.land)')) expect(getComputedStyle(shape).stroke, 'drawn as a line').not.to.equal('none');
      // The picture is data, not a file: nothing is fetched for it.
      expect(scene.querySelector('image, use') === null).to.equal(true);
    });
  });

  describe('visual supports: the "I need…" board and the waiting timer', () => {
    it('are tiles only when listed, with their pictures and words in every language', async () => {
      const plain = await kiosk();
      await toMenu(plain);
      expect(tiles(plain)).to.deep.equal(['breathing', 'grounding', 'help']);
      for (const [lang, board, timer] of [
        ['en', en['kiosk.tile.board'], en['kiosk.tile.timer']],
        ['es', 'Necesito…', 'Esperar con un temporizador'],
        ['fr', 'J’ai besoin…', 'Attendre avec un minuteur'],
        ['ar', 'أحتاج إلى…', 'انتظر مع مؤقّت'],
      ] as const) {
        const el = await kiosk(html`<calm-kiosk lang=${lang} region="US" activities="board timer help"></calm-kiosk>`);
        await toMenu(el);
        expect(tiles(el)).to.deep.equal(['board', 'timer', 'help']);
        expect(tile(el, 'board')!.textContent).to.contain(board);
        expect(tile(el, 'timer')!.textContent).to.contain(timer);
        for (const id of ['board', 'timer']) {
          const picture = tile(el, id)!.querySelector('svg.picture')!;
          expect(picture, `${id}: a pictogram`).to.exist;
          expect(picture.getAttribute('aria-hidden')).to.equal('true');
        }
        await expect(el).to.be.accessible();
      }
    });

    it('the board: a card shows what the person needs, events reach the page, Help opens the kiosk\'s help, and a reset leaves nothing', async () => {
      const el = await kiosk(html`<calm-kiosk region="US" activities="board help"></calm-kiosk>`);
      const reasons = resets(el);
      const events: Array<[string, unknown]> = [];
      for (const name of ['calm-choice', 'calm-help']) el.addEventListener(name, (e) => events.push([name, (e as CustomEvent).detail]));
      await open(el, 'board');
      const board = child(el, 'calm-choice') as CalmChoice;
      expect(board, 'the board on screen').to.exist;
      expect(board.getAttribute('help')).to.equal('none');
      expect(board.speak).to.equal('on');
      expect(headingText(el)).to.equal(en['kiosk.tile.board']);
      // One "I need…" on the screen: the kiosk's heading, not the board's own title again.
      expect(board.shadowRoot!.querySelector('h2, h3, .title'), 'no second title').to.equal(null);
      await expect(el).to.be.accessible();

      await tapAt(el, board.shadowRoot!.querySelector('[part="card"][data-id="drink"]'));
      await board.updateComplete;
      const show = board.shadowRoot!.querySelector<HTMLDialogElement>('[part="show"]')!;
      expect(show.open, 'the "show me" card is up').to.equal(true);
      expect(shadowText(board)).to.contain(en['picture.drink']);
      expect(events).to.deep.equal([['calm-choice', { id: 'drink' }]]);

      // Left there, the screen still forgets: the card and the choice go with the board.
      await advance(el, TIMEOUT_MS + WARNING_MS, 10_000);
      expect(reasons).to.deep.equal(['idle']);
      expect(board.isConnected).to.equal(false);
      expect(show.open, 'the card is closed').to.equal(false);
      expect(el.shadowRoot!.querySelector('calm-choice') === null, 'the board is gone').to.equal(true);
      expect(everythingOnThePage()).not.to.contain(en['picture.drink']);
      expect(el.screen).to.equal('attract');

      // The Help card opens the one help for the whole screen.
      events.length = 0;
      await open(el, 'board');
      const next = child(el, 'calm-choice') as CalmChoice;
      expect(next === board, 'created fresh').to.equal(false);
      await click(el, next.shadowRoot!.querySelector<HTMLElement>('[part="card"][data-id="help"]'));
      await helpControl(el).updateComplete;
      expect(helpControl(el).shadowRoot!.querySelector('dialog')!.open, 'the kiosk\'s help is open').to.equal(true);
      expect(events).to.deep.equal([['calm-choice', { id: 'help' }], ['calm-help', { reason: 'need' }]]);
      helpControl(el).close();
      await settle(el);
    });

    it('the idle warning puts a "show me" card away, so the warning is seen, focused and in reach of a screen reader', async () => {
      const el = await kiosk(html`<calm-kiosk region="US" activities="board help"></calm-kiosk>`);
      const reasons = resets(el);
      await open(el, 'board');
      const board = child(el, 'calm-choice') as CalmChoice;
      await tapAt(el, board.shadowRoot!.querySelector('[part="card"][data-id="break"]'));
      await board.updateComplete;
      const show = board.shadowRoot!.querySelector<HTMLDialogElement>('[part="show"]')!;
      expect(show.open, 'the "show me" card is up').to.equal(true);

      await advance(el, TIMEOUT_MS, 10_000);
      await board.updateComplete;
      expect(warningShown(el), 'the warning came').to.equal(true);
      expect(show.open, 'the card is put away').to.equal(false);
      expect(board.shadowRoot!.querySelector(':modal') === null, 'no modal dialog makes the warning inert').to.equal(true);
      expectFocus(part(el, 'stay'), 'focus on "I\'m still here"');
      // Nothing covers the warning's button: a finger on it reaches it.
      const stay = part(el, 'stay')!;
      const box = stay.getBoundingClientRect();
      expectSame(el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), stay, 'nothing on top of "I\'m still here"');
      await advance(el, 300);
      expect(liveRegion(el), 'announced').to.contain(en['kiosk.warning.title']);
      await expect(el).to.be.accessible();

      // "I'm still here" keeps the board, with nothing lost but the card.
      await click(el, stay);
      expect(warningShown(el)).to.equal(false);
      expect(el.screen).to.equal('activity');
      expect(board.isConnected, 'the board stays').to.equal(true);
      expect(reasons).to.deep.equal([]);
    });

    it('the timer: 5 minutes by default, keeps the screen awake while it runs, then the screen forgets', async () => {
      const el = await kiosk(html`<calm-kiosk region="US" activities="timer"></calm-kiosk>`);
      const reasons = resets(el);
      const events: Array<[string, unknown]> = [];
      for (const name of ['calm-start', 'calm-complete']) el.addEventListener(name, (e) => events.push([name, (e as CustomEvent).detail]));
      await open(el, 'timer');
      const timer = child(el, 'calm-timer') as CalmTimer;
      expect(timer, 'the timer on screen').to.exist;
      expect(timer.getAttribute('help')).to.equal('none');
      expect(timer.remainingMs).to.equal(5 * 60_000);
      expect(headingText(el)).to.equal(en['kiosk.tile.timer']);
      await expect(el).to.be.accessible();

      await click(el, timer.shadowRoot!.querySelector<HTMLElement>('.primary'));
      expect(timer.state).to.equal('running');
      expect(events[0]).to.deep.equal(['calm-start', { activity: 'timer' }]);
      // A person watching a timer touches nothing: the wait is not a reason to start over.
      await advance(el, 5 * 60_000 - 1000, 10_000);
      expect(warningShown(el), 'no warning while the timer runs').to.equal(false);
      expect(reasons).to.deep.equal([]);
      await advance(el, 2000);
      expect(timer.state).to.equal('complete');
      expect(events.map(([name]) => name)).to.deep.equal(['calm-start', 'calm-complete']);
      await advance(el, TIMEOUT_MS, 10_000);
      expect(warningShown(el), 'ended and left: the warning comes').to.equal(true);
      await advance(el, WARNING_MS, 10_000);
      expect(reasons).to.deep.equal(['idle']);
      expect(timer.isConnected).to.equal(false);
      expect(el.shadowRoot!.querySelector('calm-timer') === null, 'the timer is gone').to.equal(true);
      expect(el.screen).to.equal('attract');
    });
  });

  describe('for every person and every screen', () => {
    it('sends nothing and stores nothing through a whole visit and reset', async () => {
      const before = requestCount();
      const stored = await storedData();
      const el = await kiosk();
      await open(el, 'grounding');
      const grounding = child(el, 'calm-grounding') as CalmGrounding;
      grounding.start();
      await settle(el);
      await click(el, grounding.shadowRoot!.querySelector('[part="found"]'));
      await click(el, part(el, 'back'));
      await click(el, tile(el, 'help'));
      helpControl(el).close();
      await click(el, helpButton(el));
      helpControl(el).close();
      await open(el, 'breathing');
      (child(el, 'calm-breathing') as CalmBreathing).start();
      await advance(el, 20_000, 1000);
      await click(el, part(el, 'back'));
      await advance(el, TIMEOUT_MS + WARNING_MS);
      expect(el.screen).to.equal('attract');
      expect(requestCount(), 'network requests').to.equal(before);
      expect(await storedData()).to.deep.equal(stored);
    });

    it('no text selection and no double-tap zoom; fields stay editable', async () => {
      const el = await kiosk();
      const style = getComputedStyle(el);
      expect(style.userSelect || style.getPropertyValue('-webkit-user-select')).to.equal('none');
      expect(style.touchAction).to.equal('manipulation');
      await open(el, 'grounding');
      const grounding = child(el, 'calm-grounding') as CalmGrounding;
      grounding.input = 'text';
      grounding.start();
      await settle(el);
      const input = grounding.shadowRoot!.querySelector<HTMLInputElement>('[part="input"]')!;
      input.focus();
      await sendKeys({ type: 'cup' });
      expect(input.value).to.equal('cup');
    });

    it('makes every control at least 48 px, the activities\' too', async () => {
      const el = await kiosk(html`<calm-kiosk fullscreen></calm-kiosk>`);
      const check = (root: ShadowRoot) => {
        for (const control of root.querySelectorAll('button, input, a')) {
          const box = control.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.height, control.outerHTML.slice(0, 80)).to.be.at.least(48);
          expect(box.width, control.outerHTML.slice(0, 80)).to.be.at.least(48);
        }
      };
      check(el.shadowRoot!);
      check(helpControl(el).shadowRoot!);
      await open(el, 'grounding');
      const grounding = child(el, 'calm-grounding') as CalmGrounding;
      grounding.input = 'text';
      grounding.start();
      await settle(el);
      check(el.shadowRoot!);
      check(grounding.shadowRoot!);
      await click(el, part(el, 'back'));
      await open(el, 'breathing');
      check((child(el, 'calm-breathing') as CalmBreathing).shadowRoot!);
    });

    for (const [width, height] of [
      [320, 568],
      [568, 320],
      [1080, 1920],
      [1920, 1080],
    ]) {
      it(`fits ${width}×${height} without sideways scrolling`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="width:${width}px;height:${height}px;display:grid">
          <calm-kiosk region="US" fullscreen></calm-kiosk>
        </div>`);
        const el = wrapper.querySelector('calm-kiosk')!;
        await settle(el);
        const fits = () => {
          const box = el.getBoundingClientRect();
          expect(box.width).to.equal(width);
          for (const control of el.shadowRoot!.querySelectorAll('button, h1, p')) {
            const r = control.getBoundingClientRect();
            expect(r.left, control.outerHTML.slice(0, 60)).to.be.at.least(box.left - 0.5);
            expect(r.right, control.outerHTML.slice(0, 60)).to.be.at.most(box.right + 0.5);
          }
        };
        fits();
        await toMenu(el);
        fits();
        await click(el, tile(el, 'grounding'));
        fits();
        await advance(el, TIMEOUT_MS);
        fits();
      });
    }

    it('the welcome shape stands still under reduced motion, live', async () => {
      const el = await kiosk();
      const orb = () => getComputedStyle(el.shadowRoot!.querySelector('.scene .sun')!);
      if (!window.matchMedia('(prefers-reduced-motion: reduce)').matches) expect(orb().animationName).to.equal('calm-kiosk-breathe');
      el.motion = 'reduce';
      await settle(el);
      expect(orb().animationName).to.equal('none');
    });

    for (const [lang, title] of [
      ['es', 'Un momento de calma'],
      ['fr', 'Un moment de calme'],
      ['ar', 'لحظة هدوء'],
    ] as const) {
      it(`speaks ${lang}${lang === 'ar' ? ', right to left' : ''}, and so do its activities`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><calm-kiosk region="US"></calm-kiosk></div>`);
        const el = wrapper.querySelector('calm-kiosk')!;
        await settle(el);
        expect(headingText(el)).to.contain(title);
        expect(part(el, 'base')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
        await open(el, 'grounding');
        const grounding = child(el, 'calm-grounding') as CalmGrounding;
        await grounding.updateComplete;
        expect(grounding.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
        await advance(el, TIMEOUT_MS);
        expect(part(el, 'countdown')!.textContent).not.to.contain('Starting');
        await expect(el).to.be.accessible();
      });
    }

    for (const theme of ['dark', 'contrast'] as const) {
      it(`is accessible in the ${theme} theme, and passes it on`, async () => {
        const el = await kiosk(html`<calm-kiosk theme=${theme} region="US"></calm-kiosk>`);
        await expect(el).to.be.accessible();
        await open(el, 'breathing');
        expect((child(el, 'calm-breathing') as CalmBreathing).theme).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('activities defined later', () => {
    it('adds the tile when <calm-flow> is defined after the kiosk, and opens it with flow="calm-down"', async () => {
      const el = await kiosk();
      await toMenu(el);
      expect(tiles(el)).not.to.include('calm-down');
      // Stands in for <calm-flow>: keeps answers in memory until reset(), like a real activity.
      class StubFlow extends HTMLElement {
        answers: string[] = [];
        resets = 0;
        broken = false;
        connectedCallback(): void {
          this.textContent = 'Flow stub';
        }
        reset(): void {
          this.resets++;
          this.answers = [];
          if (this.broken) throw new Error('broken activity');
        }
      }
      customElements.define('calm-flow', StubFlow);
      await settle(el);
      expect(tiles(el)).to.deep.equal(['breathing', 'grounding', 'calm-down', 'help']);
      await click(el, tile(el, 'calm-down'));
      const flow = child(el, 'calm-flow')!;
      expect(flow.getAttribute('flow')).to.equal('calm-down');
      expect(flow.getAttribute('help')).to.equal('none');
      expect(headingText(el)).to.equal(en['kiosk.tile.calmDown']);
    });

    it('empties an activity with reset() before destroying it, for answers it keeps in memory', async () => {
      const el = await kiosk();
      await toMenu(el);
      await click(el, tile(el, 'calm-down'));
      const flow = child(el, 'calm-flow') as HTMLElement & { answers: string[]; resets: number };
      flow.answers.push('an answer');
      el.reset();
      await settle(el);
      expect(flow.resets).to.equal(1);
      expect(flow.answers).to.deep.equal([]);
      expect(flow.isConnected).to.equal(false);
    });

    it('forgets the person even when an activity\'s reset() throws', async () => {
      const el = await kiosk();
      const reasons = resets(el);
      await toMenu(el);
      await click(el, tile(el, 'calm-down'));
      const flow = child(el, 'calm-flow') as HTMLElement & { broken: boolean };
      flow.broken = true;
      await advance(el, TIMEOUT_MS + WARNING_MS);
      expect(flow.isConnected).to.equal(false);
      expect(el.screen).to.equal('attract');
      expect(reasons).to.deep.equal(['idle']);
    });
  });
});

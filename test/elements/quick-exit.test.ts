import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/quick-exit/define.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/ar.js';
import { CalmQuickExit } from '../../src/elements/quick-exit/calm-quick-exit.js';
import { useClock } from '../../src/engine/clock.js';
import { FakeClock } from '../../src/engine/fake-clock.js';
import { captureWarnings, deepActiveElement, focusName, requestCount, settle, shadowText, storedData } from '../helpers.js';
import type { CalmHelp } from '../../src/elements/help/calm-help.js';
import '../../src/elements/plan/define.js';
import type { CalmPlan } from '../../src/elements/plan/calm-plan.js';

/** Clicks the middle of `element` with the real pointer, as a finger or mouse would. */
async function tap(element: Element): Promise<void> {
  const rect = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
}
/** Waits (real time, at most `ms`) until `check()` holds. */
async function until(check: () => boolean, ms = 2000): Promise<void> {
  for (let waited = 0; !check() && waited < ms; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
}

const button = (el: CalmQuickExit) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const cover = (el: CalmQuickExit) => el.shadowRoot!.querySelector<HTMLDialogElement>('[part="cover"]')!;
const help = (el: CalmQuickExit) => el.shadowRoot!.querySelector<CalmHelp>('calm-help');
const helpButton = (el: CalmQuickExit) => help(el)?.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]');

describe('<calm-quick-exit>', () => {
  const realLeave = CalmQuickExit.leave;
  let left: string[];
  beforeEach(() => {
    left = [];
    CalmQuickExit.leave = (url) => left.push(url);
  });
  afterEach(() => {
    CalmQuickExit.leave = realLeave;
    // Close any cover left open so the next test can click.
    document.querySelectorAll('calm-quick-exit').forEach((el) => el.shadowRoot?.querySelector('dialog')?.close());
  });

  it('is a clearly labelled, accessible button with its shortcut hint', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
    expect(button(el).textContent.trim()).to.equal('Exit this page');
    expect(shadowText(el)).to.contain('Or press Shift 3 times');
    await expect(el).to.be.accessible();
  });

  it('offers "Get help now" first, then the exit button, by keyboard', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit region="GB"></calm-quick-exit>`);
    await settle(el);
    expect(help(el)?.region).to.equal('GB');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === helpButton(el), focusName(deepActiveElement())).to.equal(true);
    expect(helpButton(el)?.textContent.trim()).to.equal('Get help now');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === button(el), focusName(deepActiveElement())).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('help="none" leaves help to the page, which shows it elsewhere', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit help="none"></calm-quick-exit>`);
    expect(help(el) === null).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === button(el), focusName(deepActiveElement())).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('still leaves with help open: the cover comes above the help dialog', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
    await settle(el);
    helpButton(el)?.click();
    await settle(el);
    const helpDialog = help(el)?.shadowRoot?.querySelector('dialog');
    expect(helpDialog?.open).to.equal(true);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(left).to.deep.equal(['about:blank']);
    expect(cover(el).open).to.equal(true);
    const rect = cover(el).getBoundingClientRect();
    const topmost = el.shadowRoot!.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    expect(topmost === cover(el), `topmost: ${focusName(topmost)}`).to.equal(true);
    helpDialog?.close();
  });

  it('blanks the page at once, fires calm-exit, then replaces the location', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit href="https://weather.example/"></calm-quick-exit>`);
    const order: string[] = [];
    el.addEventListener('calm-exit', (event) => {
      order.push(cover(el).open ? 'exit-after-blank' : 'exit-before-blank');
      expect((event as CustomEvent).detail).to.deep.equal({});
    });
    CalmQuickExit.leave = (url) => order.push(`leave ${url}`);
    button(el).click();
    expect(order).to.deep.equal(['exit-after-blank', 'leave https://weather.example/']);
    const rect = cover(el).getBoundingClientRect();
    expect(rect.width).to.be.at.least(window.innerWidth - 1);
    expect(rect.height).to.be.at.least(window.innerHeight - 1);
  });

  it('goes to about:blank by default and refuses unsafe addresses with a warning', async () => {
    const warnings = captureWarnings();
    try {
      const plain = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
      button(plain).click();
      for (const href of ['javascript:alert(1)', 'data:text/html,hi', 'http://other.example/']) {
        const el = await fixture<CalmQuickExit>(html`<calm-quick-exit href=${href}></calm-quick-exit>`);
        button(el).click();
      }
    } finally {
      warnings.restore();
    }
    expect(left).to.deep.equal(['about:blank', 'about:blank', 'about:blank', 'about:blank']);
    expect(warnings.messages.filter((m) => m.includes('<calm-quick-exit>') && m.includes('href='))).to.have.length(3);
  });

  it('accepts a page of the same site', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit href="/neutral.html"></calm-quick-exit>`);
    button(el).click();
    expect(left).to.deep.equal([`${location.origin}/neutral.html`]);
  });

  it('leaves on three presses of Shift, showing progress after each', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit href="https://weather.example/"></calm-quick-exit>`);
    const exit = oneEvent(el, 'calm-exit');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Shift pressed 1 of 3 times');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Shift pressed 2 of 3 times');
    expect(left).to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    await exit;
    expect(left).to.deep.equal(['https://weather.example/']);
  });

  it('does not leave on Escape, or when other keys come between the Shifts', async () => {
    await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'Shift' });
    expect(left).to.deep.equal([]);
  });

  it('needs the three presses within two seconds (fake clock)', async () => {
    const clock = new FakeClock();
    const restore = useClock(clock);
    try {
      const el = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
      const press = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
      press();
      clock.advance(1500);
      press();
      clock.advance(1500);
      press();
      expect(left).to.deep.equal([]);
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Shift pressed 2 of 3 times');
      clock.advance(100);
      press();
      expect(left).to.deep.equal(['about:blank']);
    } finally {
      restore();
    }
  });

  it('stops listening when removed from the page', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
    el.remove();
    for (let i = 0; i < 3; i++) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    expect(left).to.deep.equal([]);
  });

  for (const [lang, label] of Object.entries({ es: 'Salir de esta página', fr: 'Quitter cette page', ar: 'اخرج من هذه الصفحة' })) {
    it(`is labelled in ${lang} and accessible`, async () => {
      const el = await fixture<CalmQuickExit>(html`<calm-quick-exit lang=${lang}></calm-quick-exit>`);
      expect(button(el).textContent.trim()).to.equal(label);
      await expect(el).to.be.accessible();
    });
  }

  for (const theme of ['light', 'dark', 'contrast']) {
    it(`is accessible in the ${theme} theme, left to right and right to left`, async () => {
      await expect(await fixture(html`<calm-quick-exit theme=${theme}></calm-quick-exit>`)).to.be.accessible();
      await expect(await fixture(html`<calm-quick-exit theme=${theme} dir="rtl" lang="ar"></calm-quick-exit>`)).to.be.accessible();
    });
  }

  it('makes no request and stores nothing', async () => {
    const before = requestCount();
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
    button(el).click();
    expect(requestCount()).to.equal(before);
    expect(await storedData()).to.deep.equal({ cookies: '', local: 0, session: 0, databases: 0, caches: 0 });
  });

  describe('keeps its word in real host pages', () => {
    it('leaves behind the history entries this page added (in-page links, pushState)', async () => {
      const start = location.href;
      const el = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
      history.pushState(null, '', '?step=2');
      location.hash = 'plan-section';
      history.pushState(null, '', '?step=3#top');
      const at: string[] = [];
      CalmQuickExit.leave = (url) => {
        left.push(url);
        at.push(location.href);
      };
      button(el).click();
      expect(cover(el).open, 'blank at once').to.equal(true);
      await until(() => left.length > 0);
      expect(left).to.deep.equal(['about:blank']);
      expect(at, 'replaced from the first entry of this page').to.deep.equal([start]);
    });

    it('comes back after "Stay on page" (a host beforeunload guard): button and Shift × 3 work again', async () => {
      const guard = (event: Event) => event.preventDefault();
      window.addEventListener('beforeunload', guard);
      const navigation = (window as { navigation?: EventTarget }).navigation;
      try {
        const el = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
        // The browser asks "Leave site?", and the person chooses to stay.
        CalmQuickExit.leave = (url) => {
          left.push(url);
          window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
        };
        button(el).click();
        expect(left).to.deep.equal(['about:blank']);
        expect(cover(el).open).to.equal(true);
        await tap(cover(el));
        await el.updateComplete;
        expect(cover(el).open, 'the page is back after a touch').to.equal(false);
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
        expect(left).to.have.length(2);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(cover(el).open, 'the page is back after a key').to.equal(false);
        await tap(button(el));
        expect(left).to.have.length(3);
        if (navigation) {
          // Where the Navigation API reports the cancelled navigation, the page is back at once.
          CalmQuickExit.leave = (url) => {
            left.push(url);
            navigation.dispatchEvent(new Event('navigateerror'));
          };
          await tap(cover(el));
          button(el).click();
          await el.updateComplete;
          expect(left).to.have.length(4);
          expect(cover(el).open).to.equal(false);
        }
      } finally {
        window.removeEventListener('beforeunload', guard);
      }
    });

    it('can be tapped while "Get help now" is open: the help dialog carries the exit', async () => {
      const el = await fixture<CalmQuickExit>(html`<calm-quick-exit region="US"></calm-quick-exit>`);
      await settle(el);
      helpButton(el)!.click();
      await settle(el);
      const dialog = help(el)!.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      // The page's own exit button is behind the modal dialog, out of reach.
      const inDialog = help(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="exit"]');
      expect(inDialog, 'an exit inside the dialog').to.exist;
      expect(inDialog!.textContent.trim()).to.equal('Exit this page');
      await tap(inDialog!);
      expect(left).to.deep.equal(['about:blank']);
      expect(cover(el).open).to.equal(true);
      dialog.close();
    });

    it('offers the exit in any calmkit help dialog on a page that has one', async () => {
      const holder = await fixture<HTMLElement>(html`<div><calm-quick-exit help="none"></calm-quick-exit><calm-help region="GB"></calm-help></div>`);
      const page = holder.querySelector('calm-help')!;
      await settle(page);
      page.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await settle(page);
      await expect(page).to.be.accessible();
      await tap(page.shadowRoot!.querySelector('[part="exit"]')!);
      expect(left).to.deep.equal(['about:blank']);
      page.shadowRoot!.querySelector('dialog')!.close();
    });

    it('does not leave when a click comes between the Shift presses (Shift-click extends a selection), and keeps the typed plan', async () => {
      const holder = await fixture<HTMLElement>(html`<div><calm-quick-exit></calm-quick-exit><calm-plan help="none"></calm-plan></div>`);
      const plan = holder.querySelector<CalmPlan>('calm-plan')!;
      await settle(plan);
      const field = plan.shadowRoot!.querySelector('textarea')!;
      field.focus();
      await sendKeys({ type: 'Grandma' });
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Shift' });
        await tap(field);
      }
      expect(left).to.deep.equal([]);
      expect(plan.value.sections['warning-signs']).to.equal('Grandma');
    });

    it('refuses an href that points at this page ("#", "?", its own address) with a warning', async () => {
      const warnings = captureWarnings();
      try {
        for (const href of ['#', '?', location.href, location.pathname, `${location.pathname}#plan`]) {
          const el = await fixture<CalmQuickExit>(html`<calm-quick-exit href=${href}></calm-quick-exit>`);
          button(el).click();
        }
        const other = await fixture<CalmQuickExit>(html`<calm-quick-exit href="/weather.html"></calm-quick-exit>`);
        button(other).click();
      } finally {
        warnings.restore();
      }
      expect(left).to.deep.equal(['about:blank', 'about:blank', 'about:blank', 'about:blank', 'about:blank', `${location.origin}/weather.html`]);
      expect(warnings.messages.filter((m) => m.includes('<calm-quick-exit>') && m.includes('href='))).to.have.length(5);
    });
  });
});

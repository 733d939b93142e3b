import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/quick-exit/define.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/ar.js';
import { CalmQuickExit } from '../../src/elements/quick-exit/calm-quick-exit.js';
import { useClock } from '../../src/engine/clock.js';
import { FakeClock } from '../../src/engine/fake-clock.js';
import { captureWarnings, deepActiveElement, focusName, requestCount, settle, shadowText, storedData } from '../helpers.js';
import type { CalmHelp } from '../../src/elements/help/calm-help.js';

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
});

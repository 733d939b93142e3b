// The visual language as a person sees it (issue 17: 3, 5, 7): help and exit never look alike,
// a chosen answer is filled and checked in every theme, a control being pressed shows it (in
// forced colours too), hover shows only where a pointer hovers, a control that cannot be used
// looks it, the Shift hint shows only where a keyboard is likely, and one page-level help stays
// in view.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/elements/quick-exit/define.js';
import '../../src/elements/check-in/define.js';
import '../../src/elements/grounding/define.js';
import '../../src/elements/flow/define.js';
import '../../src/elements/help/define.js';
import type { CalmQuickExit } from '../../src/elements/quick-exit/calm-quick-exit.js';
import type { CalmCheckIn } from '../../src/elements/check-in/calm-check-in.js';
import type { CalmHelp } from '../../src/elements/help/calm-help.js';
import type { CalmElement } from '../../src/elements/calm-element.js';
import { THEMES } from '../../src/styles/tokens.js';
import { settle } from '../helpers.js';

const inside = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const style = (el: Element) => getComputedStyle(el);

/** The help and exit buttons of a quick exit. */
function pair(el: CalmQuickExit): { help: HTMLElement; exit: HTMLElement } {
  return { help: inside(inside(el, 'calm-help'), '[part="button"]'), exit: inside(el, '[part="button"]') };
}

/** The style sheets that style these shadow roots (adopted or, where unsupported, <style> elements). */
function sheetsOf(...elements: Element[]): CSSStyleSheet[] {
  const sheets = new Set<CSSStyleSheet>();
  for (const el of elements) {
    for (const sheet of el.shadowRoot!.adoptedStyleSheets) sheets.add(sheet);
    for (const sheet of el.shadowRoot!.styleSheets) sheets.add(sheet);
  }
  return [...sheets];
}

/** Moves the mouse to the middle of `el`, brought into view first. */
async function pointAt(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const box = el.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/**
 * Runs `check` as if the media condition `condition` had the answer `applies` (a device the test
 * browser is not: a phone, forced colours), by rewriting the matching @media rules for a moment.
 */
async function asIfMedia(elements: Element[], condition: string, applies: boolean, check: () => Promise<void> | void): Promise<void> {
  const changed: Array<[MediaList, string]> = [];
  for (const sheet of sheetsOf(...elements)) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.conditionText.includes(condition)) {
        changed.push([rule.media, rule.media.mediaText]);
        rule.media.mediaText = applies ? 'all' : 'not all';
      }
    }
  }
  expect(changed.length, `a rule for ${condition}`).to.be.greaterThan(0);
  try {
    await check();
  } finally {
    for (const [media, text] of changed) media.mediaText = text;
  }
}

describe('help and exit never look alike', () => {
  for (const theme of THEMES) {
    it(`differ in colour, shape and icon in the ${theme} theme`, async () => {
      const el = await fixture<CalmQuickExit>(html`<calm-quick-exit theme=${theme}></calm-quick-exit>`);
      await settle(el);
      const { help, exit } = pair(el);
      expect(style(help).backgroundColor).not.to.equal(style(exit).backgroundColor);
      expect(style(help).borderTopLeftRadius).not.to.equal(style(exit).borderTopLeftRadius);
      expect(exit.querySelector('svg'), 'a door on exit').to.exist;
      expect(help.querySelector('svg'), 'no door on help').to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`puts exit on the inline-end edge, after help (${dir})`, async () => {
      const el = await fixture<CalmQuickExit>(html`<calm-quick-exit dir=${dir} style="display: block; width: 600px"></calm-quick-exit>`);
      await settle(el);
      const { help, exit } = pair(el);
      const host = el.getBoundingClientRect();
      const [h, x] = [help.getBoundingClientRect(), exit.getBoundingClientRect()];
      if (dir === 'ltr') {
        expect(x.left).to.be.greaterThan(h.right);
        expect(host.right - x.right).to.be.lessThan(2);
      } else {
        expect(x.right).to.be.lessThan(h.left);
        expect(x.left - host.left).to.be.lessThan(2);
      }
    });
  }

  it('stay apart in forced colours: exit keeps its door, square corners and a double edge', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
    await settle(el);
    const { help, exit } = pair(el);
    await asIfMedia([el, inside(el, 'calm-help')], 'forced-colors', true, () => {
      expect(style(exit).borderTopStyle).to.equal('double');
      expect(style(help).borderTopStyle).to.equal('solid');
      expect(style(help).borderTopLeftRadius).not.to.equal(style(exit).borderTopLeftRadius);
      const door = exit.querySelector('svg')!;
      expect(style(door).stroke, 'the door in the button text colour').to.equal(style(exit).color);
      expect(door.getBoundingClientRect().width).to.be.greaterThan(10);
    });
  });

  it('the exit inside the help dialog is the same ink door', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit theme="contrast"></calm-quick-exit>`);
    await settle(el);
    const helpEl = el.shadowRoot!.querySelector<CalmHelp>('calm-help')!;
    helpEl.show();
    await settle(helpEl);
    const dialogExit = inside(helpEl, '[part="exit"]');
    expect(dialogExit.querySelector('svg')).to.exist;
    expect(style(dialogExit).backgroundColor).to.equal(style(pair(el).exit).backgroundColor);
    expect(style(dialogExit).backgroundColor).not.to.equal(style(pair(el).help).backgroundColor);
    helpEl.close();
  });
});

describe('the Shift hint shows only where a keyboard is likely', () => {
  const hint = (el: CalmQuickExit) => inside(el, '[part="hint"]');

  it('follows the media query (hover: hover) and (pointer: fine) of this browser', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
    const keyboardLikely = matchMedia('(hover: hover) and (pointer: fine)').matches;
    expect(style(hint(el)).display === 'none').to.equal(!keyboardLikely);
  });

  it('shows on a computer: a fine pointer that hovers', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
    await asIfMedia([el], 'pointer: fine', true, () => {
      expect(style(hint(el)).display).not.to.equal('none');
    });
  });

  it('hides on a touch screen until a key is pressed, and again after a touch', async () => {
    const el = await fixture<CalmQuickExit>(html`<calm-quick-exit></calm-quick-exit>`);
    await settle(el);
    await asIfMedia([el], 'pointer: fine', false, async () => {
      expect(style(hint(el)).display, 'a phone: no Shift key').to.equal('none');
      await sendKeys({ press: 'a' });
      await settle(el);
      expect(style(hint(el)).display, 'after a key press').not.to.equal('none');
      document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
      await settle(el);
      expect(style(hint(el)).display, 'after a touch').to.equal('none');
    });
  });
});

describe('a chosen answer is filled and checked', () => {
  for (const theme of THEMES) {
    it(`differs from the others in background and by a check mark (${theme})`, async () => {
      const el = await fixture<CalmCheckIn>(html`<calm-check-in theme=${theme} steps="feelings body"></calm-check-in>`);
      await settle(el);
      for (const name of ['feeling', 'card']) {
        const [on, off] = [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
        on!.click();
        await settle(el);
        await Promise.all(on!.getAnimations().map((animation) => animation.finished));
        expect(style(on!).backgroundColor, `${name} ${theme}`).not.to.equal(style(off!).backgroundColor);
        expect(style(on!.querySelector('.check')!).visibility).to.equal('visible');
        expect(style(off!.querySelector('.check')!).visibility).to.equal('hidden');
        await expect(el).to.be.accessible();
        inside(el, '[part="next"]').click();
        await settle(el);
      }
    });
  }
});

describe('a control being pressed shows it', () => {
  const flow = async (theme: string) => {
    const el = await fixture<CalmElement>(html`<calm-flow flow="stop" theme=${theme}></calm-flow>`);
    await settle(el);
    return el;
  };
  /** How the flow's Start button looks (`read`) before and while the mouse holds it down. */
  async function pressed(el: CalmElement, read: (button: HTMLElement) => string): Promise<{ before: string; held: string }> {
    const button = inside(el, '[part="start"]');
    await pointAt(button);
    const before = read(button);
    await sendMouse({ type: 'down' });
    try {
      return { before, held: read(button) };
    } finally {
      await sendMouse({ type: 'up' });
      await resetMouse();
    }
  }

  for (const theme of THEMES) {
    it(`tints under the finger or mouse (${theme})`, async () => {
      const { before, held } = await pressed(await flow(theme), (button) => style(button).boxShadow);
      expect(held, theme).not.to.equal(before);
    });
  }

  it('takes the highlight colour on its edge in forced colours', async () => {
    const el = await flow('light');
    let seen = { before: '', held: '' };
    await asIfMedia([el], 'forced-colors', true, async () => {
      seen = await pressed(el, (button) => style(button).borderTopColor);
    });
    expect(seen.held).not.to.equal(seen.before);
  });
});

describe('hover shows only where a pointer hovers', () => {
  const checkIn = async () => {
    const el = await fixture<CalmCheckIn>(html`<calm-check-in></calm-check-in>`);
    await settle(el);
    return el;
  };
  /** How `button` looks (`read`) with the mouse resting on it, once any fade has ended. */
  async function hovered(button: HTMLElement, read: (button: HTMLElement) => string): Promise<string> {
    await pointAt(button);
    try {
      await Promise.all(button.getAnimations().map((animation) => animation.finished));
      return read(button);
    } finally {
      await resetMouse();
    }
  }
  const background = (button: HTMLElement) => style(button).backgroundColor;
  const filter = (button: HTMLElement) => style(button).filter;

  it('with a pointer that hovers (a computer), a button fills and the main one brightens', async () => {
    const el = await checkIn();
    const [skip, next] = [inside(el, '[part="skip"]'), inside(el, '[part="next"]')];
    const resting = { skip: background(skip), next: filter(next) };
    await asIfMedia([el], 'hover: hover', true, async () => {
      expect(await hovered(skip, background), 'Skip').not.to.equal(resting.skip);
      expect(await hovered(next, filter), 'Next').not.to.equal(resting.next);
    });
  });

  it('under the pointer, the main button, a chosen answer and a disabled one keep their own fill', async () => {
    const el = await checkIn();
    const feeling = inside(el, '[part~="feeling"]');
    feeling.click();
    await settle(el);
    await Promise.all(feeling.getAnimations().map((animation) => animation.finished));
    const buttons = { next: inside(el, '[part="next"]'), chosen: feeling, back: inside(el, '[part="back"]') };
    expect(buttons.back.hasAttribute('disabled'), 'Back on the first step').to.equal(true);
    await asIfMedia([el], 'hover: hover', true, async () => {
      for (const [name, button] of Object.entries(buttons)) {
        const resting = background(button);
        expect(await hovered(button, background), name).to.equal(resting);
      }
    });
  });

  it('on a touch screen, where :hover stays on the control last tapped, nothing changes', async () => {
    const el = await checkIn();
    const [skip, next] = [inside(el, '[part="skip"]'), inside(el, '[part="next"]')];
    const resting = { skip: background(skip), next: filter(next) };
    await asIfMedia([el], 'hover: hover', false, async () => {
      expect(await hovered(skip, background), 'Skip').to.equal(resting.skip);
      expect(await hovered(next, filter), 'Next').to.equal(resting.next);
    });
    await expect(el).to.be.accessible();
  });
});

describe('a control that cannot be used looks it', () => {
  const cases = [
    ['check-in', html`<calm-check-in></calm-check-in>`],
    ['grounding', html`<calm-grounding></calm-grounding>`],
    ['flow', html`<calm-flow flow="stop"></calm-flow>`],
  ] as const;
  for (const [name, template] of cases) {
    for (const theme of THEMES) {
      it(`a disabled Back on the first step of ${name} (${theme})`, async () => {
        const el = await fixture<CalmElement>(template);
        el.theme = theme;
        await settle(el);
        const start = el.shadowRoot!.querySelector<HTMLElement>('[part="start"]');
        start?.click();
        await settle(el);
        const back = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!;
        const next = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!;
        expect(back.disabled).to.equal(true);
        expect(style(back).cursor).to.equal('not-allowed');
        expect(style(next).cursor).to.equal('pointer');
        expect(style(back).color).not.to.equal(style(next).color);
        expect(style(back).borderTopStyle).to.equal('dashed');
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('one page-level help control', () => {
  it('<calm-help pinned> stays in view in the bottom inline-start corner while the page scrolls', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <calm-help pinned region="US"></calm-help>
      <div style="height: 3000px"></div>
    </div>`);
    const help = page.querySelector('calm-help')!;
    await settle(help);
    window.scrollTo(0, 2000);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const box = help.getBoundingClientRect();
    expect(style(help).position).to.equal('fixed');
    expect(box.bottom).to.be.at.most(innerHeight);
    expect(box.top).to.be.greaterThan(innerHeight / 2);
    expect(box.left).to.be.lessThan(innerWidth / 2);
    window.scrollTo(0, 0);
    await expect(help).to.be.accessible();
  });

  it('without pinned, help stays where the page puts it', async () => {
    const help = await fixture<CalmHelp>(html`<calm-help region="US"></calm-help>`);
    expect(style(help).position).to.equal('static');
  });
});

// A host's brand never breaks a theme: the brand example of the Theming docs page
// (stories/docs/theming.mdx, "A clinic's brand"), applied to real elements, keeps text at
// 4.5:1 on its background in the light, dark and contrast themes, and the contrast theme keeps
// its own colours whatever the page sets.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/help/define.js';
import type { CalmHelp } from '../../src/elements/help/calm-help.js';
import { palettes, THEMES, type ColorToken } from '../../src/styles/tokens.js';

/** The docs' brand example, read from the page itself so the test follows the docs. */
async function brandExample(): Promise<string> {
  const page = await (await fetch('/stories/docs/theming.mdx')).text();
  const section = page.slice(page.indexOf("## A clinic's brand"));
  const block = /```css\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("the Theming page has no css block under \"A clinic's brand\"");
  return block;
}

function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((c) => c / 255).map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const ratio = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The element's resolved colour for a token, as rgb(), read through a probe in its shadow root. */
function resolved(el: CalmHelp, token: ColorToken): string {
  const probe = document.createElement('span');
  el.shadowRoot!.append(probe);
  probe.style.color = `var(--_${token})`;
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Text on its background: each pair must reach 4.5:1. */
const PAIRS: Array<[ColorToken, ColorToken]> = [
  ['text', 'surface'],
  ['text', 'surface-raised'],
  ['text', 'accent-soft'],
  ['muted', 'surface'],
  ['accent-text', 'accent'],
  ['help-text', 'help'],
  ['exit-text', 'exit'],
  ['selected-text', 'selected'],
];

describe('a brand set per theme', () => {
  let style: HTMLStyleElement;
  before(async () => {
    style = document.createElement('style');
    style.textContent = await brandExample();
    document.head.append(style);
  });
  after(() => style.remove());

  for (const theme of THEMES) {
    it(`the docs' brand example keeps text at 4.5:1 in the ${theme} theme`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div class="riverside"><calm-help theme=${theme} variant="panel" region="US"></calm-help></div>`);
      const el = wrapper.querySelector('calm-help')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      for (const [text, background] of PAIRS) {
        const shown = ratio(resolved(el, text), resolved(el, background));
        expect(shown, `${theme}: ${text} on ${background}`).to.be.at.least(4.5);
      }
    });
  }

  it('the brand reaches the light and dark themes, and the contrast theme keeps its own colours', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div class="riverside">
      <calm-help theme="light" variant="inline"></calm-help><calm-help theme="dark" variant="inline"></calm-help><calm-help theme="contrast" variant="inline"></calm-help>
    </div>`);
    const [light, dark, contrast] = [...wrapper.querySelectorAll('calm-help')];
    await Promise.all([light!.updateComplete, dark!.updateComplete, contrast!.updateComplete]);
    expect(resolved(light!, 'accent')).to.equal('rgb(29, 92, 99)');
    expect(resolved(dark!, 'accent')).to.equal('rgb(127, 198, 204)');
    const probe = document.createElement('span');
    document.body.append(probe);
    for (const token of Object.keys(palettes.contrast) as ColorToken[]) {
      probe.style.color = palettes.contrast[token];
      expect(resolved(contrast!, token), token).to.equal(getComputedStyle(probe).color);
    }
    probe.remove();
  });

  it('a page colour meant for light never reaches the dark theme', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="--calm-color-surface: #fffbe6"><calm-help theme="dark" variant="inline"></calm-help></div>`);
    const el = wrapper.querySelector('calm-help')!;
    await el.updateComplete;
    expect(ratio(resolved(el, 'text'), resolved(el, 'surface'))).to.be.at.least(4.5);
  });
});

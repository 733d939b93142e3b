import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import { CalmBreathing } from '../../src/elements/breathing/calm-breathing.js';
import { CalmCheckIn } from '../../src/elements/check-in/calm-check-in.js';
import { CalmFlow } from '../../src/elements/flow/calm-flow.js';
import { CalmGrounding } from '../../src/elements/grounding/calm-grounding.js';
import { CalmHelp } from '../../src/elements/help/calm-help.js';
import { CalmKiosk } from '../../src/elements/kiosk/calm-kiosk.js';
import { CalmPlan } from '../../src/elements/plan/calm-plan.js';
import { CalmQuickExit } from '../../src/elements/quick-exit/calm-quick-exit.js';
import { CalmTimer } from '../../src/elements/timer/calm-timer.js';
import { CalmSchedule } from '../../src/elements/schedule/calm-schedule.js';
import { CalmChoice } from '../../src/elements/choice/calm-choice.js';
import { palettes, THEMES, tokens } from '../../src/styles/tokens.js';

/** Every shipped element; add each new element here so its styles are checked. */
const elements = [CalmBreathing, CalmCheckIn, CalmHelp, CalmQuickExit, CalmGrounding, CalmKiosk, CalmFlow, CalmPlan, CalmTimer, CalmSchedule, CalmChoice];

function cssText(styles: CSSResultGroup | undefined): string {
  if (!styles) return '';
  if (Array.isArray(styles)) return styles.map((s) => cssText(s)).join('\n');
  return 'cssText' in styles ? styles.cssText : '';
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('design tokens', () => {
  it('defines every private token an element uses, and uses every one it defines', () => {
    const defined = new Set([...tokens.cssText.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
    const used = new Set<string>();
    for (const element of elements) {
      const css = cssText(element.styles);
      // An element may keep a knob of its own (a board's --_columns), defined in its own styles.
      const local = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
      for (const match of css.matchAll(/var\((--_[\w-]+)/g)) {
        used.add(match[1]!);
        expect(defined.has(match[1]) || local.has(match[1]), `${match[1]} is used but not defined (${element.name})`).to.equal(true);
      }
    }
    for (const name of defined) expect(used.has(name!), `${name} is defined but never used`).to.equal(true);
  });

  for (const theme of THEMES) {
    it(`${theme} theme: text meets WCAG AA (4.5:1; 7:1 in contrast), borders and focus 3:1`, () => {
      const p = palettes[theme];
      const text = theme === 'contrast' ? 7 : 4.5;
      expect(contrast(p.text, p.surface)).to.be.at.least(text);
      expect(contrast(p.text, p['surface-raised'])).to.be.at.least(text);
      expect(contrast(p.text, p['accent-soft'])).to.be.at.least(text);
      expect(contrast(p.muted, p.surface)).to.be.at.least(text);
      expect(contrast(p['accent-text'], p.accent)).to.be.at.least(text);
      expect(contrast(p['help-text'], p.help)).to.be.at.least(text);
      expect(contrast(p['exit-text'], p.exit)).to.be.at.least(text);
      expect(contrast(p['selected-text'], p.selected)).to.be.at.least(text);
      // A chosen answer sits among unchosen ones: its fill differs from theirs.
      expect(p.selected).not.to.equal(p['surface-raised']);
      expect(p.exit).not.to.equal(p.help);
      expect(contrast(p.border, p.surface)).to.be.at.least(3);
      expect(contrast(p.focus, p.surface)).to.be.at.least(3);
    });
  }
});

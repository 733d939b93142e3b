import { expect } from '@open-wc/testing';
// Only <calm-breathing> is loaded on this page (each test file runs in a page of its own).
import '../../src/elements/breathing/define.js';
import { en } from '../../src/locales/en.js';
import { breathingEnglish } from '../../src/locales/en/breathing.js';
import { checkInEnglish } from '../../src/locales/en/check-in.js';
import { commonEnglish } from '../../src/locales/en/common.js';
import { flowEnglish } from '../../src/locales/en/flow.js';
import { groundingEnglish } from '../../src/locales/en/grounding.js';
import { helpEnglish } from '../../src/locales/en/help.js';
import { kioskEnglish } from '../../src/locales/en/kiosk.js';
import { planEnglish } from '../../src/locales/en/plan.js';
import { quickExitEnglish } from '../../src/locales/en/quick-exit.js';
import { choiceEnglish } from '../../src/locales/en/choice.js';
import { picturesEnglish } from '../../src/locales/en/pictures.js';
import { scheduleEnglish } from '../../src/locales/en/schedule.js';
import { timerEnglish } from '../../src/locales/en/timer.js';
import { isStringKey, localeFor } from '../../src/locales/registry.js';

const parts = {
  commonEnglish, helpEnglish, quickExitEnglish, breathingEnglish, groundingEnglish, checkInEnglish, flowEnglish, planEnglish, kioskEnglish,
  timerEnglish, scheduleEnglish, choiceEnglish, picturesEnglish,
};

describe('English, split per element', () => {
  it('puts every key of the reference catalog in exactly one element file', () => {
    const seen = new Map<string, string>();
    for (const [part, strings] of Object.entries(parts)) {
      for (const key of Object.keys(strings)) {
        expect(seen.get(key), `${key} is in ${part} and ${seen.get(key) ?? ''}`).to.equal(undefined);
        seen.set(key, part);
      }
    }
    expect([...seen.keys()].sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('loads the words of the elements on the page, and no others', () => {
    const english = localeFor('en').strings as Readonly<Record<string, string>>;
    for (const key of Object.keys({ ...commonEnglish, ...helpEnglish, ...breathingEnglish })) {
      expect(isStringKey(key), key).to.equal(true);
      expect(english[key], key).to.equal((en as Readonly<Record<string, string>>)[key]);
    }
    for (const key of Object.keys({ ...groundingEnglish, ...checkInEnglish, ...planEnglish, ...kioskEnglish, ...quickExitEnglish, ...timerEnglish, ...scheduleEnglish, ...choiceEnglish, ...picturesEnglish })) {
      expect(isStringKey(key), key).to.equal(false);
    }
  });

  it('shows a breathing element in English with its help', async () => {
    const el = document.createElement('calm-breathing');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await el.updateComplete;
    const help = el.shadowRoot?.querySelector('calm-help');
    await help?.updateComplete;
    expect(el.shadowRoot?.querySelector('.primary')?.textContent.trim()).to.equal(breathingEnglish['breathing.start']);
    expect(help?.shadowRoot?.textContent).to.contain(helpEnglish['help.open']);
    await expect(el).to.be.accessible();
    el.remove();
  });
});

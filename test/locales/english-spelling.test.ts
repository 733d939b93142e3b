import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { builtInFlowSources } from '../../src/content/flows/index.js';
import type { CalmCheckIn } from '../../src/elements/check-in/calm-check-in.js';
import type { CalmGrounding } from '../../src/elements/grounding/calm-grounding.js';
import { en } from '../../src/locales/en.js';
import { BRITISH_SPELLINGS, catalogLanguage, localeFor } from '../../src/locales/registry.js';
import { settle } from '../helpers.js';

/** Spellings and words a US reader would take for British (`practise` only as the verb spelling). */
const BRITISH_SPELLING =
  /\b(\w*our(s|ed|ing)?|cosy|favourites?|organis\w*|recognis\w*|realis\w*|apologis\w*|\w*centres?|mums?|mummy|practis(e|es|ed|ing)|counsell\w*|travell\w*|cancell\w*|programmes?|licence|defence|grey|judgement|learnt|whilst|amongst)\b/i;
/** Words ending in -our that US English spells the same. */
const US_OUR = /^(our|ours|hours?|your|yours|four|pour(s|ed|ing)?|tours?|flour|sour|devour|detour|contour|glamour)$/i;

function britishWords(text: string): string[] {
  return [...text.matchAll(new RegExp(BRITISH_SPELLING.source, 'gi'))].map((m) => m[0]).filter((word) => !US_OUR.test(word));
}

/** Every English string of a built-in flow (they carry their own words). */
function flowEnglish(value: unknown, found: string[] = []): string[] {
  if (value && typeof value === 'object') {
    const en = (value as Record<string, unknown>).en;
    if (typeof en === 'string') found.push(en);
    for (const [key, inner] of Object.entries(value)) if (key !== 'source') flowEnglish(inner, found);
  }
  return found;
}

/** All the text a person reads in `root`, through every shadow root inside it. */
function deepText(root: Element | ShadowRoot): string {
  let text = '';
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) text += ` ${node.shadowRoot.textContent} ${deepText(node.shadowRoot)}`;
  }
  return `${root instanceof Element ? root.textContent : ''} ${text}`;
}

describe('English on both sides of the Atlantic', () => {
  it('spells every string of every element the US way in `en`', () => {
    for (const [key, text] of Object.entries(en)) expect(britishWords(text), `${key}: ${text}`).to.deep.equal([]);
  });

  it('spells the built-in flows the US way in English', () => {
    for (const [id, source] of Object.entries(builtInFlowSources)) {
      for (const text of flowEnglish(source)) expect(britishWords(text), `${id}: ${text}`).to.deep.equal([]);
    }
  });

  it('the scan itself finds British spelling (so it cannot pass by accident)', () => {
    expect(britishWords('Name 5 colours. Cosy. My favourite mum. Organise, realise, centre, behaviour. Practise it.')).to.have.length(9);
    expect(britishWords('Your four colors in an hour. Cozy. Organize.')).to.deep.equal([]);
  });

  it('British English changes only whole words English uses, keeping capitals', () => {
    const usText = Object.values(en).join(' ');
    for (const [us, british] of Object.entries(BRITISH_SPELLINGS)) {
      expect(usText, `"${us}" is used somewhere`).to.match(new RegExp(`\\b${us}\\b`, 'i'));
      expect(british).not.to.equal(us);
    }
    const gb = localeFor('en-GB').strings as Record<string, string>;
    const changed = Object.keys(en).filter((key) => gb[key] !== (en as Record<string, string>)[key]);
    expect(changed.sort()).to.deep.equal([
      'checkIn.feeling.cosy',
      'grounding.category.colours',
      'grounding.category.films',
      'picture.numbers',
      'plan.safety.professionalsHint',
    ]);
    expect(changed.map((key) => gb[key])).to.deep.include.members(['Cosy', 'Name 5 colours.', 'Name 5 films or TV shows.', 'Maths']);
    expect(gb['checkIn.feelings.title']).to.equal(en['checkIn.feelings.title']);
  });

  it('reads en-GB, en-AU, en-IE and en-NZ (any case, any script) as British, other English as US', () => {
    for (const tag of ['en-GB', 'en-gb', 'en_GB', 'en-AU', 'en-IE', 'en-NZ', 'en-Latn-GB']) expect(catalogLanguage(tag), tag).to.equal('en-GB');
    for (const tag of ['en', 'en-US', 'en-CA', 'EN-us']) expect(catalogLanguage(tag), tag).to.equal('en');
  });

  it('a lang="en-US" page shows no British spelling in any element', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en-US">
      <calm-breathing></calm-breathing>
      <calm-grounding exercise="categories" audience="child"></calm-grounding>
      <calm-check-in audience="child" steps="feelings intensity body needs safety"></calm-check-in>
      <calm-flow flow="calm-down"></calm-flow>
      <calm-help variant="inline"></calm-help>
      <calm-quick-exit></calm-quick-exit>
      <calm-plan></calm-plan>
      <calm-kiosk></calm-kiosk>
    </div>`);
    const grounding = page.querySelector<CalmGrounding>('calm-grounding')!;
    grounding.start();
    await settle(grounding);
    grounding.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!.click();
    await settle(grounding);
    for (const el of page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')) await el.updateComplete;
    const text = deepText(page);
    expect(text).to.contain('Cozy');
    expect(text).to.contain('Name 5 colors.');
    expect(britishWords(text)).to.deep.equal([]);
  });

  for (const lang of ['en-GB', 'en-AU', 'en-IE', 'en-NZ']) {
    it(`lang="${lang}" shows British spelling, and US words where nothing differs`, async () => {
      const page = await fixture<HTMLElement>(html`<div lang=${lang}>
        <calm-check-in audience="child"></calm-check-in>
        <calm-grounding exercise="categories" audience="child"></calm-grounding>
      </div>`);
      const checkIn = page.querySelector<CalmCheckIn>('calm-check-in')!;
      const grounding = page.querySelector<CalmGrounding>('calm-grounding')!;
      grounding.start();
      await settle(grounding);
      await settle(checkIn);
      const checkInText = checkIn.shadowRoot!.textContent;
      expect(checkInText).to.contain('Cosy');
      expect(checkInText).not.to.contain('Cozy');
      expect(checkInText).to.contain(en['checkIn.feelings.title']);
      expect(checkIn.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('en-GB');
      grounding.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!.click();
      await settle(grounding);
      expect(grounding.shadowRoot!.querySelector('[part~="heading"]')!.textContent.trim()).to.equal('Name 5 colours.');
      await expect(checkIn).to.be.accessible();
    });
  }

  it('follows a change from en-US to en-GB live', async () => {
    const el = await fixture<CalmCheckIn>(html`<calm-check-in lang="en-US" audience="child"></calm-check-in>`);
    expect(el.shadowRoot!.textContent).to.contain('Cozy');
    el.setAttribute('lang', 'en-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Cosy');
  });
});

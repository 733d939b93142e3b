import { expect, fixture, html } from '@open-wc/testing';
import { DEFAULT_NEEDS, isPictogramId, pictogramGroups, pictograms } from '../../src/content/pictograms.js';
import { pictureStyles, renderPicture } from '../../src/elements/picture.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';

const ids = Object.keys(pictograms);
const catalogs = { en, es, fr, ar } as Record<string, Readonly<Record<string, string>>>;

/** A pictogram drawn into a shadow root with the elements' own picture styles, `size` px square. */
async function drawn(id: string, size: number): Promise<SVGSVGElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${pictureStyles.cssText} :host { --_picture-size: ${size}px; color: rgb(20, 40, 60); }`);
  root.adoptedStyleSheets = [sheet];
  const { render } = await import('lit');
  render(renderPicture(id), root);
  return root.querySelector('svg')!;
}

describe('pictograms', () => {
  it('has at least 48, in the six groups, with ids unique across groups', () => {
    const groups = Object.entries(pictogramGroups);
    expect(groups.map(([name]) => name)).to.deep.equal(['routines', 'school', 'places', 'calm-down', 'needs', 'feelings']);
    const all = groups.flatMap(([, members]) => Object.keys(members));
    expect(new Set(all).size, 'an id is in two groups').to.equal(all.length);
    expect(all.length).to.be.at.least(48);
    expect(ids.length).to.equal(all.length);
  });

  it('names every pictogram in English, Spanish, French and Arabic', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      const missing = ids.filter((id) => !(catalog[`picture.${id}`] ?? '').trim());
      expect(missing, `pictograms without a ${language} name`).to.deep.equal([]);
      const unknown = Object.keys(catalog).filter((key) => key.startsWith('picture.') && !isPictogramId(key.slice(8)));
      expect(unknown, `${language} names for no pictogram`).to.deep.equal([]);
    }
  });

  it('keeps each one a short single path', () => {
    for (const id of ids) {
      const d = pictograms[id as keyof typeof pictograms];
      expect(d.length, id).to.be.below(400);
      expect(d, id).to.match(/^M[-\d.\s,MmLlHhVvCcSsQqTtAaZz]+$/);
    }
  });

  it('offers the "I need…" board its defaults from the set', () => {
    expect(DEFAULT_NEEDS.every(isPictogramId)).to.equal(true);
    expect(DEFAULT_NEEDS).to.have.length(11);
  });

  for (const size of [48, 160]) {
    it(`draws every one inside its ${size} px box as a currentColor line, so forced colours keep it visible`, async () => {
      for (const id of ids) {
        const picture = await drawn(id, size);
        const box = picture.getBoundingClientRect();
        expect([Math.round(box.width), Math.round(box.height)], id).to.deep.equal([size, size]);
        const path = picture.querySelector('path')!;
        const drawing = path.getBBox();
        expect(drawing.width * drawing.height, `${id} draws nothing`).to.be.above(4);
        expect(drawing.x, id).to.be.at.least(0.5);
        expect(drawing.y, id).to.be.at.least(0.5);
        expect(drawing.x + drawing.width, id).to.be.at.most(23.5);
        expect(drawing.y + drawing.height, id).to.be.at.most(23.5);
        const style = getComputedStyle(path);
        expect(style.stroke, id).to.equal('rgb(20, 40, 60)');
        expect(style.fill, id).to.equal('none');
        expect(style.strokeLinecap, id).to.equal('round');
      }
    });
  }

  it('shows a host data: picture in an <img>, hidden from assistive technology like the pictograms', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>${renderPicture('data:image/png;base64,iVBORw0KGgo=')}${renderPicture('home')}</div>`);
    expect(host.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect(host.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });
});

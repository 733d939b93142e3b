import { expect } from '@open-wc/testing';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { catalogLanguage, format, localeFor } from '../../src/locales/registry.js';
import { crisisDirectory } from '../../src/content/crisis-directory.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('catalogs', () => {
  for (const [language, catalog] of Object.entries({ es, fr, ar })) {
    describe(language, () => {
      it('has exactly the keys of the English catalog', () => {
        expect(Object.keys(catalog).sort()).to.deep.equal(Object.keys(en).sort());
      });

      it('has a non-empty text with the same placeholders for every key', () => {
        for (const [key, text] of Object.entries(en)) {
          const translated = (catalog as Record<string, string>)[key] ?? '';
          expect(translated.trim(), key).not.to.equal('');
          expect(placeholders(translated), key).to.deep.equal(placeholders(text));
        }
      });

      it('is registered on import with its direction', () => {
        expect(catalogLanguage(language)).to.equal(language);
        expect(localeFor(language).dir).to.equal(language === 'ar' ? 'rtl' : 'ltr');
      });
    });
  }

  it('says where the person is ("in the United States") for every region of the crisis directory, and for no other', () => {
    const phrased = Object.keys(en).filter((key) => key.startsWith('help.in.')).map((key) => key.slice('help.in.'.length));
    expect(phrased.sort()).to.deep.equal(Object.keys(crisisDirectory).sort());
  });

  it('never calls help a panic button, in any language', () => {
    for (const catalog of [en, es, fr, ar]) {
      for (const text of Object.values(catalog)) expect(text.toLowerCase()).not.to.match(/panic|pánico|panique|ذعر/);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Call {number}', { number: '988' })).to.equal('Call 988');
    expect(format('Call {number}', {})).to.equal('Call {number}');
  });
});

import { expect } from '@open-wc/testing';
import {
  AUDIENCES,
  BODY_AREAS,
  bodyLabel,
  CHECK_IN_STEPS,
  DEFAULT_STEPS,
  FACES,
  feelingsFor,
  HELP_NOW,
  isUnsafe,
  NEEDS,
  NUMBERS,
  parseSteps,
  QUADRANTS,
  quadrantOf,
  ratingLabel,
  SAFETY_ANSWERS,
  SCALES,
} from '../../src/content/check-in.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';

const catalogs = { en, es, fr, ar } as Record<string, Record<string, string>>;

describe('check-in (content)', () => {
  it('has the five steps of the contract, and feelings, intensity, needs by default', () => {
    expect(CHECK_IN_STEPS).to.deep.equal(['feelings', 'intensity', 'body', 'needs', 'safety']);
    expect(DEFAULT_STEPS).to.deep.equal(['feelings', 'intensity', 'needs']);
    expect(SCALES).to.deep.equal(['numbers', 'faces']);
  });

  it("reads the host's steps in its order, once each, and reports unknown words", () => {
    expect(parseSteps('needs  feelings\tsafety')).to.deep.equal({ steps: ['needs', 'feelings', 'safety'], unknown: [] });
    expect(parseSteps('feelings dance feelings Body')).to.deep.equal({ steps: ['feelings'], unknown: ['dance', 'Body'] });
    expect(parseSteps('')).to.deep.equal({ steps: [], unknown: [] });
    expect(parseSteps(undefined)).to.deep.equal({ steps: [], unknown: [] });
    expect(parseSteps(['safety', 'intensity'])).to.deep.equal({ steps: ['safety', 'intensity'], unknown: [] });
    expect(parseSteps(42)).to.deep.equal({ steps: [], unknown: ['42'] });
    expect(parseSteps({})).to.deep.equal({ steps: [], unknown: ['(object)'] });
  });

  it('puts four quadrants on a 2 × 2 grid of energy and pleasantness, each with its own shape and words', () => {
    expect(QUADRANTS.map((q) => q.id)).to.deep.equal(['high-energy-unpleasant', 'high-energy-pleasant', 'low-energy-unpleasant', 'low-energy-pleasant']);
    expect(QUADRANTS.map((q) => `${q.row},${q.column}`)).to.deep.equal(['0,0', '0,1', '1,0', '1,1']);
    expect(new Set(QUADRANTS.map((q) => q.shape)).size).to.equal(4);
    for (const q of QUADRANTS) {
      expect(q.id.startsWith(q.row === 0 ? 'high-energy' : 'low-energy')).to.equal(true);
      expect(q.id.endsWith(q.column === 0 ? '-unpleasant' : '-pleasant')).to.equal(true);
    }
  });

  for (const audience of AUDIENCES) {
    it(`${audience}: at least 3 words in every quadrant, stable English ids`, () => {
      const feelings = feelingsFor(audience);
      for (const q of QUADRANTS) expect(feelings.filter((f) => f.quadrant === q.id).length, q.id).to.be.at.least(3);
      const ids = feelings.map((f) => f.id);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const id of ids) expect(id).to.match(/^[a-z]+(-[a-z]+)*$/);
      for (const f of feelings) expect(f.label).to.equal(`checkIn.feeling.${f.id}`);
    });
  }

  it('gives a child everyday words, different from an adult’s', () => {
    const child = feelingsFor('child').map((f) => f.id);
    const adult = feelingsFor('adult').map((f) => f.id);
    expect(child).to.include.members(['angry', 'scared', 'happy', 'sad', 'calm']);
    expect(child).not.to.deep.equal(adult);
    expect(adult).to.include('overwhelmed');
    expect(child).not.to.include('overwhelmed');
    for (const f of feelingsFor('child')) expect(en[f.label].length, f.id).to.be.at.most(10);
  });

  it('names only strings every catalog has, and no two words in one list look the same', () => {
    const keys = new Set<string>([
      ...QUADRANTS.map((q) => q.label),
      ...AUDIENCES.flatMap((a) => feelingsFor(a).map((f) => f.label)),
      ...[...FACES, ...NUMBERS].flatMap((r) => AUDIENCES.flatMap((a) => ratingLabel(r, a) ?? [])),
      ...BODY_AREAS.flatMap((b) => AUDIENCES.map((a) => bodyLabel(b, a))),
      ...NEEDS.map((n) => n.label),
      ...SAFETY_ANSWERS.map((s) => s.label),
    ]);
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const key of keys) expect(catalog[key], `${language}: ${key}`).to.be.a('string').and.not.equal('');
      for (const audience of AUDIENCES) {
        const words = feelingsFor(audience).map((f) => catalog[f.label]!.toLowerCase());
        expect(new Set(words).size, `${language}/${audience}: ${words.join(', ')}`).to.equal(words.length);
      }
    }
  });

  it('says which quadrant the picked feelings share, "mixed" across quadrants, null for none', () => {
    expect(quadrantOf([], 'teen')).to.equal(null);
    expect(quadrantOf(['angry', 'stressed'], 'teen')).to.equal('high-energy-unpleasant');
    expect(quadrantOf(['calm'], 'child')).to.equal('low-energy-pleasant');
    expect(quadrantOf(['sad', 'happy'], 'adult')).to.equal('mixed');
    expect(quadrantOf(['not-a-feeling'], 'adult')).to.equal(null);
  });

  it('intensity: 0 to 10; 0 calm, 5 upset but coping, 10 the worst it could be (Wolpe), with words on those three', () => {
    expect(NUMBERS.map((n) => n.value)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(NUMBERS.filter((n) => n.label).map((n) => n.value)).to.deep.equal([0, 5, 10]);
    expect(en[NUMBERS[0]!.label!]).to.equal('Calm');
    expect(en[NUMBERS[5]!.label!]).to.match(/upset.*cope/i);
    expect(en[NUMBERS[10]!.label!]).to.match(/worst/i);
  });

  it('five faces spread evenly over 0–10, each with words', () => {
    expect(FACES.map((f) => f.value)).to.deep.equal([0, 3, 5, 8, 10]);
    expect(new Set(FACES.map((f) => f.label)).size).to.equal(5);
    for (const f of FACES) expect(f.label).to.be.a('string');
    // The same words on both scales where they meet.
    for (const n of NUMBERS.filter((r) => r.label)) expect(FACES.find((f) => f.value === n.value)!.label).to.equal(n.label);
  });

  it('a child reads plainer words on both scales, in order from calm to very upset', () => {
    const child = FACES.map((f) => en[ratingLabel(f, 'child')!]);
    expect(child).to.deep.equal(['Calm', 'A little upset', 'Upset, but OK', 'Very upset', 'The worst it could be']);
    expect(NUMBERS.flatMap((n) => (n.label ? [en[ratingLabel(n, 'child')!]] : []))).to.deep.equal(['Calm', 'Upset, but OK', 'The worst it could be']);
    for (const audience of ['teen', 'adult'] as const) expect(FACES.map((f) => ratingLabel(f, audience))).to.deep.equal(FACES.map((f) => f.label));
    for (const catalog of Object.values(catalogs)) {
      const words = FACES.map((f) => catalog[ratingLabel(f, 'child')!]);
      expect(new Set(words).size, words.join(', ')).to.equal(5);
    }
  });

  it('needs cards cover a break, quiet, water, moving, breathing, talking and help now', () => {
    expect(NEEDS.map((n) => n.id)).to.deep.equal(['break', 'quiet', 'water', 'move', 'breathe', 'talk', 'help-now']);
    expect(HELP_NOW).to.equal('help-now');
    expect(en['checkIn.need.help-now']).to.equal('I need help now');
  });

  it('body areas, with "tummy" for children', () => {
    expect(BODY_AREAS.map((b) => b.id)).to.deep.equal(['head', 'throat', 'chest', 'stomach', 'arms', 'legs', 'all-over']);
    const stomach = BODY_AREAS.find((b) => b.id === 'stomach')!;
    expect(bodyLabel(stomach, 'child')).to.equal('checkIn.body.tummy');
    expect(bodyLabel(stomach, 'adult')).to.equal('checkIn.body.stomach');
  });

  it('safety: yes, no, not sure; "no" and "not sure" are the danger signals', () => {
    expect(SAFETY_ANSWERS.map((a) => a.id)).to.deep.equal(['yes', 'no', 'not-sure']);
    expect(['yes', 'no', 'not-sure', null].map(isUnsafe)).to.deep.equal([false, true, true, false]);
  });

  it('is frozen, so no page can change shared content', () => {
    expect(Object.isFrozen(QUADRANTS) && Object.isFrozen(QUADRANTS[0])).to.equal(true);
    expect(Object.isFrozen(feelingsFor('teen')) && Object.isFrozen(feelingsFor('teen')[0])).to.equal(true);
    expect(Object.isFrozen(NEEDS) && Object.isFrozen(FACES) && Object.isFrozen(NUMBERS) && Object.isFrozen(NUMBERS[5]) && Object.isFrozen(BODY_AREAS)).to.equal(true);
  });

  it('words carry no score, diagnosis, judgement or colour-zone names, in any language', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const [key, text] of Object.entries(catalog)) {
        if (!key.startsWith('checkIn.')) continue;
        expect(text.toLowerCase(), `${language}: ${key}`).not.to.match(
          /score|streak|points|well done|good job|perfect|normal|disorder|depress|at risk|risk|zone|\b(?:red|yellow|green|blue)\b|puntos|racha|bien hecho|trastorno|riesgo|bravo|trouble|risque|أحسنت|نقاط|اضطراب|خطر/,
        );
      }
    }
  });

  it('never asks a person to explain, and says so where it matters', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const [key, text] of Object.entries(catalog)) {
        if (key.startsWith('checkIn.')) expect(text.toLowerCase(), `${language}: ${key}`).not.to.match(/\bwhy\b|por qué|pourquoi|لماذا/);
      }
    }
    expect(en['checkIn.safety.help']).to.contain("don't need to explain");
  });
});

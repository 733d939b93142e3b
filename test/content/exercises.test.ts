import { expect } from '@open-wc/testing';
import {
  AUDIENCES,
  categoryLists,
  EXERCISES,
  exerciseSteps,
  exerciseText,
  muscleRhythm,
} from '../../src/content/exercises.js';
import { phaseMs } from '../../src/content/patterns.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';

const catalogs = { en, es, fr, ar } as Record<string, Record<string, string>>;

describe('grounding exercises (content)', () => {
  it('gives every exercise, for every audience, steps with unique ids named after the exercise', () => {
    for (const exercise of EXERCISES) {
      for (const audience of AUDIENCES) {
        const steps = exerciseSteps(exercise, audience);
        expect(steps.length, `${exercise}/${audience}`).to.be.at.least(4);
        const ids = steps.map((s) => s.id);
        expect(new Set(ids).size, `${exercise}/${audience} ids`).to.equal(ids.length);
        for (const id of ids) expect(id).to.match(new RegExp(`^${exercise}-[a-z]+$`));
      }
    }
  });

  it('names only strings that every catalog has, and has a title and an introduction for each exercise', () => {
    const keys = new Set<string>();
    for (const exercise of EXERCISES) {
      keys.add(exerciseText[exercise].title).add(exerciseText[exercise].intro);
      for (const audience of AUDIENCES) {
        for (const step of exerciseSteps(exercise, audience)) {
          keys.add(step.prompt);
          if (step.hint) keys.add(step.hint);
        }
      }
    }
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const key of keys) expect(catalog[key], `${language}: ${key}`).to.be.a('string').and.not.equal('');
    }
  });

  it('senses is 5-4-3-2-1: see, touch, hear, smell, taste (with another way where taste does not fit)', () => {
    const steps = exerciseSteps('senses');
    expect(steps.map((s) => [s.id, s.count])).to.deep.equal([
      ['senses-see', 5],
      ['senses-touch', 4],
      ['senses-hear', 3],
      ['senses-smell', 2],
      ['senses-taste', 1],
    ]);
    expect(en[steps[4]!.hint!]).to.contain('good thing about yourself');
  });

  it('body grounding covers feet on the floor, hands, temperature and posture', () => {
    expect(exerciseSteps('body').map((s) => s.id)).to.deep.equal(['body-feet', 'body-hands', 'body-temperature', 'body-posture']);
  });

  it('categories change with the audience and ask for 5 things each', () => {
    const child = exerciseSteps('categories', 'child').map((s) => s.id);
    const adult = exerciseSteps('categories', 'adult').map((s) => s.id);
    expect(child).to.include('categories-animals');
    expect(child).not.to.deep.equal(adult);
    expect(categoryLists.teen).not.to.deep.equal(categoryLists.child);
    for (const audience of AUDIENCES) {
      for (const step of exerciseSteps('categories', audience)) expect(step.count).to.equal(5);
    }
  });

  it('muscles: about 7 groups, each timed and each saying to skip what hurts', () => {
    const steps = exerciseSteps('muscles', 'adult');
    expect(steps.map((s) => s.id)).to.deep.equal([
      'muscles-hands', 'muscles-arms', 'muscles-shoulders', 'muscles-face', 'muscles-stomach', 'muscles-legs', 'muscles-feet',
    ]);
    for (const step of steps) {
      expect(step.timed).to.equal(true);
      expect(step.hint).to.equal('grounding.muscles.skip');
    }
    expect(en['grounding.muscles.skip']).to.match(/hurts.*skip|skip.*hurts/i);
    expect(en['grounding.muscles.intro']).to.contain('Skip any part that hurts');
    expect(en['grounding.muscles.intro']).to.contain('Never squeeze hard');
  });

  it('uses a child word for the stomach with children only', () => {
    expect(exerciseSteps('muscles', 'child')[4]!.prompt).to.equal('grounding.muscles.tummy');
    expect(exerciseSteps('muscles', 'teen')[4]!.prompt).to.equal('grounding.muscles.stomach');
  });

  it('muscle rhythm (Jacobson): tense about 5 s, then release about 10 s, longer than the squeeze', () => {
    expect(muscleRhythm.map(phaseMs)).to.deep.equal([5000, 10000]);
  });

  it('is frozen, so no page can change a shared exercise', () => {
    const steps = exerciseSteps('senses') as unknown as Array<{ count: number }>;
    expect(() => {
      steps[0]!.count = 50;
    }).to.throw();
    expect(() => (muscleRhythm as unknown as unknown[]).push({})).to.throw();
    expect(Object.isFrozen(categoryLists.child)).to.equal(true);
  });

  it('words carry no score, streak or judgement, in any language', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const [key, text] of Object.entries(catalog)) {
        if (!key.startsWith('grounding.')) continue;
        expect(text.toLowerCase(), `${language}: ${key}`).not.to.match(
          /score|streak|points|well done|good job|great job|perfect|puntos|racha|bien hecho|bravo|أحسنت|نقاط/,
        );
      }
    }
  });
});

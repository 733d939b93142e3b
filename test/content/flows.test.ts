import { expect } from '@open-wc/testing';
import { parsePattern } from '../../src/content/patterns.js';
import { BUILT_IN_FLOWS, builtInFlow, builtInFlowSources, type BuiltInFlowId } from '../../src/content/flows/index.js';
import { exerciseText } from '../../src/content/exercises.js';
import { ratingAnchors, stepTargets, type FlowDefinition, type FlowStep, type FlowText } from '../../src/engine/flow-schema.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';

const catalogs = { en, es, fr, ar } as Record<string, Record<string, string>>;
const LANGUAGES = ['en', 'es', 'fr', 'ar'];
/** The flow element's own words, shared by every flow; each flow carries its own words inline. */
const CHROME = ['flow.afterHelp.text', 'flow.afterHelp.title', 'flow.again', 'flow.back', 'flow.next', 'flow.progress', 'flow.restart', 'flow.start', 'flow.step', 'flow.waitForTimer', 'flow.waveTime'];
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

/** Every text of a flow: title, texts, option labels, checks and link labels. */
function texts(flow: FlowDefinition): FlowText[] {
  const found: FlowText[] = [flow.title];
  if (flow.text) found.push(flow.text);
  for (const step of Object.values(flow.steps)) {
    found.push(step.title);
    if (step.text) found.push(step.text);
    if (step.check) found.push(step.check);
    if (step.link) found.push(step.link.label);
    if (step.question) found.push(step.question);
    found.push(...Object.values(step.anchors ?? {}));
    for (const option of step.options ?? []) found.push(option.label);
  }
  return found;
}
/** Every text of a flow in every language it is written in. */
const wordsOf = (flow: FlowDefinition): string[] =>
  texts(flow).flatMap((t) => (typeof t === 'string' ? LANGUAGES.map((language) => catalogs[language]?.[t] ?? t) : Object.values(t)));
/** A flow text in `language`: a catalog key's words, or the flow's own. */
const inLanguage = (text: FlowText | undefined, language: string): string =>
  (typeof text === 'string' ? catalogs[language]?.[text] : text?.[language]) ?? '';
const flow = (id: BuiltInFlowId): FlowDefinition => builtInFlow(id) as FlowDefinition;
const stepsOf = (id: BuiltInFlowId): Array<[string, FlowStep]> => Object.entries(flow(id).steps);

/** Ids reachable from `from` (inclusive). */
function reachable(definition: FlowDefinition, from: string): Set<string> {
  const seen = new Set([from]);
  for (const queue = [from]; queue.length; ) {
    for (const to of stepTargets(definition.steps[queue.shift() as string] as FlowStep)) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

describe('built-in flows', () => {
  it('are exactly the six of SPEC §3, each valid and named like its file', () => {
    expect([...BUILT_IN_FLOWS].sort()).to.deep.equal(['calm-down', 'safety-plan', 'staff-support', 'stop', 'tipp', 'urge-surfing']);
    for (const id of BUILT_IN_FLOWS) {
      expect(flow(id), id).to.exist;
      expect(flow(id).id).to.equal(id);
    }
  });

  it('leave the catalogs only the flow element\'s own words (each flow carries its own)', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      expect(Object.keys(catalog).filter((key) => key.startsWith('flow.')).sort(), language).to.deep.equal(CHROME);
    }
  });

  for (const id of BUILT_IN_FLOWS) {
    describe(id, () => {
      it('carries its own words in English, Spanish, French and Arabic, with the same placeholders (or names an exercise\'s own words)', () => {
        for (const text of texts(flow(id))) {
          if (typeof text === 'string') {
            // One instruction in one place: a step may show an exercise's own words by their catalog key.
            for (const language of LANGUAGES) expect(catalogs[language]?.[text], `${language}: ${text}`).to.be.a('string').and.not.equal('');
            continue;
          }
          const words = text;
          expect(Object.keys(words), words.en).to.deep.equal(LANGUAGES);
          for (const language of LANGUAGES) {
            expect(words[language]?.trim(), `${language}: ${words.en}`).to.be.a('string').and.not.equal('');
            expect(placeholders(words[language] ?? ''), `${language}: ${words.en}`).to.deep.equal(placeholders(words.en ?? ''));
          }
        }
      });

      it('reaches every step from the start, and every step can reach an end', () => {
        const definition = flow(id);
        expect([...reachable(definition, definition.start)].sort()).to.deep.equal(Object.keys(definition.steps).sort());
        for (const stepId of Object.keys(definition.steps)) {
          const ends = [...reachable(definition, stepId)].filter((s) => definition.steps[s]?.kind === 'end');
          expect(ends.length, `${stepId} reaches an end`).to.be.greaterThan(0);
        }
      });

      it('names its sources, and breathes without holds', () => {
        expect((builtInFlowSources[id] as { source?: string }).source, 'source').to.be.a('string').with.length.above(20);
        for (const [stepId, step] of stepsOf(id).filter(([, s]) => s.kind === 'breathing')) {
          const phases = parsePattern(step.pattern ?? 'extended-exhale') ?? [];
          expect(phases.some((p) => p.kind === 'hold'), `${stepId}: no breath holds (CONTENT.md)`).to.equal(false);
        }
      });
    });
  }

  it('French keeps ? ! : ; and » with the word before them: a no-break space, never one a line can break at', () => {
    const french = [...Object.values(fr), ...BUILT_IN_FLOWS.flatMap((id) => texts(flow(id)).map((text) => inLanguage(text, 'fr')))];
    expect(french.length).to.be.greaterThan(300);
    expect(french.filter((text) => / [?!:;»]|« /.test(text))).to.deep.equal([]);
  });

  it('never calls help a panic button, and uses no shaming or guilt words', () => {
    const shaming = /panic|fail|weak|should have|give in|gave in|relapse|streak|score|badge|pánico|fracas|échec|ذعر/i;
    for (const id of BUILT_IN_FLOWS) for (const words of wordsOf(flow(id))) expect(words).not.to.match(shaming);
  });

  it('calm-down: checks in, matches a skill (slow breathing first when intensity ≥ 7, help at once on "help now"), re-checks', () => {
    const check = flow('calm-down').steps.check as FlowStep;
    expect(check.kind).to.equal('check-in');
    expect(check.steps).to.include('intensity').and.include('needs');
    expect(check.branches?.[0]).to.deep.equal({ when: { need: 'help-now' }, next: 'help' });
    expect(check.branches?.[1]).to.deep.equal({ when: { intensity: { gte: 7 } }, next: 'breathe-first' });
    expect(flow('calm-down').steps.help?.kind).to.equal('help');
    expect(flow('calm-down').steps.recheck?.kind).to.equal('check-in');
  });

  it('tipp: cooling the face and moving fast carry the cautions of DBT handouts (heart, eating disorders or very low weight, pregnancy), in every language', () => {
    const cautions: Record<string, RegExp[]> = {
      en: [/heart/, /eating disorder/, /very low weight/, /pregnan/],
      es: [/corazón/, /conducta alimentaria/, /peso muy bajo/, /embarazada/],
      fr: [/cardiaque/, /trouble alimentaire/, /poids très bas/, /enceinte|grossesse/],
      ar: [/القلب/, /اضطراب في الأكل/, /وزن منخفض جدًا/, /حامل/],
    };
    for (const stepId of ['temperature', 'exercise']) {
      for (const [language, patterns] of Object.entries(cautions)) {
        for (const pattern of patterns) expect(inLanguage(flow('tipp').steps[stepId]?.text, language), `${stepId} ${language}`).to.match(pattern);
      }
    }
    expect(stepsOf('tipp').map(([, s]) => s.kind)).to.include.members(['breathing', 'grounding']);
  });

  it('tipp: the paired-muscle step and the exercise inside it give one instruction: squeeze on the in-breath, let go on the out-breath', () => {
    const paired = flow('tipp').steps.paired as FlowStep;
    expect(paired.exercise).to.equal('muscles');
    expect(paired.text, 'the step shows the exercise\'s own instruction').to.equal(exerciseText.muscles.intro);
    const breath: Record<string, [RegExp, RegExp]> = {
      en: [/breathe in/i, /breathe out/i],
      es: [/toma aire/i, /suelta el aire/i],
      fr: [/inspire/i, /expire/i],
      ar: [/شهيق/, /زفير/],
    };
    for (const [language, [breatheIn, breatheOut]] of Object.entries(breath)) {
      const catalog = catalogs[language]!;
      const instruction = catalog[exerciseText.muscles.intro]!;
      expect(instruction, `${language}: the instruction`).to.match(breatheIn).and.match(breatheOut);
      expect(instruction, `${language}: no count of seconds that the breath would contradict`).not.to.match(/\d/);
      expect(catalog['grounding.muscles.tense'], `${language}: squeeze on the in-breath`).to.match(breatheIn);
      expect(catalog['grounding.muscles.release'], `${language}: let go on the out-breath`).to.match(breatheOut);
    }
  });

  it('urge-surfing: each rating names the urge, in its own question and anchors, in every language', () => {
    for (const stepId of ['rate', 'rerate']) {
      const step = flow('urge-surfing').steps[stepId] as FlowStep;
      expect(step.kind).to.equal('check-in');
      expect(Object.keys(step.anchors ?? {}), stepId).to.deep.equal(ratingAnchors(step.scale));
      expect(inLanguage(step.question, 'en'), stepId).to.match(/urge/);
      expect(inLanguage(step.anchors?.['0'], 'en')).to.equal('No urge');
      expect(inLanguage(step.anchors?.['10'], 'en')).to.equal('The strongest it has been');
      for (const language of LANGUAGES) {
        const words = [step.question, ...Object.values(step.anchors ?? {})].map((t) => inLanguage(t, language));
        expect(words.every((w) => w.trim() !== ''), `${stepId} ${language}`).to.equal(true);
        expect(words, `${stepId} ${language}: not the default words about being upset`).not.to.include(catalogs[language]!['checkIn.anchor.10']);
      }
    }
  });

  it('stop: Stop, Take a step back, Observe, Proceed mindfully, in order', () => {
    const definition = flow('stop');
    const order: string[] = [];
    for (let id: string | undefined = definition.start; id; id = definition.steps[id]?.next) order.push(id);
    expect(order).to.deep.equal(['s', 't', 'o', 'p', 'end']);
  });

  it('urge-surfing: a gentle check each minute; distraction and help one tap away while riding it out', () => {
    const definition = flow('urge-surfing');
    const wave = definition.steps.wave as FlowStep;
    expect(wave.checkEvery).to.equal(60);
    for (const stepId of ['wave', 'still']) {
      const targets = (definition.steps[stepId]?.options ?? []).map((o) => definition.steps[o.next ?? '']?.kind);
      expect(targets, stepId).to.include('help').and.include('grounding');
    }
    // A strong urge is met with understanding and the same options, never a dead end.
    expect(wave.options?.find((o) => o.id === 'strong')?.next).to.equal('still');
    expect(definition.steps.rerate?.branches?.[0]?.next).to.equal('still');
  });

  it('staff-support: speaks to the supporting adult, stage by stage, with the safety procedure as crisis help', () => {
    const stage = flow('staff-support').steps.stage as FlowStep;
    expect(stage.options?.map((o) => o.id)).to.deep.equal(['anxious', 'defensive', 'risk', 'calmer']);
    expect(flow('staff-support').steps.risk?.kind).to.equal('help');
    expect((flow('staff-support').text as Readonly<Record<string, string>>).en).to.match(/adult/);
  });

  it('safety-plan: builds a <calm-plan> with the safety template', () => {
    const plan = stepsOf('safety-plan').find(([, s]) => s.kind === 'plan')?.[1];
    expect(plan?.template).to.equal('safety');
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CHECK_IN_STEPS, SCALES } from '../../src/content/check-in.js';
import { EXERCISES } from '../../src/content/exercises.js';
import { BUILT_IN_FLOWS, builtInFlowSources } from '../../src/content/flows/index.js';
import { pictograms } from '../../src/content/pictograms.js';
import { BOARD_PER_SCREEN, KIND_KEYS, LIMITS, NEED_IDS, PLAN_TEMPLATES, RATING_ANCHORS, ratingAnchors, ROOT_KEYS, STEP_KINDS, validateFlow } from '../../src/engine/flow-schema.js';
import { MUTATIONS, SCHEMA_VISIBLE, mutate, validFlow } from './flow-arbitraries.js';
import { schemaErrors } from './schema-subset.js';

type Json = Record<string, unknown>;
const RUNS = { numRuns: 100 };
let schema: Json;

const tiny = (steps: Json, extra: Json = {}): Json => ({ version: 1, id: 'tiny', title: { en: 'Tiny' }, start: 'a', steps, ...extra });
const end = { kind: 'end', title: { en: 'Done' } };
const message = (next: string, extra: Json = {}): Json => ({ kind: 'message', title: { en: 'Hello' }, next, ...extra });
const timer = (extra: Json = {}): Json => ({ kind: 'timer', title: { en: 'Wait' }, next: 'b', ...extra });
const schedule = (items: Json[]): Json => ({ kind: 'schedule', title: { en: 'First, then' }, next: 'b', items });
const board = (extra: Json = {}): Json => ({ kind: 'board', title: { en: 'I need…' }, next: 'b', ...extra });
/** A 1 × 1 PNG as a data: URL. */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** The error paths of `raw` (expects it to be refused, with readable messages and no exception). */
function refused(raw: unknown): string[] {
  const { definition, errors } = validateFlow(raw);
  expect(definition, 'refused').to.equal(undefined);
  expect(errors.length, 'at least one error').to.be.greaterThan(0);
  for (const error of errors) {
    expect(error.path).to.match(/^\$/);
    expect(error.message.length).to.be.within(5, 300);
  }
  return errors.map((e) => e.path);
}

describe('flow definitions: validator and published JSON Schema', () => {
  before(async () => {
    schema = (await (await fetch('/schema/flow.schema.json')).json()) as Json;
  });

  it('accepts every built-in flow, by the validator and by the schema', () => {
    for (const id of BUILT_IN_FLOWS) {
      const source = builtInFlowSources[id];
      expect(validateFlow(source).errors, id).to.deep.equal([]);
      expect(schemaErrors(schema, source), id).to.deep.equal([]);
    }
  });

  describe('the schema mirrors the validator', () => {
    const defs = (): Record<string, Json> => schema.$defs as Record<string, Json>;
    const props = (def: Json): string[] => Object.keys(def.properties as Json).sort();

    it('has the same step kinds, each with exactly the keys the validator allows', () => {
      expect((defs().step?.oneOf as Json[]).map((ref) => String(ref.$ref).replace('#/$defs/', ''))).to.deep.equal([...STEP_KINDS]);
      for (const kind of STEP_KINDS) {
        const def = defs()[kind] as Json;
        expect(props(def), kind).to.deep.equal([...KIND_KEYS[kind]].sort());
        expect(def.additionalProperties, kind).to.equal(false);
        expect(def.required, kind).to.include.members(kind === 'end' ? ['kind', 'title'] : ['kind', 'title', 'next']);
      }
      expect(Object.keys(schema.properties as Json).sort()).to.deep.equal([...ROOT_KEYS].sort());
      expect(schema.additionalProperties).to.equal(false);
    });

    it('has the same ids, lists and limits', () => {
      const d = defs();
      const text = (name: string) => ((d[name]?.oneOf as Json[])[1]?.additionalProperties as Json).maxLength;
      expect(text('shortText')).to.equal(LIMITS.title);
      expect(text('longText')).to.equal(LIMITS.text);
      expect((schema.properties as Json).steps).to.include({ maxProperties: LIMITS.steps });
      expect((d.condition?.oneOf as Json[])[1]).to.have.nested.property('properties.need.enum').that.deep.equals([...NEED_IDS]);
      const choice = d.choice?.properties as Record<string, Json>;
      expect(choice.options).to.include({ minItems: LIMITS.options.min, maxItems: LIMITS.options.max });
      expect(choice.checkEvery).to.include({ minimum: LIMITS.checkEvery.min, maximum: LIMITS.checkEvery.max });
      expect((d.breathing?.properties as Record<string, Json>).cycles).to.include({ maximum: LIMITS.cycles });
      expect((d.message?.properties as Record<string, Json>).branches).to.include({ maxItems: LIMITS.branches });
      expect((d.grounding?.properties as Record<string, Json>).exercise?.enum).to.deep.equal([...EXERCISES]);
      expect((d.plan?.properties as Record<string, Json>).template?.enum).to.deep.equal([...PLAN_TEMPLATES]);
      expect((d['check-in']?.properties as Record<string, Json>).scale?.enum).to.deep.equal([...SCALES]);
      const anchors = (d['check-in']?.properties as Record<string, Json>).anchors as Json;
      expect(Object.keys(anchors.properties as Json)).to.deep.equal([...RATING_ANCHORS]);
      expect(anchors.required).to.deep.equal(ratingAnchors('numbers'));
      expect(((d['check-in']?.properties as Record<string, Json>).steps?.items as Json).enum).to.deep.equal([...CHECK_IN_STEPS]);
      expect(new RegExp(String((d.id as Json).pattern)).source).to.equal('^[a-z][a-z0-9-]{0,39}$');
      expect((d.pictogram as Json).enum, 'every pictogram id').to.deep.equal(Object.keys(pictograms));
      const timer = d.timer?.properties as Record<string, Json>;
      expect(timer.minutes).to.include({ minimum: 0, maximum: LIMITS.timer.max / 60 });
      expect(timer.seconds).to.include({ minimum: 0, maximum: 59 });
      expect((d.schedule?.properties as Record<string, Json>).items).to.include({ minItems: LIMITS.items.min, maxItems: LIMITS.items.schedule });
      expect((d.schedule?.properties as Record<string, Json>).variant?.enum).to.deep.equal(['first-then', 'now-next', 'list']);
      const board = d.board?.properties as Record<string, Json>;
      expect(board.items).to.include({ minItems: LIMITS.items.min, maxItems: LIMITS.items.board });
      expect(board.perScreen?.enum).to.deep.equal([...BOARD_PER_SCREEN]);
    });
  });

  describe('refuses broken and hostile definitions, naming the path', () => {
    const cases: Array<[string, unknown, string]> = [
      ['not an object', 'flow', '$'],
      ['a list', [], '$'],
      ['a wrong version', tiny({ a: end }, { version: 2 }), '$.version'],
      ['no steps', tiny({}), '$.steps'],
      ['an unknown kind', tiny({ a: { kind: 'video', title: { en: 'x' }, next: 'b' }, b: end }), '$.steps.a.kind'],
      ['a missing next', tiny({ a: { kind: 'message', title: { en: 'x' } }, b: end }), '$.steps.a.next'],
      ['a next to nowhere', tiny({ a: message('nowhere'), b: end }), '$.steps.a.next'],
      ['a start to nowhere', tiny({ b: end }), '$.start'],
      ['a branch to nowhere', tiny({ a: message('b', { branches: [{ when: { need: 'talk' }, next: 'zzz' }] }), b: end }), '$.steps.a.branches[0].next'],
      ['an option to nowhere', tiny({ a: { kind: 'choice', title: { en: 'x' }, next: 'b', options: [{ id: 'x', label: { en: 'X' }, next: 'zzz' }, { id: 'y', label: { en: 'Y' } }] }, b: end }), '$.steps.a.options[0].next'],
      ['a choice condition on a missing option', tiny({ a: { kind: 'choice', title: { en: 'x' }, next: 'b', options: [{ id: 'x', label: { en: 'X' } }, { id: 'y', label: { en: 'Y' } }] }, b: message('c', { branches: [{ when: { choice: { step: 'a', option: 'z' } }, next: 'c' }] }), c: end }), '$.steps.b.branches[0].when.choice.option'],
      ['an unknown need', tiny({ a: message('b', { branches: [{ when: { need: 'pizza' } , next: 'b' }] }), b: end }), '$.steps.a.branches[0].when.need'],
      ['an intensity out of range', tiny({ a: message('b', { branches: [{ when: { intensity: { gte: 11 } }, next: 'b' }] }), b: end }), '$.steps.a.branches[0].when.intensity.gte'],
      ['two comparisons', tiny({ a: message('b', { branches: [{ when: { intensity: { gte: 3, lte: 5 } }, next: 'b' }] }), b: end }), '$.steps.a.branches[0].when.intensity'],
      ['no end at all', tiny({ a: message('b'), b: { kind: 'choice', title: { en: 'x' }, next: 'a', options: [{ id: 'x', label: { en: 'X' } }, { id: 'y', label: { en: 'Y' } }] } }), '$.steps'],
      ['a loop with no exit', tiny({ a: message('b'), b: message('a'), c: end }), '$.steps.a'],
      ['a loop of messages with only a conditional exit', tiny({ a: message('b', { branches: [{ when: { intensity: { gte: 7 } }, next: 'c' }] }), b: message('a'), c: end }), '$.steps.b'],
      ['a step that cannot reach an end', tiny({ a: { kind: 'choice', title: { en: 'x' }, next: 'c', options: [{ id: 'x', label: { en: 'X' }, next: 'b' }, { id: 'y', label: { en: 'Y' } }] }, b: { kind: 'check-in', title: { en: 'x' }, next: 'b' }, c: end }), '$.steps.b'],
      ['an unreachable step', tiny({ a: message('b'), b: end, c: end }), '$.steps.c'],
      ['a title too long', tiny({ a: message('b', { title: { en: 'x'.repeat(121) } }), b: end }), '$.steps.a.title.en'],
      ['a text too long', tiny({ a: message('b', { text: { en: 'x'.repeat(601) } }), b: end }), '$.steps.a.text.en'],
      ['markup in a text', tiny({ a: message('b', { text: { en: '<b>bold</b> words' } }), b: end }), '$.steps.a.text.en'],
      ['a script tag', tiny({ a: message('b', { title: { en: '<script>alert(1)</script>' } }), b: end }), '$.steps.a.title.en'],
      ['an unknown catalog key', tiny({ a: message('b', { title: 'flow.no.such.key' }), b: end }), '$.steps.a.title'],
      ['plain words where a key or a map belongs', tiny({ a: message('b', { title: 'Take a breath.' }), b: end }), '$.steps.a.title'],
      ['a bad language code', tiny({ a: message('b', { title: { English: 'Hi' } }), b: end }), '$.steps.a.title.English'],
      ['a javascript: link', tiny({ a: message('b', { link: { label: { en: 'More' }, href: 'javascript:alert(1)' } }), b: end }), '$.steps.a.link.href'],
      ['an http: link', tiny({ a: message('b', { link: { label: { en: 'More' }, href: 'http://example.org' } }), b: end }), '$.steps.a.link.href'],
      ['a data: link', tiny({ a: message('b', { link: { label: { en: 'More' }, href: 'data:text/html,hi' } }), b: end }), '$.steps.a.link.href'],
      ['a bad step id', tiny({ a: message('B C'), 'B C': end }), '$.steps["B C"]'],
      ['a rating with some anchors left to the default words', tiny({ a: { kind: 'check-in', title: { en: 'x' }, next: 'b', anchors: { 0: { en: 'None' }, 10: { en: 'Most' } } }, b: end }), '$.steps.a.anchors["5"]'],
      ['a faces rating without words for every face', tiny({ a: { kind: 'check-in', title: { en: 'x' }, next: 'b', scale: 'faces', anchors: { 0: { en: 'a' }, 5: { en: 'c' }, 10: { en: 'e' } } }, b: end }), '$.steps.a.anchors["3"]'],
      ['a rating anchor that no scale shows', tiny({ a: { kind: 'check-in', title: { en: 'x' }, next: 'b', anchors: { 0: { en: 'a' }, 3: { en: 'b' }, 5: { en: 'c' }, 8: { en: 'd' }, 10: { en: 'e' }, 7: { en: 'f' } } }, b: end }), '$.steps.a.anchors["7"]'],
      ['a rating question with markup', tiny({ a: { kind: 'check-in', title: { en: 'x' }, next: 'b', question: { en: '<b>How?</b>' } }, b: end }), '$.steps.a.question.en'],
      ['a rating question on a step that is not a check-in', tiny({ a: message('b', { question: { en: 'How?' } }), b: end }), '$.steps.a.question'],
      ['a bad breathing pattern', tiny({ a: { kind: 'breathing', title: { en: 'x' }, next: 'b', pattern: 'hyperventilate' }, b: end }), '$.steps.a.pattern'],
      ['too many cycles', tiny({ a: { kind: 'breathing', title: { en: 'x' }, next: 'b', cycles: 500 }, b: end }), '$.steps.a.cycles'],
      ['an unknown exercise', tiny({ a: { kind: 'grounding', title: { en: 'x' }, next: 'b', exercise: 'run' }, b: end }), '$.steps.a.exercise'],
      ['an unknown check-in step', tiny({ a: { kind: 'check-in', title: { en: 'x' }, next: 'b', steps: ['mood'] }, b: end }), '$.steps.a.steps'],
      ['a choice with one option', tiny({ a: { kind: 'choice', title: { en: 'x' }, next: 'b', options: [{ id: 'x', label: { en: 'X' } }] }, b: end }), '$.steps.a.options'],
      ['two options with one id', tiny({ a: { kind: 'choice', title: { en: 'x' }, next: 'b', options: [{ id: 'x', label: { en: 'X' } }, { id: 'x', label: { en: 'Y' } }] }, b: end }), '$.steps.a.options[1].id'],
      ['a key the kind does not have', tiny({ a: message('b', { pattern: 'box' }), b: end }), '$.steps.a.pattern'],
      ['a next on an end', tiny({ a: message('b'), b: { ...end, next: 'a' } }), '$.steps.b.next'],
      ['__proto__ in the root', JSON.parse('{"version":1,"id":"x","title":{"en":"x"},"start":"a","steps":{"a":{"kind":"end","title":{"en":"x"}}},"__proto__":{"polluted":true}}'), '$.__proto__'],
      ['__proto__ in a step', JSON.parse('{"version":1,"id":"x","title":{"en":"x"},"start":"a","steps":{"a":{"kind":"end","title":{"en":"x"},"__proto__":{"polluted":true}}}}'), '$.steps.a.__proto__'],
      ['__proto__ as a step id', JSON.parse('{"version":1,"id":"x","title":{"en":"x"},"start":"a","steps":{"a":{"kind":"end","title":{"en":"x"}},"__proto__":{"kind":"end","title":{"en":"x"}}}}'), '$.steps.__proto__'],
      ['__proto__ as a language', JSON.parse('{"version":1,"id":"x","title":{"__proto__":"x"},"start":"a","steps":{"a":{"kind":"end","title":{"en":"x"}}}}'), '$.title.__proto__'],
      ['a timer of 0 minutes', tiny({ a: timer({ minutes: 0 }), b: end }), '$.steps.a.minutes'],
      ['a timer of more than 60 minutes', tiny({ a: timer({ minutes: 61 }), b: end }), '$.steps.a.minutes'],
      ['a timer of 60 minutes and some seconds', tiny({ a: timer({ minutes: 60, seconds: 30 }), b: end }), '$.steps.a.seconds'],
      ['a timer of half a minute written as a fraction', tiny({ a: timer({ minutes: 0.5 }), b: end }), '$.steps.a.minutes'],
      ['a timer whose next picture is not a pictogram', tiny({ a: timer({ then: 'pizza' }), b: end }), '$.steps.a.then'],
      ['a timer whose next picture is an image URL', tiny({ a: timer({ then: PNG }), b: end }), '$.steps.a.then'],
      ['waitForEnd that is not true or false', tiny({ a: timer({ waitForEnd: 'yes' }), b: end }), '$.steps.a.waitForEnd'],
      ['a schedule without items', tiny({ a: { kind: 'schedule', title: { en: 'x' }, next: 'b' }, b: end }), '$.steps.a.items'],
      ['a schedule of one item', tiny({ a: schedule([{ id: 'x', picture: 'read' }]), b: end }), '$.steps.a.items'],
      ['a schedule of nine items', tiny({ a: schedule(Array.from({ length: 9 }, (_, i) => ({ id: `x${i}`, picture: 'read' }))), b: end }), '$.steps.a.items'],
      ['an unknown pictogram id', tiny({ a: schedule([{ id: 'x', picture: 'read' }, { id: 'y', picture: 'unicorn' }]), b: end }), '$.steps.a.items[1].picture'],
      ['a remote picture', tiny({ a: schedule([{ id: 'x', picture: 'read' }, { id: 'y', picture: 'https://example.org/a.png', label: { en: 'Y' } }]), b: end }), '$.steps.a.items[1].picture'],
      ['a javascript: picture', tiny({ a: schedule([{ id: 'x', picture: 'javascript:alert(1)', label: { en: 'X' } }, { id: 'y', picture: 'read' }]), b: end }), '$.steps.a.items[0].picture'],
      ['an HTML data: picture', tiny({ a: schedule([{ id: 'x', picture: 'data:text/html,<b>x</b>', label: { en: 'X' } }, { id: 'y', picture: 'read' }]), b: end }), '$.steps.a.items[0].picture'],
      ['a data: picture without words', tiny({ a: schedule([{ id: 'x', picture: PNG }, { id: 'y', picture: 'read' }]), b: end }), '$.steps.a.items[0].label'],
      ['two items with one id', tiny({ a: schedule([{ id: 'x', picture: 'read' }, { id: 'x', picture: 'write' }]), b: end }), '$.steps.a.items[1].id'],
      ['an item with markup in its words', tiny({ a: schedule([{ id: 'x', picture: 'read', label: { en: '<img src=x>' } }, { id: 'y', picture: 'write' }]), b: end }), '$.steps.a.items[0].label.en'],
      ['an unknown schedule variant', tiny({ a: { ...schedule([{ id: 'x', picture: 'read' }, { id: 'y', picture: 'write' }]), variant: 'grid' }, b: end }), '$.steps.a.variant'],
      ['a board of 37 cards', tiny({ a: board({ items: Array.from({ length: 37 }, (_, i) => ({ id: `c${i}`, picture: 'break' })) }), b: end }), '$.steps.a.items'],
      ['a board of 5 cards a screen', tiny({ a: board({ perScreen: 5 }), b: end }), '$.steps.a.perScreen'],
      ['a board card with an unknown key', tiny({ a: board({ items: [{ id: 'x', picture: 'break', sound: 'x.mp3' }, { id: 'y', picture: 'quiet' }] }), b: end }), '$.steps.a.items[0].sound'],
      ['constructor and prototype keys', tiny({ a: { ...end, constructor: { prototype: { polluted: true } }, prototype: {} } }), '$.steps.a.constructor'],
    ];
    for (const [name, raw, path] of cases) {
      it(name, () => {
        expect(refused(raw)).to.include(path);
        expect(({} as Json).polluted).to.equal(undefined);
      });
    }

    it('survives getters that throw and proxies, without an exception', () => {
      const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
      expect(refused(hostile)).to.include('$');
      const getter = tiny({ a: end });
      Object.defineProperty(getter, 'title', { enumerable: true, get: () => { throw new Error('boom'); } });
      expect(refused(getter)).to.include('$');
    });

    it('ignores a prototype set on a host object: only own keys count', () => {
      const inherited = Object.create(tiny({ a: end })) as Json;
      expect(refused(inherited)).to.include('$.version');
    });
  });

  it('copies a valid definition into fresh objects the host cannot change afterwards', () => {
    const raw = tiny({ a: message('b', { text: { en: 'Hello', es: 'Hola' } }), b: end });
    const { definition } = validateFlow(raw);
    ((raw.steps as Json).a as Json).next = 'a';
    (((raw.steps as Json).a as Json).text as Json).en = 'Changed';
    expect(definition?.steps.a?.next).to.equal('b');
    expect(definition?.steps.a?.text).to.deep.equal({ en: 'Hello', es: 'Hola' });
    expect(Object.getPrototypeOf(definition?.steps)).to.equal(null);
    expect(definition?.steps.a).not.to.equal((raw.steps as Json).a);
  });

  it('accepts timer, schedule and board steps, by the validator and by the schema, and copies their items', () => {
    const raw = tiny({
      a: timer({ minutes: 2, seconds: 30, then: 'playground', waitForEnd: true, next: 'c' }),
      c: { ...schedule([{ id: 'tidy', picture: 'tidy-up' }, { id: 'play', picture: PNG, label: { en: 'Play', ar: 'اللعب' } }]), variant: 'now-next', next: 'd' },
      d: board({ perScreen: 9, speak: false, next: 'e', items: [{ id: 'rest', picture: 'break' }, { id: 'help', picture: 'help', label: { es: 'Ayuda' } }] }),
      e: board({ next: 'f' }),
      f: timer({ seconds: 30, next: 'b' }),
      b: end,
    });
    const { definition, errors } = validateFlow(raw);
    expect(errors).to.deep.equal([]);
    expect(schemaErrors(schema, raw)).to.deep.equal([]);
    expect(definition?.steps.a).to.deep.include({ minutes: 2, seconds: 30, then: 'playground', waitForEnd: true });
    expect(definition?.steps.c?.items).to.deep.equal([{ id: 'tidy', picture: 'tidy-up' }, { id: 'play', picture: PNG, label: { en: 'Play', ar: 'اللعب' } }]);
    expect(definition?.steps.c?.items?.[0]).not.to.equal(((raw.steps as Json).c as { items: Json[] }).items[0]);
    expect(definition?.steps.d).to.deep.include({ perScreen: 9, speak: false });
    expect(definition?.steps.e?.items, 'a board without items shows the built-in needs').to.equal(undefined);
    // The schema sees what it can: an unknown pictogram and a remote picture.
    for (const picture of ['unicorn', 'https://example.org/y.png']) {
      const bad = tiny({ a: schedule([{ id: 'x', picture: 'read' }, { id: 'y', picture, label: { en: 'Y' } }]), b: end });
      expect(schemaErrors(schema, bad).length, picture).to.be.greaterThan(0);
    }
  });

  it('accepts https:, tel:, sms: and mailto: links, catalog keys and language maps', () => {
    for (const href of ['https://example.org/help', 'tel:+15551234567', 'sms:+15551234567', 'mailto:care@example.org']) {
      expect(validateFlow(tiny({ a: message('b', { link: { label: 'help.findLine', href } }), b: end })).errors, href).to.deep.equal([]);
    }
    expect(validateFlow(tiny({ a: message('b', { title: 'flow.next', text: { fr: 'Bonjour' } }), b: end })).errors).to.deep.equal([]);
    // "<" that is not a tag is fine in plain text.
    expect(validateFlow(tiny({ a: message('b', { text: { en: 'If it is < 5, go on.' } }), b: end })).errors).to.deep.equal([]);
  });

  describe('property-based', () => {
    it('accepts random valid definitions, by the validator and by the schema', () => {
      fc.assert(
        fc.property(validFlow, (raw) => {
          expect(validateFlow(raw).errors).to.deep.equal([]);
          expect(schemaErrors(schema, raw)).to.deep.equal([]);
        }),
        RUNS,
      );
    });

    it('refuses every broken or hostile mutation of a valid definition, naming the path, never throwing', () => {
      fc.assert(
        fc.property(validFlow, fc.constantFrom(...MUTATIONS), fc.nat(), (raw, mutation, pick) => {
          const { json, path } = mutate(raw, mutation, pick);
          const parsed: unknown = JSON.parse(json);
          expect(refused(parsed), mutation).to.include(path);
          if (SCHEMA_VISIBLE.includes(mutation)) expect(schemaErrors(schema, parsed).length, `${mutation} (schema)`).to.be.greaterThan(0);
          expect(({} as Json).polluted).to.equal(undefined);
        }),
        RUNS,
      );
    });
  });
});

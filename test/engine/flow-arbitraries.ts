/**
 * fast-check generators of flow definitions shared by the validator and machine tests.
 *
 * A valid flow is built as a chain of steps whose last step is an `end`, so every step is
 * reachable and can reach an end; extra branches, options and end steps are added on top.
 * An edge may point backwards (making a loop) only from a choice or check-in step, so every
 * loop passes a step where the person decides.
 */
import fc from 'fast-check';
import { en } from '../../src/locales/en.js';
import { addEnglish } from '../../src/locales/registry.js';

// A flow may name the catalog key of any element the page has loaded; these engine tests load
// no element, so every element's English is added here.
addEnglish(en);

type Json = Record<string, unknown>;
const NON_END = ['message', 'choice', 'breathing', 'grounding', 'check-in', 'help', 'timer', 'schedule', 'board'] as const;
const NEEDS = ['break', 'quiet', 'water', 'move', 'breathe', 'talk', 'help-now'];

interface Plan {
  kinds: Array<(typeof NON_END)[number]>;
  extraEnds: number;
  /** Per step: raw numbers turned into edges below (so shrinking stays meaningful). */
  edges: Array<Array<{ target: number; condition: number; value: number; option: boolean }>>;
  optionCounts: number[];
  titles: Array<'key' | 'map'>;
}

const planArbitrary: fc.Arbitrary<Plan> = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.record({
    kinds: fc.array(fc.constantFrom(...NON_END), { minLength: n, maxLength: n }),
    extraEnds: fc.integer({ min: 0, max: 2 }),
    edges: fc.array(
      fc.array(fc.record({ target: fc.nat(), condition: fc.nat(3), value: fc.integer({ min: 0, max: 10 }), option: fc.boolean() }), { maxLength: 3 }),
      { minLength: n, maxLength: n },
    ),
    optionCounts: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: n, maxLength: n }),
    titles: fc.array(fc.constantFrom<'key' | 'map'>('key', 'map'), { minLength: n, maxLength: n }),
  }),
);

function build(plan: Plan): Json {
  const n = plan.kinds.length;
  const chain = plan.kinds.map((_, i) => `s${i}`);
  const ends = ['end', ...Array.from({ length: plan.extraEnds }, (_, i) => `end-${i}`)];
  const all = [...chain, ...ends];
  const steps: Record<string, Json> = {};
  const choices: Array<{ id: string; options: string[] }> = [];
  plan.kinds.forEach((kind, i) => {
    const id = `s${i}`;
    const decides = kind === 'choice' || kind === 'check-in';
    const title = plan.titles[i] === 'key' ? 'flow.next' : { en: `Step ${i}`, es: `Paso ${i}` };
    const step: Json = { kind, title, next: i + 1 < n ? `s${i + 1}` : 'end' };
    // Forward targets are any later step or an end; backward ones only from a decision step.
    const pick = (raw: number): string => {
      const choicesOfTarget = decides ? all : all.slice(i + 1);
      return choicesOfTarget[raw % choicesOfTarget.length] as string;
    };
    const branches: Json[] = [];
    if (kind === 'choice') {
      const options = Array.from({ length: plan.optionCounts[i] ?? 2 }, (_, o) => `o${o}`);
      step.options = options.map((o, k) => {
        const edge = plan.edges[i]?.[k];
        return edge?.option ? { id: o, label: { en: `Option ${o}` }, next: pick(edge.target) } : { id: o, label: 'help.title' };
      });
      choices.push({ id, options });
    }
    for (const edge of plan.edges[i] ?? []) {
      const earlierChoice = choices[edge.value % Math.max(1, choices.length)];
      const when =
        edge.condition === 0
          ? { intensity: { [['gte', 'gt', 'lte', 'lt'][edge.value % 4] as string]: edge.value } }
          : edge.condition === 1 || !earlierChoice
            ? { need: NEEDS[edge.value % NEEDS.length] }
            : { choice: { step: earlierChoice.id, option: earlierChoice.options[edge.target % earlierChoice.options.length] } };
      branches.push({ when, next: pick(edge.target) });
    }
    if (branches.length) step.branches = branches;
    if (kind === 'breathing') step.pattern = 'box';
    if (kind === 'grounding') step.exercise = 'body';
    if (kind === 'check-in') step.steps = ['intensity', 'needs'];
    if (kind === 'timer') Object.assign(step, { minutes: 1 + (i % 60), then: 'break', waitForEnd: i % 2 === 0 });
    if (kind === 'schedule') step.items = [{ id: 'first', picture: 'read' }, { id: 'then', picture: 'outside', label: { en: 'Play', es: 'Jugar' } }];
    if (kind === 'board') Object.assign(step, { perScreen: 4, items: [{ id: 'rest', picture: 'break' }, { id: 'help', picture: 'help' }] });
    steps[id] = step;
  });
  for (const end of ends) steps[end] = { kind: 'end', title: { en: 'The end' } };
  // An extra end nobody points at would be unreachable: let the first step offer it.
  for (const end of ends.slice(1)) {
    const first = steps.s0 as Json;
    first.branches = [...((first.branches as Json[] | undefined) ?? []), { when: { need: 'talk' }, next: end }].slice(-10);
  }
  return { version: 1, id: 'generated', title: { en: 'A generated flow' }, start: 's0', steps };
}

/** Random valid flow definitions (plain JSON). */
export const validFlow: fc.Arbitrary<Json> = planArbitrary.map(build);

export type Mutation =
  | 'break-next'
  | 'break-branch'
  | 'remove-ends'
  | 'unknown-kind'
  | 'proto-key'
  | 'constructor-key'
  | 'long-text'
  | 'javascript-link'
  | 'markup'
  | 'unreachable';
export const MUTATIONS: readonly Mutation[] = [
  'break-next',
  'break-branch',
  'remove-ends',
  'unknown-kind',
  'proto-key',
  'constructor-key',
  'long-text',
  'javascript-link',
  'markup',
  'unreachable',
];
/** Mutations a JSON Schema can see (the rest are graph rules only the validator checks). */
export const SCHEMA_VISIBLE: readonly Mutation[] = ['unknown-kind', 'proto-key', 'constructor-key', 'long-text', 'javascript-link', 'markup'];

/**
 * Breaks a valid definition in one way. Returns the broken JSON text (so `__proto__` stays an
 * own key, as JSON.parse makes it) and the path the error must name.
 */
export function mutate(definition: Json, mutation: Mutation, pick: number): { json: string; path: string } {
  const copy = structuredClone(definition) as { steps: Record<string, Json>; start: string };
  const ids = Object.keys(copy.steps);
  const nonEnd = ids.filter((id) => copy.steps[id]?.kind !== 'end');
  const id = nonEnd[pick % nonEnd.length] as string;
  const step = copy.steps[id] as Json;
  switch (mutation) {
    case 'break-next':
      step.next = 'nowhere';
      return { json: JSON.stringify(copy), path: `$.steps.${id}.next` };
    case 'break-branch':
      step.branches = [{ when: { intensity: { gte: 5 } }, next: 'nowhere' }];
      return { json: JSON.stringify(copy), path: `$.steps.${id}.branches[0].next` };
    case 'remove-ends':
      for (const endId of ids.filter((i) => copy.steps[i]?.kind === 'end')) copy.steps[endId] = { kind: 'message', title: { en: 'No end' }, next: copy.start };
      return { json: JSON.stringify(copy), path: '$.steps' };
    case 'unknown-kind':
      step.kind = 'video';
      return { json: JSON.stringify(copy), path: `$.steps.${id}.kind` };
    case 'proto-key': {
      const marker = '"__marker__":1';
      step.__marker__ = 1;
      return { json: JSON.stringify(copy).replace(marker, '"__proto__":{"polluted":true}'), path: `$.steps.${id}.__proto__` };
    }
    case 'constructor-key':
      Reflect.set(copy, 'constructor', { prototype: { polluted: true } });
      return { json: JSON.stringify(copy), path: '$.constructor' };
    case 'long-text':
      step.title = { en: 'a'.repeat(121) };
      return { json: JSON.stringify(copy), path: `$.steps.${id}.title.en` };
    case 'javascript-link':
      step.link = { label: { en: 'More' }, href: 'javascript:alert(1)' };
      return { json: JSON.stringify(copy), path: `$.steps.${id}.link.href` };
    case 'markup':
      step.text = { en: 'Hello <img src=x onerror=alert(1)>' };
      return { json: JSON.stringify(copy), path: `$.steps.${id}.text.en` };
    case 'unreachable':
      copy.steps.lonely = { kind: 'end', title: { en: 'Nobody comes here' } };
      return { json: JSON.stringify(copy), path: '$.steps.lonely' };
  }
}

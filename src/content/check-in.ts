/**
 * The emotion check-in of `<calm-check-in>`, as data: its steps, the feeling words per audience
 * and quadrant, the intensity anchors and faces, body areas, needs and safety answers. Every
 * item is a stable English id (sent to the host) and a catalog key (shown to the person).
 * Facts and sources: CONTENT.md "Check-ins"; the word lists are our own.
 */
import type { StringKey } from '../locales/en.js';
import { AUDIENCES, DEFAULT_AUDIENCE, type Audience } from './exercises.js';

export { AUDIENCES, DEFAULT_AUDIENCE, type Audience };

export type CheckInStep = 'feelings' | 'intensity' | 'body' | 'needs' | 'safety';
export const CHECK_IN_STEPS: readonly CheckInStep[] = Object.freeze(['feelings', 'intensity', 'body', 'needs', 'safety']);
export const DEFAULT_STEPS: readonly CheckInStep[] = Object.freeze(['feelings', 'intensity', 'needs']);

/**
 * The host's `steps`, read leniently: known words in the host's order, each once. `unknown`
 * lists what was dropped, so the element can warn once. An empty result means "use the default".
 */
export function parseSteps(value: unknown): { steps: CheckInStep[]; unknown: string[] } {
  const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : `(${typeof v})`);
  const words = value === undefined || value === null ? [] : Array.isArray(value) ? value.map(text) : text(value).split(/\s+/);
  const steps: CheckInStep[] = [];
  const unknown: string[] = [];
  for (const word of words.filter(Boolean)) {
    if (!(CHECK_IN_STEPS as readonly string[]).includes(word)) unknown.push(word);
    else if (!steps.includes(word as CheckInStep)) steps.push(word as CheckInStep);
  }
  return { steps, unknown };
}

// Feelings: Russell's circumplex (1980, J Pers Soc Psychol 39:1161) on two axes, energy
// (rows: high on top) and pleasantness (columns: unpleasant first, so pleasant sits on the
// inline end). Each quadrant has a word label and its own shape, never colour alone.
export type Quadrant = 'high-energy-unpleasant' | 'high-energy-pleasant' | 'low-energy-unpleasant' | 'low-energy-pleasant';
export type QuadrantShape = 'spikes' | 'sun' | 'drop' | 'circle';
export interface QuadrantInfo {
  readonly id: Quadrant;
  readonly row: 0 | 1;
  readonly column: 0 | 1;
  readonly label: StringKey;
  readonly shape: QuadrantShape;
}
/** In reading order: the top row (high energy) first. */
export const QUADRANTS: readonly QuadrantInfo[] = Object.freeze(
  (
    [
      ['high-energy-unpleasant', 0, 0, 'spikes'],
      ['high-energy-pleasant', 0, 1, 'sun'],
      ['low-energy-unpleasant', 1, 0, 'drop'],
      ['low-energy-pleasant', 1, 1, 'circle'],
    ] as const
  ).map(([id, row, column, shape]) => Object.freeze({ id, row, column, shape, label: `checkIn.quadrant.${id}` as const })),
);

/** A quadrant when every picked feeling shares one, `mixed` when they do not. */
export type QuadrantAnswer = Quadrant | 'mixed';

// Our own plain words, four per quadrant: a 7-year-old's everyday words for `child`, and
// gradually finer ones for `teen` and `adult`. Ids are the English words.
const feelingLists = {
  child: {
    'high-energy-unpleasant': ['angry', 'scared', 'worried', 'jealous'],
    'high-energy-pleasant': ['happy', 'excited', 'silly', 'proud'],
    'low-energy-unpleasant': ['sad', 'tired', 'lonely', 'bored'],
    'low-energy-pleasant': ['calm', 'cosy', 'relaxed', 'thankful'],
  },
  teen: {
    'high-energy-unpleasant': ['angry', 'anxious', 'stressed', 'frustrated'],
    'high-energy-pleasant': ['happy', 'excited', 'hopeful', 'proud'],
    'low-energy-unpleasant': ['sad', 'lonely', 'tired', 'bored'],
    'low-energy-pleasant': ['calm', 'relaxed', 'content', 'thankful'],
  },
  adult: {
    'high-energy-unpleasant': ['anxious', 'angry', 'overwhelmed', 'tense'],
    'high-energy-pleasant': ['happy', 'hopeful', 'motivated', 'excited'],
    'low-energy-unpleasant': ['sad', 'lonely', 'drained', 'numb'],
    'low-energy-pleasant': ['calm', 'content', 'relaxed', 'thankful'],
  },
} as const;
export type FeelingId = (typeof feelingLists)[Audience][Quadrant][number];

export interface Feeling {
  readonly id: FeelingId;
  readonly quadrant: Quadrant;
  readonly label: StringKey;
}

/** Every feeling word shown to `audience`, quadrant by quadrant in reading order. */
export function feelingsFor(audience: Audience): readonly Feeling[] {
  return cachedFeelings[audience];
}
const cachedFeelings = Object.freeze(
  Object.fromEntries(
    AUDIENCES.map((audience) => [
      audience,
      Object.freeze(
        QUADRANTS.flatMap((q) =>
          (feelingLists[audience][q.id] as readonly FeelingId[]).map((id) => Object.freeze({ id, quadrant: q.id, label: `checkIn.feeling.${id}` as const })),
        ),
      ),
    ]),
  ) as Record<Audience, readonly Feeling[]>,
);

/** The quadrant of the picked feelings (`null` when none was picked). */
export function quadrantOf(picked: readonly string[], audience: Audience): QuadrantAnswer | null {
  const [first, ...others] = new Set(feelingsFor(audience).filter((f) => picked.includes(f.id)).map((f) => f.quadrant));
  if (!first) return null;
  return others.length > 0 ? 'mixed' : first;
}

// Intensity: Subjective Units of Distress, Wolpe 1969: 0 calm, 5 upset but coping, 10 the
// worst it could be. A quick self-report, never a label for the person.
export type Scale = 'numbers' | 'faces';
export const SCALES: readonly Scale[] = Object.freeze(['numbers', 'faces']);
export const DEFAULT_SCALE: Scale = 'numbers';
export const INTENSITY_MAX = 10;

/** One point on the scale: its value and, where it has some, its words. */
export interface Rating {
  readonly value: number;
  readonly label?: StringKey;
}
const rating = (value: number): Rating => Object.freeze({ value, label: `checkIn.anchor.${value}` as StringKey });
/** The words for a point on the scale; a 7-year-old reads "Upset, but OK" for "Upset, but I can cope". */
export const ratingLabel = (r: Rating, audience: Audience): StringKey | undefined =>
  audience === 'child' && r.value === 5 ? 'checkIn.anchor.child.5' : r.label;
/** 0 to 10, with words on 0, 5 and 10. */
export const NUMBERS: readonly Rating[] = Object.freeze(
  Array.from({ length: INTENSITY_MAX + 1 }, (_, value) => (value % 5 === 0 ? rating(value) : Object.freeze({ value }))),
);
/**
 * Five faces with words for young children, from calm to very upset, spread evenly over the
 * same 0–10 scale (0, 2.5, 5, 7.5, 10, rounded), so a host's `threshold` and a flow's
 * `intensity >= 7` mean the same on both scales. Their drawings are in check-in/icons.ts.
 */
export const FACES: readonly Rating[] = Object.freeze([0, 3, 5, 8, 10].map(rating));

/** A choice with an id and its words (body areas, needs, safety answers). */
export interface Choice<Id extends string = string> {
  readonly id: Id;
  readonly label: StringKey;
}
const choices = <Id extends string>(ids: readonly Id[], prefix: string): readonly Choice<Id>[] =>
  Object.freeze(ids.map((id) => Object.freeze({ id, label: `${prefix}${id}` as StringKey })));

/** Where in the body a feeling sits. */
export type BodyArea = 'head' | 'throat' | 'chest' | 'stomach' | 'arms' | 'legs' | 'all-over';
export const BODY_AREAS: readonly Choice<BodyArea>[] = choices(['head', 'throat', 'chest', 'stomach', 'arms', 'legs', 'all-over'], 'checkIn.body.');
/** "Tummy" reads more naturally to a child than "stomach". */
export const bodyLabel = (area: Choice<BodyArea>, audience: Audience): StringKey =>
  area.id === 'stomach' && audience === 'child' ? 'checkIn.body.tummy' : area.label;

/** Needs cards for someone who cannot speak in the moment (CONTENT.md "Check-ins"). */
export type NeedId = 'break' | 'quiet' | 'water' | 'move' | 'breathe' | 'talk' | 'help-now';
export const NEEDS: readonly Choice<NeedId>[] = choices(['break', 'quiet', 'water', 'move', 'breathe', 'talk', 'help-now'], 'checkIn.need.');
/** The need that opens crisis help at once. */
export const HELP_NOW: NeedId = 'help-now';

/** "Are you safe right now?" — "no" and "not sure" show crisis help at once. */
export type SafetyAnswer = 'yes' | 'no' | 'not-sure';
export const SAFETY_ANSWERS: readonly Choice<SafetyAnswer>[] = choices(['yes', 'no', 'not-sure'], 'checkIn.safety.');
export const isUnsafe = (answer: string | null): boolean => answer === 'no' || answer === 'not-sure';

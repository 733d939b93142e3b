/**
 * Grounding exercises for `<calm-grounding>`, as data: which steps each exercise has, what each
 * step asks (a catalog key, never text), how many things to notice, and the muscle rhythm.
 * Facts and sources: CONTENT.md "Grounding".
 */
import type { Phase } from './patterns.js';
import type { StringKey } from '../locales/en.js';

export type ExerciseId = 'senses' | 'body' | 'categories' | 'muscles';
export type Audience = 'child' | 'teen' | 'adult';

export const EXERCISES: readonly ExerciseId[] = Object.freeze(['senses', 'body', 'categories', 'muscles']);
export const AUDIENCES: readonly Audience[] = Object.freeze(['child', 'teen', 'adult']);
export const DEFAULT_EXERCISE: ExerciseId = 'senses';
export const DEFAULT_AUDIENCE: Audience = 'teen';

export interface GroundingStep {
  /** Stable id, sent in `calm-step` (e.g. `senses-see`). */
  readonly id: string;
  /** What to do, shown as the step's heading. */
  readonly prompt: StringKey;
  /** One short line under the prompt. */
  readonly hint?: StringKey;
  /** How many things to notice: a tap each, shown as dots. */
  readonly count?: number;
  /** The words on the button tapped for each thing (default "I found one"). */
  readonly tap?: StringKey;
  /** Timed with `muscleRhythm` (tense, then release). */
  readonly timed?: boolean;
}

/** The title and the one-line introduction shown before an exercise starts. */
export const exerciseText: Readonly<Record<ExerciseId, { title: StringKey; intro: StringKey }>> = Object.freeze({
  senses: { title: 'grounding.senses.title', intro: 'grounding.senses.intro' },
  body: { title: 'grounding.body.title', intro: 'grounding.body.intro' },
  categories: { title: 'grounding.categories.title', intro: 'grounding.categories.intro' },
  muscles: { title: 'grounding.muscles.title', intro: 'grounding.muscles.intro' },
});

const step = (s: GroundingStep): GroundingStep => Object.freeze(s);

// 5-4-3-2-1 senses (CONTENT.md "Grounding"): 5 things you can see, 4 touch, 3 hear, 2 smell,
// 1 taste, or one good thing about yourself where taste does not fit.
const senses = Object.freeze([
  step({ id: 'senses-see', prompt: 'grounding.senses.see', count: 5 }),
  step({ id: 'senses-touch', prompt: 'grounding.senses.touch', count: 4 }),
  step({ id: 'senses-hear', prompt: 'grounding.senses.hear', count: 3 }),
  step({ id: 'senses-smell', prompt: 'grounding.senses.smell', hint: 'grounding.senses.smellHint', count: 2 }),
  step({ id: 'senses-taste', prompt: 'grounding.senses.taste', hint: 'grounding.senses.tasteHint', count: 1 }),
]);

// Physical grounding, Najavits, *Seeking Safety* (2002): press your feet into the floor, grip
// the chair, notice the temperature; we add posture (sit or stand tall) as SPEC §3 lists.
// Grounding is not relaxation training: it brings attention back to the room.
const body = Object.freeze([
  step({ id: 'body-feet', prompt: 'grounding.body.feet' }),
  step({ id: 'body-hands', prompt: 'grounding.body.hands' }),
  step({ id: 'body-temperature', prompt: 'grounding.body.temperature' }),
  step({ id: 'body-posture', prompt: 'grounding.body.posture' }),
]);

// Mental grounding, Najavits, *Seeking Safety* (2002): name things in a category. Lists suited
// to each audience; 5 things each. Each thing is named, not found: its button says "Got it".
type Category = 'animals' | 'colours' | 'fruits' | 'toys' | 'foods' | 'sports' | 'music' | 'countries' | 'cities' | 'jobs' | 'films';
export const categoryLists: Readonly<Record<Audience, readonly Category[]>> = Object.freeze({
  child: Object.freeze(['animals', 'colours', 'fruits', 'toys'] as const),
  teen: Object.freeze(['foods', 'sports', 'music', 'countries'] as const),
  adult: Object.freeze(['cities', 'jobs', 'films', 'countries'] as const),
});
const CATEGORY_COUNT = 5;

// Short progressive muscle relaxation, after Jacobson (1938, *Progressive Relaxation*): about
// 7 groups (hands, arms, shoulders, face, stomach, legs, feet); gentle effort, never to pain;
// skip any injured or painful area.
const muscleGroups = ['hands', 'arms', 'shoulders', 'face', 'stomach', 'legs', 'feet'] as const;

/**
 * Jacobson's rhythm for one muscle group: tense about 5 s at gentle effort, then release about
 * 10 s and notice the difference (CONTENT.md gives 10–15 s; we use the short end). Run by the
 * shared `PhaseTimeline`: phase 0 is "tense", phase 1 "release" (the timeline's `hold` and
 * `rest` kinds carry only the timing here).
 */
export const muscleRhythm: readonly Phase[] = Object.freeze([
  Object.freeze({ kind: 'hold', seconds: 5 } as const),
  Object.freeze({ kind: 'rest', seconds: 10 } as const),
]);

/** The steps of `exercise` for `audience`, in order. */
export function exerciseSteps(exercise: ExerciseId, audience: Audience = DEFAULT_AUDIENCE): readonly GroundingStep[] {
  switch (exercise) {
    case 'body':
      return body;
    case 'categories':
      return categoryLists[audience].map((c) => step({ id: `categories-${c}`, prompt: `grounding.category.${c}`, count: CATEGORY_COUNT, tap: 'grounding.named' }));
    case 'muscles':
      return muscleGroups.map((g) =>
        step({
          id: `muscles-${g}`,
          // "Tummy" reads more naturally to a child than "stomach".
          prompt: g === 'stomach' && audience === 'child' ? 'grounding.muscles.tummy' : `grounding.muscles.${g}`,
          hint: 'grounding.muscles.skip',
          timed: true,
        }),
      );
    default:
      return senses;
  }
}

/**
 * Every calmkit event, its name and its detail, in one place (SPEC §2). Details carry ids,
 * never localised text, and never anything a person typed. Every counter in a detail (`cycle`,
 * `index`) counts from 0, as arrays do: add 1 to show it to a person ("Breath 1 of 4" is
 * `cycle: 0`); `total` is a count.
 */
export type ActivityId = string;

export interface CalmStartDetail {
  activity: ActivityId;
}
export interface CalmPhaseDetail {
  phase: 'inhale' | 'top-up' | 'hold' | 'exhale' | 'rest';
  /** Which breath (cycle) of the session, from 0: the screen's "Breath 1 of 4" is `cycle: 0`. */
  cycle: number;
  /** Which phase of the breath, from 0 (`inhale` is 0 in every preset). */
  index: number;
  /** How long this phase lasts, in milliseconds. */
  durationMs: number;
}
export interface CalmPauseDetail {
  activity: ActivityId;
  reason: 'user' | 'hidden';
}
export interface CalmStepDetail {
  activity: ActivityId;
  /** The step's id. */
  step: string;
  /** Which step, from 0: the screen's "Step 1 of 5" is `index: 0`. */
  index: number;
  /** How many steps there are (a count, not an index). */
  total: number;
}
export interface CalmCompleteDetail {
  activity: ActivityId;
  elapsedMs: number;
  /** False when the person stopped early (always fine, never commented on). */
  finished: boolean;
  /** `<calm-grounding>`: the exercise done (`senses`, `body`, `categories`, `muscles`). */
  exercise?: string;
  /** `<calm-flow>`: the flow's id (a built-in one or the definition's `id`). */
  flow?: string;
  /** `<calm-flow>`: the ids of the steps on the way taken, in order. */
  path?: string[];
  /** `<calm-flow>`: the first intensity rating (0–10), `null` without one. */
  before?: number | null;
  /** `<calm-flow>`: the last intensity rating when there were at least two, else `null`. */
  after?: number | null;
}
export interface CalmCheckInDetail {
  feelings: string[] | null;
  quadrant: string | null;
  intensity: number | null;
  scale: string | null;
  body: string[] | null;
  needs: string[] | null;
  safety: string | null;
}
export interface CalmHelpDetail {
  reason: 'button' | 'need' | 'safety' | 'threshold' | 'danger';
}
/** `<calm-choice>`: the card chosen, by id (never its words). */
export interface CalmChoiceDetail {
  id: string;
}
export type CalmExitDetail = Record<string, never>;
export interface CalmResetDetail {
  reason: 'idle' | 'user';
}
/** `<calm-kiosk operator-exit>`: the operator held the corner. Empty; the host decides what follows. */
export type CalmOperatorExitDetail = Record<string, never>;
export interface ConfigError {
  /** JSON path of the bad value, e.g. `$.resources[0].channels[1].target`. */
  path: string;
  message: string;
}
export interface CalmConfigErrorDetail {
  element: string;
  errors: ConfigError[];
}

export interface CalmEventDetails {
  'calm-start': CalmStartDetail;
  'calm-phase': CalmPhaseDetail;
  'calm-pause': CalmPauseDetail;
  'calm-resume': CalmPauseDetail;
  'calm-step': CalmStepDetail;
  'calm-complete': CalmCompleteDetail;
  'calm-check-in': CalmCheckInDetail;
  'calm-help': CalmHelpDetail;
  'calm-choice': CalmChoiceDetail;
  'calm-exit': CalmExitDetail;
  'calm-reset': CalmResetDetail;
  'calm-operator-exit': CalmOperatorExitDetail;
  'calm-config-error': CalmConfigErrorDetail;
}

export type CalmEventName = keyof CalmEventDetails;

export type CalmEventMap = {
  [Name in CalmEventName]: CustomEvent<CalmEventDetails[Name]>;
};

/** Builds a calm-* event: bubbling and composed, so a host hears it through any shadow root. */
export function calmEvent<Name extends CalmEventName>(
  name: Name,
  detail: CalmEventDetails[Name],
): CustomEvent<CalmEventDetails[Name]> {
  return new CustomEvent(name, { bubbles: true, composed: true, detail });
}

declare global {
  // Typed listeners on elements, the document and the window (the events are composed and
  // bubble): addEventListener('calm-help', (e) => e.detail.reason)
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface HTMLElementEventMap extends CalmEventMap {}
  interface DocumentEventMap extends CalmEventMap {}
  interface WindowEventMap extends CalmEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}

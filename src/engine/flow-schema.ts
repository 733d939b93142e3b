/**
 * Flow definitions (SPEC §3 `<calm-flow>`): their types and the runtime validator.
 *
 * The validator is hand-written so it runs under the strict policy (no code is generated or
 * evaluated at run time). It enforces the rules of the published JSON Schema (`schema/flow.schema.json`:
 * shapes, kinds, lengths, links) and the rules a JSON Schema cannot express (every `next` points
 * at a step, every step is reachable and can reach an `end`, every loop passes a step where the
 * person decides, every catalog key exists). Each error names its JSON path, e.g.
 * `$.steps.calm.next`. A valid definition is copied field by field into fresh objects, so
 * `__proto__`, `constructor`, `prototype` and any other unknown key never pass (they are errors).
 */
import { CHECK_IN_STEPS, FACES, NEEDS, NUMBERS, SCALES, type CheckInStep, type Scale } from '../content/check-in.js';
import { AUDIENCES, EXERCISES, type Audience, type ExerciseId } from '../content/exercises.js';
import { parsePattern } from '../content/patterns.js';
import { isPictogramId, type PictogramId } from '../content/pictograms.js';
import type { ConfigError } from '../events.js';
import { isStringKey } from '../locales/registry.js';
import { isDataPicture, MAX_PICTURE_ITEMS, SCHEDULE_VARIANTS, type ScheduleVariant } from './picture-items.js';
import { safeLink } from './safe-url.js';

/** The flow's own words per language (`{ "en": "…", "es": "…" }`) or a catalog key (`"help.title"`). */
export type FlowText = string | Readonly<Record<string, string>>;

export type StepKind = 'message' | 'choice' | 'breathing' | 'grounding' | 'check-in' | 'help' | 'plan' | 'timer' | 'schedule' | 'board' | 'end';
export const STEP_KINDS: readonly StepKind[] = ['message', 'choice', 'breathing', 'grounding', 'check-in', 'help', 'plan', 'timer', 'schedule', 'board', 'end'];
/** Cards a screen on a board step. */
export const BOARD_PER_SCREEN: readonly number[] = [4, 6, 9];
export type PlanTemplate = 'safety' | 'calm-down';
export const PLAN_TEMPLATES: readonly PlanTemplate[] = ['safety', 'calm-down'];
export type Comparison = 'gte' | 'gt' | 'lte' | 'lt';
const COMPARISONS: readonly Comparison[] = ['gte', 'gt', 'lte', 'lt'];

export type Condition =
  | { readonly intensity: Readonly<Partial<Record<Comparison, number>>> }
  | { readonly need: string }
  | { readonly choice: { readonly step: string; readonly option: string } };

export interface Branch {
  readonly when: Condition;
  readonly next: string;
}
export interface ChoiceOption {
  readonly id: string;
  readonly label: FlowText;
  readonly next?: string;
}
/** A schedule item or board card: a pictogram id or an image data URL, with the flow's own words (a pictogram's name without them). */
export interface FlowPictureItem {
  readonly id: string;
  readonly label?: FlowText;
  readonly picture: string;
}
export interface FlowStep {
  readonly kind: StepKind;
  readonly title: FlowText;
  readonly text?: FlowText;
  /** Where to go when no branch matches; every kind but `end` has one. */
  readonly next?: string;
  readonly branches?: readonly Branch[];
  readonly link?: { readonly label: FlowText; readonly href: string };
  /** choice */
  readonly options?: readonly ChoiceOption[];
  /** choice: seconds between gentle checks (a timed wave); `check` is what each check says. */
  readonly checkEvery?: number;
  readonly check?: FlowText;
  /** breathing */
  readonly pattern?: string;
  readonly cycles?: number;
  /** grounding */
  readonly exercise?: ExerciseId;
  /** check-in */
  readonly steps?: readonly CheckInStep[];
  readonly scale?: Scale;
  readonly audience?: Audience;
  /** check-in: the rating's own question, and words for each of its anchors (see `RATING_ANCHORS`). */
  readonly question?: FlowText;
  readonly anchors?: Readonly<Record<string, FlowText>>;
  /** plan */
  readonly template?: PlanTemplate;
  /** help: `danger` when someone could get hurt (the emergency number comes first). */
  readonly reason?: 'danger';
  /** timer: the wait (5 minutes without either), what comes after it, and whether Next waits for its end. */
  readonly minutes?: number;
  readonly seconds?: number;
  readonly then?: PictogramId;
  readonly waitForEnd?: boolean;
  /** schedule */
  readonly variant?: ScheduleVariant;
  /** schedule (required) and board (the built-in needs without it) */
  readonly items?: readonly FlowPictureItem[];
  /** board */
  readonly perScreen?: number;
  readonly speak?: boolean;
}
export interface FlowDefinition {
  readonly version: 1;
  readonly id: string;
  readonly title: FlowText;
  readonly text?: FlowText;
  readonly start: string;
  /** Step id → step. A null-prototype object: only own ids exist. */
  readonly steps: Readonly<Record<string, FlowStep>>;
}

export const LIMITS = Object.freeze({
  steps: 60,
  branches: 10,
  options: { min: 2, max: 8 },
  title: 120,
  text: 600,
  href: 2000,
  source: 300,
  cycles: 20,
  checkEvery: { min: 15, max: 600 },
  /** A timer step's wait, in seconds. */
  timer: { min: 1, max: 3600 },
  /** Schedule items and board cards: at least two, at most what the element shows. */
  items: { min: 2, schedule: MAX_PICTURE_ITEMS.schedule, board: MAX_PICTURE_ITEMS.choice },
});
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
const KEY_PATTERN = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9-]+)+$/;
const LANGUAGE_PATTERN = /^[a-z]{2,3}$/;
/** Looks like an HTML tag or comment: host text is shown as text, so markup is refused outright. */
const MARKUP_PATTERN = /<\s*[A-Za-z!/?]/;
export const NEED_IDS: readonly string[] = NEEDS.map((need) => need.id);
/** The ratings a scale shows words for (numbers: 0, 5, 10; faces: 0, 3, 5, 8, 10): a step's own `anchors` names every one. */
export const ratingAnchors = (scale: Scale | undefined): string[] =>
  (scale === 'faces' ? FACES : NUMBERS).filter((rating) => rating.label).map((rating) => String(rating.value));
/** Every rating that can carry words. */
export const RATING_ANCHORS: readonly string[] = ratingAnchors('faces');

const COMMON_KEYS = ['kind', 'title', 'text', 'next', 'branches', 'link', 'source'];
/** The keys each kind of step may have (the schema's `additionalProperties: false`). */
export const KIND_KEYS: Readonly<Record<StepKind, readonly string[]>> = {
  message: COMMON_KEYS,
  choice: [...COMMON_KEYS, 'options', 'checkEvery', 'check'],
  breathing: [...COMMON_KEYS, 'pattern', 'cycles'],
  grounding: [...COMMON_KEYS, 'exercise'],
  'check-in': [...COMMON_KEYS, 'steps', 'scale', 'audience', 'question', 'anchors'],
  help: [...COMMON_KEYS, 'reason'],
  plan: [...COMMON_KEYS, 'template'],
  timer: [...COMMON_KEYS, 'minutes', 'seconds', 'then', 'waitForEnd'],
  schedule: [...COMMON_KEYS, 'variant', 'items'],
  board: [...COMMON_KEYS, 'items', 'perScreen', 'speak'],
  end: ['kind', 'title', 'text', 'link', 'source'],
};
export const ROOT_KEYS = ['$schema', 'version', 'id', 'title', 'text', 'start', 'steps', 'source'];
/** Steps where the person's answer picks the way on; a loop must pass one of them. */
const DECISION_KINDS: readonly StepKind[] = ['choice', 'check-in'];

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (source: Json, key: string): unknown => (Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined);
const has = (source: Json, key: string): boolean => Object.prototype.hasOwnProperty.call(source, key);

/** `$.steps.calm` for plain ids, `$.steps["odd id"]` otherwise. */
export const pathTo = (base: string, key: string): string =>
  /^[A-Za-z_$][\w$-]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key.slice(0, 40))}]`;

/** The outgoing step ids of a step, each once, in order: options, branches, then `next`. */
export function stepTargets(step: FlowStep): string[] {
  const targets = [...(step.options ?? []).map((o) => o.next), ...(step.branches ?? []).map((b) => b.next), step.next];
  return [...new Set(targets.filter((t): t is string => typeof t === 'string'))];
}

class Checker {
  readonly errors: ConfigError[] = [];

  error(path: string, message: string): void {
    if (this.errors.length < 50) this.errors.push({ path, message });
  }

  /** Reports keys that are not in `allowed` (this is where `__proto__` and friends are refused). */
  keys(source: Json, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(source)) {
      if (!allowed.includes(key)) this.error(pathTo(path, key), `unknown key "${key.slice(0, 40)}"; allowed keys: ${allowed.join(', ')}`);
    }
  }

  text(source: Json, key: string, path: string, max: number, required: boolean): FlowText | undefined {
    const value = own(source, key);
    const at = pathTo(path, key);
    if (value === undefined) {
      if (required) this.error(at, 'is required: a catalog key or a map of language to text, e.g. { "en": "Take a breath." }');
      return undefined;
    }
    if (typeof value === 'string') {
      if (KEY_PATTERN.test(value) && isStringKey(value)) return value;
      this.error(at, `"${value.slice(0, 40)}" is not a known string key; for your own words use a map such as { "en": "…" }`);
      return undefined;
    }
    if (!isRecord(value) || Object.keys(value).length === 0) {
      this.error(at, 'must be a catalog key or a map of language to text, e.g. { "en": "Take a breath." }');
      return undefined;
    }
    const copy: Record<string, string> = Object.create(null) as Record<string, string>;
    let ok = true;
    for (const language of Object.keys(value)) {
      const text = value[language];
      const textPath = pathTo(at, language);
      if (!LANGUAGE_PATTERN.test(language)) {
        this.error(textPath, 'must be a language code such as en, es, fr or ar');
        ok = false;
      } else if (typeof text !== 'string' || !text.trim()) {
        this.error(textPath, 'must be a non-empty text');
        ok = false;
      } else if (text.length > max) {
        this.error(textPath, `is too long (${text.length} characters; at most ${max})`);
        ok = false;
      } else if (MARKUP_PATTERN.test(text)) {
        this.error(textPath, 'must be plain text: markup is not allowed and would be shown as text');
        ok = false;
      } else copy[language] = text;
    }
    return ok ? Object.freeze(copy) : undefined;
  }

  id(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && ID_PATTERN.test(value)) return value;
    this.error(path, 'must be an id: lower-case letters, digits and hyphens, starting with a letter, at most 40 characters');
    return undefined;
  }

  /** A reference to a step; whether it exists is checked once every step is known. */
  target(source: Json, key: string, path: string, required: boolean): string | undefined {
    const value = own(source, key);
    if (value === undefined) {
      if (required) this.error(pathTo(path, key), 'is required: the id of the step that comes next');
      return undefined;
    }
    return this.id(value, pathTo(path, key));
  }

  oneOf<T extends string>(source: Json, key: string, path: string, accepted: readonly T[]): T | undefined {
    const value = own(source, key);
    if (value === undefined) return undefined;
    if ((accepted as readonly unknown[]).includes(value)) return value as T;
    this.error(pathTo(path, key), `must be one of ${accepted.join(', ')}`);
    return undefined;
  }

  integer(source: Json, key: string, path: string, min: number, max: number): number | undefined {
    const value = own(source, key);
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    this.error(pathTo(path, key), `must be a whole number from ${min} to ${max}`);
    return undefined;
  }

  boolean(source: Json, key: string, path: string): boolean | undefined {
    const value = own(source, key);
    if (value === undefined || typeof value === 'boolean') return value;
    this.error(pathTo(path, key), 'must be true or false');
    return undefined;
  }

  /** A built-in pictogram id, or (with `dataUrl`) an image data URL; never a remote URL or markup. */
  picture(source: Json, key: string, path: string, dataUrl: boolean): string | undefined {
    const value = own(source, key);
    if (isPictogramId(value) || (dataUrl && isDataPicture(value))) return value;
    const looksLikeId = typeof value === 'string' && ID_PATTERN.test(value);
    this.error(pathTo(path, key), looksLikeId ? `"${value}" is not a built-in pictogram id` : `must be a built-in pictogram id${dataUrl ? ' or a data:image/png, jpeg, webp or svg+xml URL' : ''}`);
    return undefined;
  }

  /** Schedule items and board cards: `{ id, picture, label? }`; a data: picture needs its words. */
  pictureItems(source: Json, path: string, max: number, required: boolean): FlowPictureItem[] | undefined {
    const raw = own(source, 'items');
    const at = `${path}.items`;
    if (raw === undefined && !required) return undefined;
    if (!Array.isArray(raw) || raw.length < LIMITS.items.min || raw.length > max) {
      this.error(at, `${required ? 'is required: ' : 'must be '}a list of ${LIMITS.items.min} to ${max} items { "id", "picture", "label"? }`);
      return undefined;
    }
    const items: FlowPictureItem[] = [];
    const seen = new Set<string>();
    raw.forEach((item: unknown, i) => {
      const itemPath = `${at}[${i}]`;
      if (!isRecord(item)) return this.error(itemPath, 'must be { "id", "picture" } with an optional "label"');
      this.keys(item, ['id', 'label', 'picture'], itemPath);
      const id = this.id(own(item, 'id'), `${itemPath}.id`);
      if (id && seen.has(id)) this.error(`${itemPath}.id`, `"${id}" is used by another item of this step`);
      if (id) seen.add(id);
      const picture = this.picture(item, 'picture', itemPath, true);
      // A pictogram has a name in every language; a host's image needs the host's words.
      const label = this.text(item, 'label', itemPath, LIMITS.title, picture !== undefined && !isPictogramId(picture));
      if (id && picture) items.push(label ? { id, label, picture } : { id, picture });
    });
    return items;
  }

  condition(raw: unknown, path: string): Condition | undefined {
    if (!isRecord(raw) || Object.keys(raw).length !== 1) {
      this.error(path, 'must be one condition: { "intensity": { "gte": 7 } }, { "need": "help-now" } or { "choice": { "step", "option" } }');
      return undefined;
    }
    if (has(raw, 'intensity')) {
      const test = own(raw, 'intensity');
      const at = `${path}.intensity`;
      if (!isRecord(test) || Object.keys(test).length !== 1) {
        this.error(at, 'must be one comparison: gte, gt, lte or lt, e.g. { "gte": 7 }');
        return undefined;
      }
      this.keys(test, COMPARISONS, at);
      const [op] = Object.keys(test);
      const value = this.integer(test, op ?? '', at, 0, 10);
      if (!op || value === undefined || !(COMPARISONS as readonly string[]).includes(op)) return undefined;
      return { intensity: { [op]: value } };
    }
    if (has(raw, 'need')) {
      const need = this.oneOf(raw, 'need', path, NEED_IDS);
      return need === undefined ? undefined : { need };
    }
    if (has(raw, 'choice')) {
      const choice = own(raw, 'choice');
      const at = `${path}.choice`;
      if (!isRecord(choice)) {
        this.error(at, 'must name a choice step and one of its options: { "step": "…", "option": "…" }');
        return undefined;
      }
      this.keys(choice, ['step', 'option'], at);
      const step = this.id(own(choice, 'step'), `${at}.step`);
      const option = this.id(own(choice, 'option'), `${at}.option`);
      return step && option ? { choice: { step, option } } : undefined;
    }
    this.keys(raw, ['intensity', 'need', 'choice'], path);
    return undefined;
  }

  branches(source: Json, path: string): Branch[] | undefined {
    const raw = own(source, 'branches');
    if (raw === undefined) return undefined;
    const at = `${path}.branches`;
    if (!Array.isArray(raw) || raw.length > LIMITS.branches) {
      this.error(at, `must be a list of at most ${LIMITS.branches} { "when", "next" } branches`);
      return undefined;
    }
    const branches: Branch[] = [];
    raw.forEach((item: unknown, i) => {
      const itemPath = `${at}[${i}]`;
      if (!isRecord(item)) return this.error(itemPath, 'must be { "when": condition, "next": step id }');
      this.keys(item, ['when', 'next'], itemPath);
      const when = this.condition(own(item, 'when'), `${itemPath}.when`);
      const next = this.target(item, 'next', itemPath, true);
      if (when && next) branches.push({ when, next });
    });
    return branches;
  }

  options(source: Json, path: string): ChoiceOption[] | undefined {
    const raw = own(source, 'options');
    const at = `${path}.options`;
    if (!Array.isArray(raw) || raw.length < LIMITS.options.min || raw.length > LIMITS.options.max) {
      this.error(at, `is required: a list of ${LIMITS.options.min} to ${LIMITS.options.max} options`);
      return undefined;
    }
    const options: ChoiceOption[] = [];
    const seen = new Set<string>();
    raw.forEach((item: unknown, i) => {
      const itemPath = `${at}[${i}]`;
      if (!isRecord(item)) return this.error(itemPath, 'must be { "id", "label" } with an optional "next"');
      this.keys(item, ['id', 'label', 'next'], itemPath);
      const id = this.id(own(item, 'id'), `${itemPath}.id`);
      if (id && seen.has(id)) this.error(`${itemPath}.id`, `"${id}" is used by another option of this step`);
      if (id) seen.add(id);
      const label = this.text(item, 'label', itemPath, LIMITS.title, true);
      const next = this.target(item, 'next', itemPath, false);
      if (id && label) options.push(next ? { id, label, next } : { id, label });
    });
    return options;
  }

  step(raw: unknown, path: string): FlowStep | undefined {
    if (!isRecord(raw)) {
      this.error(path, 'must be a step object with a kind and a title');
      return undefined;
    }
    const kind = own(raw, 'kind');
    if (typeof kind !== 'string' || !(STEP_KINDS as readonly string[]).includes(kind)) {
      this.error(`${path}.kind`, `must be one of ${STEP_KINDS.join(', ')}`);
      return undefined;
    }
    const k = kind as StepKind;
    this.keys(raw, KIND_KEYS[k], path);
    const step: Record<string, unknown> = { kind: k };
    const put = (key: string, value: unknown): void => {
      if (value !== undefined) step[key] = value;
    };
    put('title', this.text(raw, 'title', path, LIMITS.title, true));
    put('text', this.text(raw, 'text', path, LIMITS.text, false));
    this.source(raw, path);
    if (k !== 'end') {
      put('next', this.target(raw, 'next', path, true));
      put('branches', this.branches(raw, path));
    }
    const link = own(raw, 'link');
    if (link !== undefined) {
      const at = `${path}.link`;
      if (!isRecord(link)) this.error(at, 'must be { "label", "href" }');
      else {
        this.keys(link, ['label', 'href'], at);
        const label = this.text(link, 'label', at, LIMITS.title, true);
        const rawHref = own(link, 'href');
        const href = typeof rawHref === 'string' && rawHref.length <= LIMITS.href ? safeLink(rawHref) : undefined;
        if (!href) this.error(`${at}.href`, 'must be an https:, tel:, sms: or mailto: link');
        if (label && href) step.link = { label, href };
      }
    }
    switch (k) {
      case 'choice': {
        put('options', this.options(raw, path));
        put('checkEvery', this.integer(raw, 'checkEvery', path, LIMITS.checkEvery.min, LIMITS.checkEvery.max));
        put('check', this.text(raw, 'check', path, LIMITS.title, false));
        if (has(raw, 'check') && !has(raw, 'checkEvery')) this.error(`${path}.check`, 'needs checkEvery (the seconds between checks)');
        break;
      }
      case 'breathing': {
        const pattern = own(raw, 'pattern');
        if (pattern !== undefined) {
          if (typeof pattern === 'string' && pattern.length <= 40 && parsePattern(pattern)) step.pattern = pattern;
          else this.error(`${path}.pattern`, 'must be a breathing preset (e.g. extended-exhale, box) or seconds as in-out, e.g. 4-6');
        }
        put('cycles', this.integer(raw, 'cycles', path, 1, LIMITS.cycles));
        break;
      }
      case 'grounding':
        put('exercise', this.oneOf(raw, 'exercise', path, EXERCISES));
        break;
      case 'check-in': {
        const steps = own(raw, 'steps');
        if (steps !== undefined) {
          const ok =
            Array.isArray(steps) &&
            steps.length > 0 &&
            new Set(steps).size === steps.length &&
            steps.every((s) => (CHECK_IN_STEPS as readonly unknown[]).includes(s));
          if (ok) step.steps = [...(steps as CheckInStep[])];
          else this.error(`${path}.steps`, `must be a list of different check-in steps: ${CHECK_IN_STEPS.join(', ')}`);
        }
        put('scale', this.oneOf(raw, 'scale', path, SCALES));
        put('audience', this.oneOf(raw, 'audience', path, AUDIENCES));
        put('question', this.text(raw, 'question', path, LIMITS.title, false));
        put('anchors', this.anchors(raw, path, step.scale as Scale | undefined));
        break;
      }
      case 'plan':
        put('template', this.oneOf(raw, 'template', path, PLAN_TEMPLATES));
        break;
      case 'help':
        put('reason', this.oneOf(raw, 'reason', path, ['danger']));
        break;
      case 'timer': {
        const minutes = this.integer(raw, 'minutes', path, 0, LIMITS.timer.max / 60);
        const seconds = this.integer(raw, 'seconds', path, 0, 59);
        const total = (minutes ?? 0) * 60 + (seconds ?? 0);
        if ((minutes !== undefined || seconds !== undefined) && (total < LIMITS.timer.min || total > LIMITS.timer.max)) {
          this.error(`${path}.${seconds === undefined ? 'minutes' : 'seconds'}`, 'minutes and seconds must add up to 1 second to 60 minutes');
        }
        put('minutes', minutes);
        put('seconds', seconds);
        if (has(raw, 'then')) put('then', this.picture(raw, 'then', path, false));
        put('waitForEnd', this.boolean(raw, 'waitForEnd', path));
        break;
      }
      case 'schedule':
        put('variant', this.oneOf(raw, 'variant', path, SCHEDULE_VARIANTS));
        put('items', this.pictureItems(raw, path, LIMITS.items.schedule, true));
        break;
      case 'board': {
        put('items', this.pictureItems(raw, path, LIMITS.items.board, false));
        const perScreen = own(raw, 'perScreen');
        if (perScreen !== undefined && !BOARD_PER_SCREEN.includes(perScreen as number)) this.error(`${path}.perScreen`, `must be one of ${BOARD_PER_SCREEN.join(', ')}`);
        else put('perScreen', perScreen);
        put('speak', this.boolean(raw, 'speak', path));
        break;
      }
      default:
        break;
    }
    return step as unknown as FlowStep;
  }

  /** A rating's own words: one text for each rating its scale labels, so no default word is left among them. */
  anchors(raw: Json, path: string, scale: Scale | undefined): Record<string, FlowText> | undefined {
    const value = own(raw, 'anchors');
    if (value === undefined) return undefined;
    const at = `${path}.anchors`;
    const needed = ratingAnchors(scale);
    if (!isRecord(value)) {
      this.error(at, `must be words for the ratings ${needed.join(', ')}`);
      return undefined;
    }
    this.keys(value, RATING_ANCHORS, at);
    const anchors = Object.create(null) as Record<string, FlowText>;
    for (const rating of RATING_ANCHORS) {
      const text = this.text(value, rating, at, LIMITS.title, needed.includes(rating));
      if (text) anchors[rating] = text;
    }
    return Object.freeze(anchors);
  }

  source(raw: Json, path: string): void {
    const source = own(raw, 'source');
    if (source !== undefined && (typeof source !== 'string' || source.length > LIMITS.source)) {
      this.error(`${path}.source`, `must be a text of at most ${LIMITS.source} characters (it is never shown)`);
    }
  }
}

/** Checks that every reference points at a step and that the graph has no trap. */
function checkGraph(check: Checker, steps: Record<string, FlowStep>, start: string): void {
  const ids = Object.keys(steps);
  const exists = (id: string): boolean => Object.prototype.hasOwnProperty.call(steps, id);
  const missing = (path: string, id: string): void => check.error(path, `points at "${id}", which is not a step`);
  for (const id of ids) {
    const step = steps[id] as FlowStep;
    const at = pathTo('$.steps', id);
    step.options?.forEach((o, i) => {
      if (o.next && !exists(o.next)) missing(`${at}.options[${i}].next`, o.next);
    });
    step.branches?.forEach((b, i) => {
      if (!exists(b.next)) missing(`${at}.branches[${i}].next`, b.next);
      if ('choice' in b.when) {
        const { step: target, option } = b.when.choice;
        const chosen = exists(target) ? steps[target] : undefined;
        if (chosen?.kind !== 'choice') check.error(`${at}.branches[${i}].when.choice.step`, `"${target}" is not a choice step`);
        else if (!chosen.options?.some((o) => o.id === option)) {
          check.error(`${at}.branches[${i}].when.choice.option`, `"${option}" is not an option of "${target}"`);
        }
      }
    });
    if (step.next && !exists(step.next)) missing(`${at}.next`, step.next);
  }
  if (!exists(start)) return;
  const edges = (id: string): string[] => stepTargets(steps[id] as FlowStep).filter(exists);

  // Every step can be reached from the start (an unreachable step is almost always a typo'd `next`).
  const reached = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of edges(id)) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  for (const id of ids) if (!reached.has(id)) check.error(pathTo('$.steps', id), 'cannot be reached from the start step');

  // Every step can reach an end: walk backwards from the end steps.
  const ends = ids.filter((id) => steps[id]?.kind === 'end');
  if (ends.length === 0) check.error('$.steps', 'needs at least one step of kind "end"');
  const finishes = new Set(ends);
  for (let grew = true; grew; ) {
    grew = false;
    for (const id of ids) {
      if (!finishes.has(id) && edges(id).some((to) => finishes.has(to))) {
        finishes.add(id);
        grew = true;
      }
    }
  }
  for (const id of ids) if (ends.length && reached.has(id) && !finishes.has(id)) check.error(pathTo('$.steps', id), 'has no way on to an end step');

  // A loop must pass a step where the person decides (a choice or a check-in); without one, the
  // flow could go round it for ever without the person being able to leave.
  const passive = (id: string): boolean => !DECISION_KINDS.includes((steps[id] as FlowStep).kind);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    state.set(id, 'open');
    for (const to of edges(id).filter(passive)) {
      if (state.get(to) === 'open') {
        const loop = [...trail.slice(trail.indexOf(to)), id, to].join(' → ');
        check.error(pathTo('$.steps', id), `is in a loop with no choice or check-in step, so it could never be left: ${loop}`);
      } else if (!state.has(to)) visit(to, [...trail, id]);
    }
    state.set(id, 'done');
  };
  for (const id of ids.filter(passive)) if (!state.has(id)) visit(id, []);
}

/**
 * Validates a flow definition (parsed JSON or a host object) and copies it. Never throws.
 * `definition` is present only when there are no errors.
 */
export function validateFlow(raw: unknown): { definition?: FlowDefinition; errors: ConfigError[] } {
  const check = new Checker();
  try {
    if (!isRecord(raw)) {
      check.error('$', 'a flow must be an object: { "version": 1, "id", "title", "start", "steps" }');
      return { errors: check.errors };
    }
    check.keys(raw, ROOT_KEYS, '$');
    if (own(raw, 'version') !== 1) check.error('$.version', 'must be 1');
    const schema = own(raw, '$schema');
    if (schema !== undefined && typeof schema !== 'string') check.error('$.$schema', 'must be a text');
    check.source(raw, '$');
    const id = check.id(own(raw, 'id'), '$.id');
    const title = check.text(raw, 'title', '$', LIMITS.title, true);
    const text = check.text(raw, 'text', '$', LIMITS.text, false);
    const start = check.id(own(raw, 'start'), '$.start');

    const rawSteps = own(raw, 'steps');
    const steps = Object.create(null) as Record<string, FlowStep>;
    if (!isRecord(rawSteps) || Object.keys(rawSteps).length === 0 || Object.keys(rawSteps).length > LIMITS.steps) {
      check.error('$.steps', `must be an object of 1 to ${LIMITS.steps} steps, keyed by step id`);
    } else {
      for (const stepId of Object.keys(rawSteps)) {
        const path = pathTo('$.steps', stepId);
        if (!ID_PATTERN.test(stepId)) {
          check.error(path, 'a step id must be lower-case letters, digits and hyphens, starting with a letter, at most 40 characters');
          continue;
        }
        const step = check.step(rawSteps[stepId], path);
        if (step) steps[stepId] = step;
      }
      if (start && !Object.prototype.hasOwnProperty.call(rawSteps, start)) check.error('$.start', `points at "${start}", which is not a step`);
      if (check.errors.length === 0 && start) checkGraph(check, steps, start);
    }
    if (check.errors.length || !id || !title || !start) return { errors: check.errors };
    const definition: FlowDefinition = text ? { version: 1, id, title, text, start, steps } : { version: 1, id, title, start, steps };
    return { definition, errors: [] };
  } catch {
    // Hostile input (a getter that throws, a revoked proxy): refuse it, calmly.
    return { errors: [...check.errors, { path: '$', message: 'the flow could not be read' }] };
  }
}

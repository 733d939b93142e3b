/**
 * Walks a validated flow (see `flow-schema.ts`): where the person is, the way they came (for
 * back), the answers given on that way, and where each answer leads. Pure TypeScript with no
 * DOM, so it can be tested on its own.
 *
 * Answers belong to the visit that gave them: going back forgets the answers of the steps
 * left, so conditions always read the way the person actually took.
 */
import type { Branch, ChoiceOption, Comparison, Condition, FlowDefinition, FlowStep } from './flow-schema.js';
import { stepTargets } from './flow-schema.js';

/** What a person answered on a step: an option of a choice, or a check-in's result. */
export type StepAnswer =
  | { readonly option: string }
  | { readonly intensity: number | null; readonly needs: readonly string[] | null };

interface Visit {
  readonly step: string;
  answer?: StepAnswer;
}

const compare: Readonly<Record<Comparison, (a: number, b: number) => boolean>> = {
  gte: (a, b) => a >= b,
  gt: (a, b) => a > b,
  lte: (a, b) => a <= b,
  lt: (a, b) => a < b,
};

export class FlowMachine {
  readonly definition: FlowDefinition;
  #history: Visit[];
  /** Fewest steps from each step to an end (0 on an end). */
  readonly #distance: ReadonlyMap<string, number>;
  /** True when every step has exactly one way on, so "Step 2 of 5" is exact. */
  readonly linear: boolean;

  constructor(definition: FlowDefinition) {
    this.definition = definition;
    this.#history = [{ step: definition.start }];
    const ids = Object.keys(definition.steps);
    this.linear = ids.every((id) => stepTargets(this.#step(id)).length <= 1);
    const distance = new Map<string, number>(ids.filter((id) => this.#step(id).kind === 'end').map((id) => [id, 0]));
    for (let grew = true; grew; ) {
      grew = false;
      for (const id of ids) {
        const best = Math.min(...stepTargets(this.#step(id)).map((to) => (distance.get(to) ?? Infinity) + 1));
        if (best < (distance.get(id) ?? Infinity)) {
          distance.set(id, best);
          grew = true;
        }
      }
    }
    this.#distance = distance;
  }

  /** The current step's id. */
  get stepId(): string {
    return (this.#history.at(-1) as Visit).step;
  }

  get step(): FlowStep {
    return this.#step(this.stepId);
  }

  /** The ids of the steps on the way taken so far, the current one last. */
  get path(): string[] {
    return this.#history.map((visit) => visit.step);
  }

  /** 1-based position of the current step on the way taken. */
  get index(): number {
    return this.#history.length;
  }

  /**
   * Steps on this way in all: exact in a linear flow; in a branching one, the way the flow
   * usually goes from here (following each step's `next`), or the shortest way where that loops.
   */
  get total(): number {
    return this.index + this.#remaining(this.stepId);
  }

  get finished(): boolean {
    return this.step.kind === 'end';
  }

  get canGoBack(): boolean {
    return this.#history.length > 1 && !this.finished;
  }

  /** The answer given on the current step, if any. */
  get answer(): StepAnswer | undefined {
    return (this.#history.at(-1) as Visit).answer;
  }

  /** Every intensity rating on the way taken, in order (pre/post measurement). */
  get ratings(): number[] {
    return this.#history.flatMap((visit) =>
      visit.answer && 'intensity' in visit.answer && visit.answer.intensity !== null ? [visit.answer.intensity] : [],
    );
  }

  /** Records the answer on the current step (a later answer replaces an earlier one). */
  record(answer: StepAnswer): void {
    (this.#history.at(-1) as Visit).answer = answer;
  }

  /** Records an answer and goes on. Returns the new step id. */
  answerAndGo(answer: StepAnswer): string {
    this.record(answer);
    return this.next();
  }

  /** Chooses an option of the current choice step and goes where it leads. */
  choose(option: string): string {
    if (this.step.kind !== 'choice' || !this.step.options?.some((o) => o.id === option)) return this.stepId;
    return this.answerAndGo({ option });
  }

  /** Where the current step leads now, without going there. */
  peek(): string {
    const step = this.step;
    if (step.kind === 'end') return this.stepId;
    const answer = this.answer;
    const chosen: ChoiceOption | undefined = answer && 'option' in answer ? step.options?.find((o) => o.id === answer.option) : undefined;
    if (chosen?.next) return chosen.next;
    const branch = step.branches?.find((b) => this.#matches(b));
    return branch?.next ?? step.next ?? this.stepId;
  }

  /**
   * Goes on from the current step. On an end step it stays. Leaving a check-in without an
   * answer counts as skipping it (no rating, no needs). Returns the (new) step id.
   */
  next(): string {
    if (this.step.kind === 'check-in' && !this.answer) this.record({ intensity: null, needs: null });
    const to = this.peek();
    if (this.finished || !Object.prototype.hasOwnProperty.call(this.definition.steps, to)) return this.stepId;
    this.#history.push({ step: to });
    return to;
  }

  /** Goes back one step, forgetting the answer given on the step left. */
  back(): boolean {
    if (!this.canGoBack) return false;
    this.#history.pop();
    delete (this.#history.at(-1) as Visit).answer;
    return true;
  }

  /** Back to the start with no answers. */
  restart(): void {
    this.#history = [{ step: this.definition.start }];
  }

  #remaining(from: string): number {
    const seen = new Set<string>();
    for (let id: string | undefined = from, steps = 0; id !== undefined && !seen.has(id); steps++) {
      const step: FlowStep | undefined = this.definition.steps[id];
      if (!step) break;
      if (step.kind === 'end') return steps;
      seen.add(id);
      id = step.next;
    }
    return this.#distance.get(from) ?? 0;
  }

  #step(id: string): FlowStep {
    return this.definition.steps[id] as FlowStep;
  }

  /** The newest answer on the way that satisfies `pick`. */
  #latest<T>(pick: (visit: Visit) => T | undefined): T | undefined {
    for (let i = this.#history.length - 1; i >= 0; i--) {
      const value = pick(this.#history[i] as Visit);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  #matches({ when }: Branch): boolean {
    return conditionHolds(when, (pick) => this.#latest(pick));
  }
}

/** Whether `when` holds, reading answers newest first through `latest`. */
function conditionHolds(when: Condition, latest: <T>(pick: (visit: Visit) => T | undefined) => T | undefined): boolean {
  if ('intensity' in when) {
    // The rating of the newest check-in: one the person skipped has none, so nothing matches.
    const rating = latest((v) => (v.answer && 'intensity' in v.answer ? { value: v.answer.intensity } : undefined))?.value;
    if (rating === undefined || rating === null) return false;
    return Object.entries(when.intensity).every(([op, value]) => compare[op as Comparison](rating, value));
  }
  if ('need' in when) {
    const needs = latest((v) => (v.answer && 'needs' in v.answer && v.answer.needs !== null ? v.answer.needs : undefined));
    return needs?.includes(when.need) ?? false;
  }
  const option = latest((v) => (v.step === when.choice.step && v.answer && 'option' in v.answer ? v.answer.option : undefined));
  return option === when.choice.option;
}

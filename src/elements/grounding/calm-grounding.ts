import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BackForwardController } from '../../controllers/back-forward.js';
import { HiddenPageController } from '../../controllers/hidden-page.js';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { oneOf } from '../../attributes.js';
import {
  AUDIENCES,
  DEFAULT_AUDIENCE,
  DEFAULT_EXERCISE,
  EXERCISES,
  exerciseSteps,
  exerciseText,
  muscleRhythm,
  type Audience,
  type ExerciseId,
  type GroundingStep,
} from '../../content/exercises.js';
import { currentClock } from '../../engine/clock.js';
import { PhaseTimeline } from '../../engine/timeline.js';
import type { CalmPauseDetail } from '../../events.js';
import type { StringKey } from '../../locales/en.js';
import { CalmActivity } from '../calm-activity.js';
import { groundingStyles } from './calm-grounding.styles.js';
import { groundingEnglish } from '../../locales/en/grounding.js';
import { addEnglish } from '../../locales/registry.js';

addEnglish(groundingEnglish);

export type GroundingState = 'idle' | 'running' | 'paused' | 'complete';
export type GroundingInput = 'none' | 'text';
type MusclePhase = 'tense' | 'release' | 'rested';

const ACTIVITY = 'grounding';
const INPUTS: readonly GroundingInput[] = ['none', 'text'];
const MAX_WORD_LENGTH = 200;

/**
 * @summary Self-paced grounding exercises that bring a person back to the room: 5-4-3-2-1
 * senses, physical grounding, naming things in a category, and short muscle relaxation.
 *
 * One thing per screen, with back, next, stop and "Get help now" on every step. Words typed
 * with `input="text"` never leave the element: they are in no event, property or log, and are
 * cleared on completion, `reset()` and disconnect.
 *
 * @event calm-start - An exercise started. `detail: { activity: 'grounding' }`.
 * @event calm-step - A step is shown. `detail: { activity: 'grounding', step, index, total }`; `step` is an id such as `senses-see`; `index` counts from 0.
 * @event calm-pause - The muscle exercise paused. `detail: { activity: 'grounding', reason: 'user' | 'hidden' }`.
 * @event calm-resume - The muscle exercise went on. `detail: { activity: 'grounding', reason: 'user' | 'hidden' }`.
 * @event calm-complete - The exercise ended. `detail: { activity: 'grounding', elapsedMs, finished, exercise }`; `finished` is false when stopped early.
 * @event calm-help - The person opened crisis help (this also pauses the muscle exercise). `detail: { reason }`.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart help - The "Get help now" element.
 * @csspart help-button - The "Get help now" button.
 * @csspart screen - The current screen: the start, a step or the end.
 * @csspart heading - The screen's heading (the prompt on a step).
 * @csspart progress - "Step 2 of 5".
 * @csspart found - The large "I found one" button ("Got it" when naming things).
 * @csspart dots - The dots that fill as things are found.
 * @csspart input - The optional text field (`input="text"`).
 * @csspart cue - The squeeze / let-go guide of the muscle exercise.
 * @csspart controls - The row of back, pause, stop and next buttons.
 * @csspart back - The back button.
 * @csspart pause - Pause / continue / do-again for a muscle group.
 * @csspart stop - The stop button.
 * @csspart next - The next (or finish) button.
 * @csspart start - The start button.
 * @csspart again - The "Do it again" button.
 * @csspart other - A "try another exercise" button.
 *
 * @cssproperty --calm-color-accent - Filled dots, the squeeze shape and the main buttons.
 * @cssproperty --calm-color-accent-text - Text on the accent colour.
 * @cssproperty --calm-color-accent-soft - The let-go shape and button hover.
 * @cssproperty --calm-color-surface - Background.
 * @cssproperty --calm-color-surface-raised - Buttons and the text field.
 * @cssproperty --calm-color-text - Text colour.
 * @cssproperty --calm-color-muted - Secondary text.
 * @cssproperty --calm-color-border - Borders and empty dots.
 * @cssproperty --calm-color-focus - Focus ring.
 * @cssproperty --calm-radius - Corner radius.
 * @cssproperty --calm-space - Base spacing.
 * @cssproperty --calm-font-family - Font.
 * @cssproperty --calm-font-size - Base font size.
 * @cssproperty --calm-target-size - Smallest size of a control (44px; 48px in kiosks).
 * @cssproperty --calm-motion-duration - Base transition length; 0 under reduced motion.
 */
export class CalmGrounding extends CalmActivity {
  static override styles = [...CalmActivity.styles, groundingStyles];

  /** `senses` (5-4-3-2-1, default), `body`, `categories` or `muscles`. */
  @property({ reflect: true }) exercise: ExerciseId = DEFAULT_EXERCISE;

  /** `text` adds an optional field to write each thing found; the words never leave the element. Default `none`. */
  @property({ reflect: true }) input: GroundingInput = 'none';

  /** `child`, `teen` (default) or `adult`: the category lists and some wording. */
  @property({ reflect: true }) audience: Audience = DEFAULT_AUDIENCE;

  @state() private current: GroundingState = 'idle';
  @state() private index = 0;
  @state() private counts: number[] = [];
  @state() private phase: MusclePhase | undefined;
  @query('#heading') private heading?: HTMLElement;
  /** Typed words and taps are forgotten when the page enters or leaves the back/forward cache. */
  protected readonly backForward = new BackForwardController(this, () => this.reset());
  readonly #hiddenPage = new HiddenPageController(this, () => this.#pause('hidden'), () => this.#resume('hidden'));

  #session: readonly GroundingStep[] = [];
  #sessionExercise: ExerciseId = DEFAULT_EXERCISE;
  #sessionAudience: Audience = DEFAULT_AUDIENCE;
  /** Typed words, per step; only ever rendered inside the shadow root. */
  #words: string[][] = [];
  #draft = '';
  #startedAt = 0;
  #pausedAt = 0;
  #pausedMs = 0;
  #timeline: PhaseTimeline | undefined;
  #unsubscribe: Array<() => void> = [];

  /** `idle`, `running`, `paused` (muscle exercise only) or `complete`. */
  get state(): GroundingState {
    return this.current;
  }

  /** The current step's id (e.g. `senses-see`), or `null` before start and after the end. */
  get step(): string | null {
    return this.#active() ? (this.#session[this.index]?.id ?? null) : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // "Get help now" pauses the timed exercise at once (CONTENT.md: stop or pause on a danger signal).
    this.addEventListener('calm-help', this.#onHelp);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('calm-help', this.#onHelp);
    this.reset();
    // The element may not render again while detached: empty any field right now.
    this.renderRoot.querySelectorAll('input').forEach((input) => (input.value = ''));
    this.renderRoot.querySelectorAll('.words').forEach((list) => list.replaceChildren());
  }

  /** Starts the exercise from its first step (from the start or the end screen). */
  override start(): void {
    this.#begin(false);
  }

  /** Goes to the next step, or ends the exercise after the last one. */
  next(): void {
    this.#next(false);
  }

  /** Goes back one step. */
  back(): void {
    if (this.#active() && this.index > 0) this.#enter(this.index - 1, false);
  }

  /** Ends the exercise early (`finished: false`) and shows the closing screen. */
  stop(): void {
    if (this.#active()) this.#finish(false, false);
  }

  /** Pauses the timed muscle exercise. */
  override pause(): void {
    this.#pause('user');
  }

  /** Continues the muscle exercise where it paused. */
  resume(): void {
    this.#resume('user');
  }

  /** Back to the start screen; everything typed or counted is gone. Fires no event. */
  override reset(): void {
    this.#stopTimeline();
    this.#words = [];
    this.#draft = '';
    this.counts = [];
    this.index = 0;
    this.phase = undefined;
    this.#hiddenPage.forget();
    this.current = 'idle';
    this.announcer.clear();
  }

  /** The host's Next: the next thing to notice, or the end (then the host moves on). */
  override forward(): boolean {
    if (!this.#active()) return false;
    if (this.index < this.#session.length - 1) {
      this.#enter(this.index + 1, true);
      return true;
    }
    this.#finish(true, false);
    return false;
  }

  /** The host's Back: the thing before, if there is one. */
  override backward(): boolean {
    if (!this.canGoBackInside) return false;
    this.#enter(this.index - 1, true);
    return true;
  }

  override get canGoBackInside(): boolean {
    return this.#active() && this.index > 0;
  }

  /** "Part 2 of 5" while the exercise runs (for a host that embeds this element). */
  override get embeddedProgress(): string {
    return this.#active() ? this.t('grounding.part', { index: this.index + 1, total: this.#session.length }) : '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const exercise = this.#exercise();
    const audience = this.#audience();
    if (changed.has('input') && this.#input() === 'none') {
      this.#words = this.#words.map(() => []);
      this.#draft = '';
    }
    // The host changed the exercise under a running session: start over rather than mix them.
    if (this.#active() && (exercise !== this.#sessionExercise || audience !== this.#sessionAudience)) this.reset();
  }

  #exercise(): ExerciseId {
    return oneOf(this, 'exercise', this.exercise, EXERCISES, DEFAULT_EXERCISE);
  }
  #audience(): Audience {
    return oneOf(this, 'audience', this.audience, AUDIENCES, DEFAULT_AUDIENCE);
  }
  #input(): GroundingInput {
    return oneOf(this, 'input', this.input, INPUTS, 'none');
  }
  #active(): boolean {
    return this.current === 'running' || this.current === 'paused';
  }
  #now(): number {
    return currentClock().now();
  }

  #begin(user: boolean): void {
    if (this.#active()) return;
    this.reset();
    this.#sessionExercise = this.#exercise();
    this.#sessionAudience = this.#audience();
    this.#session = exerciseSteps(this.#sessionExercise, this.#sessionAudience);
    this.counts = this.#session.map(() => 0);
    this.#words = this.#session.map(() => []);
    this.#startedAt = this.#now();
    this.#pausedMs = 0;
    this.current = 'running';
    void this.emit('calm-start', { activity: ACTIVITY });
    this.#enter(0, user);
  }

  #next(user: boolean): void {
    if (!this.#active()) return;
    if (this.index < this.#session.length - 1) this.#enter(this.index + 1, user);
    else this.#finish(true, user);
  }

  #enter(index: number, user: boolean): void {
    this.#stopTimeline();
    if (this.current === 'paused') this.#resume('user');
    const step = this.#session[index];
    if (!step) return;
    this.index = index;
    this.phase = undefined;
    this.#draft = '';
    void this.emit('calm-step', { activity: ACTIVITY, step: step.id, index, total: this.#session.length });
    if (step.timed) this.#startTimeline(step);
    else this.announcer.announce(this.t(step.prompt));
    if (user) void this.#focusHeading();
  }

  #finish(finished: boolean, user: boolean): void {
    const elapsedMs = Math.round(this.#now() - this.#startedAt - this.#pausedMs - (this.current === 'paused' ? this.#now() - this.#pausedAt : 0));
    this.#stopTimeline();
    this.#words = [];
    this.#draft = '';
    this.counts = [];
    this.phase = undefined;
    this.current = 'complete';
    this.announcer.announce(this.t('grounding.end.title'));
    void this.emit('calm-complete', { activity: ACTIVITY, elapsedMs, finished, exercise: this.#sessionExercise });
    if (user) void this.#focusHeading();
  }

  /** "Try another exercise": its start screen, so its introduction (and any caution) is read first. */
  #switchTo(exercise: ExerciseId): void {
    this.exercise = exercise;
    this.reset();
    void this.#focusHeading();
  }

  async #focusHeading(): Promise<void> {
    await this.updateComplete;
    this.heading?.focus();
  }

  // Muscles: one PhaseTimeline per group, tense then release (Jacobson; see exercises.ts).
  #startTimeline(step: GroundingStep): void {
    this.#stopTimeline();
    const timeline = new PhaseTimeline(muscleRhythm, 1, currentClock());
    this.#timeline = timeline;
    this.#unsubscribe = [
      timeline.onPhase(({ index }) => {
        this.phase = index === 0 ? 'tense' : 'release';
        this.announcer.announce(
          index === 0 ? `${this.t(step.prompt)} ${this.t('grounding.muscles.tense')}` : this.t('grounding.muscles.release'),
        );
      }),
      timeline.onComplete(() => {
        this.phase = 'rested';
        this.announcer.announce(this.t('grounding.muscles.rested'));
      }),
    ];
    timeline.start();
  }

  #stopTimeline(): void {
    this.#unsubscribe.forEach((unsubscribe) => unsubscribe());
    this.#unsubscribe = [];
    this.#timeline?.stop();
    this.#timeline = undefined;
  }

  #pause(reason: CalmPauseDetail['reason']): void {
    if (this.current !== 'running' || this.#timeline?.state !== 'running') return;
    this.#timeline.pause();
    this.current = 'paused';
    this.#pausedAt = this.#now();
    this.announcer.announce(this.t('grounding.paused'));
    void this.emit('calm-pause', { activity: ACTIVITY, reason });
  }

  #resume(reason: CalmPauseDetail['reason']): void {
    if (this.current !== 'paused') return;
    this.#pausedMs += this.#now() - this.#pausedAt;
    this.#hiddenPage.forget();
    this.current = 'running';
    this.#timeline?.resume();
    void this.emit('calm-resume', { activity: ACTIVITY, reason });
  }

  #onHelp = (): void => this.#pause('user');

  #onFound(event: Event): void {
    event.preventDefault();
    const step = this.#session[this.index];
    const count = this.counts[this.index] ?? 0;
    if (!step?.count || count >= step.count) return;
    const word = this.#draft.trim().slice(0, MAX_WORD_LENGTH);
    if (word && this.#input() === 'text') this.#words[this.index]?.push(word);
    this.#draft = '';
    this.counts = this.counts.map((n, i) => (i === this.index ? n + 1 : n));
  }

  #onTimedButton(): void {
    if (this.current === 'paused') this.#resume('user');
    else if (this.phase === 'rested') {
      const step = this.#session[this.index];
      if (step) this.#startTimeline(step);
    } else this.#pause('user');
  }

  protected override render(): TemplateResult {
    const screen: TemplateResult | typeof nothing = this.current === 'idle' ? this.#renderStart() : this.current === 'complete' ? this.#renderEnd() : this.#renderStep();
    return html`<div part="base" class="base" lang=${this.locale.language} dir=${this.locale.dir}>
      ${this.renderHelp()}
      <div role="group" part="screen" class="screen" aria-labelledby="heading">${screen}</div>
      ${this.announcer.render()}
    </div>`;
  }

  #renderStart(): TemplateResult {
    const text = exerciseText[this.#exercise()];
    // Embedded, the host starts the exercise when it shows the step.
    if (this.partOfHost) return html`<p id="heading">${this.t(text.intro)}</p>`;
    return html`<h2 part="heading" id="heading" tabindex="-1">${this.t(text.title)}</h2>
      <p>${this.t(text.intro)}</p>
      <div class="row">
        <button part="start" class="button primary" @click=${() => this.#begin(true)}>${this.t('grounding.start')}</button>
      </div>`;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const step = this.#session[this.index];
    if (!step) return nothing;
    const total = this.#session.length;
    const last = this.index === total - 1;
    const timedButton = step.timed
      ? html`<button part="pause" class="button" @click=${this.#onTimedButton}>
          ${this.t(this.current === 'paused' ? 'grounding.resume' : this.phase === 'rested' ? 'grounding.again' : 'grounding.pause')}
        </button>`
      : nothing;
    // Embedded, the host's heading, progress, Back and Next stand for this element's own.
    const own = !this.partOfHost;
    return html`${own ? html`<p part="progress" class="muted">${this.t('grounding.progress', { index: this.index + 1, total })}</p>` : nothing}
      ${own
        ? html`<h2 part="heading" id="heading" tabindex="-1">${this.t(step.prompt)}</h2>`
        : html`<p part="heading" class="prompt" id="heading" tabindex="-1">${this.t(step.prompt)}</p>`}
      ${step.hint ? html`<p class="muted">${this.t(step.hint)}</p>` : nothing}
      ${step.count ? this.#renderFound(step.count, step.tap) : nothing}
      ${step.timed ? this.#renderCue() : nothing}
      <div part="controls" class="row">
        ${own
          ? html`<button part="back" class="button" ?disabled=${this.index === 0} @click=${() => this.#enter(this.index - 1, true)}>
              ${this.t('grounding.back')}
            </button>`
          : nothing}
        ${timedButton}
        ${own
          ? html`<button part="stop" class="button" @click=${() => this.#finish(false, true)}>${this.t('grounding.stop')}</button>
              <button part="next" class="button primary" @click=${() => this.#next(true)}>
                ${this.t(last ? 'grounding.finish' : 'grounding.next')}
              </button>`
          : nothing}
      </div>`;
  }

  #renderFound(total: number, tap: StringKey = 'grounding.found'): TemplateResult {
    const count = this.counts[this.index] ?? 0;
    const words = this.#words[this.index] ?? [];
    const progress = this.t('grounding.foundCount', { count, total });
    return html`<form class="screen" @submit=${this.#onFound}>
      ${this.#input() === 'text'
        ? html`<div class="field">
            <label for="word">${this.t('grounding.word')}</label>
            <input
              part="input"
              id="word"
              type="text"
              autocomplete="off"
              spellcheck="false"
              maxlength=${MAX_WORD_LENGTH}
              aria-describedby="word-hint"
              .value=${live(this.#draft)}
              @input=${(e: Event) => (this.#draft = (e.target as HTMLInputElement).value)}
            />
            <span id="word-hint" class="muted">${this.t('grounding.wordHint')}</span>
          </div>`
        : nothing}
      <div class="row">
        <button part="found" class="button found" type="submit">
          ${this.t(tap)}<span class="visually-hidden">, ${progress}</span>
        </button>
        <span part="dots" class="dots" aria-hidden="true">
          ${Array.from({ length: total }, (_, i) => html`<span class="dot ${i < count ? 'on' : ''}"></span>`)}
        </span>
        <span class="muted" aria-hidden="true">${progress}</span>
      </div>
      ${words.length ? html`<ul class="words">${words.map((word) => html`<li>${word}</li>`)}</ul>` : nothing}
    </form>`;
  }

  #renderCue(): TemplateResult {
    const key = this.phase === 'tense' ? 'grounding.muscles.tense' : this.phase === 'release' ? 'grounding.muscles.release' : 'grounding.muscles.rested';
    return html`<p part="cue" class="cue ${this.phase ?? ''}">
      <span class="shape" aria-hidden="true"></span>
      <span>${this.current === 'paused' ? this.t('grounding.paused') : this.t(key)}</span>
    </p>`;
  }

  #renderEnd(): TemplateResult {
    if (this.partOfHost) return html`<p part="heading" class="prompt" id="heading" tabindex="-1">${this.t('grounding.end.title')}</p>`;
    const others = EXERCISES.filter((id) => id !== this.#sessionExercise);
    return html`<h2 part="heading" id="heading" tabindex="-1">${this.t('grounding.end.title')}</h2>
      <p>${this.t('grounding.end.text')}</p>
      <div class="row">
        <button part="again" class="button primary" @click=${() => this.#begin(true)}>${this.t('grounding.again')}</button>
      </div>
      <div role="group" aria-labelledby="other" class="screen">
        <p id="other">${this.t('grounding.other')}</p>
        <div class="row">
          ${others.map(
            (id) => html`<button part="other" class="button" data-exercise=${id} @click=${() => this.#switchTo(id)}>
              ${this.t(exerciseText[id].title)}
            </button>`,
          )}
        </div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-grounding': CalmGrounding;
  }
}

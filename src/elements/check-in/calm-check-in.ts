import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BackForwardController } from '../../controllers/back-forward.js';
import { property, query, state } from 'lit/decorators.js';
import { oneOf, warnOnce } from '../../attributes.js';
import {
  AUDIENCES, BODY_AREAS, bodyLabel, CHECK_IN_STEPS, DEFAULT_AUDIENCE, DEFAULT_SCALE, DEFAULT_STEPS, FACES, feelingsFor,
  HELP_NOW, INTENSITY_MAX, isUnsafe, NEEDS, NUMBERS, parseSteps, QUADRANTS, quadrantOf, ratingLabel, SAFETY_ANSWERS, SCALES,
  type Audience, type CheckInStep, type Rating, type SafetyAnswer, type Scale,
} from '../../content/check-in.js';
import { RovingFocusController } from '../../controllers/roving-focus.js';
import { currentClock } from '../../engine/clock.js';
import type { CalmCheckInDetail } from '../../events.js';
import type { StringKey } from '../../locales/en.js';
import { CalmActivity } from '../calm-activity.js';
import { checkInStyles } from './calm-check-in.styles.js';
import { bodyIcon, checkMark, feelingFace, needIcon, quadrantShape, scaleFace } from './icons.js';
import { checkInEnglish } from '../../locales/en/check-in.js';
import { addEnglish } from '../../locales/registry.js';

addEnglish(checkInEnglish);

const ACTIVITY = 'check-in';

interface Answers { feelings: string[]; intensity: number | null; body: string[]; needs: string[]; safety: SafetyAnswer | null }
type ListStep = 'feelings' | 'body' | 'needs';
const noAnswers = (): Answers => ({ feelings: [], intensity: null, body: [], needs: [], safety: null });
/** Ids in the order the element shows them, whatever order they were picked in. */
const inOrder = (shown: readonly { id: string }[], picked: readonly string[]): string[] =>
  shown.map((item) => item.id).filter((id) => picked.includes(id));

/**
 * @summary An emotion check-in a 7-year-old and an adult can both use: how you feel on a
 * pleasantness × energy grid, how strong it is, where you feel it, what would help, and (only
 * when the host asks) whether you are safe, each question skippable.
 *
 * The host hears only ids, and only once the person finishes: `calm-check-in` and `.value`
 * (`null` before). Rule for the result: a step the host did not list is `null`; a listed step
 * the person skipped or left empty is `[]` for lists and `null` for `intensity` and `safety`
 * (`scale` still names the scale shown). `quadrant` is the quadrant of the picked feelings,
 * `mixed` when they span several, `null` when none. `intensity` is always 0–10: the five faces
 * stand for 0, 3, 5, 8 and 10.
 *
 * Danger signals reach help at once and are never questioned: "I need help now" opens help
 * (`calm-help`, reason `need`); "no" or "not sure" to "Are you safe right now?" shows call and
 * text links inside the step (`safety`); a rating at or above `threshold` offers help without
 * opening it (`threshold`). With `help="none"` the events still fire, so the host can show help.
 *
 * @event calm-step - The person moved to another question. `detail: { activity: 'check-in', step, index, total }`; `step` is `feelings`, `intensity`, `body`, `needs` or `safety`; `index` counts from 0.
 * @event calm-check-in - The person finished. `detail: { feelings, quadrant, intensity, scale, body, needs, safety }`, ids only (see above).
 * @event calm-complete - The person finished. `detail: { activity: 'check-in', elapsedMs, finished: true }`.
 * @event calm-help - Help was asked for or offered. `detail: { reason }`: `button`, `need`, `safety` or `threshold`.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart help - The "Get help now" element (absent with `help="none"`).
 * @csspart help-button - The "Get help now" button.
 * @csspart screen - The current question or the closing screen.
 * @csspart progress - "Question 2 of 4".
 * @csspart heading - The question (or the closing words).
 * @csspart feelings - The feelings grid (a multi-select listbox).
 * @csspart quadrant - One quadrant of the grid, with its shape and words.
 * @csspart feeling - One feeling word.
 * @csspart scale - The 0–10 numbers or the five faces (a radio group).
 * @csspart rating - One number or face.
 * @csspart rating-label - The words under a face.
 * @csspart anchors - The words under 0, 5 and 10, each aligned with its number.
 * @csspart offer - The gentle offer of help shown at or above `threshold`.
 * @csspart offer-help - The help button in that offer.
 * @csspart cards - The body-area or needs cards.
 * @csspart card - One card ("I need help now" is also `help-now`).
 * @csspart help-now - The "I need help now" card.
 * @csspart answers - The yes / no / not sure answers.
 * @csspart answer - One safety answer.
 * @csspart safety-help - The call and text links shown after "no" or "not sure".
 * @csspart controls - The back, skip and next buttons.
 * @csspart back - The back button.
 * @csspart skip - The skip button.
 * @csspart next - The next (or done) button.
 * @csspart again - "Check in again" on the closing screen.
 *
 * @cssproperty --calm-color-high-energy-unpleasant - Tint and shape of that quadrant.
 * @cssproperty --calm-color-high-energy-pleasant - Tint and shape of that quadrant.
 * @cssproperty --calm-color-low-energy-unpleasant - Tint and shape of that quadrant.
 * @cssproperty --calm-color-low-energy-pleasant - Tint and shape of that quadrant.
 * @cssproperty --calm-color-accent - The next button and the body marks.
 * @cssproperty --calm-color-accent-text - Text on the accent colour.
 * @cssproperty --calm-color-accent-soft - Chosen answers and hover.
 * @cssproperty --calm-color-help - "I need help now" and the help offers.
 * @cssproperty --calm-color-help-text - Text on the help colour.
 * @cssproperty --calm-color-surface - Background.
 * @cssproperty --calm-color-surface-raised - Buttons and cards.
 * @cssproperty --calm-color-text - Text colour and the chosen border.
 * @cssproperty --calm-color-muted - Secondary text.
 * @cssproperty --calm-color-border - Borders.
 * @cssproperty --calm-color-focus - Focus ring.
 * @cssproperty --calm-radius - Corner radius.
 * @cssproperty --calm-space - Base spacing.
 * @cssproperty --calm-font-family - Font.
 * @cssproperty --calm-font-size - Base font size.
 * @cssproperty --calm-target-size - Smallest size of a control (44px; 48px in kiosks; cards are at least 48px).
 * @cssproperty --calm-motion-duration - Hover transition length; 0 under reduced motion.
 */
export class CalmCheckIn extends CalmActivity {
  static override styles = [...CalmActivity.styles, checkInStyles];

  /** The questions in order, space-separated from `feelings`, `intensity`, `body`, `needs`, `safety`. */
  @property({ reflect: true }) steps = 'feelings intensity needs';

  /** `child`, `teen` (default) or `adult`: the feeling words and some wording. */
  @property({ reflect: true }) audience: Audience = DEFAULT_AUDIENCE;

  /** `numbers` (0–10, default) or `faces` (five faces with words, for young children). */
  @property({ reflect: true }) scale: Scale = DEFAULT_SCALE;

  /** A rating (0–10) at or above which help is offered and `calm-help` fires with `threshold`. None by default. */
  @property({ converter: { fromAttribute: (value: string | null) => (value === null || value.trim() === '' ? undefined : Number(value)) } })
  threshold?: number;

  @state() private index = 0;
  @state() private answers: Answers = noAnswers();
  /** Once "no" or "not sure" showed help, it stays until reset, whatever is answered next. */
  @state() private safetyHelp = false;
  #danger = false;
  @query('#heading') private heading?: HTMLElement;
  /** Choices are forgotten when the page enters or leaves the back/forward cache. */
  protected readonly backForward = new BackForwardController(this, () => this.reset());

  #session: readonly CheckInStep[] = DEFAULT_STEPS;
  #result: CalmCheckInDetail | null = null;
  #startedAt = 0;
  readonly #feelingsFocus = new RovingFocusController(this, {
    items: () => this.#items('feeling'),
    // Where each word is on screen: two quadrants a row, or one a row on a phone, arrows follow what the person sees.
    position: (i) => {
      const box = this.#items('feeling')[i]?.getBoundingClientRect();
      return { row: Math.round(box?.top ?? 0), column: Math.round(this.locale.dir === 'rtl' ? -(box?.right ?? 0) : (box?.left ?? 0)) };
    },
    direction: () => this.locale.dir,
  });
  readonly #scaleFocus = new RovingFocusController(this, {
    items: () => this.#items('rating'),
    direction: () => this.locale.dir,
    wrap: true,
    onMove: (_, item) => this.#rate(Number(item.dataset.value)),
  });

  /** The answers as ids once the person has finished (a fresh copy each read); `null` before that and after `reset()`. */
  get value(): CalmCheckInDetail | null {
    return this.#result ? structuredClone(this.#result) : null;
  }

  /** The question on screen (`feelings`, `intensity`, `body`, `needs`, `safety`), or `null` on the closing screen. */
  get step(): CheckInStep | null {
    return this.#session[this.index] ?? null;
  }

  /** Back to the first question with nothing chosen: answers, result and announcements are gone. Fires no event. */
  override reset(): void {
    this.index = 0;
    this.answers = noAnswers();
    this.safetyHelp = false;
    this.#danger = false;
    this.#result = null;
    this.#startedAt = currentClock().now();
    this.#feelingsFocus.activate(0);
    this.#scaleFocus.activate(0);
    this.announcer.clear();
  }

  /** The host's Next (embedded): the answers on screen are the result; the host moves on. */
  override forward(): boolean {
    if (this.step) this.#finish();
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#startedAt = currentClock().now();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('steps') || changed.has('audience') || changed.has('scale')) {
      this.#session = this.#readSteps();
      this.#audience();
      this.#scale();
      // The host changed the questions under the person: start over rather than mix answers.
      if (this.hasUpdated) this.reset();
    }
    if (changed.has('threshold')) this.#threshold();
  }

  #readSteps(): readonly CheckInStep[] {
    const { steps, unknown } = parseSteps(this.steps);
    const used = steps.length > 0 ? steps : DEFAULT_STEPS;
    if (unknown.length > 0) {
      const raw: unknown = this.steps;
      const shown = (typeof raw === 'string' ? raw : unknown.join(' ')).slice(0, 80);
      warnOnce(this, `steps=${shown}`, `steps="${shown}" is not valid (unknown: ${unknown.join(', ')}); accepted values: ${CHECK_IN_STEPS.join(', ')}. Using "${used.join(' ')}".`);
    }
    return used;
  }
  #audience(): Audience {
    return oneOf(this, 'audience', this.audience, AUDIENCES, DEFAULT_AUDIENCE);
  }

  protected override helpAudience(): Audience {
    return this.#audience();
  }
  #scale(): Scale {
    return oneOf(this, 'scale', this.scale, SCALES, DEFAULT_SCALE);
  }
  #threshold(): number | null {
    const value: unknown = this.threshold;
    if (value === undefined || value === null) return null;
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
    if (number >= 0 && number <= INTENSITY_MAX) return number;
    const shown = (this.getAttribute('threshold') ?? (typeof value === 'number' ? String(value) : `(${typeof value})`)).slice(0, 60);
    warnOnce(this, `threshold=${shown}`, `threshold="${shown}" is not valid; accepted values: a number from 0 to ${INTENSITY_MAX}. Using none.`);
    return null;
  }
  #offered(): boolean {
    const threshold = this.#threshold();
    return threshold !== null && this.answers.intensity !== null && this.answers.intensity >= threshold;
  }
  #items(part: string): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
  }

  /** Shows question `index` (or finishes after the last), after a person's action. */
  #go(index: number): void {
    const step = this.#session[index];
    if (!step) {
      this.#finish();
      return;
    }
    this.index = index;
    const total = this.#session.length;
    void this.emit('calm-step', { activity: ACTIVITY, step, index, total });
    this.announcer.announce(this.t('checkIn.progress', { index: index + 1, total }));
    void this.#focusHeading();
  }

  #skip(): void {
    const step = this.step;
    if (step) this.answers = { ...this.answers, [step]: noAnswers()[step] };
    this.#go(this.index + 1);
  }

  #finish(): void {
    const asked = (step: CheckInStep): boolean => this.#session.includes(step);
    const audience = this.#audience();
    const { feelings, intensity, body, needs, safety } = this.answers;
    this.#result = {
      feelings: asked('feelings') ? inOrder(feelingsFor(audience), feelings) : null,
      quadrant: asked('feelings') ? quadrantOf(feelings, audience) : null,
      intensity: asked('intensity') ? intensity : null,
      scale: asked('intensity') ? this.#scale() : null,
      body: asked('body') ? inOrder(BODY_AREAS, body) : null,
      needs: asked('needs') ? inOrder(NEEDS, needs) : null,
      safety: asked('safety') ? safety : null,
    };
    // The answers now live only in the result.
    this.answers = noAnswers();
    this.index = this.#session.length;
    this.announcer.clear();
    void this.emit('calm-check-in', structuredClone(this.#result));
    void this.emit('calm-complete', { activity: ACTIVITY, elapsedMs: Math.round(currentClock().now() - this.#startedAt), finished: true });
    void this.#focusHeading();
  }

  #again(): void {
    this.reset();
    this.#go(0);
  }

  async #focusHeading(): Promise<void> {
    await this.updateComplete;
    this.heading?.focus();
  }

  #toggle(list: ListStep, id: string, roving?: RovingFocusController, index = 0): void {
    roving?.activate(index);
    const picked = this.answers[list];
    this.answers = { ...this.answers, [list]: picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id] };
  }

  /** "I need help now" is an action, not a toggle: every press opens help. */
  #helpNow(): void {
    if (!this.answers.needs.includes(HELP_NOW)) this.answers = { ...this.answers, needs: [...this.answers.needs, HELP_NOW] };
    void this.openHelp('need');
  }

  #rate(value: number, roving?: RovingFocusController, index = 0): void {
    roving?.activate(index);
    const offered = this.#offered();
    this.answers = { ...this.answers, intensity: value };
    if (offered || !this.#offered()) return;
    this.announcer.announce(this.t('checkIn.threshold'));
    void this.emit('calm-help', { reason: 'threshold' });
  }

  #answerSafety(answer: SafetyAnswer): void {
    const unsafe = isUnsafe(this.answers.safety);
    this.answers = { ...this.answers, safety: answer };
    // "No" puts the emergency number first; it stays first whatever is answered next.
    if (answer === 'no') this.#danger = true;
    if (unsafe || !isUnsafe(answer)) return;
    this.safetyHelp = true;
    this.announcer.announce(this.t('checkIn.safety.help'));
    void this.emit('calm-help', { reason: 'safety' });
  }

  protected override render(): TemplateResult {
    const step = this.step;
    return html`<div part="base" class="base" lang=${this.locale.language} dir=${this.locale.dir}>
      ${this.renderHelp()}
      <div part="screen" class="screen" role="group" aria-labelledby=${this.partOfHost ? nothing : 'heading'}>
        ${this.partOfHost ? this.#renderEmbedded() : step ? this.#renderStep(step) : this.#renderDone()}
      </div>
      ${this.announcer.render()}
    </div>`;
  }

  /** The question a step asks (the faces scale asks its own). */
  #title(step: CheckInStep): StringKey {
    return step === 'intensity' && this.#scale() === 'faces' ? 'checkIn.faces.title' : `checkIn.${step}.title`;
  }

  /** The id of what names a question's answers: the heading, or embedded, the question's own line. */
  #labelOf(step: CheckInStep): string {
    return this.partOfHost ? `question-${step}` : 'heading';
  }

  #renderBody(step: CheckInStep): TemplateResult {
    return step === 'feelings' ? this.#renderFeelings() : step === 'intensity' ? this.#renderIntensity() : this.#renderCards(step);
  }

  /**
   * Embedded in a host's step (a flow), every question is on one screen under the host's
   * heading, answered or left as the person likes; the host's Next finishes (`forward()`).
   * A single question is named by the host's heading, so its own words are for screen readers only.
   */
  #renderEmbedded(): TemplateResult | typeof nothing {
    if (!this.step) return this.#renderSafetyHelp();
    const one = this.#session.length === 1;
    return html`${this.#session.map(
      (step) => html`<div class="question">
        <h3 id=${this.#labelOf(step)} class=${one ? 'visually-hidden' : 'question-title'}>${this.t(this.#title(step))}</h3>
        ${this.#renderBody(step)}
      </div>`,
    )}`;
  }

  #renderStep(step: CheckInStep): TemplateResult {
    const total = this.#session.length;
    const title = this.#title(step);
    return html`<p part="progress" class="muted">${this.t('checkIn.progress', { index: this.index + 1, total })}</p>
      <h2 part="heading" id="heading" tabindex="-1">${this.t(title)}</h2>
      ${this.#renderBody(step)}
      <div part="controls" class="row">
        <button part="back" class="button" ?disabled=${this.index === 0} @click=${() => this.#go(this.index - 1)}>${this.t('checkIn.back')}</button>
        <button part="skip" class="button" @click=${this.#skip}>${this.t('checkIn.skip')}</button>
        <button part="next" class="button primary" @click=${() => this.#go(this.index + 1)}>
          ${this.t(this.index === total - 1 ? 'checkIn.finish' : 'checkIn.next')}
        </button>
      </div>`;
  }

  #renderFeelings(): TemplateResult {
    const child = this.#audience() === 'child';
    const feelings = feelingsFor(this.#audience());
    const roving = this.#feelingsFocus;
    return html`<p id="hint-feelings" class="muted">${this.t('checkIn.pickAny')}</p>
      <div part="feelings" class="feelings ${child ? 'child' : ''}" role="listbox" aria-multiselectable="true" aria-labelledby=${this.#labelOf('feelings')} aria-describedby="hint-feelings"
        @keydown=${roving.onKeydown} @focusin=${roving.onFocusin}>
        ${QUADRANTS.map(
          (q) => html`<div part="quadrant" class="quadrant ${q.id}" role="group" aria-labelledby=${q.id}>
            <span id=${q.id} aria-hidden="true">${quadrantShape(q.shape)}${this.t(q.label)}</span>
            ${feelings.map((feeling, i) =>
              feeling.quadrant !== q.id
                ? nothing
                : html`<button part="feeling" class="button option" role="option" data-id=${feeling.id}
                    aria-selected=${this.answers.feelings.includes(feeling.id) ? 'true' : 'false'} tabindex=${roving.tabIndex(i, feelings.length)}
                    @click=${() => this.#toggle('feelings', feeling.id, roving, i)}>${child ? feelingFace(feeling.id) : nothing}${this.t(feeling.label)}${checkMark()}</button>`,
            )}
          </div>`,
        )}
      </div>`;
  }

  #renderIntensity(): TemplateResult {
    const faces = this.#scale() === 'faces';
    const audience = this.#audience();
    const ratings = faces ? FACES : NUMBERS;
    const number = new Intl.NumberFormat(this.locale.language);
    const roving = this.#scaleFocus;
    const words = (rating: Rating): string => {
      const label = ratingLabel(rating, audience);
      return label ? this.t(label) : '';
    };
    return html`<div part="scale" class=${faces ? 'faces' : 'numbers'} role="radiogroup" aria-labelledby=${this.#labelOf('intensity')}
        @keydown=${roving.onKeydown} @focusin=${roving.onFocusin}>
        ${ratings.map(
          (rating, i) => html`<button part="rating" class="button rating" role="radio" data-value=${rating.value}
            aria-checked=${this.answers.intensity === rating.value ? 'true' : 'false'} tabindex=${roving.tabIndex(i, ratings.length)}
            @click=${() => this.#rate(rating.value, roving, i)}>
            ${faces
              ? html`${scaleFace(i)}<span part="rating-label">${words(rating)}</span>${checkMark()}`
              : html`${number.format(rating.value)}${rating.label ? html`<span class="visually-hidden">: ${words(rating)}</span>` : nothing}`}
          </button>`,
        )}
      </div>
      ${faces
        ? nothing
        : html`<p part="anchors" class="anchors muted" aria-hidden="true">
            ${NUMBERS.map((rating) => (rating.label ? html`<span>${words(rating)}</span>` : nothing))}
          </p>`}
      ${this.#offered()
        ? html`<div part="offer" class="offer">
            <p>${this.t('checkIn.threshold')}</p>
            <button part="offer-help" class="button help" @click=${() => void this.openHelp('button')}>${this.t('help.open')}</button>
          </div>`
        : nothing}`;
  }

  /** Big cards with a picture and words: body areas and needs (several), or the safety answers (one). */
  #renderCards(step: 'body' | 'needs' | 'safety'): TemplateResult {
    const { body, needs, safety } = this.answers;
    const card = (id: string, label: StringKey, pressed: boolean, onClick: () => void, picture: TemplateResult | typeof nothing = nothing) =>
      html`<button part=${step === 'safety' ? 'answer' : 'card'} class="button card" data-id=${id} aria-pressed=${pressed ? 'true' : 'false'}
        @click=${onClick}>${picture}<span>${this.t(label)}</span>${checkMark()}</button>`;
    const cards =
      step === 'safety'
        ? SAFETY_ANSWERS.map((a) => card(a.id, a.label, safety === a.id, () => this.#answerSafety(a.id)))
        : step === 'body'
          ? BODY_AREAS.map((a) => card(a.id, bodyLabel(a, this.#audience()), body.includes(a.id), () => this.#toggle('body', a.id), bodyIcon(a.id)))
          : NEEDS.map((n) =>
              n.id === HELP_NOW
                ? html`<button part="card help-now" class="button card help ${needs.includes(n.id) ? 'chosen' : ''}" data-id=${n.id}
                    @click=${this.#helpNow}>${needIcon(n.id)}<span>${this.t(n.label)}</span>${checkMark()}</button>`
                : card(n.id, n.label, needs.includes(n.id), () => this.#toggle('needs', n.id), needIcon(n.id)),
            );
    if (step === 'safety') return html`<div part="answers" class="cards" role="group" aria-labelledby=${this.#labelOf(step)}>${cards}</div>${this.#renderSafetyHelp()}`;
    return html`<p id="hint-${step}" class="muted">${this.t('checkIn.pickAny')}</p>
      <div part="cards" class="cards" role="group" aria-labelledby=${this.#labelOf(step)} aria-describedby="hint-${step}">${cards}</div>`;
  }

  /** Call and text links right here, after "no" or "not sure"; nothing to explain first. */
  #renderSafetyHelp(): TemplateResult | typeof nothing {
    if (!this.safetyHelp) return nothing;
    return html`<div part="safety-help" class="safety-help">
      <p>${this.t('checkIn.safety.help')}</p>
      ${this.#audience() === 'teen' ? html`<p>${this.t('checkIn.safety.trusted')}</p>` : nothing}
      <calm-help
        variant="panel"
        ?embedded=${this.partOfHost}
        reason=${this.#danger ? 'danger' : 'none'}
        audience=${this.#audience()}
        .region=${this.region}
        .theme=${this.theme}
        .motion=${this.motion}
        .strings=${this.strings}
      ></calm-help>
    </div>`;
  }

  #renderDone(): TemplateResult {
    return html`<h2 part="heading" id="heading" tabindex="-1">${this.t('checkIn.done.title')}</h2>
      <p>${this.t('checkIn.done.text')}</p>
      ${this.#renderSafetyHelp()}
      <div class="row"><button part="again" class="button" @click=${this.#again}>${this.t('checkIn.again')}</button></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-check-in': CalmCheckIn;
  }
}

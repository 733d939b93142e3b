import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BackForwardController } from '../../controllers/back-forward.js';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { oneOf } from '../../attributes.js';
import { BUILT_IN_FLOWS, DEFAULT_FLOW, builtInFlow, type BuiltInFlowId } from '../../content/flows/index.js';
import { AUDIENCES, DEFAULT_AUDIENCE, type Audience } from '../../content/exercises.js';
import { currentClock } from '../../engine/clock.js';
import { FlowMachine } from '../../engine/flow-machine.js';
import { validateFlow, type FlowDefinition, type FlowStep, type FlowText } from '../../engine/flow-schema.js';
import type { PictureItem } from '../../engine/picture-items.js';
import type { ConfigError } from '../../events.js';
import type { Catalog, StringKey } from '../../locales/en.js';
import { addEnglish, format, formatDuration } from '../../locales/registry.js';
import { CalmActivity } from '../calm-activity.js';
import '../breathing/define.js';
import type { CalmCheckIn } from '../check-in/calm-check-in.js';
import '../check-in/define.js';
import '../choice/define.js';
import '../grounding/define.js';
import type { CalmHelp } from '../help/calm-help.js';
import '../plan/define.js';
import type { CalmPlan } from '../plan/calm-plan.js';
import '../schedule/define.js';
import '../timer/define.js';
import type { CalmTimer } from '../timer/calm-timer.js';
import { flowStyles } from './calm-flow.styles.js';
import { flowEnglish } from '../../locales/en/flow.js';

addEnglish(flowEnglish);

export type FlowState = 'idle' | 'running' | 'complete';
type Loaded = { definition?: FlowDefinition; errors: ConfigError[] };

const ACTIVITY = 'flow';
const builtInLoads = new Map<BuiltInFlowId, Loaded>();
/** One result per built-in flow, so choosing the same flow again keeps the person's place. */
function builtIn(id: BuiltInFlowId): Loaded {
  let loaded = builtInLoads.get(id);
  if (!loaded) builtInLoads.set(id, (loaded = { definition: builtInFlow(id), errors: [] }));
  return loaded;
}
const DEFAULT_CHECK_IN_STEPS = ['intensity'];

/**
 * @summary A step-by-step guide through a hard moment, written as data: check in, a skill
 * matched to how the person feels, check in again. Built-in flows (`calm-down`, `tipp`, `stop`,
 * `urge-surfing`, `staff-support`, `safety-plan`) or your own definition, validated before use.
 *
 * An activity in a step (breathing, grounding, check-in, a plan, a timer, a picture schedule, an
 * "I need…" board) is embedded (see
 * CONTRIBUTING.md "Embedding an activity"): it is part of the step, with no help, heading,
 * progress, Back, Next or end screen of its own. The flow starts it, its one Back and Next drive
 * it, its progress line says where the person is inside it ("Step 3 · Part 2 of 5"), and crisis
 * help pauses it. A timer step can hold Next back until the timer ends (`waitForEnd`). A check-in asks all its questions on the step's one screen. The flow's own
 * "Get help now" is shown on every step, before the step. Their `calm-start`, `calm-step` and
 * `calm-complete` stay inside the flow (the flow fires its own); `calm-phase`, `calm-pause`,
 * `calm-resume`, `calm-check-in`, `calm-choice` and `calm-help` pass through.
 *
 * Progress never grows: "Step 2 of 5" in a flow with one way through, "Step 2" where the way
 * depends on the person's answers. The flow's name stays, quietly, beside it; the end shows the
 * name alone (it is not a step). When the person chose or was offered crisis help, the end
 * says "Thank you for reaching out" rather than the flow's own closing words.
 *
 * @event calm-start - The flow started. `detail: { activity: 'flow' }`.
 * @event calm-step - A step is shown. `detail: { activity: 'flow', step, index, total }`; `index` counts from 0 ("Step 1 of 5" is `index: 0`); `total` is exact in a flow without branches, else the shortest way to an end from here.
 * @event calm-complete - The flow reached an end step (`finished: true`) or was started over (`finished: false`). `detail: { activity: 'flow', elapsedMs, finished, flow, path, before, after }`; `before`/`after` are the first and last intensity ratings (`after` is null with fewer than two).
 * @event calm-config-error - The definition was not valid. `detail: { element, errors: [{ path, message }] }`.
 * @event calm-help - The person opened crisis help. `detail: { reason }`.
 * @event calm-check-in - Passed through from an embedded check-in step: the person finished it. `detail: { feelings, quadrant, intensity, scale, body, needs, safety }`.
 * @event calm-phase - Passed through from an embedded breathing step: a phase began. `detail: { phase, cycle, index, durationMs }` (`cycle`, `index` from 0).
 * @event calm-pause - Passed through from an embedded breathing, grounding or timer step. `detail: { activity, reason }`.
 * @event calm-resume - Passed through from an embedded breathing, grounding or timer step. `detail: { activity, reason }`.
 * @event calm-choice - Passed through from an embedded board step: the person chose a card. `detail: { id }`.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart help - The "Get help now" element.
 * @csspart help-button - The "Get help now" button.
 * @csspart screen - The current screen: the start, a step, the end or the load error.
 * @csspart name - The flow's name, kept quietly above each step and the end once it has started.
 * @csspart progress - "Step 2 of 5", or "Step 2" in a flow that branches, with where the person is inside an activity (not on the end, which is no step).
 * @csspart heading - The step's heading.
 * @csspart text - The step's text.
 * @csspart activity - The embedded activity (breathing, grounding, check-in, timer, schedule, board or crisis help).
 * @csspart wait - "Next is ready when the timer ends", on a timer step that waits for its end.
 * @csspart plan - Around the embedded `<calm-plan>` of a plan step.
 * @csspart options - The list of a choice step's options.
 * @csspart option - One option button.
 * @csspart wave - The timed wave of an urge-surfing step.
 * @csspart check - The gentle check that appears each interval.
 * @csspart link - A step's link.
 * @csspart controls - The row of back, start-over and next buttons.
 * @csspart back - The back button.
 * @csspart restart - "Start over" (during the flow) and "Start again" (at the end).
 * @csspart next - The next button.
 * @csspart start - The start button.
 *
 * @cssproperty --calm-color-accent - The main buttons and the wave.
 * @cssproperty --calm-color-accent-text - Text on the accent colour.
 * @cssproperty --calm-color-accent-soft - Button hover.
 * @cssproperty --calm-color-surface - Background.
 * @cssproperty --calm-color-surface-raised - Buttons.
 * @cssproperty --calm-color-text - Text colour.
 * @cssproperty --calm-color-muted - Secondary text.
 * @cssproperty --calm-color-border - Borders.
 * @cssproperty --calm-color-focus - Focus ring.
 * @cssproperty --calm-radius - Corner radius.
 * @cssproperty --calm-space - Base spacing.
 * @cssproperty --calm-font-family - Font.
 * @cssproperty --calm-font-size - Base font size.
 * @cssproperty --calm-target-size - Smallest size of a control (44px; 48px in kiosks).
 */
export class CalmFlow extends CalmActivity {
  static override styles = [...CalmActivity.styles, flowStyles];

  /** A built-in flow: `calm-down` (default), `tipp`, `stop`, `urge-surfing`, `staff-support` or `safety-plan`. */
  @property({ reflect: true }) flow: BuiltInFlowId = DEFAULT_FLOW;

  /** `child`, `teen` or `adult`: the words of the check-ins and grounding inside (a check-in step's own `audience` wins). Each element's default (`teen`) when absent. */
  @property({ reflect: true }) audience?: Audience;

  @state() private current: FlowState = 'idle';
  /** Bumped whenever the machine moves, so the element renders the new step. */
  @state() private moves = 0;
  /** Gentle checks so far on a timed wave step. */
  @state() private checks = 0;
  @query('h2') private heading?: HTMLElement;
  /** Answers are forgotten when the page enters or leaves the back/forward cache. */
  protected readonly backForward = new BackForwardController(this, () => this.reset());

  #fromProperty: Loaded | undefined;
  #fromScript: Loaded | undefined;
  #scriptRead = false;
  #loaded: Loaded | undefined;
  #definition: FlowDefinition | undefined;
  #machine: FlowMachine | undefined;
  #startedAt = 0;
  #waveStartedAt = 0;
  #waveTimer: number | undefined;
  #plan: CalmPlan | undefined;
  /** The activity embedded in the step on screen, and the move it belongs to. */
  #activity: CalmActivity | undefined;
  #activityMove = -1;
  /** Set on entering a step: start its activity once it is on screen. */
  #startActivity = false;
  /** The person chose or was offered crisis help during this session. */
  #helped = false;
  /** Next was pressed: the step is being left once its activity has finished. */
  #leaving = false;
  /** A schedule or board step's items in the element's language, made once per step and language. */
  #pictureItems: PictureItem[] = [];
  #pictureItemsFor = '';

  /**
   * Your own flow: a definition object (see docs/authoring-flows.md). It is validated and
   * copied; invalid ones show a calm message and fire `calm-config-error`. Wins over a child
   * `<script type="application/json">` and over `flow`. Reading it gives a copy of the flow in use.
   */
  @property({ attribute: false })
  get definition(): FlowDefinition | undefined {
    return this.#definition ? structuredClone(this.#definition) : undefined;
  }
  set definition(value: unknown) {
    this.#fromProperty = value === undefined || value === null ? undefined : validateFlow(value);
    this.reportConfigErrors(this.#fromProperty?.errors ?? []);
    this.#load();
  }

  /** `idle` (the start screen), `running` or `complete`. */
  get state(): FlowState {
    return this.current;
  }

  /** The current step's id, or null before the start. */
  get step(): string | null {
    return this.current === 'idle' ? null : (this.#machine?.stepId ?? null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('calm-help', this.#onHelp);
    if (!this.#scriptRead) this.#readScript();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('calm-help', this.#onHelp);
    // Nothing of the person stays in a flow taken off the page (answers, a plan's words).
    this.reset();
  }

  /** Starts the flow at its first step (from the start screen only). */
  override start(): void {
    if (this.current === 'idle') this.#begin(false);
  }

  /** Starts again from the first step, forgetting every answer (a flow left early ends with `finished: false`). */
  restart(): void {
    this.#restart(false);
  }

  /** Back to the start screen with nothing remembered. Fires no event. */
  override reset(): void {
    this.#stopWave();
    this.#plan = undefined;
    this.#activity = undefined;
    this.#helped = false;
    this.#leaving = false;
    this.#machine = undefined;
    this.checks = 0;
    this.current = 'idle';
    this.announcer.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('flow')) this.#load();
  }

  /** The step's activity, once on screen, is embedded with this element's settings (and started on a new step). */
  protected override updated(): void {
    const step = this.current === 'running' ? this.#machine?.step : undefined;
    const activity =
      step?.kind === 'plan' ? this.#plan : (this.renderRoot.querySelector<CalmActivity>('.body > [part~="activity"]:not(calm-help)') ?? undefined);
    if (activity !== this.#activity || this.#startActivity) this.#activityMove = this.moves;
    this.#activity = activity;
    if (!activity || !step) {
      this.#startActivity = false;
      return;
    }
    this.#embed(activity, step.kind === 'check-in' ? this.#ratingWords(step) : this.strings);
    if (this.#startActivity) {
      this.#startActivity = false;
      activity.start();
    }
  }

  /** Makes `child` part of the step: embedded, without its own help, with this element's settings. */
  #embed(child: CalmActivity, strings: Partial<Catalog> | undefined): void {
    const { theme, motion, region } = this.embeddedSettings();
    Object.assign(child, { theme, motion, region, embedded: true, help: 'none' });
    // The strings setter re-renders the child, so only when they changed.
    if (JSON.stringify(child.strings ?? null) !== JSON.stringify(strings ?? null)) child.strings = strings;
  }

  /** The step's own rating question and anchors, as string overrides of the embedded check-in. */
  #ratingWords(step: FlowStep): Partial<Catalog> | undefined {
    if (!step.question && !step.anchors) return this.strings;
    const words: Partial<Record<StringKey, string>> = { ...this.strings };
    if (step.question) words['checkIn.intensity.title'] = words['checkIn.faces.title'] = this.#text(step.question);
    for (const [value, text] of Object.entries(step.anchors ?? {})) words[`checkIn.anchor.${value}` as StringKey] = this.#text(text);
    return words;
  }

  #readScript(): void {
    this.#scriptRead = true;
    const json = this.childScriptJson();
    if (!json) return;
    this.#fromScript = 'errors' in json ? json : validateFlow(json.value);
    this.reportConfigErrors(this.#fromScript.errors);
    this.#load();
  }

  /** The host's `audience`, checked (a warning and the default for an unknown one); undefined when not set. */
  #audience(): Audience | undefined {
    return this.audience === undefined ? undefined : oneOf(this, 'audience', this.audience, AUDIENCES, DEFAULT_AUDIENCE);
  }

  /** The flow's own help control speaks to the same person as the activities inside it. */
  protected override helpAudience(): Audience | undefined {
    return this.#audience();
  }

  /** Picks the flow in use: the property, else the child script, else the built-in one. */
  #load(): void {
    const chosen = this.#fromProperty ?? this.#fromScript ?? builtIn(oneOf(this, 'flow', this.flow, BUILT_IN_FLOWS, DEFAULT_FLOW));
    if (chosen === this.#loaded) return;
    this.#loaded = chosen;
    this.#definition = chosen.definition;
    this.reset();
  }

  #begin(user: boolean): void {
    const definition = this.#definition;
    if (!definition) return;
    this.reset();
    this.#machine = new FlowMachine(definition);
    this.#startedAt = currentClock().now();
    this.current = 'running';
    void this.emit('calm-start', { activity: ACTIVITY });
    this.#enter(user);
  }

  #restart(user: boolean): void {
    if (this.current === 'running') this.#complete(false);
    this.current = 'idle';
    this.#begin(user);
  }

  #go(user: boolean, move: (machine: FlowMachine) => unknown): void {
    const machine = this.#machine;
    if (this.current !== 'running' || !machine) return;
    const before = machine.index;
    move(machine);
    if (machine.index !== before) this.#enter(user);
  }

  #enter(user: boolean): void {
    const machine = this.#machine;
    if (!machine) return;
    this.#stopWave();
    this.moves++;
    const step = machine.step;
    this.#startActivity = true;
    if (step.kind === 'help') this.#helped = true;
    if (step.kind === 'plan') this.#ensurePlan(step);
    if (step.kind === 'choice' && step.checkEvery) this.#startWave(step.checkEvery * 1000, step);
    void this.emit('calm-step', { activity: ACTIVITY, step: machine.stepId, index: machine.index, total: machine.total });
    if (user) void this.#focusHeading();
    else this.announcer.announce(this.#text(step.title));
    if (machine.finished) {
      this.current = 'complete';
      this.#complete(true);
    }
  }

  #complete(finished: boolean): void {
    const machine = this.#machine;
    if (!machine || !this.#definition) return;
    const ratings = machine.ratings;
    this.#stopWave();
    void this.emit('calm-complete', {
      activity: ACTIVITY,
      elapsedMs: Math.round(currentClock().now() - this.#startedAt),
      finished,
      flow: this.#definition.id,
      path: machine.path,
      before: ratings[0] ?? null,
      after: ratings.length > 1 ? (ratings.at(-1) ?? null) : null,
    });
  }

  async #focusHeading(): Promise<void> {
    await this.updateComplete;
    this.heading?.focus();
  }

  /** The activity of the step on screen, if it belongs to this move. */
  #embedded(): CalmActivity | undefined {
    return this.#activityMove === this.moves ? this.#activity : undefined;
  }

  /**
   * The one Next: on through the activity's inside first; then on a check-in step, whatever was
   * answered there counts (skipping is fine).
   */
  #onNext(): void {
    const activity = this.#embedded();
    if (this.#leaving) return;
    if (activity?.forward()) {
      this.requestUpdate();
      return;
    }
    const move = (): void => {
      this.#leaving = false;
      this.#go(true, (machine) => {
        const value = machine.step.kind === 'check-in' ? (activity as CalmCheckIn | undefined)?.value : null;
        if (value) machine.record({ intensity: value.intensity, needs: value.needs });
        machine.next();
      });
    };
    if (!activity) return move();
    // Once the activity has told the host what it finished with (a check-in's result), move on.
    this.#leaving = true;
    void activity.updateComplete.then(move);
  }

  /** The one Back: back through the activity's inside first, then to the step before. */
  #onBack(): void {
    if (this.#embedded()?.backward()) this.requestUpdate();
    else this.#go(true, (machine) => machine.back());
  }

  /** Embedded activities' own start/step/complete stay inside; the flow reports its own (and shows where they are). */
  #keepInside(event: Event): void {
    event.stopPropagation();
    this.requestUpdate();
  }

  /** A need, safety answer or threshold in an embedded check-in opens the flow's own help at once. */
  #onChildHelp(): void {
    this.renderRoot.querySelector<CalmHelp>('calm-help[part~="help"]')?.show();
  }

  /** Crisis help pauses whatever is timed inside (CONTENT.md: stop or pause on a danger signal). */
  #onHelp = (): void => {
    if (this.current === 'running') this.#helped = true;
    this.#embedded()?.pause();
  };

  #ensurePlan(step: FlowStep): void {
    const template = step.template ?? 'safety';
    if (this.#plan?.template === template) return;
    // One plan for the whole flow, kept in one place in the template, so going back and on
    // keeps the person's words; `reset()` and `restart()` drop it.
    const plan = document.createElement('calm-plan');
    plan.template = template;
    this.#plan = plan;
  }

  // The timed wave: a gentle check every `everyMs`, each computed from the clock (never by
  // counting timer ticks), so a late timer or a hidden page never shifts the next check.
  #startWave(everyMs: number, step: FlowStep): void {
    this.#waveStartedAt = currentClock().now();
    this.checks = 0;
    const schedule = (): void => {
      const clock = currentClock();
      const due = this.#waveStartedAt + (this.checks + 1) * everyMs;
      this.#waveTimer = clock.schedule(() => {
        this.checks = Math.floor((clock.now() - this.#waveStartedAt) / everyMs);
        this.announcer.announce(step.check ? this.#text(step.check) : this.#waveTime(step));
        schedule();
      }, due - clock.now());
    };
    schedule();
  }

  #stopWave(): void {
    if (this.#waveTimer !== undefined) currentClock().cancel(this.#waveTimer);
    this.#waveTimer = undefined;
    this.checks = 0;
  }

  /**
   * A catalog key in the element's language, or the flow's own words (own language, else
   * English, else the first given). `{help}` in either is the name of the "Get help now" button.
   */
  #text(text: FlowText | undefined): string {
    if (text === undefined) return '';
    const values = { help: this.t('help.open') };
    if (typeof text === 'string') return this.t(text as StringKey, values);
    return format(text[this.locale.language] ?? text.en ?? Object.values(text)[0] ?? '', values);
  }

  protected override render(): TemplateResult {
    const machine = this.current === 'idle' ? undefined : this.#machine;
    const step = machine?.step;
    const definition = this.#definition;
    // After crisis help, the end thanks the person for reaching out rather than praising them.
    const afterHelp = step?.kind === 'end' && this.#helped;
    const title = !definition ? this.t('common.loadError') : afterHelp ? this.t('flow.afterHelp.title') : this.#text(step ? step.title : definition.title);
    const body = step ? this.#renderBody(step) : nothing;
    const text = !definition ? '' : afterHelp ? this.t('flow.afterHelp.text') : this.#text(step ? step.text : definition.text);
    return html`<div part="base" class="base" lang=${this.locale.language} dir=${this.locale.dir}>
      ${this.renderHelp()}
      <div
        part="screen"
        class="screen"
        @calm-start=${this.#keepInside}
        @calm-step=${this.#keepInside}
        @calm-complete=${this.#keepInside}
        @calm-phase=${() => this.requestUpdate()}
        @calm-help=${this.#onChildHelp}
      >
        ${machine && definition
          ? html`<p class="muted"><span part="name">${this.#text(definition.title)}</span>${machine.finished
                ? nothing
                : html` · <span part="progress">${this.#progress(machine)}</span>`}</p>`
          : nothing}
        <h2 part="heading" id="heading" tabindex="-1">${title}</h2>
        ${text ? html`<p part="text">${text}</p>` : nothing}
        ${body === nothing ? nothing : keyed(this.moves, html`<div class="body">${body}</div>`)}
        <div part="plan" class="body" ?hidden=${step?.kind !== 'plan'}>${this.#plan ?? nothing}</div>
        ${step?.link
          ? html`<p>
              <a part="link" href=${step.link.href} target=${step.link.href.startsWith('https:') ? '_blank' : nothing} rel="noopener noreferrer">
                ${this.#text(step.link.label)}${step.link.href.startsWith('https:') ? html`<span class="visually-hidden"> ${this.t('help.newTab')}</span>` : nothing}
              </a>
            </p>`
          : nothing}
        ${definition ? this.#renderControls(step) : nothing}
      </div>
      ${this.announcer.render()}
    </div>`;
  }

  /** "Step 2 of 5" (one way through) or "Step 2" (the way depends on answers), never a total that grows; then where the person is inside the activity. */
  #progress(machine: FlowMachine): string {
    const position = this.t(machine.linear ? 'flow.progress' : 'flow.step', { index: machine.index, total: machine.total });
    const inside = this.#embedded()?.embeddedProgress;
    return inside ? `${position} · ${inside}` : position;
  }

  // Each activity is embedded (settings, `embedded`, help="none") in updated(), before its first render.
  #renderBody(step: FlowStep): TemplateResult | typeof nothing {
    switch (step.kind) {
      case 'breathing':
        return html`<calm-breathing part="activity" pattern=${step.pattern ?? nothing} .cycles=${step.cycles}></calm-breathing>`;
      case 'grounding':
        return html`<calm-grounding part="activity" exercise=${step.exercise ?? nothing} audience=${this.#audience() ?? nothing}></calm-grounding>`;
      case 'check-in':
        return html`<calm-check-in
          part="activity"
          steps=${(step.steps ?? DEFAULT_CHECK_IN_STEPS).join(' ')}
          scale=${step.scale ?? nothing}
          audience=${step.audience ?? this.#audience() ?? nothing}
        ></calm-check-in>`;
      case 'help': {
        const { theme, motion, region } = this.embeddedSettings();
        return html`<calm-help part="activity" variant="panel" embedded reason=${step.reason ?? nothing} .theme=${theme} .motion=${motion} .strings=${this.strings} .region=${region}></calm-help>`;
      }
      case 'timer':
        return html`<calm-timer part="activity" .minutes=${step.minutes} .seconds=${step.seconds} next=${step.then ?? nothing}></calm-timer>`;
      case 'schedule':
        return html`<calm-schedule part="activity" variant=${step.variant ?? nothing} .items=${this.#itemsOf(step)}></calm-schedule>`;
      case 'board': {
        const perScreen = step.perScreen ?? nothing;
        const speak = step.speak === false ? 'off' : nothing;
        // Without items the board shows its built-in needs.
        return step.items
          ? html`<calm-choice part="activity" per-screen=${perScreen} speak=${speak} .items=${this.#itemsOf(step)}></calm-choice>`
          : html`<calm-choice part="activity" per-screen=${perScreen} speak=${speak}></calm-choice>`;
      }
      case 'choice':
        return html`${step.checkEvery ? this.#renderWave(step) : nothing}
          <ul part="options" class="options" role="list">
            ${(step.options ?? []).map(
              (option) => html`<li>
                <button part="option" class="button" data-option=${option.id} @click=${() => this.#go(true, (m) => m.choose(option.id))}>
                  ${this.#text(option.label)}
                </button>
              </li>`,
            )}
          </ul>`;
      default:
        return nothing;
    }
  }

  /** The step's items with the flow's words in the element's language (a pictogram's own name where it gives none). */
  #itemsOf(step: FlowStep): PictureItem[] {
    const key = `${this.moves}|${this.locale.language}`;
    if (key !== this.#pictureItemsFor) {
      this.#pictureItemsFor = key;
      this.#pictureItems = (step.items ?? []).map(({ id, label, picture }) => (label ? { id, picture, label: this.#text(label) } : { id, picture }));
    }
    return this.#pictureItems;
  }

  /** A timer step with `waitForEnd` shows Next once its timer has ended or the person stopped it (a hidden Next, not a disabled one that looks ready). */
  #waitingForTimer(step: FlowStep): boolean {
    return step.kind === 'timer' && step.waitForEnd === true && (this.#embedded() as CalmTimer | undefined)?.state !== 'complete';
  }

  /** "Time so far: 2 minutes" on a timed wave. */
  #waveTime(step: FlowStep): string {
    const minutes = (this.checks * (step.checkEvery ?? 60)) / 60;
    return this.t('flow.waveTime', { time: formatDuration(this.locale.language, minutes, 'minute') });
  }

  #renderWave(step: FlowStep): TemplateResult {
    return html`<div part="wave" class="wave">
      <svg viewBox="0 0 72 32" aria-hidden="true"><path d="M2 22c8 0 10-14 18-14s10 14 18 14 10-14 18-14 10 14 14 14"></path></svg>
      ${this.checks > 0
        ? html`<div>
            ${step.check ? html`<p part="check" class="check">${this.#text(step.check)}</p>` : nothing}
            <p class="muted">${this.#waveTime(step)}</p>
          </div>`
        : nothing}
    </div>`;
  }

  #renderControls(step: FlowStep | undefined): TemplateResult {
    const machine = this.#machine;
    if (!step || !machine) {
      return html`<div part="controls" class="row">
        <button part="start" class="button primary" @click=${() => this.#begin(true)}>${this.t('flow.start')}</button>
      </div>`;
    }
    if (machine.finished) {
      return html`<div part="controls" class="row">
        <button part="restart" class="button primary" @click=${() => this.#restart(true)}>${this.t('flow.again')}</button>
      </div>`;
    }
    const waiting = this.#waitingForTimer(step);
    return html`${waiting ? html`<p part="wait" class="muted">${this.t('flow.waitForTimer')}</p>` : nothing}
      <div part="controls" class="row">
        <button part="back" class="button" ?disabled=${!machine.canGoBack && !this.#embedded()?.canGoBackInside} @click=${this.#onBack}>
          ${this.t('flow.back')}
        </button>
        ${machine.index > 1
          ? html`<button part="restart" class="button" @click=${() => this.#restart(true)}>${this.t('flow.restart')}</button>`
          : nothing}
        ${step.kind === 'choice' || waiting
          ? nothing
          : html`<button part="next" class="button primary" @click=${this.#onNext}>${this.t('flow.next')}</button>`}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-flow': CalmFlow;
  }
}

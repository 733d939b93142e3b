import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { warnOnce } from '../../attributes.js';
import {
  DEFAULT_PATTERN,
  findPreset,
  parsePattern,
  patternPresets,
  sessionCycles,
  validatePhases,
  type Phase,
  type PhaseKind,
  type PresetId,
} from '../../content/patterns.js';
import { CUE_KINDS, CuesController, type CueKind } from '../../controllers/cues.js';
import { HiddenPageController } from '../../controllers/hidden-page.js';
import { PhaseTimeline, type PhaseEntered, type TimelineComplete, type TimelineState } from '../../engine/timeline.js';
import type { CalmPauseDetail } from '../../events.js';
import { CalmActivity } from '../calm-activity.js';
import { breathingStyles } from './calm-breathing.styles.js';
import { switchStyles } from '../../styles/switch.js';
import { breathKeyframes, glowKeyframes, paceKeyframes } from './shape.js';
import { breathingEnglish } from '../../locales/en/breathing.js';
import { addEnglish, formatDuration } from '../../locales/registry.js';

addEnglish(breathingEnglish);

const ACTIVITY = 'breathing';
const MAX_CYCLES = 100;
const MAX_DURATION_SECONDS = 3600;
type Reason = CalmPauseDetail['reason'];

/**
 * @summary Guided breathing: a shape that grows as you breathe in and shrinks as you breathe out,
 * the phase in large words, a dot that goes once round the ring in each phase (how long is left,
 * without numbers; it glides as you breathe and steps on once a second while you hold), one
 * polite announcement per phase, and optional tone, voice and vibration cues. Under reduced
 * motion nothing travels: the shape and the dot stand still, and the glow brightens and fades
 * with the breath. The guide grows with its container. A hidden page pauses the session; help is
 * always one step away.
 *
 * @event calm-start - A session started. `detail: { activity: 'breathing' }`.
 * @event calm-phase - A phase began. `detail: { phase, cycle, index, durationMs }`; `phase` is `inhale`, `top-up`, `hold`, `exhale` or `rest`; `cycle` (the breath) and `index` (the phase within it) count from 0, so "Breath 1 of 4" is `cycle: 0`.
 * @event calm-pause - The session paused. `detail: { activity, reason }`; `reason` is `user` or `hidden`.
 * @event calm-resume - The session continued. `detail: { activity, reason }`.
 * @event calm-complete - The session ended. `detail: { activity, elapsedMs, finished }`; `finished` is false when stopped early.
 * @event calm-help - The person pressed "Get help now". `detail: { reason }`.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart help - The `<calm-help>` control (absent with `help="none"`).
 * @csspart help-button - The "Get help now" button.
 * @csspart activity - The breathing guide itself.
 * @csspart shape - The shape that grows and shrinks.
 * @csspart fill - The glow inside the shape that brightens and fades under reduced motion.
 * @csspart pace - What turns once in each phase, carrying the dot round the still ring about the shape.
 * @csspart phase - The large phase word ("Breathe in").
 * @csspart count - The phase length ("4 seconds").
 * @csspart progress - The "Breath 2 of 6" line.
 * @csspart controls - The start, pause/continue and stop buttons.
 * @csspart button - Each of those buttons.
 * @csspart toggles - The Sound and Vibration switches.
 *
 * @cssproperty --calm-color-accent - The shape's outline and the main button.
 * @cssproperty --calm-color-accent-soft - The shape's fill.
 * @cssproperty --calm-color-accent-text - Text on the main button.
 * @cssproperty --calm-color-surface - Background.
 * @cssproperty --calm-color-surface-raised - Background of buttons.
 * @cssproperty --calm-color-text - Text colour.
 * @cssproperty --calm-color-muted - Secondary text colour.
 * @cssproperty --calm-color-border - Borders.
 * @cssproperty --calm-color-focus - Focus ring.
 * @cssproperty --calm-radius - Corner radius.
 * @cssproperty --calm-space - Base spacing.
 * @cssproperty --calm-font-family - Font.
 * @cssproperty --calm-target-size - Smallest size of a control (44px; 48px in kiosks).
 * @cssproperty --calm-breathing-size - Diameter of the guide (default: as much of the container as fits beside the controls, up to 36rem).
 */
export class CalmBreathing extends CalmActivity {
  static override styles = [...CalmActivity.styles, breathingStyles, switchStyles];

  /**
   * A preset (`extended-exhale` default, `box`, `4-7-8`, `cyclic-sigh`, `coherent`, `equal`),
   * seconds as `in-out`, `in-hold-out` or `in-hold-out-rest` (e.g. `3-0-6-2`), or, as a
   * property, a list of `{ kind, seconds }`. Takes effect at the next start.
   */
  // `string & {}` keeps editors offering the presets while any seconds pattern (`4-6`) type-checks.
  @property() pattern: PresetId | (string & {}) | Phase[] = DEFAULT_PATTERN;

  /** Session length in cycles (1–100). Wins over `duration`. Default: 1 minute (4 cycles for 4-7-8). */
  @property({ type: Number }) cycles?: number;

  /** Session length in seconds (1–3600), rounded up to whole cycles. */
  @property({ type: Number }) duration?: number;

  /** Space-separated cues besides the visual guide: `tone`, `voice`, `haptic`. None by default. */
  @property() cues?: string;

  /** Starts on its own when shown. Sound waits for the person's first tap. */
  @property({ type: Boolean, reflect: true }) autostart = false;

  @state() private session: TimelineState = 'idle';
  @state() private current?: PhaseEntered;
  @state() private finished = false;
  @query('.shape') private shape?: HTMLElement;
  @query('.fill') private glow?: HTMLElement;
  @query('.pace') private pace?: HTMLElement;
  @query('.primary') private primaryButton?: HTMLButtonElement;

  readonly #cues = new CuesController(this);
  readonly #hiddenPage = new HiddenPageController(this, () => this.#pause('hidden'), () => this.#resume('hidden'));
  #phases: Phase[] = parsePattern(DEFAULT_PATTERN) as Phase[];
  #cycles = sessionCycles(this.#phases);
  #timeline?: PhaseTimeline;
  #sessionPhases: readonly Phase[] = [];
  #unsubscribe: (() => void)[] = [];
  #animations: Animation[] = [];
  #synced = '';

  /** `idle`, `running`, `paused` or `complete`. */
  get state(): TimelineState {
    return this.session;
  }

  /** The phase now (`inhale`, `top-up`, `hold`, `exhale`, `rest`); null when not running or paused. */
  get phase(): PhaseKind | null {
    return this.#active() ? (this.current?.phase ?? null) : null;
  }

  /** Starts a session from the beginning (from idle or complete). */
  override start(): void {
    if (this.#active()) return;
    // Settings changed since the last render are read now (a host may set and start at once).
    if (!this.hasUpdated || this.isUpdatePending) this.#configure();
    this.#endTimeline();
    const timeline = new PhaseTimeline(this.#phases, this.#cycles);
    this.#timeline = timeline;
    this.#sessionPhases = this.#phases;
    this.#unsubscribe = [timeline.onPhase((entered) => this.#onPhase(entered)), timeline.onComplete((result) => this.#onComplete(result))];
    this.#cues.unlock();
    this.session = 'running';
    this.finished = false;
    void this.emit('calm-start', { activity: ACTIVITY });
    timeline.start();
  }

  /** Pauses; the session continues exactly where it was with `resume()`. */
  override pause(): void {
    this.#pause('user');
  }

  resume(): void {
    this.#resume('user');
  }

  /** Ends the session now (`calm-complete` with `finished: false`). */
  stop(): void {
    if (this.#active()) this.#timeline?.stop();
  }

  /** Back to the start, silently: no session, no sound. Fires no event. */
  override reset(): void {
    this.#endTimeline();
    this.#cues.silence();
    this.#hiddenPage.forget();
    this.session = 'idle';
    this.current = undefined;
    this.finished = false;
    this.announcer.clear();
  }

  /** "Breath 2 of 6" while a session runs (for a host that embeds this element). */
  override get embeddedProgress(): string {
    const current = this.#active() ? this.current : undefined;
    return current ? this.t('breathing.progress', { cycle: current.cycle + 1, cycles: this.#timeline?.cycles ?? this.#cycles }) : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page (moved, or re-inserted): show the shape where the session is again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Keep the place but let nothing run: no timers, no animation, no sound.
    if (this.session === 'running') {
      this.#timeline?.pause();
      this.session = 'paused';
    }
    this.#syncAnimations(false);
    this.#synced = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('pattern') || changed.has('cycles') || changed.has('duration')) this.#configure();
    if (changed.has('cues')) this.#cues.kinds = this.#parseCues();
    if (!this.hasUpdated && this.autostart) this.start();
  }

  protected override firstUpdated(): void {
    // Ready the words for a phase's length ("4 seconds") while nothing happens, so a tap on Start
    // shows the session without waiting for them.
    const whenIdle = 'requestIdleCallback' in window ? requestIdleCallback : (run: () => void) => setTimeout(run, 100);
    whenIdle(() => this.#seconds(0));
  }

  protected override updated(): void {
    // Never animate a detached element: the animation would keep it (and its tree) alive.
    const animate = this.isConnected && this.#active();
    // Steered when the session or the motion changes, never at a phase change: the animations span
    // the whole cycle on the same clock, and touching them would cost the phase change a frame.
    const key = `${this.session}|${animate && this.reducedMotion}`;
    if (key === this.#synced) return;
    this.#synced = key;
    if (animate && this.#animations.length === 0) {
      // A session just began: the running state (words, Pause) is painted first, and the shape
      // starts a frame later from where the clock is, so a tap on Start is answered at once.
      requestAnimationFrame(() => setTimeout(() => this.#syncAnimations(this.isConnected && this.#active())));
    } else {
      this.#syncAnimations(animate);
    }
  }

  #active(): boolean {
    return this.session === 'running' || this.session === 'paused';
  }

  /** Reads `pattern`, `cycles` and `duration`, warning about (and ignoring) what is not valid. */
  #configure(): void {
    const value = this.pattern as unknown;
    const phases = typeof value === 'string' ? parsePattern(value) : validatePhases(value);
    if (!phases && value !== '' && value != null) {
      warnOnce(
        this,
        `pattern=${typeof value === 'string' ? value : 'list'}`,
        `pattern=${typeof value === 'string' ? `"${value.slice(0, 60)}"` : 'that list'} is not valid; accepted values: ${patternPresets.map((p) => p.id).join(', ')}, seconds as in-out, in-hold-out or in-hold-out-rest (e.g. 4-6), or a list of { kind, seconds } within safe limits. Using "${DEFAULT_PATTERN}".`,
      );
    }
    this.#phases = phases ?? (parsePattern(DEFAULT_PATTERN) as Phase[]);
    const preset = phases && typeof value === 'string' ? findPreset(value) : undefined;
    this.#cycles = sessionCycles(this.#phases, {
      cycles: this.#length('cycles', this.cycles, MAX_CYCLES, true),
      durationSeconds: this.#length('duration', this.duration, MAX_DURATION_SECONDS, false),
      defaultCycles: preset?.defaultCycles,
    });
  }

  #length(name: string, value: number | undefined | null, max: number, whole: boolean): number | undefined {
    if (value == null) return undefined;
    if (Number.isFinite(value) && value >= 1 && value <= max && (!whole || Number.isInteger(value))) return value;
    const shown = typeof value === 'number' ? String(value) : `(${typeof value})`;
    warnOnce(
      this,
      `${name}=${shown}`,
      `${name}=${shown} is not valid; accepted values: ${whole ? 'a whole number' : 'a number of seconds'} from 1 to ${max}. Using the pattern's default session length.`,
    );
    return undefined;
  }

  #parseCues(): Set<CueKind> {
    const kinds = new Set<CueKind>();
    const value = this.cues as unknown;
    const words = typeof value === 'string' ? value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    const invalid = words.filter((word) => !(CUE_KINDS as readonly string[]).includes(word));
    words.filter((word) => !invalid.includes(word)).forEach((word) => kinds.add(word as CueKind));
    // One warning for one bad value, however many words in it are wrong.
    if (invalid.length > 0 || (value != null && typeof value !== 'string')) {
      const shown = typeof value === 'string' ? invalid.map((word) => `"${word.slice(0, 30)}"`).join(', ') : `(${typeof value})`;
      warnOnce(this, `cues=${shown}`, `cues contains ${shown}, which is not valid; accepted values: ${CUE_KINDS.join(', ')} (space-separated). Ignoring it.`);
    }
    return kinds;
  }

  #onPhase(entered: PhaseEntered): void {
    this.current = entered;
    const words = this.t(`breathing.phase.${entered.phase}`);
    this.announcer.announce(this.t('breathing.announce', { phase: words, seconds: this.#seconds(entered.durationMs) }));
    this.#cues.phase(entered.phase, entered.durationMs, words, this.locale.language);
    void this.emit('calm-phase', { ...entered });
  }

  #onComplete({ elapsedMs, finished }: TimelineComplete): void {
    this.session = 'complete';
    this.finished = finished;
    this.#hiddenPage.forget();
    this.#cues.silence();
    this.announcer.announce(this.t(finished ? 'breathing.done' : 'breathing.stopped'));
    void this.emit('calm-complete', { activity: ACTIVITY, elapsedMs, finished });
  }

  #pause(reason: Reason): void {
    const timeline = this.#timeline;
    if (this.session !== 'running' || !timeline) return;
    timeline.pause();
    if (timeline.state !== 'paused') return; // it had just ended
    this.session = 'paused';
    this.#cues.silence();
    this.announcer.announce(this.t('breathing.paused'));
    void this.emit('calm-pause', { activity: ACTIVITY, reason });
  }

  #resume(reason: Reason): void {
    if (this.session !== 'paused' || !this.#timeline) return;
    this.#hiddenPage.forget();
    this.#cues.unlock();
    this.session = 'running';
    this.#timeline.resume();
    const phase = this.current?.phase;
    if (phase) this.announcer.announce(this.t('breathing.resumed', { phase: this.t(`breathing.phase.${phase}`) }));
    void this.emit('calm-resume', { activity: ACTIVITY, reason });
  }

  #endTimeline(): void {
    this.#unsubscribe.forEach((unsubscribe) => unsubscribe());
    this.#unsubscribe = [];
    this.#timeline?.stop();
    this.#timeline = undefined;
  }

  /**
   * Each animation spans the whole cycle and is only steered, never rebuilt per phase: the shape
   * and the dot that goes round once a phase, or under reduced motion the glow alone.
   */
  #syncAnimations(animate: boolean): void {
    const timeline = this.#timeline;
    const still = this.reducedMotion;
    const target = still ? this.glow : this.shape;
    if (!animate || !timeline || !target || !this.pace || typeof target.animate !== 'function') {
      this.#animations.forEach((animation) => animation.cancel());
      this.#animations = [];
      return;
    }
    if ((this.#animations[0]?.effect as KeyframeEffect | null | undefined)?.target !== target) {
      this.#animations.forEach((animation) => animation.cancel());
      const timing = { duration: timeline.cycleMs, iterations: Infinity };
      const phases = this.#sessionPhases;
      // Under reduced motion nothing travels: the glow alone carries the rhythm, and the dot rests.
      this.#animations = still
        ? [target.animate(glowKeyframes(phases), timing)]
        : [target.animate(breathKeyframes(phases), timing), this.pace.animate(paceKeyframes(phases), timing)];
    }
    const at = timeline.offsetInCycle();
    const cycle = timeline.cycleMs;
    for (const animation of this.#animations) {
      const now = animation.currentTime;
      // Moved only when paused or off the clock by more than 50 ms (a frozen tab, a new
      // animation), which spares the compositor a restart on every resume.
      const drift = typeof now === 'number' ? Math.abs((((now - at) % cycle) + cycle * 1.5) % cycle - cycle / 2) : Infinity;
      const running = this.session === 'running';
      if (!running) animation.pause();
      if (drift > 50 || !running) animation.currentTime = at;
      // play() on a running animation would hand it to the compositor again.
      if (running && animation.playState !== 'running') animation.play();
    }
  }

  #seconds(ms: number): string {
    return formatDuration(this.locale.language, ms / 1000, 'second');
  }

  #onPrimary(): void {
    if (this.session === 'running') this.pause();
    else if (this.session === 'paused') this.resume();
    else this.start();
  }

  async #onStop(): Promise<void> {
    this.stop();
    await this.updateComplete;
    this.primaryButton?.focus();
  }

  #toggle(which: 'sound' | 'vibration'): void {
    this.#cues[which] = !this.#cues[which];
    if (!this.#cues[which]) this.#cues.silence();
    else this.#cues.unlock();
    this.requestUpdate();
  }

  #renderStage(): TemplateResult {
    const current = this.#active() ? this.current : undefined;
    let word = this.t('breathing.intro');
    let count = this.t('breathing.ready');
    if (this.session === 'complete') {
      word = this.t(this.finished ? 'breathing.done' : 'breathing.stopped');
      count = '';
    } else if (current) {
      word = this.t(this.session === 'paused' ? 'breathing.pausedTitle' : `breathing.phase.${current.phase}`);
      count = this.#seconds(current.durationMs);
    }
    // The stage's class changes with the session, never with the phase: a phase change restyles only its words.
    // The guide holds the stage apart from the grid around it, so the stage's strict containment
    // makes it a layout root: a phase change lays out only what is inside the guide.
    return html`<div class="guide"><div class="stage ${this.reducedMotion ? 'still' : ''} ${current ? '' : this.session}">
      <div part="pace" class="pace" aria-hidden="true"></div>
      <div part="shape" class="shape" aria-hidden="true"><div part="fill" class="fill"></div></div>
      <div class="words">
        <p part="phase" class="phase">${word}</p>
        ${count ? html`<p part="count" class="count">${count}</p>` : nothing}
      </div>
    </div></div>`;
  }

  protected override render(): TemplateResult {
    const session = this.session;
    const current = this.#active() ? this.current : undefined;
    const cycles = this.#timeline?.cycles ?? this.#cycles;
    const primary =
      session === 'running' ? 'breathing.pause' : session === 'paused' ? 'breathing.resume' : session === 'complete' ? 'breathing.again' : 'breathing.start';
    const cues = this.#cues;
    return html`<div part="base" class="base" lang=${this.locale.language} dir=${this.locale.dir}>
      ${this.renderHelp()}
      <div role="group" part="activity" class="activity" aria-label=${this.t('breathing.label')}>
        ${this.#renderStage()}
        ${this.partOfHost
          ? nothing
          : html`<div class="tally"><p part="progress" class="progress ${current ? '' : 'waiting'}">
              <span class="count-of">${this.t('breathing.progress', { cycle: (current?.cycle ?? 0) + 1, cycles })}</span>
              <progress max=${cycles} value=${current ? current.cycle : 0} aria-hidden="true"></progress>
            </p></div>`}
        <div part="controls" class="controls">
          ${this.partOfHost && session === 'complete'
            ? nothing
            : html`<button part="button" class="button primary" @click=${this.#onPrimary}>${this.t(primary)}</button>`}
          ${this.partOfHost
            ? nothing
            : html`<button part="button" class="button stop ${this.#active() ? '' : 'waiting'}" @click=${this.#onStop}>${this.t('breathing.stop')}</button>`}
        </div>
        ${cues.hasSound || cues.hasVibration
          ? html`<div part="toggles" class="toggles">
              ${cues.hasSound ? html`<button class="button toggle sound" role="switch" aria-checked=${cues.sound ? 'true' : 'false'} @click=${() => this.#toggle('sound')}>${this.t('breathing.sound')}</button>` : nothing}
              ${cues.hasVibration ? html`<button class="button toggle vibration" role="switch" aria-checked=${cues.vibration ? 'true' : 'false'} @click=${() => this.#toggle('vibration')}>${this.t('breathing.vibration')}</button>` : nothing}
            </div>`
          : nothing}
      </div>
      ${this.announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-breathing': CalmBreathing;
  }
}

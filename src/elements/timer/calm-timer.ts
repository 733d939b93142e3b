import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { warnOnce } from '../../attributes.js';
import { isPictogramId } from '../../content/pictograms.js';
import { CuesController, parseCues } from '../../controllers/cues.js';
import { HiddenPageController } from '../../controllers/hidden-page.js';
import { currentClock } from '../../engine/clock.js';
import { Countdown, type CountdownMark, type CountdownState } from '../../engine/countdown.js';
import type { CalmPauseDetail } from '../../events.js';
import { timerEnglish } from '../../locales/en/timer.js';
import { addEnglish, formatDuration } from '../../locales/registry.js';
import { CalmActivity } from '../calm-activity.js';
import { pictureStyles, renderPicture } from '../picture.js';
import { timerStyles } from './calm-timer.styles.js';
import { switchStyles } from '../../styles/switch.js';

addEnglish(timerEnglish);

const ACTIVITY = 'timer';
const MINUTE = 60_000;
const MAX_MS = 60 * MINUTE;
const DEFAULT_MS = 5 * MINUTE;
/** Under reduced motion the still disc moves on in this many steps. */
const STILL_STEPS = 20;
type Reason = CalmPauseDetail['reason'];

/**
 * @summary A visual timer for waiting and transitions: a coloured disc that empties as time
 * passes, the time left in words, pause, continue, add a minute and stop. A gentle end (a soft
 * chime and a vibration only when turned on) that can say what comes next. Screen readers hear
 * the start, half-way, one minute left and the end, never a count. Under reduced motion the
 * disc stands still and moves on in steps. A hidden page pauses it; help is always one step away.
 *
 * @slot next - What comes after the wait, shown on the end screen (instead of the `next` words).
 *
 * @event calm-start - The timer started. `detail: { activity: 'timer' }`.
 * @event calm-pause - It paused. `detail: { activity, reason }`; `reason` is `user` or `hidden`.
 * @event calm-resume - It continued. `detail: { activity, reason }`.
 * @event calm-complete - It ended. `detail: { activity, elapsedMs, finished }`; `finished` is false when stopped early.
 * @event calm-help - The person pressed "Get help now". `detail: { reason }`.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart help - The `<calm-help>` control (absent with `help="none"`).
 * @csspart help-button - The "Get help now" button.
 * @csspart activity - The timer itself.
 * @csspart title - The label ("Until break").
 * @csspart disc - The disc that empties.
 * @csspart time - The time left in words.
 * @csspart end - The end screen's words and what comes next.
 * @csspart picture - The picture of what comes next.
 * @csspart controls - The buttons.
 * @csspart button - Each button.
 * @csspart toggles - The Sound and Vibration switches.
 *
 * @cssproperty --calm-color-accent - The disc.
 * @cssproperty --calm-color-surface - Background, and the emptied part of the disc.
 * @cssproperty --calm-color-text - Text colour.
 * @cssproperty --calm-color-focus - Focus ring.
 * @cssproperty --calm-target-size - Smallest size of a control (44px; 48px in kiosks).
 * @cssproperty --calm-timer-size - Diameter of the disc (default: 45% of the timer's width, from 14rem to 20rem).
 */
export class CalmTimer extends CalmActivity {
  static override styles = [...CalmActivity.styles, timerStyles, pictureStyles, switchStyles];

  /** Whole minutes (0–60); added to `seconds`. Without either: 5 minutes. */
  @property({ type: Number }) minutes?: number;

  /** Seconds (0–3600); added to `minutes`. The total must be 1 s to 60 min. */
  @property({ type: Number }) seconds?: number;

  /** What the wait is for, e.g. "Until break". */
  @property() label?: string;

  /** What comes next, shown at the end: words, or a pictogram id (shown with its picture and name). */
  @property() next?: string;

  /** Space-separated cues for the end: `tone` (a soft chime), `haptic` (two short pulses). None by default. */
  @property() cues?: string;

  /** Starts on its own when shown. Sound waits for the person's first tap. */
  @property({ type: Boolean, reflect: true }) autostart = false;

  @state() private session: CountdownState = 'idle';
  @state() private finished = false;
  @query('.primary') private primaryButton?: HTMLButtonElement;
  @queryAll('.half') private halves?: NodeListOf<HTMLElement>;

  readonly #cues = new CuesController(this);
  readonly #hiddenPage = new HiddenPageController(this, () => this.#pause('hidden'), () => this.#resume('hidden'));
  #countdown?: Countdown;
  #totalMs = DEFAULT_MS;
  #animations: Animation[] = [];
  #tickTimer?: number;
  #synced = '';

  /** `idle`, `running`, `paused` or `complete`. */
  get state(): CountdownState {
    return this.session;
  }

  /** Milliseconds left (the whole length before it starts). */
  get remainingMs(): number {
    return this.#countdown && this.session !== 'idle' ? this.#countdown.remainingMs : this.#totalMs;
  }

  override start(): void {
    if (this.#active()) return;
    if (!this.hasUpdated || this.isUpdatePending) this.#configure();
    this.#countdown?.stop();
    const countdown = new Countdown(this.#totalMs, (mark) => this.#onMark(mark));
    this.#countdown = countdown;
    this.#cues.unlock();
    this.session = 'running';
    this.finished = false;
    this.#cancelAnimations();
    this.announcer.announce(this.t('timer.started', { time: this.#words(this.#totalMs) }));
    void this.emit('calm-start', { activity: ACTIVITY });
    countdown.start();
  }

  override pause(): void {
    this.#pause('user');
  }

  resume(): void {
    this.#resume('user');
  }

  /** Adds a minute (up to 60 minutes in all). */
  addMinute(): void {
    if (!this.#countdown || !this.#active()) return;
    this.#countdown.add(MINUTE, MAX_MS);
    this.#synced = '';
    this.requestUpdate();
  }

  /** Ends now, without the chime (`calm-complete` with `finished: false`). */
  stop(): void {
    const countdown = this.#countdown;
    if (!countdown || !this.#active()) return;
    const elapsedMs = countdown.elapsedMs;
    countdown.stop();
    this.#complete(false, elapsedMs);
  }

  /** Back to a full disc, not started, with nothing said. Fires no event. */
  override reset(): void {
    this.#countdown?.stop();
    this.#countdown = undefined;
    this.#hiddenPage.forget();
    this.#cues.silence();
    this.#stopTicking();
    this.#cancelAnimations();
    this.session = 'idle';
    this.finished = false;
    this.announcer.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Keep the place but let nothing run: no timers, no animation, no sound.
    if (this.session === 'running') {
      this.#countdown?.pause();
      this.session = 'paused';
    }
    this.#stopTicking();
    this.#cancelAnimations();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('minutes') || changed.has('seconds')) this.#configure();
    if (changed.has('cues')) this.#cues.kinds = parseCues(this, this.cues, ['tone', 'haptic']);
    if (changed.has('label') && this.label != null && typeof this.label !== 'string') {
      warnOnce(this, 'label', 'label must be text; ignoring it.');
    }
    if (!this.hasUpdated && this.autostart) this.start();
  }

  protected override updated(): void {
    const countdown = this.#countdown;
    const moving = this.isConnected && this.#active() && !!countdown;
    const key = `${this.session}|${moving}|${this.reducedMotion}|${countdown?.totalMs}`;
    if (key !== this.#synced) {
      this.#synced = key;
      this.#syncAnimation();
    }
    this.#stopTicking();
    if (this.session === 'running') this.#scheduleTick();
  }

  #active(): boolean {
    return this.session === 'running' || this.session === 'paused';
  }

  /** Reads `minutes` and `seconds`; a total outside 1 s–60 min warns and uses 5 minutes. */
  #configure(): void {
    const minutes = this.minutes as unknown;
    const seconds = this.seconds as unknown;
    if (minutes == null && seconds == null) {
      this.#totalMs = DEFAULT_MS;
      return;
    }
    const valid = (value: unknown, max: number): value is number | undefined | null =>
      value == null || (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max);
    const total = valid(minutes, 60) && valid(seconds, 3600) ? Math.round(((minutes ?? 0) * 60 + (seconds ?? 0)) * 1000) : NaN;
    if (total >= 1000 && total <= MAX_MS) {
      this.#totalMs = total;
      return;
    }
    const shown = (value: unknown): string => (typeof value === 'number' || value == null ? String(value ?? 0) : `(${typeof value})`);
    warnOnce(
      this,
      `length=${shown(minutes)}:${shown(seconds)}`,
      `minutes=${shown(minutes)} seconds=${shown(seconds)} is not valid; accepted values: minutes and seconds adding up to 1 second to 60 minutes. Using 5 minutes.`,
    );
    this.#totalMs = DEFAULT_MS;
  }

  #onMark(mark: CountdownMark): void {
    if (mark === 'end') {
      this.#cues.chime();
      this.#complete(true, this.#countdown?.totalMs ?? 0);
      return;
    }
    // The disc and words move on by themselves; the live region speaks only at the marks.
    this.announcer.announce(mark === 'half' ? this.t('timer.half', { time: this.#words(this.remainingMs) }) : this.t('timer.oneMinute'));
    this.requestUpdate();
  }

  #complete(finished: boolean, elapsedMs: number): void {
    this.session = 'complete';
    this.finished = finished;
    this.#hiddenPage.forget();
    if (!finished) this.#cues.silence();
    this.announcer.announce(this.t(finished ? 'timer.done' : 'timer.stopped') + (finished && this.#nextWords() ? ` ${this.t('timer.next', { next: this.#nextWords() })}` : ''));
    void this.emit('calm-complete', { activity: ACTIVITY, elapsedMs, finished });
  }

  #pause(reason: Reason): void {
    const countdown = this.#countdown;
    if (this.session !== 'running' || !countdown) return;
    countdown.pause();
    if (countdown.state !== 'paused') return; // it had just ended
    this.session = 'paused';
    this.#cues.silence();
    void this.emit('calm-pause', { activity: ACTIVITY, reason });
  }

  #resume(reason: Reason): void {
    if (this.session !== 'paused' || !this.#countdown) return;
    this.#hiddenPage.forget();
    this.#cues.unlock();
    this.session = 'running';
    this.#countdown.resume();
    void this.emit('calm-resume', { activity: ACTIVITY, reason });
  }

  /**
   * Two half-discs turn away as time passes, each driven by a Web Animation that spans the whole
   * wait and is only steered (`currentTime`, `play`, `pause`), never rebuilt per second: the
   * compositor moves them (`transform` only). Under reduced motion the same animations stay
   * paused and are moved on in steps.
   */
  #syncAnimation(): void {
    const countdown = this.#countdown;
    const halves = this.halves ? [...this.halves] : [];
    if (!countdown || !this.#active() || !this.isConnected || halves.length !== 2 || typeof halves[0]?.animate !== 'function') {
      this.#cancelAnimations();
      return;
    }
    const duration = countdown.totalMs;
    if (this.#animations.length === 0) {
      // The right half turns away in the first half of the time, the left half in the second.
      const turn = (from: number): Keyframe[] => [
        { offset: 0, transform: 'rotate(0deg)' },
        { offset: from, transform: 'rotate(0deg)' },
        { offset: from + 0.5, transform: 'rotate(180deg)' },
        { offset: 1, transform: 'rotate(180deg)' },
      ];
      this.#animations = halves.map((half, i) => half.animate(turn(i === 0 ? 0 : 0.5), { duration, fill: 'both', easing: 'linear' }));
    }
    for (const animation of this.#animations) {
      animation.effect?.updateTiming({ duration });
      // Paused first, then placed: a pause still pending would otherwise take the timeline's time.
      if (this.session === 'running' && !this.reducedMotion) {
        animation.currentTime = this.#shownElapsed();
        animation.play();
      } else {
        animation.pause();
        animation.currentTime = this.#shownElapsed();
      }
    }
  }

  /** The time the disc shows: exact while moving, in steps under reduced motion. */
  #shownElapsed(): number {
    const countdown = this.#countdown;
    if (!countdown) return 0;
    if (!this.reducedMotion) return countdown.elapsedMs;
    const step = countdown.totalMs / STILL_STEPS;
    return Math.floor(countdown.elapsedMs / step) * step;
  }

  #cancelAnimations(): void {
    this.#animations.forEach((animation) => animation.cancel());
    this.#animations = [];
    this.#synced = '';
  }

  /** Redraws the words (and the still disc) only when what they show changes. */
  #scheduleTick(): void {
    const countdown = this.#countdown;
    if (!countdown) return;
    const left = countdown.remainingMs;
    const unit = left > MINUTE ? MINUTE : 1000;
    let wait = left % unit || unit;
    if (this.reducedMotion) {
      const step = countdown.totalMs / STILL_STEPS;
      wait = Math.min(wait, step - (countdown.elapsedMs % step) || step);
    }
    this.#tickTimer = currentClock().schedule(() => {
      this.#tickTimer = undefined;
      if (this.reducedMotion) this.#synced = '';
      this.requestUpdate();
    }, wait);
  }

  #stopTicking(): void {
    if (this.#tickTimer !== undefined) currentClock().cancel(this.#tickTimer);
    this.#tickTimer = undefined;
  }

  /** Time left in words: whole minutes (rounded up) from a minute ("1 minute", not "60 seconds"), then seconds. */
  #words(ms: number): string {
    const language = this.locale.language;
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    return seconds < 60 ? formatDuration(language, seconds, 'second') : formatDuration(language, Math.ceil(ms / MINUTE), 'minute');
  }

  #nextWords(): string {
    const next = typeof this.next === 'string' ? this.next.trim() : '';
    return isPictogramId(next) ? this.t(`picture.${next}`) : next;
  }

  #onPrimary(): void {
    if (this.session === 'running') this.pause();
    else if (this.session === 'paused') this.resume();
    else this.start();
  }

  async #onStop(): Promise<void> {
    this.stop();
    await this.updateComplete;
    // Embedded, the end has no button of its own: focus goes to its words.
    (this.primaryButton ?? this.renderRoot.querySelector<HTMLElement>('.end'))?.focus();
  }

  #toggle(which: 'sound' | 'vibration'): void {
    this.#cues[which] = !this.#cues[which];
    if (!this.#cues[which]) this.#cues.silence();
    else this.#cues.unlock();
    this.requestUpdate();
  }

  #renderEnd(): TemplateResult {
    const next = typeof this.next === 'string' ? this.next.trim() : '';
    return html`<div part="end" class="end" tabindex="-1">
      <p>${this.t(this.finished ? 'timer.done' : 'timer.stopped')}</p>
      <slot name="next">
        ${this.finished && next
          ? html`<p class="next">${isPictogramId(next) ? renderPicture(next) : nothing}${this.t('timer.next', { next: this.#nextWords() })}</p>`
          : nothing}
      </slot>
    </div>`;
  }

  protected override render(): TemplateResult {
    const session = this.session;
    const active = this.#active();
    const primary = session === 'running' ? 'timer.pause' : session === 'paused' ? 'timer.resume' : session === 'complete' ? 'timer.again' : 'timer.start';
    // Embedded in a host's step, the end is the host's: its Next moves on, so no "Start again" here.
    const showPrimary = !(session === 'complete' && this.partOfHost);
    const label = typeof this.label === 'string' ? this.label.trim() : '';
    const cues = this.#cues;
    // Before the start the disc is full; at the end it is empty.
    const empty = session === 'complete';
    return html`<div part="base" class="base" lang=${this.locale.language} dir=${this.locale.dir}>
      ${this.renderHelp()}
      <div role="group" part="activity" class="activity" aria-label=${label || this.t('timer.label')}>
        ${label ? html`<p part="title" class="title">${label}</p>` : nothing}
        <div part="disc" class="disc" dir="ltr" aria-hidden="true">
          <div class="window right"><div class="half ${empty ? 'gone' : ''}"></div></div>
          <div class="window left"><div class="half ${empty ? 'gone' : ''}"></div></div>
        </div>
        ${session === 'complete'
          ? this.#renderEnd()
          : html`<p part="time" class="time">
              ${session === 'paused' ? html`${this.t('timer.pausedTitle')} &middot; ` : nothing}${this.t('timer.left', { time: this.#words(this.remainingMs) })}
            </p>`}
        <div part="controls" class="controls">
          ${showPrimary ? html`<button part="button" class="button primary" @click=${this.#onPrimary}>${this.t(primary)}</button>` : nothing}
          ${active
            ? html`<button part="button" class="button add" @click=${() => this.addMinute()}>${this.t('timer.addMinute')}</button>
                <button part="button" class="button stop" @click=${this.#onStop}>${this.t('timer.stop')}</button>`
            : nothing}
        </div>
        ${cues.hasSound || cues.hasVibration
          ? html`<div part="toggles" class="toggles">
              ${cues.hasSound ? html`<button class="button toggle sound" role="switch" aria-checked=${cues.sound ? 'true' : 'false'} @click=${() => this.#toggle('sound')}>${this.t('timer.sound')}</button>` : nothing}
              ${cues.hasVibration ? html`<button class="button toggle vibration" role="switch" aria-checked=${cues.vibration ? 'true' : 'false'} @click=${() => this.#toggle('vibration')}>${this.t('timer.vibration')}</button>` : nothing}
            </div>`
          : nothing}
      </div>
      ${this.announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-timer': CalmTimer;
  }
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checkRegion, numberInRange, oneOf, regionCode, warnOnce } from '../../attributes.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { IdleController } from '../../controllers/idle.js';
import { BackForwardController } from '../../controllers/back-forward.js';
import { AUDIENCES, DEFAULT_AUDIENCE, type Audience } from '../../content/exercises.js';
import { isPictogramId } from '../../content/pictograms.js';
import { currentClock } from '../../engine/clock.js';
import type { CalmHelpDetail, CalmResetDetail } from '../../events.js';
import type { StringKey } from '../../locales/en.js';
import { THEMES, type ThemeName } from '../../styles/tokens.js';
import type { CalmActivity } from '../calm-activity.js';
import type { CalmBreathing } from '../breathing/calm-breathing.js';
import { CalmElement } from '../calm-element.js';
import type { CalmHelp } from '../help/calm-help.js';
import '../help/define.js';
import type { CalmTimer } from '../timer/calm-timer.js';
import { pictureStyles, renderPicture } from '../picture.js';
import { kioskStyles } from './calm-kiosk.styles.js';
import { kioskEnglish } from '../../locales/en/kiosk.js';
import { addEnglish, formatDuration } from '../../locales/registry.js';

addEnglish(kioskEnglish);

export type KioskActivityId = 'breathing' | 'grounding' | 'check-in' | 'calm-down' | 'help' | 'board' | 'timer';
export type KioskScreen = 'attract' | 'menu' | 'activity';

interface KioskActivity {
  /** The element that runs it; its tile shows only once the element is registered. */
  tag: string;
  /** Names its strings: `kiosk.tile.<key>` (title) and `kiosk.tile.<key>Text`. */
  key: 'breathing' | 'grounding' | 'checkIn' | 'calmDown' | 'board' | 'timer' | 'help';
  /**
   * The tile's picture: a pictogram id (the set the visual supports share), or an icon's path
   * data on a 48×48 grid. Both are lines in the current colour (visible in forced colours).
   */
  icon: string;
  /** The built-in flow it runs, for `<calm-flow>`. */
  flow?: string;
  /** Shown as part of the kiosk's screen (`embedded`): its own title would repeat the kiosk's heading. */
  embedded?: boolean;
}

/** An activity on screen: which tile opened it, and its element (only ever in the kiosk's shadow root). */
interface OpenActivity {
  id: KioskActivityId;
  /** An activity (breathing, grounding, check-in, flow), or crisis help, which has no `reset()` or `pause()`. */
  element: HTMLElement & Pick<CalmElement, 'strings'> & Partial<Pick<CalmActivity, 'reset' | 'pause'>>;
  /** False for the first frame after the tap, which shows the screen's Back and heading alone. */
  placed: boolean;
}

const ACTIVITIES: Readonly<Record<KioskActivityId, KioskActivity>> = {
  breathing: {
    tag: 'calm-breathing',
    key: 'breathing',
    icon: 'M16 24a8 8 0 0 0 16 0a8 8 0 0 0-16 0M9 24a15 15 0 0 0 30 0a15 15 0 0 0-30 0M3 24a21 21 0 0 0 42 0a21 21 0 0 0-42 0',
  },
  grounding: {
    tag: 'calm-grounding',
    key: 'grounding',
    icon: 'M24 42c-8-9-13-16-13-23a13 13 0 0 1 26 0c0 7-5 14-13 23zM19 19a5 5 0 0 0 10 0a5 5 0 0 0-10 0',
  },
  'check-in': {
    tag: 'calm-check-in',
    key: 'checkIn',
    icon: 'M5 24a19 19 0 0 0 38 0a19 19 0 0 0-38 0M16 20a1.5 1.5 0 0 0 3 0a1.5 1.5 0 0 0-3 0M29 20a1.5 1.5 0 0 0 3 0a1.5 1.5 0 0 0-3 0M16 29c4.5 5 11.5 5 16 0',
  },
  'calm-down': {
    tag: 'calm-flow',
    key: 'calmDown',
    icon: 'M6 40h10v-9h10v-9h10v-9h6M37 8a3 3 0 0 0 6 0a3 3 0 0 0-6 0',
    flow: 'calm-down',
  },
  help: {
    tag: 'calm-help',
    key: 'help',
    icon: 'M8 10h32v22H22l-9 7v-7H8zM17 21h14M17 26h9',
  },
  board: {
    tag: 'calm-choice',
    key: 'board',
    icon: 'help',
    embedded: true,
  },
  timer: {
    tag: 'calm-timer',
    key: 'timer',
    icon: 'wait',
  },
};

export const KIOSK_ACTIVITY_IDS = Object.keys(ACTIVITIES) as KioskActivityId[];
const DEFAULT_ACTIVITIES = 'breathing grounding check-in calm-down help';
const DEFAULT_IDLE_SECONDS = 120;
const MIN_IDLE_SECONDS = 30;
const MAX_IDLE_SECONDS = 24 * 60 * 60;
/** How long "Are you still there?" stays up before the screen starts over (at least 20 s). */
export const KIOSK_WARNING_SECONDS = 30;
/** How long an operator holds the corner to fire `calm-operator-exit`. */
export const OPERATOR_HOLD_MS = 5000;
/** The size of that corner, in CSS pixels from each edge. */
export const OPERATOR_CORNER_PX = 48;

/** The activities whose running counts as someone being here (they move on with no touch). */
const RUNS_ON_ITS_OWN = ['calm-breathing', 'calm-timer'];
/** Why an activity asks for help that only the kiosk's help can show (it has none of its own). */
const HELP_ASKED: ReadonlyArray<CalmHelpDetail['reason']> = ['button', 'need'];

/** Anything that means someone is at the screen: a touch, a key, a scroll, or an activity moving on. */
const PRESENCE_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'calm-start', 'calm-phase', 'calm-step', 'calm-complete'] as const;
/** What the operator's corner watches: a press, a slide and a lift. */
const OPERATOR_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'] as const;

/** `idle-timeout` as written: empty means the default; text that is not a number is kept, to be named in the warning. */
function secondsFromAttribute(value: string | null): unknown {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  return Number.isNaN(seconds) ? value : seconds;
}

/** A host value as a warning shows it. */
function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 60)}"` : `(${typeof value})`;
}

/**
 * The welcome screen's picture, drawn for calmkit: a low sun over still water and soft hills.
 * Lines in the current colour (the accent; the system's text colour in forced colours), filled
 * with the soft accent; decorative, so hidden from assistive technology.
 */
const welcomeScene = html`<svg class="scene" viewBox="0 0 240 150" aria-hidden="true">
  <circle class="halo" cx="120" cy="72" r="42"></circle>
  <circle class="sun" cx="120" cy="72" r="28"></circle>
  <path class="land" d="M0 100c30-18 58-22 86-10s52 12 78-2 52-14 76 0V118H0z"></path>
  <path d="M4 98c28-16 54-19 82-8s52 12 78-2 50-13 72-2M36 128h52M112 128h72M64 140h40M128 140h28"></path>
</svg>`;

/**
 * Resolves once the browser has painted the next frame: a task queued from that frame's
 * animation callback runs after its paint. A hidden page paints nothing, so it also resolves
 * after a short wait.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const hidden = setTimeout(resolve, 250);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(hidden);
        resolve();
      }),
    );
  });
}

/** The kiosks on the page: when one comes or goes, each asks again whether it is the main landmark. */
const kiosks = new Set<CalmKiosk>();
const recheckLandmarks = (): void => kiosks.forEach((kiosk) => kiosk.requestUpdate());

/** A distance from an edge, in CSS pixels, that is inside the operator's corner. */
const inCorner = (distance: number): boolean => distance >= 0 && distance <= OPERATOR_CORNER_PX;

/**
 * @summary A kiosk and tablet shell for a shared screen: a calm welcome, a menu of large
 * activity tiles, each activity full-screen, one "Get help now" for the whole screen, and an
 * idle reset that forgets the last person without cutting off someone mid-breath.
 *
 * Tiles appear for the activities whose elements are registered (import `calmkit`, or the
 * element modules you want); `check-in` and `calm-down` appear as soon as `<calm-check-in>` and
 * `<calm-flow>` are defined. Each activity is created fresh when its tile is chosen, with
 * `help="none"` (the kiosk's help covers it), and destroyed on Back and on reset. A tile is
 * answered in the very next frame with Back and the activity's heading (focused, for screen
 * readers); the activity joins them right after that frame is painted, so its first render
 * never holds up the answer on a slow tablet. `updateComplete` waits for it.
 *
 * After `idle-timeout` seconds without a touch, key or running exercise, "Are you still there?"
 * counts down for 30 seconds beside, never over, the help control (a "show me" card held up
 * over the screen is put away, so nothing hides the warning); then every activity is
 * destroyed, every answer and typed word is gone, focus is on the welcome screen, and
 * `calm-reset` fires. Crisis help left open is never closed by the timer: the screen behind it
 * starts over and help stays open.
 *
 * @slot help - Your own `<calm-help>` (button variant), for example with your clinic's or
 * school's contacts. Without it the kiosk shows its own.
 *
 * @event calm-reset - The kiosk forgot the last person. `detail: { reason: 'idle' | 'user' }`; `idle` after the idle warning and on return from the back/forward cache, `user` from `reset()` and the "I'm finished" button.
 * @event calm-operator-exit - The operator held the corner for 5 seconds (`operator-exit`). `detail: {}`. The kiosk does nothing else; the host decides what happens.
 * @event calm-help - The person chose the "Talk to someone now" tile (the help button fires its own). `detail: { reason: 'button' }`.
 * @event calm-start - Passed through from the activity on screen (every event of an activity reaches the page through the kiosk). `detail: { activity }`.
 * @event calm-phase - Passed through from a breathing activity. `detail: { phase, cycle, index, durationMs }` (`cycle`, `index` from 0).
 * @event calm-pause - Passed through from a breathing or grounding activity. `detail: { activity, reason }`.
 * @event calm-resume - Passed through from a breathing or grounding activity. `detail: { activity, reason }`.
 * @event calm-step - Passed through from a grounding, check-in or flow activity. `detail: { activity, step, index, total }` (`index` from 0).
 * @event calm-complete - Passed through from the activity on screen. `detail: { activity, elapsedMs, finished, … }`.
 * @event calm-check-in - Passed through from a check-in activity. `detail: { feelings, quadrant, intensity, scale, body, needs, safety }`.
 * @event calm-config-error - Passed through from the activity on screen or the kiosk's help. `detail: { element, errors }`.
 *
 * @csspart base - The wrapper around everything the kiosk shows.
 * @csspart bar - The top bar with help and the full-screen button.
 * @csspart help - The kiosk's own `<calm-help>`.
 * @csspart help-button - Its "Get help now" button.
 * @csspart fullscreen - The full-screen button (`fullscreen`).
 * @csspart screen - The screen in view: welcome, menu or activity.
 * @csspart heading - That screen's heading.
 * @csspart start - The big Start button on the welcome screen.
 * @csspart tiles - The list of activity tiles.
 * @csspart tile - One activity tile.
 * @csspart done - The "I'm finished" button on the menu.
 * @csspart back - The "Back to the menu" button.
 * @csspart activity - Where the chosen activity's element sits.
 * @csspart warning - The "Are you still there?" dialog.
 * @csspart countdown - The seconds left in the warning.
 * @csspart stay - The "I'm still here" button.
 *
 * @cssproperty --calm-color-accent - The Start button, tile icons and the welcome shape.
 * @cssproperty --calm-color-accent-text - Text on the accent colour.
 * @cssproperty --calm-color-accent-soft - Tile hover and the welcome shape's fill.
 * @cssproperty --calm-color-surface - Background.
 * @cssproperty --calm-color-surface-raised - Tiles and the warning.
 * @cssproperty --calm-color-text - Text colour.
 * @cssproperty --calm-color-muted - Secondary text.
 * @cssproperty --calm-color-border - Borders.
 * @cssproperty --calm-color-focus - Focus ring.
 * @cssproperty --calm-radius - Corner radius.
 * @cssproperty --calm-space - Base spacing.
 * @cssproperty --calm-font-family - Font.
 * @cssproperty --calm-font-size - Base font size.
 * @cssproperty --calm-target-size - Smallest size of a control: at least 48px here, passed on to the embedded elements.
 * @cssproperty --calm-motion-duration - Base transition length; 0 under reduced motion.
 */
export class CalmKiosk extends CalmElement {
  static override styles = [...CalmElement.styles, pictureStyles, kioskStyles];

  /**
   * Space-separated activity tiles, in order: `breathing`, `grounding`, `check-in`,
   * `calm-down`, `help`, and the visual supports `board` (the "I need…" board) and `timer`
   * (a 5-minute waiting timer), which are not in the default list.
   */
  @property() activities: string = DEFAULT_ACTIVITIES;

  /** Seconds without interaction before "Are you still there?" (default 120, at least 30). */
  @property({ attribute: 'idle-timeout', converter: { fromAttribute: secondsFromAttribute } }) idleTimeout: number = DEFAULT_IDLE_SECONDS;

  /** Shows a full-screen button (hidden where the Fullscreen API is unavailable). */
  @property({ type: Boolean, reflect: true }) fullscreen = false;

  /** Lets an operator hold the bottom corner (inline end) for 5 seconds to fire `calm-operator-exit`. */
  @property({ attribute: 'operator-exit', type: Boolean, reflect: true }) operatorExit = false;

  /** ISO 3166 region for crisis help, e.g. `US`. Without it, the region found on the device (see `<calm-help>`). */
  @property({ reflect: true }) region?: string;

  /** `child`, `teen` or `adult`: who the kiosk speaks to. Reaches its help (a child is first told to tell a grown-up they trust) and the check-in, grounding and flow it opens. */
  @property({ reflect: true }) audience?: Audience;

  @state() private shown: KioskScreen = 'attract';

  protected readonly announcer = new AnnouncerController(this);
  /** Whoever was here has gone: forgotten before the page is cached, reset (with `calm-reset`) when it is shown again. */
  protected readonly backForward = new BackForwardController(this, (moment) => (moment === 'hidden' ? this.#forget() : this.#reset('idle')));
  protected readonly idle = new IdleController(this, {
    timeoutMs: () => this.#idleSeconds() * 1000,
    warningMs: KIOSK_WARNING_SECONDS * 1000,
    busy: () => this.#activityRunning(),
    onWarning: () => this.#onWarning(),
    onActive: () => this.#onWarningCancelled(),
    onIdle: () => this.#reset('idle'),
  });

  #activity: OpenActivity | undefined;
  /** Until the activity just chosen is on the page (see #choose). */
  #placing: Promise<void> | undefined;
  /** The string overrides last given to the activity, as JSON. */
  #activityStrings: string | undefined;
  /** What to focus once the next render is on screen: a selector in the shadow root. */
  #focusAfterRender: string | undefined;
  #operatorHold: { pointerId: number; cancel: () => void } | undefined;
  #listeners: AbortController | undefined;

  /** The screen in view: `attract` (welcome), `menu` or `activity`. */
  get screen(): KioskScreen {
    return this.shown;
  }

  /** The activities that have a tile now (valid, and their element registered). */
  get availableActivities(): KioskActivityId[] {
    return this.#activityIds().filter((id) => customElements.get(ACTIVITIES[id].tag));
  }

  /** Forgets the person: every activity destroyed, back to the welcome screen, `calm-reset` with `reason: 'user'`. */
  reset(): void {
    this.#reset('user');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listeners = new AbortController();
    const options = { capture: true, passive: true, signal: this.#listeners.signal };
    for (const name of PRESENCE_EVENTS) this.addEventListener(name, this.#onPresence, options);
    for (const name of OPERATOR_EVENTS) this.addEventListener(name, this.#onOperatorPointer, options);
    document.addEventListener('fullscreenchange', this.#onFullscreenChange, options);
    kiosks.add(this);
    recheckLandmarks();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listeners?.abort();
    kiosks.delete(this);
    recheckLandmarks();
    this.#cancelOperatorHold();
    // A kiosk taken off the page forgets the person at once (no event: nothing is on screen).
    this.#forget();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('activities')) this.#watchForLateActivities();
    if (changed.has('idleTimeout')) this.#idleSeconds();
    if (changed.has('region')) checkRegion(this, this.region);
    this.#configureActivity();
  }

  /** Also waits for an activity just chosen to be on the page and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#placing) {
      await this.#placing;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const selector = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    // The tile a person came back from may be gone (its element undefined): then the heading.
    if (selector) (this.renderRoot.querySelector<HTMLElement>(selector) ?? this.renderRoot.querySelector('h1'))?.focus();
  }

  #activityIds(): KioskActivityId[] {
    const value: unknown = this.activities;
    const words = typeof value === 'string' ? value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    const isActivity = (word: string): word is KioskActivityId => (KIOSK_ACTIVITY_IDS as string[]).includes(word);
    const ids = [...new Set(words.filter(isActivity))];
    const result = ids.length > 0 ? ids : (DEFAULT_ACTIVITIES.split(' ') as KioskActivityId[]);
    if (!words.every(isActivity) || (value != null && typeof value !== 'string')) {
      warnOnce(
        this,
        `activities=${describe(value)}`,
        `activities=${describe(value)} is not valid; accepted values: ${KIOSK_ACTIVITY_IDS.join(', ')} (space-separated). Using "${result.join(' ')}".`,
      );
    }
    return result;
  }

  /** Tiles for elements defined later (e.g. `<calm-flow>` loaded after the kiosk) appear when they are. */
  #watchForLateActivities(): void {
    for (const id of this.#activityIds()) {
      const tag = ACTIVITIES[id].tag;
      if (!customElements.get(tag)) void customElements.whenDefined(tag).then(() => this.requestUpdate());
    }
  }

  /** Out of range is clamped to 30 s–24 h; anything that is not a number is the default. Both warn. */
  #idleSeconds(): number {
    const value: unknown = this.idleTimeout;
    const seconds = typeof value === 'number' || (typeof value === 'string' && value.trim() !== '') ? Number(value) : NaN;
    const fallback = Number.isNaN(seconds) ? DEFAULT_IDLE_SECONDS : Math.min(MAX_IDLE_SECONDS, Math.max(MIN_IDLE_SECONDS, seconds));
    return numberInRange(this, 'idle-timeout', value, MIN_IDLE_SECONDS, MAX_IDLE_SECONDS, fallback);
  }

  /** A theme or motion setting to pass on: unset stays unset (follow the system); invalid was warned about. */
  #passOn<T extends string>(name: 'theme' | 'motion', accepted: readonly T[], fallback: T): T | undefined {
    const value: unknown = this[name];
    return value == null || value === '' ? undefined : oneOf(this, name, value, accepted, fallback);
  }

  /** The kiosk's settings that its help control and its activity share. */
  #settings(): { region?: string; theme?: ThemeName; motion?: 'auto' | 'reduce' } {
    return {
      region: regionCode(this.region),
      theme: this.#passOn('theme', THEMES, 'light'),
      motion: this.#passOn('motion', ['auto', 'reduce'], 'auto'),
    };
  }

  /** The host's `audience`, checked (a warning and the default for an unknown one); undefined when not set. */
  #audience(): Audience | undefined {
    return this.audience === undefined ? undefined : oneOf(this, 'audience', this.audience, AUDIENCES, DEFAULT_AUDIENCE);
  }

  /** The host's own `<calm-help slot="help">`, if it gave one. */
  #hostHelp(): CalmHelp | null {
    return this.querySelector<CalmHelp>(':scope > calm-help[slot="help"]');
  }

  /** A breathing exercise or a waiting timer that is running counts as someone being here. */
  #activityRunning(): boolean {
    const element = this.#activity?.element as (CalmBreathing | CalmTimer | undefined);
    return !!element && RUNS_ON_ITS_OWN.includes(element.localName) && element.state === 'running';
  }

  /** Help the kiosk shows for the whole screen: the host's `<calm-help slot="help">` or its own. */
  #showHelp(): void {
    (this.#hostHelp() ?? this.renderRoot.querySelector<CalmHelp>('calm-help'))?.show();
  }

  #onPresence = (): void => this.idle.activity();

  #onFullscreenChange = (): void => this.requestUpdate();

  /** Focus is in the kiosk, or nowhere (so moving it takes nothing from the rest of the page). */
  #focusIsHere(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || this.contains(active);
  }

  #onWarning(): void {
    // A card held up over the screen ("show me") would hide the warning and make it inert.
    this.#activity?.element.pause?.();
    // Said once; the count-down is shown, never announced each second.
    this.announcer.announce(this.t('kiosk.warning.announce', { time: this.#seconds(KIOSK_WARNING_SECONDS) }));
    // A keyboard or screen-reader user lands on "I'm still here". While crisis help is open its
    // dialog keeps focus: everything behind it, the warning included, is inert.
    if (this.#focusIsHere()) this.#focusAfterRender = '[part="stay"]';
  }

  /** Any touch or key during the warning means someone is here: it goes, and focus with it. */
  #onWarningCancelled(): void {
    this.announcer.clear();
    if (this.shadowRoot?.activeElement?.closest('.warning')) this.#focusAfterRender = 'h1';
  }

  /** Shows the menu or an activity, then focuses `focus` (a selector) on it. */
  #show(screen: KioskScreen, focus: string): void {
    this.shown = screen;
    this.#focusAfterRender = focus;
    // Every new screen means someone is here: the wait starts again.
    this.idle.start();
  }

  #backToMenu(): void {
    const id = this.#activity?.id;
    this.#destroyActivity();
    this.#show('menu', `[data-activity="${id}"]`);
  }

  #choose(id: KioskActivityId): void {
    if (id === 'help') {
      // Help is the same control as the always-visible button: one set of contacts, one dialog.
      this.#showHelp();
      void this.emit('calm-help', { reason: 'button' });
      return;
    }
    const { tag, flow, embedded } = ACTIVITIES[id];
    const element = document.createElement(tag) as OpenActivity['element'];
    if (flow) element.setAttribute('flow', flow);
    if (embedded) element.toggleAttribute('embedded', true);
    element.setAttribute('help', 'none');
    // Its own help control is gone (help="none"), so a help card or button in it opens the
    // kiosk's. Its calm-help event reaches the page on its own.
    element.addEventListener('calm-help', (event) => {
      if (HELP_ASKED.includes(event.detail.reason)) this.#showHelp();
    });
    const audience = this.#audience();
    // Only the activities that speak to an audience (grounding, check-in, flow) take it.
    if (audience && 'audience' in element) element.setAttribute('audience', audience);
    // Configured (region, theme, motion, strings) in willUpdate, before it is on the page.
    const open: OpenActivity = { id, element, placed: false };
    this.#activity = open;
    this.#show('activity', 'h1');
    // The tap is answered in the next frame with the new screen's Back and heading (focused for
    // screen readers); the activity, whose first render costs more on a slow tablet, joins them
    // right after that frame is painted.
    const placing = afterNextPaint().then(async () => {
      if (this.#activity === open) {
        open.placed = true;
        this.requestUpdate();
        await super.getUpdateComplete();
      }
      if (this.#placing === placing) this.#placing = undefined;
    });
    this.#placing = placing;
  }

  /** The kiosk's settings reach the activity: region for help, theme, motion and string overrides. */
  #configureActivity(): void {
    const element = this.#activity?.element;
    if (!element) return;
    Object.assign(element, this.#settings());
    // The strings setter re-renders the activity, so only when they changed.
    const strings = JSON.stringify(this.strings ?? null);
    if (strings !== this.#activityStrings) element.strings = this.strings;
    this.#activityStrings = strings;
  }

  /** Destroys the activity on screen, and everything typed or chosen in it. */
  #destroyActivity(): void {
    const element = this.#activity?.element;
    this.#activity = undefined;
    this.#activityStrings = undefined;
    try {
      // Activities with answers (grounding, check-in, flow, plan) empty them in reset().
      element?.reset?.();
    } catch {
      // Whatever went wrong inside it, the activity still goes, and the reset carries on.
    }
    element?.remove();
  }

  /** Everything a person left, gone; back to the welcome screen. */
  #forget(): void {
    this.idle.stop();
    this.#destroyActivity();
    this.shown = 'attract';
    this.announcer.clear();
  }

  #reset(reason: CalmResetDetail['reason']): void {
    // Never take focus from the rest of the page (a host calling reset()).
    this.#focusAfterRender = this.#focusIsHere() ? 'h1' : undefined;
    this.#forget();
    void this.emit('calm-reset', { reason });
  }

  #seconds(count: number): string {
    return formatDuration(this.locale.language, count, 'second');
  }

  #toggleFullscreen(): void {
    const change = document.fullscreenElement === this ? document.exitFullscreen() : this.requestFullscreen();
    // Refused (no user gesture, or a policy): the button stays as it was.
    change.catch(() => undefined);
  }

  /** Is this point in the operator's corner: the bottom corner on the inline end (bottom left in RTL)? */
  #inOperatorCorner(event: PointerEvent): boolean {
    const box = this.getBoundingClientRect();
    const fromEnd = this.locale.dir === 'rtl' ? event.clientX - box.left : box.right - event.clientX;
    return inCorner(fromEnd) && inCorner(box.bottom - event.clientY);
  }

  // The corner is watched, not covered: a tap there still reaches whatever is under it. A press
  // there starts the hold; lifting, or sliding out of the corner, cancels it.
  #onOperatorPointer = (event: PointerEvent): void => {
    if (event.type === 'pointerdown') {
      this.#cancelOperatorHold();
      if (this.operatorExit && event.isPrimary && this.#inOperatorCorner(event)) this.#holdOperatorCorner(event.pointerId);
    } else if (event.pointerId === this.#operatorHold?.pointerId && (event.type !== 'pointermove' || !this.#inOperatorCorner(event))) {
      this.#cancelOperatorHold();
    }
  };

  #holdOperatorCorner(pointerId: number): void {
    const clock = currentClock();
    // A timer fires no earlier than asked, and any lift or slide cancels it first.
    const timer = clock.schedule(() => {
      this.#operatorHold = undefined;
      void this.emit('calm-operator-exit', {});
    }, OPERATOR_HOLD_MS);
    this.#operatorHold = { pointerId, cancel: () => clock.cancel(timer) };
  }

  #cancelOperatorHold(): void {
    this.#operatorHold?.cancel();
    this.#operatorHold = undefined;
  }

  protected override render(): TemplateResult {
    const warning = this.idle.state === 'warning';
    const { region, theme, motion } = this.#settings();
    return html`<div part="base" class="base ${this.reducedMotion ? 'still' : ''}" lang=${this.locale.language} dir=${this.locale.dir}>
      <div part="bar" class="bar">
        <slot name="help" @slotchange=${() => this.requestUpdate()}></slot>
        ${this.#hostHelp()
          ? nothing
          : html`<calm-help part="help" exportparts="button: help-button" audience=${this.#audience() ?? nothing} .region=${region} .theme=${theme} .motion=${motion} .strings=${this.strings}></calm-help>`}
        ${this.fullscreen && document.fullscreenEnabled ? this.#renderFullscreenButton() : nothing}
      </div>
      <div class="main" role=${this.#isPageMain() ? 'main' : 'none'}>
        <div class="stage" .inert=${warning}>${this.#renderScreen()}</div>
        ${warning ? this.#renderWarning() : nothing} ${this.announcer.render()}
      </div>
    </div>`;
  }

  /**
   * The kiosk is the whole screen, so it is the page's main landmark — unless the page put it
   * inside its own `main`, or another kiosk comes first on the page (the next one takes over
   * when that one is removed).
   */
  #isPageMain(): boolean {
    const root = this.getRootNode() as Document | ShadowRoot;
    return !this.parentElement?.closest('main, [role="main"]') && root.querySelector('calm-kiosk') === this;
  }

  /** On a narrow screen its words are for screen readers only, so the bar stays one line. */
  #renderFullscreenButton(): TemplateResult {
    const on = document.fullscreenElement === this;
    return html`<button part="fullscreen" class="button fullscreen" @click=${this.#toggleFullscreen}>
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${on ? 'M9 3v6H3M15 3v6h6M9 21v-6H3M15 21v-6h6' : 'M3 9V3h6M21 9V3h-6M3 15v6h6M21 15v6h-6'}></path></svg>
      <span class="label">${this.t(on ? 'kiosk.fullscreen.exit' : 'kiosk.fullscreen.enter')}</span>
    </button>`;
  }

  #renderScreen(): TemplateResult {
    if (this.shown === 'attract') return this.#renderAttract();
    return this.#activity ? this.#renderActivity(this.#activity) : this.#renderMenu();
  }

  #renderHeading(key: StringKey): TemplateResult {
    return html`<h1 part="heading" tabindex="-1">${this.t(key)}</h1>`;
  }

  #renderAttract(): TemplateResult {
    // A tap anywhere on the welcome starts; the Start button is the same action for keys.
    return html`<div part="screen" class="screen attract" @click=${() => this.#show('menu', 'h1')}>
      ${welcomeScene}
      ${this.#renderHeading('kiosk.welcome.title')}
      <p class="lead">${this.t('kiosk.welcome.text')}</p>
      <button part="start" class="button primary big">${this.t('kiosk.welcome.start')}</button>
      <p class="muted">${this.t('kiosk.welcome.tap')}</p>
      <p class="muted">${this.t('kiosk.privacy')}</p>
    </div>`;
  }

  #renderMenu(): TemplateResult {
    return html`<div part="screen" class="screen menu">
      ${this.#renderHeading('kiosk.menu.title')}
      <ul part="tiles" class="tiles" role="list">
        ${this.availableActivities.map((id) => this.#renderTile(id))}
      </ul>
      <div class="row">
        <button part="done" class="button" aria-describedby="done-text" @click=${() => this.#reset('user')}>${this.t('kiosk.done')}</button>
        <p class="muted" id="done-text">${this.t('kiosk.doneText')}</p>
      </div>
    </div>`;
  }

  #renderTile(id: KioskActivityId): TemplateResult {
    const { key, icon } = ACTIVITIES[id];
    return html`<li>
      <button part="tile" class="button tile" data-activity=${id} aria-haspopup=${id === 'help' ? 'dialog' : 'false'} @click=${() => this.#choose(id)}>
        ${isPictogramId(icon) ? renderPicture(icon) : html`<svg viewBox="0 0 48 48" aria-hidden="true"><path d=${icon}></path></svg>`}
        <span class="title">${this.t(`kiosk.tile.${key}`)}</span>
        <span class="muted">${this.t(`kiosk.tile.${key}Text`)}</span>
      </button>
    </li>`;
  }

  #renderActivity({ id, element, placed }: OpenActivity): TemplateResult {
    return html`<div part="screen" class="screen">
      <div class="row">
        <button part="back" class="button" @click=${() => this.#backToMenu()}>
          <svg class="back" viewBox="0 0 24 24" aria-hidden="true"><path d="M15 5l-7 7 7 7"></path></svg>
          ${this.t('kiosk.back')}
        </button>
        ${this.#renderHeading(`kiosk.tile.${ACTIVITIES[id].key}`)}
      </div>
      <div part="activity">${placed ? element : nothing}</div>
    </div>`;
  }

  #renderWarning(): TemplateResult {
    // Not modal: a modal dialog would make the help control inert. It covers the screen only.
    return html`<dialog part="warning" class="warning" open aria-labelledby="warning-title" aria-describedby="warning-text">
      <div class="card">
        <h2 id="warning-title">${this.t('kiosk.warning.title')}</h2>
        <p id="warning-text">${this.t('kiosk.warning.text')}</p>
        <p part="countdown" class="countdown">${this.t('kiosk.warning.left', { time: this.#seconds(this.idle.secondsLeft) })}</p>
        <button part="stay" class="button primary big" @click=${() => this.idle.activity()}>${this.t('kiosk.warning.stay')}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calm-kiosk': CalmKiosk;
  }
}

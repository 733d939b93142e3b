import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/breathing/define.js';
import '../src/elements/grounding/define.js';
import '../src/elements/check-in/define.js';
import '../src/elements/flow/define.js';
import '../src/elements/choice/define.js';
import '../src/elements/timer/define.js';
import '../src/elements/kiosk/define.js';
import type { CalmKiosk } from '../src/elements/kiosk/calm-kiosk.js';
import { useClock } from '../src/engine/clock.js';
import { FakeClock } from '../src/engine/fake-clock.js';

type Screen = 'welcome' | 'menu' | 'breathing' | 'grounding' | 'board' | 'timer' | 'warning';
/** The screens that are an activity, opened by its tile. */
const ACTIVITY_SCREENS: readonly Screen[] = ['breathing', 'grounding', 'board', 'timer'];

// A kiosk is the whole screen: its story fills the preview's height, edge to edge, as on a
// tablet (the preview pads and sizes every other story to its content).
const kioskScreen = new CSSStyleSheet();
kioskScreen.replaceSync('#storybook-root .calm-preview:has(> calm-kiosk) { display: grid; padding: 0; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, kioskScreen];

/** A tap, as a finger gives it: a pointer goes down, then the click (so no keyboard focus ring shows). */
function tap(target: HTMLElement | null | undefined): void {
  target?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
  target?.click();
}

interface Args {
  activities: string;
  idleTimeout: number;
  fullscreen?: boolean;
  operatorExit?: boolean;
  lang?: string;
  theme?: 'light' | 'dark' | 'contrast';
  /** Which screen the story opens on (by pressing Start and a tile, as a person would). */
  screen: Screen;
}

/**
 * A shared tablet or kiosk: a calm welcome, big activity tiles, each activity full-screen, one
 * "Get help now" for the whole screen, and an idle reset that forgets the last person. Put it
 * alone on a page that fills the screen, and lock the device to that page (see
 * `docs/kiosk-setup.md`). Import the activities you want beside it (`calmkit` imports all):
 * a tile shows only for elements that are registered.
 */
const meta: Meta<Args> = {
  title: 'Elements/Kiosk',
  component: 'calm-kiosk',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `**When to use it.** A waiting-room tablet, a school calm corner, a kiosk in a hall: any screen several people use one after another. Not for a page on a person's own device — use the elements directly there.

**Forgetting the last person.** After \`idle-timeout\` seconds (default 120, at least 30) without a touch or key — a running breathing exercise counts as someone being there — "Are you still there?" counts down 30 seconds. Then every activity is destroyed with everything typed or chosen, the welcome screen comes back with focus on it, and \`calm-reset\` fires (\`reason: 'idle'\`; \`'user'\` from \`reset()\` and "I'm finished"). Crisis help that is open is never closed by the timer; the screen behind it starts over.

**Help.** One "Get help now" for the whole screen, always visible, never covered by the warning, on one line with "Full screen" even on a phone. Give it your own contacts with \`<calm-help slot="help">\`.

**Visual supports.** Two tiles that are not in the default list: \`board\` opens the "I need…" board (\`<calm-choice>\`: a person who cannot find words taps a picture; its Help card opens the kiosk's help) and \`timer\` a 5-minute waiting timer (\`<calm-timer>\`; while it runs the screen does not start over). Add them to \`activities\`, e.g. \`activities="board timer breathing help"\`, for a special-education calm corner.

**Filling the screen.** Alone on a page that fills the screen, the menu's tiles share its height in portrait and landscape, the welcome shows a calm picture (drawn inline, nothing fetched), and the kiosk is the page's \`main\` landmark with the help bar outside it.

**Accessibility.** Every control is at least 48 px. Keyboard: Start, the tiles, Back, "I'm still here". Focus moves to each new screen's heading after a choice (with a focus ring only when the person is using a keyboard), and to "I'm still here" when the warning appears (announced once, never each second). No animation under reduced motion; mirrors in Arabic; forced colours keep every border.`,
      },
    },
  },
  // `fullscreen` and `operator-exit` are left unset (off) rather than false, so the controls
  // table offers "Set boolean" instead of a False/True switch.
  args: { activities: 'breathing grounding check-in calm-down help', idleTimeout: 120, screen: 'welcome' },
  argTypes: {
    activities: { control: 'text' },
    idleTimeout: { control: { type: 'number', min: 30, step: 10 } },
    fullscreen: { control: 'boolean' },
    operatorExit: { control: 'boolean' },
    lang: { control: 'select', options: [undefined, 'en', 'es', 'fr', 'ar'] },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'contrast'] },
    screen: { control: 'inline-radio', options: ['welcome', 'menu', 'breathing', 'grounding', 'board', 'timer', 'warning'] },
  },
  render: (args) => html`<calm-kiosk
    region="US"
    activities=${args.activities}
    idle-timeout=${args.idleTimeout}
    ?fullscreen=${args.fullscreen ?? false}
    ?operator-exit=${args.operatorExit ?? false}
    lang=${args.lang ?? nothing}
    theme=${args.theme ?? nothing}
  ></calm-kiosk>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<CalmKiosk>('calm-kiosk');
    if (!el || args.screen === 'welcome') return;
    await el.updateComplete;
    // The warning story runs the idle wait on a stopped clock, so it shows at once and holds
    // still (the count-down does not move here; on a real kiosk it does).
    const clock = args.screen === 'warning' ? new FakeClock(performance.now()) : undefined;
    const restore = clock ? useClock(clock) : undefined;
    try {
      tap(el.shadowRoot?.querySelector<HTMLElement>('[part~="start"]'));
      await el.updateComplete;
    } finally {
      restore?.();
    }
    if (ACTIVITY_SCREENS.includes(args.screen)) {
      tap(el.shadowRoot?.querySelector<HTMLElement>(`[part~="tile"][data-activity="${args.screen}"]`));
      await el.updateComplete;
    }
    if (clock) {
      clock.advance(el.idleTimeout * 1000);
      await el.updateComplete;
    }
  },
};
export default meta;

type Story = StoryObj<Args>;

// The docs page shows one kiosk (the first story): a kiosk fills its screen, and a page of
// stacked kiosks would repeat their landmarks and headings. The others have their own pages.
const ownPage = ['!autodocs'];

export const Welcome: Story = {};
export const Menu: Story = { tags: ownPage, args: { screen: 'menu' } };
export const Breathing: Story = { tags: ownPage, args: { screen: 'breathing' } };
export const Grounding: Story = { tags: ownPage, args: { screen: 'grounding' } };
/** "Are you still there?" over the menu: help stays reachable above it. */
export const IdleWarning: Story = { tags: ownPage, args: { screen: 'warning' } };
/** The "I need…" board and the waiting timer beside the calm-down activities, for a special-education calm corner. */
export const VisualSupports: Story = { tags: ownPage, args: { activities: 'board timer breathing help', screen: 'menu' } };
export const INeedBoard: Story = { tags: ownPage, args: { activities: 'board timer breathing help', screen: 'board' } };
export const WaitingTimer: Story = { tags: ownPage, args: { activities: 'board timer breathing help', screen: 'timer' } };
export const FewerTiles: Story = { tags: ownPage, args: { activities: 'breathing help', screen: 'menu' } };
export const WithFullScreenButton: Story = { tags: ownPage, args: { fullscreen: true } };
/** The host's own help contacts, through a `<calm-help slot="help">` child: "Get help now" opens them first. */
export const WithSchoolCounsellor: Story = {
  tags: ownPage,
  render: () => html`<calm-kiosk region="GB" lang="en-GB">
    <calm-help slot="help" region="GB">
      <script type="application/json">
        [{ "name": "Ms Rivera, school counsellor (room 12)", "hours": "School days, 8:30 to 4",
           "channels": [{ "kind": "call", "target": "+441632960123", "display": "01632 960123" }] }]
      </script>
    </calm-help>
  </calm-kiosk>`,
  play: async ({ canvasElement }) => {
    const help = canvasElement.querySelector('calm-help');
    await help?.updateComplete;
    // Opened as a tap on "Get help now" opens it: no keyboard ring on the dialog's heading.
    help?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
    help?.show();
  },
};
export const Spanish: Story = { tags: ownPage, args: { lang: 'es', screen: 'menu' } };
export const French: Story = { tags: ownPage, args: { lang: 'fr' } };
export const Arabic: Story = { tags: ownPage, args: { lang: 'ar', screen: 'menu' } };
export const ArabicWarning: Story = { tags: ownPage, args: { lang: 'ar', screen: 'warning' } };
export const Dark: Story = { tags: ownPage, args: { theme: 'dark', screen: 'menu' } };
export const HighContrast: Story = { tags: ownPage, args: { theme: 'contrast', screen: 'warning' } };

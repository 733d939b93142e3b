import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/breathing/define.js';
import '../src/elements/help/define.js';
import type { Phase } from '../src/content/patterns.js';

/**
 * `<calm-breathing>` guides slow breathing: a shape grows as you breathe in and shrinks as you
 * breathe out, with the phase in large words and one screen-reader announcement per phase. Use it
 * where someone is waiting or upset (a clinic waiting page, a calm-corner tablet). The default,
 * `extended-exhale`, has no breath holds, which suits panic and children. Cues (`tone`, `voice`,
 * `haptic`) are off unless you list them, and the person can switch sound and vibration off.
 * The guide grows with its container; a dot goes once round its ring in each phase (gliding as
 * you breathe, stepping on once a second while you hold), so someone who does not count sees how
 * long is left. Before a session the line "Breath 1 of 4" keeps its place unseen, so Pause appears
 * where Start was. Under reduced motion the shape stands still and its
 * glow brightens as you breathe in and fades as you breathe out.
 */
const meta: Meta = {
  title: 'Elements/Breathing',
  component: 'calm-breathing',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `**When to use it.** Beside "waiting for your appointment", in a school's calm corner, or as a step of a calm-down flow. The default pattern (in 4, out 6) has no breath holds, which suits panic and children; \`4-7-8\` and \`box\` include holds and are best for people who already know them.

**In clinics and schools.** Sessions last about a minute by default; \`cycles\` or \`duration\` change that. Sound and vibration are off unless you list them in \`cues\`, and the person can switch them off.

**Accessibility.** Each phase is announced once, politely, with its length — never a per-second count. The dot that goes once round the ring in each phase is hidden from screen readers (the phase is announced once). Under reduced motion nothing travels (the shape and the dot stand still) and the glow brightens as you breathe in and fades as you breathe out; nothing changes on screen between phase changes, so reduced motion costs no more than motion. Pause, continue and stop work by keyboard; a hidden page pauses the session.`,
      },
    },
  },
  args: { pattern: 'extended-exhale', cues: '' },
  argTypes: {
    pattern: { control: 'select', options: ['extended-exhale', 'box', '4-7-8', 'cyclic-sigh', 'coherent', 'equal', '3-0-6-2'] },
    cues: { control: 'text' },
  },
  render: ({ pattern, cues }) => html`<calm-breathing pattern=${pattern} cues=${cues}></calm-breathing>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Box: Story = { args: { pattern: 'box' } };
export const FourSevenEight: Story = { name: '4-7-8', args: { pattern: '4-7-8' } };
export const CyclicSigh: Story = { args: { pattern: 'cyclic-sigh' } };
export const Coherent: Story = { args: { pattern: 'coherent' } };
export const Equal: Story = { args: { pattern: 'equal' } };

/** Seconds as `in-hold-out-rest`; a 0 s phase is left out. */
export const CustomSeconds: Story = { args: { pattern: '3-0-6-2' } };

const gentle: Phase[] = [
  { kind: 'inhale', seconds: 3 },
  { kind: 'exhale', seconds: 5 },
  { kind: 'rest', seconds: 1 },
];
/** A phase list given as the `.pattern` property, with a three-breath session. */
export const CustomPhaseList: Story = {
  render: () => html`<calm-breathing .pattern=${gentle} cycles="3"></calm-breathing>`,
};

/** Tone starts after the person presses Start (browsers allow sound only after a tap). */
export const ToneCue: Story = { args: { cues: 'tone' } };
/** The phase word in the element's language, where the browser has a voice for it. */
export const VoiceCue: Story = { args: { cues: 'voice' } };
/** One pulse in, two out, on devices that can vibrate. */
export const HapticCue: Story = { args: { cues: 'haptic' } };
export const AllCues: Story = { args: { cues: 'tone voice haptic' } };

export const ReducedMotion: Story = {
  render: () => html`<calm-breathing motion="reduce" autostart></calm-breathing>`,
};

/**
 * Full screen on a tablet: the guide takes as much of the width and height as fits beside its
 * words and buttons (at least 40 % of the shorter side), and the words stay inside the shape.
 * On a phone (360 px) the guide and its words scale down together.
 */
export const FullScreen: Story = {
  parameters: { layout: 'fullscreen' },
  render: () => html`<calm-breathing pattern="4-7-8" autostart></calm-breathing>`,
};

export const Running: Story = { render: () => html`<calm-breathing autostart></calm-breathing>` };

export const Dark: Story = { render: () => html`<calm-breathing theme="dark"></calm-breathing>` };
export const HighContrast: Story = { render: () => html`<calm-breathing theme="contrast"></calm-breathing>` };

export const Spanish: Story = { render: () => html`<calm-breathing lang="es" autostart></calm-breathing>` };
export const French: Story = { render: () => html`<calm-breathing lang="fr" autostart></calm-breathing>` };
/** Arabic, right to left. */
export const Arabic: Story = { render: () => html`<calm-breathing lang="ar" autostart></calm-breathing>` };

/**
 * On a page that shows one help control for the whole screen: the page's pinned `<calm-help>`
 * stays in view in the bottom inline-start corner, and the breathing guide has `help="none"`.
 * Never leave a page without one.
 */
export const HelpElsewhere: Story = {
  render: () => html`<calm-help pinned region="US"></calm-help><calm-breathing help="none"></calm-breathing>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/help/define.js';
import '../src/elements/timer/define.js';
import { useClock } from '../src/engine/clock.js';
import { FakeClock } from '../src/engine/fake-clock.js';

/**
 * `<calm-timer>` shows waiting as a coloured disc that empties: time a person can see, not a
 * number to read. Pause, continue, add a minute and stop; a gentle end that can say what comes
 * next. Screen readers hear the start, half-way, one minute left and the end, never a count.
 */
const meta: Meta = {
  title: 'Elements/Timer',
  component: 'calm-timer',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `**When to use it.** Waiting and transitions: "until break", "until your turn", "two more minutes on the computer". A visible timer makes time concrete for people who think in pictures (autistic pupils, young children, people with an intellectual disability) and for anyone who finds waiting hard. Put what comes next in \`next\` (words or a pictogram id) so the end is a step, not a surprise.

**When not to.** Not as a countdown to pressure someone ("hurry up"), not as a reward or a punishment, and not for breathing (use \`<calm-breathing>\`). A person in crisis needs help, not a wait: help stays one tap away above the timer.

**Sound.** Silent unless you list \`cues="tone"\` (a soft chime) or \`haptic\` (two short pulses); never an alarm. The person can switch them off: Sound and Vibration are quiet on/off switches (\`role="switch"\`), never filled like Start.

**Accessibility.** Four announcements only (start, half-way, one minute left, end). The disc turns on the compositor; under reduced motion it stands still and moves on in twenty steps. A hidden page pauses it and it goes on where it was.`,
      },
    },
  },
  args: { minutes: 5, seconds: 0, label: 'Until break', next: 'playground', cues: '' },
  argTypes: {
    minutes: { control: { type: 'number', min: 0, max: 60 } },
    seconds: { control: { type: 'number', min: 0, max: 3600 } },
    next: { control: 'text' },
    cues: { control: 'select', options: ['', 'tone', 'haptic', 'tone haptic'] },
  },
  render: ({ minutes, seconds, label, next, cues }) =>
    html`<calm-timer minutes=${minutes} seconds=${seconds} label=${label || nothing} next=${next || nothing} cues=${cues || nothing}></calm-timer>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
/** Running: the disc empties as time passes. */
export const Running: Story = { render: () => html`<calm-timer minutes="2" label="Until break" autostart></calm-timer>` };
/** The gentle end and what comes next (with its picture): a ten-second wait, run to its end at once on a stopped clock. */
export const EndAndNext: Story = {
  render: () => html`<calm-timer seconds="10" label="Until lunch" next="eat"></calm-timer>`,
  play: async ({ canvasElement }) => {
    const timer = canvasElement.querySelector('calm-timer');
    if (!timer) return;
    await timer.updateComplete;
    const clock = new FakeClock(performance.now());
    const restore = useClock(clock);
    try {
      timer.start();
      clock.advance(10_000);
      await timer.updateComplete;
    } finally {
      restore();
    }
  },
};
/** A soft chime and two short pulses at the end; the person can switch each off. */
export const WithChime: Story = { args: { cues: 'tone haptic', minutes: 1 } };
/** Running with both cues: the main button, then Add a minute and Stop, then the two quiet switches. */
export const RunningWithChime: Story = { render: () => html`<calm-timer minutes="2" label="Until break" cues="tone haptic" autostart></calm-timer>` };
/** A young child's wait: short, with a picture of what comes next. */
export const Child: Story = { render: () => html`<calm-timer minutes="3" label="Until playtime" next="playground"></calm-timer>` };
export const ReducedMotion: Story = { render: () => html`<calm-timer motion="reduce" minutes="1" label="Until break" autostart></calm-timer>` };
export const Dark: Story = { render: () => html`<calm-timer theme="dark" minutes="2" label="Until break" autostart></calm-timer>` };
export const HighContrast: Story = { render: () => html`<calm-timer theme="contrast" minutes="2" label="Until break" autostart></calm-timer>` };
export const Spanish: Story = { render: () => html`<calm-timer lang="es" minutes="2" label="Hasta el recreo" next="playground"></calm-timer>` };
export const French: Story = { render: () => html`<calm-timer lang="fr" minutes="2" label="Jusqu’à la récréation" next="playground"></calm-timer>` };
/** Arabic, right to left. */
export const Arabic: Story = { render: () => html`<calm-timer lang="ar" minutes="2" label="حتى الاستراحة" next="playground" autostart></calm-timer>` };
/** On a page or kiosk that already shows one help control for the whole screen (here, above the timer). */
export const HelpElsewhere: Story = {
  render: () => html`<calm-help region="US"></calm-help>
    <calm-timer help="none" minutes="2" label="Until break"></calm-timer>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/grounding/define.js';
import type { CalmGrounding } from '../src/elements/grounding/calm-grounding.js';

interface Args {
  exercise: 'senses' | 'body' | 'categories' | 'muscles';
  audience: 'child' | 'teen' | 'adult';
  input: 'none' | 'text';
  help: 'button' | 'none';
  lang?: string;
  theme?: 'light' | 'dark' | 'contrast';
  /** Shows the first step instead of the start screen. */
  started: boolean;
}

/**
 * Self-paced grounding for when panic or a flashback pulls a person away from the room.
 * Use it on a page someone reaches in a hard moment, in a kiosk, or inside a `<calm-flow>`.
 * `senses` (5-4-3-2-1) is the default; `body` suits someone who cannot look around;
 * `categories` keeps a racing mind busy; `muscles` is a short, gentle muscle relaxation that
 * never pushes to pain. Typed words (`input="text"`) never leave the element.
 */
const meta: Meta<Args> = {
  title: 'Elements/Grounding',
  component: 'calm-grounding',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `**When to use it.** When panic or a flashback pulls someone away from the room: 5-4-3-2-1 senses (default), physical grounding, naming things in a category (\`audience\` picks lists for children, teens or adults) and short muscle relaxation that always says to skip anything that hurts.

**Privacy.** With \`input="text"\` a person can type what they notice; those words stay inside the element, are in no event or property, and are cleared at the end, on \`reset()\` and when the element is removed.

**Accessibility.** One thing per screen; back, next and stop on every step; focus moves to the new prompt only after the person acts; each step is announced once.`,
      },
    },
  },
  args: { exercise: 'senses', audience: 'teen', input: 'none', help: 'button', started: false },
  argTypes: {
    exercise: { control: 'inline-radio', options: ['senses', 'body', 'categories', 'muscles'] },
    audience: { control: 'inline-radio', options: ['child', 'teen', 'adult'] },
    input: { control: 'inline-radio', options: ['none', 'text'] },
    help: { control: 'inline-radio', options: ['button', 'none'] },
    lang: { control: 'select', options: [undefined, 'en', 'en-GB', 'es', 'fr', 'ar'] },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'contrast'] },
    // A story setting, not an element attribute; Storybook's own switch for it fails axe's contrast check.
    started: { table: { disable: true } },
  },
  render: (args) => html`<calm-grounding
    exercise=${args.exercise}
    audience=${args.audience}
    input=${args.input}
    help=${args.help}
    region="US"
    lang=${args.lang ?? nothing}
    theme=${args.theme ?? nothing}
  ></calm-grounding>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<CalmGrounding>('calm-grounding');
    if (!el || !args.started) return;
    await el.updateComplete;
    el.start();
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Senses: Story = {};
export const SensesStarted: Story = { args: { started: true } };
export const Body: Story = { args: { exercise: 'body', started: true } };
/** Naming things: each one is named, not found, so the button says "Got it". */
export const CategoriesChild: Story = { args: { exercise: 'categories', audience: 'child', started: true } };
/** British English (`lang="en-GB"`): "Name 5 colours" after the animals. */
export const CategoriesBritish: Story = { args: { lang: 'en-GB', exercise: 'categories', audience: 'child', started: true } };
export const CategoriesTeen: Story = { args: { exercise: 'categories', audience: 'teen', started: true } };
export const CategoriesAdult: Story = { args: { exercise: 'categories', audience: 'adult', started: true } };
export const Muscles: Story = { args: { exercise: 'muscles' } };
export const MusclesStarted: Story = { args: { exercise: 'muscles', started: true } };
export const TypedWords: Story = { args: { input: 'text', started: true } };
export const Spanish: Story = { args: { lang: 'es', input: 'text', started: true } };
export const French: Story = { args: { lang: 'fr', exercise: 'muscles', started: true } };
export const Arabic: Story = { args: { lang: 'ar', input: 'text', started: true } };
export const Dark: Story = { args: { theme: 'dark', started: true } };
export const HighContrast: Story = { args: { theme: 'contrast', exercise: 'muscles', started: true } };
/**
 * `help="none"` moves help, never removes it: the page shows its own "Get help now" (here one
 * `<calm-help pinned>` for the whole page, kept in view in the bottom inline-start corner).
 */
export const HelpShownByHost: Story = {
  args: { help: 'none', started: true },
  render: (args, context) => html`<calm-help pinned region="US" lang=${args.lang ?? nothing}></calm-help>${meta.render?.(args, context)}`,
};

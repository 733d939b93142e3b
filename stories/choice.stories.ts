import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/choice/define.js';
import '../src/elements/help/define.js';
import type { PictureItem } from '../src/engine/picture-items.js';

/**
 * `<calm-choice>` is an "I need…" board: large picture cards a person taps instead of speaking.
 * A tap says the words aloud and opens a full-screen card to hold up to an adult; the Help card
 * opens crisis help.
 */
const meta: Meta = {
  title: 'Elements/Choice',
  component: 'calm-choice',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `**When to use it.** For someone whose words leave them in the moment (a meltdown, a shutdown, a pupil who does not speak) to ask for a break, quiet, a drink, the toilet, help, space, headphones, to stop, more time, to talk or to move. A tap speaks the words in the element's language where the device has a voice (\`speak="off"\` to keep it silent) and opens a full-screen "show me" card with the picture and words large.

**When not to.** Not as a menu of rewards, a behaviour chart or a way to make someone choose: every card is a request, and the Help card always opens crisis help. It does not replace a person's own communication system (AAC); it is a backup where none is to hand. For questions about feelings use \`<calm-check-in>\`.

**Cards.** The built-in needs, or your own in the schedule's shape \`{ id, label?, picture }\` (\`.items\` or a child JSON script, up to 36). \`per-screen\` is 4, 6 (default) or 9; "More cards" pages through. \`calm-choice\` reports the id only, never the words.

**Accessibility.** Every card is a button at least 44 px (48 in kiosks) that works by touch, keyboard and switch (Tab, then Enter or Space); Close and Escape return focus to the card; help stays one tap away on the show-me card.`,
      },
    },
  },
  args: { perScreen: '6', speak: 'on' },
  argTypes: {
    perScreen: { name: 'per-screen', control: 'select', options: ['4', '6', '9'] },
    speak: { control: 'select', options: ['on', 'off'] },
  },
  render: ({ perScreen, speak }) => html`<calm-choice per-screen=${perScreen} speak=${speak}></calm-choice>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
/** Four large cards: for young children and for switch users. */
export const FourCards: Story = { args: { perScreen: '4' } };
export const NineCards: Story = { args: { perScreen: '9' } };
export const Silent: Story = { args: { speak: 'off' } };

const classroom: PictureItem[] = [
  { id: 'break', picture: 'break' },
  { id: 'corner', picture: 'calm-corner' },
  { id: 'ball', picture: 'squeeze-ball' },
  { id: 'help', picture: 'help' },
];
/** A class's own cards, given as the `.items` property. */
export const OwnCards: Story = { render: () => html`<calm-choice per-screen="4" .items=${classroom}></calm-choice>` };
/** The "show me" card, opened by choosing "A break". */
export const ShowMe: Story = {
  render: () => html`<calm-choice speak="off"></calm-choice>`,
  play: ({ canvasElement }) => {
    const card = canvasElement.querySelector('calm-choice')?.shadowRoot?.querySelector<HTMLButtonElement>('.card[data-id="break"]');
    // A tap, as a person would make it: the card's Close then shows no keyboard ring.
    card?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    card?.click();
  },
};
/** A young child's board: four cards, a calm corner and a squeeze ball. */
export const Child: Story = { render: () => html`<calm-choice per-screen="4" .items=${classroom}></calm-choice>` };
export const ReducedMotion: Story = { render: () => html`<calm-choice motion="reduce"></calm-choice>` };
export const Dark: Story = { render: () => html`<calm-choice theme="dark"></calm-choice>` };
export const HighContrast: Story = { render: () => html`<calm-choice theme="contrast"></calm-choice>` };
export const Spanish: Story = { render: () => html`<calm-choice lang="es"></calm-choice>` };
export const French: Story = { render: () => html`<calm-choice lang="fr"></calm-choice>` };
/** Arabic, right to left. */
export const Arabic: Story = { render: () => html`<calm-choice lang="ar"></calm-choice>` };
/**
 * On a page that shows one help control for the whole screen: the page's pinned `<calm-help>`
 * stays in view in the bottom inline-start corner, and the board has `help="none"` (its Help
 * card still opens crisis help). Never leave a page without one.
 */
export const HelpElsewhere: Story = {
  render: () => html`<calm-help pinned region="US"></calm-help><calm-choice help="none"></calm-choice>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/help/define.js';
import '../src/elements/schedule/define.js';
import type { PictureItem } from '../src/engine/picture-items.js';

/**
 * `<calm-schedule>` is a picture schedule: first–then, now–next–later, or a short list. The
 * person marks the current item done and it moves to "All done"; the next one steps up.
 */
const meta: Meta = {
  title: 'Elements/Schedule',
  component: 'calm-schedule',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `**When to use it.** Before and during transitions, which are among the most common triggers of distress in special education: "first maths, then the playground", the next three things of the morning, the steps of going home. Visual schedules are one of the evidence-based practices for autism (Steinbrenner et al., 2020).

**When not to.** Not as a reward chart or to demand compliance ("good sitting"): there are no stars, scores or streaks, and an item is simply done. Keep it short (up to 8 items); a full day belongs on the classroom wall. Use adult-appropriate pictures and words for adults.

**Items.** \`{ id, label?, picture }\` from a child \`<script type="application/json">\` or the \`.items\` property. \`picture\` is a built-in pictogram id or a \`data:image/png|jpeg|webp|svg+xml\` URL (never a remote URL, never markup); \`label\` defaults to the pictogram's name in the element's language. \`calm-step\` reports the id of each item the person marks done; \`markDone()\` lets an adult's own device move it on quietly.

**Accessibility.** Each item has a Done button named with its words; focus stays on the schedule (the next Done button, then "All done"); one polite announcement per item.`,
      },
    },
  },
  args: { variant: 'first-then' },
  argTypes: { variant: { control: 'select', options: ['first-then', 'now-next', 'list'] } },
  render: ({ variant }) => html`<calm-schedule variant=${variant} .items=${morning}></calm-schedule>`,
};
export default meta;

type Story = StoryObj;

const morning: PictureItem[] = [
  { id: 'maths', picture: 'numbers' },
  { id: 'break', picture: 'playground' },
  { id: 'reading', picture: 'read' },
  { id: 'lunch', label: 'Lunch', picture: 'eat' },
  { id: 'music', picture: 'music' },
  { id: 'home', label: 'Bus home', picture: 'bus' },
];

export const FirstThen: Story = {};
export const NowNextLater: Story = { args: { variant: 'now-next' } };
export const List: Story = { args: { variant: 'list' } };
/** Two items done: they wait under "All done". */
export const WithItemsDone: Story = {
  render: () => html`<calm-schedule variant="list" .items=${morning}></calm-schedule>`,
  play: ({ canvasElement }) => {
    const schedule = canvasElement.querySelector('calm-schedule');
    schedule?.markDone();
    schedule?.markDone();
  },
};
/** The items in plain HTML, as a child JSON script. */
export const FromJson: Story = {
  render: () => html`<calm-schedule variant="now-next">
    <script type="application/json">
      [{ "id": "wash", "picture": "wash-hands" }, { "id": "eat", "picture": "eat" }, { "id": "teeth", "picture": "brush-teeth" }]
    </script>
  </calm-schedule>`,
};
/** A young child's first–then. */
export const Child: Story = { render: () => html`<calm-schedule .items=${[{ id: 'tidy', picture: 'tidy-up' }, { id: 'play', picture: 'playground' }]}></calm-schedule>` };
export const Dark: Story = { render: () => html`<calm-schedule theme="dark" variant="now-next" .items=${morning}></calm-schedule>` };
export const HighContrast: Story = { render: () => html`<calm-schedule theme="contrast" variant="now-next" .items=${morning}></calm-schedule>` };
export const Spanish: Story = { render: () => html`<calm-schedule lang="es" variant="now-next" .items=${morning.slice(0, 3)}></calm-schedule>` };
export const French: Story = { render: () => html`<calm-schedule lang="fr" variant="now-next" .items=${morning.slice(0, 3)}></calm-schedule>` };
/** Arabic, right to left. */
export const Arabic: Story = { render: () => html`<calm-schedule lang="ar" variant="now-next" .items=${morning.slice(0, 3)}></calm-schedule>` };
/** On a page that shows one "Get help now" of its own (here, above the schedule), `help="none"` leaves it out of the schedule. */
export const HelpElsewhere: Story = {
  render: () => html`<calm-help region="US"></calm-help>
    <calm-schedule help="none" .items=${morning}></calm-schedule>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/help/define.js';
import '../src/elements/quick-exit/define.js';
import { CalmQuickExit } from '../src/elements/quick-exit/calm-quick-exit.js';

// In Storybook, leaving would replace the docs page; the stories show what happens instead.
CalmQuickExit.leave = (url) => console.info(`calm-quick-exit would now replace this page with ${url}`);

/**
 * `<calm-quick-exit>` lets someone leave a sensitive page in one tap, or with Shift pressed three
 * times. Put it before the sensitive content, in reading and keyboard order, and point `href` at
 * a neutral site. It cannot erase browser history or hide the visit from device monitoring; say
 * so on your page where it matters.
 */
const meta: Meta = {
  title: 'Elements/Quick exit',
  component: 'calm-quick-exit',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `**When to use it.** On pages someone may need to hide quickly: domestic abuse, self-harm, sexual health, crisis help. Place it first in the page, before the sensitive content, in a sticky bar.

**How it works.** The button, or Shift pressed three times within two seconds (not Escape, which also stops page loads), covers the page at once, fires \`calm-exit\`, then replaces the address with \`href\` so Back does not return. It cannot erase browser history or hide the visit from device monitoring — say so on your page.

**Keeps its word.** It also goes back over the history entries the page added (in-page links, a router's \`pushState\`) before it replaces the address. If the page asks "Leave site?" and the person stays, the page comes back and the exit works again. Shift counts only with no click between presses (Shift-click selects text). An \`href\` that is this page (\`#\`, \`?\`) is refused with a warning.

**Help.** Like every calmkit element it offers "Get help now" first, with the crisis lines of \`region\` (or of the language's region). Where the page already shows help — one \`<calm-help pinned>\` for the whole page — set \`help="none"\`.

**Never like help.** "Exit this page" is ink-coloured with square corners and a door; "Get help now" is rust and round, and comes first: exit always stands at the inline end (the right; the left in Arabic). In forced colours exit keeps its door and a double edge.

**Accessibility.** A clearly labelled button. The shortcut hint shows only where a keyboard is likely: a fine pointer that hovers, or after a key was pressed on the page (phones have no Shift key); the dots under it show each Shift press.`,
      },
    },
  },
  args: { href: 'https://www.bbc.com/weather' },
  render: ({ href }) => html`<calm-quick-exit href=${href}></calm-quick-exit>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

// The page around the "On a page" story: a bar that stays at the top, the element across it.
const pageStyles = new CSSStyleSheet();
pageStyles.replaceSync(`
  .quick-exit-page header { position: sticky; top: 0; padding-block: 0.5rem; border-block-end: 1px solid; background: var(--calm-preview-bg); }
  .quick-exit-page calm-quick-exit { display: block; }
  .quick-exit-page .quick-exit-bar { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
  .quick-exit-bar calm-quick-exit { display: inline-block; }
  .quick-exit-page main { max-inline-size: 40rem; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageStyles];
/** A story that is a whole page (a header bar, sticky) is shown on its own, not inside the docs page. */
const pageOwnStory = ['!autodocs'];

/** As a page uses it: first, in a bar that stays in view, before the sensitive content; exit at the bar's inline end. */
export const OnAPage: Story = {
  tags: pageOwnStory,
  name: 'On a page: first, in a bar that stays in view',
  render: ({ href }) => html`<div class="quick-exit-page">
    <header><calm-quick-exit region="US" href=${href}></calm-quick-exit></header>
    <main>
      <h1>When home does not feel safe</h1>
      <p>You are not alone, and what is happening is not your fault. People who know about this can listen and help you think about what to do next.</p>
      <p>If you need to leave this page quickly, use “Exit this page” at the top.</p>
    </main>
  </div>`,
};

/** Opens the element's "Get help now", as a tap on it would. */
async function openHelp({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const exit = canvasElement.querySelector('calm-quick-exit');
  await exit?.updateComplete;
  exit?.shadowRoot?.querySelector('calm-help')?.show();
}

/** "Get help now" open: the UK's emergency number and crisis lines, with "Exit this page" still at hand. */
export const WithUkHelp: Story = {
  name: 'With UK help',
  render: ({ href }) => html`<calm-quick-exit region="GB" lang="en-GB" href=${href}></calm-quick-exit>`,
  play: openHelp,
};

/** The page's own "Get help now" (one `<calm-help>` in its header) at the start, the exit alone at the end. */
export const HelpShownElsewhere: Story = {
  tags: pageOwnStory,
  name: 'Help shown elsewhere on the page (help="none")',
  render: ({ href }) => html`<div class="quick-exit-page">
    <header class="quick-exit-bar">
      <calm-help region="US"></calm-help>
      <calm-quick-exit help="none" href=${href}></calm-quick-exit>
    </header>
  </div>`,
};

/** "Get help now" opens a dialog that makes the rest of the page unreachable, so it carries "Exit this page" too. */
export const HelpOpenWithExit: Story = {
  name: 'Help open: the dialog carries the exit',
  render: ({ href }) => html`<calm-quick-exit region="US" href=${href}></calm-quick-exit>`,
  play: openHelp,
};

export const Dark: Story = { render: ({ href }) => html`<calm-quick-exit theme="dark" href=${href}></calm-quick-exit>` };

export const HighContrast: Story = { render: ({ href }) => html`<calm-quick-exit theme="contrast" href=${href}></calm-quick-exit>` };

export const Spanish: Story = { render: ({ href }) => html`<calm-quick-exit lang="es" href=${href}></calm-quick-exit>` };

export const French: Story = { render: ({ href }) => html`<calm-quick-exit lang="fr" href=${href}></calm-quick-exit>` };

export const Arabic: Story = { render: ({ href }) => html`<calm-quick-exit lang="ar" href=${href}></calm-quick-exit>` };

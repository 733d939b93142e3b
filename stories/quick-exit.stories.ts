import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
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
  args: { href: 'https://www.bbc.com/weather' },
  render: ({ href }) => html`<calm-quick-exit href=${href}></calm-quick-exit>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Dark: Story = { render: ({ href }) => html`<calm-quick-exit theme="dark" href=${href}></calm-quick-exit>` };

export const HighContrast: Story = { render: ({ href }) => html`<calm-quick-exit theme="contrast" href=${href}></calm-quick-exit>` };

export const Spanish: Story = { render: ({ href }) => html`<calm-quick-exit lang="es" href=${href}></calm-quick-exit>` };

export const French: Story = { render: ({ href }) => html`<calm-quick-exit lang="fr" href=${href}></calm-quick-exit>` };

export const Arabic: Story = { render: ({ href }) => html`<calm-quick-exit lang="ar" href=${href}></calm-quick-exit>` };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/check-in/define.js';
import '../src/elements/help/define.js';
import type { CalmCheckIn } from '../src/elements/check-in/calm-check-in.js';

interface Args {
  steps: string;
  audience: 'child' | 'teen' | 'adult';
  scale: 'numbers' | 'faces';
  threshold?: number;
  help: 'button' | 'none';
  lang?: string;
  theme?: 'light' | 'dark' | 'contrast';
  /** Taps inside the element after it renders, e.g. `next next [data-value="8"]`, to show a later screen. */
  presses: string;
}

/**
 * A short, skippable emotion check-in for a school portal, a clinic waiting room or a kiosk:
 * how you feel on a pleasantness × energy grid, how strong it is (0–10 or five faces), where
 * you feel it, and what would help. List `safety` only where someone will respond to the
 * answer; "no" or "not sure" shows call and text links at once. The host hears ids only, once
 * the person finishes (`calm-check-in`), and `threshold` offers help for a high rating.
 */
const checkIn = (args: Args) => html`<calm-check-in
  steps=${args.steps}
  audience=${args.audience}
  scale=${args.scale}
  threshold=${args.threshold ?? nothing}
  help=${args.help}
  region="US"
  lang=${args.lang ?? nothing}
  theme=${args.theme ?? nothing}
></calm-check-in>`;

const meta: Meta<Args> = {
  title: 'Elements/Check-in',
  component: 'calm-check-in',
  tags: ['autodocs'],
  args: { steps: 'feelings intensity needs', audience: 'teen', scale: 'numbers', help: 'button', presses: '' },
  argTypes: {
    steps: { control: 'text' },
    audience: { control: 'inline-radio', options: ['child', 'teen', 'adult'] },
    scale: { control: 'inline-radio', options: ['numbers', 'faces'] },
    threshold: { control: { type: 'number', min: 0, max: 10 } },
    help: { control: 'inline-radio', options: ['button', 'none'] },
    lang: { control: 'select', options: [undefined, 'en', 'en-GB', 'es', 'fr', 'ar'] },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'contrast'] },
    presses: { control: 'text' },
  },
  render: (args) => checkIn(args),
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<CalmCheckIn>('calm-check-in');
    if (!el) return;
    await el.updateComplete;
    for (const press of args.presses.split(/\s+/).filter(Boolean)) {
      const target = el.shadowRoot?.querySelector<HTMLElement>(press === 'next' ? '[part~="next"]' : press);
      // A tap, as a person would make it: a new question's heading then shows no keyboard ring.
      target?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      target?.click();
      await el.updateComplete;
    }
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Teen: Story = {};
export const Child: Story = { args: { audience: 'child', scale: 'faces' } };
export const Adult: Story = { args: { audience: 'adult', steps: 'feelings intensity body needs' } };
export const FeelingsPicked: Story = { args: { presses: '[data-id="stressed"] [data-id="tired"]' } };
export const Numbers: Story = { args: { steps: 'intensity', presses: '[data-value="4"]' } };
/** Five faces for young children, calm to very upset: no smile once upset, worried (never angry) brows, the words centred under each face. */
export const Faces: Story = { args: { steps: 'intensity', audience: 'child', scale: 'faces', presses: '[data-value="5"]' } };
export const FacesFrench: Story = { args: { lang: 'fr', steps: 'intensity', audience: 'child', scale: 'faces' } };
/** A child's feeling words each carry a small face, so a child who cannot read "Jealous" yet can still choose. */
export const ChildFeelings: Story = { args: { steps: 'feelings', audience: 'child', presses: '[data-id="jealous"]' } };
export const ChildFeelingsSpanish: Story = { args: { lang: 'es', steps: 'feelings', audience: 'child' } };
/** British English (`lang="en-GB"`, also en-AU, en-IE and en-NZ): "Cosy" where US English says "Cozy". */
export const BritishEnglish: Story = { args: { lang: 'en-GB', steps: 'feelings', audience: 'child' } };
/** 0–10 on a 320 px phone: still one row of eleven, its words under 0, 5 and 10. */
export const NumbersOnAPhone: Story = {
  args: { steps: 'intensity', presses: '[data-value="7"]' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
export const NumbersOnAPhoneChild: Story = { args: { steps: 'intensity', audience: 'child' }, globals: NumbersOnAPhone.globals };
export const NumbersOnAPhoneArabic: Story = { args: { lang: 'ar', steps: 'intensity' }, globals: NumbersOnAPhone.globals };
export const ThresholdReached: Story = { args: { steps: 'intensity', threshold: 7, presses: '[data-value="8"]' } };
export const Body: Story = { args: { steps: 'body', audience: 'child', presses: '[data-id="stomach"]' } };
export const Needs: Story = { args: { steps: 'needs', presses: '[data-id="quiet"]' } };
export const Safety: Story = { args: { steps: 'feelings safety', presses: 'next' } };
export const SafetyNotSure: Story = { args: { steps: 'safety', presses: '[data-id="not-sure"]' } };
export const AllSteps: Story = { args: { steps: 'feelings intensity body needs safety', threshold: 8 } };
export const Finished: Story = { args: { presses: '[data-id="calm"] next [data-value="2"] next next' } };
export const Spanish: Story = { args: { lang: 'es', steps: 'feelings intensity body needs safety' } };
export const French: Story = { args: { lang: 'fr', audience: 'adult', steps: 'feelings needs' } };
export const Arabic: Story = { args: { lang: 'ar', audience: 'child', scale: 'faces' } };
export const ArabicNumbers: Story = { args: { lang: 'ar', steps: 'intensity', threshold: 6, presses: '[data-value="7"]' } };
export const Dark: Story = { args: { theme: 'dark', presses: '[data-id="angry"]' } };
export const HighContrast: Story = { args: { theme: 'contrast', steps: 'needs safety', presses: '[data-id="break"]' } };
/**
 * On a page that shows one help control for the whole screen: the page's pinned `<calm-help>`
 * stays in view in the bottom inline-start corner, and the check-in has `help="none"` (its "Help
 * now" card still opens crisis help). Never leave a page without one.
 */
export const HelpShownByHost: Story = {
  args: { help: 'none', steps: 'needs' },
  render: (args) => html`<calm-help pinned region="US"></calm-help>${checkIn(args)}`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/help/define.js';

/**
 * `<calm-help>` is the way to crisis help that every calmkit element carries. Use it on its own
 * wherever a page talks about feelings: in a header as a button, beside content as a panel, or
 * in a footer inline. Set `region` to your service area; host contacts (a clinic's own line, a
 * school counsellor) come first.
 */
const meta: Meta = {
  title: 'Elements/Help',
  component: 'calm-help',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `**When to use it.** On any page that talks about feelings, and inside every calmkit activity (they include it for you). Use the button in a header, the panel beside content, the inline list in a footer. Set \`region\` to the area you serve; add your own contacts (a clinic's after-hours line, a school counsellor) as JSON or through \`.resources\` — they come first.

**Where the person is.** Without \`region\`, help looks on the device, in this order: the region of the element's language (own \`lang\`, an ancestor's, \`<html lang>\`: \`en-GB\` → GB), the country of the device's time zone (America/Chicago → US, Europe/London → GB, from the browser's own zone data), then the region of the browser's preferred languages. Nothing leaves the device. Where none names a country the directory holds (a time zone of UTC, a country without an entry), it shows the emergency advice and a "Where are you?" list ("Choose your country") of every country in the directory, named in the element's language; choosing one shows its lines at once, offline. Every country view offers "Not in the United States?" (each country with its own article or preposition: "au Canada", "en el Reino Unido") to change it, and the international directory link stays, last. A site that serves one country should still set \`region\`.

**Why it opened, who reads it.** \`reason="danger"\` (staff-support's "Someone could get hurt", check-in's "No, I'm not safe") puts the emergency number first and largest, then the crisis lines. \`audience="child"\` starts with "Tell a grown-up you trust" and lists lines for children and young people first (Childline, Kids Help Phone, Kids Helpline; in the US 988 serves all ages). A menu option is said in words on its button ("Call 988, then press 1 (For veterans)").

**In clinics and schools.** Check the built-in lines for your region before launch: each entry shows its source and the date it was verified. A school can replace a national line with its own safeguarding lead by giving the same \`id\`.

**One for the page.** A page that embeds several elements gives each \`help="none"\` and places one \`<calm-help pinned>\`: the button stays in view in the bottom inline-start corner (the quick exit belongs at the top inline-end, so the two never meet). Leave about 4.5rem under the page's last line.

**Accessibility.** The button opens a modal dialog: focus moves to its heading, Escape or Close returns focus to the button. Links are real \`tel:\`, \`sms:\` and \`https:\` links at least 44 px tall. Text and links mirror in Arabic; forced colours keep every border.`,
      },
    },
  },
  args: { variant: 'button', region: 'US', reason: 'none', audience: 'adult' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['button', 'panel', 'inline'] },
    region: { control: 'select', options: ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'FR', 'ES', 'IN', 'NL', 'BE', 'AT', 'CH', 'SE', 'DK', 'FI', 'PT', 'IT', 'SG', 'BR', 'ZZ'] },
    reason: { control: 'inline-radio', options: ['none', 'danger'] },
    audience: { control: 'inline-radio', options: ['adult', 'teen', 'child'] },
  },
  render: ({ variant, region, reason, audience }) => html`<calm-help variant=${variant} region=${region} reason=${reason} audience=${audience}></calm-help>`,
};
export default meta;

type Story = StoryObj;

export const Button: Story = {};

/**
 * What the button opens: a modal dialog with the lines of the region, focus on its heading, and
 * Close (or Escape) back to the button. With a quick exit on the page, the dialog offers it too.
 */
export const ButtonOpened: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('calm-help');
    await el?.updateComplete;
    const button = el?.shadowRoot?.querySelector<HTMLElement>('[part="button"]');
    // A tap, as a person makes it: the dialog's heading takes focus without a keyboard ring.
    button?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    button?.click();
    await el?.updateComplete;
  },
};

export const Panel: Story = { args: { variant: 'panel' } };

export const Inline: Story = { args: { variant: 'inline' } };

/**
 * One "Get help now" for a whole page: `pinned` keeps the button in view in the bottom
 * inline-start corner while the page scrolls, and the elements on the page have `help="none"`.
 * The quick exit sits at the top inline-end corner, away from it. Leave room under the page's
 * last line (about 4.5rem) so the button never covers it.
 */
export const PinnedForThePage: Story = {
  name: 'One pinned help for the page',
  parameters: { docs: { story: { inline: false, iframeHeight: 480 } }, layout: 'fullscreen' },
  render: ({ region }) => html`<calm-help pinned region=${region}></calm-help>
    <p>A page with several calmkit elements shows one help control, pinned in view while the page scrolls.</p>`,
};

/**
 * No country the directory holds: the local emergency advice, "Where are you?" with every country
 * in the directory (named in the element's language), and the international directory, last.
 * Choosing a country shows its lines at once, offline.
 */
export const CountryChooser: Story = { args: { variant: 'panel', region: 'ZZ' } };

/** No `region` at all: the language, the device's time zone or the browser's languages decide (yours, here). */
export const FoundOnTheDevice: Story = { render: () => html`<calm-help variant="panel"></calm-help>` };

/** Someone could get hurt: the emergency number comes first and largest, then the crisis lines. */
export const Danger: Story = { args: { variant: 'panel', reason: 'danger' } };

/** For a child: "Tell a grown-up you trust" first, then the lines for children and young people. */
export const Child: Story = { args: { variant: 'panel', region: 'GB', audience: 'child' } };

/** 988's menu options say what to press, on the button and in its accessible name. */
export const PressOneOrTwo: Story = { args: { variant: 'panel', region: 'US' } };

export const UnitedKingdom: Story = { args: { variant: 'panel', region: 'GB' } };

export const Canada: Story = { args: { variant: 'panel', region: 'CA' } };

/** A clinic's own line, given as child JSON, comes before the built-in lines. */
export const WithClinicLine: Story = {
  render: () => html`<calm-help variant="panel" region="US">
    <script type="application/json">
      [{ "name": "Riverside Clinic nurse line", "hours": "Every day, 6pm to 8am",
         "channels": [{ "kind": "call", "target": "+15550100199", "display": "555-010-0199" }] }]
    </script>
  </calm-help>`,
};

/** A school counsellor through the `.resources` property, with an e-mail link. */
export const WithSchoolCounsellor: Story = {
  render: () => html`<calm-help
    variant="panel"
    region="GB"
    .resources=${[{ name: 'Ms Rivera, school counsellor', hours: 'School days, 8:30 to 4', channels: [{ kind: 'email', target: 'counsellor@school.example' }] }]}
  ></calm-help>`,
};

export const Dark: Story = { args: { variant: 'panel' }, render: ({ region }) => html`<calm-help variant="panel" theme="dark" region=${region}></calm-help>` };

export const HighContrast: Story = { args: { variant: 'panel' }, render: ({ region }) => html`<calm-help variant="panel" theme="contrast" region=${region}></calm-help>` };

export const Spanish: Story = { render: () => html`<calm-help variant="panel" lang="es-US"></calm-help>` };

export const French: Story = { render: () => html`<calm-help variant="panel" lang="fr-CA"></calm-help>` };

/** Each country is asked about with its own article: "¿No estás en el Reino Unido?". */
export const SpanishInTheUnitedKingdom: Story = { render: () => html`<calm-help variant="panel" lang="es" region="GB"></calm-help>` };

/** Arabic is written right to left; the whole panel mirrors. */
export const Arabic: Story = { render: () => html`<calm-help variant="panel" lang="ar" region="GB"></calm-help>` };

/** Words can be replaced by the host, e.g. to name the school's own counsellor. */
export const CustomWords: Story = {
  render: () => html`<calm-help .strings=${{ 'help.open': 'Talk to someone at school' }} region="US"></calm-help>`,
};

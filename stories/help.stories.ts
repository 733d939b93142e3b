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

**In clinics and schools.** Check the built-in lines for your region before launch: each entry shows its source and the date it was verified. A school can replace a national line with its own safeguarding lead by giving the same \`id\`.

**Accessibility.** The button opens a modal dialog: focus moves to its heading, Escape or Close returns focus to the button. Links are real \`tel:\`, \`sms:\` and \`https:\` links at least 44 px tall. Text and links mirror in Arabic; forced colours keep every border.`,
      },
    },
  },
  args: { variant: 'button', region: 'US' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['button', 'panel', 'inline'] },
    region: { control: 'select', options: ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'FR', 'ES', 'IN', 'ZZ'] },
  },
  render: ({ variant, region }) => html`<calm-help variant=${variant} region=${region}></calm-help>`,
};
export default meta;

type Story = StoryObj;

export const Button: Story = {};

export const Panel: Story = { args: { variant: 'panel' } };

export const Inline: Story = { args: { variant: 'inline' } };

/** Without a known region, a neutral card: the local emergency number and an international directory. */
export const UnknownRegion: Story = { args: { variant: 'panel', region: 'ZZ' } };

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

/** Arabic is written right to left; the whole panel mirrors. */
export const Arabic: Story = { render: () => html`<calm-help variant="panel" lang="ar" region="GB"></calm-help>` };

/** Words can be replaced by the host, e.g. to name the school's own counsellor. */
export const CustomWords: Story = {
  render: () => html`<calm-help .strings=${{ 'help.open': 'Talk to someone at school' }} region="US"></calm-help>`,
};

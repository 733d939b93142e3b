import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/plan/define.js';
import type { CalmPlan } from '../src/elements/plan/calm-plan.js';

interface Args {
  template: 'safety' | 'calm-down';
  help: 'button' | 'none';
  lang?: string;
  theme?: 'light' | 'dark' | 'contrast';
  /** Fills the plan with example words through `.value`, as a host giving a kept plan back would. */
  example: boolean;
}

const examples = {
  safety: {
    'warning-signs': 'I stop answering messages. I can’t sleep.',
    coping: 'Listen to my playlist. Take a shower. Walk around the block.',
    social: 'The library. My cousin’s house.',
    people: 'Mom. Sam (text first).',
    professionals: 'Dr Patel at the clinic, weekdays.',
    environment: 'Ask Mom to keep my medicines for now.',
  },
  'calm-down': {
    upsets: 'Being rushed. Loud corridors.',
    signs: 'My hands get hot and I want to shout.',
    helps: 'Squeezing my stress ball. Counting breaths. Drawing.',
    people: 'Ms Rivera. I will say: “I need a break.”',
    place: 'The quiet corner in the library.',
  },
};

/** The Arabic story's plan, in the person's own (Arabic) words. */
const arabicExample = {
  'warning-signs': 'أتوقف عن الرد على الرسائل. لا أستطيع النوم.',
  coping: 'أستمع إلى أغانيّ المفضلة. أستحم. أمشي قليلًا حول الحي.',
  social: 'المكتبة. بيت ابن عمي.',
  people: 'أمي. سامي (أرسل له رسالة أولًا).',
  professionals: 'الدكتورة باتيل في العيادة، أيام الأسبوع.',
  environment: 'أطلب من أمي أن تحتفظ بأدويتي الآن.',
};

/**
 * A personal plan in the person's own words, held in memory only: the six-part safety plan
 * (Stanley & Brown) or a school calm-down plan.
 */
const meta: Meta<Args> = {
  title: 'Elements/Plan',
  component: 'calm-plan',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `**When to use it.** \`template="safety"\` (default) is the six-part Stanley–Brown safety plan: warning signs, things I can do on my own, people and places that take my mind off things, people I can ask for help, professionals and crisis lines, making my surroundings safer. It is best made at a calm time, with support; it is not a contract. \`template="calm-down"\` is the school calm-down plan a student makes with a trusted adult.

**Privacy.** The words are held in memory only: never sent, stored, logged or put in an event. The person can print the plan or save it as a text file on the device; "Clear all" asks once. A host that wants to keep the plan reads \`.value\` (a fresh copy) and can give it back through \`.value\`.

**Accessibility.** Every field has a visible label and hint; the clear-all question moves focus to "Keep it"; printing shows only the plan.`,
      },
    },
  },
  args: { template: 'safety', help: 'button', example: false },
  argTypes: {
    template: { control: 'inline-radio', options: ['safety', 'calm-down'] },
    help: { control: 'inline-radio', options: ['button', 'none'] },
    lang: { control: 'select', options: [undefined, 'en', 'es', 'fr', 'ar'] },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'contrast'] },
    // A story setting, not an attribute: kept out of the docs table (as in the other stories).
    example: { table: { disable: true } },
  },
  render: (args) => html`<calm-plan
    template=${args.template}
    help=${args.help}
    region="US"
    lang=${args.lang ?? nothing}
    theme=${args.theme ?? nothing}
  ></calm-plan>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<CalmPlan>('calm-plan');
    if (!el || !args.example) return;
    el.value = { template: args.template, sections: args.lang === 'ar' ? arabicExample : examples[args.template] };
    await el.updateComplete;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Safety: Story = {};
export const SafetyFilledIn: Story = { args: { example: true } };
export const CalmDown: Story = { args: { template: 'calm-down' } };
export const CalmDownFilledIn: Story = { args: { template: 'calm-down', example: true } };
export const Spanish: Story = { args: { lang: 'es' } };
export const French: Story = { args: { lang: 'fr', template: 'calm-down' } };
export const Arabic: Story = { args: { lang: 'ar', example: true } };
export const Contrast: Story = { args: { theme: 'contrast', example: true } };

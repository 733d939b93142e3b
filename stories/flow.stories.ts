import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/flow/define.js';
import type { CalmFlow } from '../src/elements/flow/calm-flow.js';
import type { BuiltInFlowId } from '../src/content/flows/index.js';

interface Args {
  flow: BuiltInFlowId;
  help: 'button' | 'none';
  lang?: string;
  theme?: 'light' | 'dark' | 'contrast';
  /** Shows the first step instead of the start screen. */
  started: boolean;
  /** After starting, presses these in turn: `next`, or `option:<id>` for a choice. */
  path?: string[];
}

const FLOWS: BuiltInFlowId[] = ['calm-down', 'tipp', 'stop', 'urge-surfing', 'staff-support', 'safety-plan'];

/** A clinic's own flow, written as JSON (docs/authoring-flows.md). */
const customFlow = {
  version: 1,
  id: 'waiting-room',
  title: { en: 'Before your appointment', es: 'Antes de tu cita' },
  text: { en: 'A few minutes to settle while you wait.', es: 'Unos minutos para calmarte mientras esperas.' },
  start: 'check',
  steps: {
    check: {
      kind: 'check-in',
      title: { en: 'How are you feeling?', es: '¿Cómo te sientes?' },
      steps: ['intensity'],
      branches: [{ when: { intensity: { gte: 7 } }, next: 'breathe' }],
      next: 'pick',
    },
    pick: {
      kind: 'choice',
      title: { en: 'What would help?', es: '¿Qué te ayudaría?' },
      options: [
        { id: 'breathe', label: { en: 'Slow breathing', es: 'Respirar despacio' }, next: 'breathe' },
        { id: 'ground', label: { en: 'Notice the room', es: 'Fijarme en la sala' }, next: 'ground' },
      ],
      next: 'breathe',
    },
    breathe: { kind: 'breathing', title: { en: 'Slow your breathing', es: 'Respira más despacio' }, pattern: 'extended-exhale', cycles: 3, next: 'end' },
    ground: { kind: 'grounding', title: { en: 'Come back to the room', es: 'Vuelve al aquí y ahora' }, exercise: 'senses', next: 'end' },
    end: {
      kind: 'end',
      title: { en: 'Thank you', es: 'Gracias' },
      text: { en: 'Tell the front desk if you would like someone to sit with you.', es: 'Avisa en recepción si quieres que alguien se siente contigo.' },
      link: { label: { en: 'Call the clinic', es: 'Llamar a la clínica' }, href: 'tel:+15550100' },
    },
  },
};

/** A special-education classroom's flow: a wait you can see, a first–then schedule, the "I need…" board. */
const classroomFlow = {
  version: 1,
  id: 'going-home',
  title: { en: 'Going home', es: 'Volver a casa', fr: 'Rentrer à la maison', ar: 'العودة إلى البيت' },
  start: 'wait',
  steps: {
    wait: {
      kind: 'timer',
      title: { en: 'Wait for the bus', es: 'Espera el autobús', fr: 'Attends le bus', ar: 'انتظر الحافلة' },
      minutes: 3,
      then: 'bus',
      waitForEnd: true,
      next: 'plan',
    },
    plan: {
      kind: 'schedule',
      title: { en: 'First, then', es: 'Primero, después', fr: 'D’abord, ensuite', ar: 'أولًا، ثم' },
      items: [
        { id: 'tidy', picture: 'tidy-up' },
        { id: 'play', picture: 'playground', label: { en: 'Play outside', es: 'Jugar fuera', fr: 'Jouer dehors', ar: 'اللعب في الخارج' } },
      ],
      next: 'need',
    },
    need: { kind: 'board', title: { en: 'What do you need?', es: '¿Qué necesitas?', fr: 'De quoi as-tu besoin ?', ar: 'ماذا تحتاج؟' }, next: 'end' },
    end: { kind: 'end', title: { en: 'See you tomorrow', es: 'Hasta mañana', fr: 'À demain', ar: 'إلى اللقاء غدًا' } },
  },
};
/** The classroom flow from one of its steps on (the steps before it left out, so every step stays reachable). */
const classroomFrom = (start: 'wait' | 'plan' | 'need') => {
  const order = ['wait', 'plan', 'need', 'end'] as const;
  const steps = Object.fromEntries(order.slice(order.indexOf(start)).map((id) => [id, classroomFlow.steps[id]]));
  return { ...classroomFlow, start, steps };
};

/** Broken on purpose: an unknown kind, a `next` to nowhere and a `javascript:` link. */
const brokenFlow = {
  version: 1,
  id: 'broken',
  title: { en: 'Broken' },
  start: 'a',
  steps: {
    a: { kind: 'video', title: { en: 'A' }, next: 'b' },
    b: { kind: 'message', title: { en: 'B' }, next: 'nowhere', link: { label: { en: 'Click' }, href: 'javascript:alert(1)' } },
  },
};

/**
 * Step-by-step de-escalation: check in, a skill matched to how the person feels, check in
 * again. Use the built-in flows, or write your own as JSON.
 */
const meta: Meta<Args> = {
  title: 'Elements/Flow',
  component: 'calm-flow',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `**When to use it.** When a person needs to be walked through a hard moment one step at a time. \`calm-down\` checks in, offers a skill that fits (slow breathing first when distress is 7 or more, crisis help at once for "I need help now"), then checks in again. \`tipp\` is for very strong feelings (with the cautions of DBT handouts: heart conditions, eating disorders or very low weight, pregnancy), \`stop\` for when someone feels pushed to act, \`urge-surfing\` rides out a craving or an urge to self-harm with a gentle check each minute, \`staff-support\` guides the adult who is helping, and \`safety-plan\` builds a personal plan.

**Your own flow.** Clinicians write flows as JSON without code (see *docs/authoring-flows.md* and the published \`calmkit/flow.schema.json\`). A definition is validated before use; errors name the JSON path and the flow shows a calm message with help still there.

**Visual supports.** \`timer\`, \`schedule\` and \`board\` steps show a wait you can see, a picture schedule and the "I need…" board, for people who think in pictures and for transitions (a timer step can keep Next until its end with \`waitForEnd\`).

**One calm path.** An activity in a step (breathing, grounding, a check-in, a plan, a timer, a schedule, a board) is part of the step: one Back, one Next, one progress line and one heading, no end screen of its own. The progress never grows: "Step 2 of 5" where there is one way through, "Step 2" where the way depends on answers. A check-in step can give the rating its own question and anchors (urge surfing rates the urge). After crisis help, the end thanks the person for reaching out.

**Accessibility.** One thing per screen with back, next, start over and "Get help now" on every step; focus moves to the new step's heading only after the person acts; timers never move focus.`,
      },
    },
  },
  args: { flow: 'calm-down', help: 'button', started: false },
  argTypes: {
    flow: { control: 'select', options: FLOWS },
    help: { control: 'inline-radio', options: ['button', 'none'] },
    lang: { control: 'select', options: [undefined, 'en', 'es', 'fr', 'ar'] },
    theme: { control: 'select', options: [undefined, 'light', 'dark', 'contrast'] },
    // A story setting, not an attribute: kept out of the docs table (as in the other stories).
    started: { table: { disable: true } },
  },
  render: (args) => html`<calm-flow
    flow=${args.flow}
    help=${args.help}
    region="US"
    lang=${args.lang ?? nothing}
    theme=${args.theme ?? nothing}
  ></calm-flow>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<CalmFlow>('calm-flow');
    if (!el || !args.started) return;
    await el.updateComplete;
    el.start();
    for (const action of args.path ?? []) {
      await el.updateComplete;
      const selector = action === 'next' ? '[part~="next"]' : `[data-option="${action.replace('option:', '')}"]`;
      const button = el.shadowRoot?.querySelector<HTMLElement>(selector);
      // A tap, as a person makes it: the new step's heading takes focus without a keyboard ring.
      button?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      button?.click();
      // The step is left once its activity has finished (a check-in hands over its answers first).
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};
export default meta;

type Story = StoryObj<Args>;

export const CalmDown: Story = {};
export const CalmDownStarted: Story = { args: { started: true } };
/** TIPP after its check-in: the temperature skill, with the cautions of DBT handouts. */
export const Tipp: Story = { args: { flow: 'tipp', started: true, path: ['next'] } };
export const Stop: Story = { args: { flow: 'stop', started: true } };
/** Riding the wave, after the rating and a few breaths: the gentle check and the ways on, help among them. */
export const UrgeSurfing: Story = { args: { flow: 'urge-surfing', started: true, path: ['next', 'next'] } };
export const StaffSupport: Story = { args: { flow: 'staff-support', started: true } };
export const SafetyPlan: Story = { args: { flow: 'safety-plan', started: true } };
export const Spanish: Story = { args: { flow: 'calm-down', lang: 'es', started: true } };
export const French: Story = { args: { flow: 'tipp', lang: 'fr', started: true } };
export const Arabic: Story = { args: { flow: 'urge-surfing', lang: 'ar' } };
export const Dark: Story = { args: { flow: 'stop', theme: 'dark', started: true } };

/**
 * Steps on a phone: an activity in a step is part of it, with the flow's one Back, one Next, one
 * progress line and one heading. The check-in asks its questions on the one screen.
 */
const phone = { viewport: { value: 'mobile1', isRotated: false } };
export const PhoneCheckInStep: Story = { args: { flow: 'calm-down', started: true }, globals: phone };
/** The exercise inside a step: the flow's Next goes through it one muscle group at a time. */
export const PhoneMuscleStep: Story = { args: { flow: 'tipp', started: true, path: ['next', 'next', 'next', 'next'] }, globals: phone };
/** Urge surfing rates the urge, with its own question and anchors ("No urge" … "The strongest it has been"). */
export const PhoneUrgeRating: Story = { args: { flow: 'urge-surfing', started: true }, globals: phone };
/** Breathing inside a step: started by the flow, with Pause; no Stop or Start again of its own. */
export const PhoneBreathingStep: Story = { args: { flow: 'stop', started: true, path: ['next'] }, globals: phone };
/** After crisis help (here the staff guide's "Someone could get hurt"), the end thanks the person for reaching out. */
export const PhoneEndAfterHelp: Story = {
  args: { flow: 'staff-support', started: true, path: ['option:risk', 'next', 'option:calmer', 'next'] },
  globals: phone,
};

/** A clinic's own flow, given as the `.definition` property (its own words, in English and Spanish). */
export const Custom: Story = {
  render: (args) => html`<calm-flow region="US" lang=${args.lang ?? nothing} .definition=${customFlow}></calm-flow>`,
};

/**
 * Visual supports in a flow: a timer step. The disc empties while the person waits; with
 * `waitForEnd`, Next is ready when the timer ends or the person stops it.
 */
export const TimerStep: Story = {
  args: { started: true },
  render: (args) => html`<calm-flow region="US" lang=${args.lang ?? nothing} theme=${args.theme ?? nothing} .definition=${classroomFrom('wait')}></calm-flow>`,
};
/** A first–then schedule step: the pictures' names in the person's language, or the flow's own words. */
export const ScheduleStep: Story = {
  args: { started: true },
  render: (args) => html`<calm-flow region="US" lang=${args.lang ?? nothing} theme=${args.theme ?? nothing} .definition=${classroomFrom('plan')}></calm-flow>`,
};
/** The "I need…" board as a step: a tap reads the card aloud and shows it large; Help opens crisis help. */
export const BoardStep: Story = {
  args: { started: true },
  render: (args) => html`<calm-flow region="US" lang=${args.lang ?? nothing} theme=${args.theme ?? nothing} .definition=${classroomFrom('need')}></calm-flow>`,
};
/** The board step in Arabic, right to left. */
export const BoardStepArabic: Story = { ...BoardStep, args: { started: true, lang: 'ar' } };

/** The same flow as a child `<script type="application/json">`, as a page without JavaScript of its own would write it. */
export const CustomFromScript: Story = {
  render: () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(customFlow);
    const el = document.createElement('calm-flow');
    el.setAttribute('region', 'US');
    el.append(script);
    return el;
  },
};

/**
 * An invalid definition: the person sees a calm message with help still there; the host hears
 * `calm-config-error` with the JSON path of each problem (shown below the element here, where
 * a page would log it).
 */
export const Invalid: Story = {
  render: () => html`<calm-flow region="US"></calm-flow>
    <h3>calm-config-error</h3>
    <ul class="errors"></ul>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<CalmFlow>('calm-flow');
    const out = canvasElement.querySelector('.errors');
    if (!el || !out) return;
    el.addEventListener('calm-config-error', (event) => {
      // One item per problem, wrapping on a phone (a long line of code would push the page sideways).
      out.replaceChildren(
        ...event.detail.errors.map((e) => {
          const item = document.createElement('li');
          const path = document.createElement('code');
          path.textContent = e.path;
          item.append(path, `: ${e.message}`);
          return item;
        }),
      );
    });
    // The element also warns in the console; this story shows the errors on the page instead,
    // so the console stays clean for the story check.
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      el.definition = brokenFlow;
    } finally {
      console.warn = warn;
    }
    await el.updateComplete;
  },
};

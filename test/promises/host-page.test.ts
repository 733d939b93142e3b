/**
 * "Works in any host page" (SPEC §1.10, §1.5, §1.6): what a framework, a translation file or a
 * careless page does to calmkit is said out loud, and never costs a person their help.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/help/define.js';
import '../../src/elements/flow/define.js';
import '../../src/elements/plan/define.js';
import '../../src/elements/quick-exit/define.js';
import '../../src/elements/grounding/define.js';
import '../../src/elements/check-in/define.js';
import '../../src/elements/kiosk/define.js';
import '../../src/elements/breathing/define.js';
import '../../src/locales/ar.js';
import { sendKeys } from '@web/test-runner-commands';
import type { CalmPlan } from '../../src/elements/plan/calm-plan.js';
import type { CalmGrounding } from '../../src/elements/grounding/calm-grounding.js';
import type { CalmCheckIn } from '../../src/elements/check-in/calm-check-in.js';
import { CalmHelp } from '../../src/elements/help/calm-help.js';
import type { CalmFlow } from '../../src/elements/flow/calm-flow.js';
import type { CalmQuickExit } from '../../src/elements/quick-exit/calm-quick-exit.js';
import type { CalmConfigErrorDetail } from '../../src/events.js';
import { captureWarnings, nextEvent, settle, shadowText } from '../helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('works in any host page', () => {
  describe('object-valued properties given as attributes (Vue without .prop)', () => {
    it('<calm-help resources="[object Object]"> warns with the fix, fires calm-config-error and keeps the built-in help', async () => {
      const warnings = captureWarnings();
      try {
        const holder = document.createElement('div');
        const el = document.createElement('calm-help');
        const error = nextEvent<CalmConfigErrorDetail>(el, 'calm-config-error');
        el.setAttribute('region', 'US');
        el.setAttribute('resources', '[object Object]');
        holder.append(el);
        document.body.append(holder);
        const { detail } = await error;
        expect(detail.element).to.equal('calm-help');
        expect(detail.errors[0]?.path).to.equal('resources');
        expect(warnings.messages.join('\n')).to.contain('<calm-help>').and.contain('.resources').and.contain(':resources.prop');
        expect(shadowText(el)).to.contain('Get help now');
        holder.remove();
      } finally {
        warnings.restore();
      }
    });

    it('<calm-flow definition="[object Object]"> says the clinic\'s flow was not used', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CalmFlow>(html`<calm-flow definition="[object Object]"></calm-flow>`);
        await settle(el);
        expect(warnings.messages.filter((m) => m.includes('<calm-flow>') && m.includes('.definition') && m.includes(':definition.prop'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('refuses JSON given as an attribute where only the property is accepted', async () => {
      const warnings = captureWarnings();
      try {
        const json = JSON.stringify([{ name: 'School counsellor', channels: [{ kind: 'call', target: '5550100' }] }]);
        const el = await fixture<CalmHelp>(html`<calm-help region="US" resources=${json}></calm-help>`);
        await settle(el);
        expect(warnings.messages.some((m) => m.includes('<calm-help>') && m.includes('.resources'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('says so when calmkit loads after the framework set the attribute (upgrade)', async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement('calm-help-late');
        el.setAttribute('resources', '[object Object]');
        document.body.append(el);
        const error = nextEvent<CalmConfigErrorDetail>(el, 'calm-config-error');
        customElements.define('calm-help-late', class extends CalmHelp {});
        expect((await error).detail.errors[0]?.path).to.equal('resources');
        expect(warnings.messages.some((m) => m.includes('<calm-help-late>') && m.includes(':resources.prop'))).to.equal(true);
        el.remove();
      } finally {
        warnings.restore();
      }
    });
  });

  describe('string overrides that would leave a control without words', () => {
    for (const blank of ['', '   ', '\u200B', '\u2060\uFEFF', '\u200C\u200D ']) {
      it(`refuses ${JSON.stringify(blank)} for "Get help now" and "Exit this page" with a warning`, async () => {
        const warnings = captureWarnings();
        try {
          const help = await fixture<CalmHelp>(html`<calm-help .strings=${{ 'help.open': blank }}></calm-help>`);
          expect(part(help, 'button').textContent.trim()).to.equal('Get help now');
          const exit = await fixture<CalmQuickExit>(html`<calm-quick-exit .strings=${{ 'quickExit.button': blank, 'help.open': blank }}></calm-quick-exit>`);
          await settle(exit);
          expect(part(exit, 'button').textContent.trim()).to.equal('Exit this page');
          expect(part(exit, 'help').shadowRoot!.querySelector('[part="button"]')!.textContent.trim()).to.equal('Get help now');
          expect(warnings.messages.filter((m) => m.includes('help.open') && m.includes('<calm-help>'))).to.have.length(1);
          expect(warnings.messages.filter((m) => m.includes('quickExit.button'))).to.have.length(1);
          await expect(exit).to.be.accessible();
        } finally {
          warnings.restore();
        }
      });
    }

    it('keeps an override with real words', async () => {
      const help = await fixture<CalmHelp>(html`<calm-help .strings=${{ 'help.open': 'Talk to Ms Rivera now' }}></calm-help>`);
      expect(part(help, 'button').textContent.trim()).to.equal('Talk to Ms Rivera now');
    });
  });

  describe('bounded warnings', () => {
    it('5,000 made-up languages give a handful of warnings, not 5,000', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CalmHelp>(html`<calm-help></calm-help>`);
        for (let i = 0; i < 5000; i++) {
          el.setAttribute('lang', `zz${i}`);
          el.setAttribute('region', `Q${i}`);
          await el.updateComplete;
        }
        await new Promise((resolve) => setTimeout(resolve));
        expect(warnings.messages.length).to.be.within(1, 40);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('forget on Back/Forward (the back/forward cache)', () => {
    // One word: WebKit's driver drops some spaces while typing.
    const SECRET = 'UnsafeAtHome';
    /** Everything of an element a person or a script could read: its shadow DOM text and every field. */
    const everything = (el: Element): string =>
      el.shadowRoot!.innerHTML + shadowText(el) + [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea')].map((f) => f.value).join('|');
    const chosen = (el: Element) => el.shadowRoot!.querySelectorAll('[aria-pressed="true"], [aria-checked="true"], [aria-selected="true"], .chosen').length;

    async function fillAll(): Promise<{ plan: CalmPlan; grounding: CalmGrounding; checkIn: CalmCheckIn; flow: CalmFlow }> {
      const holder = await fixture<HTMLElement>(html`<div>
        <calm-plan help="none"></calm-plan>
        <calm-grounding input="text" help="none"></calm-grounding>
        <calm-check-in help="none"></calm-check-in>
        <calm-flow flow="stop" help="none"></calm-flow>
      </div>`);
      const plan = holder.querySelector('calm-plan')!;
      const grounding = holder.querySelector('calm-grounding')!;
      const checkIn = holder.querySelector('calm-check-in')!;
      const flow = holder.querySelector('calm-flow')!;
      await settle(plan);
      part(plan, 'input').focus();
      await sendKeys({ type: SECRET });
      part(grounding, 'start').click();
      await settle(grounding);
      part(grounding, 'input').focus();
      await sendKeys({ type: SECRET });
      part(checkIn, 'feeling').click();
      part(flow, 'start').click();
      await Promise.all([settle(checkIn), settle(flow)]);
      expect(everything(plan).includes(SECRET), 'typed in the plan').to.equal(true);
      expect(everything(grounding).includes(SECRET), 'typed in grounding').to.equal(true);
      expect(chosen(checkIn)).to.be.greaterThan(0);
      expect(flow.state).to.equal('running');
      return { plan, grounding, checkIn, flow };
    }

    for (const type of ['pagehide', 'pageshow'] as const) {
      it(`${type} with persisted: every typed word and choice is gone`, async () => {
        const { plan, grounding, checkIn, flow } = await fillAll();
        window.dispatchEvent(new PageTransitionEvent(type, { persisted: true }));
        await Promise.all([plan, grounding, checkIn, flow].map(settle));
        expect(everything(plan).includes(SECRET), 'plan').to.equal(false);
        expect(plan.value.sections).to.satisfy((sections: Record<string, string>) => Object.values(sections).every((words) => words === ''));
        expect(everything(grounding).includes(SECRET), 'grounding').to.equal(false);
        expect(grounding.state).to.equal('idle');
        expect(chosen(checkIn)).to.equal(0);
        expect(flow.state).to.equal('idle');
        await expect(plan).to.be.accessible();
      });
    }

    it('ignores page transitions that do not involve the back/forward cache', async () => {
      const { plan } = await fillAll();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      await settle(plan);
      expect(everything(plan).includes(SECRET), 'typed in the plan').to.equal(true);
    });
  });

  describe('layouts that bend: nothing scrolls sideways at 320 px with long words', () => {
    const EMAIL = 'wellbeing.counsellor@stmarys-primary-school.example.org';
    const URL70 = 'https://www.example.org/student-support/wellbeing/resources/calm-corner';
    const GERMAN = 'Schulsozialarbeiterinnenberatungsstellenverzeichnis';
    const ARABIC = 'والمستشفيات‌والمستوصفات‌والمراكز‌الصحية‌المجتمعية';
    const long = `${GERMAN} ${URL70}`;
    const resources = [{ name: `${GERMAN} (${EMAIL})`, channels: [{ kind: 'email', target: EMAIL }, { kind: 'call', target: '5550100', display: '555 0100' }], hours: GERMAN }];
    const definition = {
      version: 1,
      id: 'long-words',
      title: { en: GERMAN },
      start: 'a',
      steps: {
        a: { kind: 'message', title: { en: GERMAN }, text: { en: `See ${URL70} or write to ${EMAIL}` }, next: 'b', link: { label: { en: URL70 }, href: URL70 } },
        b: { kind: 'end', title: { en: GERMAN } },
      },
    };
    /** The farthest right edge of anything drawn inside `root`'s shadow trees. */
    function rightmost(root: Element): { right: number; what: string } {
      let right = root.getBoundingClientRect().right;
      let what = root.localName;
      const walk = (node: Element): void => {
        for (const child of [...(node.shadowRoot?.children ?? []), ...node.children]) {
          const rect = child.getBoundingClientRect();
          const style = getComputedStyle(child);
          if (rect.width > 0 && style.position !== 'fixed' && child.localName !== 'dialog' && rect.right > right) {
            right = rect.right;
            what = `${child.localName}.${child.className} ${child.textContent.trim().slice(0, 30)}`;
          }
          walk(child);
        }
      };
      walk(root);
      return { right, what };
    }
    const cases: Array<[string, () => ReturnType<typeof html>, (el: HTMLElement) => void]> = [
      ['<calm-help> panel, a school counsellor by e-mail', () => html`<calm-help variant="panel" region="US" .resources=${resources}></calm-help>`, () => undefined],
      ['<calm-help> in Arabic', () => html`<calm-help variant="panel" lang="ar" dir="rtl" region="SA" .resources=${[{ name: ARABIC, channels: [{ kind: 'email', target: EMAIL }] }]}></calm-help>`, () => undefined],
      ['<calm-flow> with a long address in its words', () => html`<calm-flow .definition=${definition}></calm-flow>`, (el) => (el as unknown as { start(): void }).start()],
      ['<calm-quick-exit> with long translated words', () => html`<calm-quick-exit .strings=${{ 'quickExit.button': GERMAN, 'quickExit.hint': long, 'help.open': GERMAN }}></calm-quick-exit>`, () => undefined],
      ['<calm-plan> with long translated words', () => html`<calm-plan .strings=${{ 'plan.safety.title': GERMAN, 'plan.print': GERMAN, 'plan.save': long }}></calm-plan>`, () => undefined],
      ['<calm-grounding> with long translated words', () => html`<calm-grounding input="text" .strings=${{ 'grounding.start': GERMAN, 'help.open': GERMAN }}></calm-grounding>`, (el) => (el as unknown as { start(): void }).start()],
      ['<calm-check-in> with long translated words', () => html`<calm-check-in .strings=${{ 'checkIn.next': GERMAN, 'help.open': GERMAN }}></calm-check-in>`, () => undefined],
      ['<calm-breathing> with long translated words', () => html`<calm-breathing .strings=${{ 'breathing.start': GERMAN, 'help.open': GERMAN }}></calm-breathing>`, () => undefined],
      ['<calm-kiosk> with long translated words', () => html`<calm-kiosk .strings=${{ 'kiosk.welcome.title': GERMAN, 'kiosk.welcome.tap': long, 'kiosk.welcome.start': GERMAN, 'help.open': GERMAN }}></calm-kiosk>`, () => undefined],
    ];
    for (const [name, template, act] of cases) {
      it(name, async () => {
        const warnings = captureWarnings();
        try {
          const frame = await fixture<HTMLElement>(html`<div class="narrow">${template()}</div>`);
          frame.style.width = '320px';
          const el = frame.firstElementChild as HTMLElement;
          await settle(el as unknown as { updateComplete: Promise<unknown> });
          act(el);
          await settle(el as unknown as { updateComplete: Promise<unknown> });
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const frameRight = frame.getBoundingClientRect().right;
          const { right, what } = rightmost(el);
          expect(Math.round(right - frameRight), `px beyond the 320 px column (${what})`).to.be.at.most(1);
          expect(el.scrollWidth, 'scrollWidth').to.be.at.most(320);
        } finally {
          warnings.restore();
        }
      });
    }
  });
});

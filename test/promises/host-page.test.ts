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
    const SECRET = 'I feel unsafe at home';
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
      expect(everything(plan)).to.contain(SECRET);
      expect(everything(grounding)).to.contain(SECRET);
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
      expect(everything(plan)).to.contain(SECRET);
    });
  });
});

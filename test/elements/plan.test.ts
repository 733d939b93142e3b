import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/elements/plan/define.js';
import '../../src/elements/flow/define.js';
import '../../src/locales/ar.js';
import { CalmPlan } from '../../src/elements/plan/calm-plan.js';
import { planTemplates } from '../../src/elements/plan/templates.js';
import { en } from '../../src/locales/en.js';
import { crisisDirectory } from '../../src/content/crisis-directory.js';
import { useDevice } from '../../src/engine/region.js';
import '../../src/locales/es.js';
import { captureWarnings, fakeClockPerTest, deepActiveElement, focusName, requestCount, revoked, settle, shadowText, storedData, unreadable } from '../helpers.js';

type Detail = Record<string, unknown>;
const fields = (el: CalmPlan) => [...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea')];
const part = (el: CalmPlan, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const WORDS = ['my chest gets tight', 'walk the dog', 'Gran’s kitchen'];

/** Types one key at a time (WebKit's driver drops a key repeated within one `type`). */
async function typeKeys(text: string): Promise<void> {
  for (const key of text) await sendKeys({ type: key });
}

/** Types into the first sections by keyboard, as a person would. */
async function typeWords(el: CalmPlan): Promise<void> {
  for (const [i, words] of WORDS.entries()) {
    fields(el)[i]!.focus();
    await typeKeys(words);
  }
  await settle(el);
}

function record(el: Element): Array<CustomEvent<Detail>> {
  const events: Array<CustomEvent<Detail>> = [];
  for (const name of ['calm-help', 'calm-config-error', 'calm-complete', 'calm-step', 'calm-start', 'input', 'change']) {
    el.addEventListener(name, (e) => events.push(e as CustomEvent<Detail>));
  }
  return events;
}

/** Presses Save with the download stubbed (restore with sinon.restore()) and returns the file's text. */
async function savedText(el: CalmPlan): Promise<string> {
  const create = sinon.stub(URL, 'createObjectURL').returns('blob:calmkit-test');
  sinon.stub(URL, 'revokeObjectURL');
  sinon.stub(HTMLAnchorElement.prototype, 'click');
  part(el, 'save')!.click();
  return (create.firstCall.args[0] as Blob).text();
}

describe('<calm-plan>', () => {
  const clock = fakeClockPerTest();

  it('safety (default): the six Stanley–Brown sections, each labelled, help first', async () => {
    const el = await fixture<CalmPlan>(html`<calm-plan region="US"></calm-plan>`);
    expect(part(el, 'heading')!.textContent.trim()).to.equal(en['plan.safety.title']);
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent.trim());
    expect(labels).to.have.length(6);
    expect(labels[0]).to.equal(en['plan.safety.warning']);
    expect(labels[4]).to.equal(en['plan.safety.professionals']);
    for (const field of fields(el)) expect(el.shadowRoot!.querySelector(`label[for="${field.id}"]`)).to.exist;
    const help = el.shadowRoot!.querySelector('calm-help')!;
    expect(help.compareDocumentPosition(fields(el)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(shadowText(el)).to.contain(en['plan.safety.professionalsHint'].replace('{help}', en['help.open']));
    await expect(el).to.be.accessible();
  });

  it('calm-down: the five sections of the school plan', async () => {
    const el = await fixture<CalmPlan>(html`<calm-plan template="calm-down" region="US"></calm-plan>`);
    expect(part(el, 'heading')!.textContent.trim()).to.equal(en['plan.calmDown.title']);
    expect(Object.keys(el.value.sections)).to.deep.equal(['upsets', 'signs', 'helps', 'people', 'place']);
    expect(shadowText(el)).to.contain(en['plan.calmDown.helpsHint']);
    await expect(el).to.be.accessible();
  });

  it('holds typed words in memory and gives the host a fresh copy in .value', async () => {
    const el = await fixture<CalmPlan>(html`<calm-plan></calm-plan>`);
    await typeWords(el);
    const value = el.value;
    expect(value.template).to.equal('safety');
    expect(value.sections).to.deep.include({ 'warning-signs': WORDS[0], coping: WORDS[1], social: WORDS[2], people: '' });
    value.sections.coping = 'changed by the host';
    expect(el.value.sections.coping, 'a copy').to.equal(WORDS[1]);
    expect(el.value).not.to.equal(el.value);
    await expect(el).to.be.accessible();
  });

  it('never puts the words in an event, an attribute, the console or storage, and sends nothing', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => sinon.spy(console, method));
    const requests = requestCount();
    try {
      const el = await fixture<CalmPlan>(html`<calm-plan region="US"></calm-plan>`);
      const events = record(el);
      const documentEvents: Event[] = [];
      const listen = (e: Event) => documentEvents.push(e);
      for (const name of ['calm-help', 'calm-config-error', 'calm-complete']) document.addEventListener(name, listen);
      await typeWords(el);
      sinon.stub(URL, 'createObjectURL').returns('blob:stub');
      sinon.stub(URL, 'revokeObjectURL');
      sinon.stub(HTMLAnchorElement.prototype, 'click');
      part(el, 'save')!.click();
      await settle(el);
      sinon.restore();
      for (const name of ['calm-help', 'calm-config-error', 'calm-complete']) document.removeEventListener(name, listen);
      const seen = JSON.stringify([
        events.filter((e) => e instanceof CustomEvent).map((e) => e.detail),
        documentEvents.map((e) => (e as CustomEvent<unknown>).detail),
        el.outerHTML,
        [...el.attributes].map((a) => a.value),
      ]);
      for (const words of WORDS) expect(seen, words).not.to.contain(words);
      for (const spy of spies) for (const call of spy.getCalls()) expect(JSON.stringify(call.args)).not.to.contain('walk the dog');
      expect(await storedData()).to.deep.equal({ cookies: '', local: 0, session: 0, databases: 0, caches: 0 });
      expect(requestCount(), 'no request').to.equal(requests);
    } finally {
      spies.forEach((spy) => spy.restore());
    }
  });

  it('saves as a text file on the device: a Blob, a download link, the address given up after', async () => {
    const el = await fixture<CalmPlan>(html`<calm-plan></calm-plan>`);
    await typeWords(el);
    const create = sinon.stub(URL, 'createObjectURL').returns('blob:calmkit-test');
    const revoke = sinon.stub(URL, 'revokeObjectURL');
    const clicked: HTMLAnchorElement[] = [];
    sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    try {
      await (async () => {
        const button = part(el, 'save')!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await settle(el);
      })();
      expect(create.calledOnce).to.equal(true);
      const blob = create.firstCall.args[0] as Blob;
      expect(blob.type).to.equal('text/plain;charset=utf-8');
      const text = await blob.text();
      expect(text.startsWith(en['plan.safety.title'])).to.equal(true);
      for (const section of planTemplates.safety.sections) expect(text).to.contain(en[section.label].replace('{help}', en['help.open']));
      for (const words of WORDS) expect(text).to.contain(words);
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal('safety-plan.txt');
      expect(clicked[0]!.getAttribute('href')).to.equal('blob:calmkit-test');
      expect(clicked[0]!.isConnected, 'the link is gone again').to.equal(false);
      expect(revoke.called).to.equal(false);
      clock.advance(1000);
      expect(revoke.calledOnceWith('blob:calmkit-test')).to.equal(true);
      clock.advance(200);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal(en['plan.saved']);
    } finally {
      sinon.restore();
    }
  });

  it('ends the saved text and the printed page with the region\'s emergency number, crisis lines and the date they were checked', async () => {
    const el = await fixture<CalmPlan>(html`<calm-plan region="US"></calm-plan>`);
    try {
      const text = await savedText(el);
      const help = text.slice(text.lastIndexOf(en['help.title']));
      expect(help).to.contain('call 911');
      expect(help).to.contain('988 Suicide & Crisis Lifeline: Call 988');
      expect(help).to.contain('Call 988, then press 1 (For veterans)');
      expect(help).to.contain('Crisis Text Line: Text HOME to 741741');
      const oldest = crisisDirectory['US']!.entries.map((entry) => entry.verified).sort()[0]!;
      expect(help.trimEnd().endsWith(en['help.checked'].replace('{date}', oldest))).to.equal(true);
      const printed = el.shadowRoot!.querySelector('.help-lines')!.textContent;
      expect(printed).to.contain('911').and.contain('988').and.contain(oldest);
      const css = (CalmPlan.styles as Array<{ cssText?: string }>).map((s) => s.cssText ?? '').join('\n');
      expect(css).to.match(/@media print[\s\S]*\.help-lines \{\s*display: block/);
    } finally {
      sinon.restore();
    }
  });

  it('saves, without a region, the local emergency advice and the international directory', async () => {
    useDevice({ zone: 'UTC', languages: [] });
    const el = await fixture<CalmPlan>(html`<calm-plan lang="es"></calm-plan>`);
    try {
      const text = await savedText(el);
      expect(text).to.contain('número de emergencias de tu zona').and.contain('findahelpline.com');
    } finally {
      sinon.restore();
      useDevice(undefined);
    }
  });

  it('prints with a print stylesheet that shows only the plan', async () => {
    const el = await fixture<CalmPlan>(html`<calm-plan></calm-plan>`);
    const print = sinon.stub(window, 'print');
    try {
      part(el, 'print')!.click();
      expect(print.calledOnce).to.equal(true);
    } finally {
      print.restore();
    }
    const css = (CalmPlan.styles as Array<{ cssText?: string }>).map((s) => s.cssText ?? '').join('\n');
    expect(css).to.match(/@media print[\s\S]*calm-help[\s\S]*textarea[\s\S]*display: none[\s\S]*\.print/);
    await typeWords(el);
    expect([...el.shadowRoot!.querySelectorAll('.print')].map((p) => p.textContent)).to.include(WORDS[1]);
  });

  it('clears everything only after a confirm step, with focus where the person expects it', async () => {
    const el = await fixture<CalmPlan>(html`<calm-plan region="US"></calm-plan>`);
    const events = record(el);
    await typeWords(el);
    part(el, 'clear')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(part(el, 'confirm')!.textContent).to.contain(en['plan.clearConfirm']);
    expect(deepActiveElement()!.textContent.trim(), 'the safe answer has focus').to.equal(en['plan.clearNo']);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value.sections.coping, 'kept').to.equal(WORDS[1]);
    expect(focusName(deepActiveElement())).to.equal(focusName(part(el, 'clear')));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    (el.shadowRoot!.querySelector('.confirm .yes') as HTMLElement).click();
    await settle(el);
    expect(Object.values(el.value.sections).every((text) => text === '')).to.equal(true);
    expect(fields(el).every((field) => field.value === '')).to.equal(true);
    expect(shadowText(el)).not.to.contain(WORDS[1]);
    expect(focusName(deepActiveElement())).to.equal(focusName(part(el, 'heading')));
    clock.advance(200);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal(en['plan.cleared']);
    expect(events.filter((e) => e.type.startsWith('calm-'))).to.deep.equal([]);
  });

  it('reset() and removal forget every word', async () => {
    const el = await fixture<CalmPlan>(html`<calm-plan></calm-plan>`);
    await typeWords(el);
    el.reset();
    await settle(el);
    expect(fields(el).every((field) => field.value === '')).to.equal(true);
    await typeWords(el);
    const field = fields(el)[1]!;
    el.remove();
    await el.updateComplete;
    expect(field.value).to.equal('');
    expect(el.shadowRoot!.textContent).not.to.contain(WORDS[1]);
    expect(el.value.sections.coping).to.equal('');
  });

  it('takes a plan back from the host through .value, copying only known sections', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CalmPlan>(html`<calm-plan template="calm-down"></calm-plan>`);
      const events = record(el);
      el.value = JSON.parse('{"template":"calm-down","sections":{"place":"the library","__proto__":{"polluted":true},"nope":"x","helps":42}}');
      await settle(el);
      expect(fields(el)[4]!.value).to.equal('the library');
      expect(el.value.sections.place).to.equal('the library');
      expect(({} as Detail).polluted).to.equal(undefined);
      const errors = events.find((e) => e.type === 'calm-config-error')!.detail.errors as Array<{ path: string }>;
      expect(errors.map((e) => e.path)).to.deep.equal(['$.sections["__proto__"]', '$.sections["nope"]', '$.sections["helps"]']);
      expect(JSON.stringify(errors)).not.to.contain('the library');
      el.value = 'nonsense';
      await settle(el);
      expect(el.value.sections.place).to.equal('');
    } finally {
      warnings.restore();
    }
  });

  it('.value never throws: unreadable, revoked, throwing and frozen objects', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CalmPlan>(html`<calm-plan template="calm-down"></calm-plan>`);
      const events = record(el);
      const getter = (): never => {
        throw new Error('no');
      };
      const throwingSections = { template: 'calm-down', sections: {} };
      Object.defineProperty(throwingSections.sections, 'place', { enumerable: true, get: getter });
      const throwingRoot = {};
      Object.defineProperty(throwingRoot, 'sections', { enumerable: true, get: getter });
      const hostile = {
        unreadable: unreadable(),
        revoked: revoked(),
        'unreadable sections': { sections: unreadable() },
        'revoked sections': { sections: revoked() },
        'a section getter that throws': throwingSections,
        'a sections getter that throws': throwingRoot,
      };
      for (const [name, value] of Object.entries(hostile)) {
        el.value = { sections: { place: 'the library' } };
        expect(() => (el.value = value), name).not.to.throw();
        await settle(el);
        expect(el.value.sections.place, `${name}: nothing kept`).to.equal('');
        expect(fields(el)[4]!.value, name).to.equal('');
      }
      const errors = events.filter((e) => e.type === 'calm-config-error').map((e) => (e.detail.errors as Array<{ path: string }>).map((error) => error.path));
      expect(errors).to.deep.equal([['$'], ['$'], ['$'], ['$'], ['$'], ['$']]);
      el.value = Object.freeze({ template: 'calm-down', sections: Object.freeze({ place: 'the park', helps: 'music' }) });
      await settle(el);
      expect([fields(el)[4]!.value, fields(el)[2]!.value], 'a frozen plan is read and copied').to.deep.equal(['the park', 'music']);
      const copy = el.value;
      expect(Object.isFrozen(copy) || Object.isFrozen(copy.sections), 'a fresh, editable copy').to.equal(false);
    } finally {
      warnings.restore();
    }
  });

  it('warns about an unknown template and uses the safety plan', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CalmPlan>(html`<calm-plan template="diary"></calm-plan>`);
      expect(part(el, 'heading')!.textContent.trim()).to.equal(en['plan.safety.title']);
      expect(warnings.messages.some((m) => m.includes('<calm-plan>') && m.includes('template="diary"') && m.includes('calm-down'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('speaks the element\'s language and direction', async () => {
    const el = await fixture<CalmPlan>(html`<calm-plan lang="ar" region="US"></calm-plan>`);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'save')!.textContent.trim()).to.equal('احفظ كملف نصي');
    await expect(el).to.be.accessible();
  });

  it('lays out each answer in its own direction: English words in an Arabic plan read left to right, on screen and in print', async () => {
    const el = await fixture<CalmPlan>(html`<calm-plan lang="ar" region="US"></calm-plan>`);
    el.value = { template: 'safety', sections: { coping: 'Walk the dog.', people: 'أمي' } };
    await settle(el);
    const [, coping, , people] = fields(el);
    expect(coping!.matches(':dir(ltr)')).to.equal(true);
    expect(people!.matches(':dir(rtl)')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.print')[1]!.matches(':dir(ltr)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('has one main button a screen: Save on its own, the flow\'s Next on a flow\'s plan step (same order and words)', async () => {
    const alone = await fixture<CalmPlan>(html`<calm-plan region="US"></calm-plan>`);
    const mains = (root: ShadowRoot) => [...root.querySelectorAll('.primary')].map((b) => b.getAttribute('part'));
    expect(mains(alone.shadowRoot!)).to.deep.equal(['save']);

    const flow = await fixture<HTMLElementTagNameMap['calm-flow']>(html`<calm-flow flow="safety-plan" region="US"></calm-flow>`);
    flow.start();
    await settle(flow);
    const plan = flow.shadowRoot!.querySelector('calm-plan')!;
    await settle(plan);
    expect([...mains(flow.shadowRoot!), ...mains(plan.shadowRoot!)], 'one main button on the step').to.deep.equal(['next']);
    const names = [...plan.shadowRoot!.querySelectorAll('[part~="controls"] button')].map((b) => [b.getAttribute('part'), b.textContent.trim()]);
    expect(names).to.deep.equal([['print', en['plan.print']], ['save', en['plan.save']], ['clear', en['plan.clear']]]);
    const save = getComputedStyle(part(plan, 'save')!);
    const print = getComputedStyle(part(plan, 'print')!);
    expect([save.backgroundColor, save.color], 'Save looks like Print').to.deep.equal([print.backgroundColor, print.color]);
    await expect(flow).to.be.accessible();
  });

  it('keeps a readable measure on a wide page, and gives its buttons equal room on a 320 px phone', async () => {
    const wide = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"><calm-plan region="US"></calm-plan></div>`);
    const plan = wide.querySelector('calm-plan')!;
    await settle(plan);
    const field = fields(plan)[0]!.getBoundingClientRect();
    expect(field.width).to.be.at.most(42 * 16 + 1);
    // Centred: as much room on either side of the column.
    const host = plan.getBoundingClientRect();
    expect(Math.abs(field.left - host.left - (host.right - field.right))).to.be.below(2);

    const narrow = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><calm-plan region="US"></calm-plan></div>`);
    const phone = narrow.querySelector('calm-plan')!;
    await settle(phone);
    const widths = ['print', 'save', 'clear'].map((name) => Math.round(part(phone, name)!.getBoundingClientRect().width));
    expect(new Set(widths).size, `button widths ${widths.join(', ')}`).to.equal(1);
    expect(phone.scrollWidth).to.be.at.most(320);
    await expect(phone).to.be.accessible();
  });
});

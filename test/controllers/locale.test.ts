import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { CalmElement } from '../../src/elements/calm-element.js';
import { en } from '../../src/locales/en.js';
import { addEnglish, catalogLanguage, registerLocale } from '../../src/locales/registry.js';
import '../../src/locales/es.js';
import '../../src/locales/ar.js';
import { captureWarnings } from '../helpers.js';

// The probe speaks help's words; an element adds its English when its module loads.
addEnglish(en);

class LocaleProbe extends CalmElement {
  override render() {
    return html`<p lang=${this.locale.language} dir=${this.locale.dir}>${this.t('help.open')}</p>`;
  }
  get language() {
    return this.locale.language;
  }
  get direction() {
    return this.locale.dir;
  }
}
customElements.define('calm-locale-probe', LocaleProbe);

const text = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent;

describe('LocaleController', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    document.documentElement.removeAttribute('dir');
  });

  it('uses English when nothing says otherwise', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<LocaleProbe>(html`<calm-locale-probe></calm-locale-probe>`);
    expect(el.language).to.equal('en');
    expect(text(el)).to.equal('Get help now');
  });

  it("follows <html lang>, then the nearest ancestor's lang, then its own", async () => {
    document.documentElement.setAttribute('lang', 'es');
    const wrapper = await fixture(html`<div><section lang="ar"><calm-locale-probe></calm-locale-probe></section></div>`);
    const el = wrapper.querySelector<LocaleProbe>('calm-locale-probe')!;
    await el.updateComplete;
    expect(el.language).to.equal('ar');
    expect(el.direction).to.equal('rtl');
    el.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(el.language).to.equal('en');
    expect(el.direction).to.equal('ltr');
    el.removeAttribute('lang');
    wrapper.querySelector('section')!.removeAttribute('lang');
    await nextFrame();
    await el.updateComplete;
    expect(el.language).to.equal('es');
    expect(text(el)).to.equal('Pide ayuda ahora');
  });

  it('reacts live when <html lang> changes', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const el = await fixture<LocaleProbe>(html`<calm-locale-probe></calm-locale-probe>`);
    document.documentElement.setAttribute('lang', 'es-MX');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('Pide ayuda ahora');
  });

  it('finds the nearest lang across a shadow root boundary', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    section.lang = 'ar';
    const el = new LocaleProbe();
    section.append(el);
    root.append(section);
    await el.updateComplete;
    expect(el.language).to.equal('ar');
  });

  it('takes an explicit dir over the language default', async () => {
    const wrapper = await fixture(html`<div dir="ltr" lang="ar"><calm-locale-probe></calm-locale-probe></div>`);
    const el = wrapper.querySelector<LocaleProbe>('calm-locale-probe')!;
    await el.updateComplete;
    expect(el.direction).to.equal('ltr');
    wrapper.removeAttribute('dir');
    await nextFrame();
    await el.updateComplete;
    expect(el.direction).to.equal('rtl');
  });

  it('falls back to English with one warning for a language that is not loaded', async () => {
    const warnings = captureWarnings();
    try {
      expect(catalogLanguage('de-AT')).to.equal('en');
      expect(catalogLanguage('de')).to.equal('en');
      await Promise.resolve();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('"de"');
  });

  it('does not warn about a language whose module is imported just after the element', async () => {
    const warnings = captureWarnings();
    try {
      expect(catalogLanguage('xx')).to.equal('en');
      registerLocale('xx', en);
      await Promise.resolve();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
    expect(catalogLanguage('xx')).to.equal('xx');
  });

  it('lets the host override any string, copying and checking the object', async () => {
    const el = await fixture<LocaleProbe>(html`<calm-locale-probe lang="en"></calm-locale-probe>`);
    const overrides = { 'help.open': 'Talk to Ms Rivera now', 'no.such.key': 'x', 'help.close': 42 };
    const warnings = captureWarnings();
    try {
      el.strings = overrides;
    } finally {
      warnings.restore();
    }
    overrides['help.open'] = 'changed later';
    await el.updateComplete;
    expect(text(el)).to.equal('Talk to Ms Rivera now');
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages.join()).to.contain('no.such.key');
  });
});

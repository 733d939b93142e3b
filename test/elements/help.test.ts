import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/help/define.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/ar.js';
import type { CalmHelp } from '../../src/elements/help/calm-help.js';
import type { CalmConfigErrorDetail, CalmHelpDetail } from '../../src/events.js';
import { useDevice } from '../../src/engine/region.js';
import { captureWarnings, deepActiveElement, requestCount, shadowText, storedData } from '../helpers.js';

const links = (el: CalmHelp) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.getAttribute('href'));
const openButton = (el: CalmHelp) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const dialog = (el: CalmHelp) => el.shadowRoot!.querySelector('dialog')!;

describe('<calm-help>', () => {
  describe('button variant (default)', () => {
    it('is a named button that opens an accessible dialog, moves focus in and fires calm-help', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help region="US"></calm-help>`);
      await expect(el).to.be.accessible();
      expect(openButton(el).textContent.trim()).to.equal('Get help now');
      expect(dialog(el).open).to.equal(false);
      const event = oneEvent(el, 'calm-help');
      openButton(el).click();
      const { detail } = (await event) as CustomEvent<CalmHelpDetail>;
      expect(detail).to.deep.equal({ reason: 'button' });
      expect(dialog(el).open).to.equal(true);
      expect(deepActiveElement()?.id).to.equal('title');
      expect(shadowText(el)).to.contain('Talk to someone now');
      await expect(el).to.be.accessible();
    });

    it('opens by keyboard, closes with Escape and gives focus back to the button', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help region="GB"></calm-help>`);
      openButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(dialog(el).open).to.equal(true);
      const closed = oneEvent(dialog(el), 'close');
      await sendKeys({ press: 'Escape' });
      await closed;
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      // Compared as a boolean: a failing comparison of two elements makes Firefox's reporter hang.
      expect(deepActiveElement() === openButton(el), 'focus is back on the button').to.equal(true);
    });

    it('closes with its Close button', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help region="US"></calm-help>`);
      openButton(el).click();
      await el.updateComplete;
      const closed = oneEvent(dialog(el), 'close');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.close')!.click();
      await closed;
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      expect(deepActiveElement() === openButton(el), 'focus is back on the button').to.equal(true);
    });

    it('does not fire calm-help when opened by the host with show()', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help region="US"></calm-help>`);
      let fired = 0;
      el.addEventListener('calm-help', () => fired++);
      el.show();
      await el.updateComplete;
      await nextFrame();
      expect(dialog(el).open).to.equal(true);
      expect(fired).to.equal(0);
      el.close();
    });
  });

  describe('regions', () => {
    it('shows the US emergency number and 988 as dialable links', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="US"></calm-help>`);
      expect(shadowText(el)).to.contain('call 911');
      expect(links(el)).to.include('tel:911');
      expect(links(el)).to.include('tel:988');
      expect(links(el)).to.include('sms:988');
      expect(links(el)).to.include('sms:741741?body=HOME');
    });

    it('takes the region from the language when no region is given', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" lang="en-GB"></calm-help>`);
      expect(links(el)).to.include('tel:999');
      expect(links(el)).to.include('tel:116123');
    });

    it('shows a neutral card with the international directory for an unknown region', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="ZZ"></calm-help>`);
      expect(shadowText(el)).to.contain('call your local emergency number');
      expect(links(el).some((href) => href!.startsWith('https://findahelpline.com'))).to.equal(true);
      expect(links(el).some((href) => href!.startsWith('tel:'))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('warns about a malformed region and uses the language region instead', async () => {
      const warnings = captureWarnings();
      let el: CalmHelp;
      try {
        el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="United States" lang="en-US"></calm-help>`);
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<calm-help>').and.contain('region');
      expect(links(el!)).to.include('tel:911');
    });
  });

  describe('region found on the device', () => {
    afterEach(() => useDevice(undefined));
    const panel = (attrs = '') => {
      const holder = document.createElement('div');
      holder.setAttribute('lang', 'en');
      holder.innerHTML = `<calm-help variant="panel" ${attrs}></calm-help>`; // test-only fixture markup
      return fixture<HTMLElement>(holder).then(async (div) => {
        const el = div.querySelector('calm-help')!;
        await el.updateComplete;
        return el;
      });
    };
    const select = (el: CalmHelp) => el.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    const choose = async (el: CalmHelp, region: string) => {
      select(el).value = region;
      select(el).dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };

    it('shows 988 in Chicago and Samaritans in London, with <html lang="en"> and no region', async () => {
      useDevice({ zone: 'America/Chicago', languages: ['en'] });
      expect(links(await panel())).to.include('tel:988');
      useDevice({ zone: 'Europe/London', languages: ['en'] });
      expect(links(await panel())).to.include('tel:116123');
    });

    it('takes the browser languages when the time zone names no place', async () => {
      useDevice({ zone: 'UTC', languages: ['en', 'en-AU'] });
      expect(links(await panel())).to.include('tel:131114');
    });

    it('with UTC and no region anywhere: emergency advice, "Where are you?" and, chosen, that region at once', async () => {
      useDevice({ zone: 'UTC', languages: ['en'] });
      const requests = requestCount();
      const el = await panel();
      expect(shadowText(el)).to.contain('call your local emergency number');
      expect(links(el).some((href) => href!.startsWith('tel:'))).to.equal(false);
      const label = el.shadowRoot!.querySelector('label[for="where"]')!;
      expect(label.textContent.trim()).to.equal('Where are you?');
      // The empty choice says what to do, not the label again (a screen reader reads both).
      expect(select(el).options[0]!.textContent.trim()).to.equal('Choose your country');
      expect(select(el).value).to.equal('');
      const options = [...select(el).options].map((option) => option.value);
      expect(options.filter(Boolean).sort()).to.deep.equal(Object.keys((await import('../../src/content/crisis-directory.js')).crisisDirectory).sort());
      expect([...select(el).options].map((o) => o.textContent)).to.include('United Kingdom');
      await expect(el).to.be.accessible();

      await choose(el, 'GB');
      expect(links(el)).to.include('tel:116123');
      expect(links(el)).to.include('tel:999');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('999');
      expect(label.textContent.trim()).to.equal('Not in the United Kingdom?');
      expect([...select(el).options].some((o) => o.value === ''), 'no empty choice once a country is chosen').to.equal(false);
      // The outside directory stays, last.
      expect(links(el).at(-1)).to.match(/^https:\/\/findahelpline\.com/);
      expect(requestCount()).to.equal(requests);
      await expect(el).to.be.accessible();
    });

    it('forgets the country chosen here when the page goes into or comes back from the back/forward cache', async () => {
      for (const type of ['pagehide', 'pageshow'] as const) {
        const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="US"></calm-help>`);
        await choose(el, 'GB');
        expect(links(el)).to.include('tel:999');
        window.dispatchEvent(new PageTransitionEvent(type, { persisted: false }));
        await el.updateComplete;
        expect(links(el), 'an ordinary page transition keeps it').to.include('tel:999');
        window.dispatchEvent(new PageTransitionEvent(type, { persisted: true }));
        await el.updateComplete;
        expect(links(el), type).to.include('tel:911');
        expect(select(el).value).to.equal('US');
      }
    });

    it('offers "Not in <country>?" on every region view, and a choice wins over the region found', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="US"></calm-help>`);
      expect(el.shadowRoot!.querySelector('label[for="where"]')!.textContent.trim()).to.equal('Not in the United States?');
      expect(select(el).value).to.equal('US');
      await choose(el, 'CA');
      expect(links(el)).to.include('tel:988');
      expect(shadowText(el)).to.contain('Kids Help Phone');
      // The host setting the region again decides again.
      el.region = 'AU';
      await el.updateComplete;
      expect(links(el)).to.include('tel:000');
    });

    it('names the countries in the element\'s language', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="DE" lang="fr"></calm-help>`);
      expect(el.shadowRoot!.querySelector('label[for="where"]')!.textContent.trim()).to.equal('Tu n’es pas en Allemagne\u00a0?');
      expect([...select(el).options].map((o) => o.textContent)).to.include('Royaume-Uni');
    });

    it('asks "Not in …?" with each country\'s own article or preposition, in every language', async () => {
      const asked = {
        en: { US: 'Not in the United States?', GB: 'Not in the United Kingdom?', NL: 'Not in the Netherlands?', CA: 'Not in Canada?' },
        es: { US: '¿No estás en Estados Unidos?', GB: '¿No estás en el Reino Unido?', NL: '¿No estás en los Países Bajos?', CA: '¿No estás en Canadá?' },
        fr: { US: 'Tu n’es pas aux États-Unis\u00a0?', GB: 'Tu n’es pas au Royaume-Uni\u00a0?', NL: 'Tu n’es pas aux Pays-Bas\u00a0?', CA: 'Tu n’es pas au Canada\u00a0?', FR: 'Tu n’es pas en France\u00a0?', SG: 'Tu n’es pas à Singapour\u00a0?' },
        ar: { US: 'لست في الولايات المتحدة؟', GB: 'لست في المملكة المتحدة؟', CA: 'لست في كندا؟' },
      };
      for (const [lang, regions] of Object.entries(asked)) {
        for (const [region, question] of Object.entries(regions)) {
          const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region=${region} lang=${lang}></calm-help>`);
          expect(el.shadowRoot!.querySelector('label[for="where"]')!.textContent.trim(), `${lang} ${region}`).to.equal(question);
        }
        // With no country found: the question, and a first choice that says what to do.
        useDevice({ zone: 'UTC', languages: [] });
        const el = await fixture<CalmHelp>(html`<calm-help variant="panel" lang=${lang}></calm-help>`);
        const label = el.shadowRoot!.querySelector('label[for="where"]')!.textContent.trim();
        expect(select(el).options[0]!.textContent.trim(), lang).not.to.equal(label);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('why it opened and who reads it', () => {
    it('for danger, the emergency number is the first and largest action, then the crisis lines', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="US" reason="danger"></calm-help>`);
      const tel = links(el).filter((href) => href!.startsWith('tel:'));
      expect(tel[0]).to.equal('tel:911');
      expect(tel.slice(1)).to.include('tel:988');
      const emergency = el.shadowRoot!.querySelector('[part="emergency"]')!;
      expect(emergency.classList.contains('first')).to.equal(true);
      expect(emergency.compareDocumentPosition(el.shadowRoot!.querySelector('.intro')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(emergency.textContent).to.contain('If you or someone else could get hurt, call 911 now.');
      await expect(el).to.be.accessible();
    });

    it('warns about an unknown reason and keeps the usual order', async () => {
      const warnings = captureWarnings();
      let el: CalmHelp;
      try {
        el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="US" reason="panic"></calm-help>`);
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('reason');
      expect(el!.shadowRoot!.querySelector('[part="emergency"]')!.classList.contains('first')).to.equal(false);
    });

    const press = {
      en: ['Call 988, then press 1 (For veterans)', 'Call 988, then press 2 (In Spanish)'],
      es: ['Llama al 988, luego marca el 1 (Para veteranos)', 'Llama al 988, luego marca el 2 (En español)'],
      fr: ['Appeler le 988, puis taper 1', 'Appeler le 988, puis taper 2'],
      ar: ['، ثم اضغط 1', '، ثم اضغط 2'],
    };
    for (const [lang, [veterans, spanish]] of Object.entries(press)) {
      it(`says and announces how to reach 988's veterans and Spanish lines (${lang})`, async () => {
        const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="US" lang=${lang}></calm-help>`);
        const names = [...el.shadowRoot!.querySelectorAll('a[href="tel:988"]')].map((a) => a.textContent.replace(/\s+/g, ' ').trim());
        expect(names.some((name) => name.includes(veterans!)), `${JSON.stringify(names)} has ${veterans}`).to.equal(true);
        expect(names.some((name) => name.includes(spanish!)), `${JSON.stringify(names)} has ${spanish}`).to.equal(true);
      });
    }

    it('lets a host contact carry an instruction, and refuses one that is not keys', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="ZZ"></calm-help>`);
      const errors: CalmConfigErrorDetail[] = [];
      el.addEventListener('calm-config-error', (e) => errors.push(e.detail));
      el.resources = [
        { name: 'School line', channels: [{ kind: 'call', target: '5550100', press: '3' }] },
        { name: 'Other', channels: [{ kind: 'call', target: '5550101', press: 'three' }] },
      ];
      await el.updateComplete;
      await nextFrame();
      expect(shadowText(el)).to.contain('Call 5550100, then press 3');
      expect(errors.flatMap((d) => d.errors.map((e) => e.path))).to.include('$[1].channels[0].press');
    });

    const childLines = { GB: ['Childline', 'tel:08001111'], CA: ['Kids Help Phone', 'tel:18006686868'], AU: ['Kids Helpline', 'tel:1800551800'] };
    for (const [region, [name, tel]] of Object.entries(childLines)) {
      it(`for a child in ${region}: "tell a grown-up you trust" first, then ${name}`, async () => {
        const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region=${region} audience="child"></calm-help>`);
        const panelEl = el.shadowRoot!.querySelector('[part="panel"]')!;
        const grownUp = el.shadowRoot!.querySelector('[part="grown-up"]')!;
        expect(grownUp.textContent).to.equal('Tell a grown-up you trust — a teacher, a parent, a school nurse.');
        const firstLink = panelEl.querySelector('a')!;
        expect(grownUp.compareDocumentPosition(firstLink) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect(el.shadowRoot!.querySelector('[part="contact"] h3')!.textContent).to.equal(name);
        expect(links(el)).to.include(tel);
        await expect(el).to.be.accessible();
      });
    }

    it('for a child in the US, 988 serves all ages', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="US" audience="child"></calm-help>`);
      expect(el.shadowRoot!.querySelector('[part="grown-up"]')).to.not.equal(null);
      expect(links(el)).to.include('tel:988');
    });
  });

  describe('languages, themes and direction', () => {
    const titles = { en: 'Talk to someone now', es: 'Habla con alguien ahora', fr: 'Parler à quelqu’un maintenant', ar: 'تحدّث مع أحد الآن' };
    for (const [lang, title] of Object.entries(titles)) {
      it(`speaks ${lang} and stays accessible`, async () => {
        const el = await fixture<CalmHelp>(html`<calm-help variant="panel" lang=${lang} region="CA"></calm-help>`);
        expect(shadowText(el)).to.contain(title);
        const base = el.shadowRoot!.querySelector('[part="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
      });
    }

    for (const theme of ['light', 'dark', 'contrast']) {
      it(`is accessible in the ${theme} theme, including right to left`, async () => {
        const ltr = await fixture<CalmHelp>(html`<calm-help variant="panel" theme=${theme} region="US"></calm-help>`);
        await expect(ltr).to.be.accessible();
        const rtl = await fixture<CalmHelp>(html`<calm-help variant="panel" theme=${theme} lang="ar" region="US"></calm-help>`);
        await expect(rtl).to.be.accessible();
      });
    }

    it('keeps "Get help now" on one line in every language, in the room a 320 px phone leaves inside an activity', async () => {
      for (const lang of ['en', 'es', 'fr', 'ar']) {
        // 272 px: a 320 px screen less an activity's padding (check-in, breathing, the kiosk's bar).
        const wrapper = await fixture<HTMLElement>(html`<div style="width: 272px"><calm-help lang=${lang} region="US"></calm-help></div>`);
        const help = wrapper.querySelector('calm-help')!;
        await help.updateComplete;
        const range = document.createRange();
        range.selectNodeContents(openButton(help));
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        expect(lines.size, `${lang}: ${openButton(help).textContent.trim()}`).to.equal(1);
        expect(openButton(help).getBoundingClientRect().width, lang).to.be.at.most(272);
      }
    });

    it('renders the inline variant accessibly', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="inline" region="AU"></calm-help>`);
      expect(links(el)).to.include('tel:000');
      await expect(el).to.be.accessible();
    });

    it('keeps each number whole and runs "(For veterans)" on in its link on a narrow phone', async () => {
      /** One box per line the text of `range` takes. */
      const lines = (range: Range) => [...range.getClientRects()].filter((r) => r.width > 0);
      const contents = (node: Node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range;
      };
      // 344 px: a 360 px phone's page with a little margin, where "(Pour les anciens combattants)"
      // once left its ")" alone on a line.
      for (const [width, lang, region] of [[280, 'fr', 'CA'], [280, 'en', 'US'], [280, 'en', 'GB'], [344, 'fr', 'US'], [344, 'fr', 'CA']]) {
        const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px"><calm-help variant="panel" lang=${lang} region=${region}></calm-help></div>`);
        const help = wrapper.querySelector('calm-help')!;
        await help.updateComplete;
        const numbers = [...help.shadowRoot!.querySelectorAll('.contact .number')];
        expect(numbers.length).to.be.greaterThan(1);
        // "Appeler le 1-800-668-6868" may wrap before the number, never inside it.
        for (const number of numbers) expect(lines(contents(number)), `${lang}-${region}: ${number.textContent}`).to.have.length(1);
        for (const audience of help.shadowRoot!.querySelectorAll('.for')) {
          const words = document.createRange();
          words.setStart(audience.parentElement!, 0);
          words.setEndBefore(audience);
          const wordLines = lines(words);
          // Running on, it starts on the last line of the words before it (a column beside them would start on their first).
          expect(lines(contents(audience))[0]!.top, `${lang}-${region}: ${audience.parentElement!.textContent}`).to.be.at.least(wordLines[wordLines.length - 1]!.top - 1);
          // …and its ")" never stands alone on a line: it ends the line its last word is on.
          const text = audience.textContent;
          const walker = document.createTreeWalker(audience, NodeFilter.SHOW_TEXT);
          const chars: { node: Text; offset: number }[] = [];
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            for (let i = 0; i < node.data.length; i++) chars.push({ node, offset: i });
          }
          const top = ({ node, offset }: { node: Text; offset: number }) => {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            return range.getBoundingClientRect().top;
          };
          expect(text.endsWith(')')).to.equal(true);
          expect(top(chars.at(-1)!), `${lang}-${region}: ${text}`).to.be.closeTo(top(chars.at(-2)!), 1);
        }
      }
    });

    it('warns about an unknown variant and falls back to the button', async () => {
      const warnings = captureWarnings();
      let el: CalmHelp;
      try {
        el = await fixture<CalmHelp>(html`<calm-help variant="huge"></calm-help>`);
      } finally {
        warnings.restore();
      }
      expect(openButton(el!)).to.exist;
      expect(warnings.messages.filter((m) => m.includes('variant="huge"'))).to.have.length(1);
    });
  });

  describe('host resources', () => {
    it('shows a valid host contact first and lets it replace a built-in entry by id', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="US"></calm-help>`);
      el.resources = [
        { name: 'Riverside Clinic after-hours line', hours: 'Every day, 5pm to 9am', channels: [{ kind: 'call', target: '+1 (555) 010-0199', display: '555-010-0199' }] },
        { id: 'us-crisis-text-line', name: 'Our school counsellor', channels: [{ kind: 'email', target: 'counsellor@school.example' }] },
      ];
      await el.updateComplete;
      const names = [...el.shadowRoot!.querySelectorAll('.name')].map((n) => n.textContent);
      expect(names[0]).to.equal('Riverside Clinic after-hours line');
      expect(names[1]).to.equal('Our school counsellor');
      expect(links(el)).to.include('tel:+15550100199');
      expect(links(el)).to.include('mailto:counsellor@school.example');
      expect(links(el)).not.to.include('sms:741741?body=HOME');
      expect(shadowText(el)).to.contain('Every day, 5pm to 9am');
    });

    it('renders markup as text, refuses unsafe links and reports them with their path', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="ZZ"></calm-help>`);
      const errors = oneEvent(el, 'calm-config-error');
      const warnings = captureWarnings();
      try {
        el.resources = [
          {
            name: '<img src=x onerror=alert(1)><b>Bold</b>',
            channels: [
              { kind: 'chat', target: 'javascript:alert(1)' },
              { kind: 'chat', target: 'data:text/html,<script>alert(1)</script>' },
              { kind: 'chat', target: 'http://insecure.example' },
              { kind: 'call', target: '988' },
            ],
          },
        ];
      } finally {
        warnings.restore();
      }
      const { detail } = (await errors) as CustomEvent<CalmConfigErrorDetail>;
      expect(detail.element).to.equal('calm-help');
      expect(detail.errors.map((e) => e.path)).to.deep.equal([
        '$[0].channels[0].target',
        '$[0].channels[1].target',
        '$[0].channels[2].target',
      ]);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect(shadowText(el)).to.contain('<img src=x onerror=alert(1)><b>Bold</b>');
      for (const href of links(el)) expect(href).to.match(/^(https:|tel:|sms:|mailto:)/);
      expect(warnings.messages.length).to.be.greaterThan(0);
    });

    it('ignores __proto__ and never pollutes shared objects', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="US"></calm-help>`);
      const hostile = JSON.parse(
        '[{"name":"Line","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"channels":[{"kind":"call","target":"123","__proto__":{"polluted":true}}]}]',
      ) as unknown;
      el.resources = hostile;
      await el.updateComplete;
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
      const copy = el.resources[0]!;
      expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
      expect(Object.keys(copy)).not.to.include('__proto__');
      expect(links(el)).to.include('tel:123');
    });

    it('copies host data, so later changes by the host do not reach the element', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="ZZ"></calm-help>`);
      const resources = [{ name: 'Clinic', channels: [{ kind: 'call', target: '5550100' }] }];
      el.resources = resources;
      resources[0]!.name = 'Changed';
      resources[0]!.channels[0]!.target = 'javascript:alert(1)';
      el.requestUpdate();
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Clinic');
      expect(links(el)).to.include('tel:5550100');
    });

    it('reads contacts from a child JSON script and survives broken JSON', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="ZZ">
        <script type="application/json">[{"name":"School nurse","channels":[{"kind":"call","target":"5550123"}]}]</script>
      </calm-help>`);
      expect(shadowText(el)).to.contain('School nurse');
      const warnings = captureWarnings();
      let broken: CalmHelp;
      try {
        broken = await fixture<CalmHelp>(html`<calm-help variant="panel" region="US"><script type="application/json">{oops</script></calm-help>`);
      } finally {
        warnings.restore();
      }
      expect(links(broken!)).to.include('tel:911');
      expect(warnings.messages.join()).to.contain('JSON');
    });

    it('ignores a resources value that is not a list, and keeps the built-in help', async () => {
      const el = await fixture<CalmHelp>(html`<calm-help variant="panel" region="US"></calm-help>`);
      const warnings = captureWarnings();
      try {
        for (const bad of [42, 'text', { name: 'x' }, [null, 7, { name: '' }]]) el.resources = bad;
      } finally {
        warnings.restore();
      }
      await el.updateComplete;
      expect(links(el)).to.include('tel:988');
    });
  });

  describe('privacy', () => {
    it('makes no request and stores nothing while a person opens and reads help', async () => {
      const before = requestCount();
      const el = await fixture<CalmHelp>(html`<calm-help region="US" lang="es"></calm-help>`);
      openButton(el).click();
      await el.updateComplete;
      await nextFrame();
      el.close();
      expect(requestCount()).to.equal(before);
      expect(await storedData()).to.deep.equal({ cookies: '', local: 0, session: 0, databases: 0, caches: 0 });
    });
  });
});

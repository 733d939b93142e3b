import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/choice/define.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/ar.js';
import type { CalmChoice } from '../../src/elements/choice/calm-choice.js';
import { captureWarnings, deepActiveElement, detailsOf, recordEvents, settle, tabAndPress, tapAndSettle } from '../helpers.js';

interface Utterance {
  text: string;
  lang: string;
}
class FakeUtterance {
  lang = '';
  voice: unknown = null;
  constructor(public text: string) {}
}

let spoken: Utterance[] = [];
const originals: Array<[string, PropertyDescriptor | undefined]> = [];
function replace(name: string, value: unknown): void {
  originals.push([name, Object.getOwnPropertyDescriptor(window, name)]);
  Object.defineProperty(window, name, { configurable: true, writable: true, value });
}

const cards = (el: CalmChoice) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.card')];
const card = (el: CalmChoice, id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`.card[data-id="${id}"]`)!;
const words = (el: CalmChoice) => cards(el).map((c) => c.textContent.trim());
const dialog = (el: CalmChoice) => el.shadowRoot!.querySelector('dialog');

describe('<calm-choice>', () => {
  beforeEach(() => {
    spoken = [];
    replace('speechSynthesis', {
      getVoices: () => [{ lang: 'en-US' }, { lang: 'es-ES' }, { lang: 'fr-FR' }, { lang: 'ar-SA' }],
      speak: (u: FakeUtterance) => spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => {},
    });
    replace('SpeechSynthesisUtterance', FakeUtterance);
  });
  afterEach(() => {
    for (const [name, descriptor] of originals.reverse()) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else Reflect.deleteProperty(window, name);
    }
    originals.length = 0;
    document.querySelectorAll('calm-choice').forEach((el) => el.remove());
  });

  it('shows the built-in needs six to a screen, after help, with More cards to page through', async () => {
    const el = await fixture<CalmChoice>(html`<calm-choice></calm-choice>`);
    expect(el.shadowRoot!.firstElementChild!.firstElementChild!.localName).to.equal('calm-help');
    expect(words(el)).to.deep.equal(['A break', 'Quiet', 'A drink', 'The toilet', 'Help', 'Space']);
    expect(el.shadowRoot!.querySelector('.paging')!.textContent).to.contain('Page 1 of 2');
    await tabAndPress(el, el.shadowRoot!.querySelector('.more'), ' ');
    expect(words(el)).to.deep.equal(['Headphones', 'Stop', 'More time', 'To talk', 'To move']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.more')!.click();
    await settle(el);
    expect(words(el)[0]).to.equal('A break');
    await expect(el).to.be.accessible();
  });

  for (const perScreen of [4, 9]) {
    it(`lays out ${perScreen} cards a screen`, async () => {
      const el = await fixture<CalmChoice>(html`<calm-choice per-screen=${perScreen}></calm-choice>`);
      expect(cards(el)).to.have.length(perScreen);
      const columns = new Set(cards(el).map((c) => Math.round(c.getBoundingClientRect().left))).size;
      expect(columns).to.equal(perScreen === 4 ? 2 : 3);
    });
  }

  it('keeps whole words on a phone-narrow board: two columns, no word broken across lines', async () => {
    for (const perScreen of [6, 9]) {
      const el = await fixture<CalmChoice>(html`<calm-choice per-screen=${perScreen} style="display: block; inline-size: 320px"></calm-choice>`);
      const columns = new Set(cards(el).map((c) => Math.round(c.getBoundingClientRect().left))).size;
      expect(columns, `${perScreen} a screen`).to.equal(2);
      for (const label of cards(el).map((c) => c.querySelector('span')!)) {
        const range = document.createRange();
        range.selectNodeContents(label);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        const words = label.textContent.trim().split(/\s+/).length;
        expect(lines, label.textContent).to.be.at.most(words);
      }
    }
  });

  it('a tap says the words in the element language, fires calm-choice with the id only, and shows the card full screen', async () => {
    const el = await fixture<CalmChoice>(html`<calm-choice lang="es"></calm-choice>`);
    const events = recordEvents(el, ['calm-choice', 'calm-help']);
    await tapAndSettle(el, card(el, 'drink'));
    expect(spoken).to.deep.equal([{ text: 'Beber algo', lang: 'es' }]);
    expect(detailsOf(events, 'calm-choice')).to.deep.equal([{ id: 'drink' }]);
    const show = dialog(el)!;
    expect(show.open).to.equal(true);
    expect(show.textContent).to.contain('Necesito').and.contain('Beber algo');
    const box = show.getBoundingClientRect();
    expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([window.innerWidth, window.innerHeight]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(dialog(el) === null, 'the show-me card is gone').to.equal(true);
    expect(deepActiveElement()).to.equal(card(el, 'drink'));
  });

  it('works by keyboard and switch (Tab, then Enter or Space), and Close returns to the card', async () => {
    const el = await fixture<CalmChoice>(html`<calm-choice per-screen="4"></calm-choice>`);
    const events = recordEvents(el, ['calm-choice']);
    await tabAndPress(el, card(el, 'quiet'), ' ');
    expect(dialog(el)!.open).to.equal(true);
    expect(deepActiveElement()!.textContent.trim()).to.equal('Close');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(dialog(el) === null, 'the show-me card is gone').to.equal(true);
    expect(deepActiveElement()).to.equal(card(el, 'quiet'));
    expect(detailsOf(events, 'calm-choice')).to.deep.equal([{ id: 'quiet' }]);
    expect(spoken.map((u) => u.text)).to.deep.equal(['Quiet']);
  });

  it('the Help card opens crisis help instead of a show-me card', async () => {
    const el = await fixture<CalmChoice>(html`<calm-choice></calm-choice>`);
    const events = recordEvents(el, ['calm-choice', 'calm-help']);
    card(el, 'help').click();
    await settle(el);
    expect(dialog(el) === null, 'the show-me card is gone').to.equal(true);
    const help = el.shadowRoot!.querySelector('calm-help')!;
    expect(help.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    expect(events.map((e) => [e.type, e.detail.id ?? e.detail.reason])).to.deep.equal([['calm-choice', 'help'], ['calm-help', 'need']]);
  });

  it('help stays one tap away while the show-me card fills the screen', async () => {
    const el = await fixture<CalmChoice>(html`<calm-choice></calm-choice>`);
    card(el, 'space').click();
    await settle(el);
    dialog(el)!.querySelector<HTMLButtonElement>('.help')!.click();
    await settle(el);
    expect(dialog(el) === null, 'the show-me card is gone').to.equal(true);
    expect(el.shadowRoot!.querySelector('calm-help')!.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
  });

  it('speak="off" keeps the board silent', async () => {
    const el = await fixture<CalmChoice>(html`<calm-choice speak="off"></calm-choice>`);
    card(el, 'break').click();
    await settle(el);
    expect(spoken).to.deep.equal([]);
    expect(dialog(el)!.open).to.equal(true);
  });

  it('takes the host’s cards from JSON and from the property, and refuses unsafe pictures', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CalmChoice>(html`<calm-choice>
        <script type="application/json">
          [{ "id": "swing", "label": "The swing", "picture": "playground" }, { "id": "x", "label": "X", "picture": "https://example.com/x.png" }]
        </script>
      </calm-choice>`);
      expect(words(el)).to.deep.equal(['The swing']);
      expect(warnings.messages.join('\n')).to.contain('<calm-choice> $[1]: picture must be');
      const events = recordEvents(el, ['calm-config-error']);
      el.items = [{ id: 'hug', label: 'A hug', picture: 'javascript:alert(1)' }, { id: 'walk', picture: 'walk' }];
      await settle(el);
      expect(words(el)).to.deep.equal(['Walk']);
      expect(detailsOf(events, 'calm-config-error')[0]!.element).to.equal('calm-choice');
      el.items = 'not a list';
      await settle(el);
      expect(words(el)).to.have.length(6);
    } finally {
      warnings.restore();
    }
  });

  for (const picture of ['<svg onload="alert(1)"></svg>', 'data:text/html,<b>hi</b>', '//example.com/x.png']) {
    it(`refuses ${picture.slice(0, 12)}… as a picture with a warning and calm-config-error`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CalmChoice>(html`<calm-choice></calm-choice>`);
        const events = recordEvents(el, ['calm-config-error']);
        el.items = [{ id: 'bad', label: 'Bad', picture }, { id: 'stretch', picture: 'stretch' }];
        await settle(el);
        expect(words(el)).to.deep.equal(['Stretch']);
        expect(el.shadowRoot!.querySelector('img, [onload]') === null, 'nothing drawn from it').to.equal(true);
        expect(detailsOf(events, 'calm-config-error').map((d) => (d.errors as Array<{ path: string }>)[0]!.path)).to.deep.equal(['$.items[0]']);
        expect(warnings.messages.join('\n')).to.contain('<calm-choice> $.items[0]: picture must be');
      } finally {
        warnings.restore();
      }
    });
  }

  it('warns about per-screen and speak values it cannot use, and falls back', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CalmChoice>(html`<calm-choice per-screen="5" speak="loud"></calm-choice>`);
      expect(cards(el)).to.have.length(6);
      expect(warnings.messages.join('\n')).to.contain('per-screen="5" is not valid').and.contain('speak="loud" is not valid');
    } finally {
      warnings.restore();
    }
  });

  it('right to left in Arabic, with Arabic speech', async () => {
    const el = await fixture<CalmChoice>(html`<calm-choice lang="ar"></calm-choice>`);
    expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    card(el, 'quiet').click();
    await settle(el);
    expect(spoken).to.deep.equal([{ text: 'هدوء', lang: 'ar' }]);
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark', 'contrast']) {
    it(`passes axe in the ${theme} theme; every card is at least 44 px`, async () => {
      const el = await fixture<CalmChoice>(html`<calm-choice theme=${theme} per-screen="9"></calm-choice>`);
      await expect(el).to.be.accessible();
      for (const button of cards(el)) {
        const box = button.getBoundingClientRect();
        expect(Math.min(box.width, box.height)).to.be.at.least(44);
      }
    });
  }
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/schedule/define.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/ar.js';
import type { CalmSchedule } from '../../src/elements/schedule/calm-schedule.js';
import { captureWarnings, deepActiveElement, detailsOf, fakeClockPerTest, recordEvents, settle, shadowText, tabAndPress, tapAndSettle } from '../helpers.js';

const clock = fakeClockPerTest();
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const ITEMS = [
  { id: 'maths', picture: 'numbers' },
  { id: 'break', label: 'Break with Sam', picture: 'break' },
  { id: 'lunch', label: 'Lunch', picture: PNG },
];

const labels = (el: CalmSchedule, selector = '.items .label') => [...el.shadowRoot!.querySelectorAll(selector)].map((e) => e.textContent.trim());
const doneButton = (el: CalmSchedule, id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] button`);

describe('<calm-schedule>', () => {
  it('shows first–then from a child JSON script, with help first and pictogram names as default labels', async () => {
    const el = await fixture<CalmSchedule>(html`<calm-schedule>
      <script type="application/json">
        [{ "id": "maths", "picture": "numbers" }, { "id": "play", "picture": "playground" }]
      </script>
    </calm-schedule>`);
    expect(el.shadowRoot!.firstElementChild!.firstElementChild!.localName).to.equal('calm-help');
    expect(labels(el)).to.deep.equal(['Math', 'Playground']);
    expect(labels(el, '.when')).to.deep.equal(['First', 'Then']);
    expect(el.shadowRoot!.querySelectorAll('svg.picture')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('says so while it has no items, in the element\'s language, and shows them once they come', async () => {
    const el = await fixture<CalmSchedule>(html`<calm-schedule></calm-schedule>`);
    expect(shadowText(el)).to.contain('Nothing on the schedule yet.');
    await expect(el).to.be.accessible();
    el.lang = 'es';
    await settle(el);
    expect(shadowText(el)).to.contain('Todavía no hay nada en el horario.');
    el.items = ITEMS;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="empty"]')).to.equal(null);
    expect(labels(el)).to.have.length(2);
  });

  it('shows now, next and later from the .items property, and a data: picture in an <img>', async () => {
    const el = await fixture<CalmSchedule>(html`<calm-schedule variant="now-next" .items=${ITEMS}></calm-schedule>`);
    expect(labels(el)).to.deep.equal(['Math', 'Break with Sam', 'Lunch']);
    expect(labels(el, '.when')).to.deep.equal(['Now', 'Next', 'Later']);
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(PNG);
    expect(el.items).to.deep.equal(ITEMS);
    expect(el.items).not.to.equal(ITEMS);
    await expect(el).to.be.accessible();
  });

  it('marks done by touch: the item moves to All done, the next steps up, calm-step reports the id', async () => {
    const el = await fixture<CalmSchedule>(html`<calm-schedule variant="list" .items=${ITEMS}></calm-schedule>`);
    const events = recordEvents(el, ['calm-step', 'calm-complete']);
    await tapAndSettle(el, doneButton(el, 'maths'));
    expect(labels(el)).to.deep.equal(['Break with Sam', 'Lunch']);
    expect(labels(el, '.done-list li')).to.deep.equal(['Math']);
    expect(detailsOf(events, 'calm-step')).to.deep.equal([{ activity: 'schedule', step: 'maths', index: 0, total: 3 }]);
    expect(deepActiveElement()).to.equal(doneButton(el, 'break'));
    clock.advance(2000);
    await settle(el);
    expect(shadowText(el)).to.contain('Math is done.');
    await expect(el).to.be.accessible();
  });

  it('marks done by keyboard, and the last one completes the schedule', async () => {
    const el = await fixture<CalmSchedule>(html`<calm-schedule .items=${ITEMS.slice(0, 2)}></calm-schedule>`);
    const events = recordEvents(el, ['calm-step', 'calm-complete']);
    await tabAndPress(el, doneButton(el, 'maths'));
    clock.advance(5000);
    await tabAndPress(el, doneButton(el, 'break'), ' ');
    expect(detailsOf(events, 'calm-step').map((d) => d.step)).to.deep.equal(['maths', 'break']);
    expect(detailsOf(events, 'calm-complete')).to.deep.equal([{ activity: 'schedule', elapsedMs: 5000, finished: true }]);
    expect(shadowText(el)).to.contain('Everything is done.');
    expect(deepActiveElement()!.classList.contains('done-heading')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('lets the host mark an item done, quietly, and reset', async () => {
    const el = await fixture<CalmSchedule>(html`<calm-schedule variant="now-next" .items=${ITEMS}></calm-schedule>`);
    const events = recordEvents(el, ['calm-step', 'calm-complete']);
    el.markDone('break');
    el.markDone();
    await settle(el);
    expect(el.doneIds).to.deep.equal(['maths', 'break']);
    expect(labels(el)).to.deep.equal(['Lunch']);
    expect(events).to.deep.equal([]);
    el.reset();
    await settle(el);
    expect(labels(el)).to.deep.equal(['Math', 'Break with Sam', 'Lunch']);
  });

  for (const [what, picture] of [
    ['a remote URL', 'https://example.com/a.png'],
    ['javascript:', 'javascript:alert(1)'],
    ['inline markup', '<svg onload="alert(1)"></svg>'],
    ['a data: URL of another type', 'data:text/html,<script>alert(1)</script>'],
  ] as const) {
    it(`refuses ${what} as a picture with a warning and calm-config-error, keeping the rest`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<CalmSchedule>(html`<calm-schedule></calm-schedule>`);
        const events = recordEvents(el, ['calm-config-error']);
        el.items = [{ id: 'bad', label: 'Bad', picture }, { id: 'read', picture: 'read' }];
        await settle(el);
        expect(labels(el)).to.deep.equal(['Read']);
        expect(el.shadowRoot!.querySelector('img') === null, 'no img').to.equal(true);
        expect(detailsOf(events, 'calm-config-error')).to.have.length(1);
        expect((detailsOf(events, 'calm-config-error')[0]!.errors as Array<{ path: string }>)[0]!.path).to.equal('$.items[0]');
        expect(warnings.messages.join('\n')).to.contain('<calm-schedule> $.items[0]: picture must be');
      } finally {
        warnings.restore();
      }
    });
  }

  it('warns about a bad variant, unreadable JSON and more than 8 items, and still shows a schedule', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<CalmSchedule>(html`<calm-schedule variant="grid"><script type="application/json">[{"id":</script></calm-schedule>`);
      expect(warnings.messages.join('\n')).to.contain('variant="grid" is not valid').and.contain('could not be read');
      el.items = Array.from({ length: 9 }, (_, i) => ({ id: `i${i}`, picture: 'read' }));
      el.variant = 'list';
      await settle(el);
      expect(labels(el)).to.have.length(8);
      expect(warnings.messages.join('\n')).to.contain('only 8 items');
    } finally {
      warnings.restore();
    }
  });

  it('names the pictures the British way under en-GB (Maths, not Math)', async () => {
    const el = await fixture<CalmSchedule>(html`<calm-schedule lang="en-GB" .items=${ITEMS}></calm-schedule>`);
    expect(labels(el)[0]).to.equal('Maths');
  });

  it('speaks the element language, Arabic right to left', async () => {
    const es = await fixture<CalmSchedule>(html`<calm-schedule lang="es" .items=${ITEMS}></calm-schedule>`);
    expect(labels(es, '.when')).to.deep.equal(['Primero', 'Después']);
    expect(labels(es)[0]).to.equal('Matemáticas');
    const ar = await fixture<CalmSchedule>(html`<calm-schedule lang="ar" variant="now-next" .items=${ITEMS}></calm-schedule>`);
    expect(ar.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    expect(labels(ar, '.when')[0]).to.equal('الآن');
    await expect(ar).to.be.accessible();
  });

  it('gives its pieces room: the "All done" line clear of the last card, pictures large in a wide card', async () => {
    const el = await fixture<CalmSchedule>(html`<calm-schedule variant="list" .items=${ITEMS}></calm-schedule>`);
    el.markDone();
    await settle(el);
    const items = el.shadowRoot!.querySelector('.items')!.getBoundingClientRect();
    const done = el.shadowRoot!.querySelector('[part~="done"]')!.getBoundingClientRect();
    expect(done.top - items.bottom).to.be.at.least(8);

    const wide = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"><calm-schedule .items=${ITEMS}></calm-schedule></div>`);
    const board = wide.querySelector('calm-schedule')!;
    await settle(board);
    const picture = board.shadowRoot!.querySelector('.item .picture')!.getBoundingClientRect();
    expect(picture.width).to.be.above(5.5 * 16 + 1);
    await expect(board).to.be.accessible();
  });

  it('keeps a one-word label whole in a list row on a phone', async () => {
    const phone = await fixture<HTMLDivElement>(html`<div style="inline-size: 312px"><calm-schedule variant="list" .items=${[{ id: 'break', picture: 'playground' }, { id: 'home', picture: 'bus' }]}></calm-schedule></div>`);
    const el = phone.querySelector('calm-schedule')!;
    await settle(el);
    const label = el.shadowRoot!.querySelector<HTMLElement>('.items .label')!;
    expect(label.textContent.trim()).to.equal('Playground');
    // One line: a word broken in two would be two lines high.
    expect(label.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(label).lineHeight) * 1.5);
    expect(el.scrollWidth).to.be.at.most(312);
  });

  for (const theme of ['light', 'dark', 'contrast']) {
    it(`passes axe in the ${theme} theme with items done`, async () => {
      const el = await fixture<CalmSchedule>(html`<calm-schedule theme=${theme} variant="list" .items=${ITEMS}></calm-schedule>`);
      el.markDone();
      await settle(el);
      await expect(el).to.be.accessible();
      for (const button of el.shadowRoot!.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        expect(Math.min(box.width, box.height)).to.be.at.least(44);
      }
    });
  }
});

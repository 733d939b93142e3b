import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type TemplateResult } from 'lit';
import { RovingFocusController, type GridPosition } from '../../src/controllers/roving-focus.js';
import { deepActiveElement } from '../helpers.js';

/** Two columns of uneven length, as the feelings grid can be: 3 items on the left, 2 on the right. */
const grid: GridPosition[] = [
  { row: 0, column: 0 },
  { row: 1, column: 0 },
  { row: 2, column: 0 },
  { row: 0, column: 1 },
  { row: 1, column: 1 },
];

class RovingTest extends LitElement {
  static override properties = { count: { type: Number } };
  count = 5;
  layout: 'line' | 'grid' = 'line';
  wrap = false;
  textDirection: 'ltr' | 'rtl' = 'ltr';
  moved: number[] = [];
  roving: RovingFocusController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.roving ??= new RovingFocusController(this, {
      items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[data-i]')],
      position: this.layout === 'grid' ? (i) => grid[i]! : undefined,
      direction: () => this.textDirection,
      wrap: this.wrap,
      onMove: (i) => this.moved.push(i),
    });
  }

  protected override render(): TemplateResult {
    const roving = this.roving!;
    return html`<button class="before" tabindex="0">before</button>
      <div role="toolbar" aria-label="test" @keydown=${roving.onKeydown} @focusin=${roving.onFocusin}>
        ${Array.from({ length: this.count }, (_, i) => html`<button data-i=${i} tabindex=${roving.tabIndex(i, this.count)}>${i}</button>`)}
      </div>
      <button class="after" tabindex="0">after</button>`;
  }
}
customElements.define('roving-test', RovingTest);

async function make(options: Partial<Pick<RovingTest, 'layout' | 'wrap' | 'textDirection'>> = {}): Promise<RovingTest> {
  const el = new RovingTest();
  Object.assign(el, options);
  return fixture<RovingTest>(html`<div>${el}</div>`).then(() => el);
}
const item = (el: RovingTest, i: number) => el.shadowRoot!.querySelector<HTMLElement>(`[data-i="${i}"]`)!;
const focused = () => Number((deepActiveElement() as HTMLElement | null)?.dataset.i ?? NaN);
const tabStops = (el: RovingTest) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-i]')].filter((b) => b.tabIndex === 0).map((b) => Number(b.dataset.i));

async function press(el: RovingTest, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('RovingFocusController', () => {
  it('makes the widget one Tab stop, on the first item', async () => {
    const el = await make();
    expect(tabStops(el)).to.deep.equal([0]);
    el.shadowRoot!.querySelector<HTMLElement>('.before')!.focus();
    await press(el, 'Tab');
    expect(focused()).to.equal(0);
    await press(el, 'Tab');
    expect(deepActiveElement(), 'Tab leaves the widget').to.equal(el.shadowRoot!.querySelector('.after'));
  });

  it('in a line: every arrow moves to the next or previous item, Home and End to the ends, stopping at the edges', async () => {
    const el = await make();
    item(el, 0).focus();
    await press(el, 'ArrowRight');
    expect(focused()).to.equal(1);
    await press(el, 'ArrowDown');
    expect(focused()).to.equal(2);
    await press(el, 'ArrowUp');
    expect(focused()).to.equal(1);
    await press(el, 'ArrowLeft');
    expect(focused()).to.equal(0);
    await press(el, 'ArrowLeft');
    expect(focused(), 'no wrap by default').to.equal(0);
    await press(el, 'End');
    expect(focused()).to.equal(4);
    await press(el, 'ArrowRight');
    expect(focused()).to.equal(4);
    await press(el, 'Home');
    expect(focused()).to.equal(0);
    expect(tabStops(el)).to.deep.equal([0]);
    expect(el.moved).to.deep.equal([1, 2, 1, 0, 4, 0]);
  });

  it('keeps the last focused item as the Tab stop, so Tab returns there', async () => {
    const el = await make();
    item(el, 0).focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(tabStops(el)).to.deep.equal([2]);
    el.shadowRoot!.querySelector<HTMLElement>('.before')!.focus();
    await press(el, 'Tab');
    expect(focused()).to.equal(2);
  });

  it('with wrap: past the last item goes round to the first, and back', async () => {
    const el = await make({ wrap: true });
    item(el, 4).focus();
    await press(el, 'ArrowRight');
    expect(focused()).to.equal(0);
    await press(el, 'ArrowUp');
    expect(focused()).to.equal(4);
  });

  it('right to left: ArrowLeft moves forward and ArrowRight back; Up and Down are unchanged', async () => {
    const el = await make({ textDirection: 'rtl' });
    item(el, 0).focus();
    await press(el, 'ArrowLeft');
    expect(focused()).to.equal(1);
    await press(el, 'ArrowLeft');
    expect(focused()).to.equal(2);
    await press(el, 'ArrowRight');
    expect(focused()).to.equal(1);
    await press(el, 'ArrowDown');
    expect(focused()).to.equal(2);
  });

  it('in a grid: arrows move by row and column, and an uneven column never traps focus', async () => {
    const el = await make({ layout: 'grid' });
    item(el, 0).focus();
    await press(el, 'ArrowDown');
    expect(focused()).to.equal(1);
    await press(el, 'ArrowRight');
    expect(focused(), 'same row, next column').to.equal(4);
    await press(el, 'ArrowUp');
    expect(focused()).to.equal(3);
    await press(el, 'ArrowUp');
    expect(focused(), 'top edge').to.equal(3);
    await press(el, 'ArrowLeft');
    expect(focused()).to.equal(0);
    item(el, 2).focus();
    await press(el, 'ArrowRight');
    expect(focused(), 'no item on that row: the nearest one across').to.equal(4);
    await press(el, 'ArrowRight');
    expect(focused(), 'right edge').to.equal(4);
    await press(el, 'End');
    expect(focused()).to.equal(4);
    await press(el, 'Home');
    expect(focused()).to.equal(0);
  });

  it('in a grid, right to left: ArrowLeft goes to the next column', async () => {
    const el = await make({ layout: 'grid', textDirection: 'rtl' });
    item(el, 1).focus();
    await press(el, 'ArrowLeft');
    expect(focused()).to.equal(4);
    await press(el, 'ArrowRight');
    expect(focused()).to.equal(1);
  });

  it('ignores keys with modifiers and keys it does not own, and lets them through', async () => {
    const el = await make();
    item(el, 1).focus();
    const key = (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
      item(el, 1).dispatchEvent(event);
      return event.defaultPrevented;
    };
    for (const modifier of ['shiftKey', 'ctrlKey', 'altKey', 'metaKey']) {
      expect(key({ key: 'ArrowRight', [modifier]: true }), modifier).to.equal(false);
    }
    expect(key({ key: 'a' })).to.equal(false);
    expect(key({ key: 'Enter' })).to.equal(false);
    await el.updateComplete;
    expect(focused()).to.equal(1);
    expect(el.moved).to.deep.equal([]);
    expect(key({ key: 'ArrowRight' }), 'its own keys do not scroll the page').to.equal(true);
    expect(focused()).to.equal(2);
  });

  it('follows focus, and activate() moves the Tab stop without moving focus', async () => {
    const el = await make();
    el.shadowRoot!.querySelector<HTMLElement>('.before')!.focus();
    await press(el, 'Tab');
    item(el, 3).focus();
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([3]);
    el.roving!.activate(1);
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([1]);
    expect(focused()).to.equal(3);
  });

  it('keeps the Tab stop on an item that exists when the items become fewer', async () => {
    const el = await make();
    el.roving!.activate(4);
    await el.updateComplete;
    el.count = 2;
    await el.updateComplete;
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([1]);
  });
});

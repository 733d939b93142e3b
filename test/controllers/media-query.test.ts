import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { MediaQueryController } from '../../src/controllers/media-query.js';

/** A MediaQueryList the test can flip, standing in for the system setting. */
class FakeMediaQueryList extends EventTarget {
  matches = false;
  constructor(readonly media: string) {
    super();
  }
  flip(matches: boolean): void {
    this.matches = matches;
    this.dispatchEvent(new Event('change'));
  }
}

describe('MediaQueryController', () => {
  let list: FakeMediaQueryList;
  let restore: () => void;
  beforeEach(() => {
    list = new FakeMediaQueryList('(prefers-reduced-motion: reduce)');
    const stub = sinon.stub(window, 'matchMedia').returns(list as unknown as MediaQueryList);
    restore = () => stub.restore();
  });
  afterEach(() => restore());

  class MotionProbe extends LitElement {
    motion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
    renders = 0;
    override render() {
      this.renders++;
      return html`<p>${this.motion.matches ? 'still' : 'moving'}</p>`;
    }
  }
  if (!customElements.get('calm-motion-probe')) customElements.define('calm-motion-probe', MotionProbe);

  it('follows the system setting live, without a reload', async () => {
    const el = await fixture<MotionProbe>(html`<calm-motion-probe></calm-motion-probe>`);
    expect(el.shadowRoot!.textContent).to.contain('moving');
    list.flip(true);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('still');
    list.flip(false);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('moving');
  });

  it('stops listening when the element leaves the page', async () => {
    const el = await fixture<MotionProbe>(html`<calm-motion-probe></calm-motion-probe>`);
    el.remove();
    const before = el.renders;
    list.flip(true);
    await el.updateComplete;
    expect(el.renders).to.equal(before);
    expect(el.motion.matches).to.equal(false);
  });
});

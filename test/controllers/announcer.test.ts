import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AnnouncerController, ANNOUNCE_GAP_MS } from '../../src/controllers/announcer.js';
import { useClock } from '../../src/engine/clock.js';
import { FakeClock } from '../../src/engine/fake-clock.js';

class AnnouncerProbe extends LitElement {
  announcer = new AnnouncerController(this);
  override render() {
    return this.announcer.render();
  }
}
customElements.define('calm-announcer-probe', AnnouncerProbe);

const region = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!;

describe('AnnouncerController', () => {
  let clock: FakeClock;
  let restore: () => void;
  beforeEach(() => {
    clock = new FakeClock();
    restore = useClock(clock);
  });
  afterEach(() => restore());

  it('renders one polite, atomic live region', async () => {
    const el = await fixture<AnnouncerProbe>(html`<calm-announcer-probe></calm-announcer-probe>`);
    expect(el.shadowRoot!.querySelectorAll('[aria-live]')).to.have.length(1);
    expect(region(el).getAttribute('aria-live')).to.equal('polite');
    expect(region(el).getAttribute('aria-atomic')).to.equal('true');
  });

  it('speaks a message at once, in the same update as the change it tells of', async () => {
    const el = await fixture<AnnouncerProbe>(html`<calm-announcer-probe></calm-announcer-probe>`);
    el.announcer.announce('Breathe in, 4 seconds');
    await el.updateComplete;
    expect(region(el).textContent).to.equal('Breathe in, 4 seconds');
    expect(clock.pending).to.equal(0);
  });

  it('throttles: messages closer than the gap collapse to the newest, said once the gap has passed', async () => {
    const el = await fixture<AnnouncerProbe>(html`<calm-announcer-probe></calm-announcer-probe>`);
    el.announcer.announce('one');
    clock.advance(100);
    el.announcer.announce('two');
    el.announcer.announce('three');
    clock.advance(ANNOUNCE_GAP_MS - 200);
    await el.updateComplete;
    expect(region(el).textContent).to.equal('one');
    clock.advance(100);
    await el.updateComplete;
    expect(region(el).textContent).to.equal('three');
  });

  it('varies a repeated message so screen readers do not drop it', async () => {
    const el = await fixture<AnnouncerProbe>(html`<calm-announcer-probe></calm-announcer-probe>`);
    el.announcer.announce('Breathe in');
    clock.advance(ANNOUNCE_GAP_MS);
    const first = el.announcer.message;
    el.announcer.announce('Breathe in');
    clock.advance(ANNOUNCE_GAP_MS);
    const second = el.announcer.message;
    expect(first.trim()).to.equal('Breathe in');
    expect(second.trim()).to.equal('Breathe in');
    expect(second).not.to.equal(first);
  });

  it('forgets everything on clear()', async () => {
    const el = await fixture<AnnouncerProbe>(html`<calm-announcer-probe></calm-announcer-probe>`);
    el.announcer.announce('something private');
    el.announcer.clear();
    clock.advance(ANNOUNCE_GAP_MS * 2);
    await el.updateComplete;
    expect(region(el).textContent).to.equal('');
    expect(clock.pending).to.equal(0);
  });
});

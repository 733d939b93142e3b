/**
 * The embedding contract (CONTRIBUTING.md "Embedding an activity") for the visual supports, so a
 * flow step or a kiosk can show them: inside a calmkit host's shadow root with `embedded` they show
 * no help control, no level-2 heading and no end screen of their own, and the host drives them
 * through start(), pause(), reset(), forward() and backward().
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import '../../src/elements/timer/define.js';
import '../../src/elements/schedule/define.js';
import '../../src/elements/choice/define.js';
import { CalmActivity } from '../../src/elements/calm-activity.js';
import { fakeClockPerTest, recordEvents, settle } from '../helpers.js';

const clock = fakeClockPerTest();

/** A minimal calmkit host: its own help and heading, then the activity, embedded. */
class VisualTestHost extends CalmActivity {
  @property({ attribute: false }) inner: (host: VisualTestHost) => TemplateResult = () => litHtml``;
  protected override render(): TemplateResult {
    return litHtml`${this.renderHelp()}<h2>Step</h2>${this.inner(this)}`;
  }
}
customElements.define('visual-test-host', VisualTestHost);

type Visual = 'calm-timer' | 'calm-schedule' | 'calm-choice';

async function hosted<K extends Visual>(tag: K, inner: () => TemplateResult): Promise<{ host: VisualTestHost; el: HTMLElementTagNameMap[K] }> {
  const host = await fixture<VisualTestHost>(html`<visual-test-host .inner=${inner}></visual-test-host>`);
  const el = host.shadowRoot!.querySelector(tag)!;
  await settle(el);
  return { host, el };
}

const headings = (el: Element) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4')].map((h) => h.localName);

describe('visual supports embedded in a host', () => {
  it('timer: no help of its own; the host starts it, pauses it, and resets it without an event; no "Start again" at the end', async () => {
    const { host, el } = await hosted('calm-timer', () => litHtml`<calm-timer embedded help="none" seconds="20"></calm-timer>`);
    expect(el.shadowRoot!.querySelector('calm-help') === null, 'no help of its own').to.equal(true);
    const events = recordEvents(host, ['calm-start', 'calm-pause', 'calm-complete']);
    el.start();
    clock.advance(5000);
    el.pause();
    await settle(el);
    expect([el.state, el.remainingMs]).to.deep.equal(['paused', 15_000]);
    expect(el.forward()).to.equal(false);
    expect(el.backward()).to.equal(false);
    el.reset();
    await settle(el);
    expect([el.state, el.remainingMs]).to.deep.equal(['idle', 20_000]);
    expect(clock.pending).to.equal(0);
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
    expect(events.map((e) => e.type)).to.deep.equal(['calm-start', 'calm-pause']);
    el.start();
    clock.advance(20_000);
    await settle(el);
    expect(el.state).to.equal('complete');
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent.trim())).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.contain('The time is up.');
    await expect(host).to.be.accessible();
  });

  it('timer stopped by the person, embedded: focus goes to the end words, not to the page', async () => {
    const { el } = await hosted('calm-timer', () => litHtml`<calm-timer embedded help="none" seconds="20"></calm-timer>`);
    el.start();
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.stop')!.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('end');
  });

  it('schedule: no help of its own, and its headings sit under the host’s h2', async () => {
    const items = [{ id: 'a', picture: 'read' }, { id: 'b', picture: 'break' }];
    const { host, el } = await hosted('calm-schedule', () => litHtml`<calm-schedule embedded help="none" variant="list" .items=${items}></calm-schedule>`);
    el.markDone();
    await settle(el);
    expect(el.shadowRoot!.querySelector('calm-help') === null, 'no help of its own').to.equal(true);
    expect(headings(el)).to.deep.equal(['h3', 'h3']);
    expect(el.forward()).to.equal(false);
    el.reset();
    await settle(el);
    expect(el.doneIds).to.deep.equal([]);
    await expect(host).to.be.accessible();
  });

  it('choice: no help and no heading of its own; the Help card tells the host, which opens its help', async () => {
    const { host, el } = await hosted('calm-choice', () => litHtml`<calm-choice embedded help="none" speak="off"></calm-choice>`);
    expect(el.shadowRoot!.querySelector('calm-help') === null, 'no help of its own').to.equal(true);
    expect(headings(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('I need…');
    const events = recordEvents(host, ['calm-choice', 'calm-help']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.card[data-id="help"]')!.click();
    await settle(el);
    expect(events.map((e) => [e.type, e.detail.id ?? e.detail.reason])).to.deep.equal([['calm-choice', 'help'], ['calm-help', 'need']]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.card[data-id="quiet"]')!.click();
    await settle(el);
    el.reset();
    await settle(el);
    expect(el.shadowRoot!.querySelector('dialog') === null, 'reset closes the show-me card').to.equal(true);
    await expect(host).to.be.accessible();
  });

  it('each is a named group, not a landmark, so several on one page (a docs page, a classroom) repeat no landmark', async () => {
    for (const tag of ['calm-timer', 'calm-schedule', 'calm-choice'] as const) {
      const el = document.createElement(tag);
      await fixture(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('section, main, aside, nav, [role="region"]'), tag).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="group"][aria-label]'), tag).to.exist;
    }
  });

  it('an `embedded` attribute on the page itself hides nothing: help stays', async () => {
    for (const tag of ['calm-timer', 'calm-schedule', 'calm-choice'] as const) {
      const el = document.createElement(tag);
      el.embedded = true;
      await fixture(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('calm-help'), tag).to.exist;
    }
  });
});

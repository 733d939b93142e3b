import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { IdleController } from '../../src/controllers/idle.js';
import { useClock } from '../../src/engine/clock.js';
import { FakeClock } from '../../src/engine/fake-clock.js';

const TIMEOUT = 60_000;
const WARNING = 20_000;

class IdleProbe extends LitElement {
  busy = false;
  calls: string[] = [];
  renders = 0;
  idle = new IdleController(this, {
    timeoutMs: () => TIMEOUT,
    warningMs: WARNING,
    busy: () => this.busy,
    onWarning: () => this.calls.push('warning'),
    onActive: () => this.calls.push('active'),
    onIdle: () => this.calls.push('idle'),
  });
  override render() {
    this.renders++;
    return html`${this.idle.state} ${this.idle.secondsLeft}`;
  }
}
customElements.define('calm-idle-probe', IdleProbe);

describe('IdleController', () => {
  let clock: FakeClock;
  let restore: () => void;
  let el: IdleProbe;
  beforeEach(async () => {
    clock = new FakeClock();
    restore = useClock(clock);
    el = await fixture<IdleProbe>(html`<calm-idle-probe></calm-idle-probe>`);
  });
  afterEach(() => restore());

  it('does nothing until started', () => {
    el.idle.activity();
    clock.advance(10 * TIMEOUT);
    expect(el.idle.state).to.equal('off');
    expect(el.calls).to.deep.equal([]);
    expect(clock.pending).to.equal(0);
  });

  it('warns exactly at the timeout, counts down in whole seconds, then calls onIdle', async () => {
    el.idle.start();
    clock.advance(TIMEOUT - 1);
    expect(el.idle.state).to.equal('watching');
    expect(el.calls).to.deep.equal([]);
    clock.advance(1);
    expect(el.idle.state).to.equal('warning');
    expect(el.calls).to.deep.equal(['warning']);
    expect(el.idle.secondsLeft).to.equal(20);
    clock.advance(1);
    expect(el.idle.secondsLeft).to.equal(20);
    clock.advance(999);
    expect(el.idle.secondsLeft).to.equal(19);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('warning 19');
    clock.advance(WARNING - 1001);
    expect(el.idle.secondsLeft).to.equal(1);
    expect(el.calls).to.deep.equal(['warning']);
    clock.advance(1);
    expect(el.calls).to.deep.equal(['warning', 'idle']);
    expect(el.idle.state).to.equal('off');
    expect(clock.pending).to.equal(0);
  });

  it('re-renders the host once a second during the warning, not more', async () => {
    el.idle.start();
    clock.advance(TIMEOUT);
    await el.updateComplete;
    const before = el.renders;
    for (let i = 0; i < 10; i++) {
      clock.advance(100);
      await el.updateComplete;
    }
    expect(el.renders - before).to.equal(1);
  });

  it('activity restarts the wait', () => {
    el.idle.start();
    clock.advance(TIMEOUT - 1000);
    el.idle.activity();
    clock.advance(TIMEOUT - 1);
    expect(el.idle.state).to.equal('watching');
    clock.advance(1);
    expect(el.idle.state).to.equal('warning');
  });

  it('activity during the warning cancels it and starts the wait again', () => {
    el.idle.start();
    clock.advance(TIMEOUT + 5000);
    el.idle.activity();
    expect(el.idle.state).to.equal('watching');
    expect(el.idle.secondsLeft).to.equal(0);
    expect(el.calls).to.deep.equal(['warning', 'active']);
    clock.advance(TIMEOUT - 1);
    expect(el.calls).to.deep.equal(['warning', 'active']);
    clock.advance(1);
    expect(el.calls).to.deep.equal(['warning', 'active', 'warning']);
  });

  it('while busy (a running exercise) never warns; the wait counts from when it stops', () => {
    el.idle.start();
    el.busy = true;
    clock.advance(5 * TIMEOUT);
    expect(el.idle.state).to.equal('watching');
    expect(el.calls).to.deep.equal([]);
    el.busy = false;
    // The last look at the clock saw it busy; the full wait runs from there.
    clock.advance(TIMEOUT - 1);
    expect(el.idle.state).to.equal('watching');
    clock.advance(1);
    expect(el.idle.state).to.equal('warning');
  });

  it('gives the whole warning even when the page was frozen past the deadline', () => {
    el.idle.start();
    clock.jump(10 * TIMEOUT);
    clock.advance(0);
    expect(el.idle.state).to.equal('warning');
    expect(el.idle.secondsLeft).to.equal(20);
  });

  it('stop() and disconnecting leave no timer behind', () => {
    el.idle.start();
    clock.advance(TIMEOUT);
    el.idle.stop();
    expect(el.idle.state).to.equal('off');
    expect(clock.pending).to.equal(0);
    el.idle.start();
    el.remove();
    expect(el.idle.state).to.equal('off');
    expect(clock.pending).to.equal(0);
    clock.advance(10 * TIMEOUT);
    expect(el.calls).to.deep.equal(['warning']);
  });
});

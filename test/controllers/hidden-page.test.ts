import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { HiddenPageController } from '../../src/controllers/hidden-page.js';
import { restorePageVisibility, setPageHidden } from '../helpers.js';

/** The smallest activity: it runs, pauses and continues, noting why. */
class PausableProbe extends LitElement {
  state: 'idle' | 'running' | 'paused' = 'idle';
  said: string[] = [];
  readonly hiddenPage = new HiddenPageController(
    this,
    () => this.pause('hidden'),
    () => this.resume('hidden'),
  );
  pause(reason = 'user'): void {
    if (this.state !== 'running') return;
    this.state = 'paused';
    this.said.push(`pause ${reason}`);
  }
  resume(reason = 'user'): void {
    if (this.state !== 'paused') return;
    this.hiddenPage.forget();
    this.state = 'running';
    this.said.push(`resume ${reason}`);
  }
}
if (!customElements.get('calm-pausable-probe')) customElements.define('calm-pausable-probe', PausableProbe);

describe('HiddenPageController', () => {
  afterEach(() => restorePageVisibility());

  async function running(): Promise<PausableProbe> {
    const el = await fixture<PausableProbe>(html`<calm-pausable-probe></calm-pausable-probe>`);
    el.state = 'running';
    return el;
  }

  it('pauses a running activity while the page is hidden and continues it when shown', async () => {
    const el = await running();
    setPageHidden(true);
    expect(el.state).to.equal('paused');
    setPageHidden(false);
    expect(el.state).to.equal('running');
    expect(el.said).to.deep.equal(['pause hidden', 'resume hidden']);
  });

  it('leaves a pause the person chose alone, and an activity that is not running', async () => {
    const el = await running();
    el.pause();
    setPageHidden(true);
    setPageHidden(false);
    expect(el.state).to.equal('paused');
    el.state = 'idle';
    setPageHidden(true);
    setPageHidden(false);
    expect(el.said).to.deep.equal(['pause user']);
  });

  it('does not continue once the person continued and paused again while the page was hidden', async () => {
    const el = await running();
    setPageHidden(true);
    el.resume();
    el.pause();
    setPageHidden(false);
    expect(el.state).to.equal('paused');
    expect(el.said).to.deep.equal(['pause hidden', 'resume user', 'pause user']);
  });

  it('stops listening when the element leaves the page', async () => {
    const el = await running();
    el.remove();
    setPageHidden(true);
    expect(el.state).to.equal('running');
    document.body.append(el);
    setPageHidden(false);
    setPageHidden(true);
    expect(el.said).to.deep.equal(['pause hidden']);
    el.remove();
  });
});

// calmkit/testing: a host drives an element's time with the entry's own FakeClock and waits
// with its helpers, as its README section shows.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/breathing/define.js';
import type { CalmBreathing } from '../src/elements/breathing/calm-breathing.js';
import { FakeClock, nextCalmEvent, settled, useClock } from '../src/testing.js';

describe('calmkit/testing', () => {
  let clock: FakeClock;
  let restore: () => void;
  beforeEach(() => {
    clock = new FakeClock();
    restore = useClock(clock);
  });
  afterEach(() => restore());

  it('moves a breathing session on only when the host advances its clock', async () => {
    const el = await fixture<CalmBreathing>(html`<calm-breathing pattern="box" cycles="1"></calm-breathing>`);
    await expect(el).to.be.accessible();
    const first = nextCalmEvent(el, 'calm-phase');
    el.start();
    await settled(el);
    expect((await first).detail).to.include({ phase: 'inhale', cycle: 0, index: 0, durationMs: 4000 });

    const hold = nextCalmEvent(el, 'calm-phase');
    clock.advance(3999);
    await settled(el);
    expect(el.phase).to.equal('inhale');
    clock.advance(1);
    expect((await hold).detail).to.include({ phase: 'hold', index: 1 });

    const complete = nextCalmEvent(el, 'calm-complete');
    clock.advance(12000);
    expect((await complete).detail).to.deep.equal({ activity: 'breathing', elapsedMs: 16000, finished: true });
    expect(el.state).to.equal('complete');
  });

  it('nextCalmEvent rejects, naming the event, when none comes in time', async () => {
    const el = await fixture<CalmBreathing>(html`<calm-breathing></calm-breathing>`);
    let message = '';
    await nextCalmEvent(el, 'calm-complete', 20).catch((error: unknown) => {
      message = (error as Error).message;
    });
    expect(message).to.equal('no calm-complete event within 20 ms');
  });
});

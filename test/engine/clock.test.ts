import { expect } from '@open-wc/testing';
import { currentClock, systemClock, useClock } from '../../src/engine/clock.js';
import { FakeClock } from '../../src/engine/fake-clock.js';

describe('clock', () => {
  it('uses the monotonic system clock by default and can be replaced and restored', () => {
    expect(currentClock()).to.equal(systemClock);
    const fake = new FakeClock();
    const restore = useClock(fake);
    expect(currentClock()).to.equal(fake);
    restore();
    expect(currentClock()).to.equal(systemClock);
  });

  it('fires fake timers in due order, each seeing its own due time', () => {
    const clock = new FakeClock(0);
    const seen: Array<[string, number]> = [];
    clock.schedule(() => seen.push(['b', clock.now()]), 200);
    clock.schedule(() => seen.push(['a', clock.now()]), 100);
    const cancelled = clock.schedule(() => seen.push(['x', clock.now()]), 150);
    clock.cancel(cancelled);
    clock.advance(250);
    expect(seen).to.deep.equal([['a', 100], ['b', 200]]);
    expect(clock.now()).to.equal(250);
  });

  it('makes timers late with lateBy and freezes them with jump', () => {
    const clock = new FakeClock(0);
    clock.lateBy = 50;
    let firedAt = -1;
    clock.schedule(() => (firedAt = clock.now()), 100);
    clock.jump(500);
    expect(firedAt).to.equal(-1);
    clock.advance(0);
    expect(firedAt).to.equal(500);
  });
});

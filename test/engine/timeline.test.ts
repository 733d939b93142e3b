import { expect } from '@open-wc/testing';
import { useClock } from '../../src/engine/clock.js';
import { FakeClock } from '../../src/engine/fake-clock.js';
import { PhaseTimeline, type PhaseEntered, type TimelineComplete } from '../../src/engine/timeline.js';
import { parsePattern, type Phase } from '../../src/content/patterns.js';

const START = 1000; // FakeClock's default start time

/** A timeline on a fresh FakeClock, recording every event with the clock time it arrived at. */
function setup(pattern: string, cycles: number) {
  const clock = new FakeClock(START);
  const timeline = new PhaseTimeline(parsePattern(pattern) as Phase[], cycles, clock);
  const phases: (PhaseEntered & { at: number })[] = [];
  const completions: (TimelineComplete & { at: number })[] = [];
  timeline.onPhase((entered) => phases.push({ ...entered, at: clock.now() - START }));
  timeline.onComplete((result) => completions.push({ ...result, at: clock.now() - START }));
  return { clock, timeline, phases, completions };
}

const summary = (list: PhaseEntered[]) => list.map((p) => `${p.cycle}.${p.index} ${p.phase}`);

describe('PhaseTimeline', () => {
  it('derives cycle and session length from the phases', () => {
    const { timeline } = setup('coherent', 3);
    expect(timeline.cycleMs).to.equal(11000);
    expect(timeline.totalMs).to.equal(33000);
    expect(timeline.cycles).to.equal(3);
  });

  it('refuses phases without length and cycle counts that are not whole numbers ≥ 1', () => {
    const clock = new FakeClock();
    const ok: Phase[] = [{ kind: 'inhale', seconds: 4 }];
    expect(() => new PhaseTimeline([], 1, clock)).to.throw(RangeError);
    expect(() => new PhaseTimeline([{ kind: 'inhale', seconds: 0 }], 1, clock)).to.throw(RangeError);
    expect(() => new PhaseTimeline([{ kind: 'inhale', seconds: NaN }], 1, clock)).to.throw(RangeError);
    for (const cycles of [0, -1, 1.5, NaN]) expect(() => new PhaseTimeline(ok, cycles, clock)).to.throw(RangeError);
  });

  it('uses the current clock when none is given', () => {
    const clock = new FakeClock(START);
    const restore = useClock(clock);
    try {
      const timeline = new PhaseTimeline(parsePattern('4-6')!, 1);
      timeline.start();
      clock.advance(2500);
      expect(timeline.elapsedMs).to.equal(2500);
    } finally {
      restore();
    }
  });

  it('is idle at the start of the first phase before start()', () => {
    const { timeline, phases, clock } = setup('box', 1);
    clock.advance(10000);
    expect(timeline.state).to.equal('idle');
    expect(phases).to.deep.equal([]);
    expect(clock.pending).to.equal(0);
    expect(timeline.position()).to.deep.equal({
      cycle: 0,
      index: 0,
      phase: 'inhale',
      phaseElapsedMs: 0,
      phaseDurationMs: 4000,
      elapsedMs: 0,
      totalMs: 16000,
    });
  });

  it('announces the first phase at once on start()', () => {
    const { timeline, phases } = setup('4-6', 2);
    timeline.start();
    expect(timeline.state).to.equal('running');
    expect(phases).to.deep.equal([{ phase: 'inhale', cycle: 0, index: 0, durationMs: 4000, at: 0 }]);
  });

  it('enters each phase exactly at its boundary, not a millisecond before', () => {
    const { timeline, phases, clock } = setup('4-6', 2);
    timeline.start();
    clock.advance(3999);
    expect(phases).to.have.length(1);
    expect(timeline.position()).to.include({ phase: 'inhale', phaseElapsedMs: 3999 });
    clock.advance(1);
    expect(phases.at(-1)).to.deep.equal({ phase: 'exhale', cycle: 0, index: 1, durationMs: 6000, at: 4000 });
    clock.advance(5999);
    expect(phases).to.have.length(2);
    clock.advance(1);
    expect(phases.at(-1)).to.deep.equal({ phase: 'inhale', cycle: 1, index: 0, durationMs: 4000, at: 10000 });
  });

  it('runs a whole session in order and completes once, finished, at its exact length', () => {
    const { timeline, phases, completions, clock } = setup('box', 2);
    timeline.start();
    clock.advance(60000);
    expect(phases.map((p) => [p.phase, p.cycle, p.index, p.durationMs, p.at])).to.deep.equal([
      ['inhale', 0, 0, 4000, 0],
      ['hold', 0, 1, 4000, 4000],
      ['exhale', 0, 2, 4000, 8000],
      ['hold', 0, 3, 4000, 12000],
      ['inhale', 1, 0, 4000, 16000],
      ['hold', 1, 1, 4000, 20000],
      ['exhale', 1, 2, 4000, 24000],
      ['hold', 1, 3, 4000, 28000],
    ]);
    expect(completions).to.deep.equal([{ elapsedMs: 32000, finished: true, at: 32000 }]);
    expect(timeline.state).to.equal('complete');
    expect(clock.pending).to.equal(0);
    expect(timeline.position()).to.deep.equal({
      cycle: 1,
      index: 3,
      phase: 'hold',
      phaseElapsedMs: 4000,
      phaseDurationMs: 4000,
      elapsedMs: 32000,
      totalMs: 32000,
    });
  });

  it('runs decimal and top-up phases to the millisecond', () => {
    const { timeline, phases, clock } = setup('cyclic-sigh', 1);
    timeline.start();
    clock.advance(9000);
    expect(phases.map((p) => [p.phase, p.at])).to.deep.equal([
      ['inhale', 0],
      ['top-up', 2000],
      ['exhale', 3000],
    ]);
    const coherent = setup('coherent', 2);
    coherent.timeline.start();
    coherent.clock.advance(22000);
    expect(coherent.phases.map((p) => p.at)).to.deep.equal([0, 5500, 11000, 16500]);
  });

  it('does not drift when every timer fires 700 ms late, over 100 cycles', () => {
    const { timeline, phases, completions, clock } = setup('cyclic-sigh', 100);
    clock.lateBy = 700;
    timeline.start();
    const lags: number[] = [];
    timeline.onPhase(() => lags.push(timeline.position().phaseElapsedMs));
    clock.advance(timeline.totalMs + 700);

    const starts = [0, 2000, 3000]; // inhale, top-up, exhale within a 9 s cycle
    const expected = [];
    for (let cycle = 0; cycle < 100; cycle++) {
      for (const [index, start] of starts.entries()) {
        // The first phase is announced by start() itself; every later one one timer-lateness after its boundary.
        expected.push({ cycle, index, at: cycle * 9000 + start + (cycle || index ? 700 : 0) });
      }
    }
    expect(phases.map(({ cycle, index, at }) => ({ cycle, index, at }))).to.deep.equal(expected);
    expect(lags).to.have.length(299);
    expect(lags.every((lag) => lag === 700)).to.equal(true);
    expect(completions).to.deep.equal([{ elapsedMs: 900000, finished: true, at: 900700 }]);
  });

  it('announces phases in order, each the one it is really in, when timers are later than a phase', () => {
    const { timeline, phases, completions, clock } = setup('box', 10);
    clock.lateBy = 5000; // longer than a 4 s phase: every wake-up has skipped a boundary
    const matchesClock: boolean[] = [];
    timeline.onPhase((entered) => {
      const { cycle, index, phase } = timeline.position();
      matchesClock.push(cycle === entered.cycle && index === entered.index && phase === entered.phase);
    });
    timeline.start();
    clock.advance(timeline.totalMs + 5000);
    const order = phases.map((p) => p.cycle * 4 + p.index);
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    expect(new Set(order).size).to.equal(order.length);
    expect(order.length).to.be.lessThan(40);
    expect(matchesClock.every(Boolean)).to.equal(true);
    expect(completions).to.have.length(1);
    expect(completions[0]).to.include({ elapsedMs: 160000, finished: true });
  });

  it('after a frozen tab, announces only the phase it is in now, then keeps exact boundaries', () => {
    const { timeline, phases, clock } = setup('box', 3);
    timeline.start();
    clock.jump(9000); // frozen through the hold, into the exhale (8–12 s)
    expect(phases).to.have.length(1);
    clock.advance(0);
    expect(summary(phases)).to.deep.equal(['0.0 inhale', '0.2 exhale']);
    expect(phases.at(-1)?.at).to.equal(9000);
    clock.advance(2999);
    expect(phases).to.have.length(2);
    clock.advance(1);
    expect(phases.at(-1)).to.include({ phase: 'hold', cycle: 0, index: 3, at: 12000 });

    clock.jump(22500); // to 34.5 s: across a whole cycle into cycle 2's inhale (32–36 s)
    clock.advance(0);
    expect(summary(phases).slice(3)).to.deep.equal(['2.0 inhale']);
    clock.advance(1500);
    expect(summary(phases).slice(3)).to.deep.equal(['2.0 inhale', '2.1 hold']);
  });

  it('completes, finished, without stale phases when frozen past the end', () => {
    const { timeline, phases, completions, clock } = setup('4-6', 2);
    timeline.start();
    clock.jump(60000);
    clock.advance(0);
    expect(phases).to.have.length(1);
    expect(completions).to.deep.equal([{ elapsedMs: 20000, finished: true, at: 60000 }]);
  });

  it('pauses and resumes exactly where it was, not counting paused time', () => {
    const { timeline, phases, completions, clock } = setup('4-6', 2);
    timeline.start();
    clock.advance(2500);
    timeline.pause();
    const paused = timeline.position();
    expect(timeline.state).to.equal('paused');
    expect(clock.pending).to.equal(0);

    clock.advance(60000);
    expect(timeline.position()).to.deep.equal(paused);
    expect(timeline.offsetInCycle()).to.equal(2500);
    expect(phases).to.have.length(1);

    timeline.resume();
    expect(timeline.state).to.equal('running');
    expect(phases).to.have.length(1); // resuming does not repeat the phase
    clock.advance(1499);
    expect(timeline.position()).to.include({ phase: 'inhale', phaseElapsedMs: 3999, elapsedMs: 3999 });
    clock.advance(1);
    expect(phases.at(-1)).to.include({ phase: 'exhale', at: 64000 });
    clock.advance(16000);
    expect(completions).to.deep.equal([{ elapsedMs: 20000, finished: true, at: 80000 }]);
  });

  it('keeps the position across many pause/resume pairs', () => {
    const { timeline, phases, clock } = setup('4-6', 1);
    timeline.start();
    for (let i = 0; i < 7; i++) {
      clock.advance(500);
      timeline.pause();
      clock.advance(12345);
      timeline.resume();
    }
    expect(timeline.elapsedMs).to.equal(3500);
    clock.advance(499);
    expect(phases).to.have.length(1);
    clock.advance(1);
    expect(phases).to.have.length(2);
  });

  it('announces, on pause, a phase it entered whose timer had not yet fired', () => {
    const { timeline, phases, clock } = setup('4-6', 2);
    clock.lateBy = 700;
    timeline.start();
    clock.advance(4300); // the exhale began at 4000; its timer is due at 4700
    expect(phases).to.have.length(1);
    timeline.pause();
    expect(summary(phases)).to.deep.equal(['0.0 inhale', '0.1 exhale']);
    clock.advance(5000);
    timeline.resume();
    clock.advance(100);
    expect(phases).to.have.length(2);
  });

  it('ignores pause and resume when they do not apply', () => {
    const { timeline, phases, clock } = setup('4-6', 1);
    timeline.pause();
    timeline.resume();
    expect(timeline.state).to.equal('idle');
    timeline.start();
    timeline.resume();
    expect(timeline.state).to.equal('running');
    clock.advance(1000);
    timeline.pause();
    timeline.pause();
    clock.advance(1000);
    timeline.resume();
    expect(timeline.elapsedMs).to.equal(1000);
    timeline.start(); // already running: not a restart
    expect(phases).to.have.length(1);
    expect(timeline.elapsedMs).to.equal(1000);
  });

  it('stop() completes early with finished false and the active time', () => {
    const { timeline, phases, completions, clock } = setup('4-6', 3);
    timeline.start();
    clock.advance(7250);
    timeline.stop();
    expect(timeline.state).to.equal('complete');
    expect(completions).to.deep.equal([{ elapsedMs: 7250, finished: false, at: 7250 }]);
    expect(clock.pending).to.equal(0);
    clock.advance(60000);
    expect(phases).to.have.length(2);
    expect(timeline.elapsedMs).to.equal(7250);
  });

  it('stop() while paused reports the time before the pause', () => {
    const { timeline, completions, clock } = setup('4-6', 3);
    timeline.start();
    clock.advance(3000);
    timeline.pause();
    clock.advance(50000);
    timeline.stop();
    expect(completions).to.deep.equal([{ elapsedMs: 3000, finished: false, at: 53000 }]);
  });

  it('stop() before start does nothing', () => {
    const { timeline, completions } = setup('4-6', 3);
    timeline.stop();
    expect(timeline.state).to.equal('idle');
    expect(completions).to.deep.equal([]);
  });

  it('fires complete exactly once, whatever is called afterwards', () => {
    const { timeline, completions, clock } = setup('4-6', 1);
    timeline.start();
    clock.advance(10000);
    timeline.stop();
    timeline.pause();
    timeline.resume();
    timeline.stop();
    clock.advance(100000);
    expect(completions).to.have.length(1);
    expect(timeline.state).to.equal('complete');
  });

  it('start() after completion runs a new session from the beginning', () => {
    const { timeline, phases, completions, clock } = setup('4-6', 1);
    timeline.start();
    clock.advance(5000);
    timeline.stop();
    clock.advance(1000);
    timeline.start();
    expect(timeline.elapsedMs).to.equal(0);
    expect(phases.at(-1)).to.include({ phase: 'inhale', cycle: 0, index: 0, at: 6000 });
    clock.advance(10000);
    expect(completions.map((c) => c.finished)).to.deep.equal([false, true]);
  });

  it('gives the offset into the current cycle for driving one animation per cycle', () => {
    const { timeline, clock } = setup('4-6', 3);
    expect(timeline.offsetInCycle()).to.equal(0);
    timeline.start();
    clock.advance(4000);
    expect(timeline.offsetInCycle()).to.equal(4000);
    clock.advance(6000);
    expect(timeline.offsetInCycle()).to.equal(0);
    clock.advance(11500);
    expect(timeline.offsetInCycle()).to.equal(1500);
    expect(timeline.position()).to.include({ cycle: 2, index: 0, elapsedMs: 21500 });
    clock.advance(10000);
    expect(timeline.offsetInCycle()).to.equal(10000); // the end of the last cycle
  });

  it('stops calling listeners that unsubscribed, and only those', () => {
    const { timeline, phases, clock } = setup('4-6', 1);
    const other: PhaseEntered[] = [];
    const completes: TimelineComplete[] = [];
    const offPhase = timeline.onPhase((entered) => other.push(entered));
    const offComplete = timeline.onComplete((result) => completes.push(result));
    timeline.start();
    offPhase();
    offComplete();
    clock.advance(10000);
    expect(other).to.have.length(1);
    expect(phases).to.have.length(2);
    expect(completes).to.deep.equal([]);
    expect(timeline.state).to.equal('complete');
  });

  it('keeps running when a listener throws', () => {
    const { timeline, phases, clock } = setup('4-6', 2);
    timeline.onPhase((entered) => {
      if (entered.phase === 'exhale' && entered.cycle === 0) throw new Error('listener bug');
    });
    timeline.start();
    expect(() => clock.advance(4000)).to.throw('listener bug');
    clock.advance(6000);
    expect(summary(phases)).to.deep.equal(['0.0 inhale', '0.1 exhale', '1.0 inhale']);
  });

  it('lets a listener stop the session from inside a phase announcement', () => {
    const { timeline, completions, clock } = setup('4-6', 2);
    timeline.onPhase((entered) => {
      if (entered.phase === 'exhale') timeline.stop();
    });
    timeline.start();
    clock.advance(4000);
    expect(completions).to.deep.equal([{ elapsedMs: 4000, finished: false, at: 4000 }]);
    expect(clock.pending).to.equal(0);
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FlowMachine } from '../../src/engine/flow-machine.js';
import { validateFlow, type FlowDefinition } from '../../src/engine/flow-schema.js';
import { validFlow } from './flow-arbitraries.js';

type Json = Record<string, unknown>;
const t = (en: string) => ({ en });
const end = { kind: 'end', title: t('Done') };

function machineFor(steps: Json, start = 'a'): FlowMachine {
  const { definition, errors } = validateFlow({ version: 1, id: 'test', title: t('Test'), start, steps });
  expect(errors).to.deep.equal([]);
  return new FlowMachine(definition as FlowDefinition);
}

const linear = () =>
  machineFor({
    a: { kind: 'message', title: t('A'), next: 'b' },
    b: { kind: 'breathing', title: t('B'), next: 'c' },
    c: { kind: 'message', title: t('C'), next: 'd' },
    d: end,
  });

/** check → (help-now → help | intensity ≥ 7 → calm | choice) … → end */
const branching = () =>
  machineFor(
    {
      check: {
        kind: 'check-in',
        title: t('How are you?'),
        next: 'choose',
        branches: [
          { when: { need: 'help-now' }, next: 'help' },
          { when: { intensity: { gte: 7 } }, next: 'calm' },
          { when: { intensity: { lt: 3 } }, next: 'end' },
        ],
      },
      calm: { kind: 'breathing', title: t('Breathe'), next: 'recheck' },
      choose: {
        kind: 'choice',
        title: t('Pick'),
        next: 'recheck',
        options: [
          { id: 'walk', label: t('Walk'), next: 'walk' },
          { id: 'sit', label: t('Sit') },
        ],
      },
      walk: { kind: 'message', title: t('Walk'), next: 'recheck', branches: [{ when: { choice: { step: 'choose', option: 'walk' } }, next: 'after-walk' }] },
      'after-walk': { kind: 'message', title: t('After the walk'), next: 'recheck' },
      recheck: { kind: 'check-in', title: t('And now?'), next: 'end', branches: [{ when: { intensity: { gt: 6 } }, next: 'choose' }] },
      help: { kind: 'help', title: t('Help'), next: 'end' },
      end,
    },
    'check',
  );

describe('FlowMachine', () => {
  it('walks a linear flow step by step, with an exact "step n of total" and the path taken', () => {
    const m = linear();
    expect(m.linear).to.equal(true);
    expect([m.stepId, m.index, m.total]).to.deep.equal(['a', 1, 4]);
    m.next();
    m.next();
    expect([m.stepId, m.index, m.total]).to.deep.equal(['c', 3, 4]);
    expect(m.canGoBack).to.equal(true);
    m.next();
    expect(m.finished).to.equal(true);
    expect(m.path).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(m.canGoBack, 'an end is final').to.equal(false);
    expect(m.next(), 'an end stays').to.equal('d');
  });

  it('goes back through history and restarts from nothing', () => {
    const m = linear();
    expect(m.back(), 'nothing before the first step').to.equal(false);
    m.next();
    m.next();
    expect(m.back()).to.equal(true);
    expect(m.path).to.deep.equal(['a', 'b']);
    m.restart();
    expect(m.path).to.deep.equal(['a']);
  });

  it('branches on intensity: the newest rating, first matching branch wins, else next', () => {
    const high = branching();
    high.answerAndGo({ intensity: 7, needs: [] });
    expect(high.stepId, '7 is "gte 7"').to.equal('calm');
    const middle = branching();
    middle.answerAndGo({ intensity: 5, needs: null });
    expect(middle.stepId).to.equal('choose');
    const low = branching();
    low.answerAndGo({ intensity: 2, needs: null });
    expect(low.stepId).to.equal('end');
    const skipped = branching();
    skipped.answerAndGo({ intensity: null, needs: null });
    expect(skipped.stepId, 'no rating matches no intensity branch').to.equal('choose');
  });

  it('reads the rating of the newest check-in: skipping a re-check never reuses an old rating', () => {
    const m = branching();
    m.answerAndGo({ intensity: 8, needs: [] });
    m.next();
    expect(m.stepId).to.equal('recheck');
    m.next();
    expect(m.stepId, 'the skipped re-check has no rating, so "gt 6" does not match').to.equal('end');
    expect(m.ratings).to.deep.equal([8]);
  });

  it('branches on a chosen need before anything else', () => {
    const m = branching();
    m.answerAndGo({ intensity: 9, needs: ['water', 'help-now'] });
    expect(m.stepId).to.equal('help');
  });

  it('follows an option\'s own next, and branches on an earlier choice', () => {
    const m = branching();
    m.answerAndGo({ intensity: 5, needs: [] });
    expect(m.choose('nope'), 'an unknown option does nothing').to.equal('choose');
    m.choose('walk');
    expect(m.stepId).to.equal('walk');
    m.next();
    expect(m.stepId).to.equal('after-walk');
    const sit = branching();
    sit.answerAndGo({ intensity: 5, needs: [] });
    sit.choose('sit');
    expect(sit.stepId, 'an option without next uses the step\'s way on').to.equal('recheck');
  });

  it('records ratings on the way taken; going back forgets the answer of the step returned to', () => {
    const m = branching();
    m.answerAndGo({ intensity: 8, needs: [] });
    m.next();
    m.answerAndGo({ intensity: 7, needs: null });
    expect(m.stepId, 'gt 6 loops back to choose').to.equal('choose');
    expect(m.ratings).to.deep.equal([8, 7]);
    m.back();
    expect(m.stepId).to.equal('recheck');
    expect(m.ratings).to.deep.equal([8]);
    m.answerAndGo({ intensity: 3, needs: null });
    expect(m.stepId).to.equal('end');
    expect(m.ratings).to.deep.equal([8, 3]);
    expect(m.path).to.deep.equal(['check', 'calm', 'recheck', 'end']);
  });

  it('estimates the total of a branching flow by the way it usually goes (each step\'s next)', () => {
    const m = branching();
    expect(m.linear).to.equal(false);
    expect(m.total, 'check → choose → recheck → end').to.equal(4);
    m.answerAndGo({ intensity: 8, needs: [] });
    expect([m.index, m.total], 'check, calm → recheck → end').to.deep.equal([2, 4]);
  });

  it('falls back to the shortest way where following next would loop', () => {
    const m = machineFor({
      stage: { kind: 'choice', title: t('Stage'), next: 'anxious', options: [{ id: 'anxious', label: t('A'), next: 'anxious' }, { id: 'calm', label: t('C'), next: 'end' }] },
      anxious: { kind: 'message', title: t('Anxious'), next: 'stage' },
      end,
    }, 'stage');
    expect(m.total).to.equal(2);
    m.choose('anxious');
    expect([m.index, m.total]).to.deep.equal([2, 4]);
  });

  it('never reaches a dead end, whatever a person answers (property-based)', () => {
    fc.assert(
      fc.property(validFlow, fc.array(fc.record({ option: fc.nat(), intensity: fc.option(fc.integer({ min: 0, max: 10 })), help: fc.boolean(), back: fc.nat(9) }), { minLength: 60, maxLength: 60 }), (raw, answers) => {
        const { definition } = validateFlow(raw);
        const m = new FlowMachine(definition as FlowDefinition);
        for (const answer of answers) {
          if (m.finished) break;
          const ids = Object.keys(m.definition.steps);
          expect(ids).to.include(m.stepId);
          expect(Number.isFinite(m.total), `${m.stepId} can reach an end`).to.equal(true);
          const before = m.index;
          if (answer.back === 0 && m.canGoBack) {
            m.back();
            expect(m.index).to.equal(before - 1);
            continue;
          }
          const step = m.step;
          if (step.kind === 'choice') {
            const options = step.options ?? [];
            m.choose(options[answer.option % options.length]?.id ?? '');
          } else if (step.kind === 'check-in') m.answerAndGo({ intensity: answer.intensity, needs: answer.help ? ['help-now'] : [] });
          else m.next();
          expect(m.index, `${step.kind} step moved on`).to.equal(before + 1);
          expect(ids).to.include(m.stepId);
        }
      }),
      { numRuns: 100 },
    );
  });
});

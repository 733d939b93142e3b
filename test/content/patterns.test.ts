import { expect } from '@open-wc/testing';
import {
  DEFAULT_PATTERN,
  findPreset,
  parsePattern,
  patternLimits,
  patternPresets,
  sessionCycles,
  validatePhases,
  type Phase,
} from '../../src/content/patterns.js';

/** Phases written as `kind seconds` pairs, e.g. `['inhale', 4, 'exhale', 6]`, for short tests. */
function phases(...pairs: (string | number)[]): Phase[] {
  const list: Phase[] = [];
  for (let i = 0; i < pairs.length; i += 2) list.push({ kind: pairs[i] as Phase['kind'], seconds: pairs[i + 1] as number });
  return list;
}


/** A readable label for any test value (JSON.stringify gives undefined for undefined). */
const describeValue = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

describe('breathing patterns', () => {
  describe('presets (CONTENT.md "Breathing patterns")', () => {
    it('has exactly the six presets, in menu order', () => {
      expect(patternPresets.map((p) => p.id)).to.deep.equal([
        'extended-exhale',
        'box',
        '4-7-8',
        'cyclic-sigh',
        'coherent',
        'equal',
      ]);
    });

    it('defaults to extended-exhale, which has no hold', () => {
      expect(DEFAULT_PATTERN).to.equal('extended-exhale');
      expect(findPreset(DEFAULT_PATTERN)?.phases.map((p) => p.kind)).to.deep.equal(['inhale', 'exhale']);
    });

    const expected: Record<string, Phase[]> = {
      'extended-exhale': phases('inhale', 4, 'exhale', 6),
      box: phases('inhale', 4, 'hold', 4, 'exhale', 4, 'hold', 4),
      '4-7-8': phases('inhale', 4, 'hold', 7, 'exhale', 8),
      'cyclic-sigh': phases('inhale', 2, 'top-up', 1, 'exhale', 6),
      coherent: phases('inhale', 5.5, 'exhale', 5.5),
      equal: phases('inhale', 4, 'exhale', 4),
    };
    for (const [id, timing] of Object.entries(expected)) {
      it(`times ${id} as CONTENT.md says`, () => {
        expect(findPreset(id)?.phases).to.deep.equal(timing);
        expect(parsePattern(id)).to.deep.equal(timing);
      });
    }

    it('runs 4-7-8 for 4 cycles by default and gives no other preset a default cycle count', () => {
      expect(findPreset('4-7-8')?.defaultCycles).to.equal(4);
      for (const preset of patternPresets.filter((p) => p.id !== '4-7-8')) {
        expect(preset.defaultCycles, preset.id).to.equal(undefined);
      }
    });

    it('keeps every preset within the limits custom patterns must keep', () => {
      for (const preset of patternPresets) expect(validatePhases(preset.phases), preset.id).to.deep.equal(preset.phases);
    });

    it('is frozen all the way down', () => {
      expect(Object.isFrozen(patternPresets)).to.equal(true);
      for (const preset of patternPresets) {
        expect(Object.isFrozen(preset)).to.equal(true);
        expect(Object.isFrozen(preset.phases)).to.equal(true);
        for (const phase of preset.phases) expect(Object.isFrozen(phase)).to.equal(true);
      }
    });

    it('hands out copies, so changing a parsed pattern cannot change a preset', () => {
      const copy = parsePattern('box');
      copy![0]!.seconds = 99;
      expect(findPreset('box')?.phases[0]?.seconds).to.equal(4);
    });

    it('finds presets ignoring case and surrounding spaces, and never through Object.prototype', () => {
      expect(findPreset(' Box ')?.id).to.equal('box');
      expect(parsePattern('CYCLIC-SIGH')).to.deep.equal(expected['cyclic-sigh']);
      for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '']) {
        expect(findPreset(name), name).to.equal(undefined);
        expect(parsePattern(name), name).to.equal(undefined);
      }
    });
  });

  describe('parsePattern with seconds', () => {
    it('reads in-out', () => {
      expect(parsePattern('4-6')).to.deep.equal(phases('inhale', 4, 'exhale', 6));
    });

    it('reads in-hold-out', () => {
      expect(parsePattern('4-2-6')).to.deep.equal(phases('inhale', 4, 'hold', 2, 'exhale', 6));
    });

    it('reads in-hold-out-rest and drops zero-length phases', () => {
      expect(parsePattern('3-0-6-2')).to.deep.equal(phases('inhale', 3, 'exhale', 6, 'rest', 2));
      expect(parsePattern('4-0-6')).to.deep.equal(phases('inhale', 4, 'exhale', 6));
      expect(parsePattern('4-0-6-0')).to.deep.equal(phases('inhale', 4, 'exhale', 6));
    });

    it('accepts decimals and surrounding spaces', () => {
      expect(parsePattern('5.5-5.5')).to.deep.equal(phases('inhale', 5.5, 'exhale', 5.5));
      expect(parsePattern(' 4.25-0.5-6 ')).to.deep.equal(phases('inhale', 4.25, 'hold', 0.5, 'exhale', 6));
    });

    it('rejects text that is not a preset or 2 to 4 dash-separated numbers', () => {
      for (const text of [
        '',
        'slow',
        '4',
        '4-6-2-2-1',
        '4--6',
        '-4-6',
        '4-6-',
        '4 - 6',
        '4,6',
        '4-6s',
        '+4-6',
        '4--1',
        '1e1-6',
        '.5-6',
        '4.-6',
        'Infinity-6',
        'NaN-6',
        '0x4-6',
      ]) {
        expect(parsePattern(text), JSON.stringify(text)).to.equal(undefined);
      }
    });

    it('needs an inhale and an exhale of at least 1 s', () => {
      expect(parsePattern('0-6')).to.equal(undefined);
      expect(parsePattern('4-0')).to.equal(undefined);
      expect(parsePattern('0.9-6')).to.equal(undefined);
      expect(parsePattern('6-0.9')).to.equal(undefined);
      expect(parsePattern('1-3')).to.deep.equal(phases('inhale', 1, 'exhale', 3));
    });

    it('allows no phase longer than 20 s', () => {
      expect(parsePattern('20-20')).to.deep.equal(phases('inhale', 20, 'exhale', 20));
      expect(parsePattern('20.5-6')).to.equal(undefined);
      expect(parsePattern('4-21')).to.equal(undefined);
    });

    it('refuses fast breathing: a cycle must last at least 4 s', () => {
      expect(patternLimits.minCycleSeconds).to.equal(4);
      expect(parsePattern('2-2')).to.deep.equal(phases('inhale', 2, 'exhale', 2));
      expect(parsePattern('1.5-2')).to.equal(undefined);
      expect(parsePattern('1-1')).to.equal(undefined);
    });

    it('refuses long breath retention: at most 10 s without breathing', () => {
      expect(parsePattern('4-10-6')).to.deep.equal(phases('inhale', 4, 'hold', 10, 'exhale', 6));
      expect(parsePattern('4-10.5-6')).to.equal(undefined);
      expect(parsePattern('4-0-6-10')).to.deep.equal(phases('inhale', 4, 'exhale', 6, 'rest', 10));
      expect(parsePattern('4-0-6-11')).to.equal(undefined);
    });

    it('rejects a hold or rest shorter than 0.5 s (too short to follow)', () => {
      expect(parsePattern('4-0.4-6')).to.equal(undefined);
      expect(parsePattern('4-0-6-0.25')).to.equal(undefined);
    });
  });

  describe('validatePhases (the .pattern property)', () => {
    it('accepts a valid list and returns fresh objects with only kind and seconds', () => {
      const input = [
        { kind: 'inhale', seconds: 3, colour: 'red' },
        { kind: 'exhale', seconds: 5 },
      ];
      const result = validatePhases(input);
      expect(result).to.deep.equal(phases('inhale', 3, 'exhale', 5));
      expect(result).not.to.equal(input);
      expect(result![0]).not.to.equal(input[0]);
      input[0]!.seconds = 15;
      expect(result![0]!.seconds).to.equal(3);
    });

    it('drops zero-length phases', () => {
      expect(validatePhases(phases('inhale', 4, 'hold', 0, 'exhale', 6))).to.deep.equal(phases('inhale', 4, 'exhale', 6));
    });

    it('accepts every kind, with a top-up straight after an inhale', () => {
      expect(validatePhases(phases('inhale', 2, 'top-up', 1, 'hold', 1, 'exhale', 6, 'rest', 2))).to.deep.equal(
        phases('inhale', 2, 'top-up', 1, 'hold', 1, 'exhale', 6, 'rest', 2),
      );
      expect(validatePhases(phases('top-up', 1, 'inhale', 2, 'exhale', 6))).to.equal(undefined);
      expect(validatePhases(phases('inhale', 2, 'exhale', 6, 'top-up', 1))).to.equal(undefined);
    });

    it('rejects anything that is not an array of { kind, seconds }', () => {
      for (const value of [undefined, null, 'inhale', 4, {}, { 0: { kind: 'inhale', seconds: 4 }, length: 1 }, [], [null], ['inhale']]) {
        expect(validatePhases(value), describeValue(value)).to.equal(undefined);
      }
    });

    it('rejects unknown kinds and seconds that are not finite numbers', () => {
      const exhale = { kind: 'exhale', seconds: 6 };
      for (const bad of [
        { kind: 'sniff', seconds: 4 },
        { kind: 'INHALE', seconds: 4 },
        { kind: 'inhale', seconds: '4' },
        { kind: 'inhale', seconds: NaN },
        { kind: 'inhale', seconds: Infinity },
        { kind: 'inhale', seconds: -4 },
        { kind: 'inhale' },
        { seconds: 4 },
      ]) {
        expect(validatePhases([bad, exhale]), JSON.stringify(bad)).to.equal(undefined);
      }
    });

    it('keeps the same bounds as the attribute', () => {
      expect(validatePhases(phases('inhale', 1, 'exhale', 1))).to.equal(undefined);
      expect(validatePhases(phases('inhale', 21, 'exhale', 6))).to.equal(undefined);
      expect(validatePhases(phases('inhale', 4, 'hold', 11, 'exhale', 6))).to.equal(undefined);
      expect(validatePhases(phases('exhale', 6))).to.equal(undefined);
      expect(validatePhases(phases('inhale', 6))).to.equal(undefined);
    });

    it('counts consecutive holds and rests as one retention, also across the end of a cycle', () => {
      expect(validatePhases(phases('inhale', 4, 'hold', 6, 'hold', 6, 'exhale', 6))).to.equal(undefined);
      expect(validatePhases(phases('hold', 6, 'inhale', 4, 'exhale', 6, 'rest', 6))).to.equal(undefined);
      expect(validatePhases(phases('hold', 5, 'inhale', 4, 'exhale', 6, 'rest', 5))).to.deep.equal(
        phases('hold', 5, 'inhale', 4, 'exhale', 6, 'rest', 5),
      );
    });

    it(`allows at most ${patternLimits.maxPhases} phases`, () => {
      const eight = phases('inhale', 1, 'exhale', 1, 'inhale', 1, 'exhale', 1, 'inhale', 1, 'exhale', 1, 'inhale', 1, 'exhale', 1);
      expect(validatePhases(eight)).to.deep.equal(eight);
      expect(validatePhases([...eight, { kind: 'rest', seconds: 1 }])).to.equal(undefined);
    });

    it('returns undefined instead of throwing when reading the value throws', () => {
      const trap = {
        get kind(): string {
          throw new Error('host getter');
        },
        seconds: 4,
      };
      expect(validatePhases([trap, { kind: 'exhale', seconds: 6 }])).to.equal(undefined);
      const proxy = new Proxy([], {
        get() {
          throw new Error('host proxy');
        },
      });
      expect(validatePhases(proxy)).to.equal(undefined);
    });

    it('does not let a __proto__ key in parsed JSON reach Object.prototype', () => {
      const list = JSON.parse('[{"kind":"inhale","seconds":4,"__proto__":{"polluted":true}},{"kind":"exhale","seconds":6}]');
      const result = validatePhases(list);
      expect(result).to.deep.equal(phases('inhale', 4, 'exhale', 6));
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(Object.getPrototypeOf(result![0])).to.equal(Object.prototype);
    });
  });

  describe('sessionCycles', () => {
    const tenSeconds = phases('inhale', 4, 'exhale', 6);

    it('defaults to one minute of whole cycles', () => {
      expect(sessionCycles(tenSeconds)).to.equal(6);
      expect(sessionCycles(parsePattern('box')!)).to.equal(4); // 16 s cycles: 64 s
      expect(sessionCycles(parsePattern('coherent')!)).to.equal(6); // 11 s cycles: 66 s
      expect(sessionCycles(parsePattern('cyclic-sigh')!)).to.equal(7); // 9 s cycles: 63 s
      expect(sessionCycles(parsePattern('equal')!)).to.equal(8); // 8 s cycles: 64 s
    });

    it('runs 4 cycles of 4-7-8 by default', () => {
      const preset = findPreset('4-7-8')!;
      expect(sessionCycles(preset.phases, { defaultCycles: preset.defaultCycles })).to.equal(4);
    });

    it('rounds a duration up to whole cycles', () => {
      expect(sessionCycles(tenSeconds, { durationSeconds: 30 })).to.equal(3);
      expect(sessionCycles(tenSeconds, { durationSeconds: 31 })).to.equal(4);
      expect(sessionCycles(tenSeconds, { durationSeconds: 1 })).to.equal(1);
      expect(sessionCycles(parsePattern('coherent')!, { durationSeconds: 5.5 * 2 * 3 })).to.equal(3);
      expect(sessionCycles(tenSeconds, { durationSeconds: 300, defaultCycles: 4 })).to.equal(30);
    });

    it('lets cycles win over duration and over the pattern default', () => {
      expect(sessionCycles(tenSeconds, { cycles: 2, durationSeconds: 300 })).to.equal(2);
      expect(sessionCycles(tenSeconds, { cycles: 10, defaultCycles: 4 })).to.equal(10);
    });

    it('ignores unusable values and falls back to the next rule', () => {
      for (const cycles of [0, -1, 2.5, NaN, Infinity]) {
        expect(sessionCycles(tenSeconds, { cycles }), String(cycles)).to.equal(6);
      }
      for (const durationSeconds of [0, -60, NaN, Infinity]) {
        expect(sessionCycles(tenSeconds, { durationSeconds }), String(durationSeconds)).to.equal(6);
      }
      expect(sessionCycles(tenSeconds, { cycles: 0, durationSeconds: 20 })).to.equal(2);
    });
  });
});

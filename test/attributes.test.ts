import { expect } from '@open-wc/testing';
import { numberInRange, oneOf } from '../src/attributes.js';
import { captureWarnings } from './helpers.js';

describe('attribute validation', () => {
  it('returns an accepted value without a warning', () => {
    const warnings = captureWarnings();
    const el = document.createElement('calm-x');
    try {
      expect(oneOf(el, 'variant', 'panel', ['button', 'panel'], 'button')).to.equal('panel');
      expect(oneOf(el, 'variant', undefined, ['button', 'panel'], 'button')).to.equal('button');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('falls back and warns once, naming element, attribute and accepted values', () => {
    const warnings = captureWarnings();
    const el = document.createElement('calm-x');
    try {
      expect(oneOf(el, 'variant', 'huge', ['button', 'panel'], 'button')).to.equal('button');
      oneOf(el, 'variant', 'huge', ['button', 'panel'], 'button');
      expect(oneOf(el, 'variant', 42, ['button', 'panel'], 'button')).to.equal('button');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain('<calm-x>').and.contain('variant="huge"').and.contain('button, panel');
  });

  it('accepts numbers in range only', () => {
    const warnings = captureWarnings();
    const el = document.createElement('calm-x');
    try {
      expect(numberInRange(el, 'cycles', '4', 1, 20, 6)).to.equal(4);
      expect(numberInRange(el, 'cycles', 'NaN', 1, 20, 6)).to.equal(6);
      expect(numberInRange(el, 'cycles', 99, 1, 20, 6)).to.equal(6);
      expect(numberInRange(el, 'cycles', Infinity, 1, 20, 6)).to.equal(6);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(3);
    expect(warnings.messages[0]).to.contain('a number from 1 to 20');
  });
});

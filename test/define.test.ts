import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../src/define.js';
import { VERSION } from '../src/version.js';
import { captureWarnings } from './helpers.js';

class First extends LitElement {
  static readonly calmVersion = VERSION;
}
class SameVersion extends LitElement {
  static readonly calmVersion = VERSION;
}
class OtherVersion extends LitElement {
  static readonly calmVersion = '0.0.1-old';
}

describe('defineElement (safe registration)', () => {
  it('defines an element the first time', () => {
    defineElement('calm-define-test-a', First);
    expect(customElements.get('calm-define-test-a')).to.equal(First);
  });

  it('is a silent no-op when the same version is registered again', () => {
    const warnings = captureWarnings();
    try {
      defineElement('calm-define-test-a', First);
      defineElement('calm-define-test-a', SameVersion);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
    expect(customElements.get('calm-define-test-a')).to.equal(First);
  });

  it('warns instead of throwing when another version is already defined, and the first wins', () => {
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('calm-define-test-a', OtherVersion)).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<calm-define-test-a>').and.contain(VERSION).and.contain('0.0.1-old');
    expect(customElements.get('calm-define-test-a')).to.equal(First);
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

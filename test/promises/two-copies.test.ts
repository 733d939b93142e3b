/**
 * Two copies of calmkit on one page (SPEC §4: registration is safe to repeat), as when a site
 * loads the drop-in bundle from its template and an app bundles the npm package: first
 * dist/calmkit.min.js, then the npm build (dist/index.js, with its own Lit), then a copy that
 * says it is another version. No error; the first definition of every element in
 * custom-elements.json wins; the same version again is silent; another version warns once per
 * element, naming it and both versions; elements made afterwards work. Needs the build (npm test
 * builds before the browser suites).
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';

interface Manifest {
  modules: Array<{ declarations?: Array<{ name: string; tagName?: string }>; exports?: Array<{ kind: string; name: string }> }>;
}
type Module = Record<string, unknown>;

const isLitDevMessage = (text: string): boolean => /lit\.dev\/msg|Lit is in dev mode|Multiple versions of Lit/.test(text);

describe('two copies of calmkit on one page', function () {
  this.timeout(30000);
  let elements: Array<{ tag: string; className: string }> = [];
  let version = '';
  let bundle: Module = {};
  const errors: string[] = [];
  const onError = (e: ErrorEvent): void => void errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent): void => void errors.push(String((e.reason as Error | undefined)?.message ?? e.reason));

  /** Imports `url` while collecting console warnings; returns the module and calmkit's warnings. */
  async function load(url: string): Promise<{ module: Module; warnings: string[] }> {
    const warnings: string[] = [];
    const stub = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!isLitDevMessage(text)) warnings.push(text);
    });
    try {
      const module = (await import(/* @vite-ignore */ url)) as Module;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { module, warnings };
    } finally {
      stub.restore();
    }
  }

  /** Every element, made now, renders, and "Get help now" opens where there is one. */
  async function allWork(): Promise<string[]> {
    const problems: string[] = [];
    for (const { tag } of elements) {
      const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
      document.body.append(el);
      await el.updateComplete;
      if (!el.shadowRoot?.textContent.trim()) problems.push(`<${tag}> rendered nothing`);
      el.remove();
    }
    return problems;
  }

  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const defined = new Set(manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name)));
    elements = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName && defined.has(d.tagName))
      .map((d) => ({ tag: d.tagName!, className: d.name }));
    version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('the drop-in bundle defines every element of the manifest', async () => {
    const { module, warnings } = await load('/dist/calmkit.min.js');
    bundle = module;
    expect(warnings).to.deep.equal([]);
    for (const { tag, className } of elements) {
      expect(customElements.get(tag), `<${tag}>`).to.exist;
      expect(customElements.get(tag), `<${tag}> is the bundle's ${className}`).to.equal(bundle[className]);
    }
  });

  it('the npm build of the same version loads silently beside it, and the bundle keeps every element', async () => {
    const { module: npm, warnings } = await load('/dist/index.js');
    expect(warnings, 'same version: no warning').to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    for (const { tag, className } of elements) {
      expect(npm[className], `the npm build exports ${className}`).to.be.a('function');
      expect(npm[className], `${className} is a second copy`).not.to.equal(bundle[className]);
      expect(customElements.get(tag), `<${tag}> is still the bundle's`).to.equal(bundle[className]);
    }
    expect(await allWork()).to.deep.equal([]);
  });

  it('a copy of another version warns once per element, naming it and both versions, and changes nothing', async () => {
    const source = await (await fetch('/dist/calmkit.min.js')).text();
    const other = '9.9.9-other';
    const variant = source.split(`"${version}"`).join(`"${other}"`);
    expect(variant, 'the bundle carries its version as a string').not.to.equal(source);
    const url = URL.createObjectURL(new Blob([variant], { type: 'text/javascript' }));
    const { warnings } = await load(url);
    URL.revokeObjectURL(url);
    expect(errors, 'no error').to.deep.equal([]);
    for (const { tag, className } of elements) {
      const about = warnings.filter((w) => w.includes(`<${tag}>`));
      expect(about, `one warning about <${tag}>`).to.have.length(1);
      expect(about[0]).to.contain(version).and.contain(other);
      expect(customElements.get(tag), `<${tag}> is still the first definition`).to.equal(bundle[className]);
    }
    expect(warnings.filter((w) => !elements.some(({ tag }) => w.includes(`<${tag}>`))), 'no other warning').to.deep.equal([]);
    expect(await allWork()).to.deep.equal([]);
  });
});

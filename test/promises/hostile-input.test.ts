/**
 * "Bad input never breaks it" (SPEC §1.5), for every element in custom-elements.json, so a new
 * element is covered without edits: every attribute gets a corpus of hostile values, then
 * fast-check mixes random hostile attributes and property values; every writable host-data
 * property (`.strings`, `.resources`, `.definition`, `.pattern`, …) gets hostile objects.
 *
 * After each case: no uncaught error and no setter or method threw; the element is never blank
 * (its shadow root shows visible text); "Get help now" is still there if the element offers it
 * (SPEC §1.1); every calmkit warning names the element (and the attribute), at most one per
 * invalid value, and exactly one where an attribute that validates its values gets one that
 * cannot be valid; host text is shown as text (no element or handler from it), links are only
 * https:, tel:, sms: or mailto:, and nothing is added to Object.prototype or Array.prototype.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { en } from '../../src/locales/en.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/ar.js';

interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
  type?: { text?: string };
  parameters?: unknown[];
}
interface ManifestDeclaration {
  tagName?: string;
  name: string;
  attributes?: Array<{ name: string; fieldName?: string; type?: { text?: string } }>;
  members?: ManifestMember[];
}
interface ManifestModule {
  path: string;
  declarations?: ManifestDeclaration[];
  exports?: Array<{ kind: string; name: string }>;
}
interface ElementUnderTest {
  tag: string;
  /** attribute name → property name */
  attributes: Map<string, string>;
  /** Attributes whose documented type is a list of words or a number, so a wrong value must warn. */
  typed: Set<string>;
  /** Writable properties that take host data (objects, lists). */
  hostData: string[];
  /** Public methods without parameters, called on hostile-configured elements. */
  methods: string[];
}

/**
 * The manifest is read synchronously, so that tests can be declared per element while this module
 * runs. (A test harness request, not the library's.)
 */
function readManifest(): { modules: ManifestModule[] } {
  const request = new XMLHttpRequest();
  request.open('GET', '/custom-elements.json', false);
  request.send();
  return JSON.parse(request.responseText) as { modules: ManifestModule[] };
}
const manifest = readManifest();
const definitions = new Map<string, string>();
for (const mod of manifest.modules) {
  for (const e of mod.exports ?? []) if (e.kind === 'custom-element-definition') definitions.set(e.name, mod.path);
}
const elements: ElementUnderTest[] = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((d): d is ManifestDeclaration & { tagName: string } => Boolean(d.tagName && definitions.has(d.tagName)))
  .map((d) => {
    const members = (d.members ?? []).filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
    const attributes = new Map((d.attributes ?? []).map((a) => [a.name, a.fieldName ?? a.name]));
    const typed = new Set((d.attributes ?? []).filter((a) => /'[^']*'\s*\||\bnumber\b/.test(a.type?.text ?? '')).map((a) => a.name));
    const fields = members.filter((m) => m.kind === 'field' && !m.readonly);
    return {
      tag: d.tagName,
      attributes,
      typed,
      hostData: fields.filter((m) => !m.attribute || /\[\]|object|Record/.test(m.type?.text ?? '')).map((m) => m.name),
      // exit() leaves the page by design; it is quick exit's whole purpose.
      methods: members.filter((m) => m.kind === 'method' && (m.parameters ?? []).length === 0 && m.name !== 'exit').map((m) => m.name),
    };
  })
  .sort((a, b) => a.tag.localeCompare(b.tag));

// Load every element from its registration module (src, as the other suites do).
before(async () => {
  // The manifest names the shipped dist/…/define.js; these suites load its source.
  const source = (path: string) => `/${path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')}`;
  await Promise.all([...definitions.values()].map((path) => import(/* @vite-ignore */ source(path))));
});

/** Markup that would run if it were ever parsed as HTML. */
const MARKUP = '<img src=x onerror="window.__calmPwned=1"><script>window.__calmPwned=1</script>';
/** Attribute values that no validating attribute can accept. */
const INVALID = [MARKUP, 'javascript:alert(1)', '__proto__', 'constructor', 'NaN', '-1', '1e308', 'x'.repeat(5000), '🌀\u202eevil\u0000ÿ'];
/** More hostile attribute values, some of which an attribute may accept (an address, a word list). */
const ODD = ['', ' ', '0', '4.5', 'data:text/html,<b>x</b>', 'https://example.com/', 'ar'];
/**
 * Hostile values for properties and host data. `extreme` adds values only host data must
 * survive (a throwing getter, a throwing Proxy, a Symbol); reflected properties get the rest.
 */
function hostileObjects(extreme = true): unknown[] {
  const cyclic: Record<string, unknown> = { name: 'cycle' };
  cyclic.self = cyclic;
  let deep: unknown = { name: 'deep' };
  for (let i = 0; i < 3000; i++) deep = [deep];
  const throwing = {
    get name(): string {
      throw new Error('hostile getter');
    },
    get channels(): unknown {
      throw new Error('hostile getter');
    },
  };
  const trap = (): never => {
    throw new Error('hostile proxy');
  };
  return [
    JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
    JSON.parse('[{"__proto__":{"polluted":1},"name":"x","kind":"inhale","seconds":4,"channels":[{"kind":"call","target":"+1 555 0100"}]}]'),
    [{ name: MARKUP, id: MARKUP, kind: MARKUP, seconds: 4, channels: [{ kind: 'chat', target: 'javascript:alert(1)' }] }],
    [{ name: MARKUP, hours: MARKUP, languages: [MARKUP], channels: [{ kind: 'call', target: '+1 555 0100', display: MARKUP }, { kind: 'text', target: '741741', message: MARKUP }] }],
    [
      {
        name: 'Links',
        channels: [
          { kind: 'chat', target: 'javascript:alert(1)' },
          { kind: 'chat', target: ' JaVaScRiPt:alert(1)' },
          { kind: 'chat', target: 'java\tscript:alert(1)' },
          { kind: 'chat', target: 'data:text/html,<script>alert(1)</script>' },
          { kind: 'chat', target: 'vbscript:msgbox(1)' },
          { kind: 'chat', target: 'http://insecure.example/' },
          { kind: 'email', target: 'a@b.example?body=<script>' },
          { kind: 'call', target: 'javascript:alert(1)' },
        ],
      },
    ],
    [{ kind: 'inhale', seconds: 1e308 }, { kind: 'exhale', seconds: -1 }],
    [{ kind: 'inhale', seconds: NaN }, { kind: '__proto__', seconds: 4 }],
    Array.from({ length: 5000 }, () => ({ kind: 'inhale', seconds: 4, name: 'x', channels: [] })),
    { steps: MARKUP, version: '__proto__', start: 'constructor', nodes: { __proto__: { polluted: 1 } } },
    Object.fromEntries(Object.keys(en).slice(0, 50).map((key) => [key, MARKUP])),
    { 'help.open': 42, 'not.a.key': 'x', toString: 'x', 'help.title': 'x'.repeat(100000) },
    cyclic,
    deep,
    ...(extreme ? [throwing, new Proxy({}, { get: trap, ownKeys: trap, has: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap }), Symbol('hostile')] : []),
    Object.freeze([Object.freeze({ name: 'frozen', channels: Object.freeze([]) })]),
    () => 'function',
    new Map([['name', 'map']]),
    new Date(NaN),
    NaN,
    -Infinity,
    Number.MAX_VALUE,
    -1,
    0,
    true,
    null,
    undefined,
    '',
    MARKUP,
    'javascript:alert(1)',
  ];
}

// ---------------------------------------------------------------------------------------------
// What every case checks.

const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => uncaught.push(`unhandled rejection: ${String((e.reason as Error | undefined)?.message ?? e.reason)}`));

const objectKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();
const arrayKeys = Object.getOwnPropertyNames(Array.prototype).sort().join();
function pollution(): string[] {
  const found: string[] = [];
  if (({} as Record<string, unknown>).polluted !== undefined) found.push('({}).polluted is set');
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== objectKeys) found.push('Object.prototype changed');
  if (Object.getOwnPropertyNames(Array.prototype).sort().join() !== arrayKeys) found.push('Array.prototype changed');
  return found;
}

/** Every element in `root` and the shadow roots below it. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

/** Text a person can see: text nodes with a real box, in the element's shadow tree (`first`: stop at one). */
function visibleText(el: Element, first = false): string {
  let text = '';
  const roots: ParentNode[] = el.shadowRoot ? [el.shadowRoot] : [];
  for (const inner of deepElements(el.shadowRoot ?? el)) if (inner.shadowRoot) roots.push(inner.shadowRoot);
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width > 2 && rect.height > 2) {
        text += `${node.textContent} `;
        if (first) return text.trim();
      }
    }
  }
  return text.trim();
}

/** A visible "Get help now" (a help button, or an open help panel) in the element or below it. */
function helpVisible(el: Element): boolean {
  const helps = [...(el.localName === 'calm-help' ? [el] : []), ...deepElements(el.shadowRoot ?? el).filter((e) => e.localName === 'calm-help')];
  return helps.some((help) => {
    const shown = help.shadowRoot?.querySelector('[part~="button"], [part~="panel"]');
    const rect = shown?.getBoundingClientRect();
    return Boolean(rect && rect.width > 1 && rect.height > 1);
  });
}

/** Host text that became markup, handlers, or links that are not safe. */
function injected(el: Element): string[] {
  const problems: string[] = [];
  const all = deepElements(el.shadowRoot ?? el);
  for (const node of all) {
    if (['img', 'script', 'iframe', 'object', 'embed', 'style', 'link'].includes(node.localName)) problems.push(`a <${node.localName}> element was rendered`);
    for (const attr of node.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`an ${attr.name} attribute on <${node.localName}>`);
    }
    const href = node.getAttribute('href');
    if (node.localName === 'a' && href !== null && !/^(https:|tel:|sms:|mailto:)/i.test(href)) problems.push(`a link to ${href.slice(0, 60)}`);
  }
  if ((window as unknown as { __calmPwned?: unknown }).__calmPwned !== undefined) problems.push('injected script ran');
  return problems;
}

/** Lit's own development-build messages (LIT_MODE=development), which are not calmkit's. */
const isLitDevMessage = (text: string): boolean => /lit\.dev\/msg|Lit is in dev mode|Multiple versions of Lit/.test(text);
/** The one documented global warning: a language with no loaded catalog (SPEC §4: "one warning"). */
const isMissingLanguage = (text: string): boolean => /^calmkit: no ".*" strings are loaded/s.test(text);

const stage = document.createElement('div');
stage.style.width = '640px';
document.body.append(stage);

/** Whether elements of each tag show "Get help now" when configured validly. */
const offersHelp = new Map<string, boolean>();

interface Case {
  el: HTMLElement;
  warnings: string[];
  problems: string[];
  /** Runs `fn`; a throw is a problem (setters and methods never throw). */
  attempt(what: string, fn: () => void): void;
  settle(): Promise<void>;
  /** Adds to `problems` what is wrong now (the element stays). */
  check(): void;
  /** Forgets the warnings and problems so far, to check the next value on the same element. */
  restart(): void;
  /** Settles, checks, and removes the element. */
  finish(): Promise<void>;
}

function openCase(tag: string, connect = true): Case {
  const el = document.createElement(tag);
  if (connect) stage.append(el);
  const warnings: string[] = [];
  const problems: string[] = [];
  uncaught.length = 0;
  const stub = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => {
    const text = args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ');
    if (!isLitDevMessage(text)) warnings.push(text);
  });
  const settle = async (): Promise<void> => {
    try {
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    } catch (error) {
      problems.push(`update failed: ${(error as Error).message}`);
    }
    await Promise.resolve();
    try {
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    } catch (error) {
      problems.push(`update failed: ${(error as Error).message}`);
    }
  };
  return {
    el,
    warnings,
    problems,
    attempt(what, fn) {
      try {
        fn();
      } catch (error) {
        problems.push(`${what} threw: ${(error as Error | undefined)?.message ?? String(error)}`);
      }
    },
    settle,
    restart() {
      warnings.length = 0;
      problems.length = 0;
      uncaught.length = 0;
    },
    async finish() {
      if (!el.isConnected) stage.append(el);
      await settle();
      this.check();
      stub.restore();
      el.remove();
    },
    check() {
      problems.push(...uncaught.splice(0));
      const text = visibleText(el, true);
      if (!text) problems.push('the element is blank (no visible text in its shadow root)');
      const helpAttribute = el.getAttribute('help');
      if (offersHelp.get(tag) && helpAttribute !== 'none' && (el as HTMLElement & { help?: unknown }).help !== 'none' && !helpVisible(el)) {
        problems.push('"Get help now" is gone');
      }
      problems.push(...injected(el), ...pollution());
      for (const warning of warnings) {
        if (!warning.includes(`<${tag}>`) && !isMissingLanguage(warning)) problems.push(`a warning that does not name <${tag}>: ${warning.slice(0, 160)}`);
      }
    },
  };
}

/** Runs one case and fails with everything that went wrong, naming the input. */
function report(label: string, problems: string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 12).map((p) => (p.length > 300 ? `${p.slice(0, 300)}…` : p));
  expect.fail(`${label}\n  ${shown.join('\n  ')}${problems.length > 12 ? `\n  … and ${problems.length - 12} more` : ''}`);
}

const describeValue = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value);
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  try {
    const json = (JSON.stringify(value) as string | undefined) ?? String(value);
    return json.length > 60 ? `${json.slice(0, 60)}…` : json;
  } catch {
    return Array.isArray(value) ? 'a hostile list' : 'a hostile object';
  }
};

// ---------------------------------------------------------------------------------------------

for (const element of elements) {
  const { tag } = element;
  describe(`<${tag}> under hostile input`, function () {
    this.timeout(120000);
    /** Attributes that validate their values: an obviously wrong value gets a warning. */
    const validating = new Set<string>();

    before(async () => {
      const plain = openCase(tag);
      await plain.settle();
      offersHelp.set(tag, helpVisible(plain.el));
      await plain.finish();
      expect(plain.problems, `a plain <${tag}> is not sound: ${plain.problems.join('; ')}`).to.deep.equal([]);
      for (const attribute of element.attributes.keys()) {
        const probe = openCase(tag);
        probe.el.setAttribute(attribute, 'calmkit-probe-not-a-valid-value');
        await probe.settle();
        if (probe.warnings.some((w) => w.includes(attribute))) validating.add(attribute);
        await probe.finish();
      }
      const silent = [...element.typed].filter((a) => !validating.has(a));
      expect(silent, `<${tag}> takes a word or number in these attributes but says nothing about a wrong one`).to.deep.equal([]);
    });

    it('takes every hostile value in every attribute: no error, never blank, help stays, one warning naming it', async () => {
      const failures: string[] = [];
      for (const attribute of [...element.attributes.keys(), 'lang', 'dir']) {
        // A fresh element for each value that cannot be valid (an element warns once per bad
        // value, and two of these may parse to the same one, e.g. NaN); one element for the rest,
        // given each value in turn and cleared in between.
        let c = openCase(tag);
        await c.settle();
        for (const value of [...INVALID, ...ODD]) {
          if (validating.has(attribute) && INVALID.includes(value)) {
            c.restart();
            await c.finish();
            c = openCase(tag);
            await c.settle();
          }
          c.restart();
          c.attempt(`setAttribute("${attribute}")`, () => c.el.setAttribute(attribute, value));
          await c.settle();
          c.check();
          const own = c.warnings.filter((w) => !isMissingLanguage(w));
          if (own.length > 1) c.problems.push(`${own.length} warnings for one value: ${own.map((w) => w.slice(0, 100)).join(' | ')}`);
          if (own.length === 1 && validating.has(attribute) && !own[0]!.includes(attribute)) c.problems.push(`the warning does not name ${attribute}: ${own[0]!.slice(0, 120)}`);
          if (validating.has(attribute) && INVALID.includes(value) && own.length === 0) c.problems.push('no warning for a value that cannot be valid');
          if (c.problems.length) failures.push(`${attribute}=${describeValue(value)}: ${c.problems.join('; ')}`);
          c.el.removeAttribute(attribute);
          await c.settle();
        }
        c.restart();
        await c.finish();
      }
      report(`<${tag}>: ${failures.length} failing attribute values`, failures);
    });

    it('takes random hostile attributes and property values, before and after it is connected (fast-check)', async () => {
      const names = [...element.attributes.keys(), 'lang', 'dir'];
      const text = fc.oneof(
        fc.constantFrom(...INVALID, ...ODD),
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.double().map(String),
        fc.integer().map(String),
      );
      // Only values the platform can turn into text: a reflected property becomes an attribute, and
      // setAttribute itself throws for a value that cannot (that is the host's bug, not calmkit's).
      const textable = hostileObjects(false).filter((value) => {
        try {
          String(value);
          return true;
        } catch {
          return false;
        }
      });
      const raw = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constantFrom(...textable));
      const assignment = fc.record({ name: fc.constantFrom(...names), asProperty: fc.boolean(), text, raw });
      const outcome = await fc.check(
        fc.asyncProperty(fc.array(assignment, { minLength: 1, maxLength: 4 }), fc.boolean(), async (assignments, connectFirst) => {
          const c = openCase(tag, connectFirst);
          for (const { name, asProperty, text: value, raw: rawValue } of assignments) {
            const property = element.attributes.get(name) ?? name;
            if (asProperty) c.attempt(`.${property} =`, () => ((c.el as unknown as Record<string, unknown>)[property] = rawValue));
            else c.attempt(`setAttribute("${name}")`, () => c.el.setAttribute(name, value));
          }
          if (!c.el.isConnected) stage.append(c.el);
          await c.settle();
          for (const method of element.methods) {
            c.attempt(`${method}()`, () => (c.el as unknown as Record<string, () => unknown>)[method]!());
            await c.settle();
          }
          await c.finish();
          const own = c.warnings.filter((w) => !isMissingLanguage(w));
          if (own.length > assignments.length) c.problems.push(`${own.length} warnings for ${assignments.length} values`);
          report(`<${tag}> with ${assignments.map((a) => `${a.asProperty ? '.' : ''}${a.name}=${describeValue(a.asProperty ? a.raw : a.text)}`).join(', ')}`, c.problems);
        }),
        { numRuns: 30, endOnFailure: true },
      );
      if (outcome.failed) {
        const error = outcome.errorInstance as Error | undefined;
        expect.fail(`fast-check (seed ${outcome.seed}, path "${outcome.counterexamplePath ?? ''}") found: ${error?.message ?? String(outcome.errorInstance)}`);
      }
    });

    if (element.hostData.length > 0) {
      it(`takes hostile host data in ${element.hostData.map((p) => `.${p}`).join(', ')}: text stays text, links stay safe, nothing polluted`, async () => {
        const failures: string[] = [];
        for (const property of element.hostData) {
          for (const value of hostileObjects()) {
            const c = openCase(tag);
            await c.settle();
            c.attempt(`.${property} =`, () => ((c.el as unknown as Record<string, unknown>)[property] = value));
            await c.settle();
            for (const method of element.methods.filter((m) => ['start', 'show', 'reset'].includes(m))) {
              c.attempt(`${method}()`, () => (c.el as unknown as Record<string, () => unknown>)[method]!());
              await c.settle();
            }
            await c.finish();
            if (c.problems.length) failures.push(`.${property} = ${describeValue(value)}: ${c.problems.join('; ')}`);
          }
        }
        report(`<${tag}>: ${failures.length} failing host values`, failures);
      });
    }

    it('shows host strings with markup as text, in every string it uses', async () => {
      const c = openCase(tag);
      const strings = Object.fromEntries(Object.keys(en).map((key) => [key, `${MARKUP} ${key}`]));
      c.attempt('.strings =', () => ((c.el as unknown as Record<string, unknown>).strings = strings));
      await c.settle();
      for (const method of element.methods.filter((m) => ['start', 'show'].includes(m))) {
        c.attempt(`${method}()`, () => (c.el as unknown as Record<string, () => unknown>)[method]!());
        await c.settle();
      }
      const shown = visibleText(c.el);
      await c.finish();
      if (!shown.includes('<img src=x onerror=')) c.problems.push(`the markup is not shown as text (visible: ${shown.slice(0, 80)})`);
      report(`<${tag}> with markup in every string`, c.problems);
    });
  });
}

describe('the hostile-input suite covers', () => {
  it('every element in custom-elements.json', () => {
    expect(elements.map((e) => e.tag)).to.have.length.greaterThan(3);
    for (const { tag } of elements) expect(customElements.get(tag), `<${tag}> is not defined`).to.exist;
  });
});

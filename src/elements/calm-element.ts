import { isServer, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { oneOf, warnOnce } from '../attributes.js';
import { FocusOriginController } from '../controllers/focus-origin.js';
import { LocaleController } from '../controllers/locale.js';
import { MediaQueryController } from '../controllers/media-query.js';
import { calmEvent, type CalmEventDetails, type CalmEventName, type ConfigError } from '../events.js';
import type { Catalog, StringKey } from '../locales/en.js';
import { isStringKey } from '../locales/registry.js';
import { shared } from '../styles/shared.js';
import { THEMES, tokens } from '../styles/tokens.js';
import { VERSION } from '../version.js';

const MAX_STRING_LENGTH = 1000;
/** Text a person could not see or hear: empty, spaces, zero-width and other invisible characters. */
const INVISIBLE = /^[\s\p{C}]*$/u;

/**
 * What every calmkit element shares: tokens and themes, language and direction, live reduced
 * motion, host string overrides, input warnings and event dispatch after render.
 */
export class CalmElement extends LitElement {
  /** Lets a second copy of calmkit on the page recognise this one (see define.ts). */
  static readonly calmVersion: string = VERSION;

  static override styles = [tokens, shared];

  /** Colour theme: `light`, `dark` or `contrast`. Without it the element follows the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'contrast';

  /** `reduce` shows the still, non-moving version even when the system does not ask for it. */
  @property({ reflect: true }) motion?: 'auto' | 'reduce';

  /**
   * Set by a host that shows this element as part of its own screen (`<calm-flow>`): the element
   * then has no heading, help control, progress, Back, Next or end screen of its own (see
   * CONTRIBUTING.md "Embedding an activity").
   */
  @property({ type: Boolean, reflect: true }) embedded = false;

  /**
   * True when the element really is part of a calmkit host's screen: `embedded` is set and the
   * element lives in the shadow root of a calmkit element (which shows help). An `embedded`
   * attribute on an element of the page itself changes nothing, so help is never hidden.
   */
  protected get partOfHost(): boolean {
    const root = this.getRootNode();
    return (this.embedded as unknown) === true && root instanceof ShadowRoot && root.host instanceof CalmElement;
  }

  #strings: Partial<Catalog> | undefined;

  /**
   * Replaces any of the element's words, e.g. `{ 'help.open': 'Talk to Ms Rivera now' }`.
   * The object is copied; unknown keys and non-text values are ignored with a warning.
   */
  @property({ attribute: false })
  get strings(): Partial<Catalog> | undefined {
    return this.#strings ? { ...this.#strings } : undefined;
  }
  set strings(value: unknown) {
    this.#strings = this.#copyStrings(value);
    this.requestUpdate();
  }

  /**
   * Object-valued properties are watched as attributes too, only to say so: a framework that sets
   * `resources="[object Object]"` (Vue without `.prop`) would otherwise lose the host's data silently.
   */
  static override get observedAttributes(): string[] {
    const objectOnly = [...this.elementProperties].filter(([, options]) => options.attribute === false && !options.state);
    return [...super.observedAttributes, ...objectOnly.map(([name]) => String(name))];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // Object-valued properties are named in lower case, so the attribute's name is the property's.
    if ((this.constructor as typeof LitElement).elementProperties.get(name)?.attribute !== false) {
      super.attributeChangedCallback(name, old, value);
    } else if (value !== null) {
      this.reportConfigErrors([{ path: name, message: `must be set as a property, not an attribute: .${name}= (Vue :${name}.prop). Ignored "${value.slice(0, 40)}".` }]);
    }
  }

  protected readonly locale = new LocaleController(this, () => this.#strings);
  readonly #reducedMotionQuery = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  /** A heading focused after a tap shows no ring; after a key press it does. */
  protected readonly focusOrigin = new FocusOriginController(this);

  /** True when motion should stand still: the system asks for it, or `motion="reduce"`. */
  protected get reducedMotion(): boolean {
    return this.motion === 'reduce' || this.#reducedMotionQuery.matches;
  }

  /** A string in the element's language. */
  protected t(key: StringKey, values?: Record<string, string | number>): string {
    return this.locale.t(key, values);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A server render never connects the element, so its language is read here (see LocaleController).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- Lit types isServer as false (its browser build)
    if (isServer) this.locale.resolve();
    if (changed.has('theme')) oneOf(this, 'theme', this.theme, THEMES, 'light');
    if (changed.has('motion')) oneOf(this, 'motion', this.motion, ['auto', 'reduce'], 'auto');
  }

  /** Dispatches a calm-* event once the element has rendered what caused it. */
  protected async emit<Name extends CalmEventName>(name: Name, detail: CalmEventDetails[Name]): Promise<void> {
    await this.updateComplete;
    this.dispatchEvent(calmEvent(name, detail));
  }

  /** Tells the host what was wrong with its configuration, in the console and as an event. */
  /**
   * The JSON of the element's own child `<script type="application/json">`, the way to give it data
   * in plain HTML: `undefined` when there is none, a config error when it cannot be read.
   */
  protected childScriptJson(): { value: unknown } | { errors: ConfigError[] } | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return undefined;
    try {
      return { value: JSON.parse(script.textContent) as unknown };
    } catch {
      return { errors: [{ path: '$', message: 'the JSON in the child script could not be read' }] };
    }
  }

  protected reportConfigErrors(errors: ConfigError[]): void {
    if (errors.length === 0) return;
    for (const error of errors) warnOnce(this, `config:${error.path}:${error.message}`, `${error.path}: ${error.message}`);
    void this.emit('calm-config-error', { element: this.localName, errors: errors.map((e) => ({ ...e })) });
  }

  #copyStrings(value: unknown): Partial<Catalog> | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      warnOnce(this, 'strings', 'strings must be an object of string keys and texts; ignoring it.');
      return undefined;
    }
    const copy: Partial<Record<StringKey, string>> = {};
    let entries: Array<[string, unknown]>;
    try {
      entries = Object.entries(value);
    } catch {
      // A host object whose getters or proxy traps throw: setters never throw (SPEC §1.5).
      warnOnce(this, 'strings', 'strings could not be read; ignoring it.');
      return undefined;
    }
    for (const [key, text] of entries) {
      if (!isStringKey(key) || typeof text !== 'string' || text.length > MAX_STRING_LENGTH) {
        warnOnce(this, `strings.${key}`, `strings["${key.slice(0, 60)}"] is not a known key with a text value; ignoring it.`);
      } else if (INVISIBLE.test(text)) {
        // A button with no words has no accessible name: "Get help now" must always say what it is.
        warnOnce(this, `strings.${key}`, `strings["${key}"] is blank; using the built-in words.`);
      } else copy[key] = text;
    }
    return copy;
  }
}

import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Catalog, StringKey } from '../locales/en.js';
import {
  catalogLanguage,
  format,
  localeFor,
  onLocaleRegistered,
  type Direction,
} from '../locales/registry.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Lit types `isServer` as false (its browser build's value); its Node build exports true. */
const onServer: boolean = isServer;

/** Walks up from `node` through parents and shadow-root hosts to the nearest element with `name`. */
function nearestAttribute(node: Node, name: string): string | null {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)) {
    if (current instanceof Element && current.hasAttribute(name)) return current.getAttribute(name);
  }
  return null;
}

/** The language an element speaks: own `lang`, nearest ancestor's, `<html lang>`, else `en`. */
export function resolveLanguage(element: Element): string {
  const tag = nearestAttribute(element, 'lang')?.trim();
  return tag ? tag : 'en';
}

// One observer for every element: `lang`/`dir` changes anywhere in the document or in a
// calmkit shadow root make each connected element look again. Made when the first element
// connects, never at import: a server (Node, Lit SSR) has no MutationObserver.
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
const observed = new WeakSet<Node>();
const attributeFilter = ['lang', 'dir'];
function watch(node: Node, subtree = true): void {
  observer ??= new MutationObserver(() => controllers.forEach((c) => c.resolve()));
  observer.observe(node, { attributes: true, subtree, attributeFilter });
}
function observe(node: Node): void {
  if (observed.has(node)) return;
  observed.add(node);
  watch(node);
}
onLocaleRegistered(() => controllers.forEach((c) => c.resolve(true)));

/**
 * Language and direction of one element (SPEC §1.6), resolved from the nearest `lang`/`dir`
 * and kept current when they change. `t()` gives a string in that language, with the host's
 * overrides taking precedence.
 */
export class LocaleController implements ReactiveController {
  /** The full language tag found (e.g. `es-MX`). */
  tag = 'en';
  /** The catalog language in use (e.g. `es`); rendered as the `lang` of the element's content. */
  language = 'en';
  dir: Direction = 'ltr';
  #strings: Catalog = localeFor('en').strings;

  constructor(
    private readonly host: Host,
    private readonly overrides: () => Partial<Catalog> | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observe(this.host.ownerDocument.documentElement);
    // Own attributes are seen even when the element sits in a shadow root nobody observes.
    watch(this.host, false);
    if (this.host.shadowRoot) observe(this.host.shadowRoot);
    this.resolve(true);
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /**
   * Looks up language and direction again; re-renders the host when they changed. On a server
   * (Lit SSR, which calls `willUpdate` but never connects an element) there is no tree to walk:
   * the element's own `lang` and `dir` only, read before it renders.
   */
  resolve(force = false): void {
    const own = (name: string) => this.host.getAttribute(name)?.trim();
    const tag = onServer ? own('lang') || 'en' : resolveLanguage(this.host);
    const language = catalogLanguage(tag);
    const locale = localeFor(language);
    const explicitDir = (onServer ? own('dir') : nearestAttribute(this.host, 'dir'))?.toLowerCase();
    const dir: Direction = explicitDir === 'rtl' || explicitDir === 'ltr' ? explicitDir : locale.dir;
    if (!force && tag === this.tag && language === this.language && dir === this.dir) return;
    this.tag = tag;
    this.language = language;
    this.dir = dir;
    this.#strings = locale.strings;
    if (!onServer) this.host.requestUpdate();
  }

  t(key: StringKey, values?: Record<string, string | number>): string {
    const text = this.overrides()?.[key] ?? this.#strings[key];
    return format(text, values);
  }
}

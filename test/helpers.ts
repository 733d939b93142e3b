import { aTimeout } from '@open-wc/testing';
import sinon from 'sinon';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { FakeClock, settled, useClock } from '../src/testing.js';

/** Collects console warnings while a test runs; `restore()` when done. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const stub = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  });
  return { messages, restore: () => stub.restore() };
}

/** Resolves with the next `name` event from `target`, or rejects after `ms`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string, ms = 2000): Promise<CustomEvent<T>> {
  return Promise.race([
    new Promise<CustomEvent<T>>((resolve) => target.addEventListener(name, (e) => resolve(e as CustomEvent<T>), { once: true })),
    aTimeout(ms).then(() => Promise.reject(new Error(`no ${name} event within ${ms} ms`))),
  ]);
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Text a person would read in an element's shadow root (whitespace folded). */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Network requests the page has made so far (Resource Timing), minus the test harness's own. */
export function requestCount(): number {
  return performance.getEntriesByType('resource').length;
}

/** Everything a page could have stored about a person. */
export async function storedData(): Promise<{ cookies: string; local: number; session: number; databases: number; caches: number }> {
  const databases = 'databases' in indexedDB ? (await indexedDB.databases()).length : 0;
  const cacheNames = 'caches' in window ? await caches.keys().catch(() => []) : [];
  return {
    cookies: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases,
    caches: cacheNames.length,
  };
}

export type EventDetail = Record<string, unknown>;

/** Records every calm-* event `el` fires, in order, so a test can check none carries what was typed. */
export function recordEvents(el: Element, names: readonly string[]): Array<CustomEvent<EventDetail>> {
  const events: Array<CustomEvent<EventDetail>> = [];
  for (const name of names) el.addEventListener(name, (e) => events.push(e as CustomEvent<EventDetail>));
  return events;
}

/** The details of the recorded events called `name`. */
export const detailsOf = (events: Array<CustomEvent<EventDetail>>, name: string): EventDetail[] =>
  events.filter((e) => e.type === name).map((e) => e.detail);

/** Lets the events that fire after a render arrive (calmkit/testing's `settled`, which hosts use too). */
export const settle = settled;

/** A short name for an element (its shadow host, tag, part and text), so focus checks fail readably. */
export function focusName(element: Element | null | undefined): string {
  if (!element) return 'nothing';
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? `${root.host.localName} > ` : '';
  return `${host}${element.localName}[part=${element.getAttribute('part') ?? ''}] ${element.textContent.trim().slice(0, 40)}`;
}

/**
 * Presses Tab until `target` has focus, then `key` (Enter by default), as a keyboard user
 * would, and lets `el` settle. Fails when `target` is missing or not reachable by Tab.
 */
export async function tabAndPress(el: { updateComplete: Promise<unknown> }, target: Element | null | undefined, key = 'Enter', maxTabs = 60): Promise<void> {
  if (!target) throw new Error('the control does not exist');
  for (let i = 0; i < maxTabs && deepActiveElement() !== target; i++) await sendKeys({ press: 'Tab' });
  if (deepActiveElement() !== target) throw new Error(`${focusName(target)} is not reachable by Tab; focus is on ${focusName(deepActiveElement())}`);
  await sendKeys({ press: key });
  await settle(el);
}

/** Presses the middle of `target` with the real pointer, as a finger or mouse would, and lets `el` settle. */
export async function tapAndSettle(el: { updateComplete: Promise<unknown> }, target: Element | null | undefined): Promise<void> {
  if (!target) throw new Error('the control does not exist');
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  await settle(el);
}

/** A host object no code can read: every proxy trap throws (SPEC §1.5: setters still never throw). */
export function unreadable(): object {
  const refuse = (): never => {
    throw new Error('unreadable');
  };
  const traps: Array<keyof ProxyHandler<object>> = [
    'get', 'set', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty', 'deleteProperty',
    'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions',
  ];
  return new Proxy({}, Object.fromEntries(traps.map((trap) => [trap, refuse])));
}

/** A revoked proxy: every operation on it throws, even `Array.isArray`. */
export function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/**
 * Gives every test of the enclosing `describe` a fresh FakeClock installed as calmkit's clock, and
 * the real clock back afterwards. The returned object always stands for the running test's clock.
 */
export function fakeClockPerTest(): FakeClock {
  let current = new FakeClock();
  let restore = (): void => undefined;
  beforeEach(() => {
    current = new FakeClock();
    restore = useClock(current);
  });
  afterEach(() => restore());
  return new Proxy(current, {
    get(_, key) {
      const value: unknown = Reflect.get(current, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
    set: (_, key, value) => Reflect.set(current, key, value),
  });
}

/**
 * Hides or shows the page as switching tabs or locking a tablet would: `document.hidden` and
 * `document.visibilityState` say so, then `visibilitychange` fires. Undo with `restorePageVisibility()`.
 */
export function setPageHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The browser's own `document.hidden` and `visibilityState` again, after `setPageHidden`. */
export function restorePageVisibility(): void {
  delete (document as { hidden?: unknown }).hidden;
  delete (document as { visibilityState?: unknown }).visibilityState;
}

import { aTimeout } from '@open-wc/testing';
import sinon from 'sinon';

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

/** Lets the events that fire after a render arrive. */
export async function settle(el: { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

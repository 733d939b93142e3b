/**
 * Bad input never breaks an element (SPEC §1.5): an invalid value logs one warning naming the
 * element, the attribute and the accepted values, and the default is used instead.
 */
const warned = new WeakMap<Element, Set<string>>();
/** Warnings one element may log: a host that keeps changing a value cannot fill the console or memory. */
export const MAX_WARNINGS_PER_ELEMENT = 20;

/** Logs `message` once per element and key, up to MAX_WARNINGS_PER_ELEMENT for an element. */
export function warnOnce(element: Element, key: string, message: string): void {
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(key) || seen.size > MAX_WARNINGS_PER_ELEMENT) return;
  seen.add(key);
  const more = seen.size > MAX_WARNINGS_PER_ELEMENT ? ' (no more warnings from it)' : '';
  console.warn(`calmkit: <${element.localName}> ${message}${more}`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.slice(0, 60)}"`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : `(${typeof value})`;
}

/** `value` if it is one of `accepted`; else warns and returns `fallback`. Absent means default. */
export function oneOf<T extends string>(
  element: Element,
  attribute: string,
  value: unknown,
  accepted: readonly T[],
  fallback: T,
): T {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'string' && (accepted as readonly string[]).includes(value)) return value as T;
  warnOnce(
    element,
    `${attribute}=${describe(value)}`,
    `${attribute}=${describe(value)} is not valid; accepted values: ${accepted.join(', ')}. Using "${fallback}".`,
  );
  return fallback;
}

/** A finite number within [min, max]; else warns and returns `fallback`. */
export function numberInRange(
  element: Element,
  attribute: string,
  value: unknown,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined || value === null || value === '') return fallback;
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (Number.isFinite(number) && number >= min && number <= max) return number;
  warnOnce(
    element,
    `${attribute}=${describe(value)}`,
    `${attribute}=${describe(value)} is not valid; accepted values: a number from ${min} to ${max}. Using ${fallback}.`,
  );
  return fallback;
}

/** A two-letter ISO 3166 region in capitals, or undefined for anything else (of any type). */
export function regionCode(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : undefined;
}

/** Warns once when a `region` is set but is not a two-letter code (help then uses the region found on the device). */
export function checkRegion(element: Element, value: unknown): void {
  if (value == null || value === '' || regionCode(value)) return;
  warnOnce(
    element,
    `region=${describe(value)}`,
    `region=${describe(value)} is not valid; accepted values: a two-letter ISO 3166 region such as US or GB. Using the region found on the device.`,
  );
}

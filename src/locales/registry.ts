import type { Catalog, StringKey } from './en.js';
import { commonEnglish } from './en/common.js';

export type Direction = 'ltr' | 'rtl';

interface Locale {
  strings: Catalog;
  dir: Direction;
}

/**
 * English, the fallback language: each element's module adds its own words as it loads
 * (`addEnglish`), so a page carries the words of the elements it uses and no others.
 */
const english: Record<string, string> = { ...commonEnglish };
const englishLocale: Locale = { strings: english as Catalog, dir: 'ltr' };
/**
 * `en` is US English. British English (SPEC §1.6) is the same words with these spelled the
 * British way, whole words only, capitals kept; a host's own `strings` are never changed.
 */
export const BRITISH_SPELLINGS: Readonly<Record<string, string>> = {
  colors: 'colours',
  cozy: 'cosy',
  counselor: 'counsellor',
  math: 'maths',
  movies: 'films',
};
const britishWord = new RegExp(`\\b(${Object.keys(BRITISH_SPELLINGS).join('|')})\\b`, 'gi');
const toBritish = (text: string): string =>
  text.replace(britishWord, (word) => {
    const spelled = BRITISH_SPELLINGS[word.toLowerCase()] ?? word;
    return word.charAt(0) === word.charAt(0).toLowerCase() ? spelled : spelled.charAt(0).toUpperCase() + spelled.slice(1);
  });
const BRITISH = 'en-GB';
/** English-speaking regions that spell the British way (SPEC §1.6). */
const BRITISH_REGIONS = ['gb', 'au', 'ie', 'nz'];
const locales = new Map<string, Locale>([
  ['en', englishLocale],
  // Read through, so it has every word an element adds later.
  [BRITISH, { strings: new Proxy(english, { get: (words, key: string) => words[key] && toBritish(words[key]) }) as Catalog, dir: 'ltr' }],
]);
const listeners = new Set<() => void>();
const warnedMissing = new Set<string>();
/** Missing languages warned about, at most: 5,000 made-up `lang` values must not mean 5,000 warnings. */
const MAX_MISSING_WARNINGS = 10;

/** Called by each element's module with its English words (src/locales/en/). */
export function addEnglish(strings: Partial<Catalog>): void {
  Object.assign(english, strings);
}

/** Called by each locale module on import (`calmkit/locales/es.js`). */
export function registerLocale(language: string, strings: Catalog, dir: Direction = 'ltr'): void {
  locales.set(language.toLowerCase(), { strings, dir });
  for (const listener of listeners) listener();
}

/** Elements re-render when a catalog arrives after them. Returns an unsubscribe function. */
export function onLocaleRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The catalog language to use for a BCP 47 tag: `en-GB` for British, Australian, Irish and New
 * Zealand English, else its primary subtag if registered, else `en`.
 */
export function catalogLanguage(tag: string): string {
  const [primary = 'en', ...subtags] = tag.toLowerCase().split(/[-_]/);
  if (primary === 'en' && subtags.some((subtag) => BRITISH_REGIONS.includes(subtag))) return BRITISH;
  if (locales.has(primary)) return primary;
  if (!warnedMissing.has(primary) && warnedMissing.size < MAX_MISSING_WARNINGS) {
    warnedMissing.add(primary);
    // Elements can upgrade before a language module imported beside them has run; warn only
    // if the language is still missing once the current script has finished.
    queueMicrotask(() => {
      if (locales.has(primary)) return;
      console.warn(
        `calmkit: no "${primary}" strings are loaded; showing English. Import "calmkit/locales/${primary}.js" if calmkit ships it.`,
      );
    });
  }
  return 'en';
}

export function localeFor(language: string): Locale {
  return locales.get(language) ?? englishLocale;
}

export function isStringKey(key: string): key is StringKey {
  return Object.prototype.hasOwnProperty.call(english, key);
}

/**
 * A length of time in words in the language's own grammar: "4 seconds", "5,5 segundos",
 * «ثانيتان» (Arabic's dual). Every language's plural forms come with the browser, not a catalog.
 */
export function formatDuration(language: string, value: number, unit: 'second' | 'minute'): string {
  // Made once per language and unit: making one costs far more than using it (on a slow tablet,
  // most of a tap's time when a breathing session starts).
  const key = `${language} ${unit}`;
  let format = durationFormats.get(key);
  if (!format) durationFormats.set(key, (format = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 })));
  return format.format(value);
}
const durationFormats = new Map<string, Intl.NumberFormat>();

/** Fills `{name}` placeholders. Values are plain text; Lit renders the result as text. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

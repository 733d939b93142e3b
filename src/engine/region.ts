import { regionTimeZones } from '../content/time-zones.js';

/**
 * Which country's crisis lines to show, found on the device (SPEC §3 `<calm-help>`). Nothing is
 * asked of a server: the sources are the host's `region`, the element's language, the device's
 * time zone and the browser's preferred languages, in that order.
 *
 * Owns the order and the time-zone table lookup; does not own the directory (a region found here
 * may have no entry there, and the element then offers its country chooser).
 */

/** A two-letter ISO 3166 region in capitals, or undefined for anything else (of any type). */
export function regionCode(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : undefined;
}

/** ISO 3166 region from a BCP 47 tag (`es-MX` → `MX`), if it has a two-letter one (`es-419` has none). */
export function regionOfLanguage(tag: string | undefined): string | undefined {
  try {
    return tag ? regionCode(new Intl.Locale(tag).region) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The directory region of an IANA time zone (`America/Chicago` → `US`); `null` for a place
 * outside the directory (`America/Lima`), so the person chooses rather than being guessed at from
 * their browser's language; `undefined` when the zone names no place (`UTC`, `Etc/GMT+5`, none).
 */
export function regionOfTimeZone(zone: string | undefined): string | null | undefined {
  if (!zone || !zone.includes('/') || zone.startsWith('Etc/')) return undefined;
  for (const [region, areas] of Object.entries(regionTimeZones)) {
    for (const group of areas.split('|')) {
      const [first = '', ...rest] = group.split(' ');
      const area = first.slice(0, first.indexOf('/') + 1);
      for (const name of [first, ...rest.map((n) => area + n)]) {
        if (name.endsWith('/') ? zone.startsWith(name) : zone === name) return region;
      }
    }
  }
  return null;
}

export interface RegionSources {
  /** The host's `region` attribute or property (any value; only a two-letter code counts). */
  region?: unknown;
  /** The element's resolved language tag (own `lang`, ancestor's, `<html lang>`). */
  language?: string;
  /** An IANA time zone; the device's when omitted. */
  zone?: string;
  /** Preferred language tags; the browser's when omitted. */
  languages?: readonly string[];
}

/** The device's time zone, or undefined where the platform does not say. */
export function deviceTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The region to show help for: `region`, else the language's region, else the time zone's
 * country, else the first preferred language with a region; undefined when none names one (or the
 * time zone is a place outside the directory). Tests pass `zone` and `languages`; elements pass
 * neither and get the device's.
 */
export function resolveRegion({ region, language, zone = deviceTimeZone(), languages }: RegionSources): string | undefined {
  const found = regionCode(region) ?? regionOfLanguage(language);
  if (found) return found;
  const fromZone = regionOfTimeZone(zone);
  if (fromZone !== undefined) return fromZone ?? undefined;
  const preferred = languages ?? (typeof navigator === 'undefined' ? [] : navigator.languages ?? []);
  for (const tag of preferred) {
    const fromLanguage = regionOfLanguage(tag);
    if (fromLanguage) return fromLanguage;
  }
  return undefined;
}

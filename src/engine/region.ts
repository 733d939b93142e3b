/**
 * Which country's crisis lines to show, found on the device (SPEC §3 `<calm-help>`). Nothing is
 * asked of a server: the sources are the host's `region`, the element's language, the device's
 * time zone and the browser's preferred languages, in that order.
 *
 * Owns the order and the time-zone lookup. The lookup uses the browser's own zone data
 * (`Intl.Locale` zone info, in Chromium, Firefox and WebKit) rather than a shipped table, which
 * would weigh about 0.8 KB in every element; the tests check the browser's data against the IANA
 * table generated from tzdata (src/content/time-zones.ts). Does not own the directory: a region
 * found here may have no entry there, and the element then offers its country chooser.
 */

import { regionCode } from '../attributes.js';

/** ISO 3166 region from a BCP 47 tag (`es-MX` → `MX`), if it has a two-letter one (`es-419` has none). */
export function regionOfLanguage(tag: string | undefined): string | undefined {
  try {
    return tag ? regionCode(new Intl.Locale(tag).region) : undefined;
  } catch {
    return undefined;
  }
}

/** The platform's own zone list of a region (CLDR), or none where the browser has no Intl.Locale zone info. */
function zonesOf(region: string): readonly string[] {
  const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & { getTimeZones?: () => string[]; timeZones?: string[] };
  return locale.getTimeZones?.() ?? locale.timeZones ?? [];
}

/** The browser's own name for a zone (Chromium says Asia/Calcutta, Firefox Asia/Kolkata), or undefined if unknown. */
function canonicalZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The region among `regions` whose time zones include `zone` (`America/Chicago` → `US`), from
 * the browser's own zone data (`Intl.Locale` zone info, checked against the IANA table in
 * src/content/time-zones.ts by the tests); `null` for a place outside them (`America/Lima`), so
 * the person chooses rather than being guessed at from their browser's language; `undefined` when
 * the zone names no place (`UTC`, `Etc/GMT+5`, none) or the browser has no zone data.
 */
export function regionOfTimeZone(zone: string | undefined, regions: readonly string[]): string | null | undefined {
  const canonical = zone && zone.includes('/') && !zone.startsWith('Etc/') ? canonicalZone(zone) : undefined;
  if (!canonical || zonesOf('US').length === 0) return undefined;
  const names = [canonical, RENAMED[canonical]];
  return regions.find((region) => zonesOf(region).some((z) => names.includes(z))) ?? null;
}

/**
 * Zones of directory regions whose IANA name differs from the CLDR name the browser's zone lists
 * use; WebKit reports the first and lists the second (Chromium and Firefox agree with
 * themselves). The tests find any new one.
 */
const RENAMED: Record<string, string> = {
  'Asia/Kolkata': 'Asia/Calcutta',
  'America/Atikokan': 'America/Coral_Harbour',
  'America/Indiana/Indianapolis': 'America/Indianapolis',
  'America/Kentucky/Louisville': 'America/Louisville',
};

export interface RegionSources {
  /** The host's `region` attribute or property (any value; only a two-letter code counts). */
  region?: unknown;
  /** The element's resolved language tag (own `lang`, ancestor's, `<html lang>`). */
  language?: string;
  /** An IANA time zone; the device's when omitted. */
  zone?: string;
  /** Preferred language tags; the browser's when omitted. */
  languages?: readonly string[];
  /** The regions a time zone may name (the directory's). */
  regions: readonly string[];
}

/** The device's time zone, or undefined where the platform does not say. */
export function deviceTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

let testDevice: { zone?: string; languages?: readonly string[] } | undefined;
/** Tests: what the "device" reports from now on (a time zone, preferred languages); `undefined` for the real device again. */
export function useDevice(device: { zone?: string; languages?: readonly string[] } | undefined): void {
  testDevice = device;
}

/**
 * The region to show help for: `region`, else the language's region, else the time zone's
 * country, else the first preferred language with a region; undefined when none names one (or the
 * time zone is a place outside the directory). Tests pass `zone` and `languages`; elements pass
 * neither and get the device's.
 */
export function resolveRegion({ region, language, zone = testDevice ? testDevice.zone : deviceTimeZone(), languages = testDevice?.languages, regions }: RegionSources): string | undefined {
  const found = regionCode(region) ?? regionOfLanguage(language);
  if (found) return found;
  const fromZone = regionOfTimeZone(zone, regions);
  if (fromZone !== undefined) return fromZone ?? undefined;
  const preferred = languages ?? (typeof navigator === 'undefined' ? [] : navigator.languages);
  for (const tag of preferred) {
    const fromLanguage = regionOfLanguage(tag);
    if (fromLanguage) return fromLanguage;
  }
  return undefined;
}

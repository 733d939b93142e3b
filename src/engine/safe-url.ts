/** The only link schemes calmkit renders (SPEC §1.5). */
const ALLOWED_PROTOCOLS = new Set(['https:', 'tel:', 'sms:', 'mailto:']);

/** `url` if it is an absolute https:, tel:, sms: or mailto: link; otherwise undefined. */
export function safeLink(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length > 2000) return undefined;
  try {
    const parsed = new URL(url.trim());
    return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A phone number as dialled: '+' then digits (or `*`/`#`), with spaces and punctuation removed. */
export function dialable(number: unknown): string | undefined {
  if (typeof number !== 'string') return undefined;
  const compact = number.replace(/[\s().-]/g, '');
  return /^\+?[0-9*#]{2,20}$/.test(compact) ? compact : undefined;
}

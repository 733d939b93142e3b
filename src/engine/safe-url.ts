/** The only link schemes calmkit renders (SPEC §1.5). */
const ALLOWED_PROTOCOLS = new Set(['https:', 'tel:', 'sms:', 'mailto:']);

/**
 * `url` if it is an absolute https:, tel:, sms: or mailto: link; otherwise undefined. A tel: or
 * sms: link must hold a phone number (see `dialable`), so a dial code such as `tel:**21*…#` that
 * would change the phone's settings, or `tel:javascript:…`, is refused.
 */
export function safeLink(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length > 2000) return undefined;
  try {
    const parsed = new URL(url.trim());
    if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return undefined;
    if (parsed.protocol === 'tel:' || parsed.protocol === 'sms:') {
      // sms: may carry a prefilled message (`?body=`); nothing else may follow the number.
      const extra = parsed.protocol === 'sms:' && /^\?body=/.test(parsed.search) ? '' : parsed.search;
      if (extra || parsed.hash || !dialable(decodeURIComponent(parsed.pathname))) return undefined;
    }
    return parsed.href;
  } catch {
    return undefined;
  }
}

/**
 * A phone number as dialled: '+' then 2 to 20 digits, with spaces, '-', '.', '(' and ')' removed.
 * Nothing else: `*` and `#` make service codes (call forwarding, the device's identity), not calls.
 */
export function dialable(number: unknown): string | undefined {
  if (typeof number !== 'string') return undefined;
  const compact = number.replace(/[\s().-]/g, '');
  return /^\+?[0-9]{2,20}$/.test(compact) ? compact : undefined;
}

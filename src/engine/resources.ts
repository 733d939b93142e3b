import type { ConfigError } from '../events.js';
import type { ChannelAudience, CrisisChannel, CrisisEntry } from '../content/crisis-directory.js';
import { dialable, safeLink } from './safe-url.js';

/**
 * A help contact a host adds: a clinic's own line, a school counsellor. It has the shape of a
 * directory entry, but `source` and `verified` are optional and it may give its own `hours`.
 */
export interface HostResource {
  id?: string;
  name: string;
  channels: Array<Pick<CrisisChannel, 'kind' | 'target'> & Partial<CrisisChannel>>;
  hours?: string;
  alwaysOpen?: boolean;
  languages?: string[];
  audience?: CrisisEntry['audience'];
}

/** A validated contact, ready to render: every link is safe, every text is plain text. */
export interface HelpContact {
  id: string;
  name: string;
  channels: Array<CrisisChannel & { href: string }>;
  hours?: string;
  alwaysOpen: boolean;
  languages: string[];
  audience: CrisisEntry['audience'];
}

const AUDIENCES: ReadonlyArray<CrisisEntry['audience']> = ['everyone', 'young-people', 'veterans'];
const CHANNEL_AUDIENCES: readonly ChannelAudience[] = ['veterans', 'spanish', 'young-people', 'mental-health'];
const MAX_CONTACTS = 20;
const MAX_CHANNELS = 6;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own, plain-text string field of at most `max` characters. */
function text(source: Record<string, unknown>, key: string, max: number): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(source, key)) return undefined;
  const value = source[key];
  return typeof value === 'string' && value.trim() && value.length <= max ? value.trim() : undefined;
}

function own(source: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
}

/** The link for a channel, or undefined when its target is not safe to open. */
export function channelHref(channel: Pick<CrisisChannel, 'kind' | 'target' | 'message'>): string | undefined {
  switch (channel.kind) {
    case 'call': {
      const number = dialable(channel.target);
      return number ? `tel:${number}` : undefined;
    }
    case 'text': {
      const number = dialable(channel.target);
      if (!number) return undefined;
      return channel.message ? `sms:${number}?body=${encodeURIComponent(channel.message)}` : `sms:${number}`;
    }
    case 'chat':
      return safeLink(channel.target)?.startsWith('https:') ? safeLink(channel.target) : undefined;
    case 'email': {
      const address = channel.target.trim();
      return /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.test(address) && address.length <= 254
        ? safeLink(`mailto:${address}`)
        : undefined;
    }
    default:
      return undefined;
  }
}

function copyChannel(raw: unknown, path: string, errors: ConfigError[]): HelpContact['channels'][number] | undefined {
  if (!isRecord(raw)) {
    errors.push({ path, message: 'a channel must be an object with kind and target' });
    return undefined;
  }
  const kind = own(raw, 'kind');
  if (kind !== 'call' && kind !== 'text' && kind !== 'chat' && kind !== 'email') {
    errors.push({ path: `${path}.kind`, message: 'kind must be call, text, chat or email' });
    return undefined;
  }
  const target = text(raw, 'target', 300);
  const message = kind === 'text' ? text(raw, 'message', 40) : undefined;
  const href = target ? channelHref({ kind, target, ...(message ? { message } : {}) }) : undefined;
  if (!target || !href) {
    const accepted = kind === 'chat' ? 'an https: address' : kind === 'email' ? 'an e-mail address' : 'a phone number';
    errors.push({ path: `${path}.target`, message: `target must be ${accepted}; the link was not shown` });
    return undefined;
  }
  const channel: HelpContact['channels'][number] = {
    kind,
    target: kind === 'call' || kind === 'text' ? (dialable(target) ?? target) : target,
    display: text(raw, 'display', 60) ?? target,
    href,
  };
  if (message) channel.message = message;
  const press = own(raw, 'press');
  if (typeof press === 'string' && kind === 'call' && /^[0-9*#]{1,4}$/.test(press)) channel.press = press;
  else if (press !== undefined) errors.push({ path: `${path}.press`, message: 'press must be up to 4 keys to press on a call: digits, * or #' });
  const audience = own(raw, 'for');
  if (audience !== undefined) {
    if ((CHANNEL_AUDIENCES as readonly unknown[]).includes(audience)) channel.for = audience as ChannelAudience;
    else errors.push({ path: `${path}.for`, message: `for must be one of ${CHANNEL_AUDIENCES.join(', ')}` });
  }
  return channel;
}

function copyContact(raw: unknown, index: number, errors: ConfigError[]): HelpContact | undefined {
  const path = `$[${index}]`;
  if (!isRecord(raw)) {
    errors.push({ path, message: 'a resource must be an object with a name and channels' });
    return undefined;
  }
  const name = text(raw, 'name', 120);
  if (!name) errors.push({ path: `${path}.name`, message: 'name must be a text of 1 to 120 characters' });
  const rawChannels = own(raw, 'channels');
  const channels = Array.isArray(rawChannels)
    ? rawChannels
        .slice(0, MAX_CHANNELS)
        .map((channel, i) => copyChannel(channel, `${path}.channels[${i}]`, errors))
        .filter((channel) => channel !== undefined)
    : [];
  if (!Array.isArray(rawChannels)) errors.push({ path: `${path}.channels`, message: 'channels must be a list' });
  if (!name || channels.length === 0) return undefined;

  const id = text(raw, 'id', 64);
  const languages = own(raw, 'languages');
  const audience = own(raw, 'audience');
  const contact: HelpContact = {
    id: id && /^[A-Za-z0-9_-]+$/.test(id) ? id : `host-${index}`,
    name,
    channels,
    alwaysOpen: own(raw, 'alwaysOpen') === true,
    languages: Array.isArray(languages)
      ? languages.filter((tag): tag is string => typeof tag === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag))
      : [],
    audience: (AUDIENCES as readonly unknown[]).includes(audience) ? (audience as HelpContact['audience']) : 'everyone',
  };
  const hours = text(raw, 'hours', 80);
  if (hours) contact.hours = hours;
  return contact;
}

/**
 * Validates host-supplied resources (a list, from `.resources` or a child JSON script) into
 * fresh objects. Only known fields are read, so `__proto__`, `constructor` and other keys are
 * never copied; unsafe links are dropped and reported with their JSON path.
 */
export function copyHostResources(raw: unknown): { contacts: HelpContact[]; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  if (raw === undefined || raw === null) return { contacts: [], errors };
  if (!Array.isArray(raw)) {
    errors.push({ path: '$', message: 'resources must be a list of contacts' });
    return { contacts: [], errors };
  }
  if (raw.length > MAX_CONTACTS) errors.push({ path: '$', message: `only the first ${MAX_CONTACTS} resources are shown` });
  const contacts = raw
    .slice(0, MAX_CONTACTS)
    .map((entry, index) => copyContact(entry, index, errors))
    .filter((contact) => contact !== undefined);
  return { contacts, errors };
}

/** A built-in directory entry as a contact (its data is already checked by a test). */
export function directoryContact(entry: CrisisEntry): HelpContact {
  return {
    id: entry.id,
    name: entry.name,
    alwaysOpen: entry.alwaysOpen,
    languages: [...entry.languages],
    audience: entry.audience,
    channels: entry.channels.flatMap((channel) => {
      const href = channelHref(channel);
      return href ? [{ ...channel, href }] : [];
    }),
  };
}

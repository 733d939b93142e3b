/**
 * Built-in crisis directory used by `<calm-help>` (SPEC §3, CONTENT.md "Crisis directory").
 *
 * About `source` and `verified`
 * -----------------------------
 * Every entry names the page its facts were checked against (`source`) and the day that check
 * happened (`verified`, YYYY-MM-DD). "Checked" means the number(s), any text keyword and the
 * opening hours were all read on that page, and the page belongs to the service itself or to a
 * government / public-health body.
 *
 * - Entries confirmed that way carry the date of the check.
 * - Entries that could not be confirmed keep the value from CONTENT.md, carry 2026-11-01 (the
 *   date of the CONTENT.md table) and have a `// verify:` comment saying what is still open.
 *   Their `source` is the service's own site where it is known (still to be checked), otherwise
 *   the page the facts were seen on; the comment says which.
 *
 * Anyone who edits an entry must re-check it and update BOTH `source` and `verified` in the same
 * change. `test/content/crisis-directory.test.ts` fails when a date is more than two years old, so
 * an entry nobody has looked at for two years is flagged rather than shipped silently.
 *
 * Numbers are stored exactly as dialled (`target`) so `tel:` / `sms:` links work; `display` is
 * how people write them. No wording here is shown as-is to a person except `name` and `display`:
 * the element renders its own localized text (for example from a channel's `for` value).
 */

/** How a person can reach a service. `email` is for a host's own contacts (a school counsellor). */
export type ChannelKind = 'call' | 'text' | 'chat' | 'email';

/** Who a channel is specially for. The element renders a localized phrase from this value. */
export type ChannelAudience = 'veterans' | 'spanish' | 'young-people' | 'mental-health';

export interface CrisisChannel {
  kind: ChannelKind;
  /** call/text: the number as dialled, '+' then digits or digits only, no spaces (e.g. '988', '116123', '+353...'); chat: an https: URL; email: an address. */
  target: string;
  /** The number or site as people write it, e.g. '116 123', '988lifeline.org'. */
  display: string;
  /** text only: the word to send, e.g. 'HOME'. */
  message?: string;
  /** Optional: who this channel is specially for, e.g. 'veterans' | 'spanish' | 'young-people'. */
  for?: ChannelAudience;
}

export interface CrisisEntry {
  /** Stable id, lower-case region prefix, e.g. 'us-988', 'gb-samaritans'. */
  id: string;
  /** The service's own name, not translated. */
  name: string;
  channels: CrisisChannel[];
  /** true when every channel is 24/7. */
  alwaysOpen: boolean;
  /** BCP 47 language codes the service answers in. */
  languages: string[];
  audience: 'everyone' | 'young-people' | 'veterans';
  /** https: page where these facts were checked. */
  source: string;
  /** Date the facts were last checked against `source`, YYYY-MM-DD. */
  verified: string;
}

export interface RegionDirectory {
  /** ISO 3166-1 alpha-2, upper case. */
  region: string;
  /** The emergency number(s) for this region (kind 'call'). */
  emergency: CrisisChannel[];
  /** https: URL. */
  emergencySource: string;
  entries: CrisisEntry[];
}

/** Freezes an object graph (objects and arrays) so a host page cannot change the defaults. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
    Object.freeze(value);
  }
  return value;
}

const CONFIRMED = '2026-11-27';
/** Date of the CONTENT.md table; used for entries that could not be re-confirmed. */
const FROM_CONTENT_MD = '2026-11-01';

const directory: Record<string, RegionDirectory> = {
  US: {
    region: 'US',
    emergency: [{ kind: 'call', target: '911', display: '911' }],
    emergencySource: 'https://www.orangecountyva.gov/591/9-1-1-Basics',
    entries: [
      {
        id: 'us-988',
        name: '988 Suicide & Crisis Lifeline',
        channels: [
          { kind: 'call', target: '988', display: '988' },
          // Veterans: callers dial 988 and then press 1 (routes to the Veterans Crisis Line).
          { kind: 'call', target: '988', display: '988', for: 'veterans' },
          // Spanish: callers dial 988 and then press 2.
          { kind: 'call', target: '988', display: '988', for: 'spanish' },
          { kind: 'text', target: '988', display: '988' },
          // The Veterans Crisis Line's own text number, which 988 points veterans to.
          { kind: 'text', target: '838255', display: '838255', for: 'veterans' },
          { kind: 'chat', target: 'https://988lifeline.org/chat', display: '988lifeline.org' },
        ],
        // The former third menu option (LGBTQ+ young people) ended on 2025-07-17 and is
        // deliberately absent.
        alwaysOpen: true,
        languages: ['en', 'es'],
        audience: 'everyone',
        // Menu options, text and chat from this page; 24/7 also stated by state-government pages.
        source: 'https://988lifeline.org/get-help/what-to-expect/',
        verified: CONFIRMED,
      },
      {
        id: 'us-crisis-text-line',
        name: 'Crisis Text Line',
        channels: [{ kind: 'text', target: '741741', display: '741741', message: 'HOME' }],
        alwaysOpen: true,
        languages: ['en'],
        audience: 'everyone',
        // verify: no page from crisistextline.org came up in research; HOME, 741741 and 24/7 were
        // seen only on third-party pages (some of which advertise other partner keywords).
        source: 'https://www.crisistextline.org/',
        verified: FROM_CONTENT_MD,
      },
    ],
  },

  CA: {
    region: 'CA',
    emergency: [{ kind: 'call', target: '911', display: '9-1-1' }],
    emergencySource: 'https://crtc.gc.ca/eng/archive/2023/2023-156.htm',
    entries: [
      {
        // Live across Canada since 2023-11-30.
        id: 'ca-988',
        name: '9-8-8: Suicide Crisis Helpline',
        channels: [
          { kind: 'call', target: '988', display: '9-8-8' },
          { kind: 'text', target: '988', display: '9-8-8' },
        ],
        alwaysOpen: true,
        languages: ['en', 'fr'],
        audience: 'everyone',
        // Government of Canada launch release (call or text, English and French, 24/7).
        source:
          'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
        verified: CONFIRMED,
      },
      {
        id: 'ca-kids-help-phone',
        name: 'Kids Help Phone',
        channels: [{ kind: 'text', target: '686868', display: '686868', message: 'CONNECT' }],
        alwaysOpen: true,
        languages: ['en', 'fr'],
        audience: 'young-people',
        source: 'https://kidshelpphone.ca/text-about-it/',
        verified: CONFIRMED,
      },
    ],
  },

  GB: {
    region: 'GB',
    emergency: [{ kind: 'call', target: '999', display: '999' }],
    emergencySource: 'https://www.swast.nhs.uk/when-to-call-999',
    entries: [
      {
        id: 'gb-samaritans',
        name: 'Samaritans',
        channels: [{ kind: 'call', target: '116123', display: '116 123' }],
        alwaysOpen: true,
        languages: ['en'],
        audience: 'everyone',
        source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
        verified: CONFIRMED,
      },
      {
        // England. Callers dial 111 and choose the mental health option (CONTENT.md: option 2;
        // NHS pages now describe it as "the mental health option" rather than by number).
        id: 'gb-nhs-111',
        name: 'NHS 111',
        channels: [{ kind: 'call', target: '111', display: '111', for: 'mental-health' }],
        alwaysOpen: true,
        languages: ['en'],
        audience: 'everyone',
        source: 'https://www.lpft.nhs.uk/contact-us/need-help-now',
        verified: CONFIRMED,
      },
      {
        id: 'gb-shout',
        name: 'Shout',
        channels: [{ kind: 'text', target: '85258', display: '85258', message: 'SHOUT' }],
        alwaysOpen: true,
        languages: ['en'],
        audience: 'everyone',
        source: 'https://giveusashout.org/about-us/faq',
        verified: CONFIRMED,
      },
      {
        id: 'gb-childline',
        name: 'Childline',
        channels: [{ kind: 'call', target: '08001111', display: '0800 1111' }],
        alwaysOpen: true,
        languages: ['en'],
        audience: 'young-people',
        // childline.org.uk: "Call free on 0800 1111"; the NSPCC, which runs Childline, calls it
        // "the UK's free, 24-hour service" (https://learning.nspcc.org.uk/services/childline).
        source: 'https://www.childline.org.uk/pages/about.aspx',
        verified: CONFIRMED,
      },
    ],
  },

  IE: {
    region: 'IE',
    emergency: [
      { kind: 'call', target: '112', display: '112' },
      { kind: 'call', target: '999', display: '999' },
    ],
    emergencySource: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
    entries: [
      {
        id: 'ie-samaritans',
        name: 'Samaritans',
        channels: [{ kind: 'call', target: '116123', display: '116 123' }],
        alwaysOpen: true,
        languages: ['en'],
        audience: 'everyone',
        // verify: CONTENT.md flags Republic of Ireland coverage. samaritans.org pages found show
        // 116 123 answered free in the Republic since 2014, but they are years old, and press
        // reports put the telecoms funding of the free line only "until 2024". No current page
        // confirming the ROI line was found.
        source:
          'https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey',
        verified: FROM_CONTENT_MD,
      },
      {
        id: 'ie-50808',
        name: '50808',
        channels: [{ kind: 'text', target: '50808', display: '50808' }],
        alwaysOpen: true,
        languages: ['en'],
        audience: 'everyone',
        // The HSE: "Freetext 50808 which is available 24 hours a day, seven days a week" (the
        // page names no keyword, so none is shown).
        source: 'https://about.hse.ie/news/hse-urges-people-to-stay-safe-this-august-bank-holiday-weekend/',
        verified: CONFIRMED,
      },
    ],
  },

  AU: {
    region: 'AU',
    emergency: [{ kind: 'call', target: '000', display: '000' }],
    emergencySource: 'https://www.qld.gov.au/emergency/emergencies-services/assistance/triple-000',
    entries: [
      {
        id: 'au-lifeline',
        name: 'Lifeline',
        channels: [
          { kind: 'call', target: '131114', display: '13 11 14' },
          { kind: 'text', target: '0477131114', display: '0477 13 11 14' },
        ],
        alwaysOpen: true,
        languages: ['en'],
        audience: 'everyone',
        // Life in Mind (Australian Government-funded national suicide-prevention portal).
        source: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7',
        verified: CONFIRMED,
      },
      {
        id: 'au-kids-helpline',
        name: 'Kids Helpline',
        channels: [{ kind: 'call', target: '1800551800', display: '1800 55 1800' }],
        alwaysOpen: true,
        languages: ['en'],
        audience: 'young-people',
        // yourtown, which runs Kids Helpline: "call us for free on 1800 55 1800 as our phone lines
        // are open 24/7".
        source: 'https://yourtown.com.au/apps/webcounselling/live/chat',
        verified: CONFIRMED,
      },
    ],
  },

  NZ: {
    region: 'NZ',
    emergency: [{ kind: 'call', target: '111', display: '111' }],
    emergencySource: 'https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/',
    entries: [
      {
        id: 'nz-1737',
        name: '1737 Need to talk?',
        channels: [
          { kind: 'call', target: '1737', display: '1737' },
          { kind: 'text', target: '1737', display: '1737' },
        ],
        alwaysOpen: true,
        languages: ['en'],
        audience: 'everyone',
        // Ministry of Health: "call or text 1737 anytime day or night".
        source:
          'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
        verified: CONFIRMED,
      },
    ],
  },

  DE: {
    region: 'DE',
    emergency: [{ kind: 'call', target: '112', display: '112' }],
    emergencySource: 'https://dsv-europa.de/en/news/2019/03/notruf-112-setzt-sich-langsam-durch.html',
    entries: [
      {
        id: 'de-telefonseelsorge',
        name: 'TelefonSeelsorge',
        channels: [
          { kind: 'call', target: '08001110111', display: '0800 111 0 111' },
          { kind: 'call', target: '08001110222', display: '0800 111 0 222' },
          { kind: 'chat', target: 'https://www.telefonseelsorge.de/', display: 'telefonseelsorge.de' },
        ],
        // The phone lines are reported as round the clock; the chat's hours are not confirmed,
        // so the entry as a whole is not marked always open.
        alwaysOpen: false,
        languages: ['de'],
        audience: 'everyone',
        // verify: telefonseelsorge.de itself did not come up in research; both numbers, free
        // 24/7 calls and chat via telefonseelsorge.de were seen only in press coverage. A parish
        // page also lists 116 123 for it: add it once the service's own page confirms it.
        source: 'https://www.telefonseelsorge.de/',
        verified: FROM_CONTENT_MD,
      },
    ],
  },

  FR: {
    region: 'FR',
    emergency: [{ kind: 'call', target: '112', display: '112' }],
    emergencySource: 'https://dsv-europa.de/en/news/2019/03/notruf-112-setzt-sich-langsam-durch.html',
    entries: [
      {
        id: 'fr-3114',
        name: '3114 – Numéro national de prévention du suicide',
        channels: [{ kind: 'call', target: '3114', display: '3114' }],
        alwaysOpen: true,
        languages: ['fr'],
        audience: 'everyone',
        source: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/',
        verified: CONFIRMED,
      },
    ],
  },

  ES: {
    region: 'ES',
    emergency: [{ kind: 'call', target: '112', display: '112' }],
    emergencySource: 'https://dsv-europa.de/en/news/2019/03/notruf-112-setzt-sich-langsam-durch.html',
    entries: [
      {
        id: 'es-024',
        name: 'Línea 024 de atención a la conducta suicida',
        channels: [{ kind: 'call', target: '024', display: '024' }],
        alwaysOpen: true,
        languages: ['es'],
        audience: 'everyone',
        // verify: the Ministerio de Sanidad page did not come up in research; free 24/7 calls to
        // 024 were seen only in press coverage of the May 2022 launch (this page). Press quoting
        // the ministry also reports telephone interpreting and sign-language video: the
        // languages may be wider than 'es'.
        source: 'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml',
        verified: FROM_CONTENT_MD,
      },
    ],
  },

  IN: {
    region: 'IN',
    emergency: [{ kind: 'call', target: '112', display: '112' }],
    emergencySource:
      'https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-support-system',
    entries: [
      {
        id: 'in-tele-manas',
        name: 'Tele-MANAS',
        channels: [
          { kind: 'call', target: '14416', display: '14416' },
          { kind: 'call', target: '18008914416', display: '1-800-891-4416' },
        ],
        alwaysOpen: true,
        languages: ['en', 'hi'],
        audience: 'everyone',
        // verify: no Ministry of Health (telemanas.mohfw.gov.in) page came up in research; both
        // toll-free numbers and 24/7 service were seen only in news reports of ministry
        // statements. Callers choose from about 20 languages set per state; 'en' and 'hi' are
        // listed as a minimum and are themselves unconfirmed.
        source:
          'https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html',
        verified: FROM_CONTENT_MD,
      },
    ],
  },
};

/** The built-in directory, keyed by upper-case ISO 3166-1 alpha-2 region code. Deeply frozen. */
export const crisisDirectory: Readonly<Record<string, RegionDirectory>> = deepFreeze(directory);

/** Region-neutral fallback: the international directory (link only). */
export const internationalDirectory: {
  name: string;
  url: string;
  display: string;
  source: string;
  verified: string;
} = deepFreeze({
  name: 'Find A Helpline',
  url: 'https://findahelpline.com/',
  display: 'findahelpline.com',
  source: 'https://findahelpline.com/AU',
  verified: CONFIRMED,
});

/**
 * The directory for a region code, case-insensitive (`'us'`, `'US'`, `' gb '`).
 * Returns `undefined` for an unknown or missing region.
 */
export function directoryFor(region: string | undefined): RegionDirectory | undefined {
  if (typeof region !== 'string') return undefined;
  const key = region.trim().toUpperCase();
  if (!Object.prototype.hasOwnProperty.call(crisisDirectory, key)) return undefined;
  return crisisDirectory[key];
}

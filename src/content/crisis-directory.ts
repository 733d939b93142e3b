/**
 * Built-in crisis directory used by `<calm-help>` (SPEC §3, CONTENT.md "Crisis directory").
 *
 * About `source` and `verified`
 * -----------------------------
 * Every entry names the page its facts were checked against (its `source`, in `crisisSources`
 * at the end of this file, by entry id; a region's emergency number by region code) and the day
 * that check happened (`verified`, YYYY-MM-DD, in the entry). "Checked" means the number(s), any text keyword and the
 * opening hours were all read on that page, and the page belongs to the service itself or to a
 * government / public-health body.
 *
 * - Entries confirmed that way carry the date of the check.
 * - Entries that could not be confirmed keep the value from CONTENT.md, carry 2026-11-01 (the
 *   date of the CONTENT.md table) and have a `// verify:` comment saying what is still open.
 *   Their `source` is the service's own site where it is known (still to be checked), otherwise
 *   the page the facts were seen on; the comment says which.
 * - A number that is neither in CONTENT.md nor confirmed on such a page is not added at all:
 *   some regions therefore list only their emergency number (the element then also offers the
 *   international directory), and Switzerland only its crisis line.
 *
 * Anyone who edits an entry must re-check it and update BOTH `source` and `verified` in the same
 * change. `test/content/crisis-directory.test.ts` fails when a date is more than two years old, so
 * an entry nobody has looked at for two years is flagged rather than shipped silently.
 *
 * Numbers are stored exactly as dialled (`target`) so `tel:` / `sms:` links work; `display` is
 * how people write them. The data is written compactly (see `channel()` below) and the source
 * pages sit apart, because every calmkit element carries the rows. No wording here is shown as-is to a person except `name` and `display`:
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
  /** call only: the key to press once connected (988: '1' for veterans); shown in words beside the button. */
  press?: string;
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
  /** Date the facts were last checked against the entry's page in `crisisSources`, YYYY-MM-DD. */
  verified: string;
}

export interface RegionDirectory {
  /** ISO 3166-1 alpha-2, upper case. */
  region: string;
  /** The emergency number(s) for this region (kind 'call'); its page is `crisisSources[region]`. */
  emergency: CrisisChannel[];
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
/** Date of the checks made for the regions added after the first ten. */
const CONFIRMED_2 = '2026-12-06';
/** Date of the CONTENT.md table; used for entries that could not be re-confirmed. */
const FROM_CONTENT_MD = '2026-11-01';
/** 112 in every EU member state (Stiftung Deutsche Schlaganfall-Hilfe, citing the EU Commission's 2022 report). */
const EU_112 = 'https://www.presseportal.de/pm/23980/5434764';
const EU_112_EARLIER = 'https://dsv-europa.de/en/news/2019/03/notruf-112-setzt-sich-langsam-durch.html';
const C112 = ['c112'];

/**
 * One channel, written as `<kind><target>[=<display>][@<message>][><for>][#<press>]`:
 * kind `c` call, `t` text, `w` chat (an https: page). `t741741@HOME` is "text HOME to 741741";
 * `c988>veterans#1` is "call 988, then press 1, for veterans". Without `=display`, a number is
 * shown as dialled and a chat page by its host name.
 */
function channel(code: string): CrisisChannel {
  const [, kind, target = '', display, message, audience, press] = /^([ctw])([^=@>#]+)(?:=([^@>#]+))?(?:@([^>#]+))?(?:>([a-z-]+))?(?:#(\d))?$/.exec(code) ?? [];
  const result: CrisisChannel = {
    kind: kind === 'c' ? 'call' : kind === 't' ? 'text' : 'chat',
    target,
    display: display ?? (kind === 'w' ? new URL(target).host.replace(/^www\./, '') : target),
  };
  if (message) result.message = message;
  if (audience) result.for = audience as ChannelAudience;
  if (press) result.press = press;
  return result;
}

/** [id, name, channels, flags (`a` open 24/7, `y` for young people, `v` for veterans), languages, verified]; sources in `crisisSources`. */
type Row = [string, string, string[], string, string, string];
type Region = [emergency: string[], entries: Row[]];

const rows: Record<string, Region> = {
  US: [
    ['c911'],
    [
      [
        'us-988',
        '988 Suicide & Crisis Lifeline',
        // Veterans dial 988 and then press 1 (the Veterans Crisis Line); Spanish, press 2. The
        // former third option (LGBTQ+ young people) ended on 2025-07-17 and is deliberately absent.
        // 838255 is the Veterans Crisis Line's own text number, which 988 points veterans to.
        ['c988', 'c988>veterans#1', 'c988>spanish#2', 't988', 't838255>veterans', 'whttps://988lifeline.org/chat'],
        'a',
        'en es',
        // Menu options, text and chat from this page; 24/7 also stated by state-government pages.
        CONFIRMED,
      ],
      [
        'us-crisis-text-line',
        'Crisis Text Line',
        ['t741741@HOME'],
        'a',
        'en',
        // verify: no page from crisistextline.org came up in research; HOME, 741741 and 24/7 were
        // seen only on third-party pages (some of which advertise other partner keywords).
        FROM_CONTENT_MD,
      ],
    ],
  ],
  CA: [
    ['c911=9-1-1'],
    [
      [
        // Live across Canada since 2023-11-30. Government of Canada launch release (call or text,
        // English and French, 24/7).
        'ca-988',
        '9-8-8: Suicide Crisis Helpline',
        ['c988=9-8-8', 't988=9-8-8'],
        'a',
        'en fr',
        CONFIRMED,
      ],
      [
        // Text CONNECT to 686868 from this page. The phone line 1-800-668-6868 is CONTENT.md's;
        // kidshelpphone.ca pages seen call the counselling 24/7 but did not show the number.
        'ca-kids-help-phone',
        'Kids Help Phone',
        ['c18006686868=1-800-668-6868', 't686868@CONNECT'],
        'ay',
        'en fr',
        CONFIRMED,
      ],
    ],
  ],
  GB: [
    ['c999'],
    [
      ['gb-samaritans', 'Samaritans', ['c116123=116 123'], 'a', 'en', CONFIRMED],
      // England. Callers dial 111 and choose the mental health option (CONTENT.md: option 2;
      // NHS pages now describe it as "the mental health option" rather than by number).
      ['gb-nhs-111', 'NHS 111', ['c111>mental-health'], 'a', 'en', CONFIRMED],
      ['gb-shout', 'Shout', ['t85258@SHOUT'], 'a', 'en', CONFIRMED],
      // childline.org.uk: "Call free on 0800 1111"; the NSPCC, which runs Childline, calls it
      // "the UK's free, 24-hour service" (https://learning.nspcc.org.uk/services/childline).
      ['gb-childline', 'Childline', ['c08001111=0800 1111'], 'ay', 'en', CONFIRMED],
    ],
  ],
  IE: [
    ['c112', 'c999'],
    [
      [
        'ie-samaritans',
        'Samaritans',
        ['c116123=116 123'],
        'a',
        'en',
        // verify: CONTENT.md flags Republic of Ireland coverage. samaritans.org pages found show
        // 116 123 answered free in the Republic since 2014, but they are years old, and press
        // reports put the telecoms funding of the free line only "until 2024". No current page
        // confirming the ROI line was found.
        FROM_CONTENT_MD,
      ],
      // The HSE: "Freetext 50808 which is available 24 hours a day, seven days a week" (the page
      // names no keyword, so none is shown).
      ['ie-50808', '50808', ['t50808'], 'a', 'en', CONFIRMED],
    ],
  ],
  AU: [
    ['c000'],
    [
      // Life in Mind (Australian Government-funded national suicide-prevention portal).
      ['au-lifeline', 'Lifeline', ['c131114=13 11 14', 't0477131114=0477 13 11 14'], 'a', 'en', CONFIRMED],
      // yourtown, which runs Kids Helpline: "call us for free on 1800 55 1800 as our phone lines
      // are open 24/7".
      ['au-kids-helpline', 'Kids Helpline', ['c1800551800=1800 55 1800'], 'ay', 'en', CONFIRMED],
    ],
  ],
  NZ: [
    ['c111'],
    [
      // Ministry of Health: "call or text 1737 anytime day or night".
      ['nz-1737', '1737 Need to talk?', ['c1737', 't1737'], 'a', 'en', CONFIRMED],
    ],
  ],
  DE: [
    C112,
    [
      [
        'de-telefonseelsorge',
        'TelefonSeelsorge',
        ['c08001110111=0800 111 0 111', 'c08001110222=0800 111 0 222', 'whttps://www.telefonseelsorge.de/'],
        // The phone lines are reported as round the clock; the chat's hours are not confirmed,
        // so the entry as a whole is not marked always open.
        '',
        'de',
        // verify: telefonseelsorge.de itself did not come up in research; both numbers, free
        // 24/7 calls and chat via telefonseelsorge.de were seen only in press coverage. A parish
        // page also lists 116 123 for it: add it once the service's own page confirms it.
        FROM_CONTENT_MD,
      ],
    ],
  ],
  FR: [
    C112,
    [['fr-3114', '3114 – Numéro national de prévention du suicide', ['c3114'], 'a', 'fr', CONFIRMED]],
  ],
  ES: [
    C112,
    [
      [
        'es-024',
        'Línea 024 de atención a la conducta suicida',
        ['c024'],
        'a',
        'es',
        // verify: the Ministerio de Sanidad page did not come up in research; free 24/7 calls to
        // 024 were seen only in press coverage of the May 2022 launch (this page). Press quoting
        // the ministry also reports telephone interpreting and sign-language video: the
        // languages may be wider than 'es'.
        FROM_CONTENT_MD,
      ],
    ],
  ],
  IN: [
    ['c112'],
    [
      [
        'in-tele-manas',
        'Tele-MANAS',
        ['c14416', 'c18008914416=1-800-891-4416'],
        'a',
        'en hi',
        // verify: no Ministry of Health (telemanas.mohfw.gov.in) page came up in research; both
        // toll-free numbers and 24/7 service were seen only in news reports of ministry
        // statements. Callers choose from about 20 languages set per state; 'en' and 'hi' are
        // listed as a minimum and are themselves unconfirmed.
        FROM_CONTENT_MD,
      ],
    ],
  ],
  NL: [
    C112,
    [
      // 113.nl: "Bel gratis 113", "Chat met ons". 24/7: 113 quoted by ANP (2025-10, "Bel dan 24/7
      // gratis en anoniem 113 of chat op 113.nl").
      ['nl-113', '113 Zelfmoordpreventie', ['c113', 'whttps://www.113.nl/'], 'a', 'nl', CONFIRMED_2],
    ],
  ],
  BE: [
    C112,
    [
      // The centre's own report names its line 0800 32 123; "anonyme, gratuite et disponible
      // 24h/24" is its standard notice in the press (La Libre, 2023-02). French-speaking; the
      // Flemish line 1813 was not confirmed on its own page and is not listed.
      ['be-cps', 'Centre de Prévention du Suicide', ['c080032123=0800 32 123'], 'a', 'fr', CONFIRMED_2],
    ],
  ],
  AT: [
    C112,
    [
      // The Catholic Church in Austria, which runs it with the Protestant Church: "Unter der
      // Rufnummer 142 ist die Telefonseelsorge in ganz Österreich rund um die Uhr und kostenlos zu
      // erreichen."
      ['at-telefonseelsorge', 'TelefonSeelsorge', ['c142'], 'a', 'de', CONFIRMED_2],
    ],
  ],
  CH: [
    // No emergency number confirmed on a Swiss authority's page: the element says "call your
    // local emergency number" (and 143 itself).
    [],
    [
      // 143.ch (Winterthur): "Tel 143 … unser Telefon ruht nie"; the Ticino page: "essere
      // all'ascolto sempre". Answered in German, French and Italian by region.
      ['ch-143', 'Die Dargebotene Hand · La Main Tendue · Telefono Amico', ['c143'], 'a', 'de fr it', CONFIRMED_2],
    ],
  ],
  // Regions below list only their emergency number: no crisis line was confirmed on the
  // service's own or a health authority's page (seen only in the press: SE Mind
  // Självmordslinjen 90101, SG Samaritans of Singapore 1767, BR CVV 188, IT Telefono Amico).
  SE: [C112, []],
  DK: [C112, []],
  FI: [C112, []],
  PT: [C112, []],
  IT: [C112, []],
  // Singapore Civil Defence Force: "When there is an emergency on hand, dial 995".
  SG: [['c995'], []],
  // Ministério da Saúde: SAMU 192, free, 24 hours, for urgent and emergency care.
  BR: [['c192'], []],
};

/**
 * Where each fact was checked: an entry's id → the page its numbers and hours were read on; a
 * region code → the page naming its emergency number. Kept apart from the rows so that the pages
 * showing help do not carry these addresses (nothing at run time reads them); the directory test
 * checks that every entry and region has one.
 */
export const crisisSources: Readonly<Record<string, string>> = {
  US: 'https://www.orangecountyva.gov/591/9-1-1-Basics',
  'us-988': 'https://988lifeline.org/get-help/what-to-expect/',
  'us-crisis-text-line': 'https://www.crisistextline.org/',
  CA: 'https://crtc.gc.ca/eng/archive/2023/2023-156.htm',
  'ca-988': 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
  'ca-kids-help-phone': 'https://kidshelpphone.ca/text-about-it/',
  GB: 'https://www.swast.nhs.uk/when-to-call-999',
  'gb-samaritans': 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
  'gb-nhs-111': 'https://www.lpft.nhs.uk/contact-us/need-help-now',
  'gb-shout': 'https://giveusashout.org/about-us/faq',
  'gb-childline': 'https://www.childline.org.uk/pages/about.aspx',
  IE: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
  'ie-samaritans': 'https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey',
  'ie-50808': 'https://about.hse.ie/news/hse-urges-people-to-stay-safe-this-august-bank-holiday-weekend/',
  AU: 'https://www.qld.gov.au/emergency/emergencies-services/assistance/triple-000',
  'au-lifeline': 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7',
  'au-kids-helpline': 'https://yourtown.com.au/apps/webcounselling/live/chat',
  NZ: 'https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/',
  'nz-1737': 'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
  DE: EU_112_EARLIER,
  'de-telefonseelsorge': 'https://www.telefonseelsorge.de/',
  FR: EU_112_EARLIER,
  'fr-3114': 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/',
  ES: EU_112_EARLIER,
  'es-024': 'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml',
  IN: 'https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-support-system',
  'in-tele-manas': 'https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html',
  NL: EU_112,
  'nl-113': 'https://www.113.nl/schoolopdracht',
  BE: EU_112,
  'be-cps': 'https://www.preventionsuicide.be/actualites/le-centre-de-prevention-du-suicide-publie-son-rapport-dactivites-2022',
  AT: EU_112,
  'at-telefonseelsorge': 'https://www.katholisch.at/telefonseelsorge',
  'ch-143': 'https://winterthur.143.ch/Beratung/Beratungsangebot/Copy_of_Nacht',
  SE: EU_112,
  DK: EU_112,
  FI: EU_112,
  PT: EU_112,
  IT: EU_112,
  SG: 'https://www.scdf.gov.sg/home/about-us/information/scdf-emergency-medical-services',
  BR: 'https://www.gov.br/saude/pt-br/campanhas-da-saude/2025/samu-192',
};

const directory: Record<string, RegionDirectory> = {};
for (const [region, [emergency, entries]] of Object.entries(rows)) {
  directory[region] = {
    region,
    emergency: emergency.map(channel),
    entries: entries.map(([id, name, channels, flags, languages, verified]) => ({
      id,
      name,
      channels: channels.map(channel),
      alwaysOpen: flags.includes('a'),
      languages: languages.split(' '),
      audience: flags.includes('y') ? 'young-people' : flags.includes('v') ? 'veterans' : 'everyone',
      verified,
    })),
  };
}

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

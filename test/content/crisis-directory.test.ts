import { expect } from '@open-wc/testing';
import {
  crisisDirectory,
  crisisSources,
  directoryFor,
  internationalDirectory,
} from '../../src/content/crisis-directory.js';
import type { CrisisChannel, CrisisEntry, RegionDirectory } from '../../src/content/crisis-directory.js';

// Shape test for the built-in crisis directory. Audits of mental-health apps keep finding wrong or
// dead crisis numbers, so any edit that breaks a number, a link, a source or a date must fail here.

const REGIONS = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'FR', 'ES', 'IN', 'NL', 'BE', 'AT', 'CH', 'SE', 'DK', 'FI', 'PT', 'IT', 'SG', 'BR'];
/** Regions with only their emergency number: no crisis line was confirmed on its own or a health authority's page. */
const EMERGENCY_ONLY = ['SE', 'DK', 'FI', 'PT', 'IT', 'SG', 'BR'];
/** Regions whose emergency number was not confirmed on an authority's page (help says "your local emergency number"). */
const NO_EMERGENCY = ['CH'];
const DIALABLE = /^\+?[0-9]{2,15}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_AGE_DAYS = 730;
const AUDIENCES = ['everyone', 'young-people', 'veterans'];
const CHANNEL_AUDIENCES = ['veterans', 'spanish', 'young-people', 'mental-health'];

const regions = Object.entries(crisisDirectory);
const allEntries: Array<[string, CrisisEntry]> = regions.flatMap(([key, dir]) =>
  dir.entries.map((entry): [string, CrisisEntry] => [key, entry]),
);

function expectHttps(value: string, what: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${what}: not a URL: ${JSON.stringify(value)}`);
  }
  expect(url.protocol, `${what}: ${value}`).to.equal('https:');
}

/** Parses YYYY-MM-DD strictly (rejects 2026-02-30) and returns the UTC midnight time. */
function parseDate(value: string, what: string): number {
  const m = DATE.exec(value);
  expect(m, `${what}: ${JSON.stringify(value)} is not YYYY-MM-DD`).to.not.equal(null);
  const [y, mo, d] = [Number(m![1]), Number(m![2]), Number(m![3])];
  const time = Date.UTC(y, mo - 1, d);
  const back = new Date(time);
  expect(
    back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d,
    `${what}: ${value} is not a real date`,
  ).to.equal(true);
  return time;
}

function expectFreshDate(value: string, what: string): void {
  const time = parseDate(value, what);
  const now = Date.now();
  // One day of slack so a date written in a time zone ahead of the test machine still passes.
  expect(time, `${what}: ${value} is in the future`).to.be.at.most(now + DAY_MS);
  const ageDays = (now - time) / DAY_MS;
  expect(
    ageDays,
    `${what}: last checked ${value}, more than ${MAX_AGE_DAYS} days ago — re-check it against its source and update source + verified`,
  ).to.be.at.most(MAX_AGE_DAYS);
}

function expectChannel(channel: CrisisChannel, what: string): void {
  expect(['call', 'text', 'chat'], `${what}: kind`).to.include(channel.kind);
  expect(channel.display.trim(), `${what}: display`).to.not.equal('');
  // The element renders its own localized phrase for menu options; none may be baked into data.
  expect(channel.display, `${what}: display`).to.not.match(/press\s*\d/i);
  if (channel.for !== undefined) {
    expect(CHANNEL_AUDIENCES, `${what}: for`).to.include(channel.for);
  }
  if (channel.kind === 'chat') {
    expectHttps(channel.target, `${what}: chat target`);
    expect(channel.message, `${what}: message is for text channels only`).to.equal(undefined);
    return;
  }
  expect(channel.target, `${what}: ${channel.kind} target`).to.match(DIALABLE);
  const scheme = channel.kind === 'call' ? 'tel:' : 'sms:';
  const url = new URL(scheme + channel.target);
  expect(url.protocol, `${what}: ${scheme} URL`).to.equal(scheme);
  expect(url.href, `${what}: ${scheme} URL`).to.equal(scheme + channel.target);
  // tel: must parse too, whatever the kind, so "call instead" links always work.
  expect(() => new URL('tel:' + channel.target), `${what}: tel: URL`).to.not.throw();
  if (channel.press !== undefined) {
    expect(channel.kind, `${what}: press is for calls`).to.equal('call');
    expect(channel.press, `${what}: press`).to.match(/^[0-9*#]{1,4}$/);
  }
  if (channel.kind === 'text') {
    if (channel.message !== undefined) {
      expect(channel.message, `${what}: message`).to.match(/^\S+$/);
    }
  } else {
    expect(channel.message, `${what}: message is for text channels only`).to.equal(undefined);
  }
}

function expectDeeplyFrozen(value: unknown, path: string): void {
  if (value === null || typeof value !== 'object') return;
  expect(Object.isFrozen(value), `${path} is not frozen`).to.equal(true);
  for (const [key, child] of Object.entries(value)) {
    expectDeeplyFrozen(child, `${path}.${key}`);
  }
}

describe('crisis directory', () => {
  it('covers at least 20 regions: those of CONTENT.md and the ones added since', () => {
    expect(Object.keys(crisisDirectory).sort()).to.deep.equal([...REGIONS].sort());
    expect(REGIONS.length).to.be.at.least(20);
  });

  it('has a region code matching each key, an emergency number with an https: source, and crisis lines', () => {
    for (const [key, dir] of regions) {
      expect(dir.region, `${key}: region`).to.equal(key);
      expect(dir.region, `${key}: region`).to.match(/^[A-Z]{2}$/);
      expect(dir.emergency.length > 0, `${key}: emergency numbers`).to.equal(!NO_EMERGENCY.includes(key));
      dir.emergency.forEach((channel, i) => {
        expect(channel.kind, `${key}: emergency[${i}] kind`).to.equal('call');
        expectChannel(channel, `${key}: emergency[${i}]`);
      });
      if (dir.emergency.length > 0) expectHttps(crisisSources[key]!, `${key}: source of the emergency number`);
      expect(dir.entries.length > 0, `${key}: entries`).to.equal(!EMERGENCY_ONLY.includes(key));
    }
  });

  it('keeps a source for every entry and emergency number, and none for anything else', () => {
    const expected = [
      ...regions.filter(([, dir]) => dir.emergency.length > 0).map(([key]) => key),
      ...allEntries.map(([, entry]) => entry.id),
    ];
    expect(Object.keys(crisisSources).sort()).to.deep.equal(expected.sort());
  });

  it('says how to reach 988\'s veterans and Spanish lines: press 1 and press 2', () => {
    const channels = crisisDirectory['US']!.entries.find((entry) => entry.id === 'us-988')!.channels;
    const call = (audience: string) => channels.find((c) => c.kind === 'call' && c.for === audience);
    expect(call('veterans')).to.include({ target: '988', press: '1' });
    expect(call('spanish')).to.include({ target: '988', press: '2' });
  });

  it('has the lines for children and young people of GB, CA and AU, dated and sourced', () => {
    const young = (region: string) => crisisDirectory[region]!.entries.filter((entry) => entry.audience === 'young-people');
    const calls = (region: string) => young(region).flatMap((entry) => entry.channels.filter((c) => c.kind === 'call').map((c) => c.target));
    expect(calls('GB')).to.deep.equal(['08001111']);
    expect(calls('CA')).to.deep.equal(['18006686868']);
    expect(calls('AU')).to.deep.equal(['1800551800']);
    const text = young('CA').flatMap((entry) => entry.channels.filter((c) => c.kind === 'text'));
    expect(text).to.deep.equal([{ kind: 'text', target: '686868', display: '686868', message: 'CONNECT' }]);
    for (const region of ['GB', 'CA', 'AU']) {
      for (const entry of young(region)) {
        expectHttps(crisisSources[entry.id]!, `${entry.id}: source`);
        expectFreshDate(entry.verified, `${entry.id}: verified`);
      }
    }
  });

  it('gives every entry a unique, region-prefixed id across the whole directory', () => {
    const ids = allEntries.map(([, entry]) => entry.id);
    expect(new Set(ids).size, `duplicate ids in ${ids.join(', ')}`).to.equal(ids.length);
    for (const [key, entry] of allEntries) {
      expect(entry.id, 'id').to.match(/^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.id.startsWith(`${key.toLowerCase()}-`), `${entry.id}: prefix for ${key}`).to.equal(true);
    }
  });

  it('gives every entry a name, at least one valid channel and a known audience', () => {
    for (const [, entry] of allEntries) {
      expect(entry.name.trim(), `${entry.id}: name`).to.not.equal('');
      expect(entry.name, `${entry.id}: name`).to.not.match(/press\s*\d/i);
      expect(entry.channels.length, `${entry.id}: channels`).to.be.at.least(1);
      entry.channels.forEach((channel, i) => expectChannel(channel, `${entry.id}: channels[${i}]`));
      expect(typeof entry.alwaysOpen, `${entry.id}: alwaysOpen`).to.equal('boolean');
      expect(AUDIENCES, `${entry.id}: audience`).to.include(entry.audience);
    }
  });

  it('keeps call and text targets dialable as tel: and sms: values', () => {
    const targets = allEntries.flatMap(([, entry]) => entry.channels)
      .concat(regions.flatMap(([, dir]) => dir.emergency))
      .filter((c) => c.kind !== 'chat')
      .map((c) => c.target);
    expect(targets.length).to.be.greaterThan(0);
    for (const target of targets) {
      expect(target).to.match(DIALABLE);
      expect(new URL('tel:' + target).href).to.equal('tel:' + target);
    }
  });

  it('lists valid-looking BCP 47 language codes for every entry', () => {
    for (const [, entry] of allEntries) {
      expect(entry.languages.length, `${entry.id}: languages`).to.be.at.least(1);
      for (const tag of entry.languages) {
        expect(tag, `${entry.id}: language ${tag}`).to.match(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
        expect(() => Intl.getCanonicalLocales(tag), `${entry.id}: language ${tag}`).to.not.throw();
      }
      expect(new Set(entry.languages).size, `${entry.id}: duplicate languages`).to.equal(entry.languages.length);
    }
  });

  it('has an https: source and a recent, real verified date on every entry', () => {
    for (const [, entry] of allEntries) {
      expectHttps(crisisSources[entry.id]!, `${entry.id}: source`);
      expectFreshDate(entry.verified, `${entry.id}: verified`);
    }
  });

  it('does not carry the retired 988 LGBTQ+ youth option', () => {
    const us = crisisDirectory['US'];
    expect(us).to.not.equal(undefined);
    const text = JSON.stringify(us);
    expect(text).to.not.match(/press\s*3/i);
    expect(text.toUpperCase()).to.not.include('PRIDE');
  });

  it('offers the international directory as an https: link with a recent check date', () => {
    expect(internationalDirectory.name.trim()).to.not.equal('');
    expect(internationalDirectory.display.trim()).to.not.equal('');
    expectHttps(internationalDirectory.url, 'internationalDirectory.url');
    expect(new URL(internationalDirectory.url).hostname).to.equal('findahelpline.com');
    expectHttps(internationalDirectory.source, 'internationalDirectory.source');
    expectFreshDate(internationalDirectory.verified, 'internationalDirectory.verified');
  });

  describe('directoryFor', () => {
    it('finds a region case-insensitively', () => {
      expect(directoryFor('us')).to.equal(crisisDirectory['US']);
      expect(directoryFor('US')).to.equal(crisisDirectory['US']);
      expect(directoryFor('Gb')?.region).to.equal('GB');
    });

    it('returns undefined for unknown or missing regions', () => {
      expect(directoryFor('ZZ')).to.equal(undefined);
      expect(directoryFor(undefined)).to.equal(undefined);
      expect(directoryFor('')).to.equal(undefined);
      // Inherited object keys are not regions.
      expect(directoryFor('constructor')).to.equal(undefined);
      expect(directoryFor('__proto__')).to.equal(undefined);
      expect(directoryFor('toString')).to.equal(undefined);
    });
  });

  describe('immutability', () => {
    it('is frozen all the way down', () => {
      expectDeeplyFrozen(crisisDirectory, 'crisisDirectory');
      expectDeeplyFrozen(internationalDirectory, 'internationalDirectory');
    });

    it('rejects changes from a host page', () => {
      // Test modules run in strict mode, so writing to a frozen object throws.
      const us = crisisDirectory['US'] as RegionDirectory;
      const entry = us.entries[0] as CrisisEntry;
      const channel = entry.channels[0] as CrisisChannel;
      expect(() => {
        (crisisDirectory as Record<string, RegionDirectory>)['ZZ'] = us;
      }).to.throw(TypeError);
      expect(() => {
        us.region = 'ZZ';
      }).to.throw(TypeError);
      expect(() => {
        channel.target = '000000';
      }).to.throw(TypeError);
      expect(() => {
        entry.channels.push({ kind: 'call', target: '123', display: '123' });
      }).to.throw(TypeError);
      expect(() => {
        (internationalDirectory as { url: string }).url = 'https://example.com/';
      }).to.throw(TypeError);
      expect(directoryFor('ZZ')).to.equal(undefined);
      expect(us.region).to.equal('US');
      expect(channel.target).to.equal('988');
    });
  });
});

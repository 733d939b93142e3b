import { expect } from '@open-wc/testing';
import { crisisDirectory } from '../../src/content/crisis-directory.js';
import { regionTimeZones } from '../../src/content/time-zones.js';
import { regionOfLanguage, regionOfTimeZone, resolveRegion } from '../../src/engine/region.js';

// The region is found on the device: the browser's own time-zone data must name the same country
// as the IANA table (generated from tzdata) for every zone of every directory region.

const REGIONS = Object.keys(crisisDirectory);

/** Every zone the generated table lists, with folders ("Australia/") expanded from the browser's list. */
function tableZones(): Array<[zone: string, region: string]> {
  const known = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
  return Object.entries(regionTimeZones).flatMap(([region, areas]) =>
    areas.split('|').flatMap((group) => {
      const [first = '', ...rest] = group.split(' ');
      const area = first.slice(0, first.indexOf('/') + 1);
      return [first, ...rest.map((name) => area + name)].flatMap((name): Array<[string, string]> =>
        name.endsWith('/') ? known.filter((zone) => zone.startsWith(name)).map((zone) => [zone, region]) : [[name, region]],
      );
    }),
  );
}

describe('region found on the device', () => {
  it('names the country of the time zones in the issue', () => {
    expect(regionOfTimeZone('America/Chicago', REGIONS)).to.equal('US');
    expect(regionOfTimeZone('America/Toronto', REGIONS)).to.equal('CA');
    expect(regionOfTimeZone('Europe/London', REGIONS)).to.equal('GB');
    expect(regionOfTimeZone('Australia/Sydney', REGIONS)).to.equal('AU');
  });

  it('agrees with the IANA table for every zone of every directory region, old names included', () => {
    const zones = tableZones();
    expect(zones.length).to.be.greaterThan(90);
    const wrong = zones.filter(([zone, region]) => regionOfTimeZone(zone, REGIONS) !== region);
    expect(wrong, `zones the browser places elsewhere: ${JSON.stringify(wrong)}`).to.deep.equal([]);
    // Chromium reports the older names; Firefox and WebKit the current ones. Either is found.
    expect(regionOfTimeZone('Asia/Calcutta', REGIONS)).to.equal('IN');
    expect(regionOfTimeZone('Asia/Kolkata', REGIONS)).to.equal('IN');
    expect(regionOfTimeZone('America/Indianapolis', REGIONS)).to.equal('US');
    expect(regionOfTimeZone('America/Indiana/Indianapolis', REGIONS)).to.equal('US');
    expect(regionOfTimeZone('America/Kentucky/Louisville', REGIONS)).to.equal('US');
    expect(regionOfTimeZone('America/Coral_Harbour', REGIONS)).to.equal('CA');
  });

  it('covers every directory region with at least one zone in the table', () => {
    expect(Object.keys(regionTimeZones).sort()).to.deep.equal([...REGIONS].sort());
  });

  it('says "somewhere else" for a place outside the directory, and "no place" for UTC or nothing', () => {
    expect(regionOfTimeZone('America/Lima', REGIONS)).to.equal(null);
    expect(regionOfTimeZone('Asia/Tokyo', REGIONS)).to.equal(null);
    expect(regionOfTimeZone('UTC', REGIONS)).to.equal(undefined);
    expect(regionOfTimeZone('Etc/GMT+5', REGIONS)).to.equal(undefined);
    expect(regionOfTimeZone('Not/AZone', REGIONS)).to.equal(undefined);
    expect(regionOfTimeZone(undefined, REGIONS)).to.equal(undefined);
  });

  it('reads a region only from a two-letter region subtag', () => {
    expect(regionOfLanguage('en-GB')).to.equal('GB');
    expect(regionOfLanguage('es-419')).to.equal(undefined);
    expect(regionOfLanguage('en')).to.equal(undefined);
    expect(regionOfLanguage('not a tag')).to.equal(undefined);
  });

  describe('resolveRegion, in order', () => {
    const base = { regions: REGIONS, zone: 'America/Chicago', languages: ['fr-CA'] };

    it('takes the region attribute first, then the language, then the time zone, then the browser languages', () => {
      expect(resolveRegion({ ...base, region: 'gb', language: 'en-AU' })).to.equal('GB');
      expect(resolveRegion({ ...base, region: 'not a region', language: 'en-AU' })).to.equal('AU');
      expect(resolveRegion({ ...base, language: 'en' })).to.equal('US');
      expect(resolveRegion({ ...base, language: 'en', zone: 'UTC' })).to.equal('CA');
    });

    it('finds nothing with UTC and no region anywhere, so the person chooses', () => {
      expect(resolveRegion({ regions: REGIONS, language: 'en', zone: 'UTC', languages: ['en'] })).to.equal(undefined);
      expect(resolveRegion({ regions: REGIONS, language: 'en', zone: undefined, languages: [] })).to.equal(undefined);
    });

    it('does not guess from the browser languages when the time zone is a place outside the directory', () => {
      expect(resolveRegion({ regions: REGIONS, language: 'es', zone: 'America/Lima', languages: ['en-US'] })).to.equal(undefined);
    });
  });
});

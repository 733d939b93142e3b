import { expect } from '@open-wc/testing';
import { copyHostResources } from '../../src/engine/resources.js';
import { dialable, safeLink } from '../../src/engine/safe-url.js';
import { validateFlow } from '../../src/engine/flow-schema.js';
import { schemaErrors } from './schema-subset.js';

type Json = Record<string, unknown>;
const DIAL_CODES = ['tel:**21*5550199#', 'tel:*#06#', 'sms:*#06#', 'tel:javascript:alert(1)', 'tel:5550199#x', 'tel:+1 555 abc', 'sms:5550199?x=1', 'tel:5550199?body=hi'];
const flowWithLink = (href: string): Json => ({
  version: 1,
  id: 'tiny',
  title: { en: 'Tiny' },
  start: 'a',
  steps: { a: { kind: 'message', title: { en: 'Hello' }, next: 'b', link: { label: { en: 'Call' }, href } }, b: { kind: 'end', title: { en: 'Done' } } },
});

describe('phone links are phone numbers', () => {
  it('accepts digits, +, spaces, -, ., ( and ) in tel: and sms: links', () => {
    expect(safeLink('tel:+1 (555) 010-0199')).to.match(/^tel:\+1(%20| )\(555\)/);
    expect(safeLink('tel:988')).to.equal('tel:988');
    expect(safeLink('sms:741741?body=HOME')).to.equal('sms:741741?body=HOME');
    expect(dialable('+44 (0)20 7946.0000')).to.equal('+440207946' + '0000');
  });

  it('refuses dial codes, letters and anything after the number', () => {
    for (const href of DIAL_CODES) expect(safeLink(href), href).to.equal(undefined);
    for (const number of ['**21*5550199#', '*#06#', '#31#5550199', '555-CALL-NOW', '1+555']) expect(dialable(number), number).to.equal(undefined);
  });

  it('refuses a host contact whose number is a dial code, naming its path', () => {
    const { contacts, errors } = copyHostResources([
      { name: 'Counsellor', channels: [{ kind: 'call', target: '**21*5550199#', display: '988' }, { kind: 'text', target: '*#06#' }] },
    ]);
    expect(contacts).to.deep.equal([]);
    expect(errors.map((e) => e.path)).to.include.members(['$[0].channels[0].target', '$[0].channels[1].target']);
  });

  it('refuses a flow link that is not a phone number, in the validator and the published schema', async () => {
    const schema = (await (await fetch('/schema/flow.schema.json')).json()) as Json;
    for (const href of DIAL_CODES) {
      expect(validateFlow(flowWithLink(href)).errors.map((e) => e.path), href).to.deep.equal(['$.steps.a.link.href']);
      expect(schemaErrors(schema, flowWithLink(href)).length, `schema: ${href}`).to.be.greaterThan(0);
    }
    for (const href of ['tel:+1 555 0100', 'sms:741741?body=HOME', 'sms:741741']) {
      expect(validateFlow(flowWithLink(href)).errors, href).to.deep.equal([]);
      expect(schemaErrors(schema, flowWithLink(href)), `schema: ${href}`).to.deep.equal([]);
    }
  });
});

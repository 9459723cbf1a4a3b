import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  certificateNameCovers,
  fqdnProblem,
  isE164,
  normalizeDistinguishedName,
  parseLineUri,
  parseSipAddress,
  subjectCommonName,
} from '../../src/domain/identifiers.ts';

describe('fqdnProblem', () => {
  it.each([
    ['mbx01.contoso.com', null],
    ['a.b', null],
    ['xn--bcher-kva.example', null],
    ['mbx01', 'single-label'],
    ['', 'empty'],
    ['mbx01..contoso.com', 'empty-label'],
    ['.contoso.com', 'empty-label'],
    ['mbx_01.contoso.com', 'bad-character'],
    ['mbx01-.contoso.com', 'hyphen-edge'],
    ['192.168.1.10', 'numeric-tld'],
    ['*.contoso.com', 'wildcard'],
  ] as const)('%s → %s', (value, problem) => {
    expect(fqdnProblem(value)).toBe(problem);
  });

  it('accepts a leading wildcard only when asked, and only before a real domain', () => {
    expect(fqdnProblem('*.contoso.com', { allowWildcard: true })).toBeNull();
    expect(fqdnProblem('*', { allowWildcard: true })).toBe('single-label');
    expect(fqdnProblem('mbx*.contoso.com', { allowWildcard: true })).toBe('wildcard');
  });

  it('accepts any name built from valid labels', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), fc.stringMatching(/^[a-z]{2,6}$/), (labels, tld) => {
        expect(fqdnProblem([...labels, tld].join('.'))).toBeNull();
      }),
    );
  });
});

describe('certificateNameCovers', () => {
  it.each([
    ['mbx01.contoso.com', 'MBX01.Contoso.com', true],
    ['*.contoso.com', 'mbx01.contoso.com', true],
    ['*.contoso.com', 'contoso.com', false],
    ['*.contoso.com', 'a.mbx01.contoso.com', false],
    ['mbx01.contoso.com', 'mbx02.contoso.com', false],
  ] as const)('%s covers %s: %s', (name, host, covers) => {
    expect(certificateNameCovers(name, host)).toBe(covers);
  });
});

describe('subjectCommonName', () => {
  it.each([
    ['CN=mbx01.contoso.com', 'mbx01.contoso.com'],
    ['C=FR, O=Contoso, CN=mbx01.contoso.com', 'mbx01.contoso.com'],
    ['cn = mbx01.contoso.com ,O=Contoso', 'mbx01.contoso.com'],
    ['CN="Contoso, UM", O=Contoso', 'Contoso, UM'],
    ['O=Contoso', null],
  ] as const)('%s → %s', (subject, cn) => {
    expect(subjectCommonName(subject)).toBe(cn);
  });
});

describe('normalizeDistinguishedName', () => {
  it('ignores case and blanks around separators, not inside values', () => {
    expect(normalizeDistinguishedName('cn=Contoso Root CA,  dc=contoso')).toBe(normalizeDistinguishedName('CN=CONTOSO ROOT CA, DC=Contoso'));
    expect(normalizeDistinguishedName('CN=Contoso RootCA')).not.toBe(normalizeDistinguishedName('CN=Contoso Root CA'));
  });
});

describe('isE164', () => {
  it.each([
    ['+33140001000', true],
    ['+1425555012', true],
    ['+123456789012345', true],
    ['+1234567890123456', false],
    ['33140001000', false],
    ['+0140001000', false],
    ['+33 1 40 00 10 00', false],
    ['+', false],
  ] as const)('%s → %s', (value, ok) => {
    expect(isE164(value)).toBe(ok);
  });
});

describe('parseLineUri', () => {
  it.each([
    ['tel:+33140001234;ext=1234', { digits: '33140001234', ext: '1234' }],
    ['TEL:+14255551297', { digits: '14255551297' }],
    ['tel:+33140001234;ext=', null],
    ['tel:+33140001234;phone-context=x', null],
    ['sip:alice@contoso.com', null],
  ] as const)('%s → %j', (value, parsed) => {
    expect(parseLineUri(value)).toEqual(parsed);
  });
});

describe('parseSipAddress', () => {
  it.each([
    ['sip:alice@contoso.com', { user: 'alice', domain: 'contoso.com' }],
    ['SIP:alice@contoso.com', { user: 'alice', domain: 'contoso.com' }],
    ['alice@contoso.com', null],
    ['sip:alice@contoso.com@x', null],
    ['sip:@contoso.com', null],
  ] as const)('%s → %j', (value, parsed) => {
    expect(parseSipAddress(value)).toEqual(parsed);
  });
});

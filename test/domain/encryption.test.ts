import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessEncryption, encryptionMatrix, workingVoipSecurities } from '../../src/domain/encryption.ts';
import { encryptionLevels, voipSecurities, type EncryptionLevel, type VoipSecurity } from '../../src/domain/profile/index.ts';

// The nine cells, written out from the guide's "Encryption settings for Lync Phone Edition" table
// (DOMAIN-FACTS §8): compatible, recommended, failure code.
const cells: Array<[EncryptionLevel, VoipSecurity, boolean, boolean, string | undefined]> = [
  ['RequireEncryption', 'Unsecured', false, false, 'unsecured-with-lync'],
  ['RequireEncryption', 'SIPSecured', false, false, 'incompatible-security-setting'],
  ['RequireEncryption', 'Secured', true, true, undefined],
  ['SupportEncryption', 'Unsecured', false, false, 'unsecured-with-lync'],
  ['SupportEncryption', 'SIPSecured', true, false, undefined],
  ['SupportEncryption', 'Secured', true, true, undefined],
  ['DoNotSupportEncryption', 'Unsecured', false, false, 'unsecured-with-lync'],
  ['DoNotSupportEncryption', 'SIPSecured', true, false, undefined],
  ['DoNotSupportEncryption', 'Secured', false, false, 'media-encryption-disabled'],
];

describe('assessEncryption', () => {
  it.each(cells)('%s × %s → compatible %s, recommended %s, failure %s', (level, security, compatible, recommended, failure) => {
    const verdict = assessEncryption(level, security);
    expect(verdict).toEqual({ encryptionLevel: level, voipSecurity: security, compatible, recommended, ...(failure ? { failure } : {}) });
  });
});

describe('encryptionMatrix', () => {
  it('has every EncryptionLevel × VoIPSecurity pair once, in the cmdlets’ value order', () => {
    const matrix = encryptionMatrix();
    expect(matrix.map((c) => [c.encryptionLevel, c.voipSecurity])).toEqual(encryptionLevels.flatMap((l) => voipSecurities.map((s) => [l, s])));
  });

  it('agrees with assessEncryption on every cell', () => {
    for (const cell of encryptionMatrix()) expect(cell).toEqual(assessEncryption(cell.encryptionLevel, cell.voipSecurity));
  });

  it('recommends exactly the working Secured cells, and every failing cell says why', () => {
    const matrix = encryptionMatrix();
    expect(matrix.filter((c) => c.recommended).map((c) => c.encryptionLevel)).toEqual(['RequireEncryption', 'SupportEncryption']);
    expect(matrix.every((c) => c.compatible === (c.failure === undefined))).toBe(true);
  });
});

/**
 * The guide's own table (content/<lang>/encryption.md, section {#table}): each row names a Lync
 * level and the working dial plan settings in code spans. If the guide and the domain table ever
 * disagree, this fails in whichever language drifted.
 */
function guideTable(lang: 'en' | 'fr'): Map<string, string[]> {
  const page = readFileSync(new URL(`../../content/${lang}/encryption.md`, import.meta.url), 'utf8');
  const section = page.split(/\{#table\}/)[1]!.split(/\n## /)[0]!;
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cols = line.split('|').slice(1, -1);
    if (cols.length !== 2) continue;
    const codes = (text: string) => [...text.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!);
    const [level] = codes(cols[0]!);
    if (level) rows.set(level, codes(cols[1]!));
  }
  return rows;
}

describe.each(['en', 'fr'] as const)('the guide’s table (%s)', (lang) => {
  it('lists the same working settings per Lync level as encryption.ts', () => {
    const table = guideTable(lang);
    expect([...table.keys()].sort()).toEqual([...encryptionLevels].sort());
    for (const level of encryptionLevels) expect([...table.get(level)!].sort()).toEqual([...workingVoipSecurities(level)].sort());
  });
});

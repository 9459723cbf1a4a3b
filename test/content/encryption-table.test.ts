/**
 * The encryption page's table must say what the engine computes: for each Lync media encryption
 * level (row), the VoIP security values written in code spans in the "dial plan" column are
 * exactly the values `encryptionMatrix()` marks compatible. Checked in both languages.
 *
 * `src/domain/encryption.ts` is written separately; until it exists the comparison is skipped and
 * only the table's own shape is checked.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, REPO_ROOT, loadPage, pagePath, type TableInfo } from './markdown.ts';

/** One cell of the engine's matrix (the fields this test relies on). */
interface EncryptionCell {
  encryptionLevel: string;
  voipSecurity: string;
  compatible: boolean;
  recommended: boolean;
}

const ENGINE = join(REPO_ROOT, 'src', 'domain', 'encryption.ts');
const ROW_ORDER = ['RequireEncryption', 'SupportEncryption', 'DoNotSupportEncryption'];
/** Header words that identify the two columns, per language. */
const COLUMNS = {
  en: { lync: /lync/i, dialPlan: /dial plan/i },
  fr: { lync: /lync/i, dialPlan: /plan de numérotation/i },
} as const;

function encryptionTable(language: (typeof LANGUAGES)[number]): { table: TableInfo; lync: number; dialPlan: number } {
  const page = loadPage(pagePath(language, 'encryption'));
  const { lync, dialPlan } = COLUMNS[language];
  const table = page.tables.find((t) => t.header.some((h) => dialPlan.test(h)));
  if (!table) throw new Error(`${language}/encryption: no table with a dial plan column`);
  return {
    table,
    lync: table.header.findIndex((h) => lync.test(h) && !dialPlan.test(h)),
    dialPlan: table.header.findIndex((h) => dialPlan.test(h)),
  };
}

describe.each(LANGUAGES)('encryption page table (%s)', (language) => {
  const available = existsSync(pagePath(language, 'encryption'));

  it.skipIf(!available)('has 3 rows in the order RequireEncryption, SupportEncryption, DoNotSupportEncryption', () => {
    const { table, lync, dialPlan } = encryptionTable(language);
    expect(lync).toBeGreaterThanOrEqual(0);
    expect(dialPlan).toBeGreaterThanOrEqual(0);
    expect(table.rows).toBe(3);
    expect(table.cellCode.map((row) => row[lync])).toEqual(ROW_ORDER.map((level) => [level]));
  });

  it.skipIf(!available || !existsSync(ENGINE))('lists exactly the compatible VoIP security values of encryptionMatrix()', async () => {
    const engine = (await import(/* @vite-ignore */ pathToFileURL(ENGINE).href)) as {
      encryptionMatrix: () => readonly EncryptionCell[];
    };
    const matrix = engine.encryptionMatrix();
    expect(matrix).toHaveLength(9);
    const { table, lync, dialPlan } = encryptionTable(language);
    for (const row of table.cellCode) {
      const level = row[lync]?.[0];
      const expected = matrix
        .filter((cell) => cell.encryptionLevel === level && cell.compatible)
        .map((cell) => cell.voipSecurity)
        .sort();
      expect([...(row[dialPlan] ?? [])].sort(), `row ${level}`).toEqual(expected);
    }
  });
});

/**
 * Table-driven tests for script rules. Each row is a script (and lint options); invalid rows list
 * exactly the findings the rule returns, located by the source text they cover (`at`, the nth
 * occurrence) so ranges stay readable and exact. Message wording is not asserted; the message key
 * each finding needs must exist in both catalogs.
 */
import { describe, expect, it } from 'vitest';
import { findingMessageKey } from '../../../src/domain/check.ts';
import type { Finding, FindingParams, Severity, SourceRange } from '../../../src/domain/finding.ts';
import { lintScript } from '../../../src/domain/powershell/linter.ts';
import type { LintOptions, ScriptRule } from '../../../src/domain/powershell/script-rule.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import en from '../../../src/i18n/en.json' with { type: 'json' };
import fr from '../../../src/i18n/fr.json' with { type: 'json' };

export { exampleProfile };

/** What a row expects of one finding: the text it covers, and optionally its variant and params. */
export interface ExpectedScriptFinding {
  /** The exact source text the finding's range covers. */
  at: string;
  /** Which occurrence of `at` (1-based), when it appears several times. */
  nth?: number;
  variant?: string;
  severity?: Severity;
  params?: Partial<FindingParams>;
}

export interface ScriptRow {
  name: string;
  script: string;
  options?: LintOptions;
  findings?: ExpectedScriptFinding[];
}

/** The SourceRange of the nth occurrence of `text` in `source` (1-based lines and columns, end exclusive). */
export function rangeOf(source: string, text: string, nth = 1): SourceRange {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = source.indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" (occurrence ${nth}) is not in the script`);
  }
  const position = (offset: number) => {
    const before = source.slice(0, offset);
    const lines = before.split(/\r\n|\r|\n/);
    return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
  };
  const a = position(index);
  const b = position(index + text.length);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function shape(finding: Finding, expected: ExpectedScriptFinding | undefined) {
  const actual: Record<string, unknown> = { ruleId: finding.ruleId, range: finding.range };
  if (finding.params.variant !== undefined) actual.variant = finding.params.variant;
  if (expected?.severity) actual.severity = finding.severity;
  if (expected?.params) actual.params = Object.fromEntries(Object.keys(expected.params).map((k) => [k, finding.params[k]]));
  return actual;
}

function expectedShape(rule: ScriptRule, script: string, expected: ExpectedScriptFinding) {
  const shaped: Record<string, unknown> = { ruleId: rule.id, range: rangeOf(script, expected.at, expected.nth) };
  if (expected.variant !== undefined) shaped.variant = expected.variant;
  if (expected.severity) shaped.severity = expected.severity;
  if (expected.params) shaped.params = expected.params;
  return shaped;
}

/** Declares the tests of one script rule; the default shell is the Exchange Management Shell. */
export function testScriptRule(rule: ScriptRule, rows: { valid: ScriptRow[]; invalid: ScriptRow[] }, defaults: LintOptions = { shell: 'exchange' }): void {
  describe(rule.id, () => {
    it('has invalid rows, each expecting findings', () => {
      expect(rows.invalid.length).toBeGreaterThan(0);
      for (const row of rows.invalid) expect(row.findings?.length ?? 0, row.name).toBeGreaterThan(0);
    });

    describe('valid', () => {
      it.each(rows.valid.map((row) => [row.name, row] as const))('%s', (_name, row) => {
        const findings = lintScript(row.script, { ...defaults, ...row.options }, [rule]);
        expect(findings.map((f) => shape(f, undefined))).toEqual((row.findings ?? []).map((f) => expectedShape(rule, row.script, f)));
      });
    });

    describe('invalid', () => {
      it.each(rows.invalid.map((row) => [row.name, row] as const))('%s', (_name, row) => {
        const findings = lintScript(row.script, { ...defaults, ...row.options }, [rule]);
        const expected = row.findings ?? [];
        expect(findings.map((f, i) => shape(f, expected[i]))).toEqual(expected.map((f) => expectedShape(rule, row.script, f)));
        for (const finding of findings) {
          const key = findingMessageKey(finding);
          expect(Object.hasOwn(en, key), key).toBe(true);
          expect(Object.hasOwn(fr, key), key).toBe(true);
          expect(finding.range).toBeDefined();
        }
      });
    });
  });
}

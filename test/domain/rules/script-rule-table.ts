/**
 * Table-driven tests for script rules: `valid` scripts give no finding of the rule, `invalid` ones
 * give exactly the listed findings (rule id, severity, range; never message text).
 * Lines and columns are 1-based; `range` may give only the start, or all four numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../../src/domain/finding.ts';
import { lintScript, prepareScript } from '../../../src/domain/powershell/linter.ts';
import type { LintOptions, ScriptRule } from '../../../src/domain/powershell/script-rule.ts';

export interface ScriptRow {
  name: string;
  script: string;
  options?: LintOptions;
}

export interface ExpectedScriptFinding {
  severity?: Severity;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  variant?: string;
  params?: Record<string, string | number | boolean>;
}

export function testScriptRule(
  rule: ScriptRule,
  rows: { valid: ScriptRow[]; invalid: (ScriptRow & { findings: ExpectedScriptFinding[] })[] },
): void {
  const findingsOf = (row: ScriptRow): Finding[] => rule.check(prepareScript(row.script, row.options ?? {}));
  describe(rule.id, () => {
    it.each(rows.valid)('valid: $name', (row) => {
      expect(findingsOf(row)).toEqual([]);
    });
    it.each(rows.invalid)('invalid: $name', (row) => {
      const findings = findingsOf(row);
      expect(findings).toHaveLength(row.findings.length);
      row.findings.forEach((expected, i) => {
        const finding = findings[i]!;
        expect(finding.ruleId).toBe(rule.id);
        expect(finding.severity).toBe(expected.severity ?? rule.severity);
        expect(finding.range).toMatchObject({
          line: expected.line,
          column: expected.column,
          ...(expected.endLine !== undefined ? { endLine: expected.endLine } : {}),
          ...(expected.endColumn !== undefined ? { endColumn: expected.endColumn } : {}),
        });
        if (expected.variant !== undefined) expect(finding.params.variant).toBe(expected.variant);
        if (expected.params) expect(finding.params).toMatchObject(expected.params);
      });
    });
    it('is registered with the linter (lintScript reports it)', () => {
      const row = rows.invalid[0]!;
      const ids = lintScript(row.script, row.options ?? {}).map((f) => f.ruleId);
      expect(ids).toContain(rule.id);
    });
  });
}

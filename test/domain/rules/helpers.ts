/**
 * Table-driven rule tests. Each row starts from the Contoso example profile (which checks clean)
 * and applies one small mutation, then states exactly which findings the rule returns: severity,
 * path and — for rules with several messages — the message variant. Message wording is not
 * asserted here; the i18n tests do that once. Every finding an invalid row produces must have its
 * message key in the catalogs.
 */
import { describe, expect, it } from 'vitest';
import { findingMessageKey } from '../../../src/domain/check.ts';
import type { Finding, FindingParams, ProfilePath, Severity } from '../../../src/domain/finding.ts';
import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';
import type { ProfileRule } from '../../../src/domain/rules/types.ts';
import { hasMessage } from '../../../src/i18n/index.ts';

/** Changes a copy of the example profile in place. */
export type Mutation = (profile: Profile) => void;

/** A deep copy of the example profile, changed by `mutation`. */
export function mutate(mutation?: Mutation): Profile {
  const profile = structuredClone(exampleProfile);
  mutation?.(profile);
  return profile;
}

/** What a row expects of one finding. `params` is matched as a subset. */
export interface ExpectedFinding {
  severity: Severity;
  path: ProfilePath;
  variant?: string;
  params?: Partial<FindingParams>;
}

export interface Row {
  name: string;
  mutate?: Mutation;
  /** Exactly the findings the rule returns, in order. Empty (the default) for most valid rows. */
  findings?: ExpectedFinding[];
}

function shape(finding: Finding, expected?: ExpectedFinding) {
  const actual: Record<string, unknown> = { severity: finding.severity, path: finding.path };
  if (finding.params.variant !== undefined) actual.variant = finding.params.variant;
  if (expected?.params) {
    actual.params = Object.fromEntries(Object.keys(expected.params).map((k) => [k, finding.params[k]]));
  }
  return actual;
}

function expectedShape(expected: ExpectedFinding) {
  const shaped: Record<string, unknown> = { severity: expected.severity, path: expected.path };
  if (expected.variant !== undefined) shaped.variant = expected.variant;
  if (expected.params) shaped.params = expected.params;
  return shaped;
}

/**
 * Declares the tests of one profile rule. `valid` rows are deployments the rule accepts (they may
 * still expect info findings); `invalid` rows must expect at least one finding.
 */
export function testRule(rule: ProfileRule, rows: { valid: Row[]; invalid: Row[] }): void {
  describe(rule.id, () => {
    const run = (row: Row) => {
      const findings = rule.check(mutate(row.mutate));
      for (const finding of findings) expect(finding.ruleId).toBe(rule.id);
      const expected = row.findings ?? [];
      expect(findings.map((f, i) => shape(f, expected[i]))).toEqual(expected.map(expectedShape));
      return findings;
    };
    if (rows.valid.length > 0) it.each(rows.valid.map((row) => [row.name, row] as const))('valid: %s', (_name, row) => {
      const findings = run(row);
      // A valid row may carry info findings, never a problem.
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    });
    // Info-only rules have nothing to reject: their rows are all valid.
    if (rows.invalid.length > 0) it.each(rows.invalid.map((row) => [row.name, row] as const))('invalid: %s', (_name, row) => {
      expect(row.findings?.length ?? 0).toBeGreaterThan(0);
      for (const finding of run(row)) expect(hasMessage(findingMessageKey(finding)), findingMessageKey(finding)).toBe(true);
    });
  });
}

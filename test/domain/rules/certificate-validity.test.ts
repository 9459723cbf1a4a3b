import { describe, expect, it } from 'vitest';
import { findingMessageKey } from '../../../src/domain/check.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import rule from '../../../src/domain/rules/certificate-validity.ts';
import { hasMessage } from '../../../src/i18n/index.ts';
import { described } from '../certificates/described.ts';

const changeDate = new Date('2026-12-12T08:00:00Z');
const run = (notBefore: string, notAfter: string) =>
  rule.check({ certificate: described({ notBefore, notAfter }), profile: exampleProfile, changeDate, servers: [] });

describe('certificate-validity', () => {
  it.each([
    ['valid for a year after the change', '2026-01-01T00:00:00.000Z', '2027-12-01T00:00:00.000Z'],
    ['valid exactly 30 days after', '2026-01-01T00:00:00.000Z', '2027-01-11T08:00:00.000Z'],
  ])('valid: %s', (_name, notBefore, notAfter) => {
    expect(run(notBefore, notAfter)).toEqual([]);
  });

  it.each([
    ['expired before the change', '2025-01-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', 'error', 'expired'],
    ['not yet valid on the change date', '2026-12-20T00:00:00.000Z', '2028-01-01T00:00:00.000Z', 'error', 'not-yet-valid'],
    ['expires 8 days after the change', '2026-01-01T00:00:00.000Z', '2026-12-20T08:00:00.000Z', 'warning', 'expiring'],
    ['expires 29 days after the change', '2026-01-01T00:00:00.000Z', '2027-01-10T08:00:00.000Z', 'warning', 'expiring'],
  ])('invalid: %s', (_name, notBefore, notAfter, severity, variant) => {
    const findings = run(notBefore, notAfter);
    expect(findings.map((f) => [f.ruleId, f.severity, f.params.variant])).toEqual([['certificate-validity', severity, variant]]);
    expect(hasMessage(findingMessageKey(findings[0]!))).toBe(true);
  });

  it('counts the days left after the change', () => {
    expect(run('2026-01-01T00:00:00.000Z', '2026-12-20T08:00:00.000Z')[0]!.params).toMatchObject({ days: 8, window: 30, changeDate: '2026-12-12', notAfter: '2026-12-20' });
  });
  it('unknown dates (pasted output printed them ambiguously or not at all) are not checked; a known one still is', () => {
    const fromOutput = (unknown: ('notBefore' | 'notAfter')[]) => ({ cmdlet: 'Get-ExchangeCertificate' as const, unknown });
    const check = (notBefore: string, notAfter: string, unknown: ('notBefore' | 'notAfter')[]) =>
      rule.check({ certificate: described({ notBefore, notAfter, fromOutput: fromOutput(unknown) }), profile: exampleProfile, changeDate, servers: [] });
    expect(check('', '', ['notBefore', 'notAfter'])).toEqual([]);
    expect(check('', '2027-12-01T00:00:00.000Z', ['notBefore'])).toEqual([]);
    expect(check('', '2026-12-01T00:00:00.000Z', ['notBefore']).map((f) => f.params.variant)).toEqual(['expired']);
    expect(check('2026-12-20T00:00:00.000Z', '', ['notAfter']).map((f) => f.params.variant)).toEqual(['not-yet-valid']);
  });
});

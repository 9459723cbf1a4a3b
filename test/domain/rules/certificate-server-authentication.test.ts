import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import rule from '../../../src/domain/rules/certificate-server-authentication.ts';
import { described } from '../certificates/described.ts';

const run = (extendedKeyUsages: string[] | null, serverAuthentication: boolean) =>
  rule.check({ certificate: described({ extendedKeyUsages, serverAuthentication }), profile: exampleProfile, changeDate: new Date('2026-12-12'), servers: [] });

describe('certificate-server-authentication', () => {
  it('valid: Server Authentication listed', () => expect(run(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2'], true)).toEqual([]));
  it('valid: no EKU extension (any purpose)', () => expect(run(null, true)).toEqual([]));
  it('invalid: Client Authentication only', () => {
    expect(run(['1.3.6.1.5.5.7.3.2'], false)).toEqual([
      { ruleId: 'certificate-server-authentication', severity: 'error', params: { certificate: 'mbx01.contoso.com', usages: '1.3.6.1.5.5.7.3.2' } },
    ]);
  });
  it('unknown: read from pasted output, which does not print the EKU — no finding even when the placeholder says otherwise', () => {
    const certificate = described({ extendedKeyUsages: null, serverAuthentication: false, fromOutput: { cmdlet: 'Get-ExchangeCertificate', unknown: ['extendedKeyUsages'] } });
    expect(rule.check({ certificate, profile: exampleProfile, changeDate: new Date('2026-12-12'), servers: [] })).toEqual([]);
  });
});

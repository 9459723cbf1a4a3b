import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import rule from '../../../src/domain/rules/certificate-key-size.ts';
import type { InspectedCertificate } from '../../../src/domain/certificates/types.ts';
import { described } from '../certificates/described.ts';

const run = (overrides: Partial<InspectedCertificate>) =>
  rule.check({ certificate: described(overrides), profile: exampleProfile, changeDate: new Date('2026-12-12'), servers: [] });

describe('certificate-key-size', () => {
  it.each([
    ['RSA 2048', { keySize: 2048 }],
    ['RSA 4096', { keySize: 4096 }],
    ['ECDSA P-256 (not an RSA size)', { keyAlgorithm: 'ECDSA', keySize: 256 }],
    ['unknown size', { keySize: null }],
  ])('valid: %s', (_name, overrides) => {
    expect(run(overrides as Partial<InspectedCertificate>)).toEqual([]);
  });

  it.each([
    ['RSA 1024', 1024],
    ['RSA 2047', 2047],
  ])('invalid: %s', (_name, keySize) => {
    expect(run({ keySize })).toEqual([
      { ruleId: 'certificate-key-size', severity: 'error', params: { certificate: 'mbx01.contoso.com', keySize, minimum: 2048 } },
    ]);
  });
});

/** A plain certificate description for rule tables: a correct mbx01 certificate, changed by `overrides`. */
import type { InspectedCertificate } from '../../../src/domain/certificates/types.ts';

export function described(overrides: Partial<InspectedCertificate> = {}): InspectedCertificate {
  return {
    thumbprint: 'A'.repeat(40),
    subject: 'CN=mbx01.contoso.com',
    commonName: 'mbx01.contoso.com',
    san: ['mbx01.contoso.com'],
    issuer: 'CN=Contoso Root CA, DC=contoso, DC=com',
    serialNumber: '01',
    notBefore: '2026-01-01T00:00:00.000Z',
    notAfter: '2028-01-01T00:00:00.000Z',
    keyAlgorithm: 'RSA',
    keySize: 2048,
    extendedKeyUsages: ['1.3.6.1.5.5.7.3.1'],
    serverAuthentication: true,
    selfSigned: false,
    certificateAuthority: false,
    chain: [],
    chainEndsAtRoot: false,
    source: { file: 'mbx01.cer', index: 0 },
    ...overrides,
  };
}

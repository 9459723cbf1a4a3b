import { describe, expect, it } from 'vitest';
import { checkCertificates } from '../../../src/domain/certificates/check.ts';
import { useCertificate } from '../../../src/domain/certificates/use.ts';
import { checkProfile } from '../../../src/domain/check.ts';
import { exampleProfile, loadProfile } from '../../../src/domain/profile/index.ts';
import { generateAll } from '../../../src/domain/runbook/index.ts';
import { described } from './described.ts';

const changeDate = new Date('2026-12-12');
const shared = ['cas01.contoso.com', 'mbx01.contoso.com', 'mbx02.contoso.com'];

describe('useCertificate', () => {
  const certificate = described({
    thumbprint: 'D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3',
    subject: 'CN=cas01.contoso.com, O=Contoso',
    commonName: 'cas01.contoso.com',
    san: shared,
    notAfter: '2028-03-01T12:00:00.000Z',
  });
  const [report] = checkCertificates(exampleProfile, [certificate], { changeDate });

  it('fills the entry it stands for: name kept, subject, SANs, servers, issuer, expiry, thumbprint', () => {
    const before = structuredClone(exampleProfile);
    const profile = useCertificate(exampleProfile, certificate, report!);
    expect(exampleProfile).toEqual(before);
    expect(profile.certificates).toHaveLength(exampleProfile.certificates.length);
    expect(profile.certificates[0]).toEqual({
      name: 'Contoso Exchange UM',
      servers: shared,
      subject: 'CN=cas01.contoso.com, O=Contoso',
      san: shared,
      issuer: 'CN=Contoso Root CA, DC=contoso, DC=com',
      thumbprint: 'D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3',
      notAfter: '2028-03-01',
    });
    expect(profile.certificates.slice(1)).toEqual(exampleProfile.certificates.slice(1));
  });

  it('gives a profile that still loads and checks clean, whose runbook enables and verifies by thumbprint', () => {
    const profile = useCertificate(exampleProfile, certificate, report!);
    expect(loadProfile(JSON.stringify(profile)).ok).toBe(true);
    expect(checkProfile(profile).filter((f) => f.severity !== 'info')).toEqual([]);
    const enable = generateAll(profile).filter((c) => c.step === 'enable-um-certificates');
    expect(enable.map((c) => c.text).every((t) => t.includes("-Thumbprint D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3"))).toBe(true);
  });

  it('adds an entry when the certificate stands for none', () => {
    const gateway = described({ thumbprint: 'B'.repeat(40), subject: 'CN=med02.contoso.com', commonName: 'med02.contoso.com', san: ['med02.contoso.com'] });
    const [r] = checkCertificates(exampleProfile, [gateway], { changeDate });
    const profile = useCertificate(exampleProfile, gateway, r!);
    expect(profile.certificates).toHaveLength(exampleProfile.certificates.length + 1);
    expect(profile.certificates.at(-1)).toMatchObject({ name: 'med02.contoso.com', servers: [], thumbprint: 'B'.repeat(40) });
  });
});

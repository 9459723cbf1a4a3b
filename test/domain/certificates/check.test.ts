/**
 * The certificate inspector end to end in the domain: certificates generated here with
 * @peculiar/x509, read by read.ts, checked against the Contoso example profile (Exchange 2013,
 * cas01 Client Access, mbx01/mbx02 Mailbox, two Lync pools, med01: row T4).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCertificates, type CertificateReport } from '../../../src/domain/certificates/check.ts';
import { readCertificateFiles } from '../../../src/domain/certificates/read.ts';
import type { CertificateFile } from '../../../src/domain/certificates/types.ts';
import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';
import { makeCertificate, makePfx, makeRoot, type Issued, type LeafOptions } from './fixtures.ts';

const changeDate = new Date('2026-12-12T08:00:00Z');
const shared = ['cas01.contoso.com', 'mbx01.contoso.com', 'mbx02.contoso.com'];

let root: Issued;
let otherRoot: Issued;
let intermediate: Issued;

beforeAll(async () => {
  root = await makeRoot();
  otherRoot = await makeRoot('CN=Fabrikam Public CA, O=Fabrikam');
  intermediate = await makeCertificate({ subject: 'CN=Contoso Issuing CA 1, DC=contoso, DC=com', issuer: root, ca: true, eku: null });
});

async function inspect(files: CertificateFile[], profile: Profile = exampleProfile): Promise<CertificateReport[]> {
  const reading = await readCertificateFiles(files);
  expect(reading.problems).toEqual([]);
  return checkCertificates(profile, reading.certificates, { changeDate });
}

async function inspectOne(options: Partial<LeafOptions>, profile?: Profile): Promise<CertificateReport> {
  const leaf = await makeCertificate({ subject: 'CN=cas01.contoso.com', san: shared, issuer: root, ...options });
  const reports = await inspect([{ name: 'leaf.cer', bytes: leaf.der }, { name: 'root.cer', bytes: root.der }], profile);
  expect(reports).toHaveLength(1);
  return reports[0]!;
}

/** Problems only (errors and warnings), as [ruleId, variant]. */
const problems = (report: CertificateReport) =>
  report.findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.params.variant ?? null]);

describe('checkCertificates', () => {
  it('a correct shared server certificate: no problem, serves every Exchange server, row T4, matches the profile entry', async () => {
    const report = await inspectOne({});
    expect(problems(report)).toEqual([]);
    expect(report.servers).toEqual(shared);
    expect(report.profileIndex).toBe(0);
    expect(report.findings.filter((f) => f.severity === 'info').map((f) => [f.ruleId, f.params.variant])).toEqual([
      ['certificate-serves-servers', 'some'],
      ['certificate-topology', 'T4'],
    ]);
  });

  it('a SAN list missing one of the servers the entry is meant for', async () => {
    const report = await inspectOne({ san: ['cas01.contoso.com', 'mbx01.contoso.com'] });
    expect(problems(report)).toEqual([['certificate-san-covers-servers', null]]);
    expect(report.findings.find((f) => f.ruleId === 'certificate-san-covers-servers')!.params).toMatchObject({ server: 'mbx02.contoso.com' });
    expect(report.servers).toEqual(['cas01.contoso.com', 'mbx01.contoso.com']);
  });

  it('matches servers without regard to case', async () => {
    const report = await inspectOne({ subject: 'CN=CAS01.Contoso.COM', san: shared.map((s) => s.toUpperCase()) });
    expect(report.servers).toEqual(shared);
    expect(problems(report)).toEqual([]);
  });

  it('a wildcard subject: refused for UM, serves no Exchange server', async () => {
    const report = await inspectOne({ subject: 'CN=*.contoso.com', san: ['*.contoso.com'] });
    expect(problems(report)).toContainEqual(['certificate-subject-no-wildcard', null]);
    expect(report.servers.filter((s) => shared.includes(s))).toEqual([]);
  });

  it('a wildcard SAN entry beside a server subject is accepted', async () => {
    const report = await inspectOne({ subject: 'CN=cas01.contoso.com', san: ['cas01.contoso.com', '*.contoso.com'] });
    expect(problems(report)).toEqual([]);
    expect(report.servers).toEqual(expect.arrayContaining(shared));
  });

  it('a self-signed certificate', async () => {
    const self = await makeCertificate({ subject: 'CN=mbx01.contoso.com', san: ['mbx01.contoso.com'] });
    const [report] = await inspect([{ name: 'self.cer', bytes: self.der }]);
    expect(problems(report!)).toContainEqual(['certificate-not-self-signed', null]);
  });

  it('a self-signed server certificate marked CA (openssl req -x509) is still checked; a root CA read for the chain is not', async () => {
    const self = await makeCertificate({ subject: 'CN=mbx01.contoso.com', san: ['mbx01.contoso.com'], ca: true });
    const reports = await inspect([{ name: 'self.cer', bytes: self.der }, { name: 'root.cer', bytes: root.der }]);
    expect(reports.map((r) => r.servers)).toEqual([['mbx01.contoso.com']]);
    expect(problems(reports[0]!)).toContainEqual(['certificate-not-self-signed', null]);
  });

  it('a certificate without Server Authentication', async () => {
    const report = await inspectOne({ eku: ['1.3.6.1.5.5.7.3.2'] });
    expect(problems(report)).toEqual([['certificate-server-authentication', null]]);
  });

  it('a 1024-bit key', async () => {
    const report = await inspectOne({ bits: 1024 });
    expect(problems(report)).toEqual([['certificate-key-size', null]]);
  });

  it('an expired certificate', async () => {
    const report = await inspectOne({ notBefore: '2024-01-01T00:00:00Z', notAfter: '2026-06-01T00:00:00Z' });
    expect(problems(report)).toEqual([['certificate-validity', 'expired']]);
  });

  it('a certificate expiring within 30 days after the change', async () => {
    const report = await inspectOne({ notBefore: '2026-01-01T00:00:00Z', notAfter: '2026-12-30T00:00:00Z' });
    expect(problems(report)).toEqual([['certificate-validity', 'expiring']]);
    expect(report.findings[0]!.severity).toBe('warning');
  });

  it('a certificate for a host outside the profile', async () => {
    const report = await inspectOne({ subject: 'CN=www.fabrikam.com', san: ['www.fabrikam.com'] });
    expect(report.servers).toEqual([]);
    expect(problems(report)).toContainEqual(['certificate-serves-servers', 'none']);
  });

  describe('issuer = the CA of the Lync certificates, when a Lync certificate is given', () => {
    it('same root, through an intermediate on the Exchange side: no problem', async () => {
      const exchange = await makeCertificate({ subject: 'CN=cas01.contoso.com', san: shared, issuer: intermediate });
      const lync = await makeCertificate({ subject: 'CN=lyncpool-paris.contoso.com', san: ['lyncpool-paris.contoso.com'], issuer: root });
      const reports = await inspect([
        { name: 'exchange.cer', bytes: exchange.der },
        { name: 'lync.cer', bytes: lync.der },
        { name: 'intermediate.cer', bytes: intermediate.der },
        { name: 'root.cer', bytes: root.der },
      ]);
      const exchangeReport = reports.find((r) => r.servers.includes('cas01.contoso.com'))!;
      expect(problems(exchangeReport)).toEqual([]);
    });

    it('another CA: the Exchange certificate breaks row T4', async () => {
      const exchange = await makeCertificate({ subject: 'CN=cas01.contoso.com', san: shared, issuer: otherRoot });
      const lync = await makeCertificate({ subject: 'CN=lyncpool-paris.contoso.com', san: ['lyncpool-paris.contoso.com'], issuer: root });
      const reports = await inspect([
        { name: 'exchange.cer', bytes: exchange.der },
        { name: 'lync.cer', bytes: lync.der },
      ]);
      const exchangeReport = reports.find((r) => r.servers.includes('cas01.contoso.com'))!;
      expect(problems(exchangeReport)).toContainEqual(['certificate-topology', 'same-root-as-lync']);
      const lyncReport = reports.find((r) => r.servers.includes('lyncpool-paris.contoso.com'))!;
      expect(problems(lyncReport).filter(([id]) => id === 'certificate-topology')).toEqual([]);
    });
  });

  describe('one row of the certificate table per topology', () => {
    const rows: Array<[string, (p: Profile) => void]> = [
      [
        'T1',
        (p) => {
          p.exchange.servers = [{ fqdn: 'cas01.contoso.com', roles: ['ClientAccess', 'Mailbox'] }];
          p.lync.pools = [];
        },
      ],
      ['T2', (p) => void (p.lync.pools = [])],
      ['T3', (p) => void (p.exchange.version = '2016')],
      ['T4', () => {}],
    ];
    it.each(rows)('%s', async (row, change) => {
      const profile = structuredClone(exampleProfile);
      change(profile);
      const report = await inspectOne({}, profile);
      expect(report.findings.filter((f) => f.ruleId === 'certificate-topology').map((f) => f.params.variant)).toEqual([row]);
    });

    it('T2: a Client Access certificate from another CA than the Mailbox ones breaks the row', async () => {
      const profile = structuredClone(exampleProfile);
      profile.lync.pools = [];
      // One certificate per side: the Client Access one read from the file, the Mailbox one typed.
      profile.certificates[0] = { ...profile.certificates[0]!, servers: ['cas01.contoso.com'], san: ['cas01.contoso.com'] };
      profile.certificates.push({ name: 'Mailbox', servers: ['mbx01.contoso.com', 'mbx02.contoso.com'], subject: 'CN=mbx01.contoso.com', san: ['mbx01.contoso.com', 'mbx02.contoso.com'], issuer: profile.certificates[0]!.issuer });
      const report = await inspectOne({ subject: 'CN=cas01.contoso.com', san: ['cas01.contoso.com'], issuer: otherRoot }, profile);
      expect(problems(report)).toContainEqual(['certificate-topology', 'matching-certificates-on-cas-and-mailbox']);
    });
  });

  it('reads a PFX with the right password, and the thumbprint matches the profile entry on the next read', async () => {
    const leaf = await makeCertificate({ subject: 'CN=cas01.contoso.com', san: shared, issuer: root });
    const pfx = await makePfx([leaf, root], 'p@ss');
    const reports = await inspect([{ name: 'cas01.pfx', bytes: pfx, password: 'p@ss' }]);
    expect(reports).toHaveLength(1);
    expect(problems(reports[0]!)).toEqual([]);
    const wrong = await readCertificateFiles([{ name: 'cas01.pfx', bytes: pfx, password: 'nope' }]);
    expect(checkCertificates(exampleProfile, wrong.certificates, { changeDate })).toEqual([]);
    expect(wrong.problems.map((p) => p.code)).toEqual(['wrong-password']);
  });
});

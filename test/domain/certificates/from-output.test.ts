/**
 * Certificates read from pasted `Get-ExchangeCertificate | Format-List` and `Get-CsCertificate`
 * output (shaped like Microsoft's reference examples and the lab's own output), then checked
 * against the Contoso example profile like certificates read from files.
 */
import { describe, expect, it } from 'vitest';
import { checkCertificates, type CertificateReport } from '../../../src/domain/certificates/check.ts';
import { pasteDateOrder, readCertificateOutput, readPrintedDate } from '../../../src/domain/certificates/from-output.ts';
import { describeCertificate, formatReadProblem } from '../../../src/domain/certificates/present.ts';
import { readCertificateFiles } from '../../../src/domain/certificates/read.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { parseFormatList } from '../../../src/domain/output/index.ts';
import { Tab, text as labText } from '../lab/helpers.ts';
import { bytesOf, makeCertificate } from './fixtures.ts';

const changeDate = new Date('2026-12-12T08:00:00Z');
const problems = (report: CertificateReport) => report.findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.params.variant ?? null]);

const UM = '3F2A9C0E5B7D41A86C2E0F9B7A5D3C1E8F6A4B2D';
const SETUP = '5FC2CE1E60C2CFB15DC2CAF85EC2CC8B63C2D46A';
const LYNC = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';

/** Two certificates, en-US culture, CRLF, the SAN list wrapped at the console width, a prompt line. */
const exchangeEnUs = [
  '[PS] C:\\Windows\\system32>Get-ExchangeCertificate -Server cas01 | Format-List',
  '',
  '',
  'AccessRules        : {System.Security.AccessControl.CryptoKeyAccessRule, System.Security.AccessControl.CryptoKeyAccessRule}',
  'CertificateDomains : {cas01.contoso.com, mbx01.contoso.com,',
  '                     mbx02.contoso.com}',
  'HasPrivateKey      : True',
  'IsSelfSigned       : False',
  'Issuer             : CN=Contoso Root CA, DC=contoso, DC=com',
  'NotAfter           : 12/31/2027 11:59:59 PM',
  'NotBefore          : 1/2/2026 8:00:00 AM',
  'PublicKeySize      : 2048',
  'RootCAType         : Enterprise',
  'SerialNumber       : 6100000012A3B4C5D6E7F800000000012',
  'Services           : IMAP, POP, IIS, SMTP, UM, UMCallRouter',
  'Status             : Valid',
  'Subject            : CN=cas01.contoso.com',
  `Thumbprint         : ${UM}`,
  'FriendlyName       : Contoso Exchange UM',
  '',
  'AccessRules        : {System.Security.AccessControl.CryptoKeyAccessRule}',
  'CertificateDomains : {cas01, cas01.contoso.com}',
  'HasPrivateKey      : True',
  'IsSelfSigned       : True',
  'Issuer             : CN=cas01',
  'NotAfter           : 3/4/2029 10:15:00 AM',
  'NotBefore          : 3/4/2024 10:15:00 AM',
  'PublicKeySize      : 2048',
  'RootCAType         : Registry',
  'SerialNumber       : 1A2B3C4D5E6F7A8B',
  'Services           : IMAP, POP, SMTP',
  'Status             : Valid',
  'Subject            : CN=cas01',
  `Thumbprint         : ${SETUP}`,
  'FriendlyName       : Microsoft Exchange',
  '',
].join('\r\n');

/** The same UM certificate printed by a French server: day first, 24-hour clock. */
const exchangeFrFr = exchangeEnUs
  .replace('12/31/2027 11:59:59 PM', '31/12/2027 23:59:59')
  .replace('1/2/2026 8:00:00 AM', '02/01/2026 08:00:00')
  .replace('3/4/2029 10:15:00 AM', '04/03/2029 10:15:00')
  .replace('3/4/2024 10:15:00 AM', '04/03/2024 10:15:00');

const lyncOutput = [
  'PS C:\\> Get-CsCertificate',
  '',
  'Issuer           : CN=Contoso Root CA, DC=contoso, DC=com',
  'NotAfter         : 6/21/2028 2:46:16 PM',
  'NotBefore        : 6/22/2025 2:46:16 PM',
  'SerialNumber     : 611BB01200000000000B',
  'Subject          : CN=lyncpool-lyon.contoso.com',
  'AlternativeNames : {sip.contoso.com, lyncpool-lyon.contoso.com, lyncfe01.contoso.com,',
  '                   meet.contoso.com...}',
  `Thumbprint       : ${LYNC}`,
  'Use              : Default',
  '',
].join('\n');

describe('readCertificateOutput', () => {
  it('reads every certificate of Get-ExchangeCertificate | Format-List, CRLF and wrapped SANs included', () => {
    const reading = readCertificateOutput(exchangeEnUs, 'paste');
    expect(reading.problems).toEqual([]);
    expect(reading.certificates.map((c) => c.thumbprint)).toEqual([UM, SETUP]);
    const um = reading.certificates[0]!;
    expect(um).toMatchObject({
      subject: 'CN=cas01.contoso.com',
      commonName: 'cas01.contoso.com',
      san: ['cas01.contoso.com', 'mbx01.contoso.com', 'mbx02.contoso.com'],
      issuer: 'CN=Contoso Root CA, DC=contoso, DC=com',
      notBefore: '2026-01-02T08:00:00.000Z',
      notAfter: '2027-12-31T23:59:59.000Z',
      keySize: 2048,
      selfSigned: false,
      serialNumber: '6100000012A3B4C5D6E7F800000000012',
      source: { file: 'paste', index: 0 },
      fromOutput: { cmdlet: 'Get-ExchangeCertificate' },
    });
    // What the output does not print is unknown, never invented.
    expect(um.fromOutput!.unknown.sort()).toEqual(['certificateAuthority', 'chain', 'extendedKeyUsages', 'keyAlgorithm']);
    expect(um.keyAlgorithm).toBe('');
    expect(reading.certificates[1]).toMatchObject({ selfSigned: true, notAfter: '2029-03-04T10:15:00.000Z', san: ['cas01', 'cas01.contoso.com'] });
  });

  it('reads French dates (day first, 24-hour clock) to the same instants', () => {
    const en = readCertificateOutput(exchangeEnUs, 'paste').certificates;
    const fr = readCertificateOutput(exchangeFrFr, 'paste').certificates;
    expect(fr.map((c) => [c.notBefore, c.notAfter])).toEqual(en.map((c) => [c.notBefore, c.notAfter]));
  });

  it('reads Get-CsCertificate: AlternativeNames as SANs, cut short by $FormatEnumerationLimit; self-signed unknown', () => {
    const [lync] = readCertificateOutput(lyncOutput, 'lync').certificates;
    expect(lync).toMatchObject({
      thumbprint: LYNC,
      commonName: 'lyncpool-lyon.contoso.com',
      san: ['sip.contoso.com', 'lyncpool-lyon.contoso.com', 'lyncfe01.contoso.com', 'meet.contoso.com'],
      notAfter: '2028-06-21T14:46:16.000Z',
      serialNumber: '611BB01200000000000B',
      keySize: null,
      fromOutput: { cmdlet: 'Get-CsCertificate' },
    });
    expect(lync!.fromOutput!.unknown).toEqual(expect.arrayContaining(['san', 'selfSigned', 'keySize']));
  });

  it('reads the lab’s own Get-ExchangeCertificate | Format-List (ISO dates, no NotBefore)', () => {
    const tab = new Tab();
    const printed = labText(tab.ok('Get-ExchangeCertificate -Server mbx01 | Format-List'));
    const lab = tab.lab.exchange.servers.find((s) => s.fqdn === 'mbx01.contoso.com')!.certificates[0]!;
    const [certificate] = readCertificateOutput(printed, 'lab').certificates;
    expect(certificate).toMatchObject({
      thumbprint: lab.thumbprint,
      subject: lab.subject,
      issuer: lab.issuer,
      san: lab.certificateDomains,
      selfSigned: lab.selfSigned,
      notAfter: `${lab.notAfter}T00:00:00.000Z`,
    });
    expect(certificate!.fromOutput!.unknown).toContain('notBefore');
  });

  it.each([
    ['another cmdlet’s list', 'Name    : ParisSIP\nURIType : SipName\n', 'output-not-certificates'],
    ['an error record', "Get-ExchangeCertificate : The operation couldn't be performed because object 'x' couldn't be found.\n    + CategoryInfo          : NotSpecified: (:) [Get-ExchangeCertificate], ManagementObjectNotFoundException\n    + FullyQualifiedErrorId : 4D1E1AF6,Microsoft.Exchange.Management.SystemConfigurationTasks.GetExchangeCertificate\n", 'output-error-record'],
    ['garbage', 'qwerty uiop\n%%%% ¤¤¤ 12 34\n', 'output-not-certificates'],
    ['10 MB of text', 'Thumbprint : AB\n'.repeat(700_000), 'output-unreadable'],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004', 'output-unreadable'],
    ['empty', '  \r\n ', 'output-unreadable'],
    ['the default table', `Thumbprint                                Services   Subject\n----------                                --------   -------\n${UM}  ...U...    CN=cas01.contoso.com\n`, 'output-table'],
  ])('%s gives a coded problem, never throws', (_label, text, code) => {
    const reading = readCertificateOutput(text, 'paste');
    expect(reading.certificates).toEqual([]);
    expect(reading.problems.map((p) => p.code)).toEqual([code]);
    // Worded in both languages (a missing key would throw or print the key).
    for (const lang of ['en', 'fr'] as const) expect(formatReadProblem(reading.problems[0]!, lang)).toContain('paste');
  });

  it('skips an object whose thumbprint is not 40 hex digits, with its line', () => {
    const reading = readCertificateOutput(exchangeEnUs.replace(SETUP, 'NOT-A-THUMBPRINT'), 'paste');
    expect(reading.certificates.map((c) => c.thumbprint)).toEqual([UM]);
    expect(reading.problems).toEqual([{ file: 'paste', code: 'output-no-thumbprint', params: { line: 21 } }]);
  });
});

describe('printed dates', () => {
  it.each([
    ['12/31/2027 11:59:59 PM', 'month-first', '2027-12-31T23:59:59.000Z'],
    ['1/2/2026 12:30:00 AM', 'month-first', '2026-01-02T00:30:00.000Z'],
    ['31/12/2027 23:59:59', 'day-first', '2027-12-31T23:59:59.000Z'],
    ['02/01/2026 08:00:00', 'day-first', '2026-01-02T08:00:00.000Z'],
    ['31.12.2027 23:59:59', null, '2027-12-31T23:59:59.000Z'],
    ['2027-12-31', null, '2027-12-31T00:00:00.000Z'],
    ['2027-12-31 23:59:59', null, '2027-12-31T23:59:59.000Z'],
    ['05/05/2027', null, '2027-05-05T00:00:00.000Z'],
    ['02/01/2026', null, null],
    ['31/02/2027 10:00:00', 'day-first', null],
    ['13/31/2027', 'month-first', null],
    ['tomorrow', 'day-first', null],
  ] as const)('%s (%s) → %s', (value, order, expected) => {
    expect(readPrintedDate(value, order)).toBe(expected);
  });

  it('takes the order from the paste: AM/PM is month first, a 24-hour clock day first, disagreement unknown', () => {
    const objects = (...values: string[]) => parseFormatList(values.flatMap((v) => [`NotAfter : ${v}`, ''])).objects;
    expect(pasteDateOrder(objects('3/4/2029 10:15:00 AM'))).toBe('month-first');
    expect(pasteDateOrder(objects('04/03/2029 10:15:00'))).toBe('day-first');
    expect(pasteDateOrder(objects('04/03/2029', '25/03/2029'))).toBe('day-first');
    expect(pasteDateOrder(objects('04/03/2029'))).toBeNull();
    expect(pasteDateOrder(objects('25/03/2029 1:00:00 PM'))).toBeNull();
    // An ambiguous date the paste does not settle is unknown, and the validity check is skipped.
    const [certificate] = readCertificateOutput(`Thumbprint : ${UM}\nSubject : CN=cas01.contoso.com\nIssuer : CN=Contoso Root CA, DC=contoso, DC=com\nNotAfter : 02/01/2026\nServices : UM\n`, 'p').certificates;
    expect(certificate!.fromOutput!.unknown).toContain('notAfter');
    const [report] = checkCertificates(exampleProfile, [certificate!], { changeDate });
    expect(report!.findings.map((f) => f.ruleId)).not.toContain('certificate-validity');
  });
});

describe('checking certificates read from output', () => {
  it('the UM certificate checks like the same certificate read from its file, minus what the output cannot tell', async () => {
    const [um] = readCertificateOutput(exchangeEnUs, 'paste').certificates;
    const [fromOutput] = checkCertificates(exampleProfile, [um!], { changeDate });
    expect(fromOutput!.servers).toEqual(['cas01.contoso.com', 'mbx01.contoso.com', 'mbx02.contoso.com']);
    expect(fromOutput!.profileIndex).toBe(0);
    expect(problems(fromOutput!)).toEqual([]);
    const file = await makeCertificate({ subject: 'CN=cas01.contoso.com', san: ['cas01.contoso.com', 'mbx01.contoso.com', 'mbx02.contoso.com'] });
    const read = await readCertificateFiles([{ name: 'um.cer', bytes: file.der }]);
    const fromFile = checkCertificates(exampleProfile, [{ ...read.certificates[0]!, issuer: um!.issuer, selfSigned: false }], { changeDate })[0]!;
    expect(fromOutput!.findings.map((f) => [f.ruleId, f.severity, f.params.variant])).toEqual(fromFile.findings.map((f) => [f.ruleId, f.severity, f.params.variant]));
  });

  it('unknown EKU is no finding, but a known fact still is: expired, self-signed', () => {
    const expired = exchangeEnUs.replace('12/31/2027 11:59:59 PM', '11/30/2026 11:59:59 PM');
    const [um, setup] = checkCertificates(exampleProfile, readCertificateOutput(expired, 'p').certificates, { changeDate });
    expect(problems(um!)).toEqual([['certificate-validity', 'expired']]);
    expect(problems(setup!)).toContainEqual(['certificate-not-self-signed', null]);
    for (const report of [um!, setup!]) expect(report.findings.map((f) => f.ruleId)).not.toContain('certificate-server-authentication');
  });

  it('a SAN list cut short by the shell proves no server missing', () => {
    const [lync] = readCertificateOutput(lyncOutput, 'lync').certificates;
    const profile = structuredClone(exampleProfile);
    profile.certificates[2]!.san = ['lyncpool-lyon.contoso.com', 'lyncfe99.contoso.com'];
    const [report] = checkCertificates(profile, [lync!], { changeDate });
    expect(report!.findings.map((f) => f.ruleId)).not.toContain('certificate-san-covers-servers');
    expect(report!.servers).toEqual(['lyncpool-lyon.contoso.com']);
  });

  it('the lab’s setup certificate round-trips into the findings its facts imply', () => {
    const tab = new Tab();
    const printed = labText(tab.ok('Get-ExchangeCertificate -Server mbx01 | Format-List'));
    const [report] = checkCertificates(exampleProfile, readCertificateOutput(printed, 'lab').certificates, { changeDate });
    // CN=mbx01 is self-signed (C-10), is not the server's FQDN, and serves mbx01 through its SAN.
    expect(report!.servers).toEqual(['mbx01.contoso.com']);
    expect(problems(report!)).toContainEqual(['certificate-not-self-signed', null]);
    expect(report!.findings.map((f) => f.ruleId)).toContain('certificate-subject-is-server-fqdn');
    expect(report!.findings.map((f) => f.ruleId)).not.toContain('certificate-validity');
    expect(report!.findings.map((f) => f.ruleId)).not.toContain('certificate-server-authentication');
  });

  it('says where the facts come from and which are unknown, in both languages', () => {
    const [um] = readCertificateOutput(exchangeEnUs, 'paste').certificates;
    const en = Object.fromEntries(describeCertificate(um!, new Map(), null, 'en'));
    expect(en['Read from']).toContain('Get-ExchangeCertificate');
    expect(en['Enhanced Key Usage']).toBe('unknown (not in the pasted output)');
    expect(en['Key']).toBe('2048 bits (algorithm not in the pasted output)');
    expect(en['Chain']).toBe('unknown (not in the pasted output)');
    const fr = describeCertificate(um!, new Map(), null, 'fr').map(([, v]) => v);
    expect(fr).toContain('inconnu (absent de la sortie collée)');
  });
});

describe('readCertificateFiles with pasted output', () => {
  it('reads a text file of output (UTF-8 or the UTF-16 of Out-File) beside certificate files', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...lyncOutput].map((c) => c.charCodeAt(0))).buffer)]);
    const reading = await readCertificateFiles([
      { name: 'exchange.txt', bytes: bytesOf(exchangeFrFr) },
      { name: 'lync.txt', bytes: utf16 },
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.certificates.map((c) => [c.thumbprint, c.source.file])).toEqual([
      [UM, 'exchange.txt'],
      [SETUP, 'exchange.txt'],
      [LYNC, 'lync.txt'],
    ]);
  });

  it('another cmdlet’s output in a file is said to be such, not "not a certificate"', async () => {
    const reading = await readCertificateFiles([{ name: 'x.txt', bytes: bytesOf('Name    : ParisSIP\r\nURIType : SipName\r\n') }]);
    expect(reading.problems.map((p) => p.code)).toEqual(['output-not-certificates']);
  });
});

describe('using a certificate read from output', () => {
  it('fills thumbprint, subject, SANs and expiry; keeps what the output did not give', async () => {
    const { useCertificate } = await import('../../../src/domain/certificates/use.ts');
    const [um] = readCertificateOutput(exchangeEnUs, 'paste').certificates;
    const [report] = checkCertificates(exampleProfile, [um!], { changeDate });
    const entry = useCertificate(exampleProfile, um!, report!).certificates[0]!;
    expect(entry).toMatchObject({ thumbprint: UM, notAfter: '2027-12-31', san: ['cas01.contoso.com', 'mbx01.contoso.com', 'mbx02.contoso.com'] });
    expect(entry.selfSigned).toBeUndefined();

    const profile = structuredClone(exampleProfile);
    profile.certificates[2]!.notAfter = '2028-06-01';
    profile.certificates[2]!.san = ['lyncpool-lyon.contoso.com', 'dialin.contoso.com'];
    const undated = lyncOutput.replace('6/21/2028 2:46:16 PM', 'someday');
    const [lync] = readCertificateOutput(undated, 'lync').certificates;
    const [lyncReport] = checkCertificates(profile, [lync!], { changeDate });
    const lyncEntry = useCertificate(profile, lync!, lyncReport!).certificates[2]!;
    expect(lyncEntry.thumbprint).toBe(LYNC);
    expect(lyncEntry.notAfter).toBe('2028-06-01');
    // The SAN list was cut by the shell: the entry's names are kept beside those printed.
    expect(lyncEntry.san).toEqual(['sip.contoso.com', 'lyncpool-lyon.contoso.com', 'lyncfe01.contoso.com', 'meet.contoso.com', 'dialin.contoso.com']);
  });
});

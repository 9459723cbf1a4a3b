/** `passerelle cert` through the real bin: certificates generated here, written to a scratch folder. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.mjs';
import { makeCertificate, makePfx, makeRoot } from '../domain/certificates/fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'src/domain/profile/example.json');
const scratch = mkdtempSync(join(tmpdir(), 'passerelle-cert-'));
// The CLI as `npm install` leaves it (see cli.test.ts): the real bin beside a dist-cli/ built from
// the current sources, in a folder without node_modules, so the x509 libraries must be in the bundle.
const installed = join(scratch, 'installed');
const bin = join(installed, 'bin/passerelle.mjs');
const password = 'Tr0ub4dor&3 pfx';
const shared = ['cas01.contoso.com', 'mbx01.contoso.com', 'mbx02.contoso.com'];

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, LANG: 'C', LC_ALL: '', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
};

let good: string;
let weak: string;
let pfx: string;
let passwordFile: string;
let thumbprint: string;

beforeAll(async () => {
  mkdirSync(join(installed, 'bin'), { recursive: true });
  copyFileSync(join(root, 'bin/passerelle.mjs'), bin);
  writeFileSync(join(installed, 'package.json'), JSON.stringify({ type: 'module' }));
  await buildCli({ outdir: join(installed, 'dist-cli') });
  const ca = await makeRoot();
  const server = await makeCertificate({ subject: 'CN=cas01.contoso.com', san: shared, issuer: ca });
  const weakKey = await makeCertificate({ subject: 'CN=mbx01.contoso.com', san: ['mbx01.contoso.com'], issuer: ca, bits: 1024 });
  good = file('cas01.pem', `${server.pem}\n${ca.pem}`);
  weak = file('weak.cer', weakKey.der);
  pfx = file('cas01.pfx', await makePfx([server, ca], password));
  passwordFile = file('password.txt', `${password}\n`);
  thumbprint = Buffer.from(await server.certificate.getThumbprint('SHA-1')).toString('hex').toUpperCase();
}, 120_000);

describe('passerelle cert (the real bin)', { timeout: 30_000 }, () => {
  it('exit 0 for a correct certificate, described with its thumbprint and the servers it serves', async () => {
    const result = await run(['cert', good, '--profile', example, '--change-date', '2026-12-12']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(thumbprint);
    expect(result.stdout).toMatch(/Profile servers it can serve\s+cas01\.contoso\.com, mbx01\.contoso\.com, mbx02\.contoso\.com/);
    expect(result.stdout).toContain('info certificate-topology');
  });

  it('--format json: certificates with diagnostics, problems, in French on request', async () => {
    const result = await run(['cert', good, weak, '--profile', example, '--change-date', '2026-12-12', '--format', 'json', '--lang', 'fr']);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.problems).toEqual([]);
    const cas = output.certificates.find((c: { thumbprint: string }) => c.thumbprint === thumbprint);
    expect(cas).toMatchObject({ commonName: 'cas01.contoso.com', servers: shared, profileIndex: 0, keySize: 2048 });
    const weakOne = output.certificates.find((c: { keySize: number }) => c.keySize === 1024);
    expect(weakOne.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('certificate-key-size');
    expect(weakOne.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'certificate-key-size').message).toMatch(/^Le certificat mbx01\.contoso\.com a une clé RSA de 1024 bits/);
  });

  it('exit 1 when a certificate has an error finding', async () => {
    const result = await run(['cert', weak, '--change-date', '2026-12-12']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error certificate-key-size');
  });

  it('reads a PFX with the password from --password-file or the environment, never echoing it', async () => {
    const fromFile = await run(['cert', pfx, '--password-file', passwordFile, '--profile', example, '--change-date', '2026-12-12', '--format', 'json']);
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout).certificates.map((c: { thumbprint: string }) => c.thumbprint)).toContain(thumbprint);
    const fromEnv = await run(['cert', pfx, '--change-date', '2026-12-12'], { PASSERELLE_PFX_PASSWORD: password });
    expect(fromEnv.code).toBe(0);
    for (const r of [fromFile, fromEnv]) expect(r.stdout + r.stderr).not.toContain(password);
  });

  it('exit 1 with a clear message for a wrong password, a missing password and a file that is not a certificate', async () => {
    const wrong = await run(['cert', pfx], { PASSERELLE_PFX_PASSWORD: 'not it' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('The password does not open');
    const missing = await run(['cert', pfx]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('protected by a password');
    const junk = await run(['cert', file('notes.txt', 'just some notes')]);
    expect(junk.code).toBe(1);
    expect(junk.stderr).toContain('is not a certificate');
    expect(junk.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it.each([
    [['cert'], /at least one certificate file/],
    [['cert', join(scratch, 'missing.cer')], /cannot read ".*missing\.cer" \(ENOENT\)/],
    [['cert', 'x.cer', '--change-date', 'tomorrow'], /invalid date "tomorrow" for --change-date/],
    [['cert', 'x.cer', '--password', 'secret'], /unknown option "--password"/],
  ])('exit 2 on usage or I/O errors: %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

/** Pasted `Get-ExchangeCertificate | Format-List` output, French culture, saved as a text file or piped. */
const exchangeOutput = [
  'CertificateDomains : {cas01.contoso.com, mbx01.contoso.com,',
  '                     mbx02.contoso.com}',
  'HasPrivateKey      : True',
  'IsSelfSigned       : False',
  'Issuer             : CN=Contoso Root CA, DC=contoso, DC=com',
  'NotAfter           : 31/12/2027 23:59:59',
  'NotBefore          : 02/01/2026 08:00:00',
  'PublicKeySize      : 2048',
  'Services           : IMAP, POP, IIS, SMTP, UM, UMCallRouter',
  'Subject            : CN=cas01.contoso.com',
  'Thumbprint         : 3F2A9C0E5B7D41A86C2E0F9B7A5D3C1E8F6A4B2D',
  '',
  'IsSelfSigned       : True',
  'Issuer             : CN=cas01',
  'NotAfter           : 04/03/2029 10:15:00',
  'PublicKeySize      : 1024',
  'Subject            : CN=cas01',
  'Thumbprint         : 5FC2CE1E60C2CFB15DC2CAF85EC2CC8B63C2D46A',
  '',
].join('\r\n');

function runWithStdin(args: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, LANG: 'C', LC_ALL: '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin!.end(input);
  });
}

describe('passerelle cert on pasted shell output (the real bin)', { timeout: 30_000 }, () => {
  it('reads a text file of Get-ExchangeCertificate | Format-List: facts, unknowns said, findings, exit 1 for the self-signed one', async () => {
    const result = await run(['cert', file('exchange.txt', exchangeOutput), '--profile', example, '--change-date', '2026-12-12']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('3F2A9C0E5B7D41A86C2E0F9B7A5D3C1E8F6A4B2D');
    expect(result.stdout).toMatch(/Read from\s+pasted Get-ExchangeCertificate output/);
    expect(result.stdout).toMatch(/Enhanced Key Usage\s+unknown \(not in the pasted output\)/);
    expect(result.stdout).toContain('from 2026-01-02 to 2027-12-31');
    expect(result.stdout).toContain('certificate-not-self-signed');
    expect(result.stdout).not.toContain('certificate-server-authentication');
  });

  it('reads `-` (standard input) the same way, with --format json and French messages', async () => {
    const result = await runWithStdin(['cert', '-', '--profile', example, '--change-date', '2026-12-12', '--format', 'json', '--lang', 'fr'], exchangeOutput);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.problems).toEqual([]);
    const [um, setup] = json.certificates;
    expect(um).toMatchObject({
      thumbprint: '3F2A9C0E5B7D41A86C2E0F9B7A5D3C1E8F6A4B2D',
      notAfter: '2027-12-31T23:59:59.000Z',
      servers: ['cas01.contoso.com', 'mbx01.contoso.com', 'mbx02.contoso.com'],
      fromOutput: { cmdlet: 'Get-ExchangeCertificate' },
    });
    expect(um.diagnostics.filter((d: { severity: string }) => d.severity !== 'info')).toEqual([]);
    expect(setup.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('certificate-not-self-signed');
  });

  it('exit 1 with a worded problem for another cmdlet’s output or an error record', async () => {
    const other = await run(['cert', file('dialplan.txt', 'Name    : ParisSIP\r\nURIType : SipName\r\n'), '--lang', 'fr']);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('ne contient aucun certificat');
    const error = await runWithStdin(['cert', '-'], "Get-ExchangeCertificate : The operation couldn't be performed.\n    + CategoryInfo          : NotSpecified: (:) [], Exception\n    + FullyQualifiedErrorId : 1,Get-ExchangeCertificate\n");
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('is a PowerShell error');
  });
});

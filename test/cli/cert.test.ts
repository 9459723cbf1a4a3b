/** `passerelle cert` through the real bin: certificates generated here, written to a scratch folder. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCertificate, makePfx, makeRoot } from '../domain/certificates/fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/passerelle.mjs');
const example = join(root, 'src/domain/profile/example.json');
const scratch = mkdtempSync(join(tmpdir(), 'passerelle-cert-'));
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
  const ca = await makeRoot();
  const server = await makeCertificate({ subject: 'CN=cas01.contoso.com', san: shared, issuer: ca });
  const weakKey = await makeCertificate({ subject: 'CN=mbx01.contoso.com', san: ['mbx01.contoso.com'], issuer: ca, bits: 1024 });
  good = file('cas01.pem', `${server.pem}\n${ca.pem}`);
  weak = file('weak.cer', weakKey.der);
  pfx = file('cas01.pfx', await makePfx([server, ca], password));
  passwordFile = file('password.txt', `${password}\n`);
  thumbprint = Buffer.from(await server.certificate.getThumbprint('SHA-1')).toString('hex').toUpperCase();
}, 60_000);

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

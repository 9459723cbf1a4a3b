import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCertificateFiles } from '../../../src/domain/certificates/read.ts';
import { MAX_CERTIFICATE_FILE_BYTES, SERVER_AUTHENTICATION_OID } from '../../../src/domain/certificates/types.ts';
import { bytesOf, makeCertificate, makeP7b, makePfx, makeRoot, type Issued } from './fixtures.ts';

let root: Issued;
let intermediate: Issued;
let server: Issued;
let issuedByIntermediate: Issued;

beforeAll(async () => {
  root = await makeRoot();
  intermediate = await makeCertificate({ subject: 'CN=Contoso Issuing CA 1, DC=contoso, DC=com', issuer: root, ca: true, eku: null });
  server = await makeCertificate({ subject: 'CN=mbx01.contoso.com', san: ['mbx01.contoso.com', 'cas01.contoso.com'], issuer: root });
  issuedByIntermediate = await makeCertificate({ subject: 'CN=cas01.contoso.com', san: ['cas01.contoso.com'], issuer: intermediate });
});

const sha1 = (der: Uint8Array) => createHash('sha1').update(der).digest('hex').toUpperCase();

describe('readCertificateFiles', () => {
  it('describes a DER certificate as Exchange would', async () => {
    const { certificates, problems } = await readCertificateFiles([{ name: 'mbx01.cer', bytes: server.der }]);
    expect(problems).toEqual([]);
    expect(certificates).toHaveLength(1);
    const [c] = certificates;
    expect(c!.thumbprint).toBe(sha1(server.der));
    expect(c!.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(c!.commonName).toBe('mbx01.contoso.com');
    expect(c!.san).toEqual(['mbx01.contoso.com', 'cas01.contoso.com']);
    expect(c!.issuer).toBe(root.certificate.subject);
    expect(c!.notAfter).toBe('2028-01-01T00:00:00.000Z');
    expect(c!.keyAlgorithm).toBe('RSA');
    expect(c!.keySize).toBe(2048);
    expect(c!.extendedKeyUsages).toContain(SERVER_AUTHENTICATION_OID);
    expect(c!.serverAuthentication).toBe(true);
    expect(c!.selfSigned).toBe(false);
    expect(c!.certificateAuthority).toBe(false);
    expect(c!.source).toEqual({ file: 'mbx01.cer', index: 0 });
  });

  it('reads several PEM certificates with junk between them, and builds the chain', async () => {
    const text = `Bag Attributes\n  friendlyName: mbx01\n${issuedByIntermediate.pem}\nsome notes here\n${intermediate.pem}\r\n\r\n${root.pem}\ntrailing`;
    const { certificates, problems } = await readCertificateFiles([{ name: 'chain.pem', bytes: bytesOf(text) }]);
    expect(problems).toEqual([]);
    expect(certificates.map((c) => c.commonName)).toEqual(['cas01.contoso.com', 'Contoso Issuing CA 1', 'Contoso Root CA']);
    const [leaf, ca, top] = certificates;
    expect(leaf!.chain).toEqual([ca!.thumbprint, top!.thumbprint]);
    expect(leaf!.chainEndsAtRoot).toBe(true);
    expect(ca!.certificateAuthority).toBe(true);
    expect(top!.selfSigned).toBe(true);
    expect(top!.chain).toEqual([]);
  });

  it('reports an incomplete chain when the intermediate is missing', async () => {
    const { certificates } = await readCertificateFiles([{ name: 'a.pem', bytes: bytesOf(issuedByIntermediate.pem + root.pem) }]);
    expect(certificates[0]!.chain).toEqual([]);
    expect(certificates[0]!.chainEndsAtRoot).toBe(false);
  });

  it('reads a PKCS#7 chain (.p7b), DER and PEM', async () => {
    const p7b = makeP7b([issuedByIntermediate, intermediate, root]);
    const der = await readCertificateFiles([{ name: 'chain.p7b', bytes: p7b }]);
    expect(der.problems).toEqual([]);
    expect(der.certificates).toHaveLength(3);
    const pem = `-----BEGIN PKCS7-----\n${Buffer.from(p7b).toString('base64')}\n-----END PKCS7-----\n`;
    const fromPem = await readCertificateFiles([{ name: 'chain.p7b', bytes: bytesOf(pem) }]);
    expect(fromPem.certificates.map((c) => c.thumbprint).sort()).toEqual(der.certificates.map((c) => c.thumbprint).sort());
  });

  it('reads a base64 .cer without PEM lines', async () => {
    const { certificates } = await readCertificateFiles([{ name: 'b64.cer', bytes: bytesOf(Buffer.from(server.der).toString('base64')) }]);
    expect(certificates[0]!.thumbprint).toBe(sha1(server.der));
  });

  it('counts a certificate given twice once', async () => {
    const { certificates } = await readCertificateFiles([
      { name: 'a.cer', bytes: server.der },
      { name: 'a.pem', bytes: bytesOf(server.pem) },
    ]);
    expect(certificates).toHaveLength(1);
  });

  describe('PKCS#12', () => {
    let pfx: Uint8Array;
    beforeAll(async () => {
      pfx = await makePfx([server, root], 'C0rrect horse!');
    });

    it('opens with the right password', async () => {
      const { certificates, problems } = await readCertificateFiles([{ name: 'mbx01.pfx', bytes: pfx, password: 'C0rrect horse!' }]);
      expect(problems).toEqual([]);
      expect(certificates.map((c) => c.thumbprint).sort()).toEqual([sha1(server.der), sha1(root.der)].sort());
      expect(certificates.find((c) => c.commonName === 'mbx01.contoso.com')!.chainEndsAtRoot).toBe(true);
    });

    it('says the password is wrong, and reads nothing', async () => {
      const { certificates, problems } = await readCertificateFiles([{ name: 'mbx01.pfx', bytes: pfx, password: 'wrong' }]);
      expect(certificates).toEqual([]);
      expect(problems).toEqual([{ file: 'mbx01.pfx', code: 'wrong-password', params: {} }]);
    });

    it('asks for a password when none is given', async () => {
      const { problems } = await readCertificateFiles([{ name: 'mbx01.pfx', bytes: pfx }]);
      expect(problems.map((p) => p.code)).toEqual(['password-required']);
    });

    it('opens a PFX made by OpenSSL with the right password only', async () => {
      const bytes = new Uint8Array(readFileSync(new URL('files/openssl-aes.pfx', import.meta.url)));
      const right = await readCertificateFiles([{ name: 'o.pfx', bytes, password: 'secret' }]);
      expect(right.certificates.map((c) => c.thumbprint)).toEqual(['1DA9668DED4C14C9F5CE7030D75C2C1F2C0EC2F0']);
      const wrong = await readCertificateFiles([{ name: 'o.pfx', bytes, password: 'Secret' }]);
      expect(wrong.problems.map((p) => p.code)).toEqual(['wrong-password']);
    });

    it('says when a PFX uses a protection Web Crypto cannot open (3DES), and tells a wrong password apart', async () => {
      const bytes = new Uint8Array(readFileSync(new URL('files/openssl-3des.pfx', import.meta.url)));
      const right = await readCertificateFiles([{ name: 'w.pfx', bytes, password: 'secret' }]);
      expect(right.problems.map((p) => p.code)).toEqual(['unsupported-protection']);
      const wrong = await readCertificateFiles([{ name: 'w.pfx', bytes, password: 'nope' }]);
      expect(wrong.problems.map((p) => p.code)).toEqual(['wrong-password']);
    });

    it('opens a PFX whose password is empty without asking', async () => {
      const open = await makePfx([server], '');
      const { certificates, problems } = await readCertificateFiles([{ name: 'open.pfx', bytes: open }]);
      expect(problems).toEqual([]);
      expect(certificates).toHaveLength(1);
    });
  });

  describe('bad input never throws', () => {
    it.each([
      ['empty file', new Uint8Array(), 'empty'],
      ['plain text', bytesOf('Hello, this is not a certificate at all.\n'), 'not-a-certificate'],
      ['binary junk', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), 'not-a-certificate'],
      ['a certificate request', bytesOf('-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n'), 'not-a-certificate-block'],
      ['a damaged PEM body', bytesOf('-----BEGIN CERTIFICATE-----\nMIIB!!notbase64\n-----END CERTIFICATE-----\n'), 'corrupt-pem-block'],
    ])('%s', async (_name, bytes, code) => {
      const { certificates, problems } = await readCertificateFiles([{ name: 'x', bytes }]);
      expect(certificates).toEqual([]);
      expect(problems.map((p) => p.code)).toContain(code);
    });

    it('a truncated DER certificate is corrupt', async () => {
      const { certificates, problems } = await readCertificateFiles([{ name: 'cut.cer', bytes: server.der.subarray(0, server.der.length - 40) }]);
      expect(certificates).toEqual([]);
      expect(problems).toEqual([{ file: 'cut.cer', code: 'corrupt-der', params: {} }]);
    });

    it('a DER certificate with flipped bytes is corrupt', async () => {
      const bytes = server.der.slice();
      for (let i = 4; i < 40; i++) bytes[i] = 0xff;
      const { problems } = await readCertificateFiles([{ name: 'bad.cer', bytes }]);
      expect(problems.map((p) => p.code)).toEqual(['corrupt-der']);
    });

    it('a 50 MB file is refused before it is parsed', async () => {
      const bytes = new Uint8Array(50 * 1024 * 1024);
      const { problems } = await readCertificateFiles([{ name: 'huge.cer', bytes }]);
      expect(problems).toEqual([{ file: 'huge.cer', code: 'too-large', params: { size: bytes.length, limit: MAX_CERTIFICATE_FILE_BYTES } }]);
    });

    it('a good file beside a bad one is still read', async () => {
      const { certificates, problems } = await readCertificateFiles([
        { name: 'bad.cer', bytes: bytesOf('nope') },
        { name: 'good.cer', bytes: server.der },
      ]);
      expect(certificates).toHaveLength(1);
      expect(problems.map((p) => [p.file, p.code])).toEqual([['bad.cer', 'not-a-certificate']]);
    });

    it('a damaged block inside a PEM does not hide the good ones', async () => {
      const text = `${server.pem}\n-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n`;
      const { certificates, problems } = await readCertificateFiles([{ name: 'mixed.pem', bytes: bytesOf(text) }]);
      expect(certificates).toHaveLength(1);
      expect(problems).toEqual([{ file: 'mixed.pem', code: 'corrupt-pem-block', params: { block: 2, label: 'CERTIFICATE' } }]);
    });
  });
});

/**
 * Certificates made for the tests with @peculiar/x509 (and PKCS#12 files with pkijs): a Contoso
 * root CA, an intermediate, and server certificates shaped as each test needs.
 */
import '@abraham/reflection';
import * as x509 from '@peculiar/x509';
import * as pkijs from 'pkijs';

const rsa = (modulusLength: number) => ({
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength,
});

export interface Issued {
  certificate: x509.X509Certificate;
  keys: CryptoKeyPair;
  der: Uint8Array<ArrayBuffer>;
  pem: string;
}

function issued(certificate: x509.X509Certificate, keys: CryptoKeyPair): Issued {
  return { certificate, keys, der: new Uint8Array(certificate.rawData), pem: certificate.toString('pem') };
}

// Key generation is the slow part: one key per size, shared by the certificates of a test run.
const keyCache = new Map<number, Promise<CryptoKeyPair>>();
let serial = 1;
function keysOf(bits: number, fresh = false): Promise<CryptoKeyPair> {
  if (fresh) return crypto.subtle.generateKey(rsa(bits), true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
  if (!keyCache.has(bits)) keyCache.set(bits, crypto.subtle.generateKey(rsa(bits), true, ['sign', 'verify']) as Promise<CryptoKeyPair>);
  return keyCache.get(bits)!;
}

/** A self-signed CA (root). */
export async function makeRoot(name = 'CN=Contoso Root CA, DC=contoso, DC=com'): Promise<Issued> {
  const keys = await keysOf(2048, true);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: (serial++).toString(16).padStart(2, '0'),
    name,
    notBefore: new Date('2024-01-01T00:00:00Z'),
    notAfter: new Date('2034-01-01T00:00:00Z'),
    keys,
    signingAlgorithm: rsa(2048),
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true)],
  });
  return issued(certificate, keys);
}

export interface LeafOptions {
  subject: string;
  san?: string[];
  issuer?: Issued;
  bits?: number;
  eku?: string[] | null;
  notBefore?: string;
  notAfter?: string;
  ca?: boolean;
}

/** A certificate issued by `issuer` (or self-signed when there is none). */
export async function makeCertificate(options: LeafOptions): Promise<Issued> {
  const keys = options.ca ? await keysOf(options.bits ?? 2048, true) : await keysOf(options.bits ?? 2048);
  const extensions: x509.Extension[] = [new x509.BasicConstraintsExtension(options.ca ?? false, undefined, true)];
  const eku = options.eku === undefined ? [x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth] : options.eku;
  if (eku !== null) extensions.push(new x509.ExtendedKeyUsageExtension(eku));
  if (options.san?.length) extensions.push(new x509.SubjectAlternativeNameExtension(options.san.map((value) => ({ type: 'dns' as const, value }))));
  const common = {
    serialNumber: (serial++).toString(16).padStart(2, '0'),
    notBefore: new Date(options.notBefore ?? '2026-01-01T00:00:00Z'),
    notAfter: new Date(options.notAfter ?? '2028-01-01T00:00:00Z'),
    signingAlgorithm: rsa(2048),
    extensions,
  };
  const certificate = options.issuer
    ? await x509.X509CertificateGenerator.create({
        ...common,
        subject: options.subject,
        issuer: options.issuer.certificate.subject,
        publicKey: keys.publicKey,
        signingKey: options.issuer.keys.privateKey,
      })
    : await x509.X509CertificateGenerator.createSelfSigned({ ...common, name: options.subject, keys });
  return issued(certificate, keys);
}

/** A PKCS#12 file holding the certificates, protected by `password` (AES-256, PBKDF2 SHA-256, HMAC SHA-256). */
export async function makePfx(certificates: readonly Issued[], password: string): Promise<Uint8Array> {
  const buffer = new TextEncoder().encode(password).buffer as ArrayBuffer;
  const safeBags = certificates.map(
    (c) =>
      new pkijs.SafeBag({
        bagId: '1.2.840.113549.1.12.10.1.3',
        bagValue: new pkijs.CertBag({ parsedValue: pkijs.Certificate.fromBER(c.der as Uint8Array<ArrayBuffer>) }),
      }),
  );
  const pfx = new pkijs.PFX({
    parsedValue: {
      integrityMode: 0,
      authenticatedSafe: new pkijs.AuthenticatedSafe({
        parsedValue: { safeContents: [{ privacyMode: 1, value: new pkijs.SafeContents({ safeBags }) }] },
      }),
    },
  });
  await pfx.parsedValue!.authenticatedSafe!.makeInternalValues({
    safeContents: [{ password: buffer, contentEncryptionAlgorithm: { name: 'AES-CBC', length: 256 }, hmacHashAlgorithm: 'SHA-256', iterationCount: 2048 }],
  });
  await pfx.makeInternalValues({ password: buffer, iterations: 2048, pbkdf2HashAlgorithm: 'SHA-256', hmacHashAlgorithm: 'SHA-256' });
  return new Uint8Array(pfx.toSchema().toBER(false));
}

/** A PKCS#7 (`.p7b`) chain, DER. */
export function makeP7b(certificates: readonly Issued[]): Uint8Array {
  return new Uint8Array(new x509.X509Certificates(certificates.map((c) => c.certificate)).export('raw'));
}

/** Text → bytes, as a file read from disk. */
export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

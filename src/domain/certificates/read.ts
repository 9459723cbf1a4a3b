/**
 * Reads certificate files the way an Exchange or Lync administrator has them: PEM (one or several
 * certificates, with anything between them), DER `.cer`/`.crt`, PKCS#7 `.p7b` chains and PKCS#12
 * `.pfx`/`.p12` with a password. Parsing is done by maintained libraries (@peculiar/x509 for X.509
 * and PKCS#7, pkijs for PKCS#12), never by hand; cryptography is Web Crypto (`globalThis.crypto`),
 * the same in Node 24 and in browsers.
 *
 * This is the only module that imports those libraries: the site loads it with a dynamic
 * `import()` when the reader opens the inspector. Nothing here throws for bad input; every
 * problem becomes a coded `CertificateReadProblem`. A PFX password is used for one call and not
 * kept anywhere.
 */
// tsyringe (inside @peculiar/x509) needs the Reflect metadata API before it loads.
import '@abraham/reflection';
import {
  BasicConstraintsExtension,
  ExtendedKeyUsageExtension,
  SubjectAlternativeNameExtension,
  X509Certificate,
  X509Certificates,
} from '@peculiar/x509';
import { PFX, type SafeContents } from 'pkijs';
import { subjectCommonName } from '../identifiers.ts';
import { looksLikeCertificateOutput, readCertificateOutput } from './from-output.ts';
import {
  MAX_CERTIFICATE_FILE_BYTES,
  SERVER_AUTHENTICATION_OID,
  type CertificateFile,
  type CertificateReadProblem,
  type CertificateReading,
  type InspectedCertificate,
} from './types.ts';

const CERT_BAG_OID = '1.2.840.113549.1.12.10.1.3';
const X509_CERT_TYPE_OID = '1.2.840.113549.1.9.22.1';
const DATA_OID = '1.2.840.113549.1.7.1';

/** One certificate before the whole set is known (the chain needs every certificate). */
interface Parsed {
  certificate: X509Certificate;
  file: string;
  index: number;
}

/**
 * Reads every file and returns the certificates found (duplicates across files counted once, by
 * thumbprint) with their chains among the certificates read, and the problems met.
 * @example await readCertificateFiles([{ name: 'mbx01.cer', bytes }]) // → { certificates: [ { thumbprint: '3F2A…', … } ], problems: [] }
 */
export async function readCertificateFiles(files: readonly CertificateFile[]): Promise<CertificateReading> {
  const parsed: Parsed[] = [];
  const problems: CertificateReadProblem[] = [];
  const fromOutput: InspectedCertificate[] = [];
  for (const file of files) {
    try {
      // Pasted `Get-ExchangeCertificate | Format-List` or `Get-CsCertificate` output: read as text.
      const output = shellOutputText(file.bytes);
      if (output !== null) {
        const reading = readCertificateOutput(output, file.name);
        fromOutput.push(...reading.certificates);
        problems.push(...reading.problems);
        continue;
      }
      const found = await readFile(file, problems);
      found.forEach((certificate, index) => parsed.push({ certificate, file: file.name, index }));
    } catch (error) {
      // Defensive: a library failure we did not foresee is still a problem with the file, not a crash.
      problems.push({ file: file.name, code: 'not-a-certificate', params: { detail: String((error as Error)?.message ?? error) } });
    }
  }
  const certificates = await describeAll(parsed);
  // A certificate given both as a file and as pasted output is described from the file.
  const known = new Set(certificates.map((c) => c.thumbprint));
  return { certificates: [...certificates, ...fromOutput.filter((c) => !known.has(c.thumbprint))], problems };
}

/** The file's text when it is shell output the inspector reads (see from-output.ts), else null. */
function shellOutputText(bytes: Uint8Array): string | null {
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_CERTIFICATE_FILE_BYTES) return null;
  // DER starts with a SEQUENCE; PowerShell's `Out-File` writes UTF-16 LE with a byte-order mark.
  if (bytes[0] === 0x30) return null;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
  return looksLikeCertificateOutput(text) ? text : null;
}

async function readFile(file: CertificateFile, problems: CertificateReadProblem[]): Promise<X509Certificate[]> {
  const { bytes, name } = file;
  if (bytes.byteLength === 0) return fail(problems, name, 'empty');
  if (bytes.byteLength > MAX_CERTIFICATE_FILE_BYTES) {
    return fail(problems, name, 'too-large', { size: bytes.byteLength, limit: MAX_CERTIFICATE_FILE_BYTES });
  }
  const text = asciiText(bytes);
  if (text !== null && text.includes('-----BEGIN')) return readPem(name, text, problems);
  const der = text !== null ? base64Body(text) : null;
  return readDer(der ?? bytes, file, problems);
}

/** The bytes as text when they look like text (no NUL and mostly printable), else null. */
function asciiText(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 4096);
  let printable = 0;
  for (const b of sample) {
    if (b === 0) return null;
    if (b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127)) printable++;
  }
  if (printable < sample.length * 0.95) return null;
  return new TextDecoder('latin1').decode(bytes);
}

/** A bare base64 body (a `.cer` saved without its PEM lines), decoded, or null. */
function base64Body(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '');
  if (compact.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return null;
  return decodeBase64(compact);
}

function decodeBase64(value: string): Uint8Array | null {
  try {
    const binary = atob(value);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 #]+)-----([\s\S]*?)-----END \1-----/g;

async function readPem(file: string, text: string, problems: CertificateReadProblem[]): Promise<X509Certificate[]> {
  const found: X509Certificate[] = [];
  let blocks = 0;
  for (const match of text.matchAll(PEM_BLOCK)) {
    blocks++;
    const label = match[1]!;
    // RFC 1421 headers (Proc-Type: …) may precede the base64 body.
    const body = match[2]!
      .split(/\r?\n/)
      .filter((line) => !line.includes(':'))
      .join('')
      .replace(/\s+/g, '');
    const der = /^[A-Za-z0-9+/]*={0,2}$/.test(body) ? decodeBase64(body) : null;
    if (der === null || der.length === 0) {
      problems.push({ file, code: 'corrupt-pem-block', params: { block: blocks, label } });
      continue;
    }
    if (label === 'CERTIFICATE' || label === 'X509 CERTIFICATE' || label === 'TRUSTED CERTIFICATE') {
      const certificate = parseCertificate(der);
      if (certificate) found.push(certificate);
      else problems.push({ file, code: 'corrupt-pem-block', params: { block: blocks, label } });
    } else if (label === 'PKCS7') {
      const chain = parsePkcs7(der);
      if (chain === null) problems.push({ file, code: 'corrupt-pem-block', params: { block: blocks, label } });
      else if (chain.length === 0) problems.push({ file, code: 'no-certificate-inside', params: { block: blocks } });
      else found.push(...chain);
    } else {
      problems.push({ file, code: 'not-a-certificate-block', params: { block: blocks, label } });
    }
  }
  if (blocks === 0 || (found.length === 0 && problems.every((p) => p.file !== file))) {
    problems.push({ file, code: 'not-a-certificate', params: {} });
  }
  return found;
}

async function readDer(der: Uint8Array, file: CertificateFile, problems: CertificateReadProblem[]): Promise<X509Certificate[]> {
  const certificate = parseCertificate(der);
  if (certificate) return [certificate];
  const chain = parsePkcs7(der);
  if (chain !== null && chain.length > 0) return chain;
  const pfx = parsePfx(der);
  if (pfx) return readPfx(pfx, file, problems);
  // An ASN.1 SEQUENCE that none of the formats accepts is a damaged file; anything else is not DER.
  return fail(problems, file.name, der[0] === 0x30 ? 'corrupt-der' : 'not-a-certificate');
}

function parseCertificate(der: Uint8Array): X509Certificate | null {
  try {
    const certificate = new X509Certificate(der as Uint8Array<ArrayBuffer>);
    // Touch the fields the description needs, so a half-decoded certificate fails here.
    void certificate.subject;
    void certificate.issuer;
    void certificate.notAfter;
    return certificate;
  } catch {
    return null;
  }
}

/** The certificates of a PKCS#7 SignedData (`.p7b`), or null when it is not one. */
function parsePkcs7(der: Uint8Array): X509Certificate[] | null {
  try {
    return [...new X509Certificates(der as Uint8Array<ArrayBuffer>)];
  } catch {
    return null;
  }
}

function parsePfx(der: Uint8Array): PFX | null {
  try {
    const pfx = PFX.fromBER(der as Uint8Array<ArrayBuffer>);
    return pfx.version === 3 ? pfx : null;
  } catch {
    return null;
  }
}

/** A PKCS#12 password in the form pkijs expects (it makes the BMPString itself). */
function passwordBuffer(password: string): ArrayBuffer {
  return new TextEncoder().encode(password).buffer as ArrayBuffer;
}

async function readPfx(pfx: PFX, file: CertificateFile, problems: CertificateReadProblem[]): Promise<X509Certificate[]> {
  const password = file.password;
  if (password === undefined || password === '') {
    // Some PFX files have an empty password; try it before asking for one.
    const opened = await openPfx(pfx, '');
    if (opened.ok) return certificatesFrom(opened.safeContents, file.name, problems);
    return fail(problems, file.name, 'password-required');
  }
  const opened = await openPfx(pfx, password);
  if (!opened.ok) return fail(problems, file.name, opened.code);
  return certificatesFrom(opened.safeContents, file.name, problems);
}

type Opened = { ok: true; safeContents: SafeContents[] } | { ok: false; code: 'wrong-password' | 'unsupported-protection' };

async function openPfx(pfx: PFX, password: string): Promise<Opened> {
  const buffer = passwordBuffer(password);
  try {
    // Integrity first: the MAC tells a wrong password apart from a damaged file.
    await pfx.parseInternalValues({ password: buffer, checkIntegrity: true });
  } catch (error) {
    return { ok: false, code: /integrity|mac/i.test(String((error as Error)?.message)) ? 'wrong-password' : 'unsupported-protection' };
  }
  const authenticatedSafe = pfx.parsedValue?.authenticatedSafe;
  if (!authenticatedSafe) return { ok: false, code: 'unsupported-protection' };
  try {
    await authenticatedSafe.parseInternalValues({
      safeContents: authenticatedSafe.safeContents.map((content) => (content.contentType === DATA_OID ? {} : { password: buffer })),
    });
  } catch (error) {
    // Past a valid MAC, a failure to decrypt is an algorithm Web Crypto lacks (RC2, 3DES…).
    return { ok: false, code: 'unsupported-protection' };
  }
  return { ok: true, safeContents: authenticatedSafe.parsedValue?.safeContents.map((s: { value: SafeContents }) => s.value) ?? [] };
}

function certificatesFrom(safeContents: SafeContents[], file: string, problems: CertificateReadProblem[]): X509Certificate[] {
  const found: X509Certificate[] = [];
  for (const contents of safeContents) {
    for (const bag of contents.safeBags) {
      if (bag.bagId !== CERT_BAG_OID) continue;
      const certBag = bag.bagValue as unknown as { certId: string; certValue: { valueBlock?: { valueHexView?: Uint8Array } } };
      if (certBag.certId !== X509_CERT_TYPE_OID) continue;
      const der = certBag.certValue.valueBlock?.valueHexView;
      const certificate = der ? parseCertificate(new Uint8Array(der)) : null;
      if (certificate) found.push(certificate);
    }
  }
  if (found.length === 0) problems.push({ file, code: 'no-certificate-inside', params: {} });
  return found;
}

function fail(problems: CertificateReadProblem[], file: string, code: CertificateReadProblem['code'], params: CertificateReadProblem['params'] = {}): [] {
  problems.push({ file, code, params });
  return [];
}

/** Describes every certificate and links each to its issuers among those read. */
async function describeAll(parsed: readonly Parsed[]): Promise<InspectedCertificate[]> {
  const seen = new Set<string>();
  const unique: Array<Parsed & { thumbprint: string }> = [];
  for (const entry of parsed) {
    const thumbprint = hex(await entry.certificate.getThumbprint('SHA-1'));
    if (seen.has(thumbprint)) continue;
    seen.add(thumbprint);
    unique.push({ ...entry, thumbprint });
  }
  const described = await Promise.all(unique.map((entry) => describe(entry.certificate, entry.thumbprint, entry.file, entry.index)));
  const byThumbprint = new Map(unique.map((entry, i) => [entry.thumbprint, { entry, description: described[i]! }]));
  for (let i = 0; i < unique.length; i++) {
    const description = described[i]!;
    let current = unique[i]!.certificate;
    let currentDescription = description;
    const visited = new Set([description.thumbprint]);
    while (!currentDescription.selfSigned) {
      const issuer = await findIssuer(current, unique);
      if (!issuer || visited.has(issuer.thumbprint)) break;
      visited.add(issuer.thumbprint);
      description.chain.push(issuer.thumbprint);
      current = issuer.certificate;
      currentDescription = byThumbprint.get(issuer.thumbprint)!.description;
    }
    description.chainEndsAtRoot = currentDescription.selfSigned && description.chain.length > 0;
  }
  return described;
}

/** The certificate among `candidates` whose subject is `certificate`'s issuer and whose key signed it. */
async function findIssuer(certificate: X509Certificate, candidates: ReadonlyArray<Parsed & { thumbprint: string }>) {
  for (const candidate of candidates) {
    if (candidate.certificate === certificate) continue;
    if (candidate.certificate.subjectName.toString() !== certificate.issuerName.toString()) continue;
    try {
      if (await certificate.verify({ publicKey: candidate.certificate.publicKey, signatureOnly: true })) return candidate;
    } catch {
      // A key Web Crypto cannot import cannot be checked: not this issuer.
    }
  }
  return undefined;
}

async function describe(certificate: X509Certificate, thumbprint: string, file: string, index: number): Promise<InspectedCertificate> {
  const san = certificate.getExtension(SubjectAlternativeNameExtension);
  const eku = certificate.getExtension(ExtendedKeyUsageExtension);
  const constraints = certificate.getExtension(BasicConstraintsExtension);
  const extendedKeyUsages = eku ? eku.usages.map(String) : null;
  const { keyAlgorithm, keySize } = keyOf(certificate);
  let selfSigned = false;
  try {
    selfSigned = await certificate.isSelfSigned();
  } catch {
    selfSigned = false;
  }
  return {
    thumbprint,
    subject: certificate.subject,
    commonName: subjectCommonName(certificate.subject),
    san: san ? san.names.items.filter((name) => name.type === 'dns').map((name) => name.value) : [],
    issuer: certificate.issuer,
    serialNumber: certificate.serialNumber.toUpperCase(),
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    keyAlgorithm,
    keySize,
    extendedKeyUsages,
    serverAuthentication: extendedKeyUsages === null || extendedKeyUsages.includes(SERVER_AUTHENTICATION_OID),
    selfSigned,
    certificateAuthority: constraints?.ca === true,
    chain: [],
    chainEndsAtRoot: false,
    source: { file, index },
  };
}

const curveSizes: Record<string, number> = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };

function keyOf(certificate: X509Certificate): { keyAlgorithm: string; keySize: number | null } {
  try {
    const algorithm = certificate.publicKey.algorithm as Algorithm & { modulusLength?: number; namedCurve?: string };
    if (algorithm.name.startsWith('RSA')) return { keyAlgorithm: 'RSA', keySize: algorithm.modulusLength ?? null };
    if (algorithm.name === 'ECDSA' || algorithm.name === 'ECDH') {
      return { keyAlgorithm: 'ECDSA', keySize: curveSizes[algorithm.namedCurve ?? ''] ?? null };
    }
    return { keyAlgorithm: algorithm.name, keySize: null };
  } catch {
    return { keyAlgorithm: 'unknown', keySize: null };
  }
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
}

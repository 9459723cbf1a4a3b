/**
 * What the certificate inspector reads out of a certificate file: plain data, no library objects,
 * so the checks, the profile update, the CLI and the islands can use it without loading the x509
 * libraries (only `read.ts` imports them).
 */

/** The Enhanced Key Usage that lets a certificate authenticate a TLS server (SIP over mutual TLS). */
export const SERVER_AUTHENTICATION_OID = '1.3.6.1.5.5.7.3.1';

/** Largest file the inspector reads. Certificates, chains and PFX files weigh a few kilobytes. */
export const MAX_CERTIFICATE_FILE_BYTES = 4 * 1024 * 1024;

/** One certificate, as Exchange and Lync would describe it. */
export interface InspectedCertificate {
  /** SHA-1 thumbprint as Exchange prints it: 40 upper-case hex digits, no separators. */
  thumbprint: string;
  /** The subject ("Issued to"), e.g. `CN=mbx01.contoso.com, O=Contoso`. */
  subject: string;
  /** The subject's common name, or null when it has none. */
  commonName: string | null;
  /** DNS names of the Subject Alternative Name extension (Exchange's CertificateDomains). */
  san: string[];
  /** The issuer ("Issued by"). */
  issuer: string;
  serialNumber: string;
  /** Validity, as ISO 8601 instants. */
  notBefore: string;
  notAfter: string;
  /** `RSA`, `ECDSA`, `Ed25519`…, or the algorithm OID when it is not one of these. */
  keyAlgorithm: string;
  /** Key size in bits (RSA modulus, EC curve size), or null when unknown. */
  keySize: number | null;
  /** Enhanced Key Usage OIDs, or null when the certificate has no EKU extension (any purpose). */
  extendedKeyUsages: string[] | null;
  /** Whether the certificate may authenticate a server: EKU absent, or listing Server Authentication. */
  serverAuthentication: boolean;
  /** Issuer = subject and the signature verifies with the certificate's own key. */
  selfSigned: boolean;
  /** Basic Constraints says it is a certification authority. */
  certificateAuthority: boolean;
  /** Thumbprints of the issuing certificates found among the certificates read, nearest first. */
  chain: string[];
  /** Whether that chain ends with a self-signed (root) certificate. */
  chainEndsAtRoot: boolean;
  /** Where it was read: file name and position in that file (0-based). */
  source: { file: string; index: number };
  /**
   * Set when the certificate was read from pasted shell output rather than from its bytes: which
   * cmdlet printed it, and the facts that output does not carry (their fields then hold neutral
   * placeholders that the checks and the presentation must not take as facts).
   */
  fromOutput?: { cmdlet: CertificateOutputCmdlet; unknown: UnknownCertificateFact[] };
}

/** The cmdlet whose `Format-List` output a certificate was read from. */
export type CertificateOutputCmdlet = 'Get-ExchangeCertificate' | 'Get-CsCertificate' | 'other';

/** A fact about a certificate that pasted output does not give (or gives in a form that cannot be read). */
export type UnknownCertificateFact =
  | 'notBefore'
  | 'notAfter'
  | 'keyAlgorithm'
  | 'keySize'
  | 'extendedKeyUsages'
  | 'selfSigned'
  | 'certificateAuthority'
  | 'chain'
  | 'serialNumber'
  /** The SAN list was cut short by `$FormatEnumerationLimit` (`{a, b, c, d...}`): more names exist. */
  | 'san';

/** Whether a fact of this certificate is unknown (read from output that does not carry it). */
export function isUnknown(certificate: InspectedCertificate, fact: UnknownCertificateFact): boolean {
  return certificate.fromOutput?.unknown.includes(fact) ?? false;
}

/** Why a file (or part of one) gave no certificate. */
export type CertificateReadCode =
  /** Empty file. */
  | 'empty'
  /** Larger than MAX_CERTIFICATE_FILE_BYTES. */
  | 'too-large'
  /** Neither PEM, DER certificate, PKCS#7 nor PKCS#12. */
  | 'not-a-certificate'
  /** Starts like DER (an ASN.1 SEQUENCE) but cannot be decoded: truncated or damaged. */
  | 'corrupt-der'
  /** A PEM block whose base64 or content is damaged. */
  | 'corrupt-pem-block'
  /** A PEM block that holds something else (a certificate request, a key…): skipped. */
  | 'not-a-certificate-block'
  /** A PKCS#12 file read without a password. */
  | 'password-required'
  /** A PKCS#12 file whose password does not open it. */
  | 'wrong-password'
  /** A PKCS#12 file protected by an algorithm Web Crypto cannot run (e.g. RC2-40). */
  | 'unsupported-protection'
  /** A PKCS#12 or PKCS#7 container with no certificate inside. */
  | 'no-certificate-inside'
  /** Pasted shell output (no certificate file) that is too large, binary or empty. */
  | 'output-unreadable'
  /** Pasted shell output that is a PowerShell error record, not the cmdlet's objects. */
  | 'output-error-record'
  /** Pasted shell output whose objects are not certificates (another cmdlet's output). */
  | 'output-not-certificates'
  /** Get-ExchangeCertificate printed as a table: too little is shown, `| Format-List` is needed. */
  | 'output-table'
  /** One object of the output has no readable thumbprint (40 hexadecimal digits): it was skipped. */
  | 'output-no-thumbprint';

/** A problem found while reading, with its file. Never prose: wording is `certificate.read.<code>`. */
export interface CertificateReadProblem {
  file: string;
  code: CertificateReadCode;
  params: Readonly<Record<string, string | number>>;
}

/** The result of reading some files: the certificates found and what could not be read. */
export interface CertificateReading {
  certificates: InspectedCertificate[];
  problems: CertificateReadProblem[];
}

/** A file handed to the inspector: its name (for messages) and bytes. */
export interface CertificateFile {
  name: string;
  bytes: Uint8Array;
  /** The PKCS#12 password, used for this file only and never kept. */
  password?: string;
}

/**
 * A certificate read from a file, in words: the rows the CLI prints and the site shows (label,
 * value), and read problems as sentences. One place, so both say the same thing.
 */
import { t, type Lang } from '../../i18n/index.ts';
import type { CertificateReport } from './check.ts';
import { isUnknown, SERVER_AUTHENTICATION_OID, type CertificateReadProblem, type InspectedCertificate, type UnknownCertificateFact } from './types.ts';

/** Names of the Enhanced Key Usages an administrator meets; others are shown as OIDs. */
const usageNames: Record<string, string> = {
  [SERVER_AUTHENTICATION_OID]: 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
};

/** A read problem as a sentence: `certificate.read.<code>`. */
export function formatReadProblem(problem: CertificateReadProblem, lang: Lang): string {
  return t(lang, `certificate.read.${problem.code}`, { ...problem.params, file: problem.file });
}

/** The certificate's facts as [label, value] rows, in the reader's language. */
export function describeCertificate(
  certificate: InspectedCertificate,
  byThumbprint: ReadonlyMap<string, InspectedCertificate>,
  report: CertificateReport | null,
  lang: Lang,
): Array<[string, string]> {
  const yes = t(lang, 'certificate.value.yes');
  const no = t(lang, 'certificate.value.no');
  const chain = certificate.chain.map((thumbprint) => byThumbprint.get(thumbprint)?.subject ?? thumbprint);
  const usages = certificate.extendedKeyUsages === null ? t(lang, 'certificate.value.anyPurpose') : certificate.extendedKeyUsages.map((oid) => t(lang, `certificate.usage.${usageNames[oid] ?? 'other'}`, { oid })).join(', ');
  // Facts pasted output does not carry are said to be unknown, never shown as placeholders.
  const unknown = t(lang, 'certificate.value.unknown');
  const known = (fact: UnknownCertificateFact, value: string) => (isUnknown(certificate, fact) ? unknown : value);
  const date = (fact: 'notBefore' | 'notAfter') => known(fact, certificate[fact].slice(0, 10));
  const key = isUnknown(certificate, 'keyAlgorithm')
    ? certificate.keySize !== null
      ? t(lang, 'certificate.value.keySizeOnly', { keySize: certificate.keySize })
      : unknown
    : `${certificate.keyAlgorithm}${certificate.keySize !== null ? ` ${certificate.keySize}` : ''}`;
  const rows: Array<[string, string]> = [
    [t(lang, 'certificate.field.thumbprint'), certificate.thumbprint],
    [t(lang, 'certificate.field.subject'), certificate.subject],
    [
      t(lang, 'certificate.field.san'),
      `${certificate.san.join(', ') || '—'}${isUnknown(certificate, 'san') ? ` (${t(lang, 'certificate.value.sanCut')})` : ''}`,
    ],
    [t(lang, 'certificate.field.issuer'), certificate.issuer],
    [
      t(lang, 'certificate.field.chain'),
      isUnknown(certificate, 'chain')
        ? unknown
        : certificate.selfSigned
          ? t(lang, 'certificate.value.selfSignedChain')
          : `${chain.join(' → ') || '—'}${certificate.chainEndsAtRoot ? '' : ` (${t(lang, 'certificate.value.chainIncomplete')})`}`,
    ],
    [t(lang, 'certificate.field.validity'), t(lang, 'certificate.value.validity', { notBefore: date('notBefore'), notAfter: date('notAfter') })],
    [t(lang, 'certificate.field.key'), key],
    [t(lang, 'certificate.field.usages'), known('extendedKeyUsages', usages)],
    [t(lang, 'certificate.field.selfSigned'), known('selfSigned', certificate.selfSigned ? yes : no)],
  ];
  if (certificate.fromOutput) {
    rows.unshift([t(lang, 'certificate.field.source'), t(lang, 'certificate.value.fromOutput', { cmdlet: certificate.fromOutput.cmdlet === 'other' ? 'Format-List' : certificate.fromOutput.cmdlet })]);
  }
  if (certificate.certificateAuthority) rows.push([t(lang, 'certificate.field.authority'), yes]);
  if (report) rows.push([t(lang, 'certificate.field.servers'), report.servers.join(', ') || '—']);
  return rows;
}

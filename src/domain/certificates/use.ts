/**
 * "Use this certificate": the profile's certificate entry filled from a certificate read from a
 * file. Pure: returns a new profile and leaves the one given untouched, so the page changes the
 * profile only when the operator confirms.
 */
import type { Certificate, Profile } from '../profile/schema.ts';
import { certificateLabel } from './check-input.ts';
import type { CertificateReport } from './check.ts';
import { isUnknown, type InspectedCertificate } from './types.ts';

/** The entry the profile would hold for this certificate. */
export function certificateEntry(certificate: InspectedCertificate, report: CertificateReport, existing?: Certificate): Certificate {
  // A fact pasted output did not give is not written over what the entry already says.
  const sanCut = isUnknown(certificate, 'san');
  const san = sanCut ? [...new Set([...certificate.san, ...(existing?.san ?? [])])] : [...certificate.san];
  const selfSigned = isUnknown(certificate, 'selfSigned') ? existing?.selfSigned : certificate.selfSigned || undefined;
  const notAfter = isUnknown(certificate, 'notAfter') ? existing?.notAfter : certificate.notAfter.slice(0, 10);
  return {
    name: existing?.name || certificateLabel(certificate),
    servers: [...report.servers],
    subject: certificate.subject,
    san,
    issuer: certificate.issuer,
    ...(selfSigned !== undefined ? { selfSigned } : {}),
    thumbprint: certificate.thumbprint,
    ...(notAfter !== undefined ? { notAfter } : {}),
  };
}

/**
 * The profile with the certificate in the entry it stands for (`report.profileIndex`), or added
 * as a new entry: name (kept when the entry has one), subject, SANs, the servers it can serve,
 * issuer, expiry and thumbprint. The runbook then enables and verifies it by that thumbprint.
 * @example useCertificate(profile, reading.certificates[0], reports[0]).certificates[0].thumbprint // → '3F2A…'
 */
export function useCertificate(profile: Profile, certificate: InspectedCertificate, report: CertificateReport): Profile {
  const certificates = profile.certificates.map((c) => structuredClone(c));
  const index = report.profileIndex;
  if (index !== null && index < certificates.length) certificates[index] = certificateEntry(certificate, report, certificates[index]);
  else certificates.push(certificateEntry(certificate, report));
  return { ...structuredClone(profile), certificates };
}

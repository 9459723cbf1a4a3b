import type { Profile } from '../profile/schema.ts';
import type { InspectedCertificate } from './types.ts';

/** How many days after the planned change a certificate must still be valid. */
export const EXPIRY_WINDOW_DAYS = 30;

/** What a certificate rule looks at: one certificate read from a file, the profile and the change date. */
export interface CertificateCheckInput {
  certificate: InspectedCertificate;
  profile: Profile;
  /** The planned change date (start of the change window). */
  changeDate: Date;
  /** FQDNs of the profile's hosts (Exchange servers, Lync pools, Mediation Servers) this certificate can serve. */
  servers: readonly string[];
}

/** A name for the certificate in messages: its common name, else its subject, else its thumbprint. */
export function certificateLabel(certificate: InspectedCertificate): string {
  return certificate.commonName ?? (certificate.subject || certificate.thumbprint);
}

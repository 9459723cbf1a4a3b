import { normalizeFqdn, subjectCommonName } from '../identifiers.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * The subject's common name (the "Issued to" value) is the FQDN of a server the certificate is
 * installed on. A certificate shared by several servers names one of them there and lists all of
 * them in its SAN (certificate-san-covers-servers). Sources: DOMAIN-FACTS §7.1 C-03, C-07, C-12
 * and erratum E-16 (the seed contradicts itself; we require the CN and accept the SAN for the rest).
 */
const rule: ProfileRule = {
  id: 'certificate-subject-is-server-fqdn',
  kind: 'profile',
  severity: 'error',
  guide: 'certificates#subject-name',
  check(profile) {
    return profile.certificates.flatMap((certificate, i) => {
      // A certificate installed nowhere has no server to compare with; a wildcard subject is
      // certificate-subject-no-wildcard's finding, not this one's.
      if (certificate.servers.length === 0) return [];
      const commonName = subjectCommonName(certificate.subject);
      if (commonName?.includes('*')) return [];
      const servers = certificate.servers.map(normalizeFqdn);
      if (commonName !== null && servers.includes(normalizeFqdn(commonName))) return [];
      return [
        profileFinding(rule, ['certificates', i, 'subject'], {
          certificate: certificate.name,
          subject: certificate.subject,
          servers: certificate.servers.join(', '),
        }),
      ];
    });
  },
};

export default rule;

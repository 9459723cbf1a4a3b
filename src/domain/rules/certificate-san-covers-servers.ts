import type { Finding } from '../finding.ts';
import { certificateNameCovers, normalizeFqdn, subjectCommonName } from '../identifiers.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * A certificate names every server it is installed on. One certificate may serve all Client Access
 * and Mailbox servers only if its SAN list holds each of their FQDNs (a `*.` SAN entry covers one
 * label); a certificate on a single server may name it in the subject CN or in the SAN list
 * (DOMAIN-FACTS §7.1 C-05, and the Lync guidelines: a wildcard SAN or every UM FQDN in the SAN).
 */
const rule: ProfileRule = {
  id: 'certificate-san-covers-servers',
  kind: 'profile',
  severity: 'error',
  guide: 'certificates#shared-certificate',
  check(profile) {
    const findings: Finding[] = [];
    profile.certificates.forEach((certificate, i) => {
      const shared = new Set(certificate.servers.map(normalizeFqdn)).size > 1;
      const commonName = subjectCommonName(certificate.subject);
      certificate.servers.forEach((server, j) => {
        const inSan = certificate.san.some((name) => certificateNameCovers(name, server));
        const inSubject = commonName !== null && !commonName.includes('*') && normalizeFqdn(commonName) === normalizeFqdn(server);
        if (inSan || (!shared && inSubject)) return;
        findings.push(
          profileFinding(rule, ['certificates', i, 'servers', j], { certificate: certificate.name, server, shared }),
        );
      });
    });
    return findings;
  },
};

export default rule;

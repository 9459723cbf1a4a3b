import { profileFinding } from '../profile-facts.ts';
import { subjectCommonName } from '../identifiers.ts';
import type { ProfileRule } from './types.ts';

/**
 * A certificate's subject carries no wildcard. UM and Lync recognise each other as trusted SIP
 * peers by the subject name, and Lync routes some calls by it, so Exchange UM does not support a
 * wildcard there; a wildcard is allowed in the SAN list only (DOMAIN-FACTS §7.1 C-06, C-08).
 */
const rule: ProfileRule = {
  id: 'certificate-subject-no-wildcard',
  kind: 'profile',
  severity: 'error',
  guide: 'certificates#wildcards',
  check(profile) {
    return profile.certificates.flatMap((certificate, i) => {
      // Look at the CN when there is one; a subject without CN is reported by
      // certificate-subject-is-server-fqdn, but a `*` anywhere in it is still a wildcard subject.
      const name = subjectCommonName(certificate.subject) ?? certificate.subject;
      return name.includes('*')
        ? [profileFinding(rule, ['certificates', i, 'subject'], { certificate: certificate.name, subject: certificate.subject })]
        : [];
    });
  },
};

export default rule;

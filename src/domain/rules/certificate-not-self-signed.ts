import { normalizeDistinguishedName } from '../identifiers.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * No certificate is self-signed: Exchange's self-signed certificate cannot be used with Lync,
 * whose servers would not trust it (DOMAIN-FACTS §7.1 C-10). A certificate counts as self-signed
 * when the profile says so, or, when the profile is silent, when its issuer is its own subject.
 */
const rule: ProfileRule = {
  id: 'certificate-not-self-signed',
  kind: 'profile',
  severity: 'error',
  guide: 'certificates#self-signed',
  check(profile) {
    return profile.certificates.flatMap((certificate, i) => {
      if (certificate.selfSigned === true) {
        return [profileFinding(rule, ['certificates', i, 'selfSigned'], { certificate: certificate.name, issuer: certificate.issuer })];
      }
      // An explicit `selfSigned: false` is the operator's statement and wins over the heuristic.
      if (
        certificate.selfSigned === undefined &&
        normalizeDistinguishedName(certificate.issuer) === normalizeDistinguishedName(certificate.subject)
      ) {
        return [profileFinding(rule, ['certificates', i, 'issuer'], { certificate: certificate.name, issuer: certificate.issuer })];
      }
      return [];
    });
  },
};

export default rule;

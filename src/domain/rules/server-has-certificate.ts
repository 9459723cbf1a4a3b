import { normalizeFqdn } from '../identifiers.ts';
import { profileFacts, profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Every Exchange server, Lync pool and Mediation Server has a certificate in the profile: mutual
 * TLS between Lync and UM needs a CA-issued certificate at each end (DOMAIN-FACTS §7.1 C-01; seed
 * steps O2, O4, O10).
 */
const rule: ProfileRule = {
  id: 'server-has-certificate',
  kind: 'profile',
  severity: 'error',
  guide: 'certificates#recommendations',
  check(profile) {
    const facts = profileFacts(profile);
    return facts.hosts
      .filter((host) => host.fqdn.trim() !== '' && !facts.certificatesByHost.has(normalizeFqdn(host.fqdn)))
      .map((host) => profileFinding(rule, host.path, { server: host.fqdn, kind: host.kind }));
  },
};

export default rule;

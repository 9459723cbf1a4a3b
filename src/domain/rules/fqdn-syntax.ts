import type { Finding, ProfilePath } from '../finding.ts';
import { fqdnProblem } from '../identifiers.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Every host name in the profile is a well-formed FQDN: Exchange servers, Lync pools, Mediation
 * Servers, the hosts a certificate is installed on, the outbound pool and the SIP domain. SAN
 * entries are checked too, with a leading `*.` allowed (the subject is an X.500 name, checked by the
 * certificate-subject rules). Later commands put these names in -Address, -TargetFqdn and
 * certificate requests, where a typo only shows up as a failed call.
 */
const rule: ProfileRule = {
  id: 'fqdn-syntax',
  kind: 'profile',
  severity: 'error',
  guide: 'certificates#subject-name',
  check(profile) {
    const findings: Finding[] = [];
    const check = (value: string, path: ProfilePath, allowWildcard = false) => {
      const problem = fqdnProblem(value, { allowWildcard });
      if (problem) findings.push(profileFinding(rule, path, { variant: problem, value }));
    };
    check(profile.organization.sipDomain, ['organization', 'sipDomain']);
    profile.exchange.servers.forEach((s, i) => check(s.fqdn, ['exchange', 'servers', i, 'fqdn']));
    profile.lync.pools.forEach((p, i) => check(p.fqdn, ['lync', 'pools', i, 'fqdn']));
    profile.lync.mediationServers.forEach((m, i) => check(m, ['lync', 'mediationServers', i]));
    profile.certificates.forEach((c, i) => {
      c.servers.forEach((s, j) => check(s, ['certificates', i, 'servers', j]));
      c.san.forEach((s, j) => check(s, ['certificates', i, 'san', j], true));
    });
    check(profile.gateways.outboundPool, ['gateways', 'outboundPool']);
    return findings;
  },
};

export default rule;

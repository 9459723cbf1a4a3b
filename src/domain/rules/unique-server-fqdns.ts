import type { Finding } from '../finding.ts';
import { normalizeFqdn } from '../identifiers.ts';
import { profileFacts, profileFinding, type HostKind, type TopologyHost } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Each Exchange server, Lync pool and Mediation Server FQDN appears once. A duplicate is a typo or
 * a copy-paste: commands would configure one machine twice and miss another. One pair is allowed:
 * a Mediation Server collocated with a Front End pool carries the pool's FQDN.
 */
const rule: ProfileRule = {
  id: 'unique-server-fqdns',
  kind: 'profile',
  severity: 'error',
  guide: 'deployment-sequence#stages',
  check(profile) {
    const findings: Finding[] = [];
    const seen = new Map<string, TopologyHost[]>();
    for (const host of profileFacts(profile).hosts) {
      const key = normalizeFqdn(host.fqdn);
      if (key === '') continue; // fqdn-syntax reports empty names
      const earlier = seen.get(key) ?? [];
      const clash = earlier.find((other) => !collocated(other.kind, host.kind));
      if (clash) findings.push(profileFinding(rule, host.path, { fqdn: host.fqdn, kind: host.kind, otherKind: clash.kind }));
      seen.set(key, [...earlier, host]);
    }
    return findings;
  },
};

/** A pool and a Mediation Server may share an FQDN (collocated Mediation); nothing else may. */
function collocated(a: HostKind, b: HostKind): boolean {
  return (a === 'pool' && b === 'mediation') || (a === 'mediation' && b === 'pool');
}

export default rule;

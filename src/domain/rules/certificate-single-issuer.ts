import type { Finding } from '../finding.ts';
import { normalizeDistinguishedName, normalizeFqdn } from '../identifiers.ts';
import { profileFacts, profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * The certificates on Exchange servers, Lync pools and Mediation Servers come from one issuing CA.
 * The guide asks for the same CA on every side (DOMAIN-FACTS §7.1 C-09); Lync's own documentation
 * also accepts different CAs whose roots each side trusts (C-11), which the profile cannot show,
 * so a second issuer is a warning, not an error. Each certificate whose issuer differs from the
 * most used one is reported.
 */
const rule: ProfileRule = {
  id: 'certificate-single-issuer',
  kind: 'profile',
  severity: 'warning',
  guide: 'certificates#same-ca',
  check(profile) {
    const facts = profileFacts(profile);
    // Only certificates installed on a host of the topology count: a gateway's certificate, say,
    // is outside the profile's scope.
    const relevant = profile.certificates
      .map((certificate, index) => ({ certificate, index, issuer: normalizeDistinguishedName(certificate.issuer) }))
      .filter(({ certificate }) => certificate.servers.some((s) => facts.hostsByFqdn.has(normalizeFqdn(s))));
    const counts = new Map<string, number>();
    for (const { issuer } of relevant) counts.set(issuer, (counts.get(issuer) ?? 0) + 1);
    if (counts.size <= 1) return [];
    // The reference issuer is the most used one; on a tie, the first one in profile order.
    let expected = relevant[0]!;
    for (const entry of relevant) if (counts.get(entry.issuer)! > counts.get(expected.issuer)!) expected = entry;
    const findings: Finding[] = [];
    for (const { certificate, index, issuer } of relevant) {
      if (issuer === expected.issuer) continue;
      findings.push(
        profileFinding(rule, ['certificates', index, 'issuer'], {
          certificate: certificate.name,
          issuer: certificate.issuer,
          expectedIssuer: expected.certificate.issuer,
        }),
      );
    }
    return findings;
  },
};

export default rule;

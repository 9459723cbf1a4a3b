import type { Finding } from '../finding.ts';
import { normalizeFqdn, parseSipAddress } from '../identifiers.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Each user's SIP address is `sip:<user>@<sipDomain>` and belongs to one user only. Enable-CsUser
 * needs the `sip:` prefix, and Enable-UMMailbox -SIPResourceIdentifier must be the same address
 * (without the prefix) so that UM and Lync agree on who the user is (DOMAIN-FACTS §2 D7, O11, INV-09).
 */
const rule: ProfileRule = {
  id: 'user-sip-address',
  kind: 'profile',
  severity: 'error',
  guide: 'exchange-um#d7',
  check(profile) {
    const findings: Finding[] = [];
    const sipDomain = normalizeFqdn(profile.organization.sipDomain);
    const seen = new Map<string, string>();
    profile.users.forEach((user, i) => {
      const path = ['users', i, 'sipAddress'];
      const sipAddress = user.sipAddress;
      const parsed = parseSipAddress(sipAddress);
      if (!parsed) {
        findings.push(profileFinding(rule, path, { variant: 'malformed', user: user.identity, sipAddress }));
        return;
      }
      if (normalizeFqdn(parsed.domain) !== sipDomain) {
        findings.push(profileFinding(rule, path, { variant: 'wrong-domain', user: user.identity, sipAddress, sipDomain: profile.organization.sipDomain }));
      }
      // SIP URIs compare case-insensitively in practice (Lync stores them lower-case).
      const key = `${parsed.user}@${parsed.domain}`.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) findings.push(profileFinding(rule, path, { variant: 'duplicate', user: user.identity, sipAddress, otherUser: first }));
      else seen.set(key, user.identity);
    });
    return findings;
  },
};

export default rule;

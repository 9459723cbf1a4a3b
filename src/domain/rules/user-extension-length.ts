import type { Finding } from '../finding.ts';
import { dialPlanKey, profileFacts, profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Each user's UM extension is digits only, has exactly the number of digits of the user's dial
 * plan, and is unique within that dial plan. Enable-UMMailbox refuses anything else; on a SIP URI
 * dial plan the extension is still required, for Outlook Voice Access sign-in (DOMAIN-FACTS §2
 * O11, INV-09). Users whose dial plan does not exist are user-dial-plan-exists' finding.
 */
const rule: ProfileRule = {
  id: 'user-extension-length',
  kind: 'profile',
  severity: 'error',
  guide: 'exchange-um#d9',
  check(profile) {
    const { dialPlansByName } = profileFacts(profile);
    const findings: Finding[] = [];
    const seen = new Map<string, string>();
    profile.users.forEach((user, i) => {
      const path = ['users', i, 'extension'];
      const extension = user.extension;
      if (!/^\d+$/.test(extension)) {
        findings.push(profileFinding(rule, path, { variant: 'not-digits', user: user.identity, extension }));
        return;
      }
      const entry = dialPlansByName.get(dialPlanKey(user.dialPlan));
      if (!entry) return;
      const digits = entry.dialPlan.extensionDigits;
      if (extension.length !== digits) {
        findings.push(profileFinding(rule, path, { variant: 'length', user: user.identity, extension, dialPlan: entry.dialPlan.name, digits }));
      }
      const key = `${entry.index}:${extension}`;
      const first = seen.get(key);
      if (first !== undefined) {
        findings.push(profileFinding(rule, path, { variant: 'duplicate', user: user.identity, extension, dialPlan: entry.dialPlan.name, otherUser: first }));
      } else seen.set(key, user.identity);
    });
    return findings;
  },
};

export default rule;

import type { Finding } from '../finding.ts';
import { isE164 } from '../identifiers.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Subscriber access (Outlook Voice Access) numbers of dial plans and pilot numbers of auto
 * attendants are in E.164 form (`+` then up to 15 digits, nothing else): OcsUmUtil creates the Lync
 * contact objects from them, and Lync routes by normalised E.164 numbers (DOMAIN-FACTS §2 D6, O8,
 * INV-10). Variant: `access-number` or `pilot-number`.
 */
const rule: ProfileRule = {
  id: 'e164-numbers',
  kind: 'profile',
  severity: 'error',
  guide: 'lync-tasks#l6',
  check(profile) {
    const findings: Finding[] = [];
    profile.dialPlans.forEach((dialPlan, i) =>
      dialPlan.accessNumbers.forEach((number, j) => {
        if (!isE164(number)) findings.push(profileFinding(rule, ['dialPlans', i, 'accessNumbers', j], { variant: 'access-number', number, dialPlan: dialPlan.name }));
      }),
    );
    profile.autoAttendants.forEach((autoAttendant, i) =>
      autoAttendant.pilotNumbers.forEach((number, j) => {
        if (!isE164(number)) {
          findings.push(profileFinding(rule, ['autoAttendants', i, 'pilotNumbers', j], { variant: 'pilot-number', number, autoAttendant: autoAttendant.name }));
        }
      }),
    );
    return findings;
  },
};

export default rule;

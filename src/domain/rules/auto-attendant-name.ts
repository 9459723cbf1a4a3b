import type { Finding } from '../finding.ts';
import { dialPlanKey, profileFacts, profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/** Longest UM auto attendant name (New-UMAutoAttendant -Name). */
export const AUTO_ATTENDANT_NAME_MAX_LENGTH = 64;

/**
 * A UM auto attendant name Exchange and Lync both accept: not empty, no spaces (required when UM
 * is integrated with Lync), at most 64 characters, unique; and the dial plan the auto attendant
 * names exists in the profile (New-UMAutoAttendant needs -UMDialPlan) (DOMAIN-FACTS §2 D6, INV-03).
 */
const rule: ProfileRule = {
  id: 'auto-attendant-name',
  kind: 'profile',
  severity: 'error',
  guide: 'exchange-um#d6',
  check(profile) {
    const { dialPlansByName } = profileFacts(profile);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    profile.autoAttendants.forEach((autoAttendant, i) => {
      const name = autoAttendant.name;
      const path = ['autoAttendants', i, 'name'];
      if (name.trim() === '') findings.push(profileFinding(rule, path, { variant: 'empty', autoAttendant: name }));
      else if (/\s/.test(name)) findings.push(profileFinding(rule, path, { variant: 'space', autoAttendant: name }));
      if (name.length > AUTO_ATTENDANT_NAME_MAX_LENGTH) {
        findings.push(
          profileFinding(rule, path, { variant: 'too-long', autoAttendant: name, length: name.length, max: AUTO_ATTENDANT_NAME_MAX_LENGTH }),
        );
      }
      const key = dialPlanKey(name);
      if (key !== '' && seen.has(key)) findings.push(profileFinding(rule, path, { variant: 'duplicate', autoAttendant: name }));
      seen.add(key);
      if (!dialPlansByName.has(dialPlanKey(autoAttendant.dialPlan))) {
        findings.push(
          profileFinding(rule, ['autoAttendants', i, 'dialPlan'], { variant: 'unknown-dial-plan', autoAttendant: name, dialPlan: autoAttendant.dialPlan }),
        );
      }
    });
    return findings;
  },
};

export default rule;

import type { Finding } from '../finding.ts';
import { dialPlanKey, profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Longest usable UM dial plan name. The field holds 64 characters, but New-UMDialPlan also creates
 * the mailbox policy "<name> Default Policy", whose name must fit in 64 too: 64 − 15 = 49.
 */
export const DIAL_PLAN_NAME_MAX_LENGTH = 49;

/** Characters a UM dial plan name may not contain (EXD:create-um-dial-plan). */
export const DIAL_PLAN_NAME_FORBIDDEN = ['"', '/', '\\', '[', ']', ':', ';', '|', '=', ',', '+', '*', '?', '<', '>'] as const;

/**
 * A UM dial plan name Exchange and Lync both accept: not empty, no spaces (required when UM is
 * integrated with Lync), at most 49 characters, none of `" / \ [ ] : ; | = , + * ? < >`, and unique
 * (Active Directory names are case-insensitive). A dial plan cannot be renamed later
 * (DOMAIN-FACTS §2 O5, §3.2 INV-03).
 */
const rule: ProfileRule = {
  id: 'dial-plan-name',
  kind: 'profile',
  severity: 'error',
  guide: 'exchange-um#d1',
  check(profile) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    profile.dialPlans.forEach((dialPlan, i) => {
      const name = dialPlan.name;
      const path = ['dialPlans', i, 'name'];
      const forbidden = DIAL_PLAN_NAME_FORBIDDEN.find((c) => name.includes(c));
      if (name.trim() === '') findings.push(profileFinding(rule, path, { variant: 'empty', dialPlan: name }));
      else if (/\s/.test(name)) findings.push(profileFinding(rule, path, { variant: 'space', dialPlan: name }));
      else if (forbidden) findings.push(profileFinding(rule, path, { variant: 'forbidden-character', dialPlan: name, character: forbidden }));
      if (name.length > DIAL_PLAN_NAME_MAX_LENGTH) {
        findings.push(profileFinding(rule, path, { variant: 'too-long', dialPlan: name, length: name.length, max: DIAL_PLAN_NAME_MAX_LENGTH }));
      }
      const key = dialPlanKey(name);
      if (key !== '' && seen.has(key)) findings.push(profileFinding(rule, path, { variant: 'duplicate', dialPlan: name }));
      seen.add(key);
    });
    return findings;
  },
};

export default rule;

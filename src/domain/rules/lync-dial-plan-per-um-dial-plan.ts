import type { Finding } from '../finding.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/** What New-CsDialPlan -SimpleName accepts: letters, digits and `- . + _ ( )`, at most 256 characters. */
const simpleName = /^[\p{L}\p{N}\-.+_()]{1,256}$/u;

/**
 * Each UM dial plan names its own Lync dial plan (location profile), one to one: the guide asks for
 * an Enterprise Voice location profile for each UM SIP URI dial plan, and OcsUmUtil pairs them when
 * it creates contacts. The name is a New-CsDialPlan simple name (DOMAIN-FACTS §2 O5/D1, L1). Names
 * compare case-insensitively. It need not equal the UM dial plan's phone context (only Exchange
 * older than 2010 SP1 required that).
 */
const rule: ProfileRule = {
  id: 'lync-dial-plan-per-um-dial-plan',
  kind: 'profile',
  severity: 'error',
  guide: 'lync-tasks#l1',
  check(profile) {
    const findings: Finding[] = [];
    const owner = new Map<string, string>();
    profile.dialPlans.forEach((dialPlan, i) => {
      const lyncDialPlan = dialPlan.lyncDialPlan;
      const path = ['dialPlans', i, 'lyncDialPlan'];
      if (lyncDialPlan.trim() === '') {
        findings.push(profileFinding(rule, path, { variant: 'missing', dialPlan: dialPlan.name }));
        return;
      }
      if (!simpleName.test(lyncDialPlan)) {
        findings.push(profileFinding(rule, path, { variant: 'invalid-simple-name', dialPlan: dialPlan.name, lyncDialPlan }));
      }
      const key = lyncDialPlan.toLowerCase();
      const first = owner.get(key);
      if (first !== undefined) {
        findings.push(profileFinding(rule, path, { variant: 'shared', dialPlan: dialPlan.name, lyncDialPlan, otherDialPlan: first }));
      } else owner.set(key, dialPlan.name);
    });
    return findings;
  },
};

export default rule;

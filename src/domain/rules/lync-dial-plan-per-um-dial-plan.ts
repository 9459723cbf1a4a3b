import type { Finding } from '../finding.ts';
import { profileFinding } from '../profile-facts.ts';
import { parseLyncDialPlan } from '../lync-dial-plan.ts';
import type { ProfileRule } from './types.ts';

/** What New-CsDialPlan -SimpleName accepts: letters, digits and `- . + _ ( )`, at most 256 characters. */
const simpleName = /^[\p{L}\p{N}\-.+_()]{1,256}$/u;

const fold = (value: string) => value.trim().toLowerCase();

/**
 * Each UM dial plan names its own Lync dial plan (location profile), one to one: the guide asks for
 * an Enterprise Voice location profile for each UM SIP URI dial plan, and OcsUmUtil pairs them when
 * it creates contacts (DOMAIN-FACTS §2 O5/D1, L1, L2). The value is New-CsDialPlan's identity:
 * `site:<site>` must name a Lync site of the profile that has a Front End pool, `Registrar:<pool>`
 * a Front End pool of the profile (a Director homes no users), and anything else is a per-user
 * plan whose name must be a valid simple name. Identities compare case-insensitively. The name
 * need not equal the UM dial plan's phone context (only Exchange older than 2010 SP1 required it).
 */
const rule: ProfileRule = {
  id: 'lync-dial-plan-per-um-dial-plan',
  kind: 'profile',
  severity: 'error',
  guide: 'lync-tasks#l1',
  check(profile) {
    const findings: Finding[] = [];
    const owner = new Map<string, string>();
    const frontEnds = profile.lync.pools.filter((p) => !p.director);
    profile.dialPlans.forEach((dialPlan, i) => {
      const lyncDialPlan = dialPlan.lyncDialPlan;
      const path = ['dialPlans', i, 'lyncDialPlan'];
      if (lyncDialPlan.trim() === '') {
        findings.push(profileFinding(rule, path, { variant: 'missing', dialPlan: dialPlan.name }));
        return;
      }
      const scope = parseLyncDialPlan(lyncDialPlan);
      if (scope.kind === 'site' && !frontEnds.some((p) => fold(p.site) === fold(scope.site))) {
        findings.push(profileFinding(rule, path, { variant: 'unknown-site', dialPlan: dialPlan.name, lyncDialPlan, site: scope.site }));
      } else if (scope.kind === 'registrar' && !frontEnds.some((p) => fold(p.fqdn) === fold(scope.pool))) {
        findings.push(profileFinding(rule, path, { variant: 'unknown-pool', dialPlan: dialPlan.name, lyncDialPlan, pool: scope.pool }));
      } else if (scope.kind === 'per-user' && !simpleName.test(lyncDialPlan)) {
        findings.push(profileFinding(rule, path, { variant: 'invalid-simple-name', dialPlan: dialPlan.name, lyncDialPlan }));
      }
      const key = scope.identity.toLowerCase();
      const first = owner.get(key);
      if (first !== undefined) {
        findings.push(profileFinding(rule, path, { variant: 'shared', dialPlan: dialPlan.name, lyncDialPlan, otherDialPlan: first }));
      } else owner.set(key, dialPlan.name);
    });
    return findings;
  },
};

export default rule;

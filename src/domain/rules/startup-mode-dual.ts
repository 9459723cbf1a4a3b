import { fqdnList, profileFacts, profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Informational: set the UM startup mode to Dual on every UM service and Call Router, then restart
 * the service. After setup both listen in TCP mode, which only serves Unsecured dial plans and
 * refuses a UM certificate; Dual serves every dial plan, which is why Microsoft recommends it, and
 * the change takes effect only after a restart (DOMAIN-FACTS §2 D5, INV-04, INV-05).
 *
 * Profile rule or script rule? The profile has no startup-mode field: the mode is something the
 * runbook's commands set, not a fact the operator enters. So this rule only states the target, once
 * per deployment, with the servers concerned; checking that a script sets Dual before
 * Enable-ExchangeCertificate is the script rules' job.
 */
const rule: ProfileRule = {
  id: 'startup-mode-dual',
  kind: 'profile',
  severity: 'info',
  guide: 'exchange-um#d5',
  check(profile) {
    if (profile.exchange.servers.length === 0) return [];
    const facts = profileFacts(profile);
    return [
      profileFinding(rule, ['exchange', 'servers'], {
        umServiceServers: fqdnList(facts.umServiceServers),
        callRouterServers: fqdnList(facts.callRouterServers),
      }),
    ];
  },
};

export default rule;

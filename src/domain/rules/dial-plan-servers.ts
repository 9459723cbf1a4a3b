import { fqdnList, profileFacts, profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Informational: which Exchange servers must be added to each SIP URI dial plan. Lync treats an
 * Exchange server that is not linked to the dial plan as untrusted: it neither answers Lync's calls
 * nor may place UM's outbound calls, so every server goes into every SIP dial plan — Mailbox
 * servers with Set-UMService, Client Access servers (2016: the same Mailbox servers) with
 * Set-UMCallRouterSettings (DOMAIN-FACTS §2 O6/D4, INV-01). The profile does not record the links
 * (they are made by the runbook's commands), so this rule states the target; the script rules check
 * the commands that make it.
 */
const rule: ProfileRule = {
  id: 'dial-plan-servers',
  kind: 'profile',
  severity: 'info',
  guide: 'exchange-um#d4',
  check(profile) {
    const facts = profileFacts(profile);
    const umServiceServers = fqdnList(facts.umServiceServers);
    const callRouterServers = fqdnList(facts.callRouterServers);
    return profile.dialPlans.flatMap((dialPlan, i) =>
      dialPlan.uriType === 'SipName'
        ? [profileFinding(rule, ['dialPlans', i, 'name'], { dialPlan: dialPlan.name, umServiceServers, callRouterServers })]
        : [],
    );
  },
};

export default rule;

import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Informational: users on a SIP URI dial plan cannot receive inbound faxes, because their calls
 * come through a Mediation Server, which does not carry fax (DOMAIN-FACTS §2 D7, §10.4). Nothing in
 * the profile can fix it, so it is said once per SIP dial plan.
 */
const rule: ProfileRule = {
  id: 'fax-sip-dial-plan',
  kind: 'profile',
  severity: 'info',
  guide: 'exchange-um#d7',
  check(profile) {
    return profile.dialPlans.flatMap((dialPlan, i) =>
      dialPlan.uriType === 'SipName' ? [profileFinding(rule, ['dialPlans', i, 'uriType'], { dialPlan: dialPlan.name })] : [],
    );
  },
};

export default rule;

import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Every UM dial plan of the profile has URI type SipName. Each one maps to a Lync dial plan, and
 * Exchange 2013/2016 servers can only be linked to SIP URI dial plans (Set-UMService refuses
 * TelExtn and E164 ones). The URI type cannot be changed after creation: a wrong one means deleting
 * and recreating the dial plan (DOMAIN-FACTS §2 O5, §3.2 INV-02).
 */
const rule: ProfileRule = {
  id: 'dial-plan-sip-uri',
  kind: 'profile',
  severity: 'error',
  guide: 'exchange-um#d1',
  check(profile) {
    return profile.dialPlans.flatMap((dialPlan, i) =>
      dialPlan.uriType === 'SipName'
        ? []
        : [profileFinding(rule, ['dialPlans', i, 'uriType'], { dialPlan: dialPlan.name, uriType: dialPlan.uriType })],
    );
  },
};

export default rule;

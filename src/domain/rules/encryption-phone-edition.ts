import { assessEncryption, RECOMMENDED_VOIP_SECURITY, workingVoipSecurities } from '../encryption.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * With Lync Phone Edition devices in use, each UM dial plan is Secured. Phone Edition devices work
 * only with the pairs of the guide's table, and the guide recommends Secured because it matches
 * Lync's default encryption level (DOMAIN-FACTS §8). Pairs outside the table are
 * encryption-compatibility's errors; this rule warns about the working pairs that are not the
 * recommended one. Variant `dial-plan`: switching the dial plan to Secured is enough (Lync supports
 * encryption); variant `lync-and-dial-plan`: Lync's encryption level must change too.
 */
const rule: ProfileRule = {
  id: 'encryption-phone-edition',
  kind: 'profile',
  severity: 'warning',
  guide: 'encryption#why-secured',
  check(profile) {
    if (!profile.lync.phoneEdition) return [];
    const encryptionLevel = profile.lync.encryptionLevel;
    const securedWorks = workingVoipSecurities(encryptionLevel).includes(RECOMMENDED_VOIP_SECURITY);
    return profile.dialPlans.flatMap((dialPlan, i) => {
      const verdict = assessEncryption(encryptionLevel, dialPlan.voipSecurity);
      if (!verdict.compatible || verdict.recommended) return [];
      return [
        profileFinding(rule, ['dialPlans', i, 'voipSecurity'], {
          variant: securedWorks ? 'dial-plan' : 'lync-and-dial-plan',
          dialPlan: dialPlan.name,
          voipSecurity: dialPlan.voipSecurity,
          encryptionLevel,
          recommended: RECOMMENDED_VOIP_SECURITY,
        }),
      ];
    });
  },
};

export default rule;

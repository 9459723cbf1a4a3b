import { assessEncryption } from '../encryption.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Each UM dial plan's VoIP security works with Lync's media encryption level, per the guide's table
 * (encryption.ts). SIPSecured against RequireEncryption is the documented failure: every call from
 * the Front End pool to UM fails with "Incompatible security setting". The message variant is the
 * failure code of assessEncryption (DOMAIN-FACTS §8, INV-06).
 */
const rule: ProfileRule = {
  id: 'encryption-compatibility',
  kind: 'profile',
  severity: 'error',
  guide: 'encryption#incompatible',
  check(profile) {
    const encryptionLevel = profile.lync.encryptionLevel;
    return profile.dialPlans.flatMap((dialPlan, i) => {
      const verdict = assessEncryption(encryptionLevel, dialPlan.voipSecurity);
      if (verdict.compatible) return [];
      return [
        profileFinding(rule, ['dialPlans', i, 'voipSecurity'], {
          variant: verdict.failure!,
          dialPlan: dialPlan.name,
          voipSecurity: dialPlan.voipSecurity,
          encryptionLevel,
        }),
      ];
    });
  },
};

export default rule;

import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * A UM dial plan's country or region code is 1 to 4 digits, with no `+` and no spaces
 * (New-UMDialPlan -CountryOrRegionCode, a required parameter that Microsoft's own examples forget;
 * DOMAIN-FACTS §4, erratum M-05).
 */
const rule: ProfileRule = {
  id: 'dial-plan-country-code',
  kind: 'profile',
  severity: 'error',
  guide: 'exchange-um#d1',
  check(profile) {
    return profile.dialPlans.flatMap((dialPlan, i) =>
      /^\d{1,4}$/.test(dialPlan.countryCode)
        ? []
        : [profileFinding(rule, ['dialPlans', i, 'countryCode'], { dialPlan: dialPlan.name, countryCode: dialPlan.countryCode })],
    );
  },
};

export default rule;

import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/** The range New-UMDialPlan -NumberOfDigitsInExtension accepts. */
export const EXTENSION_DIGITS_RANGE = { min: 1, max: 20 } as const;

/**
 * A UM dial plan's number of digits in extensions is between 1 and 20. It is a required parameter
 * of New-UMDialPlan, and every user's extension on the dial plan must have that length
 * (DOMAIN-FACTS §4).
 */
const rule: ProfileRule = {
  id: 'dial-plan-extension-digits',
  kind: 'profile',
  severity: 'error',
  guide: 'exchange-um#d1',
  check(profile) {
    return profile.dialPlans.flatMap((dialPlan, i) => {
      const digits = dialPlan.extensionDigits;
      const ok = Number.isInteger(digits) && digits >= EXTENSION_DIGITS_RANGE.min && digits <= EXTENSION_DIGITS_RANGE.max;
      return ok
        ? []
        : [profileFinding(rule, ['dialPlans', i, 'extensionDigits'], { dialPlan: dialPlan.name, extensionDigits: digits, ...EXTENSION_DIGITS_RANGE })];
    });
  },
};

export default rule;

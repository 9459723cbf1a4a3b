import { dialPlanKey, profileFacts, profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * Each user names a UM dial plan of the profile. The dial plan decides the mailbox policy given to
 * Enable-UMMailbox ("<dial plan> Default Policy") and the extension length (DOMAIN-FACTS §2 O11).
 */
const rule: ProfileRule = {
  id: 'user-dial-plan-exists',
  kind: 'profile',
  severity: 'error',
  guide: 'exchange-um#d9',
  check(profile) {
    const { dialPlansByName } = profileFacts(profile);
    return profile.users.flatMap((user, i) =>
      dialPlansByName.has(dialPlanKey(user.dialPlan))
        ? []
        : [
            profileFinding(rule, ['users', i, 'dialPlan'], {
              user: user.identity,
              dialPlan: user.dialPlan,
              dialPlans: profile.dialPlans.map((d) => d.name).join(', '),
            }),
          ],
    );
  },
};

export default rule;

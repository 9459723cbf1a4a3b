import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/** Mailbox versions that get no missed-call notifications when UM is integrated with Lync. */
const withoutMissedCallNotifications = new Set(['2007', '2010']);

/**
 * Users whose mailbox is on an Exchange 2007 or 2010 Mailbox server get no missed-call
 * notifications in a Lync integration (DOMAIN-FACTS closing notes, §10.1). A warning, so the
 * operator can tell those users or move their mailboxes first.
 */
const rule: ProfileRule = {
  id: 'missed-call-notifications',
  kind: 'profile',
  severity: 'warning',
  guide: 'versions#older-exchange',
  check(profile) {
    return profile.users.flatMap((user, i) =>
      user.mailboxVersion !== undefined && withoutMissedCallNotifications.has(user.mailboxVersion)
        ? [profileFinding(rule, ['users', i, 'mailboxVersion'], { user: user.identity, mailboxVersion: user.mailboxVersion })]
        : [],
    );
  },
};

export default rule;

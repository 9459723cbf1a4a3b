import type { Profile } from '../../../src/domain/profile/index.ts';
import { exchange2016Profile } from '../runbook/helpers.ts';

/** The example moved to Exchange 2016 (Mailbox servers only, runbook/helpers.ts) with a certificate thumbprint and 2016 mailboxes. */
export function profile2016(): Profile {
  const profile = exchange2016Profile();
  profile.certificates[0]!.thumbprint = '0123456789ABCDEF0123456789ABCDEF01234567';
  for (const user of profile.users) user.mailboxVersion = '2016';
  return profile;
}

import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';

/** The example moved to Exchange 2016 (Mailbox servers only) with certificate thumbprints set. */
export function profile2016(): Profile {
  const profile = structuredClone(exampleProfile) as Profile;
  profile.exchange.version = '2016';
  profile.exchange.servers = [
    { fqdn: 'mbx01.contoso.com', roles: ['Mailbox'] },
    { fqdn: 'mbx02.contoso.com', roles: ['Mailbox'] },
  ];
  profile.certificates[0] = {
    ...profile.certificates[0]!,
    servers: ['mbx01.contoso.com', 'mbx02.contoso.com'],
    subject: 'CN=mbx01.contoso.com',
    san: ['mbx01.contoso.com', 'mbx02.contoso.com'],
    thumbprint: '0123456789ABCDEF0123456789ABCDEF01234567',
  };
  for (const user of profile.users) user.mailboxVersion = '2016';
  return profile;
}

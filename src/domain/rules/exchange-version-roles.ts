import type { Finding } from '../finding.ts';
import { profileFinding } from '../profile-facts.ts';
import type { ProfileRule } from './types.ts';

/**
 * The Exchange servers' roles fit the Exchange version. Exchange 2016 has no separate Client Access
 * role: its Mailbox servers run the Client Access services, UM Call Router included, so every 2016
 * server is a Mailbox server and none is ClientAccess. Exchange 2013 splits the UM call path
 * between the Call Router (Client Access) and the UM service (Mailbox), so both roles must be
 * present, on one server or on separate ones (DOMAIN-FACTS §10.1). Variants: `no-servers`,
 * `no-client-access`, `no-mailbox` (2013), `client-access-2016`, `mailbox-required-2016`.
 */
const rule: ProfileRule = {
  id: 'exchange-version-roles',
  kind: 'profile',
  severity: 'error',
  guide: 'versions#exchange',
  check(profile) {
    const { version, servers } = profile.exchange;
    if (servers.length === 0) return [profileFinding(rule, ['exchange', 'servers'], { variant: 'no-servers', version })];
    const findings: Finding[] = [];
    if (version === '2016') {
      servers.forEach((server, i) => {
        server.roles.forEach((role, j) => {
          if (role === 'ClientAccess') {
            findings.push(profileFinding(rule, ['exchange', 'servers', i, 'roles', j], { variant: 'client-access-2016', server: server.fqdn }));
          }
        });
        if (!server.roles.includes('Mailbox')) {
          findings.push(profileFinding(rule, ['exchange', 'servers', i, 'roles'], { variant: 'mailbox-required-2016', server: server.fqdn }));
        }
      });
      return findings;
    }
    if (!servers.some((s) => s.roles.includes('ClientAccess'))) {
      findings.push(profileFinding(rule, ['exchange', 'servers'], { variant: 'no-client-access', version }));
    }
    if (!servers.some((s) => s.roles.includes('Mailbox'))) {
      findings.push(profileFinding(rule, ['exchange', 'servers'], { variant: 'no-mailbox', version }));
    }
    return findings;
  },
};

export default rule;

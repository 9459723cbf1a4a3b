import rule from '../../../src/domain/rules/dial-plan-servers.ts';
import { testRule } from './helpers.ts';

// Info only: the rows check which servers each SIP dial plan must hold.
testRule(rule, {
  valid: [
    {
      name: 'Exchange 2013: Mailbox servers for the UM service, the CAS for the Call Router (example)',
      findings: [0, 1].map((i) => ({
        severity: 'info' as const,
        path: ['dialPlans', i, 'name'],
        params: { umServiceServers: 'mbx01.contoso.com, mbx02.contoso.com', callRouterServers: 'cas01.contoso.com' },
      })),
    },
    {
      name: 'Exchange 2016: the Mailbox servers for both',
      mutate: (p) => {
        p.exchange.version = '2016';
        p.exchange.servers = p.exchange.servers.slice(1);
        p.dialPlans.pop();
      },
      findings: [
        { severity: 'info', path: ['dialPlans', 0, 'name'], params: { umServiceServers: 'mbx01.contoso.com, mbx02.contoso.com', callRouterServers: 'mbx01.contoso.com, mbx02.contoso.com' } },
      ],
    },
    {
      name: 'a server with both 2013 roles appears in both lists',
      mutate: (p) => {
        p.exchange.servers = [{ fqdn: 'ex01.contoso.com', roles: ['ClientAccess', 'Mailbox'] }];
        p.dialPlans.pop();
      },
      findings: [{ severity: 'info', path: ['dialPlans', 0, 'name'], params: { umServiceServers: 'ex01.contoso.com', callRouterServers: 'ex01.contoso.com' } }],
    },
    {
      name: 'servers cannot join a non-SIP dial plan: nothing to say about it',
      mutate: (p) => void (p.dialPlans[0]!.uriType = 'TelExtn'),
      findings: [{ severity: 'info', path: ['dialPlans', 1, 'name'] }],
    },
  ],
  invalid: [],
});

import rule from '../../../src/domain/rules/exchange-version-roles.ts';
import { testRule } from './helpers.ts';

const e = 'error' as const;

testRule(rule, {
  valid: [
    { name: 'Exchange 2013 with separate Client Access and Mailbox servers (example)' },
    {
      name: 'Exchange 2013 with both roles on one server',
      mutate: (p) => void (p.exchange.servers = [{ fqdn: 'ex01.contoso.com', roles: ['ClientAccess', 'Mailbox'] }]),
    },
    {
      name: 'Exchange 2016 with Mailbox servers only',
      mutate: (p) => {
        p.exchange.version = '2016';
        p.exchange.servers = p.exchange.servers.slice(1);
      },
    },
  ],
  invalid: [
    { name: 'no Exchange server', mutate: (p) => void (p.exchange.servers = []), findings: [{ severity: e, path: ['exchange', 'servers'], variant: 'no-servers' }] },
    { name: 'Exchange 2013 without Client Access', mutate: (p) => void p.exchange.servers.shift(), findings: [{ severity: e, path: ['exchange', 'servers'], variant: 'no-client-access' }] },
    {
      name: 'Exchange 2013 without Mailbox',
      mutate: (p) => void p.exchange.servers.splice(1),
      findings: [{ severity: e, path: ['exchange', 'servers'], variant: 'no-mailbox' }],
    },
    {
      name: 'Exchange 2016 with a Client Access role',
      mutate: (p) => void (p.exchange.version = '2016'),
      findings: [
        { severity: e, path: ['exchange', 'servers', 0, 'roles', 0], variant: 'client-access-2016' },
        { severity: e, path: ['exchange', 'servers', 0, 'roles'], variant: 'mailbox-required-2016' },
      ],
    },
    {
      name: 'Exchange 2016 with both roles listed on one server',
      mutate: (p) => {
        p.exchange.version = '2016';
        p.exchange.servers = [{ fqdn: 'ex01.contoso.com', roles: ['Mailbox', 'ClientAccess'] }];
      },
      findings: [{ severity: e, path: ['exchange', 'servers', 0, 'roles', 1], variant: 'client-access-2016' }],
    },
  ],
});

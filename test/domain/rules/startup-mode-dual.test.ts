import rule from '../../../src/domain/rules/startup-mode-dual.ts';
import { testRule } from './helpers.ts';

// Info only: said once per deployment, with the servers whose services need Dual.
testRule(rule, {
  valid: [
    {
      name: 'Exchange 2013 (example)',
      findings: [{ severity: 'info', path: ['exchange', 'servers'], params: { umServiceServers: 'mbx01.contoso.com, mbx02.contoso.com', callRouterServers: 'cas01.contoso.com' } }],
    },
    {
      name: 'Exchange 2016: both services on each Mailbox server',
      mutate: (p) => {
        p.exchange.version = '2016';
        p.exchange.servers = [p.exchange.servers[1]!];
      },
      findings: [{ severity: 'info', path: ['exchange', 'servers'], params: { umServiceServers: 'mbx01.contoso.com', callRouterServers: 'mbx01.contoso.com' } }],
    },
    { name: 'no Exchange server yet', mutate: (p) => void (p.exchange.servers = []) },
  ],
  invalid: [],
});

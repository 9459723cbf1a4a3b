import rule from '../../../src/domain/rules/unique-server-fqdns.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [
    { name: 'the example profile' },
    { name: 'a Mediation Server collocated with a pool', mutate: (p) => void (p.lync.mediationServers[0] = 'lyncpool-paris.contoso.com') },
  ],
  invalid: [
    {
      name: 'the same Exchange server twice, in another case',
      mutate: (p) => void (p.exchange.servers[2]!.fqdn = 'MBX01.contoso.com'),
      findings: [{ severity: 'error', path: ['exchange', 'servers', 2, 'fqdn'], params: { kind: 'exchange', otherKind: 'exchange' } }],
    },
    {
      name: 'an Exchange server named like a pool',
      mutate: (p) => void (p.lync.pools[1]!.fqdn = 'mbx02.contoso.com'),
      findings: [{ severity: 'error', path: ['lync', 'pools', 1, 'fqdn'], params: { kind: 'pool', otherKind: 'exchange' } }],
    },
    {
      name: 'the same Mediation Server twice',
      mutate: (p) => void p.lync.mediationServers.push('med01.contoso.com'),
      findings: [{ severity: 'error', path: ['lync', 'mediationServers', 1] }],
    },
  ],
});

import rule from '../../../src/domain/rules/server-has-certificate.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [
    { name: 'every server covered (example)' },
    { name: 'host names compared without case', mutate: (p) => void (p.certificates[3]!.servers = ['MED01.contoso.com']) },
    {
      name: 'a Mediation Server collocated with a pool uses the pool certificate',
      mutate: (p) => {
        p.lync.mediationServers = ['lyncpool-lyon.contoso.com'];
        p.certificates.pop();
      },
    },
  ],
  invalid: [
    {
      name: 'an Exchange server left out of the shared certificate',
      mutate: (p) => void p.certificates[0]!.servers.pop(),
      findings: [{ severity: 'error', path: ['exchange', 'servers', 2, 'fqdn'], params: { server: 'mbx02.contoso.com', kind: 'exchange' } }],
    },
    {
      name: 'a pool without certificate',
      mutate: (p) => void p.certificates.splice(2, 1),
      findings: [{ severity: 'error', path: ['lync', 'pools', 1, 'fqdn'], params: { kind: 'pool' } }],
    },
    {
      name: 'a Mediation Server without certificate',
      mutate: (p) => void p.certificates.splice(3, 1),
      findings: [{ severity: 'error', path: ['lync', 'mediationServers', 0], params: { kind: 'mediation' } }],
    },
  ],
});

import rule from '../../../src/domain/rules/certificate-san-covers-servers.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [
    { name: 'shared certificate listing every server (example)' },
    { name: 'a wildcard SAN covering the servers', mutate: (p) => void (p.certificates[0]!.san = ['*.contoso.com']) },
    { name: 'a single-server certificate named in its CN only', mutate: (p) => void (p.certificates[3]!.san = []) },
    { name: 'SAN entries in another case', mutate: (p) => void (p.certificates[0]!.san = p.certificates[0]!.san.map((s) => s.toUpperCase())) },
  ],
  invalid: [
    {
      name: 'a shared certificate whose SAN misses a server',
      mutate: (p) => void (p.certificates[0]!.san = ['cas01.contoso.com', 'mbx01.contoso.com']),
      findings: [{ severity: 'error', path: ['certificates', 0, 'servers', 2], params: { server: 'mbx02.contoso.com', shared: true } }],
    },
    {
      name: 'a shared certificate relying on its CN for one server',
      mutate: (p) => void (p.certificates[0]!.san = ['mbx01.contoso.com', 'mbx02.contoso.com']),
      findings: [{ severity: 'error', path: ['certificates', 0, 'servers', 0], params: { server: 'cas01.contoso.com' } }],
    },
    {
      name: 'a wildcard covers one label only',
      mutate: (p) => {
        p.certificates[3]!.servers = ['med01.paris.contoso.com'];
        p.certificates[3]!.subject = 'CN=other.contoso.com';
        p.certificates[3]!.san = ['*.contoso.com'];
      },
      findings: [{ severity: 'error', path: ['certificates', 3, 'servers', 0], params: { shared: false } }],
    },
    {
      name: 'a single-server certificate naming another host',
      mutate: (p) => Object.assign(p.certificates[2]!, { subject: 'CN=lync.contoso.com', san: ['lync.contoso.com'] }),
      findings: [{ severity: 'error', path: ['certificates', 2, 'servers', 0] }],
    },
  ],
});

import rule from '../../../src/domain/rules/certificate-topology.ts';
import { testRule } from './helpers.ts';

const otherCa = 'CN=Fabrikam Issuing CA, DC=fabrikam, DC=com';
const row = (id: string) => ({ severity: 'info' as const, path: ['exchange', 'servers'], variant: id });

testRule(rule, {
  valid: [
    { name: 'separate servers with Lync: T4 (example)', findings: [row('T4')] },
    {
      name: 'one Exchange 2013 server with both roles and Lync: T3',
      mutate: (p) => {
        p.exchange.servers = [{ fqdn: 'cas01.contoso.com', roles: ['ClientAccess', 'Mailbox'] }];
      },
      findings: [row('T3')],
    },
    {
      name: 'Exchange 2016 with Lync: T3',
      mutate: (p) => {
        p.exchange.version = '2016';
        p.exchange.servers = p.exchange.servers.slice(1);
      },
      findings: [row('T3')],
    },
    {
      name: 'without Lync pools, separate servers: T2',
      mutate: (p) => void (p.lync.pools = []),
      findings: [row('T2')],
    },
    {
      name: 'without Lync pools, one server: T1',
      mutate: (p) => {
        p.lync.pools = [];
        p.exchange.servers = [{ fqdn: 'ex01.contoso.com', roles: ['ClientAccess', 'Mailbox'] }];
      },
      findings: [row('T1')],
    },
    {
      name: 'T4 when Lync pools have no certificate yet (server-has-certificate reports it)',
      mutate: (p) => {
        p.certificates.splice(1, 2);
        p.certificates[0]!.issuer = otherCa;
      },
      findings: [row('T4')],
    },
  ],
  invalid: [
    {
      name: 'T4: Exchange certificate from a CA the Lync pools do not use',
      mutate: (p) => void (p.certificates[0]!.issuer = otherCa),
      findings: [row('T4'), { severity: 'error', path: ['certificates', 0, 'issuer'], variant: 'same-root-as-lync', params: { row: 'T4' } }],
    },
    {
      name: 'T3: same check on a single server',
      mutate: (p) => {
        p.exchange.servers = [{ fqdn: 'cas01.contoso.com', roles: ['ClientAccess', 'Mailbox'] }];
        p.certificates[0]!.issuer = otherCa;
      },
      findings: [row('T3'), { severity: 'error', path: ['certificates', 0, 'issuer'], variant: 'same-root-as-lync', params: { row: 'T3' } }],
    },
    {
      name: 'T2: Client Access and Mailbox certificates from different CAs',
      mutate: (p) => {
        p.lync.pools = [];
        p.certificates[0]!.servers = ['mbx01.contoso.com', 'mbx02.contoso.com'];
        p.certificates.push({ name: 'CAS', servers: ['cas01.contoso.com'], subject: 'CN=cas01.contoso.com', san: [], issuer: otherCa });
      },
      findings: [row('T2'), { severity: 'error', path: ['certificates', 4, 'issuer'], variant: 'matching-certificates-on-cas-and-mailbox' }],
    },
  ],
});

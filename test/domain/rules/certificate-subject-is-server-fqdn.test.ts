import rule from '../../../src/domain/rules/certificate-subject-is-server-fqdn.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [
    { name: 'shared certificate named after one of its servers (example)' },
    { name: 'CN in another case and among other attributes', mutate: (p) => void (p.certificates[2]!.subject = 'O=Contoso, cn=LYNCPOOL-LYON.contoso.com') },
    { name: 'a wildcard subject is left to certificate-subject-no-wildcard', mutate: (p) => void (p.certificates[2]!.subject = 'CN=*.contoso.com') },
    { name: 'a certificate installed nowhere', mutate: (p) => void (p.certificates[3]!.servers = []) },
  ],
  invalid: [
    {
      name: 'a CN that is the domain, not a server (Microsoft example M-12)',
      mutate: (p) => void (p.certificates[0]!.subject = 'CN=contoso.com'),
      findings: [{ severity: 'error', path: ['certificates', 0, 'subject'] }],
    },
    {
      name: 'a CN naming a server the certificate is not on',
      mutate: (p) => void (p.certificates[3]!.subject = 'CN=med02.contoso.com'),
      findings: [{ severity: 'error', path: ['certificates', 3, 'subject'] }],
    },
    {
      name: 'no CN at all',
      mutate: (p) => void (p.certificates[3]!.subject = 'O=Contoso, C=FR'),
      findings: [{ severity: 'error', path: ['certificates', 3, 'subject'] }],
    },
    {
      name: 'a short name instead of the FQDN',
      mutate: (p) => void (p.certificates[2]!.subject = 'CN=lyncpool-lyon'),
      findings: [{ severity: 'error', path: ['certificates', 2, 'subject'] }],
    },
  ],
});

import rule from '../../../src/domain/rules/certificate-single-issuer.ts';
import { testRule } from './helpers.ts';

const otherCa = 'CN=Fabrikam Issuing CA, DC=fabrikam, DC=com';

testRule(rule, {
  valid: [
    { name: 'one CA everywhere (example)' },
    { name: 'the same issuer written with other spacing and case', mutate: (p) => void (p.certificates[2]!.issuer = 'cn=Contoso Root CA,dc=contoso,dc=com') },
    {
      name: 'a certificate on a host outside the topology does not count',
      mutate: (p) => void p.certificates.push({ name: 'Gateway', servers: ['gw01.contoso.com'], subject: 'CN=gw01.contoso.com', san: [], issuer: otherCa }),
    },
  ],
  invalid: [
    {
      name: 'the Mediation Server from another CA',
      mutate: (p) => void (p.certificates[3]!.issuer = otherCa),
      findings: [{ severity: 'warning', path: ['certificates', 3, 'issuer'], params: { issuer: otherCa, expectedIssuer: 'CN=Contoso Root CA, DC=contoso, DC=com' } }],
    },
    {
      name: 'the majority issuer is the reference',
      mutate: (p) => {
        p.certificates[0]!.issuer = otherCa;
        p.certificates[1]!.issuer = otherCa;
        p.certificates[2]!.issuer = otherCa;
      },
      findings: [{ severity: 'warning', path: ['certificates', 3, 'issuer'], params: { expectedIssuer: otherCa } }],
    },
    {
      name: 'on a tie, the first certificate is the reference',
      mutate: (p) => {
        p.certificates[2]!.issuer = otherCa;
        p.certificates[3]!.issuer = otherCa;
      },
      findings: [
        { severity: 'warning', path: ['certificates', 2, 'issuer'] },
        { severity: 'warning', path: ['certificates', 3, 'issuer'] },
      ],
    },
  ],
});

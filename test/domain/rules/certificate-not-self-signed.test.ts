import rule from '../../../src/domain/rules/certificate-not-self-signed.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [
    { name: 'CA-issued certificates (example)' },
    { name: 'explicitly not self-signed', mutate: (p) => void (p.certificates[0]!.selfSigned = false) },
    {
      name: 'an explicit statement wins over issuer = subject',
      mutate: (p) => Object.assign(p.certificates[3]!, { issuer: 'CN=med01.contoso.com', selfSigned: false }),
    },
  ],
  invalid: [
    {
      name: 'marked self-signed',
      mutate: (p) => void (p.certificates[0]!.selfSigned = true),
      findings: [{ severity: 'error', path: ['certificates', 0, 'selfSigned'] }],
    },
    {
      name: 'issued by itself (Exchange default certificate)',
      mutate: (p) => void (p.certificates[3]!.issuer = 'cn=MED01.contoso.com'),
      findings: [{ severity: 'error', path: ['certificates', 3, 'issuer'] }],
    },
  ],
});

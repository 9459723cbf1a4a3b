import rule from '../../../src/domain/rules/certificate-subject-no-wildcard.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [
    { name: 'a wildcard in the SAN only (example, Paris pool)' },
    { name: 'a subject with more attributes', mutate: (p) => void (p.certificates[0]!.subject = 'CN=cas01.contoso.com, O=Contoso, C=FR') },
    { name: 'a star in another attribute than the CN', mutate: (p) => void (p.certificates[0]!.subject = 'CN=cas01.contoso.com, O=Contoso*Labs') },
  ],
  invalid: [
    {
      name: 'a wildcard CN',
      mutate: (p) => void (p.certificates[0]!.subject = 'CN=*.contoso.com'),
      findings: [{ severity: 'error', path: ['certificates', 0, 'subject'] }],
    },
    {
      name: 'a wildcard CN after other attributes',
      mutate: (p) => void (p.certificates[3]!.subject = 'C=FR, O=Contoso, CN=*.contoso.com'),
      findings: [{ severity: 'error', path: ['certificates', 3, 'subject'] }],
    },
    {
      name: 'a bare wildcard subject without CN=',
      mutate: (p) => void (p.certificates[1]!.subject = '*.contoso.com'),
      findings: [{ severity: 'error', path: ['certificates', 1, 'subject'] }],
    },
  ],
});

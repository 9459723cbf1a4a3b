import rule from '../../../src/domain/rules/invisible-characters.ts';
import { testRule } from './helpers.ts';

const e = 'error' as const;
const w = 'warning' as const;

testRule(rule, {
  valid: [
    { name: 'the example profile' },
    { name: 'accented letters, non-Latin scripts and a non-breaking space', mutate: (p) => void ((p.dialPlans[0]!.name = 'Île-de-France Δ'), (p.name = 'Contoso\u00a0— Paris'), (p.users[0]!.identity = 'chloé@contoso.com')) },
    { name: 'a right-to-left script written without controls', mutate: (p) => void (p.lync.pools[0]!.site = 'القاهرة') },
  ],
  invalid: [
    {
      name: 'a right-to-left override in a SIP address',
      mutate: (p) => void (p.users[0]!.sipAddress = 'sip:\u202Emoc.evil@x'),
      findings: [{ severity: e, path: ['users', 0, 'sipAddress'], variant: 'bidi', params: { codePoint: 'U+202E', position: 5, count: 1 } }],
    },
    {
      name: 'a zero-width space in a dial plan name',
      mutate: (p) => void (p.dialPlans[1]!.name = 'Lyon\u200BSIP'),
      findings: [{ severity: e, path: ['dialPlans', 1, 'name'], variant: 'zero-width', params: { codePoint: 'U+200B', position: 5 } }],
    },
    {
      name: 'a left-to-right isolate in a server FQDN',
      mutate: (p) => void (p.exchange.servers[2]!.fqdn = 'mbx02.contoso.com\u2066'),
      findings: [{ severity: e, path: ['exchange', 'servers', 2, 'fqdn'], variant: 'bidi', params: { codePoint: 'U+2066' } }],
    },
    {
      name: 'zero-width joiners in an access number, counted',
      mutate: (p) => void (p.dialPlans[0]!.accessNumbers = ['+3314\u200D000\u200D1000']),
      findings: [{ severity: e, path: ['dialPlans', 0, 'accessNumbers', 0], variant: 'zero-width', params: { position: 6, count: 2 } }],
    },
    {
      name: 'the invisible left-to-right mark a copied thumbprint starts with',
      mutate: (p) => void (p.certificates[0]!.thumbprint = '\u200E0123456789ABCDEF0123456789ABCDEF01234567'),
      findings: [{ severity: e, path: ['certificates', 0, 'thumbprint'], variant: 'bidi', params: { codePoint: 'U+200E', position: 1 } }],
    },
    {
      name: 'a tag character (beyond U+FFFF) in an extension, its position in characters',
      mutate: (p) => void (p.users[1]!.extension = '12\u{E0041}34'),
      findings: [{ severity: e, path: ['users', 1, 'extension'], variant: 'format', params: { codePoint: 'U+E0041', position: 3 } }],
    },
    {
      name: 'a soft hyphen in a Lync site name',
      mutate: (p) => void (p.lync.pools[1]!.site = 'Ly\u00ADon'),
      findings: [{ severity: e, path: ['lync', 'pools', 1, 'site'], variant: 'zero-width' }],
    },
    {
      name: 'a byte-order mark in the deployment label: a warning',
      mutate: (p) => void (p.name = '\uFEFFContoso'),
      findings: [{ severity: w, path: ['name'], variant: 'zero-width' }],
    },
    {
      name: 'a bidi embedding in a certificate issuer: a warning',
      mutate: (p) => void (p.certificates[1]!.issuer = 'CN=\u202BContoso Root CA'),
      findings: [{ severity: w, path: ['certificates', 1, 'issuer'], variant: 'bidi' }],
    },
    {
      name: 'several fields at once, in document order',
      mutate: (p) => void ((p.organization.sipDomain = 'contoso\u200B.com'), (p.autoAttendants[0]!.name = 'Paris\u2067Standard'), (p.users[2]!.lineUri = 'tel:+33\u061C140001003')),
      findings: [
        { severity: e, path: ['organization', 'sipDomain'], variant: 'zero-width' },
        { severity: e, path: ['autoAttendants', 0, 'name'], variant: 'bidi' },
        { severity: e, path: ['users', 2, 'lineUri'], variant: 'bidi' },
      ],
    },
  ],
});

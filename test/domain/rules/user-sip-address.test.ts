import rule from '../../../src/domain/rules/user-sip-address.ts';
import type { Profile } from '../../../src/domain/profile/index.ts';
import { testRule } from './helpers.ts';

const sip = (value: string, index = 0) => (p: Profile) => void (p.users[index]!.sipAddress = value);
const at = (i: number) => ['users', i, 'sipAddress'];

testRule(rule, {
  valid: [
    { name: 'sip:user@contoso.com (example)' },
    { name: 'the prefix as OcsUmUtil writes it', mutate: sip('SIP:alice@contoso.com') },
    { name: 'the domain in another case', mutate: sip('sip:alice@Contoso.COM') },
    { name: 'a dotted user part', mutate: sip('sip:alice.martin@contoso.com') },
  ],
  invalid: [
    { name: 'no sip: prefix (Enable-UMMailbox form)', mutate: sip('alice@contoso.com'), findings: [{ severity: 'error', path: at(0), variant: 'malformed' }] },
    { name: 'no domain', mutate: sip('sip:alice'), findings: [{ severity: 'error', path: at(0), variant: 'malformed' }] },
    { name: 'a space', mutate: sip('sip:alice @contoso.com'), findings: [{ severity: 'error', path: at(0), variant: 'malformed' }] },
    {
      name: 'another SIP domain',
      mutate: sip('sip:alice@fabrikam.com'),
      findings: [{ severity: 'error', path: at(0), variant: 'wrong-domain', params: { sipDomain: 'contoso.com' } }],
    },
    {
      name: 'two users with one address',
      mutate: sip('sip:Alice@contoso.com', 2),
      findings: [{ severity: 'error', path: at(2), variant: 'duplicate', params: { otherUser: 'alice@contoso.com' } }],
    },
  ],
});

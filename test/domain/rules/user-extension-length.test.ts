import rule from '../../../src/domain/rules/user-extension-length.ts';
import type { Profile } from '../../../src/domain/profile/index.ts';
import { testRule } from './helpers.ts';

const ext = (value: string, index = 0) => (p: Profile) => void (p.users[index]!.extension = value);
const at = (i: number) => ['users', i, 'extension'];

testRule(rule, {
  valid: [
    { name: 'four digits on four-digit dial plans (example)' },
    { name: 'the same extension on two different dial plans', mutate: ext('1234', 2) },
    { name: 'a dial plan with longer extensions', mutate: (p) => { p.dialPlans[1]!.extensionDigits = 5; p.users[2]!.extension = '05678'; } },
    { name: 'an unknown dial plan is user-dial-plan-exists’ finding', mutate: (p) => { p.users[0]!.dialPlan = 'Nowhere'; p.users[0]!.extension = '12'; } },
  ],
  invalid: [
    { name: 'too short', mutate: ext('123'), findings: [{ severity: 'error', path: at(0), variant: 'length', params: { digits: 4, dialPlan: 'ParisSIP' } }] },
    { name: 'too long', mutate: ext('12345', 2), findings: [{ severity: 'error', path: at(2), variant: 'length' }] },
    { name: 'not only digits', mutate: ext('12a4'), findings: [{ severity: 'error', path: at(0), variant: 'not-digits' }] },
    { name: 'empty', mutate: ext(''), findings: [{ severity: 'error', path: at(0), variant: 'not-digits' }] },
    {
      name: 'two users with one extension on one dial plan',
      mutate: ext('1234', 1),
      findings: [{ severity: 'error', path: at(1), variant: 'duplicate', params: { otherUser: 'alice@contoso.com' } }],
    },
    {
      name: 'a duplicate through a dial plan named in another case',
      mutate: (p) => { p.users[1]!.extension = '1234'; p.users[1]!.dialPlan = 'PARISSIP'; },
      findings: [{ severity: 'error', path: at(1), variant: 'duplicate' }],
    },
  ],
});

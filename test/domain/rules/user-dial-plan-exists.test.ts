import rule from '../../../src/domain/rules/user-dial-plan-exists.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [{ name: 'every user on a known dial plan (example)' }, { name: 'a name in another case', mutate: (p) => void (p.users[2]!.dialPlan = 'LYONSIP') }],
  invalid: [
    {
      name: 'the Lync dial plan instead of the UM one',
      mutate: (p) => void (p.users[2]!.dialPlan = 'Lyon'),
      findings: [{ severity: 'error', path: ['users', 2, 'dialPlan'], params: { dialPlan: 'Lyon', dialPlans: 'ParisSIP, LyonSIP' } }],
    },
    { name: 'no dial plan', mutate: (p) => void (p.users[0]!.dialPlan = ''), findings: [{ severity: 'error', path: ['users', 0, 'dialPlan'] }] },
  ],
});

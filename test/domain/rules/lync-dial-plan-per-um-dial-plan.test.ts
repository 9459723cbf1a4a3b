import rule from '../../../src/domain/rules/lync-dial-plan-per-um-dial-plan.ts';
import { testRule } from './helpers.ts';

const at = (i: number) => ['dialPlans', i, 'lyncDialPlan'];

testRule(rule, {
  valid: [
    { name: 'Paris and Lyon (example)' },
    { name: 'the characters New-CsDialPlan allows', mutate: (p) => void (p.dialPlans[0]!.lyncDialPlan = 'Paris-8e_(Bureaux).+33') },
    { name: 'a name that differs from the UM phone context', mutate: (p) => void (p.dialPlans[1]!.lyncDialPlan = 'LyonPartDieu') },
  ],
  invalid: [
    { name: 'no Lync dial plan', mutate: (p) => void (p.dialPlans[1]!.lyncDialPlan = ''), findings: [{ severity: 'error', path: at(1), variant: 'missing' }] },
    {
      name: 'two UM dial plans on one Lync dial plan',
      mutate: (p) => void (p.dialPlans[1]!.lyncDialPlan = 'PARIS'),
      findings: [{ severity: 'error', path: at(1), variant: 'shared', params: { otherDialPlan: 'ParisSIP' } }],
    },
    { name: 'a space', mutate: (p) => void (p.dialPlans[0]!.lyncDialPlan = 'Paris 8'), findings: [{ severity: 'error', path: at(0), variant: 'invalid-simple-name' }] },
    { name: 'a scope prefix instead of a name', mutate: (p) => void (p.dialPlans[0]!.lyncDialPlan = 'site:Paris'), findings: [{ severity: 'error', path: at(0), variant: 'invalid-simple-name' }] },
    { name: 'over 256 characters', mutate: (p) => void (p.dialPlans[0]!.lyncDialPlan = 'P'.repeat(257)), findings: [{ severity: 'error', path: at(0), variant: 'invalid-simple-name' }] },
  ],
});

import rule from '../../../src/domain/rules/auto-attendant-name.ts';
import type { Profile } from '../../../src/domain/profile/index.ts';
import { testRule } from './helpers.ts';

const rename = (name: string) => (p: Profile) => void (p.autoAttendants[0]!.name = name);
const path = ['autoAttendants', 0, 'name'];
const second = (p: Profile) => p.autoAttendants.push({ name: 'LyonStandard', dialPlan: 'LyonSIP', pilotNumbers: ['+33472001001'], speechEnabled: false });

testRule(rule, {
  valid: [
    { name: 'the example auto attendant' },
    { name: 'exactly 64 characters', mutate: rename('A'.repeat(64)) },
    { name: 'a second auto attendant on another dial plan', mutate: second },
    { name: 'dial plan named in another case', mutate: (p) => void (p.autoAttendants[0]!.dialPlan = 'parissip') },
  ],
  invalid: [
    { name: 'a space', mutate: rename('Paris Standard'), findings: [{ severity: 'error', path, variant: 'space' }] },
    { name: '65 characters', mutate: rename('A'.repeat(65)), findings: [{ severity: 'error', path, variant: 'too-long', params: { length: 65, max: 64 } }] },
    { name: 'an empty name', mutate: rename(' '), findings: [{ severity: 'error', path, variant: 'empty' }] },
    {
      name: 'two auto attendants with one name',
      mutate: (p) => {
        second(p);
        p.autoAttendants[1]!.name = 'PARISSTANDARD';
      },
      findings: [{ severity: 'error', path: ['autoAttendants', 1, 'name'], variant: 'duplicate' }],
    },
    {
      name: 'a dial plan that does not exist',
      mutate: (p) => void (p.autoAttendants[0]!.dialPlan = 'Paris'),
      findings: [{ severity: 'error', path: ['autoAttendants', 0, 'dialPlan'], variant: 'unknown-dial-plan', params: { dialPlan: 'Paris' } }],
    },
  ],
});

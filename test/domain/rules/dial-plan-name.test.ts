import rule from '../../../src/domain/rules/dial-plan-name.ts';
import type { Profile } from '../../../src/domain/profile/index.ts';
import { testRule } from './helpers.ts';

const rename = (name: string, index = 0) => (p: Profile) => void (p.dialPlans[index]!.name = name);
const at = (index: number) => ['dialPlans', index, 'name'];

testRule(rule, {
  valid: [
    { name: 'names without spaces (example)' },
    { name: 'exactly 49 characters', mutate: rename('P'.repeat(49)) },
    { name: 'dots, hyphens, underscores and accents', mutate: rename('Paris-Défense_2.SIP') },
  ],
  invalid: [
    { name: 'a space', mutate: rename('Paris SIP'), findings: [{ severity: 'error', path: at(0), variant: 'space' }] },
    { name: 'a tab', mutate: rename('Paris\tSIP'), findings: [{ severity: 'error', path: at(0), variant: 'space' }] },
    {
      name: '50 characters: the default policy name would pass 64',
      mutate: rename('P'.repeat(50)),
      findings: [{ severity: 'error', path: at(0), variant: 'too-long', params: { length: 50, max: 49 } }],
    },
    ...['"', '/', '\\', '[', ']', ':', ';', '|', '=', ',', '+', '*', '?', '<', '>'].map((character) => ({
      name: `the forbidden character ${character}`,
      mutate: rename(`Paris${character}SIP`, 1),
      findings: [{ severity: 'error' as const, path: at(1), variant: 'forbidden-character', params: { character } }],
    })),
    { name: 'an empty name', mutate: rename(''), findings: [{ severity: 'error', path: at(0), variant: 'empty' }] },
    { name: 'the same name twice, in another case', mutate: rename('parissip', 1), findings: [{ severity: 'error', path: at(1), variant: 'duplicate' }] },
    {
      name: 'several problems at once',
      mutate: rename(`Paris SIP ${'x'.repeat(45)}`),
      findings: [
        { severity: 'error', path: at(0), variant: 'space' },
        { severity: 'error', path: at(0), variant: 'too-long' },
      ],
    },
  ],
});

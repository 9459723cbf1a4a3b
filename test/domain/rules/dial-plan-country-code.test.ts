import rule from '../../../src/domain/rules/dial-plan-country-code.ts';
import type { Profile } from '../../../src/domain/profile/index.ts';
import { testRule } from './helpers.ts';

const code = (value: string) => (p: Profile) => void (p.dialPlans[1]!.countryCode = value);
const path = ['dialPlans', 1, 'countryCode'];

testRule(rule, {
  valid: [{ name: '33 (example)' }, { name: 'one digit', mutate: code('1') }, { name: 'four digits', mutate: code('1264') }],
  invalid: [
    { name: 'empty (a required parameter)', mutate: code(''), findings: [{ severity: 'error', path }] },
    { name: 'a leading plus', mutate: code('+33'), findings: [{ severity: 'error', path, params: { countryCode: '+33' } }] },
    { name: 'five digits', mutate: code('12345'), findings: [{ severity: 'error', path }] },
    { name: 'letters', mutate: code('FR'), findings: [{ severity: 'error', path }] },
  ],
});

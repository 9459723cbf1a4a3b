import rule from '../../../src/domain/rules/dial-plan-extension-digits.ts';
import type { Profile } from '../../../src/domain/profile/index.ts';
import { testRule } from './helpers.ts';

const digits = (n: number) => (p: Profile) => void (p.dialPlans[0]!.extensionDigits = n);
const path = ['dialPlans', 0, 'extensionDigits'];

testRule(rule, {
  valid: [{ name: '4 digits (example)' }, { name: 'the minimum, 1', mutate: digits(1) }, { name: 'the maximum, 20', mutate: digits(20) }],
  invalid: [
    { name: '0 digits', mutate: digits(0), findings: [{ severity: 'error', path, params: { extensionDigits: 0, min: 1, max: 20 } }] },
    { name: '21 digits', mutate: digits(21), findings: [{ severity: 'error', path }] },
    { name: 'a negative number', mutate: digits(-4), findings: [{ severity: 'error', path }] },
  ],
});

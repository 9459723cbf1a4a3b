import rule from '../../../src/domain/rules/e164-numbers.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [
    { name: 'E.164 access and pilot numbers (example)' },
    { name: 'no pilot number at all', mutate: (p) => void (p.autoAttendants[0]!.pilotNumbers = []) },
    { name: 'fifteen digits', mutate: (p) => void (p.dialPlans[0]!.accessNumbers = ['+331400010001234']) },
  ],
  invalid: [
    {
      name: 'a national access number',
      mutate: (p) => void (p.dialPlans[1]!.accessNumbers = ['0472001000']),
      findings: [{ severity: 'error', path: ['dialPlans', 1, 'accessNumbers', 0], variant: 'access-number', params: { dialPlan: 'LyonSIP' } }],
    },
    {
      name: 'a pilot number with spaces',
      mutate: (p) => void p.autoAttendants[0]!.pilotNumbers.push('+33 1 40 00 10 02'),
      findings: [{ severity: 'error', path: ['autoAttendants', 0, 'pilotNumbers', 1], variant: 'pilot-number' }],
    },
    {
      name: 'a pilot number written as a SIP extension',
      mutate: (p) => void (p.autoAttendants[0]!.pilotNumbers = ['1001']),
      findings: [{ severity: 'error', path: ['autoAttendants', 0, 'pilotNumbers', 0], variant: 'pilot-number' }],
    },
    {
      name: 'sixteen digits',
      mutate: (p) => void (p.dialPlans[0]!.accessNumbers = ['+3314000100012345']),
      findings: [{ severity: 'error', path: ['dialPlans', 0, 'accessNumbers', 0], variant: 'access-number' }],
    },
  ],
});

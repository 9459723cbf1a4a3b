import rule from '../../../src/domain/rules/fax-sip-dial-plan.ts';
import { testRule } from './helpers.ts';

// Info only: one note per SIP URI dial plan.
testRule(rule, {
  valid: [
    {
      name: 'two SIP URI dial plans (example)',
      findings: [
        { severity: 'info', path: ['dialPlans', 0, 'uriType'] },
        { severity: 'info', path: ['dialPlans', 1, 'uriType'] },
      ],
    },
    {
      name: 'a telephone extension dial plan receives faxes',
      mutate: (p) => void (p.dialPlans[1]!.uriType = 'TelExtn'),
      findings: [{ severity: 'info', path: ['dialPlans', 0, 'uriType'] }],
    },
    { name: 'no dial plan', mutate: (p) => void (p.dialPlans = []) },
  ],
  invalid: [],
});

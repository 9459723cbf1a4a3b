import rule from '../../../src/domain/rules/dial-plan-sip-uri.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [{ name: 'SIP URI dial plans (example)' }],
  invalid: [
    {
      name: 'a telephone extension dial plan (New-UMDialPlan default)',
      mutate: (p) => void (p.dialPlans[1]!.uriType = 'TelExtn'),
      findings: [{ severity: 'error', path: ['dialPlans', 1, 'uriType'], params: { uriType: 'TelExtn' } }],
    },
    {
      name: 'an E.164 dial plan',
      mutate: (p) => void (p.dialPlans[0]!.uriType = 'E164'),
      findings: [{ severity: 'error', path: ['dialPlans', 0, 'uriType'], params: { uriType: 'E164' } }],
    },
  ],
});

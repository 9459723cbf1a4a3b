import rule from '../../../src/domain/rules/ps-duplicate-parameter.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'each parameter once', script: 'Set-UMService -Identity mbx01 -DialPlans ParisSIP,LyonSIP' },
    { name: 'the same parameter on two commands', script: 'Set-UMService -Identity mbx01; Set-UMService -Identity mbx02' },
  ],
  invalid: [
    { name: 'the same parameter twice', script: 'Set-UMService -Identity mbx01 -DialPlans ParisSIP -DialPlans LyonSIP', findings: [{ at: '-DialPlans', nth: 2, params: { parameter: 'DialPlans' } }] },
    { name: 'once in full, once abbreviated', script: 'Set-UMService -Identity mbx01 -Ident mbx02', findings: [{ at: '-Ident', nth: 2 }] },
    { name: 'through an alias', script: 'Restart-Service -Name MSExchangeUM -ServiceName MSExchangeUMCR', findings: [{ at: '-ServiceName', params: { parameter: 'Name' } }] },
  ],
});

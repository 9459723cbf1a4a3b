import rule from '../../../src/domain/rules/dial-plans-replace-list.ts';
import { testScriptRule } from './script-rule-table.ts';

testScriptRule(rule, {
  valid: [
    { name: '@{Add=…} on Set-UMService', script: "Set-UMService -Identity mbx01 -DialPlans @{Add='ParisSIP'}" },
    { name: '@{Add=…; Remove=…} on the call router', script: "Set-UMCallRouterSettings -Server cas01 -DialPlans @{Add='ParisSIP'; Remove='Old'}" },
    { name: '$null removes on purpose', script: 'Set-UMService -Identity mbx01 -DialPlans $null' },
    { name: 'a computed value', script: 'Set-UMService -Identity mbx01 -DialPlans $plans' },
    { name: 'another cmdlet', script: "Set-UMMailboxPolicy -Identity 'x' -MaxLogonAttempts 5" },
  ],
  invalid: [
    {
      name: 'one dial plan replaces the list',
      script: 'Set-UMService -Identity mbx01 -DialPlans ParisSIP',
      findings: [{ line: 1, column: 31, endLine: 1, endColumn: 50, params: { cmdlet: 'Set-UMService', server: 'mbx01', dialPlans: 'ParisSIP' } }],
    },
    {
      name: 'a comma list on the call router',
      script: "Set-UMCallRouterSettings -Server cas01 -DialPlans 'ParisSIP','LyonSIP'",
      findings: [{ line: 1, column: 40, params: { cmdlet: 'Set-UMCallRouterSettings', dialPlans: 'ParisSIP,LyonSIP' } }],
    },
    {
      name: 'colon form, second line',
      script: "Get-UMService\nSet-UMService mbx01 -DialPlans:'ParisSIP'",
      findings: [{ line: 2, column: 21 }],
    },
  ],
});

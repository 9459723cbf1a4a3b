import rule from '../../../src/domain/rules/outcalls-after-exchucutil.ts';
import { testScriptRule } from './script-rule-table.ts';

const run = 'cd $exscripts\n.\\ExchUcUtil.ps1';

testScriptRule(rule, {
  valid: [
    { name: 'restriction by name afterwards', script: `${run}\nSet-UMIPGateway -Identity '1:1' -OutcallsAllowed $false` },
    {
      name: 'restriction by address afterwards (pipeline)',
      script: `${run}\nGet-UMIPGateway | Where-Object { $_.Address.ToString() -ne 'pool.contoso.com' } | Set-UMIPGateway -OutcallsAllowed $false`,
    },
    { name: 'colon form', script: `${run}\nSet-UMIPGateway gw2 -OutcallsAllowed:$false` },
    { name: 'no ExchUcUtil in the script', script: 'Set-UMIPGateway gw2 -MessageWaitingIndicatorAllowed $false' },
  ],
  invalid: [
    { name: 'nothing after the script', script: run, findings: [{ line: 2, column: 1, endLine: 2, endColumn: 17 }] },
    {
      name: 'restriction only before the run (the script undoes it)',
      script: `Set-UMIPGateway gw2 -OutcallsAllowed $false\n${run}`,
      findings: [{ line: 3, column: 1 }],
    },
    { name: 'allowing is not restricting', script: `${run}\nSet-UMIPGateway gw2 -OutcallsAllowed $true`, findings: [{ line: 2, column: 1 }] },
    {
      name: 'a second run needs its own restriction',
      script: `${run}\nSet-UMIPGateway gw2 -OutcallsAllowed $false\n.\\ExchUcUtil.ps1`,
      findings: [{ line: 4, column: 1 }],
    },
  ],
});

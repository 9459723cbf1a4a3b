import rule from '../../../src/domain/rules/order-restart-after-startup-mode.ts';
import { testScriptRule } from './script-rule-table.ts';

const setUm = 'Set-UMService -Identity mbx01 -UMStartupMode Dual';
const setCr = 'Set-UMCallRouterSettings -Server cas01 -UMStartupMode Dual';

testScriptRule(rule, {
  valid: [
    { name: 'Restart-Service afterwards', script: `${setUm}\nRestart-Service -Name MSExchangeUM` },
    { name: 'positional name, lower case', script: `${setUm}\nrestart-service msexchangeum` },
    { name: 'both services in one Restart-Service', script: `${setUm}\n${setCr}\nRestart-Service -Name MSExchangeUM,MSExchangeUMCR` },
    { name: 'Get-Service piped to Restart-Service', script: `${setCr}\nGet-Service MSExchangeUMCR | Restart-Service` },
    { name: 'Stop-Service then Start-Service', script: `${setUm}\nStop-Service MSExchangeUM\nStart-Service MSExchangeUM` },
    { name: 'net stop then net start', script: `${setCr}\nnet stop MSExchangeUMCR\nnet start MSExchangeUMCR` },
    { name: 'inside Invoke-Command', script: `${setUm}\nInvoke-Command -ComputerName mbx01 -ScriptBlock { Restart-Service MSExchangeUM }` },
    { name: 'no startup mode change', script: 'Set-UMService -Identity mbx01 -DialPlans @{Add="ParisSIP"}' },
  ],
  invalid: [
    { name: 'no restart at all', script: setUm, findings: [{ line: 1, column: 1, endColumn: setUm.length + 1, params: { service: 'MSExchangeUM', mode: 'Dual' } }] },
    { name: 'restart before the change', script: `Restart-Service MSExchangeUM\n${setUm}`, findings: [{ line: 2, column: 1 }] },
    { name: 'the other service restarted', script: `${setCr}\nRestart-Service MSExchangeUM`, findings: [{ line: 1, column: 1, params: { service: 'MSExchangeUMCR' } }] },
    { name: 'net start without net stop', script: `${setUm}\nnet start MSExchangeUM`, findings: [{ line: 1, column: 1 }] },
    {
      name: 'two changes, one restart',
      script: `${setUm}\nRestart-Service MSExchangeUM\n${setCr}`,
      findings: [{ line: 3, column: 1, params: { service: 'MSExchangeUMCR', server: 'cas01' } }],
    },
  ],
});

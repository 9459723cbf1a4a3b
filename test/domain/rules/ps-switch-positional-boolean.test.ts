import rule from '../../../src/domain/rules/ps-switch-positional-boolean.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'the switch alone', script: 'Get-UMIPGateway -IncludeSimulator' },
    { name: 'the value with a colon', script: 'Get-UMIPGateway -IncludeSimulator:$true' },
    { name: 'a Boolean parameter takes a separate value', script: 'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed $false' },
    { name: 'a name after a switch is a real identity', script: 'Get-UMIPGateway -IncludeSimulator 1:1' },
    { name: 'no positional parameter left: the other rule refuses it', script: 'Stop-CsWindowsService -Name RTCSRV -Force $true', options: { shell: 'lync' } },
  ],
  invalid: [
    {
      name: 'the reference’s own example binds $true to -Identity',
      script: 'Get-UMIPGateway -IncludeSimulator $true',
      findings: [{ at: '$true', severity: 'warning', params: { switch: 'IncludeSimulator', parameter: 'Identity', suggestion: '-IncludeSimulator:$true' } }],
    },
    {
      name: '$false after a switch, any case',
      script: 'Get-UMIPGateway -IncludeSimulator $FALSE | Format-List Name',
      findings: [{ at: '$FALSE', params: { suggestion: '-IncludeSimulator:$FALSE' } }],
    },
  ],
});

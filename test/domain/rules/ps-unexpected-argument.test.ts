import rule from '../../../src/domain/rules/ps-unexpected-argument.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'positional Identity', script: 'Get-UMDialPlan ParisSIP' },
    { name: 'a switch with a colon value', script: 'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed $false -Confirm:$false' },
    { name: 'Write-Host takes every remaining argument', script: 'Write-Host one two three' },
    { name: 'Format-List takes a property list', script: 'Get-UMService | Format-List DialPlans,UMStartupMode' },
    { name: 'native commands take anything', script: 'net stop MSExchangeUM' },
    { name: 'Where-Object property and value', script: 'Get-UMService | Where-Object Name -EQ mbx01' },
  ],
  invalid: [
    {
      name: 'a value after a switch',
      script: 'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed $false -Confirm $false',
      findings: [{ at: '$false', nth: 2, variant: 'after-switch', params: { parameter: 'Confirm' } }],
    },
    { name: 'an unquoted value with a space', script: 'New-UMAutoAttendant -Name Paris Standard -UMDialPlan ParisSIP', findings: [{ at: 'Standard', params: { argument: 'Standard' } }] },
    { name: 'a cmdlet without positional parameters', script: 'Set-UMCallRouterSettings cas01 extra', findings: [{ at: 'extra' }] },
    { name: 'Stop-CsWindowsService -Force $true', script: 'Stop-CsWindowsService -Name RTCSRV -Force $true', options: { shell: 'lync' }, findings: [{ at: '$true', variant: 'after-switch' }] },
  ],
});

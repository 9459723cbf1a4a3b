import rule from '../../../src/domain/rules/ps-boolean-value.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: '$false', script: 'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed $false' },
    { name: 'colon form', script: 'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed:$false' },
    { name: 'numbers', script: 'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed 0 -MessageWaitingIndicatorAllowed 1' },
    { name: 'a variable or expression', script: 'New-UMAutoAttendant -Name a -UMDialPlan d -SpeechEnabled $speech; Set-UMIPGateway -Identity x -OutcallsAllowed ($i -eq 0)' },
    { name: 'a switch with $false', script: 'Set-UMIPGateway -Identity 1:1 -Confirm:$false' },
    { name: 'a String parameter takes any word', script: 'Set-UMDialPlan -Identity false' },
  ],
  invalid: [
    { name: 'bare false', script: 'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed false', findings: [{ at: 'false', params: { value: 'false', suggestion: '$false' } }] },
    { name: 'quoted True', script: "New-UMAutoAttendant -Name a -UMDialPlan d -SpeechEnabled 'True'", findings: [{ at: "'True'", params: { suggestion: '$true' } }] },
    { name: 'colon form with a word', script: 'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed:no', findings: [{ at: 'no' }] },
    { name: 'a switch given a word', script: 'Set-UMIPGateway -Identity 1:1 -Confirm:false', findings: [{ at: 'false' }] },
    { name: 'Set-CsUser -EnterpriseVoiceEnabled true', script: 'Set-CsUser -Identity alice -EnterpriseVoiceEnabled true', options: { shell: 'lync' }, findings: [{ at: 'true' }] },
    { name: 'a list', script: 'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed $true,$false', findings: [{ at: '$true,$false', variant: 'list' }] },
  ],
});

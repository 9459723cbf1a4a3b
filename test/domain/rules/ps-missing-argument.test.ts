import rule from '../../../src/domain/rules/ps-missing-argument.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'values everywhere', script: 'Set-UMService -Identity mbx01 -UMStartupMode Dual' },
    { name: 'a switch needs no value', script: 'Get-ExchangeCertificate | Format-List -Force' },
    { name: 'a colon value after a space', script: 'Set-UMIPGateway -Identity: 1:1 -OutcallsAllowed: $false' },
  ],
  invalid: [
    { name: 'a parameter followed by another', script: 'Set-UMService -Identity -UMStartupMode Dual', findings: [{ at: '-Identity', params: { parameter: 'Identity' } }] },
    { name: 'a parameter at the end of the line', script: 'Set-UMService -Identity mbx01 -UMStartupMode', findings: [{ at: '-UMStartupMode' }] },
    { name: 'a colon with nothing after it', script: 'Set-UMService -Identity:', findings: [{ at: '-Identity' }] },
    { name: 'a parameter before a pipe', script: 'Get-UMService -Identity | Format-List', findings: [{ at: '-Identity' }] },
  ],
});

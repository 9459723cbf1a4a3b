import rule from '../../../src/domain/rules/ps-unknown-parameter.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'full names', script: 'Set-UMService -Identity mbx01 -UMStartupMode Dual' },
    { name: 'an abbreviation', script: 'Set-UMService -Ident mbx01 -UMStart Dual' },
    { name: 'an alias', script: 'Restart-Service -ServiceName MSExchangeUM' },
    { name: 'common parameters and their aliases', script: 'Get-UMService -Verbose -ea Stop -OutVariable services' },
    { name: 'an en dash pasted from a word processor is a dash', script: 'Set-UMService \u2013Identity mbx01' },
    { name: 'ExchUcUtil.ps1 -Forest', script: '.\\ExchUcUtil.ps1 -Forest:"corp.contoso.com" -Verify' },
    { name: 'unknown commands are not judged', script: 'Get-Frobnicator -Anything 1' },
    { name: 'Where-Object operators as switches', script: 'Get-ExchangeCertificate | Where-Object Services -Match UM' },
  ],
  invalid: [
    { name: 'Set-UMCallRouterSettings takes -Server, not -Identity', script: 'Set-UMCallRouterSettings -Identity cas01 -UMStartupMode Dual', findings: [{ at: '-Identity' }] },
    { name: 'New-UMAutoAttendant has no -Enabled', script: 'New-UMAutoAttendant -Name ParisAA -UMDialPlan ParisSIP -Enabled $false', findings: [{ at: '-Enabled', params: { parameter: 'Enabled' } }] },
    { name: 'a typo gets a suggestion', script: 'Set-UMService -Identity mbx01 -UMStartupMod Dual -DialPlnas x', findings: [{ at: '-DialPlnas', variant: 'suggestion', params: { suggestion: 'DialPlans' } }] },
    { name: 'the EXD truncated -NumberofDigits is fine as a prefix, -NumberDigits is not', script: 'New-UMDialPlan -Name x -NumberDigits 4 -CountryOrRegionCode 1', findings: [{ at: '-NumberDigits' }] },
    { name: 'ExchUcUtil.ps1 has no -UMIPGateway', script: '.\\ExchUcUtil.ps1 -UMIPGateway gw1', findings: [{ at: '-UMIPGateway', params: { cmdlet: 'ExchUcUtil.ps1' } }] },
    { name: 'through an alias command', script: 'Get-UMService | fl -Properti Name', findings: [{ at: '-Properti', variant: 'suggestion', params: { cmdlet: 'Format-List', suggestion: 'Property' } }] },
  ],
});

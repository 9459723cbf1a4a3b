import rule from '../../../src/domain/rules/ps-missing-mandatory.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'the SfB sample dial plan', script: 'New-UMDialPlan -Name "RedmondDialPlan" -VoIPSecurity "Secured" -NumberOfDigitsInExtension 3 -URIType "SipName" -CountryOrRegionCode 1' },
    { name: 'a positional mandatory parameter', script: 'Set-UMDialPlan ParisSIP -VoIPSecurity Secured' },
    { name: 'pipeline input binds Identity', script: 'Get-UMService | Set-UMService -UMStartupMode Dual' },
    { name: 'Restart-Service by name', script: 'Restart-Service MSExchangeUM' },
    { name: 'Restart-Service from the pipeline', script: 'Get-Service MSExchangeUM | Restart-Service' },
    { name: 'Get-Credential with a user name, and alone', script: '$c = Get-Credential "contoso\\alice"; $d = Get-Credential' },
    { name: 'splatting may carry anything', script: 'New-UMDialPlan @dialPlan' },
    { name: 'Where-Object with a script block', script: 'Get-UMService | Where-Object { $_.Name -like "mbx*" }' },
    { name: 'Where-Object comparison form', script: 'Get-ExchangeCertificate | Where-Object Services -Match UM' },
    { name: 'Set-UMCallRouterSettings needs no -Server', script: 'Set-UMCallRouterSettings -UMStartupMode Dual' },
  ],
  invalid: [
    {
      name: 'New-UMDialPlan without -CountryOrRegionCode (the Microsoft examples)',
      script: 'New-UMDialPlan -Name ParisSIP -URIType SipName -NumberOfDigitsInExtension 4',
      findings: [{ at: 'New-UMDialPlan', params: { parameters: '-CountryOrRegionCode' } }],
    },
    { name: 'Set-UMService without -Identity', script: 'Set-UMService -UMStartupMode Dual', findings: [{ at: 'Set-UMService', params: { parameters: '-Identity' } }] },
    {
      name: 'New-UMAutoAttendant without its dial plan',
      script: 'New-UMAutoAttendant -Name ParisAA -Status Enabled',
      findings: [{ at: 'New-UMAutoAttendant', params: { parameters: '-UMDialPlan' } }],
    },
    { name: 'Restart-Service with nothing to restart', script: 'Restart-Service', findings: [{ at: 'Restart-Service' }] },
    { name: 'a nested command', script: 'Write-Host (New-UMMailboxPolicy -Name x)', findings: [{ at: 'New-UMMailboxPolicy', params: { parameters: '-UMDialPlan' } }] },
    {
      name: 'pipeline input does not cover a parameter that does not accept it',
      script: 'Get-UMDialPlan | New-UMHuntGroup -Name x -PilotIdentifier 123',
      findings: [{ at: 'New-UMHuntGroup' }],
    },
  ],
});

import rule from '../../../src/domain/rules/ps-enum-value.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'startup mode Dual', script: 'Set-UMService -Identity mbx01 -UMStartupMode Dual' },
    { name: 'case-insensitive', script: 'Set-UMService -Identity mbx01 -UMStartupMode dual; Set-UMDialPlan x -VoIPSecurity "secured"' },
    { name: 'a flag list', script: 'Enable-ExchangeCertificate -Server mbx01 -Thumbprint 5113AE0233A72FCCB75A1D0198628675333D010E -Services UM,UMCallRouter' },
    { name: 'a flag list inside one string', script: 'Enable-ExchangeCertificate -Thumbprint 5113AE0233A72FCCB75A1D0198628675333D010E -Services "UM, UMCallRouter"' },
    { name: 'a variable is not judged', script: 'Set-UMService -Identity mbx01 -UMStartupMode $mode' },
    { name: 'a partial list never rejects', script: 'Request-CsCertificate -New -Type SomethingNew -CA "ca.contoso.com\\Contoso CA"', options: { shell: 'lync' } },
    { name: 'a labels list never rejects', script: 'Set-UMAutoAttendant -Identity x -MatchedNameSelectionMethod PromptForAlias' },
    { name: 'a common parameter enum', script: 'Get-UMService -ErrorAction SilentlyContinue' },
    { name: 'an integer enum', script: 'New-ExchangeCertificate -KeySize 2048' },
    { name: 'a Boolean-like enum with $true', script: 'Set-UMDialPlan x -InfoAnnouncementEnabled $true' },
  ],
  invalid: [
    {
      name: 'a typo gets a suggestion',
      script: 'Set-UMService -Identity mbx01 -UMStartupMode Dula',
      findings: [{ at: 'Dula', variant: 'suggestion', params: { value: 'Dula', suggestion: 'Dual', expected: 'TCP, TLS, Dual' } }],
    },
    { name: 'SIPSecure', script: 'Set-UMDialPlan -Identity ParisSIP -VoIPSecurity SIPSecure', findings: [{ at: 'SIPSecure', variant: 'suggestion', params: { suggestion: 'SIPSecured' } }] },
    { name: 'one bad item of a list', script: 'Enable-ExchangeCertificate -Thumbprint 5113AE0233A72FCCB75A1D0198628675333D010E -Services UM,UMCallRouters', findings: [{ at: 'UMCallRouters', variant: 'suggestion', params: { suggestion: 'UMCallRouter' } }] },
    { name: 'a bad item inside one string', script: 'Enable-ExchangeCertificate -Thumbprint 5113AE0233A72FCCB75A1D0198628675333D010E -Services "UM,Web"', findings: [{ at: '"UM,Web"', params: { value: 'Web' } }] },
    { name: 'a value with no near neighbour', script: 'New-UMDialPlan -Name x -URIType Telephone -NumberOfDigitsInExtension 4 -CountryOrRegionCode 1', findings: [{ at: 'Telephone', params: { expected: 'TelExtn, E164, SipName' } }] },
    { name: 'an integer outside the list', script: 'New-ExchangeCertificate -KeySize 3072', findings: [{ at: '3072' }] },
    { name: 'a colon value', script: 'Set-UMIPGateway -Identity 1:1 -Status:Enable', findings: [{ at: 'Enable', nth: 1, variant: 'suggestion', params: { suggestion: 'Enabled' } }] },
    { name: 'a prose list rejects too', script: 'Set-UMCallRouterSettings -UMStartupMode Mixed', findings: [{ at: 'Mixed' }] },
  ],
});

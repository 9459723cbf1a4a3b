import rule from '../../../src/domain/rules/ps-profile-contradiction.ts';
import { exampleProfile, testScriptRule } from './script-helpers.ts';

// The example profile: Exchange 2013 with cas01 (ClientAccess), mbx01 and mbx02 (Mailbox);
// dial plans ParisSIP and LyonSIP; Lync pools lyncpool-paris and lyncpool-lyon.
const withProfile = { shell: 'exchange' as const, profile: exampleProfile };

testScriptRule(rule, {
  valid: [
    { name: 'no profile, nothing to compare', script: 'Set-UMService -Identity nowhere -DialPlans @{Add="Elsewhere"}', options: { profile: undefined } },
    { name: 'profile names', script: 'Set-UMService -Identity mbx01.contoso.com -DialPlans @{Add="ParisSIP","LyonSIP"} -UMStartupMode Dual', options: withProfile },
    { name: 'short server names and other casing', script: 'Set-UMService -Identity MBX02 -DialPlans parissip', options: withProfile },
    { name: 'call router on the 2013 Client Access server', script: 'Set-UMCallRouterSettings -Server cas01 -DialPlans @{Add="ParisSIP"}', options: withProfile },
    { name: 'removing an old dial plan is fine', script: 'Set-UMService -Identity mbx01 -DialPlans @{Remove="OldPlan"}', options: withProfile },
    { name: 'variables and wildcards', script: 'Set-UMService -Identity $server; Get-UMDialPlan Paris*', options: withProfile },
    { name: 'the profile dial plan with its settings', script: 'New-UMDialPlan -Name ParisSIP -URIType SipName -VoIPSecurity Secured -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33', options: withProfile },
    { name: 'a Lync pool of the profile', script: 'Test-CsExUMConnectivity -TargetFqdn lyncpool-paris.contoso.com -UserSipAddress "sip:alice@contoso.com"', options: { ...withProfile, shell: 'lync' } },
    { name: 'a gateway by IP address is not judged', script: 'New-UMIPGateway -Name gw -Address 10.0.0.5', options: withProfile },
  ],
  invalid: [
    { name: 'an unknown dial plan', script: 'New-UMAutoAttendant -Name ParisAA -UMDialPlan Paris', options: withProfile, findings: [{ at: 'Paris', nth: 2, variant: 'dial-plan', params: { expected: 'ParisSIP, LyonSIP' } }] },
    { name: 'one unknown dial plan in an Add list', script: 'Set-UMService -Identity mbx01 -DialPlans @{Add="ParisSIP","NiceSIP"}', options: withProfile, findings: [{ at: '"NiceSIP"', variant: 'dial-plan' }] },
    { name: 'Set-UMService on the Client Access server', script: 'Set-UMService -Identity cas01 -UMStartupMode Dual', options: withProfile, findings: [{ at: 'cas01', variant: 'mailbox-server' }] },
    { name: 'call router on a 2013 Mailbox server', script: 'Set-UMCallRouterSettings -Server mbx01 -UMStartupMode Dual', options: withProfile, findings: [{ at: 'mbx01', variant: 'call-router-server' }] },
    {
      name: 'call router on a 2016 Mailbox server is right, on an unknown one is not',
      script: 'Set-UMCallRouterSettings -Server mbx01 -UMStartupMode Dual; Set-UMCallRouterSettings -Server ex99 -UMStartupMode Dual',
      options: { ...withProfile, profile: { ...exampleProfile, exchange: { version: '2016', servers: [{ fqdn: 'mbx01.contoso.com', roles: ['Mailbox'] }] } } },
      findings: [{ at: 'ex99', variant: 'call-router-server' }],
    },
    { name: 'a certificate on an unknown server', script: 'Enable-ExchangeCertificate -Server mbx09 -Thumbprint 5113AE0233A72FCCB75A1D0198628675333D010E -Services UM', options: withProfile, findings: [{ at: 'mbx09', variant: 'exchange-server' }] },
    { name: 'an unknown pool', script: 'Test-CsExUMConnectivity -TargetFqdn pool.fabrikam.com -UserSipAddress "sip:alice@contoso.com"', options: { ...withProfile, shell: 'lync' }, findings: [{ at: 'pool.fabrikam.com', variant: 'lync-pool' }] },
    {
      name: 'dial plan settings that differ from the profile',
      script: 'New-UMDialPlan -Name ParisSIP -URIType SipName -VoIPSecurity SIPSecured -NumberOfDigitsInExtension 5 -CountryOrRegionCode 33',
      options: withProfile,
      findings: [
        { at: 'SIPSecured', variant: 'dial-plan-setting', params: { expected: 'Secured', dialPlan: 'ParisSIP' } },
        { at: '5', nth: 1, variant: 'dial-plan-setting', params: { expected: '4' } },
      ],
    },
    { name: 'Set-UMDialPlan VoIPSecurity against the profile', script: 'Set-UMDialPlan -Identity LyonSIP -VoIPSecurity Unsecured', options: withProfile, findings: [{ at: 'Unsecured', variant: 'dial-plan-setting' }] },
  ],
});

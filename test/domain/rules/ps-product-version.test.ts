import rule from '../../../src/domain/rules/ps-product-version.ts';
import { testScriptRule } from './script-helpers.ts';

const testConnectivity = 'Test-CsExUMConnectivity -TargetFqdn pool.contoso.com -UserSipAddress "sip:alice@contoso.com" -UserCredential $c';

testScriptRule(rule, {
  valid: [
    { name: 'Test-CsExUMConnectivity on Lync 2013', script: testConnectivity, options: { shell: 'lync', lyncVersion: '2013' } },
    { name: 'Test-CsExUMConnectivity on SfB 2015', script: testConnectivity, options: { shell: 'lync', lyncVersion: '2015' } },
    { name: 'no version chosen', script: testConnectivity, options: { shell: 'lync' } },
    { name: 'Import-ExchangeCertificate -FileName on 2013', script: 'Import-ExchangeCertificate -FileName "\\\\srv\\c.pfx"', options: { exchangeVersion: '2013' } },
    { name: 'Set-UMService on 2016', script: 'Set-UMService -Identity mbx01 -UMStartupMode Dual', options: { exchangeVersion: '2016' } },
    { name: 'Lync version does not judge Exchange cmdlets', script: 'Get-UMService', options: { lyncVersion: '2010' } },
  ],
  invalid: [
    {
      name: 'Test-CsExUMConnectivity on Lync 2010',
      script: testConnectivity,
      options: { shell: 'lync', lyncVersion: '2010' },
      findings: [{ at: 'Test-CsExUMConnectivity', variant: 'cmdlet', params: { product: 'Lync Server 2010' } }],
    },
    {
      name: 'Test-CsExUMVoiceMail on Lync 2010',
      script: 'Test-CsExUMVoiceMail -TargetFqdn pool.contoso.com -ReceiverSipAddress "sip:a@contoso.com" -SenderSipAddress "sip:b@contoso.com" -SenderCredential $c',
      options: { lyncVersion: '2010' },
      findings: [{ at: 'Test-CsExUMVoiceMail', variant: 'cmdlet' }],
    },
    {
      name: 'Import-ExchangeCertificate -FileName on 2016',
      script: 'Import-ExchangeCertificate -FileName "\\\\srv\\c.pfx"',
      options: { exchangeVersion: '2016' },
      findings: [{ at: '-FileName', variant: 'parameter', params: { parameter: 'FileName', product: 'Exchange Server 2016' } }],
    },
    {
      name: 'Enable-UMMailbox -EnableCloudVoiceMail on 2013',
      script: 'Enable-UMMailbox -Identity alice -EnableCloudVoiceMail',
      options: { exchangeVersion: '2013' },
      findings: [{ at: '-EnableCloudVoiceMail', variant: 'parameter' }],
    },
    {
      name: 'Set-CsCertificate -Roll on Lync 2010',
      script: 'Set-CsCertificate -Type Default -Thumbprint ABC -Roll -EffectiveDate "2026-12-01"',
      options: { lyncVersion: '2010' },
      findings: [{ at: '-Roll', variant: 'parameter' }, { at: '-EffectiveDate', variant: 'parameter' }],
    },
    {
      name: 'an abbreviated parameter is judged by its full name',
      script: 'Enable-UMMailbox -Identity alice -EnableCloud',
      options: { exchangeVersion: '2013' },
      findings: [{ at: '-EnableCloud', variant: 'parameter', params: { parameter: 'EnableCloudVoiceMail' } }],
    },
  ],
});

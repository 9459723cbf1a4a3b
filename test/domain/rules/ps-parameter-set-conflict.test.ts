import rule from '../../../src/domain/rules/ps-parameter-set-conflict.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'Thumbprint set', script: 'Enable-ExchangeCertificate -Server mbx01 -Thumbprint 5113AE0233A72FCCB75A1D0198628675333D010E -Services UM,UMCallRouter' },
    { name: 'Identity set', script: 'Enable-ExchangeCertificate -Identity "mbx01\\5113AE0233A72FCCB75A1D0198628675333D010E" -Services UM' },
    { name: 'common parameters fit every set', script: 'Restart-Service -Name MSExchangeUM -Verbose -ErrorAction Stop' },
  ],
  invalid: [
    {
      name: 'Identity and Thumbprint together',
      script: 'Enable-ExchangeCertificate -Identity x -Thumbprint y -Services UM',
      findings: [{ at: '-Thumbprint', params: { parameter: 'Thumbprint', other: 'Identity' } }],
    },
    { name: 'Restart-Service -Name and -DisplayName', script: 'Restart-Service -Name MSExchangeUM -DisplayName "x"', findings: [{ at: '-DisplayName' }] },
    { name: 'Where-Object script block and a comparison switch', script: 'Get-UMService | Where-Object -FilterScript { $_ } -EQ', findings: [{ at: '-EQ' }] },
  ],
});

import rule from '../../../src/domain/rules/ps-value-length.ts';
import { testScriptRule } from './script-helpers.ts';

const long = 'G'.repeat(65);

testScriptRule(rule, {
  valid: [
    { name: '64 characters', script: `New-UMIPGateway -Name ${'G'.repeat(64)} -Address pool.contoso.com` },
    { name: 'short access numbers', script: 'New-UMDialPlan -Name x -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33 -AccessTelephoneNumbers "+33140001000"' },
  ],
  invalid: [
    { name: '65 characters', script: `New-UMIPGateway -Name ${long} -Address pool.contoso.com`, findings: [{ at: long, params: { length: 65, max: 64 } }] },
    {
      name: 'one item of a list',
      script: `New-UMDialPlan -Name x -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33 -AccessTelephoneNumbers "+33140001000","${'1'.repeat(33)}"`,
      findings: [{ at: `"${'1'.repeat(33)}"`, params: { max: 32 } }],
    },
    { name: 'a friendly name over 63', script: `New-ExchangeCertificate -FriendlyName '${'f'.repeat(64)}'`, findings: [{ at: `'${'f'.repeat(64)}'` }] },
  ],
});

import rule from '../../../src/domain/rules/um-object-name.ts';
import { testScriptRule } from './script-rule-table.ts';

const long = (n: number) => 'P'.repeat(n);

testScriptRule(rule, {
  valid: [
    { name: 'the example dial plan', script: 'New-UMDialPlan -Name ParisSIP -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33' },
    { name: 'a quoted name without spaces', script: "New-UMDialPlan -Name 'Lyon-SIP_2' -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33" },
    { name: 'exactly 49 characters', script: `New-UMDialPlan -Name ${long(49)} -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33` },
    { name: 'over 64 is left to ps-value-length', script: `New-UMDialPlan -Name ${long(65)} -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33` },
    { name: 'the example auto attendant', script: 'New-UMAutoAttendant -Name ParisStandard -UMDialPlan ParisSIP -Status Enabled' },
    { name: 'a computed name', script: 'New-UMDialPlan -Name "$site SIP" -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33' },
    { name: 'a space in an existing object (Set-, not New-)', script: "Set-UMAutoAttendant -Identity 'Old AA' -Status Enabled" },
    { name: 'other cmdlets', script: "New-UMMailboxPolicy -Name 'Paris Policy' -UMDialPlan ParisSIP" },
  ],
  invalid: [
    {
      name: 'a dial plan name with a space',
      script: "New-UMDialPlan -Name 'Paris SIP' -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33",
      findings: [{ line: 1, column: 16, endLine: 1, endColumn: 33, variant: 'dial-plan-space', params: { cmdlet: 'New-UMDialPlan', name: 'Paris SIP' } }],
    },
    {
      name: 'a positional dial plan name with a forbidden character',
      script: "New-UMDialPlan 'Paris;SIP' -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33",
      findings: [{ line: 1, column: 16, variant: 'dial-plan-forbidden-character', params: { name: 'Paris;SIP', character: ';' } }],
    },
    {
      name: 'a dial plan name of 50 characters',
      script: `New-UMDialPlan -Name ${long(50)} -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33`,
      findings: [{ line: 1, column: 16, variant: 'dial-plan-too-long', params: { length: 50, max: 49 } }],
    },
    {
      name: 'an auto attendant name with a space (colon form)',
      script: "New-UMAutoAttendant -Name:'Paris Standard' -UMDialPlan ParisSIP -Status Enabled",
      findings: [{ line: 1, column: 21, variant: 'auto-attendant-space', params: { cmdlet: 'New-UMAutoAttendant', name: 'Paris Standard' } }],
    },
  ],
});

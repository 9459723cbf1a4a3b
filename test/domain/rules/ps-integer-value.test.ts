import rule from '../../../src/domain/rules/ps-integer-value.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'a number', script: 'Set-UMCallRouterSettings -SipTlsListeningPort 5061' },
    { name: 'a string of digits', script: 'Set-UMCallRouterSettings -SipTlsListeningPort "5061"' },
    { name: 'Unlimited where documented', script: 'Get-UMMailbox -ResultSize Unlimited' },
    { name: 'a variable', script: 'Set-UMCallRouterSettings -SipTcpListeningPort $port' },
    { name: 'hex and multipliers', script: 'Set-UMMailboxPolicy x -MinPINLength 0x6' },
  ],
  invalid: [
    { name: 'a word', script: 'New-UMDialPlan -Name x -NumberOfDigitsInExtension four -CountryOrRegionCode 1', findings: [{ at: 'four', params: { value: 'four' } }] },
    { name: 'digits and letters', script: 'Set-UMCallRouterSettings -SipTlsListeningPort 5061a', findings: [{ at: '5061a' }] },
    { name: 'a wrong special word', script: 'Get-UMMailbox -ResultSize All', findings: [{ at: 'All', variant: 'special', params: { special: 'Unlimited' } }] },
  ],
});

import rule from '../../../src/domain/rules/ps-value-range.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'within the range', script: 'New-UMDialPlan -Name x -NumberOfDigitsInExtension 20 -CountryOrRegionCode 1' },
    { name: 'port bounds', script: 'Set-UMCallRouterSettings -SipTcpListeningPort 1 -SipTlsListeningPort 65535' },
    { name: 'a quoted number within range', script: 'Set-UMMailboxPolicy x -MinPINLength "6"' },
    { name: 'a parameter without a documented range', script: 'Set-UMService -Identity mbx01 -MaxCallsAllowed 1000' },
  ],
  invalid: [
    { name: 'too many digits', script: 'New-UMDialPlan -Name x -NumberOfDigitsInExtension 30 -CountryOrRegionCode 1', findings: [{ at: '30', variant: 'between', params: { min: 1, max: 20 } }] },
    { name: 'zero digits', script: 'New-UMDialPlan -Name x -NumberOfDigitsInExtension 0 -CountryOrRegionCode 1', findings: [{ at: '0', nth: 1, variant: 'between' }] },
    { name: 'a port too high', script: 'Set-UMCallRouterSettings -SipTlsListeningPort 70000', findings: [{ at: '70000', variant: 'between' }] },
    { name: 'a minimum only', script: 'Set-UMMailboxPolicy x -VoiceMailPreviewPartnerMaxMessageDuration 30', findings: [{ at: '30', variant: 'min', params: { min: 60 } }] },
    { name: 'a quoted number', script: 'Set-UMMailboxPolicy x -MinPINLength "3"', findings: [{ at: '"3"', variant: 'between' }] },
  ],
});

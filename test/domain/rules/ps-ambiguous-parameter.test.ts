import rule from '../../../src/domain/rules/ps-ambiguous-parameter.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'a unique prefix', script: 'Set-UMService -Id mbx01 -UMS Dual' },
    { name: 'an exact name that is also a prefix of another', script: 'Get-ExchangeCertificate | Where-Object Services -In UM' },
    { name: 'an exact alias', script: 'Get-UMService -ea Stop' },
  ],
  invalid: [
    { name: '-D on Set-UMService', script: 'Set-UMService -Identity mbx01 -D x', findings: [{ at: '-D', params: { candidates: 'DialPlans, DomainController, Debug' } }] },
    { name: '-Sip on Set-UMCallRouterSettings', script: 'Set-UMCallRouterSettings -Server cas01 -Sip 5061', findings: [{ at: '-Sip' }] },
    { name: '-C on Where-Object', script: 'Get-UMService | Where-Object Name -C x', findings: [{ at: '-C' }] },
  ],
});

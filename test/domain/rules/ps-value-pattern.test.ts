import rule from '../../../src/domain/rules/ps-value-pattern.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'a sip: address', script: 'Enable-CsUser -Identity alice -RegistrarPool pool.contoso.com -SipAddress "sip:alice@contoso.com"', options: { shell: 'lync' } },
    { name: 'a tel: line URI with an extension', script: 'Set-CsUser -Identity alice -EnterpriseVoiceEnabled $true -LineURI "tel:+33140001234;ext=1234"', options: { shell: 'lync' } },
    { name: 'case-insensitive prefixes', script: 'Set-CsUser -Identity alice -LineURI "TEL:+33140001234"', options: { shell: 'lync' } },
    { name: 'a PIN of digits', script: 'Enable-UMMailbox -Identity alice -UMMailboxPolicy "ParisSIP Default Policy" -PIN 123456' },
    { name: 'an empty string clears', script: 'Set-CsUser -Identity alice -LineURI ""', options: { shell: 'lync' } },
    { name: 'a variable', script: 'Set-CsUser -Identity alice -LineURI $uri', options: { shell: 'lync' } },
  ],
  invalid: [
    { name: 'no sip: prefix', script: 'Enable-CsUser -Identity alice -RegistrarPool pool.contoso.com -SipAddress alice@contoso.com', options: { shell: 'lync' }, findings: [{ at: 'alice@contoso.com', variant: 'sip' }] },
    { name: 'no tel: prefix', script: 'Set-CsUser -Identity alice -LineURI "+33140001234"', options: { shell: 'lync' }, findings: [{ at: '"+33140001234"', variant: 'tel' }] },
    { name: 'a PIN too short', script: 'Enable-UMMailbox -Identity alice -UMMailboxPolicy p -PIN 123', findings: [{ at: '123', variant: 'digits' }] },
    { name: 'a display number with letters', script: 'New-CsExUmContact -SipAddress "sip:aa@contoso.com" -RegistrarPool pool.contoso.com -OU "ou=c,dc=contoso,dc=com" -DisplayNumber "+1425555ABCD"', options: { shell: 'lync' }, findings: [{ at: '"+1425555ABCD"', variant: 'pattern' }] },
    { name: 'a simple name with a space', script: 'New-CsDialPlan -Identity site:Paris -SimpleName "Paris Dial Plan"', options: { shell: 'lync' }, findings: [{ at: '"Paris Dial Plan"', variant: 'pattern' }] },
  ],
});

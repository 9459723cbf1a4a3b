import rule from '../../../src/domain/rules/ps-invisible-characters.ts';
import { quoteLiteral } from '../../../src/domain/powershell/quote.ts';
import { testScriptRule } from './script-helpers.ts';

const rlo = '\u202E';
const zwsp = '\u200B';

testScriptRule(rule, {
  valid: [
    { name: 'a plain command', script: "Set-UMDialPlan -Identity 'ParisSIP' -VoIPSecurity Secured" },
    { name: 'accents, a non-breaking space and a right-to-left script', script: "Set-UMAutoAttendant -Identity 'Standard d’Île\u00a0— القاهرة'" },
    { name: 'a generated command spells the character as a [char] code', script: `Set-CsUser -Identity alice -SipAddress ${quoteLiteral(`sip:${rlo}moc.evil@x`)}` },
  ],
  invalid: [
    {
      name: 'a right-to-left override in a single-quoted string',
      script: `Set-CsUser -Identity alice -SipAddress 'sip:${rlo}moc.evil@x'`,
      findings: [{ at: rlo, variant: 'bidi', severity: 'error', params: { codePoint: 'U+202E', where: 'string' } }],
    },
    {
      name: 'a zero-width space in a bare argument (code)',
      script: `Get-UMDialPlan Paris${zwsp}SIP`,
      findings: [{ at: zwsp, variant: 'zero-width', severity: 'error', params: { where: 'code' } }],
    },
    {
      name: 'a run of isolates counted once, in a double-quoted string',
      script: `Write-Host "a\u2066\u2069b"`,
      findings: [{ at: '\u2066\u2069', variant: 'bidi', severity: 'error', params: { codePoint: 'U+2066', where: 'string' } }],
    },
    {
      name: 'Trojan Source: a bidi control in a comment is a warning, in the code after it an error',
      script: `# check ${rlo} admin\nGet-UMService\nRestart-Service MSExchangeUM ${zwsp}`,
      findings: [
        { at: rlo, variant: 'bidi', severity: 'warning', params: { where: 'comment' } },
        { at: zwsp, nth: 1, variant: 'zero-width', severity: 'error' },
      ],
    },
    {
      name: 'in cmd.exe, everywhere an error',
      script: `net stop MSExchangeUM${'\u{E0041}'}`,
      options: { shell: 'cmd' },
      findings: [{ at: '\u{E0041}', variant: 'format', severity: 'error', params: { codePoint: 'U+E0041' } }],
    },
  ],
});

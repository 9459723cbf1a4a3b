import rule from '../../../src/domain/rules/ps-file-encoding.ts';
import { testScriptRule } from './script-helpers.ts';

const noBom = { shell: 'exchange', byteOrderMark: false } as const;

testScriptRule(rule, {
  valid: [
    { name: 'ASCII only, no BOM', script: "Enable-UMMailbox -Identity 'zoe' -UMMailboxPolicy 'ParisSIP Default Policy'", options: noBom },
    { name: 'accents in a file with a BOM', script: "Enable-UMMailbox -Identity 'Zoë Œuvray'", options: { shell: 'exchange', byteOrderMark: true } },
    { name: 'text that never was a file (the lab, a page): no encoding to check', script: "Enable-UMMailbox -Identity 'Zoë Œuvray'" },
    { name: 'cmd.exe scripts are read in the OEM code page, not checked', script: 'echo Zoë Œuvray', options: { shell: 'cmd', byteOrderMark: false } },
  ],
  invalid: [
    {
      name: 'é turns into Ã©: a wrong name (warning)',
      script: "Enable-UMMailbox -Identity 'Zoé'",
      options: noBom,
      findings: [{ at: 'é', severity: 'warning', variant: 'text', params: { character: 'é', misread: 'Ã©' } }],
    },
    {
      name: 'Œ turns into Å’: the ’ closes the value (error, even after a harmless accent)',
      script: "Enable-UMMailbox -Identity 'Zoé'\nEnable-CsUser -Identity 'xŒ; Start-Process calc; #'",
      options: noBom,
      findings: [{ at: 'Œ', severity: 'error', variant: 'quote', params: { character: 'Œ', misread: 'Å’' } }],
    },
    {
      name: 'a non-breaking hyphen (U+2011) holds 0x91: ‘',
      script: "Set-UMDialPlan -Identity 'Paris\u2011SIP'",
      options: noBom,
      findings: [{ at: '\u2011', severity: 'error', variant: 'quote' }],
    },
    {
      name: 'Cyrillic В holds 0x92',
      script: "Set-UMDialPlan -Identity 'В'",
      options: { shell: 'lync', byteOrderMark: false },
      findings: [{ at: 'В', severity: 'error', variant: 'quote' }],
    },
  ],
});

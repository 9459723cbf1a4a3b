import rule from '../../../src/domain/rules/ps-parse-error.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'closed strings of every kind', script: `Set-UMDialPlan -Identity 'it''s' -VoIPSecurity "Secured"` },
    { name: 'typographic quotes close each other', script: 'Set-UMDialPlan -Identity \u2018ParisSIP\u2019' },
    { name: 'a here-string', script: "$text = @'\nline 'one'\n'@\nWrite-Host $text" },
    { name: 'nested sub-expressions with quotes', script: `Write-Host "a $(Get-Date -Format ")") b"` },
    { name: 'a block comment', script: '<# note #> Get-UMService' },
    { name: 'a script block over several lines', script: 'Get-UMService | Where-Object {\n  $_.Name -eq "x"\n}' },
  ],
  invalid: [
    { name: 'unclosed single quote', script: `Set-UMDialPlan -Identity 'ParisSIP -VoIPSecurity Secured`, findings: [{ at: `'`, params: { opener: `'`, expected: `'` } }] },
    { name: 'unclosed double quote', script: `Get-UMDialPlan "ParisSIP`, findings: [{ at: '"', params: { expected: '"' } }] },
    { name: 'a typographic quote inside a single-quoted name ends it early', script: "Set-UMAutoAttendant -Identity 'Accueil d\u2019Paris'", findings: [{ at: "'", nth: 2 }] },
    { name: 'unclosed parenthesis', script: 'Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes("c.pfx")', findings: [{ at: '(', params: { opener: '(', expected: ')' } }] },
    { name: 'unclosed sub-expression in a string', script: 'Write-Host "now: $(Get-Date"', findings: [{ at: '"', params: { expected: '"' } }] },
    { name: 'unclosed script block', script: 'Get-UMService | Where-Object { $_.Name -eq "x"', findings: [{ at: '{', params: { opener: '{', expected: '}' } }] },
    { name: 'unclosed hashtable', script: 'Set-UMService -Identity mbx01 -DialPlans @{Add="ParisSIP"', findings: [{ at: '@{', params: { opener: '@{', expected: '}' } }] },
    { name: 'unclosed here-string', script: "$t = @'\nno end", findings: [{ at: "@'", params: { expected: "'@" } }] },
    { name: 'unclosed block comment', script: 'Get-UMService <# note', findings: [{ at: '<#', params: { expected: '#>' } }] },
  ],
});

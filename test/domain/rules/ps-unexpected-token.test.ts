import rule from '../../../src/domain/rules/ps-unexpected-token.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'a list continued after a comma on the next line', script: 'Format-List Name,\n  Address' },
    { name: 'a pipeline continued after | on the next line', script: 'Get-UMService |\n  Format-List DialPlans' },
    { name: 'an expression then a pipeline', script: '"MSExchangeUM", "MSExchangeUMCR" | Restart-Service' },
    { name: 'if / elseif / else', script: 'if ($a -eq 1) { Get-UMService } elseif ($b) { Get-UMDialPlan } else { Get-UMIPGateway }' },
    { name: '60 nested parentheses (the parser once stopped at 60)', script: `Write-Output ${'('.repeat(60)}1${')'.repeat(60)}` },
    { name: 'foreach over servers', script: 'foreach ($s in "mbx01","mbx02") { Set-UMService -Identity $s -UMStartupMode Dual }' },
  ],
  invalid: [
    { name: 'a trailing comma', script: 'Enable-ExchangeCertificate -Thumbprint 5113AE0233A72FCCB75A1D0198628675333D010E -Services UM,', findings: [{ at: ',', params: { token: ',' } }] },
    { name: 'a trailing pipe', script: 'Get-UMService |', findings: [{ at: '|' }] },
    { name: 'an empty pipe element', script: 'Get-UMService | | Format-List', findings: [{ at: '|', nth: 1 }] },
    { name: 'a stray closing parenthesis', script: 'Get-UMService)', findings: [{ at: ')' }] },
    { name: 'a bare word in an expression', script: 'if ($mode -eq Dual) { Get-UMService }', findings: [{ at: 'Dual' }] },
    { name: 'an assignment without a value', script: '$c =', findings: [{ at: '=' }] },
    { name: 'an expression after a pipe', script: 'Get-UMService | $x', findings: [{ at: '$x' }] },
    { name: 'a background ampersand', script: 'Get-UMService &', findings: [{ at: '&' }] },
    {
      name: 'pathological nesting, reported once with its own variant',
      script: `$x = ${'('.repeat(1000)}1${')'.repeat(1000)}`,
      findings: [{ at: '(', nth: 300, variant: 'too-deep' }],
    },
  ],
});

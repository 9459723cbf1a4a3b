import rule from '../../../src/domain/rules/ps-unknown-cmdlet.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'catalog cmdlets and a core alias', script: 'Get-UMService | fl DialPlans,UMStartupMode' },
    { name: 'well-known cmdlets outside the catalog', script: 'Start-Sleep -Seconds 5; Get-Date | Out-Null' },
    { name: 'a native program', script: 'net stop MSExchangeUM' },
    { name: 'a script path', script: 'cd $exscripts; .\\ExchUcUtil.ps1 -Forest:"corp.contoso.com"' },
    { name: 'a program by full path', script: '& "C:\\Program Files\\Common Files\\Microsoft Lync Server 2013\\Support\\OcsUmUtil.exe"' },
    { name: 'a function the script defines', script: 'function Restart-Um { Restart-Service MSExchangeUM }\nRestart-Um' },
    { name: 'cmd.exe: any program may exist', script: 'mytool /x', options: { shell: 'cmd' } },
    { name: 'a computed command name', script: '& $command -Identity x' },
    { name: 'case does not matter', script: 'get-umservice' },
  ],
  invalid: [
    {
      name: 'the seed\'s Create-ExchangeCertificate',
      script: 'Create-ExchangeCertificate -GenerateRequest',
      findings: [{ at: 'Create-ExchangeCertificate', variant: 'suggestion', params: { suggestion: 'New-ExchangeCertificate' } }],
    },
    { name: 'the Exchange 2010 Set-UMServer', script: 'Set-UMServer -Identity mbx01', findings: [{ at: 'Set-UMServer', variant: 'suggestion', params: { suggestion: 'Set-UMService' } }] },
    { name: 'a transposition typo', script: 'Get-UMSerivce', findings: [{ at: 'Get-UMSerivce', variant: 'suggestion', params: { suggestion: 'Get-UMService' } }] },
    { name: 'New-CsPstnUsage does not exist', script: 'New-CsPstnUsage -Identity x', findings: [{ at: 'New-CsPstnUsage', variant: 'suggestion', params: { suggestion: 'Set-CsPstnUsage' } }] },
    { name: 'a nested unknown command', script: 'Write-Host (Get-Frobnicator)', findings: [{ at: 'Get-Frobnicator', params: { command: 'Get-Frobnicator' } }] },
    { name: 'ExchUcUtil.ps1 without .\\ (PowerShell does not run scripts from the current folder)', script: 'ExchUcUtl', findings: [{ at: 'ExchUcUtl' }] },
  ],
});

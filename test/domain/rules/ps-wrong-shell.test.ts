import rule from '../../../src/domain/rules/ps-wrong-shell.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'Exchange cmdlets in the Exchange shell', script: 'Set-UMService -Identity mbx01 -UMStartupMode Dual', options: { shell: 'exchange' } },
    { name: 'Lync cmdlets in the Lync shell', script: 'Get-CsMediaConfiguration', options: { shell: 'lync' } },
    { name: 'core cmdlets in both', script: 'Restart-Service MSExchangeUM', options: { shell: 'lync' } },
    { name: 'ExchUcUtil in the Exchange shell', script: 'cd $exscripts; .\\ExchUcUtil.ps1', options: { shell: 'exchange' } },
    { name: 'net in cmd.exe', script: 'net stop MSExchangeUM && net start MSExchangeUM', options: { shell: 'cmd' } },
    { name: 'OcsUmUtil in cmd.exe', script: 'cd /d "%CommonProgramFiles%\\Microsoft Lync Server 2013\\Support"\nOcsUmUtil.exe', options: { shell: 'cmd' } },
    { name: 'anything with shell any', script: 'Get-CsPool; Get-UMService', options: { shell: 'any' } },
  ],
  invalid: [
    { name: 'a Lync cmdlet in the Exchange shell', script: 'Get-CsMediaConfiguration', options: { shell: 'exchange' }, findings: [{ at: 'Get-CsMediaConfiguration', variant: 'lync' }] },
    { name: 'an Exchange cmdlet in the Lync shell', script: 'Get-UMDialPlan ParisSIP', options: { shell: 'lync' }, findings: [{ at: 'Get-UMDialPlan', variant: 'exchange' }] },
    { name: 'ExchUcUtil in the Lync shell', script: '.\\ExchUcUtil.ps1', options: { shell: 'lync' }, findings: [{ at: '.\\ExchUcUtil.ps1', variant: 'exchange' }] },
    { name: 'OcsUmUtil in the Exchange shell', script: 'OcsUmUtil.exe', options: { shell: 'exchange' }, findings: [{ at: 'OcsUmUtil.exe', variant: 'lync' }] },
    { name: 'a PowerShell cmdlet in cmd.exe', script: 'Restart-Service MSExchangeUM', options: { shell: 'cmd' }, findings: [{ at: 'Restart-Service', variant: 'powershell' }] },
    { name: 'an Exchange cmdlet in cmd.exe', script: 'net start MSExchangeUM & Get-UMService', options: { shell: 'cmd' }, findings: [{ at: 'Get-UMService', variant: 'exchange' }] },
    { name: 'a known Lync cmdlet outside the catalog in the Exchange shell', script: 'Get-CsTopology', options: { shell: 'exchange' }, findings: [{ at: 'Get-CsTopology', variant: 'lync' }] },
    { name: 'a pipeline mixing both products', script: 'Get-CsUser | Enable-UMMailbox', options: { shell: 'lync' }, findings: [{ at: 'Enable-UMMailbox', variant: 'exchange' }] },
  ],
});

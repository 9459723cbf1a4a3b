import rule from '../../../src/domain/rules/restart-front-end-after-exchucutil.ts';
import { testScriptRule } from './script-rule-table.ts';

const run = 'Set-Location $exscripts\n.\\ExchUcUtil.ps1';
const restart =
  'Get-CsPool -Identity pool.contoso.com | Select-Object -ExpandProperty Computers | ForEach-Object { Stop-CsWindowsService -Name RTCSRV -ComputerName $_; Start-CsWindowsService -Name RTCSRV -ComputerName $_ }';

testScriptRule(rule, {
  valid: [
    { name: 'Stop/Start-CsWindowsService RTCSRV afterwards', script: `${run}\n${restart}` },
    { name: 'Restart-Service RTCSRV afterwards', script: `${run}\nRestart-Service RTCSRV` },
    { name: 'net stop / net start RTCSRV', script: `${run}\nnet stop RTCSRV\nnet start RTCSRV` },
    { name: 'no ExchUcUtil', script: 'Get-CsPool' },
    {
      name: 'Start-CsWindowsService without -Name starts every Lync service, RTCSRV included',
      script: `${run}\nStop-CsWindowsService -Name RTCSRV -ComputerName fe01.contoso.com\nStart-CsWindowsService -ComputerName fe01.contoso.com`,
    },
  ],
  invalid: [
    {
      name: 'a runbook that manages Lync too: warning',
      script: `${run}\nGet-CsMediaConfiguration`,
      findings: [{ severity: 'warning', line: 2, column: 1, endColumn: 17 }],
    },
    { name: 'an Exchange-only script: info reminder', script: run, options: { shell: 'exchange' }, findings: [{ severity: 'info', line: 2, column: 1 }] },
    { name: 'restart before the run', script: `${restart}\n${run}`, options: { shell: 'lync' }, findings: [{ severity: 'warning', line: 3, column: 1 }] },
    { name: 'stopped but never started', script: `${run}\nStop-CsWindowsService -Name RTCSRV`, options: { shell: 'any' }, findings: [{ line: 2, column: 1 }] },
    {
      name: 'another service started, by name',
      script: `${run}\nStop-CsWindowsService -Name RTCSRV\nStart-CsWindowsService -Name RTCRGS`,
      options: { shell: 'any' },
      findings: [{ line: 2, column: 1 }],
    },
  ],
});

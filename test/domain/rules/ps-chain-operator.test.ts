import rule from '../../../src/domain/rules/ps-chain-operator.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'the same line in cmd.exe', script: 'net stop MSExchangeUM && net start MSExchangeUM', options: { shell: 'cmd' } },
    { name: 'statements separated with ;', script: 'net stop MSExchangeUM; net start MSExchangeUM' },
    { name: '-and inside an expression', script: 'if ($a -and $b) { Restart-Service MSExchangeUM }' },
    { name: '&& inside a string', script: `Write-Host "net stop && net start"` },
  ],
  invalid: [
    { name: '&& in the Exchange Management Shell', script: 'net stop MSExchangeUM && net start MSExchangeUM', findings: [{ at: '&&', params: { operator: '&&' } }] },
    { name: '|| in the Lync Server Management Shell', script: 'Stop-CsWindowsService -Name RTCSRV || Write-Host failed', options: { shell: 'lync' }, findings: [{ at: '||', params: { operator: '||' } }] },
    { name: 'two chains on two lines', script: 'a && b\nc && d', options: { shell: 'any' }, findings: [{ at: '&&' }, { at: '&&', nth: 2 }] },
  ],
});

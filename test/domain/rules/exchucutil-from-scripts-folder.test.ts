import rule from '../../../src/domain/rules/exchucutil-from-scripts-folder.ts';
import { testScriptRule } from './script-rule-table.ts';

testScriptRule(rule, {
  valid: [
    { name: 'cd $exscripts', script: 'cd $exscripts\n.\\ExchUcUtil.ps1' },
    { name: 'Set-Location -Path $exscripts', script: 'Set-Location -Path $exscripts\n.\\ExchUcUtil.ps1 -Forest:contoso.com' },
    { name: 'Push-Location to the V15 Scripts folder', script: "Push-Location 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Scripts'\n.\\ExchUcUtil.ps1" },
    { name: '$env:ExchangeInstallPath\\Scripts', script: 'Set-Location "$env:ExchangeInstallPath\\Scripts"\n./ExchUcUtil.ps1' },
    { name: 'a computed location is trusted', script: 'Set-Location $folder\n.\\ExchUcUtil.ps1' },
    { name: 'no ExchUcUtil', script: 'cd C:\\\nGet-UMIPGateway' },
  ],
  invalid: [
    { name: 'no location change', script: '.\\ExchUcUtil.ps1', findings: [{ line: 1, column: 1, endColumn: 17, variant: 'no-location' }] },
    {
      name: 'the last cd goes elsewhere',
      script: 'cd $exscripts\ncd C:\\Temp\n.\\ExchUcUtil.ps1',
      findings: [{ line: 3, column: 1, variant: 'elsewhere' }],
    },
    {
      name: 'started by its full path from another folder (the M-01 trap)',
      script: "& 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Scripts\\ExchUcUtil.ps1'",
      findings: [{ line: 1, column: 1, variant: 'path' }],
    },
    { name: 'started through $exscripts without cd', script: '& "$exscripts\\ExchUcUtil.ps1"', findings: [{ line: 1, column: 1, variant: 'path' }] },
  ],
});

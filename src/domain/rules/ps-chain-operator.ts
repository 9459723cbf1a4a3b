import { diagnosticFindings } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * `&&` and `||` chain commands in cmd.exe and in PowerShell 7, but the Exchange and Lync
 * management shells run Windows PowerShell (5.1 at most), where they are a parse error. A line such
 * as `net stop MSExchangeUM && net start MSExchangeUM` belongs in cmd.exe, or is written with `;`.
 */
const rule: ScriptRule = {
  id: 'ps-chain-operator',
  kind: 'script',
  severity: 'error',
  check: ({ parsed }) => diagnosticFindings(parsed, 'chain', (d) => scriptFinding(rule, d.range, { operator: d.params.operator ?? '' })),
};

export default rule;

import type { Finding } from '../finding.ts';
import { commandLabel } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * Two parameters that belong to different parameter sets of the cmdlet, so no set accepts both
 * (`Enable-ExchangeCertificate -Identity … -Thumbprint …`, `Get-Mailbox -Identity … -Anr …`).
 * PowerShell stops with "Parameter set cannot be resolved". The finding points at the parameter
 * that ruled out the last possible set.
 */
const rule: ScriptRule = {
  id: 'ps-parameter-set-conflict',
  kind: 'script',
  severity: 'error',
  check({ bindings }) {
    const findings: Finding[] = [];
    for (const binding of bindings) {
      for (const problem of binding.problems) {
        if (problem.kind !== 'set-conflict') continue;
        findings.push(scriptFinding(rule, problem.node.nameRange, { cmdlet: commandLabel(binding), parameter: problem.name, other: problem.other }));
      }
    }
    return findings;
  },
};

export default rule;

import { commandLabel, nameRange, problemFindings } from '../powershell/rule-support.ts';
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
  check: ({ bindings, parsed }) =>
    problemFindings(bindings, 'set-conflict', (problem, binding) =>
      scriptFinding(rule, nameRange(parsed, problem.node), { cmdlet: commandLabel(binding), parameter: problem.name, other: problem.other }),
    ),
};

export default rule;

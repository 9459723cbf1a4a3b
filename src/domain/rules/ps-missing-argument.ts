import type { Finding } from '../finding.ts';
import { commandLabel } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * A parameter that needs a value is followed by another parameter or by the end of the command
 * (`Set-UMService -Identity -UMStartupMode Dual`). PowerShell stops with "Missing an argument for
 * parameter". Often a placeholder was left empty when the command was adapted.
 */
const rule: ScriptRule = {
  id: 'ps-missing-argument',
  kind: 'script',
  severity: 'error',
  check({ bindings }) {
    const findings: Finding[] = [];
    for (const binding of bindings) {
      for (const problem of binding.problems) {
        if (problem.kind !== 'missing-argument') continue;
        findings.push(scriptFinding(rule, problem.node.nameRange, { cmdlet: commandLabel(binding), parameter: problem.name }));
      }
    }
    return findings;
  },
};

export default rule;

import type { Finding } from '../finding.ts';
import { commandLabel } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * The same parameter given twice (also through an alias or an abbreviation). PowerShell refuses
 * the command ("Cannot bind parameter because parameter … is specified more than once"). For a
 * list, give all values once: `-DialPlans A,B`, or `@{Add='A','B'}` to add to the current list.
 */
const rule: ScriptRule = {
  id: 'ps-duplicate-parameter',
  kind: 'script',
  severity: 'error',
  check({ bindings }) {
    const findings: Finding[] = [];
    for (const binding of bindings) {
      for (const problem of binding.problems) {
        if (problem.kind !== 'duplicate-parameter') continue;
        findings.push(scriptFinding(rule, problem.node.nameRange, { cmdlet: commandLabel(binding), parameter: problem.name }));
      }
    }
    return findings;
  },
};

export default rule;

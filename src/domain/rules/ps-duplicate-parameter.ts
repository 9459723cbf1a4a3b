import { commandLabel, nameRange, problemFindings } from '../powershell/rule-support.ts';
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
  check: ({ bindings, parsed }) =>
    problemFindings(bindings, 'duplicate-parameter', (problem, binding) =>
      scriptFinding(rule, nameRange(parsed, problem.node), { cmdlet: commandLabel(binding), parameter: problem.name }),
    ),
};

export default rule;

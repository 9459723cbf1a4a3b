import { commandLabel, nameRange, problemFindings } from '../powershell/rule-support.ts';
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
  check: ({ bindings, parsed }) =>
    problemFindings(bindings, 'missing-argument', (problem, binding) =>
      scriptFinding(rule, nameRange(parsed, problem.node), { cmdlet: commandLabel(binding), parameter: problem.name }),
    ),
};

export default rule;

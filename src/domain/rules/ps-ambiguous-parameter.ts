import { commandLabel, nameRange, problemFindings } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * An abbreviated parameter that starts more than one parameter name or alias of the cmdlet
 * (`Set-UMService -D` could be -DialPlans or -DomainController, or the common -Debug).
 * PowerShell refuses it; write enough of the name to make it unique — ideally all of it.
 */
const rule: ScriptRule = {
  id: 'ps-ambiguous-parameter',
  kind: 'script',
  severity: 'error',
  check: ({ bindings, parsed }) =>
    problemFindings(bindings, 'ambiguous-parameter', (problem, binding) =>
      scriptFinding(rule, nameRange(parsed, problem.node), {
        cmdlet: commandLabel(binding),
        parameter: problem.node.name,
        candidates: problem.candidates.join(', '),
      }),
    ),
};

export default rule;

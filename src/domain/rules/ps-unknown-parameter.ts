import { commandLabel, nameRange, problemFindings } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * `-Name` matches no parameter of the cmdlet, not even as an alias or an abbreviation: PowerShell
 * stops with "A parameter cannot be found that matches parameter name". Typical cases are
 * parameters of a sibling cmdlet (`Set-UMCallRouterSettings -Identity` instead of `-Server`,
 * `New-UMIPGateway -Identity` instead of `-Name`) and parameters that do not exist at all
 * (`New-UMAutoAttendant -Enabled`). Suggests the nearest real parameter.
 */
const rule: ScriptRule = {
  id: 'ps-unknown-parameter',
  kind: 'script',
  severity: 'error',
  check: ({ bindings, parsed }) =>
    problemFindings(bindings, 'unknown-parameter', (problem, binding) => {
      const params = { cmdlet: commandLabel(binding), parameter: problem.node.name };
      return scriptFinding(rule, nameRange(parsed, problem.node), problem.suggestion ? { ...params, variant: 'suggestion', suggestion: problem.suggestion } : params);
    }),
};

export default rule;

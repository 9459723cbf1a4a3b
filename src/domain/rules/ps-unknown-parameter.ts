import type { Finding } from '../finding.ts';
import { commandLabel } from '../powershell/rule-support.ts';
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
  check({ bindings }) {
    const findings: Finding[] = [];
    for (const binding of bindings) {
      for (const problem of binding.problems) {
        if (problem.kind !== 'unknown-parameter') continue;
        const params = { cmdlet: commandLabel(binding), parameter: problem.node.name };
        findings.push(
          scriptFinding(rule, problem.node.nameRange, problem.suggestion ? { ...params, variant: 'suggestion', suggestion: problem.suggestion } : params),
        );
      }
    }
    return findings;
  },
};

export default rule;

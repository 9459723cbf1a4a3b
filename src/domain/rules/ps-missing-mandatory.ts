import type { Finding } from '../finding.ts';
import { commandLabel } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * A mandatory parameter of the parameter set the command uses is missing. PowerShell would stop
 * and prompt for it, which breaks an unattended runbook and hides the mistake (the Microsoft
 * examples of New-UMDialPlan omit the mandatory -CountryOrRegionCode, for instance). The set is
 * the one that fits the given parameters best; a parameter that accepts pipeline input is not
 * missing when the command receives pipeline input, and nothing is missing when `@splat` is used.
 */
const rule: ScriptRule = {
  id: 'ps-missing-mandatory',
  kind: 'script',
  severity: 'error',
  check({ bindings, parsed }) {
    const findings: Finding[] = [];
    for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
      const binding = bindings[bindingIndex]!;
      if (binding.missingMandatory.length === 0) continue;
      findings.push(
        scriptFinding(rule, rangeOf(parsed, binding.command.name), {
          cmdlet: commandLabel(binding),
          parameters: binding.missingMandatory.map((p) => `-${p}`).join(', '),
          parameterSet: binding.parameterSet ?? '',
        }),
      );
    }
    return findings;
  },
};

export default rule;

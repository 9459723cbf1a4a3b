import type { Finding } from '../finding.ts';
import { commandLabel, valueItems } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * A string longer than the documented maximum for the parameter (each item, for lists): a UM dial
 * plan, auto attendant or gateway name over 64 characters, an access number over 32, a friendly
 * name over 63. Exchange refuses the value when the command runs.
 */
const rule: ScriptRule = {
  id: 'ps-value-length',
  kind: 'script',
  severity: 'error',
  check({ bindings }) {
    const findings: Finding[] = [];
    for (const binding of bindings) {
      if (binding.stopParsing) continue;
      for (const parameter of binding.parameters) {
        const max = parameter.spec.lengthMax;
        if (max === undefined) continue;
        for (const item of valueItems(parameter.value)) {
          if (item.kind !== 'string' || item.text.length <= max) continue;
          findings.push(scriptFinding(rule, item.node.range, { cmdlet: commandLabel(binding), parameter: parameter.spec.name, length: item.text.length, max }));
        }
      }
    }
    return findings;
  },
};

export default rule;

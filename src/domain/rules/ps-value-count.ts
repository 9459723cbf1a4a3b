import type { Finding } from '../finding.ts';
import { commandLabel, valueItems } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * More items than the documentation allows in a multi-valued parameter: at most 9 key mappings on
 * a UM auto attendant (keys 1 to 9), at most 3 object types for Grant-CsOUPermission.
 */
const rule: ScriptRule = {
  id: 'ps-value-count',
  kind: 'script',
  severity: 'error',
  check({ bindings }) {
    const findings: Finding[] = [];
    for (const binding of bindings) {
      if (binding.stopParsing) continue;
      for (const parameter of binding.parameters) {
        const max = parameter.spec.maxItems;
        if (max === undefined || !parameter.value) continue;
        const count = valueItems(parameter.value).filter((i) => i.modifier === undefined || i.modifier === 'add').length;
        if (count <= max) continue;
        findings.push(scriptFinding(rule, parameter.value.range, { cmdlet: commandLabel(binding), parameter: parameter.spec.name, count, max }));
      }
    }
    return findings;
  },
};

export default rule;

import { parameterFindings, parameterItems, parameterSubject } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * More items than the documentation allows in a multi-valued parameter: at most 9 key mappings on
 * a UM auto attendant (keys 1 to 9), at most 3 object types for Grant-CsOUPermission.
 */
const rule: ScriptRule = {
  id: 'ps-value-count',
  kind: 'script',
  severity: 'error',
  check: ({ bindings, parsed }) =>
    parameterFindings(bindings, (parameter, binding) => {
      const max = parameter.spec.maxItems;
      if (max === undefined || !parameter.value) return undefined;
      const count = parameterItems(parameter).filter((i) => i.modifier === undefined || i.modifier === 'add').length;
      return count > max ? scriptFinding(rule, rangeOf(parsed, parameter.value), { ...parameterSubject(binding, parameter), count, max }) : undefined;
    }),
};

export default rule;

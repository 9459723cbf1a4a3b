import { parameterSubject, valueRule } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * A string longer than the documented maximum for the parameter (each item, for lists): a UM dial
 * plan, auto attendant or gateway name over 64 characters, an access number over 32, a friendly
 * name over 63. Exchange refuses the value when the command runs.
 */
const rule: ScriptRule = valueRule({
  id: 'ps-value-length',
  severity: 'error',
  valueCheck: {
    select: (spec) => spec.lengthMax,
    check: (item, max, parameter, binding, parsed) =>
      item.kind === 'string' && item.text.length > max
        ? scriptFinding(rule, rangeOf(parsed, item.node), { ...parameterSubject(binding, parameter), length: item.text.length, max })
        : undefined,
  },
});

export default rule;

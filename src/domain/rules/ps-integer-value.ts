import type { Finding } from '../finding.ts';
import { commandLabel, valueItems } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/** Text PowerShell converts to an integer: optional sign, digits (or 0x hex), an optional kb…pb multiplier. */
export const integerText = /^\s*[+-]?(\d+|0x[0-9a-f]+)(kb|mb|gb|tb|pb)?\s*$/i;

/**
 * A value that cannot become a number for an integer parameter (`-NumberOfDigitsInExtension four`,
 * `-SipTlsListeningPort 5061a`). Strings of digits are fine (PowerShell converts them), and so are
 * the documented special words such as `Unlimited` where the parameter accepts them.
 */
const rule: ScriptRule = {
  id: 'ps-integer-value',
  kind: 'script',
  severity: 'error',
  check({ bindings }) {
    const findings: Finding[] = [];
    for (const binding of bindings) {
      if (binding.stopParsing) continue;
      for (const parameter of binding.parameters) {
        const spec = parameter.spec;
        if (!spec.isInteger) continue;
        const special = new Set(spec.specialValues.map((v) => v.toLowerCase()));
        for (const item of valueItems(parameter.value)) {
          if (item.kind !== 'string') continue;
          if (integerText.test(item.text) || special.has(item.text.trim().toLowerCase())) continue;
          const params = { cmdlet: commandLabel(binding), parameter: spec.name, value: item.text };
          findings.push(scriptFinding(rule, item.node.range, special.size ? { ...params, variant: 'special', special: spec.specialValues.join(', ') } : params));
        }
      }
    }
    return findings;
  },
};

export default rule;

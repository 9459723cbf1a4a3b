import type { ParameterSpec } from '../catalog/index.ts';
import { parameterSubject, valueRule } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/** Text PowerShell converts to an integer: optional sign, digits (or 0x hex), an optional kb…pb multiplier. */
export const integerText = /^\s*[+-]?(\d+|0x[0-9a-f]+)(kb|mb|gb|tb|pb)?\s*$/i;

/**
 * A value that cannot become a number for an integer parameter (`-NumberOfDigitsInExtension four`,
 * `-SipTlsListeningPort 5061a`). Strings of digits are fine (PowerShell converts them), and so are
 * the documented special words such as `Unlimited` where the parameter accepts them.
 */
/** The lower-case special values (`Unlimited`) of an integer parameter, built once per parameter spec. */
const specialValues = new WeakMap<ParameterSpec, ReadonlySet<string>>();

function specialValuesOf(spec: ParameterSpec): ReadonlySet<string> {
  let special = specialValues.get(spec);
  if (!special) {
    special = new Set(spec.specialValues.map((v) => v.toLowerCase()));
    specialValues.set(spec, special);
  }
  return special;
}

const rule: ScriptRule = valueRule({
  id: 'ps-integer-value',
  severity: 'error',
  valueCheck: {
    select: (spec) => (spec.isInteger ? specialValuesOf(spec) : undefined),
    check: (item, special, parameter, binding, parsed) => {
      if (item.kind !== 'string') return undefined;
      if (integerText.test(item.text) || special.has(item.text.trim().toLowerCase())) return undefined;
      const params = { ...parameterSubject(binding, parameter), value: item.text };
      return scriptFinding(rule, rangeOf(parsed, item.node), special.size ? { ...params, variant: 'special', special: parameter.spec.specialValues.join(', ') } : params);
    },
  },
});

export default rule;

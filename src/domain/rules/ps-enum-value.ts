import type { ParameterSpec } from '../catalog/index.ts';
import { nearest } from '../catalog/suggest.ts';
import { parameterSubject, valueItemFindings } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * A value outside the documented list of an enumerated parameter (`-UMStartupMode Dula`,
 * `-VoIPSecurity SIPSecure`, `-Services UM,UMCallRouters`). Comparison ignores case, as PowerShell's
 * does. Multi-valued and flag parameters take comma lists, either as PowerShell lists
 * (`UM,UMCallRouter`) or inside one string (`"UM, UMCallRouter"`); each item is checked. Only lists
 * the documentation gives in full (`listed`, `prose`) reject a value; partial lists and display
 * labels never do. Suggests the nearest documented value.
 */
/** What the check needs of a closed enumeration, built once per parameter spec (a script sets the same parameters thousands of times). */
interface ClosedEnum {
  allowed: readonly string[];
  allowedLower: ReadonlySet<string>;
  numericType: boolean;
}

const closedEnums = new WeakMap<ParameterSpec, ClosedEnum>();

function closedEnumOf(spec: ParameterSpec, allowed: readonly string[]): ClosedEnum {
  let closed = closedEnums.get(spec);
  if (!closed) {
    closed = { allowed, allowedLower: new Set(allowed.map((v) => v.toLowerCase())), numericType: /^u?int/i.test(spec.type) };
    closedEnums.set(spec, closed);
  }
  return closed;
}

const rule: ScriptRule = {
  id: 'ps-enum-value',
  kind: 'script',
  severity: 'error',
  check: ({ bindings }) =>
    valueItemFindings(
      bindings,
      (spec) => (spec.enum && spec.enumIsClosed ? closedEnumOf(spec, spec.enum) : undefined),
      (item, { allowed, allowedLower, numericType }, parameter, binding) => {
        if (item.kind === 'null') return undefined;
        // A number names an enum member by value (PowerShell accepts it); only integer-typed lists compare numbers.
        if (item.kind === 'number' && !numericType) return undefined;
        const pieces = parameter.spec.multiValue && item.kind === 'string' ? item.text.split(',').map((p) => p.trim()) : [item.text];
        return pieces
          .filter((piece) => !allowedLower.has(piece.toLowerCase()))
          .map((piece) => {
            const suggestion = piece === '' ? undefined : nearest(piece, allowed);
            const params = { ...parameterSubject(binding, parameter), value: piece, expected: allowed.join(', ') };
            return scriptFinding(rule, item.node.range, suggestion ? { ...params, variant: 'suggestion', suggestion } : params);
          });
      },
    ),
};

export default rule;

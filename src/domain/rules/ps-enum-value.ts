import type { ParameterSpec } from '../catalog/index.ts';
import type { Finding } from '../finding.ts';
import type { ExpressionAst, ParseResult } from '../powershell/ast.ts';
import type { BoundParameter, CommandBinding } from '../powershell/binder.ts';
import { nearest } from '../catalog/suggest.ts';
import { parameterSubject, valueRule } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

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

/** The finding about one value outside the list, with the nearest allowed value when there is one. */
function enumFinding(piece: string, allowed: readonly string[], parameter: BoundParameter, binding: CommandBinding, parsed: ParseResult, node: ExpressionAst): Finding {
  const suggestion = piece === '' ? undefined : nearest(piece, allowed);
  const params = { ...parameterSubject(binding, parameter), value: piece, expected: allowed.join(', ') };
  return scriptFinding(rule, rangeOf(parsed, node), suggestion ? { ...params, variant: 'suggestion', suggestion } : params);
}

const rule: ScriptRule = valueRule({
  id: 'ps-enum-value',
  severity: 'error',
  valueCheck: {
    select: (spec) => (spec.enum && spec.enumIsClosed ? closedEnumOf(spec, spec.enum) : undefined),
    check: (item, { allowed, allowedLower, numericType }, parameter, binding, parsed) => {
      if (item.kind === 'null') return undefined;
      // A number names an enum member by value (PowerShell accepts it); only integer-typed lists compare numbers.
      if (item.kind === 'number' && !numericType) return undefined;
      // Most values are allowed: nothing is allocated for them (no split, filter or map).
      if (!(parameter.spec.multiValue && item.kind === 'string')) {
        return allowedLower.has(item.text.toLowerCase()) ? undefined : enumFinding(item.text, allowed, parameter, binding, parsed, item.node);
      }
      if (!item.text.includes(',')) {
        const piece = item.text.trim();
        return allowedLower.has(piece.toLowerCase()) ? undefined : enumFinding(piece, allowed, parameter, binding, parsed, item.node);
      }
      let findings: Finding[] | undefined;
      for (const part of item.text.split(',')) {
        const piece = part.trim();
        if (!allowedLower.has(piece.toLowerCase())) (findings ??= []).push(enumFinding(piece, allowed, parameter, binding, parsed, item.node));
      }
      return findings;
    },
  },
});

export default rule;

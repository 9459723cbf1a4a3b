import { nearest } from '../catalog/suggest.ts';
import type { Finding } from '../finding.ts';
import { commandLabel, valueItems } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * A value outside the documented list of an enumerated parameter (`-UMStartupMode Dula`,
 * `-VoIPSecurity SIPSecure`, `-Services UM,UMCallRouters`). Comparison ignores case, as PowerShell's
 * does. Multi-valued and flag parameters take comma lists, either as PowerShell lists
 * (`UM,UMCallRouter`) or inside one string (`"UM, UMCallRouter"`); each item is checked. Only lists
 * the documentation gives in full (`listed`, `prose`) reject a value; partial lists and display
 * labels never do. Suggests the nearest documented value.
 */
const rule: ScriptRule = {
  id: 'ps-enum-value',
  kind: 'script',
  severity: 'error',
  check({ bindings }) {
    const findings: Finding[] = [];
    for (const binding of bindings) {
      if (binding.stopParsing) continue;
      for (const parameter of binding.parameters) {
        const spec = parameter.spec;
        if (!spec.enum || !spec.enumIsClosed) continue;
        const allowed = spec.enum;
        const allowedLower = new Set(allowed.map((v) => v.toLowerCase()));
        const numericType = /^u?int/i.test(spec.type);
        for (const item of valueItems(parameter.value)) {
          if (item.kind === 'null') continue;
          // A number names an enum member by value (PowerShell accepts it); only integer-typed lists compare numbers.
          if (item.kind === 'number' && !numericType) continue;
          const pieces = spec.multiValue && item.kind === 'string' ? item.text.split(',').map((p) => p.trim()) : [item.text];
          for (const piece of pieces) {
            if (allowedLower.has(piece.toLowerCase())) continue;
            const suggestion = piece === '' ? undefined : nearest(piece, allowed);
            const params = { cmdlet: commandLabel(binding), parameter: spec.name, value: piece, expected: allowed.join(', ') };
            findings.push(scriptFinding(rule, item.node.range, suggestion ? { ...params, variant: 'suggestion', suggestion } : params));
          }
        }
      }
    }
    return findings;
  },
};

export default rule;

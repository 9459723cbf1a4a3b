import type { Finding } from '../finding.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';
import { runs } from '../script-order.ts';
import { AUTO_ATTENDANT_NAME_MAX_LENGTH } from './auto-attendant-name.ts';
import { DIAL_PLAN_NAME_FORBIDDEN, DIAL_PLAN_NAME_MAX_LENGTH } from './dial-plan-name.ts';

/**
 * The names `New-UMDialPlan -Name` and `New-UMAutoAttendant -Name` give must suit an integration
 * with Lync: no spaces in either; for a dial plan also none of `" / \ [ ] : ; | = , + * ? < >` and
 * at most 49 characters, because Exchange also creates "<name> Default Policy" (64 at most). Neither
 * object can be renamed later (DOMAIN-FACTS §2 O5 and D6, §3.2 INV-03). The same limits as the
 * profile rules `dial-plan-name` and `auto-attendant-name`, applied to a typed command. Names over
 * 64 characters are left to `ps-value-length`; computed names are not judged.
 */
const rule: ScriptRule = {
  id: 'um-object-name',
  kind: 'script',
  severity: 'error',
  guide: 'exchange-um#d1',
  check({ bindings, parsed }) {
    const findings: Finding[] = [];
    for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
      const binding = bindings[bindingIndex]!;
      const dialPlan = runs(binding, 'new-umdialplan');
      if (!dialPlan && !runs(binding, 'new-umautoattendant')) continue;
      const bound = binding.byName.get('Name');
      const name = bound?.literal;
      if (!bound || name === undefined || bound.staticValue.kind !== 'string') continue;
      const cmdlet = binding.resolvedName ?? '';
      if (!dialPlan) {
        if (/\s/.test(name)) findings.push(scriptFinding(rule, rangeOf(parsed, bound), { variant: 'auto-attendant-space', cmdlet, name }));
        continue;
      }
      const forbidden = DIAL_PLAN_NAME_FORBIDDEN.find((c) => name.includes(c));
      if (/\s/.test(name)) findings.push(scriptFinding(rule, rangeOf(parsed, bound), { variant: 'dial-plan-space', cmdlet, name }));
      else if (forbidden) findings.push(scriptFinding(rule, rangeOf(parsed, bound), { variant: 'dial-plan-forbidden-character', cmdlet, name, character: forbidden }));
      if (name.length > DIAL_PLAN_NAME_MAX_LENGTH && name.length <= AUTO_ATTENDANT_NAME_MAX_LENGTH) {
        findings.push(
          scriptFinding(rule, rangeOf(parsed, bound), { variant: 'dial-plan-too-long', cmdlet, name, length: name.length, max: DIAL_PLAN_NAME_MAX_LENGTH }),
        );
      }
    }
    return findings;
  },
};

export default rule;

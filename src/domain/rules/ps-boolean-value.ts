import type { Finding } from '../finding.ts';
import { parameterFindings, parameterItems, parameterSubject, valueRange } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * A Boolean parameter given a word or a string (`-OutcallsAllowed false`, `-SpeechEnabled 'True'`).
 * PowerShell accepts only $true, $false and numbers there ("Boolean parameters accept only Boolean
 * values and numbers"); the bare word `false` is a string and is refused. Switches written with a
 * colon (`-Confirm:false`) are checked the same way; `-Confirm:$false` is right.
 */
const rule: ScriptRule = {
  id: 'ps-boolean-value',
  kind: 'script',
  severity: 'error',
  check: ({ bindings, source, parsed }) =>
    parameterFindings(bindings, (parameter, binding) => {
      const spec = parameter.spec;
      if (!spec.isBoolean && !(spec.isSwitch && parameter.parameterNode?.colon)) return undefined;
      if (parameter.staticValue.kind === 'list') {
        const text = parameter.value ? source.slice(parameter.value.start, parameter.value.end) : '';
        return scriptFinding(rule, valueRange(parsed, parameter), { ...parameterSubject(binding, parameter), value: text, variant: 'list' });
      }
      // A loop, not filter/map: most Boolean values are right, and then nothing is allocated.
      const items = parameterItems(parameter);
      let findings: Finding[] | undefined;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        if (item.kind !== 'string') continue;
        (findings ??= []).push(
          scriptFinding(rule, rangeOf(parsed, item.node), {
            ...parameterSubject(binding, parameter),
            value: item.text,
            suggestion: /^(true|yes|on|1)$/i.test(item.text.trim()) ? '$true' : /^(false|no|off|0)$/i.test(item.text.trim()) ? '$false' : '$true / $false',
          }),
        );
      }
      return findings;
    }),
};

export default rule;

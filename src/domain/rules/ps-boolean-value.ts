import type { Finding } from '../finding.ts';
import { commandLabel, valueItems } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

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
  check({ bindings, source }) {
    const findings: Finding[] = [];
    for (const binding of bindings) {
      if (binding.stopParsing) continue;
      for (const parameter of binding.parameters) {
        const spec = parameter.spec;
        if (!spec.isBoolean && !(spec.isSwitch && parameter.parameterNode?.colon)) continue;
        const value = parameter.staticValue;
        if (value.kind === 'list') {
          const text = parameter.value ? source.slice(parameter.value.start, parameter.value.end) : '';
          findings.push(scriptFinding(rule, parameter.valueRange ?? parameter.range, { cmdlet: commandLabel(binding), parameter: spec.name, value: text, variant: 'list' }));
          continue;
        }
        for (const item of valueItems(parameter.value)) {
          if (item.kind !== 'string') continue;
          findings.push(
            scriptFinding(rule, item.node.range, {
              cmdlet: commandLabel(binding),
              parameter: spec.name,
              value: item.text,
              suggestion: /^(true|yes|on|1)$/i.test(item.text.trim()) ? '$true' : /^(false|no|off|0)$/i.test(item.text.trim()) ? '$false' : '$true / $false',
            }),
          );
        }
      }
    }
    return findings;
  },
};

export default rule;

import { parameterFindings, parameterSubject } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * `$true` or `$false` written after a switch with a space (`Get-UMIPGateway -IncludeSimulator
 * $true`): a switch takes no separate value, so the switch is on and the Boolean binds to the
 * cmdlet's next positional parameter (here -Identity, which then looks for a gateway named
 * "True"). The command may run without an error and do something else than intended. Written
 * with a colon, `-IncludeSimulator:$true`, the value goes to the switch. When no positional
 * parameter can take the value, PowerShell refuses it instead (`ps-unexpected-argument`).
 */
const rule: ScriptRule = {
  id: 'ps-switch-positional-boolean',
  kind: 'script',
  severity: 'warning',
  check: ({ bindings, source, parsed }) =>
    parameterFindings(bindings, (parameter, binding) => {
      if (!parameter.positional || !parameter.afterSwitch || !parameter.value) return undefined;
      const value = parameter.value;
      if (value.kind !== 'Variable' || !/^(true|false)$/i.test(value.name)) return undefined;
      const written = source.slice(value.start, value.end);
      return scriptFinding(rule, rangeOf(parsed, value), {
        ...parameterSubject(binding, parameter),
        switch: parameter.afterSwitch,
        value: written,
        suggestion: `-${parameter.afterSwitch}:${written}`,
      });
    }),
};

export default rule;

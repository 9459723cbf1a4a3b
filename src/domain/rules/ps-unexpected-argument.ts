import { clipped } from '../inert-text.ts';
import { commandLabel, problemFindings } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * A bare argument that no positional parameter can take: PowerShell stops with "A positional
 * parameter cannot be found that accepts argument". The classic cause is a value after a switch,
 * `-Force $false` or `-Confirm $false`: a switch takes no separate value, so `$false` becomes a
 * stray argument — write `-Confirm:$false`. Another is a value with a space left unquoted.
 */
const rule: ScriptRule = {
  id: 'ps-unexpected-argument',
  kind: 'script',
  severity: 'error',
  check: ({ bindings, source, parsed }) =>
    problemFindings(bindings, 'unexpected-argument', (problem, binding) => {
      const argument = clipped(source.slice(problem.node.start, problem.node.end), 40);
      const params = { cmdlet: commandLabel(binding), argument };
      return scriptFinding(rule, rangeOf(parsed, problem.node), problem.afterSwitch ? { ...params, variant: 'after-switch', parameter: problem.afterSwitch } : params);
    }),
};

export default rule;

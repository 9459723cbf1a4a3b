import { diagnosticFindings } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * A token PowerShell cannot place: a stray `)` or `}`, an operator with nothing after it
 * (`-Services UM,`), an empty pipeline element, a bare word inside an expression (`$x -eq foo`),
 * an expression after `|`. Windows PowerShell rejects the whole script at parse time.
 */
const rule: ScriptRule = {
  id: 'ps-unexpected-token',
  kind: 'script',
  severity: 'error',
  check: ({ parsed }) => diagnosticFindings(parsed, 'unexpected', (d) => scriptFinding(rule, d.range, { token: d.params.token ?? '' })),
};

export default rule;

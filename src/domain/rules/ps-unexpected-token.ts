import { diagnosticFindings } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * A token PowerShell cannot place: a stray `)` or `}`, an operator with nothing after it
 * (`-Services UM,`), an empty pipeline element, a bare word inside an expression (`$x -eq foo`),
 * an expression after `|`. Windows PowerShell rejects the whole script at parse time. Also, with
 * the variant `too-deep`, brackets and blocks nested beyond what the parser reads (`maxNesting`).
 */
const rule: ScriptRule = {
  id: 'ps-unexpected-token',
  kind: 'script',
  severity: 'error',
  check: ({ parsed }) =>
    diagnosticFindings(parsed, 'unexpected', (d) =>
      // Nesting too deep to read (hundreds of brackets) has its own wording, with the limit.
      d.params.variant === 'too-deep'
        ? scriptFinding(rule, d.range, { variant: 'too-deep', limit: d.params.limit ?? '', token: d.params.token ?? '' })
        : scriptFinding(rule, d.range, { token: d.params.token ?? '' }),
    ),
};

export default rule;

import { diagnosticFindings } from '../powershell/rule-support.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/**
 * Something the script opens is never closed: a string, here-string, block comment, `( )`,
 * `$( )`, `@( )`, `{ }`, `@{ }` or `[ ]`. PowerShell refuses to run any of the script then, and
 * everything after the opener reads differently from what was meant. The finding points at the opener.
 */
const rule: ScriptRule = {
  id: 'ps-parse-error',
  kind: 'script',
  severity: 'error',
  check: ({ parsed }) => diagnosticFindings(parsed, 'unclosed', (d) => scriptFinding(rule, d.range, { opener: d.params.opener ?? '', expected: d.params.expected ?? '' })),
};

export default rule;

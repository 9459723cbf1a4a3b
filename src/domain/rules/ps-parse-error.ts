import type { Finding } from '../finding.ts';
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
  check({ parsed }) {
    const findings: Finding[] = [];
    for (const d of parsed.diagnostics) {
      if (d.code === 'unclosed') findings.push(scriptFinding(rule, d.range, { opener: d.params.opener ?? '', expected: d.params.expected ?? '' }));
    }
    return findings;
  },
};

export default rule;

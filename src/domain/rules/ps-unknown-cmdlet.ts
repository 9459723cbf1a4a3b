import type { Finding } from '../finding.ts';
import { walk } from '../powershell/visit.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

/** Names that are run as files (a path or an extension), which the linter cannot know. */
const runsAFile = /[\\/]|\.(exe|ps1|cmd|bat|com|msc|vbs|js|psm1)$/i;

/**
 * A command name that is neither a cmdlet of the catalog, a known PowerShell, Exchange or Lync
 * cmdlet, a known program, nor a function the script defines — usually a typo or a command from
 * another product version (`Set-UMServer` was Exchange 2010's). Suggests the closest real name:
 * the same noun with the usual verb (`Create-ExchangeCertificate` → `New-ExchangeCertificate`),
 * or a near spelling. Paths and file names are not judged. In cmd.exe any program may exist, so
 * the rule is silent there.
 */
const rule: ScriptRule = {
  id: 'ps-unknown-cmdlet',
  kind: 'script',
  severity: 'error',
  check({ parsed, bindings, options }) {
    if (options.shell === 'cmd') return [];
    const findings: Finding[] = [];
    let functions: Set<string> | undefined; // the script's own functions, collected only when needed
    for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
      const binding = bindings[bindingIndex]!;
      if (binding.resolution.kind !== 'unknown' || binding.written === null) continue;
      const name = binding.written;
      if (name === '' || runsAFile.test(name)) continue;
      if (!functions) {
        const names = new Set<string>();
        walk(parsed.script, (node) => {
          if (node.kind === 'Function') names.add((node as unknown as { name: string }).name.toLowerCase());
        });
        functions = names;
      }
      if (functions.has(name.toLowerCase())) continue;
      const range = rangeOf(parsed, binding.command.name);
      const suggestion = binding.resolution.suggestion;
      findings.push(scriptFinding(rule, range, suggestion ? { variant: 'suggestion', command: name, suggestion } : { command: name }));
    }
    return findings;
  },
};

export default rule;

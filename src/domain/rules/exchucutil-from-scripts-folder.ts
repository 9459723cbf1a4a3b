import type { Finding } from '../finding.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';
import { exchUcUtilRuns, locationBefore } from '../script-order.ts';

/**
 * ExchUcUtil.ps1 calls `.\get-ucpool.ps1` by a relative path, which PowerShell resolves against
 * the current location, not the script's folder (DOMAIN-FACTS §3.2 INV-16, §11 M-01). It must run
 * after `cd $exscripts` (or Set-Location/Push-Location to …\V15\Scripts) as `.\ExchUcUtil.ps1`.
 * Variants: `no-location` (no location change before it), `elsewhere` (the last one goes to another
 * folder), `path` (started by a path or by name from another folder). A computed location is trusted.
 */
const rule: ScriptRule = {
  id: 'exchucutil-from-scripts-folder',
  kind: 'script',
  severity: 'error',
  guide: 'exchange-um#d8',
  check({ bindings, parsed }) {
    const findings: Finding[] = [];
    for (const { binding, invocation } of exchUcUtilRuns(bindings)) {
      const location = locationBefore(bindings, binding.command.start);
      if (location === 'scripts' || location === 'unknown') continue;
      const variant = invocation === 'path' ? 'path' : location === 'none' ? 'no-location' : 'elsewhere';
      findings.push(scriptFinding(rule, rangeOf(parsed, binding.command), { variant, written: binding.written ?? '' }));
    }
    return findings;
  },
};

export default rule;

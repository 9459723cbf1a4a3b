import type { Finding } from '../finding.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';
import { exchUcUtilRuns, lastServiceRestart } from '../script-order.ts';

/**
 * Lync sees the gateways and hunt groups ExchUcUtil.ps1 creates only after the Front-End service
 * (RTCSRV) restarts on the Front End servers (DOMAIN-FACTS §3.2 INV-17). A script that runs
 * ExchUcUtil.ps1 and later restarts RTCSRV is fine. Otherwise: a warning in a script that also
 * manages Lync (it could have done it), an info reminder in an Exchange-only script, since the
 * restart belongs in the Lync Server Management Shell.
 */
const rule: ScriptRule = {
  id: 'restart-front-end-after-exchucutil',
  kind: 'script',
  severity: 'warning',
  guide: 'lync-tasks#restart-front-end',
  check({ bindings, options, parsed }) {
    const findings: Finding[] = [];
    const lastRestart = lastServiceRestart(bindings, 'RTCSRV');
    const managesLync = options.shell === 'lync' || options.shell === 'any' || bindings.some((b) => b.cmdlet?.shell === 'lync');
    for (const { binding } of exchUcUtilRuns(bindings)) {
      if (lastRestart > binding.command.start) continue;
      findings.push(scriptFinding(rule, rangeOf(parsed, binding.command), {}, managesLync ? 'warning' : 'info'));
    }
    return findings;
  },
};

export default rule;

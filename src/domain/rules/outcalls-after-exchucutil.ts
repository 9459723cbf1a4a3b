import type { Finding } from '../finding.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';
import { exchUcUtilRuns, runs } from '../script-order.ts';

/**
 * ExchUcUtil.ps1 sets OutcallsAllowed back to $true on every Lync pool gateway each time it runs
 * (DOMAIN-FACTS §2 O7), while the guide keeps outgoing calls on one gateway only. So every run
 * must be followed by `Set-UMIPGateway … -OutcallsAllowed $false` for the other gateways.
 * A computed value for -OutcallsAllowed counts as the restriction (no guess).
 */
const rule: ScriptRule = {
  id: 'outcalls-after-exchucutil',
  kind: 'script',
  severity: 'warning',
  guide: 'exchange-um#d8',
  check({ bindings, parsed }) {
    const findings: Finding[] = [];
    // A run is followed by a restriction when the last restriction starts after it.
    let lastRestriction = -1;
    for (let bIndex = 0; bIndex < bindings.length; bIndex++) {
      const b = bindings[bIndex]!;
      if (!runs(b, 'set-umipgateway')) continue;
      const outcalls = b.byName.get('OutcallsAllowed');
      if (!outcalls) continue;
      const value = outcalls.staticValue;
      const restricts = value.kind === 'unknown' || (value.kind === 'bool' && !value.value) || /^(false|0)$/i.test(outcalls.literal ?? '');
      if (restricts && b.command.start > lastRestriction) lastRestriction = b.command.start;
    }
    for (const { binding } of exchUcUtilRuns(bindings)) {
      if (lastRestriction <= binding.command.start) {
        findings.push(scriptFinding(rule, rangeOf(parsed, binding.command), {}));
      }
    }
    return findings;
  },
};

export default rule;

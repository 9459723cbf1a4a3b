import type { Finding } from '../finding.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';
import { runs, targetServer } from '../script-order.ts';

/**
 * `-DialPlans X` on Set-UMService or Set-UMCallRouterSettings replaces the server's whole dial
 * plan list: a server already linked to other SIP URI dial plans silently leaves them, and Lync
 * then rejects calls through it. `@{Add='X'}` adds (DOMAIN-FACTS §3.2 INV-12). A hashtable, `$null`
 * (a deliberate "no dial plans") and computed values are left alone.
 */
const rule: ScriptRule = {
  id: 'dial-plans-replace-list',
  kind: 'script',
  severity: 'warning',
  guide: 'exchange-um#d4',
  check({ bindings, parsed }) {
    const findings: Finding[] = [];
    for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
      const binding = bindings[bindingIndex]!;
      if (!runs(binding, 'set-umservice', 'set-umcallroutersettings')) continue;
      const dialPlans = binding.byName.get('DialPlans');
      if (!dialPlans) continue;
      const kind = dialPlans.staticValue.kind;
      if (kind !== 'string' && kind !== 'list') continue;
      findings.push(
        scriptFinding(rule, rangeOf(parsed, dialPlans), {
          cmdlet: binding.resolvedName ?? '',
          server: targetServer(binding) ?? '',
          dialPlans: dialPlans.literals.join(','),
        }),
      );
    }
    return findings;
  },
};

export default rule;

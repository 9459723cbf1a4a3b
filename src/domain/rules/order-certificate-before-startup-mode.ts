import type { Finding } from '../finding.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';
import { isTlsMode, literalOf, runs, startupModeChanges, startupModeChangesAt, targetServer, type UmService } from '../script-order.ts';

/** The `-Services` values this rule follows, and the service whose startup mode each one needs. */
const wanted: readonly [string, UmService][] = [
  ['UM', 'MSExchangeUM'],
  ['UMCALLROUTER', 'MSExchangeUMCR'],
];

/**
 * Enable-ExchangeCertificate refuses the UM and UMCallRouter services while the matching service
 * starts in TCP mode (DOMAIN-FACTS §3.2 INV-04). A script that assigns the certificate to a server
 * and only later sets that server's startup mode to TLS or Dual fails at the assignment: the
 * startup mode must come first. Reported when the script itself proves the order is wrong — a
 * later TLS/Dual change for the same server and service, none before.
 */
const rule: ScriptRule = {
  id: 'order-certificate-before-startup-mode',
  kind: 'script',
  severity: 'error',
  guide: 'deployment-sequence#certificate-after-startup-mode',
  check({ bindings, parsed }) {
    const findings: Finding[] = [];
    const tlsChanges = startupModeChangesAt(startupModeChanges(bindings).filter((c) => isTlsMode(c.mode)));
    for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
      const binding = bindings[bindingIndex]!;
      if (!runs(binding, 'enable-exchangecertificate')) continue;
      const server = targetServer(binding);
      const services = binding.byName.get('Services');
      if (server === undefined || !services) continue;
      for (const [value, service] of wanted) {
        if (!services.literals.some((s) => s.toUpperCase() === value)) continue;
        const forServer = tlsChanges(service, server);
        const before = forServer.before(binding.command.start);
        const after = forServer.after(binding.command.start);
        if (!before && after) {
          findings.push(
            scriptFinding(rule, rangeOf(parsed, binding.command), {
              server,
              service: value === 'UM' ? 'UM' : 'UMCallRouter',
              thumbprint: literalOf(binding, 'Thumbprint') ?? '',
              line: parsed.lines.line(after.binding.command.start),
            }),
          );
        }
      }
    }
    return findings;
  },
};

export default rule;

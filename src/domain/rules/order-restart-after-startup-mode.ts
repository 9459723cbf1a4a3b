import type { Finding } from '../finding.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';
import { lastServiceRestart, startupModeChanges } from '../script-order.ts';

/**
 * A new UM startup mode takes effect only when the service restarts (DOMAIN-FACTS §3.2 INV-05):
 * MSExchangeUM after Set-UMService -UMStartupMode, MSExchangeUMCR after Set-UMCallRouterSettings
 * -UMStartupMode. Reported when the script changes a startup mode and never restarts that service
 * afterwards (Restart-Service, Stop/Start-Service, or net stop + net start).
 */
const rule: ScriptRule = {
  id: 'order-restart-after-startup-mode',
  kind: 'script',
  severity: 'warning',
  guide: 'exchange-um#d5',
  check({ bindings, parsed }) {
    const findings: Finding[] = [];
    // A change is restarted later when the service's last restart comes after it.
    const lastRestarts = { MSExchangeUM: lastServiceRestart(bindings, 'MSExchangeUM'), MSExchangeUMCR: lastServiceRestart(bindings, 'MSExchangeUMCR') };
    for (const change of startupModeChanges(bindings)) {
      const restartedLater = lastRestarts[change.service] > change.binding.command.start;
      if (!restartedLater) {
        findings.push(
          scriptFinding(rule, rangeOf(parsed, change.binding.command), {
            service: change.service,
            server: change.server ?? '',
            mode: change.mode ?? '',
          }),
        );
      }
    }
    return findings;
  },
};

export default rule;

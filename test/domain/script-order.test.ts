/**
 * The ordering facts are computed in one pass (src/domain/script-order.ts) instead of searching
 * back from each command. This test keeps the rules' semantics in their old, quadratic form as a reference — each
 * question answered by scanning the bindings, as the rules did before — and checks that the five
 * ordering rules find exactly the same things on random small scripts and on one large script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/finding.ts';
import type { CommandBinding } from '../../src/domain/powershell/binder.ts';
import { lintScript, prepareScript } from '../../src/domain/powershell/linter.ts';
import type { ExpressionAst, ParseResult } from '../../src/domain/powershell/ast.ts';
import { rangeOf } from '../../src/domain/powershell/script-rule.ts';
import { staticValue } from '../../src/domain/powershell/values.ts';
import { scriptRules } from '../../src/domain/rules/index.ts';
import {
  commandNameOf,
  exchUcUtilInvocation,
  isTlsMode,
  LOCAL_SERVER,
  literalOf,
  locationBefore,
  sameServer,
  serviceRestarts,
  startupModeChanges,
  targetServer,
  type LocationState,
} from '../../src/domain/script-order.ts';

const orderingRuleIds = [
  'exchucutil-from-scripts-folder',
  'outcalls-after-exchucutil',
  'order-restart-after-startup-mode',
  'restart-front-end-after-exchucutil',
  'order-certificate-before-startup-mode',
];
const orderingRules = scriptRules.filter((rule) => orderingRuleIds.includes(rule.id));

// ---- The reference: the old semantics, one scan of the bindings per question. ----

const runs = (b: CommandBinding, ...names: string[]) => names.includes(commandNameOf(b));

function referenceLocationBefore(bindings: readonly CommandBinding[], offset: number): LocationState {
  let state: LocationState = 'none';
  for (const binding of bindings) {
    if (binding.command.start >= offset) break;
    if (runs(binding, 'set-location', 'push-location')) state = locationBefore([binding], binding.command.end + 1);
    else if (runs(binding, 'pop-location')) state = 'unknown';
  }
  return state;
}

function referenceServiceRestarts(bindings: readonly CommandBinding[], service: string): number[] {
  const wanted = service.toUpperCase();
  const offsets: number[] = [];
  let stopped = false;
  const names = (binding: CommandBinding): string[] | undefined => {
    const bound = binding.byName.get('Name');
    if (!bound) return [];
    if (bound.staticValue.kind === 'unknown') return undefined;
    return bound.literals.map((l) => l.toUpperCase());
  };
  bindings.forEach((binding, index) => {
    const offset = binding.command.start;
    if (runs(binding, 'restart-service')) {
      let targets = names(binding);
      if (targets !== undefined && targets.length === 0 && binding.receivesPipelineInput) {
        const upstream = bindings
          .slice(0, index)
          .reverse()
          .find((b) => b.command.pipelineIndex === binding.command.pipelineIndex - 1 && b.command.end <= binding.command.start);
        targets = upstream && runs(upstream, 'get-service') ? names(upstream) : undefined;
      }
      if (targets === undefined || targets.includes(wanted)) offsets.push(offset);
    } else if (runs(binding, 'stop-service', 'stop-cswindowsservice')) {
      const targets = names(binding);
      if (targets === undefined || targets.includes(wanted)) stopped = true;
    } else if (runs(binding, 'start-service', 'start-cswindowsservice')) {
      let targets = names(binding);
      // Start-CsWindowsService without -Name (and no piped services) starts every Lync service.
      if (targets !== undefined && targets.length === 0 && runs(binding, 'start-cswindowsservice') && !binding.receivesPipelineInput) targets = undefined;
      if (stopped && (targets === undefined || targets.includes(wanted))) offsets.push(offset);
    } else if (runs(binding, 'net', 'net.exe', 'net1', 'net1.exe')) {
      const words: string[] = [];
      for (const argument of binding.arguments) {
        const value = staticValue(argument as ExpressionAst);
        if (value.kind !== 'string') return;
        words.push(value.value.toUpperCase());
      }
      if (words[1] !== wanted) return;
      if (words[0] === 'STOP') stopped = true;
      else if (words[0] === 'START' && stopped) offsets.push(offset);
    }
  });
  return offsets;
}

function finding(parsed: ParseResult, ruleId: string, binding: CommandBinding, params: Finding['params'], severity: Finding['severity']): Finding {
  return { ruleId, severity, range: rangeOf(parsed, binding.command), params };
}

/** The five ordering rules as they were written before the one-pass facts. */
function referenceFindings(source: string): Finding[] {
  const { bindings, options, parsed } = prepareScript(source, { shell: 'exchange', exchangeVersion: '2013' });
  const findings: Finding[] = [];
  const ucUtil = bindings.flatMap((binding) => {
    const invocation = exchUcUtilInvocation(binding);
    return invocation ? [{ binding, invocation }] : [];
  });
  for (const { binding, invocation } of ucUtil) {
    const location = referenceLocationBefore(bindings, binding.command.start);
    if (location === 'scripts' || location === 'unknown') continue;
    const variant = invocation === 'path' ? 'path' : location === 'none' ? 'no-location' : 'elsewhere';
    findings.push(finding(parsed, 'exchucutil-from-scripts-folder', binding, { variant, written: binding.written ?? '' }, 'error'));
  }
  const restrictions = bindings
    .filter((b) => runs(b, 'set-umipgateway'))
    .filter((b) => {
      const outcalls = b.byName.get('OutcallsAllowed');
      if (!outcalls) return false;
      const value = outcalls.staticValue;
      return value.kind === 'unknown' || (value.kind === 'bool' && !value.value) || /^(false|0)$/i.test(outcalls.literal ?? '');
    })
    .map((b) => b.command.start);
  for (const { binding } of ucUtil) {
    if (!restrictions.some((offset) => offset > binding.command.start)) findings.push(finding(parsed, 'outcalls-after-exchucutil', binding, {}, 'warning'));
  }
  const lastRestart = (service: string) => referenceServiceRestarts(bindings, service).reduce((last, offset) => Math.max(last, offset), -1);
  const lastRestarts = { MSExchangeUM: lastRestart('MSExchangeUM'), MSExchangeUMCR: lastRestart('MSExchangeUMCR') };
  for (const change of startupModeChanges(bindings)) {
    if (lastRestarts[change.service] > change.binding.command.start) continue;
    const params = { service: change.service, server: change.server ?? '', mode: change.mode ?? '' };
    findings.push(finding(parsed, 'order-restart-after-startup-mode', change.binding, params, 'warning'));
  }
  const rtc = referenceServiceRestarts(bindings, 'RTCSRV');
  const managesLync = options.shell === 'lync' || options.shell === 'any' || bindings.some((b) => b.cmdlet?.shell === 'lync');
  for (const { binding } of ucUtil) {
    if (rtc.some((offset) => offset > binding.command.start)) continue;
    findings.push(finding(parsed, 'restart-front-end-after-exchucutil', binding, {}, managesLync ? 'warning' : 'info'));
  }
  const tls = startupModeChanges(bindings).filter((c) => isTlsMode(c.mode) && c.server !== undefined);
  for (const binding of bindings) {
    if (!runs(binding, 'enable-exchangecertificate')) continue;
    const server = targetServer(binding);
    const services = binding.byName.get('Services');
    if (server === undefined || !services) continue;
    for (const [value, service] of [['UM', 'MSExchangeUM'], ['UMCALLROUTER', 'MSExchangeUMCR']] as const) {
      if (!services.literals.some((s) => s.toUpperCase() === value)) continue;
      // The local server (no -Server) may be any named one: they match each other.
      const local = (name: string) => name.trim().toLowerCase() === LOCAL_SERVER.toLowerCase();
      const forServer = tls.filter((c) => c.service === service && (local(server) || local(c.server!) || sameServer(c.server!, server)));
      const before = forServer.some((c) => c.binding.command.start < binding.command.start);
      const after = forServer.find((c) => c.binding.command.start > binding.command.start);
      if (!before && after) {
        const params = { server, service: value === 'UM' ? 'UM' : 'UMCallRouter', thumbprint: literalOf(binding, 'Thumbprint') ?? '', line: rangeOf(parsed, after.binding.command).line };
        findings.push(finding(parsed, 'order-certificate-before-startup-mode', binding, params, 'error'));
      }
    }
  }
  return findings;
}

// ---- Scripts made of the lines the ordering rules care about. ----

const vocabulary = [
  'cd $exscripts',
  'cd C:\\Temp',
  'Set-Location $folder',
  "Push-Location 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Scripts'",
  'Pop-Location',
  '.\\ExchUcUtil.ps1',
  '& "$exscripts\\ExchUcUtil.ps1"',
  'Set-UMIPGateway -Identity gw1 -OutcallsAllowed $false',
  'Set-UMIPGateway -Identity gw2 -OutcallsAllowed $true',
  'Restart-Service MSExchangeUM',
  'Restart-Service $service',
  'Get-Service MSExchangeUMCR | Restart-Service',
  'Get-Service RTCSRV | Restart-Service',
  'Get-Service $name | Restart-Service',
  'Stop-Service MSExchangeUM',
  'Start-Service MSExchangeUM',
  'net stop MSExchangeUMCR',
  'net start MSExchangeUMCR',
  'Stop-CsWindowsService RTCSRV',
  'Start-CsWindowsService RTCSRV',
  'Set-UMService -Identity mbx01 -UMStartupMode Dual',
  'Set-UMService -Identity mbx01.contoso.com -UMStartupMode TLS',
  'Set-UMService -Identity mbx02 -UMStartupMode TCP',
  'Set-UMCallRouterSettings -Server mbx02 -UMStartupMode Dual',
  'Set-UMService -Identity $server -UMStartupMode Dual',
  'Enable-ExchangeCertificate -Server mbx01 -Thumbprint AB12 -Services UM,UMCallRouter',
  "Enable-ExchangeCertificate -Identity 'mbx02.contoso.com\\AB12' -Services UMCallRouter",
  'Enable-ExchangeCertificate -Thumbprint CD34 -Services UM',
  "foreach ($s in 'mbx01') { Set-UMService -Identity $s -UMStartupMode Dual; Restart-Service MSExchangeUM }",
  'Get-CsUser -Filter {VoicePolicy -ne $null} | Get-Service | Restart-Service',
  'Get-UMService | Format-List DialPlans,UMStartupMode',
];

const script = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 30 }).map((lines) => lines.join('\n'));

const lintOrdering = (source: string) => lintScript(source, { shell: 'exchange', exchangeVersion: '2013' }, orderingRules);
const sorted = (findings: Finding[]) =>
  [...findings].sort((a, b) => a.range!.line - b.range!.line || a.range!.column - b.range!.column || a.ruleId.localeCompare(b.ruleId) || JSON.stringify(a.params).localeCompare(JSON.stringify(b.params)));

describe('script-order: one-pass facts keep the old semantics', () => {
  it('has the five ordering rules', () => {
    expect(orderingRules.map((r) => r.id).sort()).toEqual([...orderingRuleIds].sort());
  });

  it('answers locationBefore and serviceRestarts like a scan from the start, at every command', () => {
    fc.assert(
      fc.property(script, (source) => {
        const { bindings } = prepareScript(source, { shell: 'exchange' });
        for (const binding of bindings) {
          for (const offset of [binding.command.start, binding.command.start + 1, binding.command.end]) {
            expect(locationBefore(bindings, offset)).toBe(referenceLocationBefore(bindings, offset));
          }
        }
        expect(locationBefore(bindings, source.length + 1)).toBe(referenceLocationBefore(bindings, source.length + 1));
        for (const service of ['MSExchangeUM', 'MSExchangeUMCR', 'RTCSRV', 'W3SVC']) {
          expect(serviceRestarts(bindings, service)).toEqual(referenceServiceRestarts(bindings, service));
        }
      }),
      { numRuns: 150, seed: 14 },
    );
  });

  it('finds the same ordering findings as the old rules on random small scripts', () => {
    fc.assert(
      fc.property(script, (source) => {
        expect(sorted(lintOrdering(source))).toEqual(sorted(referenceFindings(source)));
      }),
      { numRuns: 200, seed: 1414 },
    );
  });

  it("finds the same ordering findings on a large script made of those cases", { timeout: 60_000 }, () => {
    const cases = fc.sample(script, { numRuns: 300, seed: 16 });
    const large = cases.join('\n');
    expect(large.split('\n').length).toBeGreaterThan(1000);
    const findings = lintOrdering(large);
    // Every rule has something to say, so the comparison covers each of them.
    for (const id of orderingRuleIds) expect(findings.some((f) => f.ruleId === id), id).toBe(true);
    expect(sorted(findings)).toEqual(sorted(referenceFindings(large)));
  });
});

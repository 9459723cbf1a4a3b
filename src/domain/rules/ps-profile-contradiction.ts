import type { Finding } from '../finding.ts';
import type { ParseResult } from '../powershell/ast.ts';
import type { BoundParameter, CommandBinding } from '../powershell/binder.ts';
import { commandLabel, hasWildcard, parameterItems } from '../powershell/rule-support.ts';
import { rangeOf, scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';
import type { Profile } from '../profile/schema.ts';

/** What a name in a command should be, according to the profile. */
type Expectation = 'dial-plan' | 'mailbox-server' | 'call-router-server' | 'exchange-server' | 'lync-pool';

/** Parameters whose values the profile knows, per cmdlet (lower-case); `*` applies to every cmdlet. */
const checks: readonly { cmdlets: readonly string[] | '*'; parameter: string; expect: Expectation }[] = [
  { cmdlets: '*', parameter: 'UMDialPlan', expect: 'dial-plan' },
  { cmdlets: ['set-umservice', 'set-umcallroutersettings'], parameter: 'DialPlans', expect: 'dial-plan' },
  { cmdlets: ['set-umdialplan', 'get-umdialplan'], parameter: 'Identity', expect: 'dial-plan' },
  { cmdlets: ['new-umdialplan'], parameter: 'Name', expect: 'dial-plan' },
  { cmdlets: ['set-umservice', 'get-umservice'], parameter: 'Identity', expect: 'mailbox-server' },
  { cmdlets: ['set-umcallroutersettings', 'get-umcallroutersettings'], parameter: 'Server', expect: 'call-router-server' },
  {
    cmdlets: ['enable-exchangecertificate', 'import-exchangecertificate', 'new-exchangecertificate', 'get-exchangecertificate'],
    parameter: 'Server',
    expect: 'exchange-server',
  },
  { cmdlets: ['get-exchangeserver'], parameter: 'Identity', expect: 'exchange-server' },
  { cmdlets: ['new-csexumcontact', 'enable-csuser'], parameter: 'RegistrarPool', expect: 'lync-pool' },
  { cmdlets: ['test-csexumconnectivity', 'test-csexumvoicemail'], parameter: 'TargetFqdn', expect: 'lync-pool' },
  { cmdlets: ['new-umipgateway', 'set-umipgateway'], parameter: 'Address', expect: 'lync-pool' },
  { cmdlets: ['set-umservice'], parameter: 'SIPAccessService', expect: 'lync-pool' },
];

/** Dial plan settings that `New-UMDialPlan`/`Set-UMDialPlan` must give as the profile does. */
const dialPlanSettings: readonly { parameter: string; field: 'uriType' | 'voipSecurity' | 'extensionDigits' | 'countryCode' }[] = [
  { parameter: 'URIType', field: 'uriType' },
  { parameter: 'VoIPSecurity', field: 'voipSecurity' },
  { parameter: 'NumberOfDigitsInExtension', field: 'extensionDigits' },
  { parameter: 'CountryOrRegionCode', field: 'countryCode' },
];

const lower = (s: string) => s.trim().toLowerCase();
/** `mbx01` names `mbx01.contoso.com`; a full FQDN must match exactly (case-insensitive). */
function hostMatches(value: string, fqdn: string): boolean {
  const v = lower(value).replace(/:\d+$/, '');
  const f = lower(fqdn);
  return v === f || (!v.includes('.') && f.split('.')[0] === v);
}

function expected(profile: Profile, expect: Expectation): string[] {
  const servers = profile.exchange.servers;
  switch (expect) {
    case 'dial-plan':
      return profile.dialPlans.map((d) => d.name);
    case 'mailbox-server':
      return servers.filter((s) => s.roles.includes('Mailbox')).map((s) => s.fqdn);
    case 'call-router-server':
      // The call router runs on the Client Access servers in 2013 and on the Mailbox servers in 2016.
      return servers.filter((s) => s.roles.includes(profile.exchange.version === '2013' ? 'ClientAccess' : 'Mailbox')).map((s) => s.fqdn);
    case 'exchange-server':
      return servers.map((s) => s.fqdn);
    case 'lync-pool':
      return profile.lync.pools.map((p) => p.fqdn);
  }
}

function matches(value: string, expect: Expectation, candidates: readonly string[]): boolean {
  if (expect === 'dial-plan') return candidates.some((c) => lower(c) === lower(value));
  return candidates.some((c) => hostMatches(value, c));
}

/** Values worth comparing: known strings, no wildcards, no IP addresses for host checks. */
function comparable(text: string, expect: Expectation): boolean {
  if (text.trim() === '' || hasWildcard(text)) return false;
  if (expect !== 'dial-plan' && /^[\d.:]+$|^\[?[0-9a-f:]+\]?$/i.test(text.trim())) return false;
  return true;
}

function check(parsed: ParseResult, binding: CommandBinding, parameter: BoundParameter, expect: Expectation, profile: Profile, findings: Finding[]): void {
  const candidates = expected(profile, expect);
  for (const item of parameterItems(parameter)) {
    if (item.kind !== 'string' || item.modifier === 'remove') continue;
    if (!comparable(item.text, expect) || matches(item.text, expect, candidates)) continue;
    findings.push(
      scriptFinding(rule, rangeOf(parsed, item.node), {
        variant: expect,
        cmdlet: commandLabel(binding),
        parameter: parameter.name,
        value: item.text,
        expected: candidates.join(', '),
      }),
    );
  }
}

/**
 * With a deployment profile, the script must name what the profile describes: dial plans
 * (-UMDialPlan, -DialPlans, New-UMDialPlan -Name…), Mailbox servers for Set-UMService -Identity,
 * call-router servers for Set-UMCallRouterSettings -Server (Client Access in 2013, Mailbox in
 * 2016), Exchange servers for certificate cmdlets, Lync pools for -RegistrarPool, -TargetFqdn and
 * gateway addresses — and New-UMDialPlan/Set-UMDialPlan settings equal to the profile's. Values
 * that are variables, wildcards or IP addresses are not judged.
 */
const rule: ScriptRule = {
  id: 'ps-profile-contradiction',
  kind: 'script',
  severity: 'warning',
  check({ bindings, options, parsed }) {
    const profile = options.profile;
    if (!profile) return [];
    const findings: Finding[] = [];
    for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
      const binding = bindings[bindingIndex]!;
      const cmdlet = binding.cmdlet;
      if (!cmdlet) continue;
      const name = cmdlet.name.toLowerCase();
      for (const c of checks) {
        if (c.cmdlets !== '*' && !c.cmdlets.includes(name)) continue;
        const parameter = binding.byName.get(c.parameter);
        if (parameter) check(parsed, binding, parameter, c.expect, profile, findings);
      }
      if (name === 'new-umdialplan' || name === 'set-umdialplan') {
        const id = binding.byName.get(name === 'new-umdialplan' ? 'Name' : 'Identity')?.literal;
        const dialPlan = id === undefined ? undefined : profile.dialPlans.find((d) => lower(d.name) === lower(id));
        if (!dialPlan) continue;
        for (const setting of dialPlanSettings) {
          const parameter = binding.byName.get(setting.parameter);
          const value = parameter?.literal;
          if (!parameter || value === undefined || !parameter.value) continue;
          const want = String(dialPlan[setting.field]);
          if (lower(value) === lower(want)) continue;
          findings.push(
            scriptFinding(rule, rangeOf(parsed, parameter.value), {
              variant: 'dial-plan-setting',
              cmdlet: cmdlet.name,
              parameter: parameter.name,
              dialPlan: dialPlan.name,
              value,
              expected: want,
            }),
          );
        }
      }
    }
    return findings;
  },
};

export default rule;

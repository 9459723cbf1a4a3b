/**
 * The expectations of every verification command, for a profile. They are keyed by the step and
 * by the cmdlet the command runs, and read the command's own arguments (`-Identity ParisSIP`), so
 * a template that changes its wording keeps its checks as long as it runs the same cmdlet.
 */
import { parseLyncDialPlan } from '../lync-dial-plan.ts';
import { parseScript } from '../powershell/parser.ts';
import { staticValue } from '../powershell/values.ts';
import type { Profile } from '../profile/schema.ts';
import {
  certificateOf,
  certificateServices,
  dialPlanNamed,
  exUmContacts,
  extensionNormalizationRule,
  frontEndPools,
  mailboxPolicyOf,
  poolForDialPlan,
  sipDialPlans,
  sipResourceIdentifier,
  umServers,
} from '../runbook/derive.ts';
import { anyStepById, runbookSteps } from '../runbook/procedures.ts';
import type { RunbookCommand, RunbookStep, StepId } from '../runbook/types.ts';
import type { Expectation, ExpectationRef, OutputCheck } from './types.ts';

const fold = (s: string) => s.trim().toLowerCase();

/** The first command of a line and its named arguments (static values only), lower-cased names. */
export function commandArguments(text: string): { cmdlet: string; args: Map<string, string | string[]> } | undefined {
  const parsed = parseScript(text);
  const first = parsed.commands[0];
  if (!first || !first.nameText) return undefined;
  const args = new Map<string, string | string[]>();
  first.elements.forEach((element, i) => {
    if (element.kind !== 'CommandParameter') return;
    const next = first.elements[i + 1];
    const argument = element.argument ?? (next && next.kind !== 'CommandParameter' && next.kind !== 'EndOfParameters' && next.kind !== 'StopParsing' ? next : null);
    const value = staticValue(argument);
    if (value.kind === 'string') args.set(element.name.toLowerCase(), value.value);
    else if (value.kind === 'number') args.set(element.name.toLowerCase(), value.text);
    else if (value.kind === 'list') args.set(element.name.toLowerCase(), value.items.flatMap((item) => (item.kind === 'string' ? [item.value] : [])));
  });
  return { cmdlet: first.nameText, args };
}

const rule = (id: string): ExpectationRef => ({ kind: 'rule', id });
const bool = (value: boolean) => (value ? 'True' : 'False');

/** Builds expectations with a shared default reference and selection. */
function builder(guide: ExpectationRef, select?: Expectation['select']) {
  const list: Expectation[] = [];
  const add = (kind: Expectation['kind'], property: string, expected: string | readonly string[], options: Partial<Expectation> = {}) => {
    const values = typeof expected === 'string' ? [expected] : [...expected];
    if (kind === 'includes' && values.length === 0) return;
    list.push({
      id: options.id ?? property,
      kind,
      property,
      expected: values,
      ref: options.ref ?? guide,
      ...(options.count !== undefined ? { count: options.count } : {}),
      ...((options.select ?? select) ? { select: options.select ?? select } : {}),
    });
  };
  return { list, add };
}

/** The server of the profile named by an FQDN or a NetBIOS name (`mbx01`, `MBX01.contoso.com`). */
function serverNamed(profile: Profile, name: string) {
  const wanted = fold(name);
  return umServers(profile).find((s) => fold(s.server.fqdn) === wanted || fold(s.server.fqdn.split('.')[0]!) === wanted);
}

/**
 * The check of one verification command, or undefined when the engine has no expectation for
 * it (then the step cannot be verified automatically).
 */
export function outputCheckFor(profile: Profile, command: RunbookCommand, step: RunbookStep | undefined = anyStepById(command.step)): OutputCheck | undefined {
  if (!command.verify || !step) return undefined;
  const parsed = commandArguments(command.text);
  if (!parsed) return undefined;
  const { cmdlet, args } = parsed;
  const text = (name: string) => {
    const v = args.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const guide: ExpectationRef = { kind: 'guide', section: step.guide };
  const stepId = command.step;
  const make = (expectations: Expectation[]): OutputCheck | undefined =>
    expectations.length > 0 ? { step: stepId, command, cmdlet, expectations } : undefined;

  switch (fold(cmdlet)) {
    case 'get-umdialplan': {
      const dialPlan = dialPlanNamed(profile, text('identity') ?? '');
      if (!dialPlan) return undefined;
      const { list, add } = builder(guide, { property: 'Name', value: dialPlan.name });
      add('equals', 'URIType', dialPlan.uriType, { ref: rule('dial-plan-sip-uri') });
      add('equals', 'VoIPSecurity', dialPlan.voipSecurity, { ref: rule('encryption-compatibility') });
      add('equals', 'NumberOfDigitsInExtension', String(dialPlan.extensionDigits), { ref: rule('dial-plan-extension-digits') });
      add('includes', 'AccessTelephoneNumbers', dialPlan.accessNumbers);
      return make(list);
    }
    case 'get-exchangecertificate': {
      const serverName = text('server') ?? '';
      const server = serverNamed(profile, serverName);
      const found = certificateOf(profile, server?.server.fqdn ?? serverName);
      if (!found) return undefined;
      const { certificate } = found;
      const select = certificate.thumbprint ? { property: 'Thumbprint', value: certificate.thumbprint } : { property: 'Subject', value: certificate.subject };
      const { list, add } = builder(guide, select);
      add('equals', select.property, select.value, { ref: rule('server-has-certificate') });
      add('includes', 'CertificateDomains', certificate.san, { ref: rule('certificate-san-covers-servers') });
      if (stepId === 'enable-um-certificates' && server) add('includes', 'Services', certificateServices(server), { ref: rule('order-certificate-before-startup-mode') });
      return make(list);
    }
    case 'get-umservice':
    case 'get-umcallroutersettings': {
      const { list, add } = builder(guide);
      add('includes', 'DialPlans', sipDialPlans(profile).map((d) => d.name), { ref: rule('dial-plan-servers') });
      if (stepId !== 'add-servers-to-dial-plans') add('equals', 'UMStartupMode', 'Dual', { ref: rule('startup-mode-dual') });
      return make(list);
    }
    case 'get-service': {
      const name = text('name');
      if (!name) return undefined;
      const { list, add } = builder(guide, { property: 'Name', value: name });
      add('equals', 'Status', 'Running', { ref: rule('order-restart-after-startup-mode') });
      return make(list);
    }
    case 'get-umautoattendant': {
      const autoAttendant = profile.autoAttendants.find((a) => fold(a.name) === fold(text('identity') ?? ''));
      if (!autoAttendant) return undefined;
      const { list, add } = builder(guide, { property: 'Name', value: autoAttendant.name });
      add('equals', 'UMDialPlan', autoAttendant.dialPlan);
      add('includes', 'PilotIdentifierList', autoAttendant.pilotNumbers);
      add('equals', 'SpeechEnabled', bool(autoAttendant.speechEnabled));
      add('equals', 'Status', 'Enabled', { ref: rule('auto-attendant-name') });
      return make(list);
    }
    case 'get-umipgateway': {
      const { list, add } = builder(guide);
      const outbound = profile.gateways.outboundPool;
      if (stepId === 'run-exchucutil') {
        for (const pool of frontEndPools(profile)) {
          add('equals', 'Address', pool.fqdn, { id: `gateway:${pool.fqdn}`, select: { property: 'Address', value: pool.fqdn } });
        }
      } else if (stepId === 'restrict-outbound-gateways') {
        add('count', 'OutcallsAllowed', 'True', { count: 1, ref: rule('outbound-gateway') });
        add('equals', 'OutcallsAllowed', 'True', { id: 'outbound', select: { property: 'Address', value: outbound }, ref: rule('outbound-gateway') });
      } else {
        // Where-Object { $_.OutcallsAllowed }: the output lists only the gateways that still allow calls.
        add('count', '', [], { id: 'count', count: 1, ref: rule('outcalls-after-exchucutil') });
        add('equals', 'Address', outbound, { id: 'outbound', select: { property: 'Address', value: outbound }, ref: rule('outcalls-after-exchucutil') });
      }
      return make(list);
    }
    case 'get-umhuntgroup': {
      const { list, add } = builder(guide);
      for (const dialPlan of sipDialPlans(profile)) {
        add('equals', 'UMDialPlan', dialPlan.name, { id: `huntGroup:${dialPlan.name}`, select: { property: 'UMDialPlan', value: dialPlan.name } });
      }
      return make(list);
    }
    case 'get-cspool': {
      const pool = profile.lync.pools.find((p) => fold(p.fqdn) === fold(text('identity') ?? ''));
      if (!pool) return undefined;
      // `| Select-Object -ExpandProperty Computers | ForEach-Object { Get-CsWindowsService … }` (restart step)
      if (/Get-CsWindowsService/i.test(command.text)) return verifyWindowsService(stepId, command, guide);
      const { list, add } = builder(guide, { property: 'Identity', value: pool.fqdn });
      add('equals', 'Identity', pool.fqdn);
      add('contains', 'Site', pool.site);
      return make(list);
    }
    case 'get-cswindowsservice':
      return verifyWindowsService(stepId, command, guide);
    case 'get-cscertificate': {
      const { list, add } = builder(guide, { property: 'Use', value: 'Default' });
      add('equals', 'Use', 'Default', { ref: rule('server-has-certificate') });
      const pool = profile.lync.pools.find((p) => fold(p.fqdn) === fold(command.target));
      const certificate = pool && certificateOf(profile, pool.fqdn);
      if (pool && certificate) add('includes', 'AlternativeNames', [pool.fqdn], { ref: rule('certificate-san-covers-servers') });
      return make(list);
    }
    case 'get-exchangeserver': {
      const identity = text('identity') ?? '';
      const server = profile.exchange.servers.find((s) => fold(s.fqdn) === fold(identity) || fold(s.fqdn.split('.')[0]!) === fold(identity));
      if (!server) return undefined;
      const name = server.fqdn.split('.')[0]!;
      const { list, add } = builder(guide, { property: 'Name', value: name });
      add('includes', 'ServerRole', server.roles, { ref: rule('exchange-version-roles') });
      add('contains', 'AdminDisplayVersion', profile.exchange.version === '2016' ? 'Version 15.1' : 'Version 15.0', { ref: rule('exchange-version-roles') });
      return make(list);
    }
    case 'get-csmediaconfiguration': {
      const { list, add } = builder(guide);
      add('equals', 'EncryptionLevel', profile.lync.encryptionLevel, { ref: rule('encryption-compatibility') });
      return make(list);
    }
    case 'get-csdialplan': {
      const identity = text('identity') ?? '';
      const dialPlan = profile.dialPlans.find((d) => fold(identity) === fold(parseLyncDialPlan(d.lyncDialPlan).identity));
      if (!dialPlan) return undefined;
      const { list, add } = builder(guide, { property: 'Identity', value: identity });
      // The scope prefix is part of the Identity, not of the SimpleName (site:Paris → Paris).
      add('equals', 'SimpleName', parseLyncDialPlan(dialPlan.lyncDialPlan).simpleName, { ref: rule('lync-dial-plan-per-um-dial-plan') });
      const normalization = extensionNormalizationRule(profile, dialPlan.lyncDialPlan, identity);
      if (normalization) add('contains', 'NormalizationRules', `Name=${normalization.identity.split('/').pop()}`);
      return make(list);
    }
    case 'get-csexumcontact': {
      const contact = exUmContacts(profile).find((c) => fold(c.sipAddress) === fold(text('identity') ?? ''));
      if (!contact) return undefined;
      const { list, add } = builder(guide);
      add('equals', 'DisplayNumber', contact.displayNumber);
      add('equals', 'AutoAttendant', bool(contact.autoAttendant));
      add('equals', 'RegistrarPool', contact.pool.fqdn);
      return make(list);
    }
    case 'get-csvoicepolicy': {
      const site = (text('identity') ?? '').replace(/^site:/i, '');
      const { list, add } = builder(guide);
      add('includes', 'PstnUsages', [`PSTN-${site}`]);
      return make(list);
    }
    case 'get-csvoiceroute': {
      const route = text('identity') ?? '';
      const { list, add } = builder(guide);
      add('equals', 'NumberPattern', '^\\+\\d+$');
      add('includes', 'PstnUsages', [route]);
      return make(list);
    }
    case 'get-csuser': {
      const user = profile.users.find((u) => fold(u.identity) === fold(text('identity') ?? ''));
      if (!user) return undefined;
      const { list, add } = builder(guide);
      add('equals', 'SipAddress', user.sipAddress, { ref: rule('user-sip-address') });
      const home = poolForDialPlan(profile, user.dialPlan);
      if (home) add('equals', 'RegistrarPool', home.pool.fqdn);
      add('equals', 'EnterpriseVoiceEnabled', 'True');
      add('equals', 'LineURI', user.lineUri, { ref: rule('user-line-uri') });
      return make(list);
    }
    case 'get-ummailbox': {
      const user = profile.users.find((u) => fold(u.identity) === fold(text('identity') ?? ''));
      if (!user) return undefined;
      const { list, add } = builder(guide);
      add('equals', 'UMEnabled', 'True');
      add('equals', 'UMMailboxPolicy', mailboxPolicyOf(user), { ref: rule('user-dial-plan-exists') });
      add('includes', 'Extensions', [user.extension], { ref: rule('user-extension-length') });
      add('equals', 'SIPResourceIdentifier', sipResourceIdentifier(user.sipAddress), { ref: rule('user-sip-address') });
      return make(list);
    }
    case 'test-csexumconnectivity':
    case 'test-csexumvoicemail': {
      const { list, add } = builder(guide);
      add('equals', 'Result', 'Success', { ref: rule('lync-version-tests') });
      return make(list);
    }
    default:
      return undefined;
  }
}

/** Every Lync service the command lists is running (Get-CsWindowsService, one row per pool member). */
function verifyWindowsService(step: StepId, command: RunbookCommand, guide: ExpectationRef): OutputCheck {
  const service = /-Name\s+([A-Za-z]+)/.exec(command.text.slice(command.text.search(/Get-CsWindowsService/i)))?.[1] ?? 'RTCSRV';
  const { list, add } = builder(guide);
  add('every', 'Status', 'Running', { ref: rule('restart-front-end-after-exchucutil') });
  add('every', 'Name', service, { ref: rule('restart-front-end-after-exchucutil') });
  return { step, command, cmdlet: 'Get-CsWindowsService', expectations: list };
}

/** The checks of a step's verification commands (in command order; commands without a check are left out). */
export function stepOutputChecks(profile: Profile, step: RunbookStep): OutputCheck[] {
  return step
    .generate(profile)
    .filter((c) => c.verify)
    .flatMap((c) => outputCheckFor(profile, c, step) ?? []);
}

/** The verification commands of a step that have no automatic check (the UI says so). */
export function uncheckedCommands(profile: Profile, step: RunbookStep): RunbookCommand[] {
  return step
    .generate(profile)
    .filter((c) => c.verify && !outputCheckFor(profile, c, step));
}

/** The checks of every step of a runbook, by step id. */
export function runbookOutputChecks(profile: Profile, slug: string): Map<StepId, OutputCheck[]> {
  const map = new Map<StepId, OutputCheck[]>();
  for (const step of runbookSteps(slug) ?? []) map.set(step.id, stepOutputChecks(profile, step));
  return map;
}

/**
 * Exchange Unified Messaging cmdlets: dial plans and their mailbox policies, UM service and call
 * router settings, IP gateways, hunt groups, auto attendants, UM mailboxes, and Get-ExchangeServer.
 * Preconditions and error texts follow the real cmdlets (DOMAIN-FACTS §2, §4).
 */
import type { UriType, VoipSecurity } from '../../profile/schema.ts';
import { addedItems, boolParam, editList, foldEq, identities, listParam, requireParam, stringParam } from '../call.ts';
import type { CmdletCall, CmdletHandler, LabContext } from '../context.ts';
import { LabError, notFound } from '../output.ts';
import {
  autoAttendantObject,
  callRouterObject,
  dialPlanObject,
  exchangeServerObject,
  huntGroupObject,
  ipGatewayObject,
  mailboxObject,
  mailboxPolicyObject,
  umMailboxObject,
  umServiceObject,
} from '../objects.ts';
import { installedLanguage } from '../languages.ts';
import { availableUmLanguages, fold, shortName, type ExchangeServerState, type LabState, type StartupMode, type UmServiceSettings } from '../state.ts';
import type { PsValue } from '../values.ts';

/** The AD distinguished name of the Exchange organisation's configuration (for "already exists" errors). */
function configurationDn(lab: LabState): string {
  const dc = lab.sipDomain.split('.').map((l) => `DC=${l}`).join(',');
  const org = lab.sipDomain.split('.')[0]!;
  return `CN=${org.charAt(0).toUpperCase()}${org.slice(1)},CN=Microsoft Exchange,CN=Services,CN=Configuration,${dc}`;
}

/** Active Directory refuses a second object with the same name in a container. */
export function alreadyExists(ctx: LabContext, command: string, name: string, container: string): LabError {
  return new LabError(
    command,
    `Active Directory operation failed on ${ctx.domainController}. The object 'CN=${name},CN=${container},${configurationDn(ctx.lab)}' already exists.`,
    { category: `NotSpecified: (:) [${command}], ADObjectAlreadyExistsException`, hint: { key: 'duplicateName', params: { name } } },
  );
}

/** An Exchange server by FQDN or short name. */
export function findExchangeServer(lab: LabState, name: string): ExchangeServerState | undefined {
  const wanted = fold(name);
  return lab.exchange.servers.find((s) => fold(s.fqdn) === wanted || fold(shortName(s.fqdn)) === wanted);
}

export function findDialPlan(lab: LabState, name: string) {
  return lab.exchange.dialPlans.find((d) => foldEq(d.name, name));
}

/** A mailbox by UPN, alias or display name. */
export function findUser(lab: LabState, name: string) {
  const wanted = fold(name.replace(/^sip:/i, ''));
  return lab.users.find((u) => fold(u.identity) === wanted || fold(u.identity.split('@')[0]!) === wanted || fold(u.displayName) === wanted);
}

function parseEnum<T extends string>(call: CmdletCall, name: string, values: readonly T[]): T | undefined {
  const text = stringParam(call, name);
  if (text === undefined) return undefined;
  const match = values.find((v) => foldEq(v, text));
  if (!match) {
    throw new LabError(call.name, `Cannot bind parameter '${name}'. Cannot convert value "${text}" to type. Valid values are: ${values.join(', ')}.`, {
      category: `InvalidArgument: (:) [${call.name}], ParameterBindingException`,
    });
  }
  return match;
}

/**
 * A `-DefaultLanguage` or `-Language` value, in the spelling of the installed pack: only a language
 * some UM server has installed can be chosen (New-UMDialPlan.md: "from the list of available languages").
 */
function umLanguageParam(call: CmdletCall, ctx: LabContext, name: string): string | undefined {
  const wanted = stringParam(call, name);
  if (wanted === undefined) return undefined;
  const available = availableUmLanguages(ctx.lab);
  const installed = installedLanguage(available, wanted);
  if (!installed) {
    throw new LabError(call.name, `The language "${wanted}" isn't available. Install the UM language pack on the Mailbox servers first. Available languages: ${available.join(', ')}.`, {
      category: `InvalidArgument: (:) [${call.name}], UnsupportedCustomGreetingLanguageException`,
      hint: { key: 'umLanguageNotInstalled', params: { language: wanted, available: available.join(', ') } },
    });
  }
  return installed;
}

const uriTypes: readonly UriType[] = ['TelExtn', 'SipName', 'E164'];
const voipSecurities: readonly VoipSecurity[] = ['Unsecured', 'SIPSecured', 'Secured'];
const startupModes: readonly StartupMode[] = ['TCP', 'TLS', 'Dual'];

// ── Dial plans and mailbox policies ─────────────────────────────────────────────────────────

const newUmDialPlan: CmdletHandler = (call, ctx) => {
  const name = requireParam(call, 'Name');
  if (findDialPlan(ctx.lab, name)) throw alreadyExists(ctx, call.name, name, 'UM DialPlan Container');
  const digits = Number(requireParam(call, 'NumberOfDigitsInExtension'));
  const dialPlan = {
    name,
    uriType: parseEnum(call, 'URIType', uriTypes) ?? 'TelExtn',
    voipSecurity: parseEnum(call, 'VoIPSecurity', voipSecurities) ?? 'Unsecured',
    numberOfDigitsInExtension: digits,
    countryOrRegionCode: requireParam(call, 'CountryOrRegionCode'),
    accessTelephoneNumbers: listParam(call, 'AccessTelephoneNumbers') ?? [],
    // PhoneContext defaults to `<name>.<domain>` (DOMAIN-FACTS §6; the exact default is unverified).
    phoneContext: `${name}.${ctx.lab.sipDomain}`,
    defaultLanguage: umLanguageParam(call, ctx, 'DefaultLanguage') ?? 'en-US',
  };
  const policy = boolParam(call, 'GenerateUMMailboxPolicy') !== false;
  ctx.change((lab) => {
    lab.exchange.dialPlans.push(dialPlan);
    if (policy) lab.exchange.mailboxPolicies.push({ name: `${name} Default Policy`, dialPlan: name });
  });
  return [dialPlanObject(ctx.lab, findDialPlan(ctx.lab, name)!)];
};

function requireDialPlan(ctx: LabContext, command: string, name: string) {
  const dialPlan = findDialPlan(ctx.lab, name);
  if (!dialPlan) throw notFound(command, name, ctx.domainController, { key: 'unknownDialPlan', params: { name } });
  return dialPlan;
}

const getUmDialPlan: CmdletHandler = (call, ctx) => {
  const ids = identities(call);
  if (ids.length === 0) return ctx.lab.exchange.dialPlans.map((d) => dialPlanObject(ctx.lab, d));
  return ids.map((id) => dialPlanObject(ctx.lab, requireDialPlan(ctx, call.name, id)));
};

const setUmDialPlan: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const name = requireDialPlan(ctx, call.name, id).name;
    const voipSecurity = parseEnum(call, 'VoIPSecurity', voipSecurities);
    const access = call.params.get('AccessTelephoneNumbers');
    const language = umLanguageParam(call, ctx, 'DefaultLanguage');
    ctx.change((lab) => {
      const dialPlan = findDialPlan(lab, name)!;
      if (voipSecurity) dialPlan.voipSecurity = voipSecurity;
      if (access !== undefined) dialPlan.accessTelephoneNumbers = editList(dialPlan.accessTelephoneNumbers, access);
      const country = stringParam(call, 'CountryOrRegionCode');
      if (country !== undefined) dialPlan.countryOrRegionCode = country;
      if (language !== undefined) dialPlan.defaultLanguage = language;
    });
  }
  return [];
};

/**
 * Remove-UMDialPlan deletes the dial plan only when nothing references it: the cmdlet "verifies
 * that the specified UM dial plan isn't referenced by a Mailbox server, UM IP gateway or UM mailbox
 * policies" (Remove-UMDialPlan.md). A gateway references it through its hunt groups; an auto
 * attendant cannot exist without its dial plan either. Nothing is removed in cascade.
 */
const removeUmDialPlan: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const name = requireDialPlan(ctx, call.name, id).name;
    const lab = ctx.lab;
    const servers = lab.exchange.servers.filter((s) => [s.umService, s.callRouter].some((settings) => settings?.dialPlans.some((d) => foldEq(d, name)))).map((s) => shortName(s.fqdn));
    const huntGroups = lab.exchange.huntGroups.filter((h) => foldEq(h.umDialPlan, name)).map((h) => `${h.umIpGateway}\\${h.name}`);
    const policies = lab.exchange.mailboxPolicies.filter((p) => foldEq(p.dialPlan, name)).map((p) => p.name);
    const autoAttendants = lab.exchange.autoAttendants.filter((a) => foldEq(a.umDialPlan, name)).map((a) => a.name);
    const inUse: Array<[string, string[]]> = [
      ['servers', servers],
      ['UM hunt groups', huntGroups],
      ['UM mailbox policies', policies],
      ['UM auto attendants', autoAttendants],
    ];
    const first = inUse.find(([, names]) => names.length > 0);
    if (first) {
      const [what, names] = first;
      throw new LabError(call.name, `The UM dial plan "${name}" can't be removed because it's associated with ${what}: ${names.join(', ')}.`, {
        category: `InvalidOperation: (${name}:UMDialPlanIdParameter) [${call.name}], InvalidOperationException`,
        hint: { key: 'dialPlanInUse', params: { dialPlan: name, uses: inUse.flatMap(([, n]) => n).join(', ') } },
      });
    }
    ctx.change((draft) => {
      draft.exchange.dialPlans = draft.exchange.dialPlans.filter((d) => !foldEq(d.name, name));
    });
  }
  return [];
};

/** Remove-UMMailboxPolicy: refused while UM-enabled mailboxes use the policy (Remove-UMMailboxPolicy.md). */
const removeUmMailboxPolicy: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const policy = ctx.lab.exchange.mailboxPolicies.find((p) => foldEq(p.name, id));
    if (!policy) throw notFound(call.name, id, ctx.domainController, { key: 'unknownMailboxPolicy', params: { name: id } });
    const users = ctx.lab.users.filter((u) => u.um && foldEq(u.um.umMailboxPolicy, policy.name)).map((u) => u.identity);
    if (users.length > 0) {
      throw new LabError(call.name, `The UM mailbox policy "${policy.name}" can't be removed because it's associated with UM-enabled mailboxes: ${users.join(', ')}.`, {
        category: `InvalidOperation: (${policy.name}:MailboxPolicyIdParameter) [${call.name}], InvalidOperationException`,
        hint: { key: 'mailboxPolicyInUse', params: { policy: policy.name, users: users.join(', ') } },
      });
    }
    ctx.change((draft) => {
      draft.exchange.mailboxPolicies = draft.exchange.mailboxPolicies.filter((p) => !foldEq(p.name, policy.name));
    });
  }
  return [];
};

const newUmMailboxPolicy: CmdletHandler = (call, ctx) => {
  const name = requireParam(call, 'Name');
  const dialPlan = requireDialPlan(ctx, call.name, requireParam(call, 'UMDialPlan')).name;
  if (ctx.lab.exchange.mailboxPolicies.some((p) => foldEq(p.name, name))) throw alreadyExists(ctx, call.name, name, 'UM Mailbox Policies');
  ctx.change((lab) => lab.exchange.mailboxPolicies.push({ name, dialPlan }));
  return [mailboxPolicyObject({ name, dialPlan })];
};

const getUmMailboxPolicy: CmdletHandler = (call, ctx) => {
  const ids = identities(call);
  const dialPlan = stringParam(call, 'UMDialPlan');
  let policies = ctx.lab.exchange.mailboxPolicies;
  if (dialPlan !== undefined) policies = policies.filter((p) => foldEq(p.dialPlan, dialPlan));
  if (ids.length === 0) return policies.map(mailboxPolicyObject);
  return ids.map((id) => {
    const policy = policies.find((p) => foldEq(p.name, id));
    if (!policy) throw notFound(call.name, id, ctx.domainController);
    return mailboxPolicyObject(policy);
  });
};

const setUmMailboxPolicy: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    if (!ctx.lab.exchange.mailboxPolicies.some((p) => foldEq(p.name, id))) throw notFound(call.name, id, ctx.domainController);
  }
  return [];
};

// ── UM service and call router ──────────────────────────────────────────────────────────────

/**
 * Checks a `-DialPlans` value: every dial plan must exist and be a SIP URI dial plan — Exchange
 * 2013/2016 servers cannot be linked to TelExtn or E.164 dial plans (INV-02).
 */
function checkDialPlans(ctx: LabContext, command: string, value: PsValue, server: string): void {
  for (const name of addedItems(value)) {
    const dialPlan = requireDialPlan(ctx, command, name);
    if (dialPlan.uriType !== 'SipName') {
      throw new LabError(
        command,
        `The UM dial plan "${dialPlan.name}" has URI type "${dialPlan.uriType}". Exchange ${ctx.lab.exchangeVersion} servers can be associated only with SIP URI dial plans.`,
        { category: `InvalidOperation: (${server}:ServerIdParameter) [${command}], InvalidOperationException`, hint: { key: 'nonSipDialPlan', params: { dialPlan: dialPlan.name, uriType: dialPlan.uriType } } },
      );
    }
  }
}

function applySettings(ctx: LabContext, call: CmdletCall, fqdn: string, which: 'umService' | 'callRouter', serviceName: string): void {
  const dialPlans = call.params.get('DialPlans');
  if (dialPlans !== undefined) checkDialPlans(ctx, call.name, dialPlans, shortName(fqdn));
  const mode = parseEnum(call, 'UMStartupMode', startupModes);
  const tcpPort = stringParam(call, 'SipTcpListeningPort');
  const tlsPort = stringParam(call, 'SipTlsListeningPort');
  ctx.change((lab) => {
    const settings = findExchangeServer(lab, fqdn)![which]!;
    if (dialPlans !== undefined) settings.dialPlans = editList(settings.dialPlans, dialPlans).map((n) => findDialPlan(lab, n)?.name ?? n);
    if (mode) settings.umStartupMode = mode;
    if (tcpPort !== undefined) settings.sipTcpListeningPort = Number(tcpPort);
    if (tlsPort !== undefined) settings.sipTlsListeningPort = Number(tlsPort);
  });
  const settings = findExchangeServer(ctx.lab, fqdn)![which]!;
  if (mode && settings.umStartupMode !== settings.effectiveStartupMode) {
    // The service reads its startup mode only when it starts (DOMAIN-FACTS D5, INV-05).
    ctx.warn(`The changes to the startup mode will take effect after the ${serviceName} service is restarted on ${shortName(fqdn).toUpperCase()}.`);
    ctx.hint({ key: 'restartForStartupMode', params: { service: serviceName, server: fqdn } });
  }
}

function umServer(ctx: LabContext, command: string, name: string, which: 'umService' | 'callRouter'): ExchangeServerState {
  const server = findExchangeServer(ctx.lab, name);
  if (!server || !server[which]) {
    throw notFound(command, name, ctx.domainController, {
      key: which === 'umService' ? 'notUmServiceServer' : 'notCallRouterServer',
      params: { server: name },
    });
  }
  return server;
}

const setUmService: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) applySettings(ctx, call, umServer(ctx, call.name, id, 'umService').fqdn, 'umService', 'MSExchangeUM');
  return [];
};

const getUmService: CmdletHandler = (call, ctx) => {
  const ids = identities(call);
  const servers = ids.length === 0 ? ctx.lab.exchange.servers.filter((s) => s.umService) : ids.map((id) => umServer(ctx, call.name, id, 'umService'));
  return servers.map((s) => umServiceObject(s, s.umService as UmServiceSettings));
};

/** Set-/Get-UMCallRouterSettings take `-Server`, not `-Identity`; without it, the local server. */
const setUmCallRouterSettings: CmdletHandler = (call, ctx) => {
  const name = stringParam(call, 'Server') ?? ctx.server;
  applySettings(ctx, call, umServer(ctx, call.name, name, 'callRouter').fqdn, 'callRouter', 'MSExchangeUMCR');
  return [];
};

/** `Get-ExchangeServer | Get-UMCallRouterSettings` reads each piped server (`-Server` takes pipeline input). */
const getUmCallRouterSettings: CmdletHandler = (call, ctx) => {
  const names = identities(call, 'Server');
  return (names.length > 0 ? names : [ctx.server]).map((name) => {
    const server = umServer(ctx, call.name, name, 'callRouter');
    return callRouterObject(server, server.callRouter!);
  });
};

const getExchangeServer: CmdletHandler = (call, ctx) => {
  const ids = identities(call);
  if (ids.length === 0) return ctx.lab.exchange.servers.map((s) => exchangeServerObject(ctx.lab, s));
  return ids.map((id) => {
    const server = findExchangeServer(ctx.lab, id);
    if (!server) throw notFound(call.name, id, ctx.domainController);
    return exchangeServerObject(ctx.lab, server);
  });
};

// ── IP gateways and hunt groups ─────────────────────────────────────────────────────────────

export function findGateway(lab: LabState, name: string) {
  return lab.exchange.ipGateways.find((g) => foldEq(g.name, name));
}

function requireGateway(ctx: LabContext, command: string, name: string) {
  const gateway = findGateway(ctx.lab, name);
  if (!gateway) throw notFound(command, name, ctx.domainController, { key: 'unknownGateway', params: { name } });
  return gateway;
}

const newUmIpGateway: CmdletHandler = (call, ctx) => {
  const name = requireParam(call, 'Name');
  const address = requireParam(call, 'Address');
  if (findGateway(ctx.lab, name)) throw alreadyExists(ctx, call.name, name, 'UM IPGateway Container');
  ctx.change((lab) => lab.exchange.ipGateways.push({ name, address, outcallsAllowed: true, messageWaitingIndicatorAllowed: true, status: 'Enabled', port: 5060 }));
  return [ipGatewayObject(ctx.lab, findGateway(ctx.lab, name)!)];
};

const getUmIpGateway: CmdletHandler = (call, ctx) => {
  const ids = identities(call);
  if (ids.length === 0) return ctx.lab.exchange.ipGateways.map((g) => ipGatewayObject(ctx.lab, g));
  return ids.map((id) => ipGatewayObject(ctx.lab, requireGateway(ctx, call.name, id)));
};

const setUmIpGateway: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const name = requireGateway(ctx, call.name, id).name;
    const outcalls = boolParam(call, 'OutcallsAllowed');
    const mwi = boolParam(call, 'MessageWaitingIndicatorAllowed');
    const status = parseEnum(call, 'Status', ['Enabled', 'Disabled', 'NoNewCalls'] as const);
    const address = stringParam(call, 'Address');
    const port = stringParam(call, 'Port');
    ctx.change((lab) => {
      const gateway = findGateway(lab, name)!;
      if (outcalls !== undefined) gateway.outcallsAllowed = outcalls;
      if (mwi !== undefined) gateway.messageWaitingIndicatorAllowed = mwi;
      if (status) gateway.status = status;
      if (address !== undefined) gateway.address = address;
      if (port !== undefined) gateway.port = Number(port);
    });
  }
  return [];
};

const gatewayStatus = (status: 'Enabled' | 'Disabled'): CmdletHandler => (call, ctx) => {
  for (const id of identities(call)) {
    const name = requireGateway(ctx, call.name, id).name;
    ctx.change((lab) => {
      findGateway(lab, name)!.status = status;
    });
  }
  return [];
};

/** Removing a gateway removes its hunt groups too (they are its child objects in AD). */
const removeUmIpGateway: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const name = requireGateway(ctx, call.name, id).name;
    ctx.change((lab) => {
      lab.exchange.ipGateways = lab.exchange.ipGateways.filter((g) => !foldEq(g.name, name));
      lab.exchange.huntGroups = lab.exchange.huntGroups.filter((h) => !foldEq(h.umIpGateway, name));
    });
  }
  return [];
};

const newUmHuntGroup: CmdletHandler = (call, ctx) => {
  const name = requireParam(call, 'Name');
  const gateway = requireGateway(ctx, call.name, requireParam(call, 'UMIPGateway')).name;
  const dialPlan = requireDialPlan(ctx, call.name, requireParam(call, 'UMDialPlan')).name;
  const pilotIdentifier = stringParam(call, 'PilotIdentifier') ?? '';
  const siblings = ctx.lab.exchange.huntGroups.filter((h) => foldEq(h.umIpGateway, gateway));
  if (siblings.some((h) => foldEq(h.name, name))) throw alreadyExists(ctx, call.name, name, gateway);
  if (siblings.some((h) => foldEq(h.pilotIdentifier, pilotIdentifier))) {
    throw new LabError(call.name, `The pilot identifier "${pilotIdentifier}" is already used by another hunt group on UM IP gateway "${gateway}".`, { category: `InvalidOperation: (:) [${call.name}], InvalidOperationException` });
  }
  const huntGroup = { name, umIpGateway: gateway, umDialPlan: dialPlan, pilotIdentifier };
  ctx.change((lab) => lab.exchange.huntGroups.push(huntGroup));
  return [huntGroupObject(huntGroup)];
};

function splitHuntGroupIdentity(identity: string): { gateway?: string; name: string } {
  const at = identity.lastIndexOf('\\');
  return at < 0 ? { name: identity } : { gateway: identity.slice(0, at), name: identity.slice(at + 1) };
}

const getUmHuntGroup: CmdletHandler = (call, ctx) => {
  let groups = ctx.lab.exchange.huntGroups;
  const gateway = stringParam(call, 'UMIPGateway');
  if (gateway !== undefined) groups = groups.filter((h) => foldEq(h.umIpGateway, gateway));
  const ids = identities(call);
  if (ids.length === 0) return groups.map(huntGroupObject);
  return ids.flatMap((id) => {
    const { gateway: gw, name } = splitHuntGroupIdentity(id);
    const found = groups.filter((h) => foldEq(h.name, name) && (gw === undefined || foldEq(h.umIpGateway, gw)));
    if (found.length === 0) throw notFound(call.name, id, ctx.domainController);
    return found.map(huntGroupObject);
  });
};

const removeUmHuntGroup: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const { gateway, name } = splitHuntGroupIdentity(id);
    const match = (h: { name: string; umIpGateway: string }) => foldEq(h.name, name) && (gateway === undefined || foldEq(h.umIpGateway, gateway));
    const removed = ctx.lab.exchange.huntGroups.filter(match);
    if (removed.length === 0) throw notFound(call.name, id, ctx.domainController);
    ctx.change((lab) => {
      lab.exchange.huntGroups = lab.exchange.huntGroups.filter((h) => !match(h));
    });
    // A gateway without hunt groups cannot handle UM calls any more (Remove-UMHuntGroup.md).
    for (const gateway of new Set(removed.map((h) => h.umIpGateway))) {
      if (!ctx.lab.exchange.huntGroups.some((h) => foldEq(h.umIpGateway, gateway))) ctx.hint({ key: 'gatewayWithoutHuntGroup', params: { gateway } });
    }
  }
  return [];
};

// ── Auto attendants ─────────────────────────────────────────────────────────────────────────

const newUmAutoAttendant: CmdletHandler = (call, ctx) => {
  const name = requireParam(call, 'Name');
  const dialPlan = requireDialPlan(ctx, call.name, requireParam(call, 'UMDialPlan')).name;
  if (ctx.lab.exchange.autoAttendants.some((a) => foldEq(a.name, name))) throw alreadyExists(ctx, call.name, name, 'UM AutoAttendant Container');
  const pilots = listParam(call, 'PilotIdentifierList') ?? [];
  const taken = pilots.find((p) => ctx.lab.exchange.autoAttendants.some((a) => foldEq(a.umDialPlan, dialPlan) && a.pilotIdentifierList.includes(p)));
  if (taken) throw new LabError(call.name, `The pilot identifier "${taken}" is already used by another auto attendant in dial plan "${dialPlan}".`, { category: `InvalidOperation: (:) [${call.name}], InvalidOperationException` });
  const autoAttendant = {
    name,
    umDialPlan: dialPlan,
    pilotIdentifierList: pilots,
    speechEnabled: boolParam(call, 'SpeechEnabled') === true,
    status: parseEnum(call, 'Status', ['Enabled', 'Disabled'] as const) ?? 'Disabled',
    // A new auto attendant speaks its dial plan's default language.
    language: findDialPlan(ctx.lab, dialPlan)!.defaultLanguage,
  };
  ctx.change((lab) => lab.exchange.autoAttendants.push(autoAttendant));
  return [autoAttendantObject(autoAttendant)];
};

function requireAutoAttendant(ctx: LabContext, command: string, name: string) {
  const found = ctx.lab.exchange.autoAttendants.find((a) => foldEq(a.name, name));
  if (!found) throw notFound(command, name, ctx.domainController);
  return found;
}

const getUmAutoAttendant: CmdletHandler = (call, ctx) => {
  const ids = identities(call);
  if (ids.length === 0) return ctx.lab.exchange.autoAttendants.map(autoAttendantObject);
  return ids.map((id) => autoAttendantObject(requireAutoAttendant(ctx, call.name, id)));
};

const setUmAutoAttendant: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const name = requireAutoAttendant(ctx, call.name, id).name;
    const pilots = call.params.get('PilotIdentifierList');
    const speech = boolParam(call, 'SpeechEnabled');
    const language = umLanguageParam(call, ctx, 'Language');
    ctx.change((lab) => {
      const autoAttendant = lab.exchange.autoAttendants.find((a) => a.name === name)!;
      if (language !== undefined) autoAttendant.language = language;
      if (pilots !== undefined) autoAttendant.pilotIdentifierList = editList(autoAttendant.pilotIdentifierList, pilots);
      if (speech !== undefined) autoAttendant.speechEnabled = speech;
    });
  }
  return [];
};

/** Remove-UMAutoAttendant deletes the auto attendant (and so its place in its dial plan). */
const removeUmAutoAttendant: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const name = requireAutoAttendant(ctx, call.name, id).name;
    ctx.change((lab) => {
      lab.exchange.autoAttendants = lab.exchange.autoAttendants.filter((a) => a.name !== name);
    });
  }
  return [];
};

const autoAttendantStatus = (status: 'Enabled' | 'Disabled'): CmdletHandler => (call, ctx) => {
  for (const id of identities(call)) {
    const name = requireAutoAttendant(ctx, call.name, id).name;
    ctx.change((lab) => {
      lab.exchange.autoAttendants.find((a) => a.name === name)!.status = status;
    });
  }
  return [];
};

// ── Mailboxes ───────────────────────────────────────────────────────────────────────────────

function requireMailbox(ctx: LabContext, command: string, name: string) {
  const user = findUser(ctx.lab, name);
  if (!user) throw notFound(command, name, ctx.domainController, { key: 'unknownMailbox', params: { name } });
  return user;
}

/**
 * Enable-UMMailbox: the policy gives the dial plan; the extension must have the dial plan's
 * length and be unique in it; a SIP URI dial plan also needs -SIPResourceIdentifier (INV-09).
 */
const enableUmMailbox: CmdletHandler = (call, ctx) => {
  const user = requireMailbox(ctx, call.name, requireParam(call, 'Identity'));
  if (user.um) {
    throw new LabError(call.name, `The mailbox "${user.identity}" is already enabled for Unified Messaging.`, { category: `InvalidOperation: (${user.identity}:MailboxIdParameter) [${call.name}], InvalidOperationException` });
  }
  const policyName = requireParam(call, 'UMMailboxPolicy');
  const policy = ctx.lab.exchange.mailboxPolicies.find((p) => foldEq(p.name, policyName));
  if (!policy) throw notFound(call.name, policyName, ctx.domainController, { key: 'unknownMailboxPolicy', params: { name: policyName } });
  const dialPlan = findDialPlan(ctx.lab, policy.dialPlan)!;
  const extensions = listParam(call, 'Extensions') ?? [];
  const sip = stringParam(call, 'SIPResourceIdentifier');
  if (extensions.length === 0) {
    throw new LabError(call.name, `An extension number is required for the UM mailbox: dial plan "${dialPlan.name}" requires a ${dialPlan.numberOfDigitsInExtension}-digit extension.`, { category: `InvalidArgument: (:) [${call.name}], ArgumentException` });
  }
  for (const extension of extensions) {
    if (!/^\d+$/.test(extension) || extension.length !== dialPlan.numberOfDigitsInExtension) {
      throw new LabError(call.name, `The extension "${extension}" isn't valid. Extensions in dial plan "${dialPlan.name}" must have ${dialPlan.numberOfDigitsInExtension} digits.`, {
        category: `InvalidArgument: (:) [${call.name}], InvalidExtensionException`,
        hint: { key: 'extensionLength', params: { extension, digits: dialPlan.numberOfDigitsInExtension, dialPlan: dialPlan.name } },
      });
    }
    const owner = ctx.lab.users.find((u) => u !== user && u.um && u.um.extensions.includes(extension) && foldEq(ctx.lab.exchange.mailboxPolicies.find((p) => foldEq(p.name, u.um!.umMailboxPolicy))?.dialPlan ?? '', dialPlan.name));
    if (owner) throw new LabError(call.name, `The extension "${extension}" is already assigned to "${owner.identity}" in dial plan "${dialPlan.name}".`, { category: `InvalidArgument: (:) [${call.name}], ProxyAddressExistsException` });
  }
  if (dialPlan.uriType === 'SipName' && (sip === undefined || sip === '')) {
    throw new LabError(call.name, `The SIP resource identifier is required for mailboxes on SIP URI dial plan "${dialPlan.name}".`, {
      category: `InvalidArgument: (:) [${call.name}], SipResourceIdNotNeededException`,
      hint: { key: 'sipResourceIdentifierRequired', params: { dialPlan: dialPlan.name } },
    });
  }
  if (sip !== undefined) {
    const owner = ctx.lab.users.find((u) => u !== user && u.um?.sipResourceIdentifier && foldEq(u.um.sipResourceIdentifier, sip));
    if (owner) throw new LabError(call.name, `The SIP resource identifier "${sip}" is already used by "${owner.identity}".`, { category: `InvalidArgument: (:) [${call.name}], ProxyAddressExistsException` });
  }
  const identity = user.identity;
  ctx.change((lab) => {
    findUser(lab, identity)!.um = { umMailboxPolicy: policy.name, extensions, sipResourceIdentifier: sip ?? null };
  });
  return [umMailboxObject(findUser(ctx.lab, identity)!)];
};

const disableUmMailbox: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const user = requireMailbox(ctx, call.name, id);
    const identity = user.identity;
    ctx.change((lab) => {
      findUser(lab, identity)!.um = null;
    });
  }
  return [];
};

const getUmMailbox: CmdletHandler = (call, ctx) => {
  const ids = identities(call);
  if (ids.length === 0) return ctx.lab.users.filter((u) => u.um).map(umMailboxObject);
  return ids.map((id) => {
    const user = requireMailbox(ctx, call.name, id);
    if (!user.um) {
      throw new LabError(call.name, `The mailbox "${user.identity}" isn't enabled for Unified Messaging.`, {
        category: `InvalidArgument: (${id}:MailboxIdParameter) [${call.name}], RecipientTaskException`,
        hint: { key: 'notUmEnabled', params: { user: user.identity } },
      });
    }
    return umMailboxObject(user);
  });
};

const setUmMailbox: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const user = requireMailbox(ctx, call.name, id);
    if (!user.um) throw new LabError(call.name, `The mailbox "${user.identity}" isn't enabled for Unified Messaging.`, { category: `InvalidArgument: (:) [${call.name}], RecipientTaskException` });
    const policyName = stringParam(call, 'UMMailboxPolicy');
    if (policyName === undefined) continue;
    const policy = ctx.lab.exchange.mailboxPolicies.find((p) => foldEq(p.name, policyName));
    if (!policy) throw notFound(call.name, policyName, ctx.domainController, { key: 'unknownMailboxPolicy', params: { name: policyName } });
    // The extension and SIP identifier belong to the dial plan: another plan's policy needs
    // Disable-UMMailbox then Enable-UMMailbox.
    const current = ctx.lab.exchange.mailboxPolicies.find((p) => foldEq(p.name, user.um!.umMailboxPolicy));
    if (current && !foldEq(current.dialPlan, policy.dialPlan)) {
      throw new LabError(call.name, `The UM mailbox policy "${policy.name}" belongs to dial plan "${policy.dialPlan}", not to "${current.dialPlan}", the dial plan of "${user.identity}".`, { category: `InvalidOperation: (:) [${call.name}], InvalidOperationException` });
    }
    const identity = user.identity;
    ctx.change((lab) => {
      findUser(lab, identity)!.um!.umMailboxPolicy = policy.name;
    });
  }
  return [];
};

const getMailbox: CmdletHandler = (call, ctx) => {
  const ids = identities(call);
  const server = ctx.lab.exchange.servers.find((s) => s.umService)?.fqdn ?? ctx.server;
  if (ids.length === 0) return ctx.lab.users.map((u) => mailboxObject(u, server));
  return ids.map((id) => mailboxObject(requireMailbox(ctx, call.name, id), server));
};

export const umCommands: Readonly<Record<string, CmdletHandler>> = {
  'New-UMDialPlan': newUmDialPlan,
  'Get-UMDialPlan': getUmDialPlan,
  'Set-UMDialPlan': setUmDialPlan,
  'Remove-UMDialPlan': removeUmDialPlan,
  'New-UMMailboxPolicy': newUmMailboxPolicy,
  'Get-UMMailboxPolicy': getUmMailboxPolicy,
  'Set-UMMailboxPolicy': setUmMailboxPolicy,
  'Remove-UMMailboxPolicy': removeUmMailboxPolicy,
  'Set-UMService': setUmService,
  'Get-UMService': getUmService,
  'Set-UMCallRouterSettings': setUmCallRouterSettings,
  'Get-UMCallRouterSettings': getUmCallRouterSettings,
  'Get-ExchangeServer': getExchangeServer,
  'New-UMIPGateway': newUmIpGateway,
  'Get-UMIPGateway': getUmIpGateway,
  'Set-UMIPGateway': setUmIpGateway,
  'Enable-UMIPGateway': gatewayStatus('Enabled'),
  'Disable-UMIPGateway': gatewayStatus('Disabled'),
  'Remove-UMIPGateway': removeUmIpGateway,
  'New-UMHuntGroup': newUmHuntGroup,
  'Get-UMHuntGroup': getUmHuntGroup,
  'Remove-UMHuntGroup': removeUmHuntGroup,
  'New-UMAutoAttendant': newUmAutoAttendant,
  'Get-UMAutoAttendant': getUmAutoAttendant,
  'Set-UMAutoAttendant': setUmAutoAttendant,
  'Remove-UMAutoAttendant': removeUmAutoAttendant,
  'Enable-UMAutoAttendant': autoAttendantStatus('Enabled'),
  'Disable-UMAutoAttendant': autoAttendantStatus('Disabled'),
  'Enable-UMMailbox': enableUmMailbox,
  'Disable-UMMailbox': disableUmMailbox,
  'Get-UMMailbox': getUmMailbox,
  'Set-UMMailbox': setUmMailbox,
  'Get-Mailbox': getMailbox,
};


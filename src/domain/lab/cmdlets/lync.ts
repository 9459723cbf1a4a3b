/**
 * Lync Server Management Shell cmdlets: topology reads (pools, services, certificates), media
 * encryption, dial plans and normalization rules, PSTN usages, voice policies and routes, users,
 * Exchange UM contacts and the Front-End service. Errors read like Lync's ("Management object not
 * found for identity …").
 */
import type { EncryptionLevel } from '../../profile/schema.ts';
import { boolParam, editList, foldEq, identities, requireParam, stringParam } from '../call.ts';
import type { CmdletCall, CmdletHandler, LabContext } from '../context.ts';
import { poolObject } from '../objects.ts';
import { LabError } from '../output.ts';
import { fold, type LabState, type LyncPoolState } from '../state.ts';
import { psObject, type PsObject } from '../values.ts';
import { labServices, setServiceRunning } from './services.ts';
import { findUser } from './um.ts';

function lyncNotFound(command: string, identity: string, hint?: { key: string; params?: Record<string, string> }): LabError {
  return new LabError(command, `Management object not found for identity "${identity}".`, {
    category: `InvalidData: (${identity}:UserIdParameter) [${command}], ManagementException`,
    ...(hint ? { hint } : {}),
  });
}

function lyncExists(command: string, identity: string): LabError {
  return new LabError(command, `"${identity}" already exists. Use a different identity or modify the existing object.`, {
    category: `InvalidOperation: (${identity}:String) [${command}], InvalidOperationException`,
    hint: { key: 'duplicateName', params: { name: identity } },
  });
}

export function findPool(lab: LabState, fqdn: string): LyncPoolState | undefined {
  return lab.lync.pools.find((p) => foldEq(p.fqdn, fqdn));
}

/**
 * Scoped identities as Lync writes them back: `global` → `Global`, `site:Paris` → `Site:Paris`,
 * `Registrar:fqdn` → `Service:Registrar:fqdn`, anything else is a per-user (tag) policy.
 */
export function scopeIdentity(identity: string): string {
  const trimmed = identity.trim();
  if (/^global$/i.test(trimmed)) return 'Global';
  const site = /^site:(.+)$/i.exec(trimmed);
  if (site) return `Site:${site[1]}`;
  const service = /^(?:service:)?registrar:(.+)$/i.exec(trimmed);
  if (service) return `Service:Registrar:${service[1]}`;
  const tag = /^tag:(.+)$/i.exec(trimmed);
  return tag ? `Tag:${tag[1]}` : `Tag:${trimmed}`;
}

/** A site scope must name a site of the topology; a service scope, a Registrar pool. */
function checkScope(ctx: LabContext, command: string, identity: string): void {
  const site = /^Site:(.+)$/.exec(identity);
  if (site && !ctx.lab.lync.pools.some((p) => foldEq(p.site, site[1]!))) {
    throw new LabError(command, `Cannot find site "${site[1]}". Check the site name in the topology.`, { category: `InvalidArgument: (:) [${command}], ArgumentException`, hint: { key: 'unknownSite', params: { site: site[1]! } } });
  }
  const registrar = /^Service:Registrar:(.+)$/.exec(identity);
  if (registrar && !findPool(ctx.lab, registrar[1]!)) {
    throw new LabError(command, `Cannot find Registrar "${registrar[1]}" in the topology.`, { category: `InvalidArgument: (:) [${command}], ArgumentException` });
  }
}

// ── Topology ────────────────────────────────────────────────────────────────────────────────

const getCsPool: CmdletHandler = (call, ctx) => {
  const ids = identities(call);
  if (ids.length === 0) return ctx.lab.lync.pools.map((p) => poolObject(p, ctx.lab));
  return ids.map((id) => {
    const pool = findPool(ctx.lab, id);
    if (!pool) throw lyncNotFound(call.name, id, { key: 'unknownPool', params: { pool: id } });
    return poolObject(pool, ctx.lab);
  });
};

const getCsService: CmdletHandler = (call, ctx) => {
  const lab = ctx.lab;
  const all: { role: string; identity: string; extra: Record<string, string> }[] = [
    ...lab.lync.pools.map((p) => ({ role: 'Registrar', identity: `Registrar:${p.fqdn}`, extra: { SiteId: `Site:${p.site}` } })),
    ...lab.lync.mediationServers.map((m) => ({ role: 'MediationServer', identity: `MediationServer:${m}`, extra: {} })),
    ...lab.lync.pstnGateways.map((g) => ({ role: 'PstnGateway', identity: g, extra: {} })),
  ];
  const roles = ['Registrar', 'MediationServer', 'PstnGateway'].filter((r) => boolParam(call, r));
  const wanted = stringParam(call, 'Identity');
  return all
    .filter((s) => roles.length === 0 || roles.includes(s.role))
    .filter((s) => wanted === undefined || foldEq(s.identity, wanted))
    .map((s) => psObject(`Microsoft.Rtc.Management.Xds.Display${s.role}`, { Identity: s.identity, ...s.extra }, { view: 'list', display: s.identity }));
};

const getCsCertificate: CmdletHandler = (_call, ctx) =>
  ctx.lab.lync.certificates
    .filter((c) => foldEq(c.computer, ctx.server))
    .map((c) =>
      psObject('Microsoft.Rtc.Management.Deployment.CertificateReference', {
        Issuer: c.issuer,
        NotAfter: '2028-12-31',
        NotBefore: '2024-01-01',
        SerialNumber: c.thumbprint.slice(0, 20),
        Subject: c.subject,
        AlternativeNames: [...c.alternativeNames],
        Thumbprint: c.thumbprint,
        Use: c.use,
      }, { view: 'list', display: c.thumbprint }),
    );

// ── Media encryption ────────────────────────────────────────────────────────────────────────

const encryptionLevels: readonly EncryptionLevel[] = ['RequireEncryption', 'SupportEncryption', 'DoNotSupportEncryption'];

function mediaObject(identity: string, level: EncryptionLevel): PsObject {
  return psObject('Microsoft.Rtc.Management.WritableConfig.Policy.Media.MediaSettings', {
    Identity: identity,
    EnableQoS: false,
    EncryptionLevel: level,
    EnableSiren: false,
    MaxVideoRateAllowed: 'VGA600K',
  }, { view: 'list', display: identity });
}

function mediaScope(identity: string | undefined): string {
  return identity === undefined ? 'Global' : scopeIdentity(identity).replace(/^Tag:/, '');
}

function parseEncryption(call: CmdletCall): EncryptionLevel | undefined {
  const text = stringParam(call, 'EncryptionLevel');
  if (text === undefined) return undefined;
  const level = encryptionLevels.find((l) => foldEq(l, text));
  if (!level) throw new LabError(call.name, `Cannot convert value "${text}" to type "EncryptionLevel". Valid values are: ${encryptionLevels.join(', ')}.`, { category: `InvalidArgument: (:) [${call.name}], ParameterBindingException` });
  return level;
}

const getCsMediaConfiguration: CmdletHandler = (call, ctx) => {
  const configurations = Object.entries(ctx.lab.lync.mediaConfigurations);
  const wanted = stringParam(call, 'Identity');
  if (wanted === undefined) return configurations.map(([id, level]) => mediaObject(id, level));
  const scope = mediaScope(wanted);
  const found = configurations.find(([id]) => foldEq(id, scope));
  if (!found) throw lyncNotFound(call.name, wanted);
  return [mediaObject(found[0], found[1])];
};

const setCsMediaConfiguration: CmdletHandler = (call, ctx) => {
  const scope = mediaScope(stringParam(call, 'Identity'));
  const existing = Object.keys(ctx.lab.lync.mediaConfigurations).find((id) => foldEq(id, scope));
  if (!existing) throw lyncNotFound(call.name, scope, { key: 'newMediaConfiguration', params: { scope } });
  const level = parseEncryption(call);
  if (level) ctx.change((lab) => (lab.lync.mediaConfigurations[existing] = level));
  return [];
};

const newCsMediaConfiguration: CmdletHandler = (call, ctx) => {
  const scope = mediaScope(requireParam(call, 'Identity'));
  checkScope(ctx, call.name, scope);
  if (Object.keys(ctx.lab.lync.mediaConfigurations).some((id) => foldEq(id, scope))) throw lyncExists(call.name, scope);
  const level = parseEncryption(call) ?? 'RequireEncryption';
  ctx.change((lab) => (lab.lync.mediaConfigurations[scope] = level));
  return [mediaObject(scope, level)];
};

const removeCsMediaConfiguration: CmdletHandler = (call, ctx) => {
  const scope = mediaScope(requireParam(call, 'Identity'));
  if (scope === 'Global') {
    // Removing the global configuration resets it to the defaults.
    ctx.change((lab) => (lab.lync.mediaConfigurations.Global = 'RequireEncryption'));
    return [];
  }
  const existing = Object.keys(ctx.lab.lync.mediaConfigurations).find((id) => foldEq(id, scope));
  if (!existing) throw lyncNotFound(call.name, scope);
  ctx.change((lab) => delete lab.lync.mediaConfigurations[existing]);
  return [];
};

// ── Dial plans and normalization rules ──────────────────────────────────────────────────────

function dialPlanDisplay(identity: string): string {
  return identity.replace(/^Tag:/, '');
}

function findCsDialPlan(lab: LabState, identity: string) {
  const scoped = scopeIdentity(identity);
  return lab.lync.dialPlans.find((d) => foldEq(d.identity, scoped));
}

function csDialPlanObject(plan: LabState['lync']['dialPlans'][number]): PsObject {
  return psObject('Microsoft.Rtc.Management.WritableConfig.Policy.Voice.LocationProfile', {
    Identity: dialPlanDisplay(plan.identity),
    Description: null,
    DialinConferencingRegion: null,
    NormalizationRules: plan.normalizationRules.map((r) => `Description=;Pattern=${r.pattern};Translation=${r.translation};Name=${r.name};IsInternalExtension=False`),
    SimpleName: plan.simpleName,
  }, { view: 'list', display: dialPlanDisplay(plan.identity) });
}

const newCsDialPlan: CmdletHandler = (call, ctx) => {
  const identity = scopeIdentity(requireParam(call, 'Identity'));
  checkScope(ctx, call.name, identity);
  if (findCsDialPlan(ctx.lab, identity)) throw lyncExists(call.name, dialPlanDisplay(identity));
  const simpleName = stringParam(call, 'SimpleName') ?? identity.replace(/^(Site|Tag|Service):/, '').replace(/[^A-Za-z0-9._()+-]/g, '_');
  if (ctx.lab.lync.dialPlans.some((d) => foldEq(d.simpleName, simpleName))) {
    throw new LabError(call.name, `SimpleName "${simpleName}" is already in use. SimpleName must be unique.`, { category: `InvalidArgument: (:) [${call.name}], ArgumentException` });
  }
  // Lync creates every new dial plan with a placeholder rule (DOMAIN-FACTS L1).
  const plan = { identity, simpleName, normalizationRules: [{ name: 'Prefix All', pattern: '^(\\d{11})$', translation: '+$1' }] };
  ctx.change((lab) => lab.lync.dialPlans.push(plan));
  return [];
};

const getCsDialPlan: CmdletHandler = (call, ctx) => {
  const wanted = stringParam(call, 'Identity');
  if (wanted === undefined) return ctx.lab.lync.dialPlans.map(csDialPlanObject);
  const plan = findCsDialPlan(ctx.lab, wanted);
  if (!plan) throw lyncNotFound(call.name, wanted, { key: 'unknownLyncDialPlan', params: { name: wanted } });
  return [csDialPlanObject(plan)];
};

const setCsDialPlan: CmdletHandler = (call, ctx) => {
  const wanted = stringParam(call, 'Identity') ?? 'Global';
  const plan = findCsDialPlan(ctx.lab, wanted);
  if (!plan) throw lyncNotFound(call.name, wanted);
  const simpleName = stringParam(call, 'SimpleName');
  if (simpleName !== undefined) ctx.change((lab) => (findCsDialPlan(lab, wanted)!.simpleName = simpleName));
  return [];
};

/**
 * Remove-CsDialPlan removes a site, service or per-user dial plan with its normalization rules;
 * users granted a removed per-user plan fall back to their site's or the global one. The global
 * plan cannot go: removing it resets it to one default rule (Remove-CsDialPlan.md).
 */
const removeCsDialPlan: CmdletHandler = (call, ctx) => {
  const wanted = requireParam(call, 'Identity');
  const plan = findCsDialPlan(ctx.lab, wanted);
  if (!plan) throw lyncNotFound(call.name, wanted, { key: 'unknownLyncDialPlan', params: { name: wanted } });
  const identity = plan.identity;
  ctx.change((lab) => {
    if (identity === 'Global') {
      findCsDialPlan(lab, 'Global')!.normalizationRules = [{ name: 'Keep All', pattern: '^(\\d+)$', translation: '$1' }];
      return;
    }
    lab.lync.dialPlans = lab.lync.dialPlans.filter((d) => d.identity !== identity);
    if (identity.startsWith('Tag:')) {
      for (const user of lab.users) if (user.lync && foldEq(`Tag:${user.lync.dialPlan ?? ''}`, identity)) user.lync.dialPlan = null;
    }
  });
  return [];
};

const newCsVoiceNormalizationRule: CmdletHandler = (call, ctx) => {
  const identity = requireParam(call, 'Identity');
  const slash = identity.lastIndexOf('/');
  const parent = stringParam(call, 'Parent') ?? (slash < 0 ? 'Global' : identity.slice(0, slash));
  const name = stringParam(call, 'Name') ?? (slash < 0 ? identity : identity.slice(slash + 1));
  const plan = findCsDialPlan(ctx.lab, parent);
  if (!plan) throw lyncNotFound(call.name, parent, { key: 'unknownLyncDialPlan', params: { name: parent } });
  if (plan.normalizationRules.some((r) => foldEq(r.name, name))) throw lyncExists(call.name, `${dialPlanDisplay(plan.identity)}/${name}`);
  const rule = { name, pattern: stringParam(call, 'Pattern') ?? '^(\\d+)$', translation: stringParam(call, 'Translation') ?? '+$1' };
  ctx.change((lab) => {
    const target = findCsDialPlan(lab, parent)!;
    // A real rule replaces the placeholder that New-CsDialPlan added.
    target.normalizationRules = [...target.normalizationRules.filter((r) => r.name !== 'Prefix All'), rule];
  });
  return [];
};

/** Grant-CsDialPlan / Grant-CsVoicePolicy: a per-user policy, named without `tag:`; `$null` removes. */
function grant(call: CmdletCall, ctx: LabContext, field: 'dialPlan' | 'voicePolicy', exists: (name: string) => boolean): PsObject[] {
  const policy = stringParam(call, 'PolicyName');
  for (const id of identities(call)) {
    const user = requireLyncUser(ctx, call.name, id);
    if (policy !== undefined && !exists(policy)) {
      throw new LabError(call.name, `Cannot get policy "${policy}" because it does not exist. A per-user policy named "${policy}" is required.`, {
        category: `InvalidArgument: (:) [${call.name}], PSArgumentException`,
        hint: { key: 'perUserPolicy', params: { policy } },
      });
    }
    const identity = user.identity;
    ctx.change((lab) => (findUser(lab, identity)!.lync![field] = policy ?? null));
  }
  return [];
}

const grantCsDialPlan: CmdletHandler = (call, ctx) => grant(call, ctx, 'dialPlan', (name) => ctx.lab.lync.dialPlans.some((d) => foldEq(d.identity, `Tag:${name.replace(/^tag:/i, '')}`)));
const grantCsVoicePolicy: CmdletHandler = (call, ctx) => grant(call, ctx, 'voicePolicy', (name) => ctx.lab.lync.voicePolicies.some((d) => foldEq(d.identity, `Tag:${name.replace(/^tag:/i, '')}`)));

// ── PSTN usages, voice policies, routes ─────────────────────────────────────────────────────

function checkUsages(ctx: LabContext, command: string, usages: readonly string[]): void {
  const missing = usages.find((u) => !ctx.lab.lync.pstnUsages.some((g) => foldEq(g, u)));
  if (missing) {
    throw new LabError(command, `PSTN usage "${missing}" is not in the global list of PSTN usages. Add it with Set-CsPstnUsage first.`, {
      category: `InvalidArgument: (:) [${command}], ArgumentException`,
      hint: { key: 'pstnUsageFirst', params: { usage: missing } },
    });
  }
}

function usagesOf(call: CmdletCall): string[] {
  const value = call.params.get('PstnUsages');
  return value === undefined ? [] : editList([], value);
}

const setCsPstnUsage: CmdletHandler = (call, ctx) => {
  const usage = call.params.get('Usage');
  if (usage !== undefined) ctx.change((lab) => (lab.lync.pstnUsages = editList(lab.lync.pstnUsages, usage)));
  return [];
};

const getCsPstnUsage: CmdletHandler = (_call, ctx) => [psObject('Microsoft.Rtc.Management.WritableConfig.Policy.Voice.PstnUsages', { Identity: 'Global', Usage: [...ctx.lab.lync.pstnUsages] }, { view: 'list', display: 'Global' })];

function voicePolicyObject(policy: { identity: string; pstnUsages: string[] }): PsObject {
  const identity = dialPlanDisplay(policy.identity);
  return psObject('Microsoft.Rtc.Management.WritableConfig.Policy.Voice.VoicePolicy', {
    Identity: identity,
    PstnUsages: [...policy.pstnUsages],
    Description: null,
    AllowSimulRing: true,
    AllowCallForwarding: true,
    EnableDelegation: true,
    EnableCallTransfer: true,
    EnableCallPark: false,
  }, { view: 'list', display: identity });
}

const newCsVoicePolicy: CmdletHandler = (call, ctx) => {
  const identity = scopeIdentity(requireParam(call, 'Identity'));
  checkScope(ctx, call.name, identity);
  if (ctx.lab.lync.voicePolicies.some((p) => foldEq(p.identity, identity))) throw lyncExists(call.name, dialPlanDisplay(identity));
  const usages = usagesOf(call);
  checkUsages(ctx, call.name, usages);
  ctx.change((lab) => lab.lync.voicePolicies.push({ identity, pstnUsages: usages }));
  return [];
};

const getCsVoicePolicy: CmdletHandler = (call, ctx) => {
  const wanted = stringParam(call, 'Identity');
  if (wanted === undefined) return ctx.lab.lync.voicePolicies.map(voicePolicyObject);
  const policy = ctx.lab.lync.voicePolicies.find((p) => foldEq(p.identity, scopeIdentity(wanted)));
  if (!policy) throw lyncNotFound(call.name, wanted);
  return [voicePolicyObject(policy)];
};

function voiceRouteObject(route: LabState['lync']['voiceRoutes'][number]): PsObject {
  return psObject('Microsoft.Rtc.Management.WritableConfig.Policy.Voice.Route', {
    Identity: route.identity,
    Priority: route.priority,
    Description: null,
    NumberPattern: route.numberPattern,
    PstnUsages: [...route.pstnUsages],
    PstnGatewayList: [...route.pstnGatewayList],
    Name: route.identity,
    SuppressCallerId: null,
    AlternateCallerId: null,
  }, { view: 'list', display: route.identity });
}

function checkGateways(ctx: LabContext, command: string, gateways: readonly string[]): void {
  const missing = gateways.find((g) => !ctx.lab.lync.pstnGateways.some((known) => foldEq(known, g) || foldEq(known, `PstnGateway:${g}`)));
  if (missing) {
    throw new LabError(command, `Cannot find gateway "${missing}" in the topology. Use the Identity of a PSTN gateway service (Get-CsService -PstnGateway).`, {
      category: `InvalidArgument: (:) [${command}], ArgumentException`,
    });
  }
}

const newCsVoiceRoute: CmdletHandler = (call, ctx) => {
  const identity = stringParam(call, 'Identity') ?? requireParam(call, 'Name');
  if (ctx.lab.lync.voiceRoutes.some((r) => foldEq(r.identity, identity))) throw lyncExists(call.name, identity);
  const usages = usagesOf(call);
  checkUsages(ctx, call.name, usages);
  const gatewaysValue = call.params.get('PstnGatewayList');
  const gateways = gatewaysValue === undefined ? [] : editList([], gatewaysValue);
  checkGateways(ctx, call.name, gateways);
  const route = {
    identity,
    numberPattern: stringParam(call, 'NumberPattern') ?? '[0-9]{10}',
    pstnUsages: usages,
    pstnGatewayList: gateways,
    priority: Number(stringParam(call, 'Priority') ?? ctx.lab.lync.voiceRoutes.length),
  };
  ctx.change((lab) => lab.lync.voiceRoutes.push(route));
  return [];
};

const getCsVoiceRoute: CmdletHandler = (call, ctx) => {
  const wanted = stringParam(call, 'Identity');
  if (wanted === undefined) return ctx.lab.lync.voiceRoutes.map(voiceRouteObject);
  const route = ctx.lab.lync.voiceRoutes.find((r) => foldEq(r.identity, wanted));
  if (!route) throw lyncNotFound(call.name, wanted);
  return [voiceRouteObject(route)];
};

const setCsVoiceRoute: CmdletHandler = (call, ctx) => {
  const wanted = stringParam(call, 'Identity') ?? requireParam(call, 'Name');
  if (!ctx.lab.lync.voiceRoutes.some((r) => foldEq(r.identity, wanted))) throw lyncNotFound(call.name, wanted);
  const usages = call.params.get('PstnUsages');
  const gateways = call.params.get('PstnGatewayList');
  const pattern = stringParam(call, 'NumberPattern');
  if (usages !== undefined) checkUsages(ctx, call.name, editList([], usages));
  ctx.change((lab) => {
    const route = lab.lync.voiceRoutes.find((r) => foldEq(r.identity, wanted))!;
    if (usages !== undefined) route.pstnUsages = editList(route.pstnUsages, usages);
    if (gateways !== undefined) route.pstnGatewayList = editList(route.pstnGatewayList, gateways);
    if (pattern !== undefined) route.numberPattern = pattern;
  });
  return [];
};

// ── Users ───────────────────────────────────────────────────────────────────────────────────

function requireAdUser(ctx: LabContext, command: string, identity: string) {
  const user = findUser(ctx.lab, identity);
  if (!user) throw lyncNotFound(command, identity, { key: 'unknownUser', params: { user: identity } });
  return user;
}

function requireLyncUser(ctx: LabContext, command: string, identity: string) {
  const user = requireAdUser(ctx, command, identity);
  if (!user.lync) throw lyncNotFound(command, identity, { key: 'enableCsUserFirst', params: { user: user.identity } });
  return user;
}

function userObject(lab: LabState, user: LabState['users'][number]): PsObject {
  const lync = user.lync!;
  const dc = lab.sipDomain.split('.').map((l) => `DC=${l}`).join(',');
  return psObject('Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser', {
    Identity: `CN=${user.displayName},CN=Users,${dc}`,
    VoicePolicy: lync.voicePolicy,
    DialPlan: lync.dialPlan,
    RegistrarPool: lync.registrarPool,
    Enabled: true,
    SipAddress: lync.sipAddress,
    LineURI: lync.lineUri,
    EnterpriseVoiceEnabled: lync.enterpriseVoiceEnabled,
    HostedVoiceMail: null,
    DisplayName: user.displayName,
    UserPrincipalName: user.identity,
  }, { view: 'list', display: lync.sipAddress });
}

const enableCsUser: CmdletHandler = (call, ctx) => {
  const user = requireAdUser(ctx, call.name, requireParam(call, 'Identity'));
  const poolName = requireParam(call, 'RegistrarPool');
  const pool = findPool(ctx.lab, poolName);
  if (!pool || pool.director) {
    throw new LabError(call.name, `Cannot find a Registrar pool "${poolName}" that can home users.`, { category: `InvalidArgument: (:) [${call.name}], ArgumentException`, hint: { key: 'unknownPool', params: { pool: poolName } } });
  }
  let sip = stringParam(call, 'SipAddress');
  const type = stringParam(call, 'SipAddressType');
  if (sip === undefined && type !== undefined) {
    const domain = stringParam(call, 'SipDomain') ?? ctx.lab.sipDomain;
    sip = `sip:${(/userprincipalname|emailaddress/i.test(type) ? user.identity.split('@')[0] : user.displayName.toLowerCase())}@${domain}`;
  }
  if (sip === undefined) sip = `sip:${user.identity}`;
  if (!/^sip:[^@\s]+@[^@\s]+$/i.test(sip)) {
    throw new LabError(call.name, `SIP address "${sip}" is not valid. It must start with "sip:" and be in the form sip:user@domain.`, { category: `InvalidArgument: (:) [${call.name}], ArgumentException` });
  }
  if (user.lync) throw new LabError(call.name, `User "${user.identity}" is already enabled for Lync Server.`, { category: `InvalidOperation: (:) [${call.name}], InvalidOperationException` });
  const taken = ctx.lab.users.find((u) => u.lync && foldEq(u.lync.sipAddress, sip!));
  if (taken) throw new LabError(call.name, `SIP address "${sip}" is already used by "${taken.identity}".`, { category: `InvalidOperation: (:) [${call.name}], InvalidOperationException` });
  const identity = user.identity;
  const sipAddress = sip;
  ctx.change((lab) => {
    findUser(lab, identity)!.lync = { sipAddress, registrarPool: pool.fqdn, enterpriseVoiceEnabled: false, lineUri: '', dialPlan: null, voicePolicy: null };
  });
  return [];
};

const setCsUser: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const user = requireLyncUser(ctx, call.name, id);
    const ev = boolParam(call, 'EnterpriseVoiceEnabled');
    const lineUri = stringParam(call, 'LineURI');
    if (lineUri !== undefined && lineUri !== '') {
      if (!/^tel:\+\d+(;ext=\d+)?$/i.test(lineUri)) {
        throw new LabError(call.name, `"${lineUri}" is not a valid line URI. Use the form tel:+<E.164 number>[;ext=<extension>].`, { category: `InvalidArgument: (:) [${call.name}], ArgumentException` });
      }
      const taken = ctx.lab.users.find((u) => u !== user && u.lync && foldEq(u.lync.lineUri, lineUri));
      if (taken) throw new LabError(call.name, `Line URI "${lineUri}" is already assigned to "${taken.identity}".`, { category: `InvalidOperation: (:) [${call.name}], InvalidOperationException` });
    }
    const identity = user.identity;
    ctx.change((lab) => {
      const lync = findUser(lab, identity)!.lync!;
      if (ev !== undefined) lync.enterpriseVoiceEnabled = ev;
      if (lineUri !== undefined) lync.lineUri = lineUri;
    });
  }
  return [];
};

const getCsUser: CmdletHandler = (call, ctx) => {
  const ids = identities(call);
  if (ids.length === 0) return ctx.lab.users.filter((u) => u.lync).map((u) => userObject(ctx.lab, u));
  return ids.map((id) => {
    const sip = ctx.lab.users.find((u) => u.lync && foldEq(u.lync.sipAddress, id.startsWith('sip:') ? id : `sip:${id}`));
    return userObject(ctx.lab, sip ?? requireLyncUser(ctx, call.name, id));
  });
};

// ── Exchange UM contacts ────────────────────────────────────────────────────────────────────

function contactObject(contact: LabState['lync']['exUmContacts'][number]): PsObject {
  return psObject('Microsoft.Rtc.Management.ADConnect.Schema.OCSADExUmContact', {
    Identity: `CN={${contact.sipAddress}},${contact.ou}`,
    RegistrarPool: contact.registrarPool,
    DisplayNumber: contact.displayNumber,
    AutoAttendant: contact.autoAttendant,
    IsSubscriberAccess: !contact.autoAttendant,
    Description: contact.description,
    SipAddress: contact.sipAddress,
    Enabled: true,
    OU: contact.ou,
  }, { view: 'list', display: contact.sipAddress });
}

function findContact(lab: LabState, identity: string) {
  const wanted = identity.startsWith('sip:') ? identity : `sip:${identity}`;
  return lab.lync.exUmContacts.find((c) => foldEq(c.sipAddress, wanted));
}

/** Creates an Exchange UM contact after Lync's checks; shared with the OcsUmUtil simulation. */
export function addExUmContact(ctx: LabContext, command: string, contact: LabState['lync']['exUmContacts'][number]): void {
  if (!/^sip:[^@\s]+@[^@\s]+$/i.test(contact.sipAddress)) {
    throw new LabError(command, `SIP address "${contact.sipAddress}" is not valid. It must start with "sip:".`, { category: `InvalidArgument: (:) [${command}], ArgumentException` });
  }
  if (findContact(ctx.lab, contact.sipAddress) || ctx.lab.users.some((u) => u.lync && foldEq(u.lync.sipAddress, contact.sipAddress))) {
    throw new LabError(command, `SIP address "${contact.sipAddress}" is already in use.`, { category: `InvalidOperation: (:) [${command}], InvalidOperationException`, hint: { key: 'duplicateName', params: { name: contact.sipAddress } } });
  }
  if (ctx.lab.lync.exUmContacts.some((c) => c.displayNumber === contact.displayNumber)) {
    throw new LabError(command, `DisplayNumber "${contact.displayNumber}" is already used by another Exchange UM contact.`, { category: `InvalidOperation: (:) [${command}], InvalidOperationException` });
  }
  if (!findPool(ctx.lab, contact.registrarPool)) throw lyncNotFound(command, contact.registrarPool, { key: 'unknownPool', params: { pool: contact.registrarPool } });
  ctx.change((lab) => lab.lync.exUmContacts.push({ ...contact, registrarPool: findPool(lab, contact.registrarPool)!.fqdn }));
}

const newCsExUmContact: CmdletHandler = (call, ctx) => {
  addExUmContact(ctx, call.name, {
    sipAddress: requireParam(call, 'SipAddress'),
    registrarPool: requireParam(call, 'RegistrarPool'),
    ou: requireParam(call, 'OU'),
    displayNumber: requireParam(call, 'DisplayNumber'),
    autoAttendant: boolParam(call, 'AutoAttendant') === true,
    description: stringParam(call, 'Description') ?? null,
  });
  return [];
};

const getCsExUmContact: CmdletHandler = (call, ctx) => {
  const ids = identities(call);
  if (ids.length === 0) return ctx.lab.lync.exUmContacts.map(contactObject);
  return ids.map((id) => {
    const contact = findContact(ctx.lab, id);
    if (!contact) throw lyncNotFound(call.name, id);
    return contactObject(contact);
  });
};

const setCsExUmContact: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const contact = findContact(ctx.lab, id);
    if (!contact) throw lyncNotFound(call.name, id);
    const number = stringParam(call, 'DisplayNumber');
    const aa = boolParam(call, 'AutoAttendant');
    ctx.change((lab) => {
      const target = findContact(lab, id)!;
      if (number !== undefined) target.displayNumber = number;
      if (aa !== undefined) target.autoAttendant = aa;
    });
  }
  return [];
};

const removeCsExUmContact: CmdletHandler = (call, ctx) => {
  for (const id of identities(call)) {
    const contact = findContact(ctx.lab, id);
    if (!contact) throw lyncNotFound(call.name, id);
    ctx.change((lab) => (lab.lync.exUmContacts = lab.lync.exUmContacts.filter((c) => c.sipAddress !== contact.sipAddress)));
  }
  return [];
};

// ── Front-End service ───────────────────────────────────────────────────────────────────────

function frontEndComputer(ctx: LabContext, call: CmdletCall): string {
  const computer = stringParam(call, 'ComputerName') ?? ctx.server;
  const known = ctx.lab.lync.pools.flatMap((p) => p.computers).find((c) => foldEq(c, computer) || foldEq(c.split('.')[0]!, computer));
  if (!known) {
    throw new LabError(call.name, `Cannot find computer "${computer}" in the topology, or it has no Lync Server services.`, {
      category: `InvalidOperation: (:) [${call.name}], InvalidOperationException`,
      hint: { key: 'notFrontEnd', params: { computer } },
    });
  }
  return known;
}

function checkServiceName(call: CmdletCall): void {
  const name = stringParam(call, 'Name');
  if (name !== undefined && !foldEq(name, 'RTCSRV')) {
    throw new LabError(call.name, `The lab simulates only the Front-End service (RTCSRV); "${name}" is not simulated.`, { category: `NotImplemented: (:) [${call.name}], NotSupportedException` });
  }
}

function csServiceObject(lab: LabState, computer: string): PsObject {
  const service = lab.lync.pools.map((p) => p.frontEnd[fold(computer)]).find((s) => s !== undefined);
  return psObject('Microsoft.Rtc.Management.Deployment.ServiceInfo', {
    Status: service?.running ? 'Running' : 'Stopped',
    Name: 'RTCSRV',
    DisplayName: labServices.rtcsrv.displayName,
    ActivityLevel: service?.running ? 'Active' : '',
    ComputerName: computer,
  }, { tableColumns: ['Status', 'Name', 'ActivityLevel'], display: 'RTCSRV' });
}

const getCsWindowsService: CmdletHandler = (call, ctx) => {
  checkServiceName(call);
  return [csServiceObject(ctx.lab, frontEndComputer(ctx, call))];
};

const csServiceRunning = (running: boolean): CmdletHandler => (call, ctx) => {
  checkServiceName(call);
  const computer = frontEndComputer(ctx, call);
  ctx.change((lab) => setServiceRunning(lab, computer, 'rtcsrv', running));
  return [];
};

export const lyncCommands: Readonly<Record<string, CmdletHandler>> = {
  'Get-CsPool': getCsPool,
  'Get-CsService': getCsService,
  'Get-CsCertificate': getCsCertificate,
  'Get-CsMediaConfiguration': getCsMediaConfiguration,
  'Set-CsMediaConfiguration': setCsMediaConfiguration,
  'New-CsMediaConfiguration': newCsMediaConfiguration,
  'Remove-CsMediaConfiguration': removeCsMediaConfiguration,
  'New-CsDialPlan': newCsDialPlan,
  'Get-CsDialPlan': getCsDialPlan,
  'Set-CsDialPlan': setCsDialPlan,
  'Grant-CsDialPlan': grantCsDialPlan,
  'Remove-CsDialPlan': removeCsDialPlan,
  'New-CsVoiceNormalizationRule': newCsVoiceNormalizationRule,
  'Set-CsPstnUsage': setCsPstnUsage,
  'Get-CsPstnUsage': getCsPstnUsage,
  'New-CsVoicePolicy': newCsVoicePolicy,
  'Get-CsVoicePolicy': getCsVoicePolicy,
  'Grant-CsVoicePolicy': grantCsVoicePolicy,
  'New-CsVoiceRoute': newCsVoiceRoute,
  'Get-CsVoiceRoute': getCsVoiceRoute,
  'Set-CsVoiceRoute': setCsVoiceRoute,
  'Enable-CsUser': enableCsUser,
  'Set-CsUser': setCsUser,
  'Get-CsUser': getCsUser,
  'New-CsExUmContact': newCsExUmContact,
  'Get-CsExUmContact': getCsExUmContact,
  'Set-CsExUmContact': setCsExUmContact,
  'Remove-CsExUmContact': removeCsExUmContact,
  'Get-CsWindowsService': getCsWindowsService,
  'Start-CsWindowsService': csServiceRunning(true),
  'Stop-CsWindowsService': csServiceRunning(false),
};


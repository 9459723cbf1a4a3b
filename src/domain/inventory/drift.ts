/**
 * Drift: what differs between the stored profile and an inventory of the servers. One line per
 * difference — which object, which property (as the cmdlet names it), the profile's value, the
 * server's value — with the runbook step that would make the servers match the profile. Only the
 * parts the inventory read are compared: an Exchange-only inventory says nothing about Lync.
 *
 * Not compared, because the scripts cannot see them or the lab cannot show them faithfully: users
 * (the scripts do not list mailboxes), the Lync version, the phone edition, the Exchange UM
 * contacts' registrar pool (OcsUmUtil lets the operator pick it), and certificates of machines
 * other than the one each script ran on (both certificate cmdlets read the local store only: run
 * the script on another server to read its certificates).
 */
import { parseLyncDialPlan } from '../lync-dial-plan.ts';
import type { Profile } from '../profile/schema.ts';
import { certificateOf, exUmContacts, frontEndPools, frontEndServersOf, frontEndSites, sipDialPlans, umServers, type UmServer } from '../runbook/derive.ts';
import { runbookProcedures } from '../runbook/procedures.ts';
import type { StepId } from '../runbook/types.ts';
import type { Inventory, InventoryExchange, InventoryLync, InventoryUmSettings } from './document.ts';

/** What kind of object a drift line is about (`inventory.object.<kind>` names it). */
export type DriftObject =
  | 'exchangeVersion'
  | 'exchangeServer'
  | 'umDialPlan'
  | 'umService'
  | 'callRouter'
  | 'certificate'
  | 'umIpGateway'
  | 'umHuntGroup'
  | 'autoAttendant'
  | 'lyncPool'
  | 'mediationServer'
  | 'mediaConfiguration'
  | 'lyncDialPlan'
  | 'exUmContact'
  | 'voicePolicy'
  | 'voiceRoute';

/** One difference between the profile and the servers. */
export interface DriftLine {
  /** Stable key: `umDialPlan:ParisSIP:VoIPSecurity`. */
  id: string;
  object: DriftObject;
  /** The object's name (`ParisSIP`, `mbx01.contoso.com`). */
  name: string;
  /** `changed`: both have it, values differ; `missing`: only the profile has it; `extra`: only the servers. */
  kind: 'changed' | 'missing' | 'extra';
  /** The property as the cmdlet prints it (`VoIPSecurity`), or null for the object as a whole. */
  property: string | null;
  /** The profile's value (null for an extra object). */
  profileValue: string | null;
  /** The servers' value (null for a missing object). */
  serverValue: string | null;
  /** The runbook step that would fix it. */
  step: StepId;
}

const fold = (value: string) => value.trim().toLowerCase();
const same = (a: string, b: string) => fold(a) === fold(b);
const shortName = (fqdn: string) => fqdn.trim().split('.')[0] ?? fqdn;
/** A server named by FQDN or NetBIOS name. */
const sameServer = (a: string, b: string) => same(a, b) || same(shortName(a), shortName(b));
const listText = (values: readonly string[]) => values.join(', ');
/** Same items, order and case aside. */
const sameSet = (a: readonly string[], b: readonly string[]) => {
  const fa = new Set(a.map(fold));
  const fb = new Set(b.map(fold));
  return fa.size === fb.size && [...fa].every((v) => fb.has(v));
};

/** The runbook a step belongs to first (the deployment runbook, then the shorter procedures). */
export function runbookOfStep(step: StepId): string {
  for (const [slug, steps] of Object.entries(runbookProcedures)) if (steps.some((s) => s.id === step)) return slug;
  return 'deploy-um-lync';
}

class DriftList {
  readonly lines: DriftLine[] = [];

  add(object: DriftObject, name: string, kind: DriftLine['kind'], property: string | null, profileValue: string | null, serverValue: string | null, step: StepId): void {
    this.lines.push({ id: `${object}:${name}${property ? `:${property}` : ''}`, object, name, kind, property, profileValue, serverValue, step });
  }

  /** A `changed` line when the values differ (case-insensitively). */
  compare(object: DriftObject, name: string, property: string, profileValue: string, serverValue: string, step: StepId): void {
    if (!same(profileValue, serverValue)) this.add(object, name, 'changed', property, profileValue, serverValue, step);
  }

  /**
   * Pairs the profile's objects with the servers' by name: a `missing` line for each profile
   * object the servers lack, an `extra` line for each server object the profile lacks (both fixed
   * by `step`), and `compare(profileObject, serverObject)` for each pair.
   */
  pairs<P, S>(
    object: DriftObject,
    step: StepId,
    profileObjects: readonly P[],
    serverObjects: readonly S[],
    describe: { profile: (p: P) => [name: string, summary: string]; server: (s: S) => [name: string, summary: string] },
    compare: (p: P, s: S, name: string) => void,
  ): void {
    for (const item of profileObjects) {
      const [name, summary] = describe.profile(item);
      const found = serverObjects.find((s) => same(describe.server(s)[0], name));
      if (found === undefined) this.add(object, name, 'missing', null, summary, null, step);
      else compare(item, found, name);
    }
    for (const item of serverObjects) {
      const [name, summary] = describe.server(item);
      if (!profileObjects.some((p) => same(describe.profile(p)[0], name))) this.add(object, name, 'extra', null, null, summary, step);
    }
  }

  /** A `changed` line when the lists hold different items. */
  compareSet(object: DriftObject, name: string, property: string, profileValue: readonly string[], serverValue: readonly string[], step: StepId): void {
    if (!sameSet(profileValue, serverValue)) this.add(object, name, 'changed', property, listText(profileValue), listText(serverValue), step);
  }
}

function exchangeDrift(profile: Profile, inventory: InventoryExchange, drift: DriftList): void {
  // Servers and version.
  const versions = [...new Set(inventory.servers.map((s) => s.version).filter((v) => v !== null))];
  if (versions.length > 0 && !versions.includes(profile.exchange.version)) {
    drift.add('exchangeVersion', 'Exchange', 'changed', 'AdminDisplayVersion', profile.exchange.version, versions.join(', '), 'verify-exchange-servers');
  }
  for (const server of profile.exchange.servers) {
    const found = inventory.servers.find((s) => sameServer(s.fqdn || s.name, server.fqdn));
    if (!found) {
      drift.add('exchangeServer', server.fqdn, 'missing', null, server.roles.join(', '), null, 'verify-exchange-servers');
      continue;
    }
    // Exchange 2016 prints only Mailbox; 2013 prints the roles the server holds.
    const roles = found.roles.filter((r) => /^(Mailbox|ClientAccess)$/i.test(r));
    if (profile.exchange.version === '2013') drift.compareSet('exchangeServer', server.fqdn, 'ServerRole', server.roles, roles, 'verify-exchange-servers');
  }
  for (const server of inventory.servers) {
    if (!profile.exchange.servers.some((s) => sameServer(s.fqdn, server.fqdn || server.name))) {
      drift.add('exchangeServer', server.fqdn || server.name, 'extra', null, null, server.roles.join(', '), 'verify-exchange-servers');
    }
  }

  // UM dial plans.
  drift.pairs('umDialPlan', 'create-um-dial-plans', profile.dialPlans, inventory.dialPlans, { profile: (d) => [d.name, d.uriType], server: (d) => [d.name, d.uriType] }, (dialPlan, found, name) => {
    drift.compare('umDialPlan', name, 'URIType', dialPlan.uriType, found.uriType, 'create-um-dial-plans');
    drift.compare('umDialPlan', name, 'VoIPSecurity', dialPlan.voipSecurity, found.voipSecurity, 'secure-dial-plans');
    drift.compare('umDialPlan', name, 'NumberOfDigitsInExtension', String(dialPlan.extensionDigits), found.extensionDigits === null ? '' : String(found.extensionDigits), 'create-um-dial-plans');
    drift.compare('umDialPlan', name, 'CountryOrRegionCode', dialPlan.countryCode, found.countryCode, 'create-um-dial-plans');
    drift.compareSet('umDialPlan', name, 'AccessTelephoneNumbers', dialPlan.accessNumbers, found.accessNumbers, 'create-um-dial-plans');
    if (found.language !== '') drift.compare('umDialPlan', name, 'DefaultLanguage', dialPlan.language, found.language, 'create-um-dial-plans');
  });

  // UM services and call routers: linked to every SIP dial plan, Dual mode, the profile's certificate.
  const wantedDialPlans = sipDialPlans(profile).map((d) => d.name);
  const settings = (object: 'umService' | 'callRouter', umServer: UmServer, list: readonly InventoryUmSettings[]) => {
    const name = umServer.server.fqdn;
    const found = list.find((s) => sameServer(s.server, name));
    if (!found) {
      drift.add(object, name, 'missing', null, object === 'umService' ? 'MSExchangeUM' : 'MSExchangeUMCR', null, 'verify-exchange-servers');
      return;
    }
    const lacking = wantedDialPlans.filter((d) => !found.dialPlans.some((f) => same(f, d)));
    if (lacking.length > 0) drift.add(object, name, 'changed', 'DialPlans', listText(wantedDialPlans), listText(found.dialPlans), 'add-servers-to-dial-plans');
    drift.compare(object, name, 'UMStartupMode', 'Dual', found.startupMode, 'set-startup-mode');
    const certificate = certificateOf(profile, name)?.certificate;
    if (!certificate) return;
    if (certificate.thumbprint) {
      drift.compare(object, name, 'UMCertificateThumbprint', certificate.thumbprint.toUpperCase(), found.certificateThumbprint, 'enable-um-certificates');
    } else if (found.certificateThumbprint === '') {
      drift.add(object, name, 'changed', 'UMCertificateThumbprint', certificate.subject, '', 'enable-um-certificates');
    } else {
      // The profile knows the certificate by its subject: read the assigned one's, when listed.
      const assigned = inventory.certificates.find((c) => c.thumbprint === found.certificateThumbprint);
      if (assigned) drift.compare(object, name, 'UMCertificateThumbprint', certificate.subject, assigned.subject, 'enable-um-certificates');
    }
  };
  // Only the servers the inventory could read: a 2013 inventory without call routers listed them all the same.
  for (const umServer of umServers(profile)) {
    if (umServer.runsUmService && inventory.servers.some((s) => sameServer(s.fqdn || s.name, umServer.server.fqdn))) settings('umService', umServer, inventory.umServices);
    if (umServer.runsCallRouter && inventory.servers.some((s) => sameServer(s.fqdn || s.name, umServer.server.fqdn))) settings('callRouter', umServer, inventory.callRouters);
  }

  // Certificates of the machine the script ran on.
  if (inventory.computer !== '') {
    for (const certificate of profile.certificates) {
      if (!certificate.servers.some((s) => sameServer(s, inventory.computer))) continue;
      if (!profile.exchange.servers.some((s) => sameServer(s.fqdn, inventory.computer))) continue;
      const found = inventory.certificates.find((c) => (certificate.thumbprint ? same(c.thumbprint, certificate.thumbprint) : same(c.subject, certificate.subject)));
      const label = `${certificate.name} (${inventory.computer})`;
      if (!found) {
        drift.add('certificate', label, 'missing', null, certificate.thumbprint ?? certificate.subject, null, 'import-exchange-certificates');
        continue;
      }
      drift.compare('certificate', label, 'Subject', certificate.subject, found.subject, 'request-exchange-certificates');
      drift.compareSet('certificate', label, 'CertificateDomains', certificate.san, found.san, 'request-exchange-certificates');
      drift.compare('certificate', label, 'Issuer', certificate.issuer, found.issuer, 'import-exchange-certificates');
      if (certificate.notAfter && found.notAfter) drift.compare('certificate', label, 'NotAfter', certificate.notAfter, found.notAfter.slice(0, 10), 'import-exchange-certificates');
    }
  }

  // IP gateways (one per Front End pool, written by ExchUcUtil) and the one that places calls.
  const pools = frontEndPools(profile);
  for (const pool of pools) {
    const found = inventory.gateways.find((g) => same(g.address, pool.fqdn));
    if (!found) {
      drift.add('umIpGateway', pool.fqdn, 'missing', null, pool.fqdn, null, 'run-exchucutil');
      continue;
    }
    const outbound = same(pool.fqdn, profile.gateways.outboundPool);
    drift.compare('umIpGateway', pool.fqdn, 'OutcallsAllowed', outbound ? 'True' : 'False', found.outcallsAllowed ? 'True' : 'False', 'restrict-outbound-gateways');
  }
  for (const gateway of inventory.gateways) {
    if (!pools.some((p) => same(p.fqdn, gateway.address))) drift.add('umIpGateway', gateway.address || gateway.name, 'extra', null, null, gateway.name, 'run-exchucutil');
  }
  for (const dialPlan of sipDialPlans(profile)) {
    if (!inventory.dialPlans.some((d) => same(d.name, dialPlan.name))) continue;
    if (inventory.gateways.length > 0 && !inventory.huntGroups.some((h) => same(h.dialPlan, dialPlan.name))) {
      drift.add('umHuntGroup', dialPlan.name, 'missing', null, dialPlan.name, null, 'run-exchucutil');
    }
  }

  // Auto attendants.
  const step = 'create-auto-attendants';
  drift.pairs('autoAttendant', step, profile.autoAttendants, inventory.autoAttendants, { profile: (a) => [a.name, a.dialPlan], server: (a) => [a.name, a.dialPlan] }, (autoAttendant, found, name) => {
    drift.compare('autoAttendant', name, 'UMDialPlan', autoAttendant.dialPlan, found.dialPlan, step);
    drift.compareSet('autoAttendant', name, 'PilotIdentifierList', autoAttendant.pilotNumbers, found.pilotNumbers, step);
    drift.compare('autoAttendant', name, 'SpeechEnabled', autoAttendant.speechEnabled ? 'True' : 'False', found.speechEnabled ? 'True' : 'False', step);
    drift.compare('autoAttendant', name, 'Status', 'Enabled', found.status, step);
  });
}

/** The pool's edition as the topology shows it: one computer that is the pool itself is Standard. */
export function poolEdition(pool: { fqdn: string; computers: readonly string[] }): 'Standard' | 'Enterprise' {
  return pool.computers.length <= 1 && pool.computers.every((c) => same(c, pool.fqdn)) ? 'Standard' : 'Enterprise';
}

/** Mediation Servers of the topology, from the pools' service lists (`MediationServer:med01…`). */
export function mediationServersOf(inventory: InventoryLync): string[] {
  const found = new Map<string, string>();
  for (const pool of inventory.pools) {
    for (const service of pool.services) {
      const match = /^MediationServer:(.+)$/i.exec(service);
      if (match && !found.has(fold(match[1]!))) found.set(fold(match[1]!), match[1]!);
    }
  }
  return [...found.values()];
}

/**
 * The Default certificate of the Lync machine the script ran on (Get-CsCertificate reads the local
 * store): the profile's certificate of that machine, of its pool (a Front End server of it), or of
 * the Mediation Server it is.
 */
function lyncCertificateDrift(profile: Profile, inventory: InventoryLync, drift: DriftList): void {
  const computer = inventory.computer;
  if (computer === '') return;
  const pool = inventory.pools.find((p) => sameServer(p.fqdn, computer) || p.computers.some((c) => sameServer(c, computer)));
  const certificate = profile.certificates.find((c) => c.servers.some((s) => sameServer(s, computer) || (pool !== undefined && same(s, pool.fqdn))));
  if (!certificate) return;
  const label = `${certificate.name} (${computer})`;
  const found = inventory.certificates.find((c) => same(c.use, 'Default'));
  if (!found) {
    drift.add('certificate', label, 'missing', null, certificate.subject, null, 'verify-lync-certificates');
    return;
  }
  if (certificate.thumbprint) drift.compare('certificate', label, 'Thumbprint', certificate.thumbprint, found.thumbprint, 'verify-lync-certificates');
  drift.compare('certificate', label, 'Subject', certificate.subject, found.subject, 'verify-lync-certificates');
  drift.compareSet('certificate', label, 'AlternativeNames', certificate.san, found.san, 'verify-lync-certificates');
  drift.compare('certificate', label, 'Issuer', certificate.issuer, found.issuer, 'verify-lync-certificates');
}

function lyncDrift(profile: Profile, inventory: InventoryLync, drift: DriftList): void {
  drift.pairs('lyncPool', 'verify-lync-topology', profile.lync.pools, inventory.pools, { profile: (p) => [p.fqdn, p.site], server: (p) => [p.fqdn, p.site] }, (pool, found, name) => {
    drift.compare('lyncPool', name, 'Site', pool.site, found.site, 'verify-lync-topology');
    drift.compare('lyncPool', name, 'Edition', pool.edition, poolEdition(found), 'verify-lync-topology');
    const listed = frontEndServersOf(pool);
    if (listed && pool.edition === 'Enterprise') drift.compareSet('lyncPool', name, 'Computers', listed, found.computers, 'verify-lync-topology');
  });
  const mediation = mediationServersOf(inventory);
  for (const server of profile.lync.mediationServers) {
    if (!mediation.some((m) => same(m, server))) drift.add('mediationServer', server, 'missing', null, server, null, 'verify-lync-topology');
  }
  for (const server of mediation) {
    if (!profile.lync.mediationServers.some((m) => same(m, server))) drift.add('mediationServer', server, 'extra', null, null, server, 'verify-lync-topology');
  }
  lyncCertificateDrift(profile, inventory, drift);
  const global = inventory.mediaConfigurations.find((m) => same(m.identity, 'Global'));
  if (global) drift.compare('mediaConfiguration', 'Global', 'EncryptionLevel', profile.lync.encryptionLevel, global.encryptionLevel, 'check-media-encryption');

  const seen = new Set<string>();
  for (const dialPlan of profile.dialPlans) {
    const { identity, simpleName } = parseLyncDialPlan(dialPlan.lyncDialPlan);
    if (identity === '' || seen.has(fold(identity))) continue;
    seen.add(fold(identity));
    // A per-user dial plan is listed as `Tag:<name>`.
    const found = inventory.dialPlans.find((d) => same(d.identity, identity) || same(d.identity, `Tag:${identity}`));
    if (!found) drift.add('lyncDialPlan', identity, 'missing', null, simpleName, null, 'create-lync-dial-plans');
    else drift.compare('lyncDialPlan', identity, 'SimpleName', simpleName, found.simpleName, 'create-lync-dial-plans');
  }

  for (const contact of exUmContacts(profile)) {
    const found = inventory.exUmContacts.find((c) => same(c.displayNumber, contact.displayNumber));
    if (!found) drift.add('exUmContact', contact.displayNumber, 'missing', null, contact.sipAddress, null, 'create-exum-contacts');
    else drift.compare('exUmContact', contact.displayNumber, 'AutoAttendant', contact.autoAttendant ? 'True' : 'False', found.autoAttendant ? 'True' : 'False', 'create-exum-contacts');
  }

  for (const site of frontEndSites(profile)) {
    const usage = `PSTN-${site}`;
    const policy = inventory.voicePolicies.find((p) => same(p.identity, `Site:${site}`));
    if (!policy) drift.add('voicePolicy', `Site:${site}`, 'missing', null, usage, null, 'configure-voice-routing');
    else if (!policy.pstnUsages.some((u) => same(u, usage))) drift.add('voicePolicy', `Site:${site}`, 'changed', 'PstnUsages', usage, listText(policy.pstnUsages), 'configure-voice-routing');
    if (!inventory.voiceRoutes.some((r) => same(r.identity, usage))) drift.add('voiceRoute', usage, 'missing', null, usage, null, 'configure-voice-routing');
  }
}

/**
 * The drift between a profile and an inventory: empty when the servers show what the profile
 * describes (for the parts the inventory read).
 */
export function inventoryDrift(profile: Profile, inventory: Inventory): DriftLine[] {
  const drift = new DriftList();
  if (inventory.exchange) exchangeDrift(profile, inventory.exchange, drift);
  if (inventory.lync) lyncDrift(profile, inventory.lync, drift);
  return drift.lines;
}

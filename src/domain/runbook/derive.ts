/**
 * Values the runbook derives from a profile: which server runs which UM service, which certificate
 * a server carries, which Lync pool homes a user, the names of the Lync objects we create. Every
 * function is pure; the results are *values* that the renderer then quotes.
 */
import type { AutoAttendant, Certificate, DialPlan, ExchangeServer, LyncPool, Profile, User } from '../profile/schema.ts';
import { parseLyncDialPlan, type LyncDialPlanScope } from '../lync-dial-plan.ts';

export { parseLyncDialPlan, type LyncDialPlanScope };

const fold = (value: string) => value.trim().toLowerCase();

/** An Exchange server and the UM services it runs. */
export interface UmServer {
  server: ExchangeServer;
  /** Runs the Microsoft Exchange Unified Messaging service (MSExchangeUM): Mailbox servers. */
  runsUmService: boolean;
  /** Runs the UM Call Router (MSExchangeUMCR): 2013 Client Access servers; 2016 Mailbox servers. */
  runsCallRouter: boolean;
}

/**
 * The Exchange servers that take part in UM, in profile order. Exchange 2013 may split the roles
 * (UM service on Mailbox, call router on Client Access); Exchange 2016 has only the Mailbox role,
 * which carries both services (DOMAIN-FACTS §10.1). Same definition as the profile rules use.
 */
export function umServers(profile: Profile): UmServer[] {
  const is2016 = profile.exchange.version === '2016';
  return profile.exchange.servers
    .map((server) => {
      const mailbox = server.roles.includes('Mailbox');
      return { server, runsUmService: mailbox, runsCallRouter: is2016 ? mailbox : server.roles.includes('ClientAccess') };
    })
    .filter((s) => s.runsUmService || s.runsCallRouter);
}

/** The `-Services` values of Enable-ExchangeCertificate for a server: UM and/or UMCallRouter. */
export function certificateServices(umServer: UmServer): string[] {
  return [...(umServer.runsUmService ? ['UM'] : []), ...(umServer.runsCallRouter ? ['UMCallRouter'] : [])];
}

/** The first server in the profile that runs the UM service: where ExchUcUtil.ps1 runs. */
export function firstMailboxServer(profile: Profile): ExchangeServer | undefined {
  return profile.exchange.servers.find((s) => s.roles.includes('Mailbox'));
}

/** The SIP URI dial plans: the only ones Exchange 2013/2016 servers can join (INV-02). */
export function sipDialPlans(profile: Profile): DialPlan[] {
  return profile.dialPlans.filter((d) => d.uriType === 'SipName');
}

/** A UM dial plan by name (AD names are case-insensitive). */
export function dialPlanNamed(profile: Profile, name: string): DialPlan | undefined {
  return profile.dialPlans.find((d) => fold(d.name) === fold(name));
}

/** The certificate of the profile installed on a server, with its index. */
export function certificateOf(profile: Profile, fqdn: string): { certificate: Certificate; index: number } | undefined {
  const index = profile.certificates.findIndex((c) => c.servers.some((s) => fold(s) === fold(fqdn)));
  return index < 0 ? undefined : { certificate: profile.certificates[index]!, index };
}

/** Certificates that sit on at least one UM server, with the UM servers that carry each. */
export function exchangeCertificates(profile: Profile): { certificate: Certificate; index: number; servers: UmServer[] }[] {
  const servers = umServers(profile);
  return profile.certificates
    .map((certificate, index) => ({
      certificate,
      index,
      servers: servers.filter((s) => certificate.servers.some((fqdn) => fold(fqdn) === fold(s.server.fqdn))),
    }))
    .filter((c) => c.servers.length > 0);
}

/**
 * File paths for a certificate's request, issued certificate and PFX. The file name keeps only
 * letters, digits and dashes of the certificate name (plus its position, so two certificates with
 * similar names never share a file); the result is still quoted like any value.
 */
export function certificateFiles(certificate: Certificate, index: number): { requestPath: string; issuedPath: string; pfxPath: string } {
  const stem = certificate.name.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'certificate';
  const base = `C:\\Passerelle\\certificates\\${index + 1}-${stem}`;
  return { requestPath: `${base}.req`, issuedPath: `${base}.cer`, pfxPath: `${base}.pfx` };
}

/** Front End pools (pools that are not Directors): where users are homed and RTCSRV is restarted. */
export function frontEndPools(profile: Profile): LyncPool[] {
  return profile.lync.pools.filter((p) => !p.director);
}

/**
 * The Front End servers of a pool, when the profile proves them: the listed `frontEndServers`, or
 * the pool FQDN itself for a Standard Edition pool (one server). An Enterprise pool without a list
 * gives `undefined`: its members cannot be derived from its FQDN.
 */
export function frontEndServersOf(pool: LyncPool): string[] | undefined {
  const listed = (pool.frontEndServers ?? []).filter((s) => s.trim() !== '');
  if (listed.length) return listed;
  return pool.edition === 'Standard' ? [pool.fqdn] : undefined;
}

/** The server name Set-/Get-UMService take as identity: the first label of the FQDN (`mbx01`). */
export function serverName(fqdn: string): string {
  const trimmed = fqdn.trim();
  const dot = trimmed.indexOf('.');
  return dot > 0 ? trimmed.slice(0, dot) : trimmed;
}

/** The language of a UM dial plan by name, for its auto attendants (undefined when the plan is unknown). */
export function dialPlanLanguage(profile: Profile, name: string): string | undefined {
  return dialPlanNamed(profile, name)?.language;
}

/** Lync sites that have a Front End pool, first spelling wins, in profile order. */
export function frontEndSites(profile: Profile): string[] {
  const sites = new Map<string, string>();
  for (const pool of frontEndPools(profile)) if (!sites.has(fold(pool.site))) sites.set(fold(pool.site), pool.site);
  return [...sites.values()];
}

/** The scope of a Lync dial plan (see `parseLyncDialPlan`); kept for the steps that ask by profile. */
export function lyncDialPlanScope(_profile: Profile, lyncDialPlan: string): LyncDialPlanScope {
  return parseLyncDialPlan(lyncDialPlan);
}

/**
 * The Front End pool for objects that belong to a UM dial plan (users, contacts): the pool its
 * Lync dial plan is scoped to (`Registrar:<pool>`), else the first Front End pool of its site
 * (`site:<site>`), else the first Front End pool. `guessed` says the fallback was used, so the
 * command carries a note asking the operator to check it.
 */
export function poolForDialPlan(profile: Profile, dialPlanName: string): { pool: LyncPool; guessed: boolean } | undefined {
  const dialPlan = dialPlanNamed(profile, dialPlanName);
  const pools = frontEndPools(profile);
  if (dialPlan) {
    const scope = parseLyncDialPlan(dialPlan.lyncDialPlan);
    const scoped =
      scope.kind === 'registrar'
        ? pools.find((p) => fold(p.fqdn) === fold(scope.pool))
        : scope.kind === 'site'
          ? pools.find((p) => fold(p.site) === fold(scope.site))
          : undefined;
    if (scoped) return { pool: scoped, guessed: false };
  }
  return pools[0] ? { pool: pools[0], guessed: true } : undefined;
}

/** The UM mailbox policy a user gets: the profile's, else the one New-UMDialPlan creates. */
export function mailboxPolicyOf(user: User): string {
  return user.mailboxPolicy ?? `${user.dialPlan} Default Policy`;
}

/** The SIP resource identifier for Enable-UMMailbox: the SIP address without `sip:` (as Microsoft's examples). */
export function sipResourceIdentifier(sipAddress: string): string {
  return sipAddress.replace(/^sip:/i, '');
}

/**
 * The extension normalization rule of a Lync dial plan, when the profile proves it: every user of
 * the UM dial plans behind it has a line URI `tel:<prefix><extension>` with the same E.164 prefix
 * and an extension of the dial plan's length. Then `^(\d{n})$` → `<prefix>$1` lets Lync users dial
 * an extension. Without such evidence no rule is generated rather than a guessed one.
 */
export function extensionNormalizationRule(
  profile: Profile,
  lyncDialPlan: string,
  identity: string,
): { identity: string; pattern: string; translation: string } | undefined {
  const dialPlans = profile.dialPlans.filter((d) => fold(d.lyncDialPlan) === fold(lyncDialPlan));
  const digits = new Set(dialPlans.map((d) => d.extensionDigits));
  if (digits.size !== 1) return undefined;
  const n = [...digits][0]!;
  if (!Number.isInteger(n) || n < 1 || n > 20) return undefined;
  const names = new Set(dialPlans.map((d) => fold(d.name)));
  const users = profile.users.filter((u) => names.has(fold(u.dialPlan)));
  const prefixes = new Set<string>();
  for (const user of users) {
    const match = /^tel:(\+\d+)(?:;ext=\d+)?$/i.exec(user.lineUri);
    if (!match || user.extension.length !== n || !/^\d+$/.test(user.extension)) return undefined;
    const number = match[1]!;
    if (!number.endsWith(user.extension)) return undefined;
    prefixes.add(number.slice(0, number.length - n));
  }
  if (prefixes.size !== 1) return undefined;
  const prefix = [...prefixes][0]!;
  if (!/^\+\d+$/.test(prefix)) return undefined;
  return { identity: `${identity}/${n}DigitExtensions`, pattern: `^(\\d{${n}})$`, translation: `${prefix}$1` };
}

/** A Lync contact for an auto attendant or a subscriber access number. */
export interface ExUmContact {
  /** The UM dial plan OcsUmUtil lists the contact under. */
  dialPlan: string;
  /** The contact's display name in OcsUmUtil and Active Directory. */
  name: string;
  sipAddress: string;
  displayNumber: string;
  autoAttendant: boolean;
  pool: LyncPool;
  poolGuessed: boolean;
  ou: string;
}

/** The OU the contacts go to, from the SIP domain's labels: `OU=Exchange UM Contacts,DC=contoso,DC=com`. */
export function contactOu(profile: Profile): string {
  const labels = profile.organization.sipDomain.split('.').filter(Boolean);
  return ['OU=Exchange UM Contacts', ...labels.map((l) => `DC=${l}`)].join(',');
}

/**
 * One contact per auto-attendant pilot number and per subscriber access number (OcsUmUtil creates
 * the same pairs). Several numbers get `-2`, `-3`… so SIP addresses stay unique.
 */
export function exUmContacts(profile: Profile): ExUmContact[] {
  const ou = contactOu(profile);
  const domain = profile.organization.sipDomain;
  const contacts: ExUmContact[] = [];
  const add = (local: string, label: string, numbers: readonly string[], dialPlan: string, autoAttendant: boolean) => {
    const home = poolForDialPlan(profile, dialPlan);
    if (!home) return;
    numbers.forEach((displayNumber, i) => {
      const suffix = numbers.length > 1 ? `-${i + 1}` : '';
      contacts.push({
        dialPlan,
        name: `${label}${suffix}`,
        sipAddress: `sip:${local}${suffix}@${domain}`,
        displayNumber,
        autoAttendant,
        pool: home.pool,
        poolGuessed: home.guessed,
        ou,
      });
    });
  };
  profile.autoAttendants.forEach((aa: AutoAttendant) => add(`${aa.name}.AutoAttendant`, `${aa.name} Auto Attendant`, aa.pilotNumbers, aa.dialPlan, true));
  sipDialPlans(profile).forEach((dp) => add(`${dp.name}.SubscriberAccess`, `${dp.name} Subscriber Access`, dp.accessNumbers, dp.name, false));
  return contacts;
}

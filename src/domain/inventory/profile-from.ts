/**
 * A profile built from an inventory (brownfield): what the servers show replaces the parts the
 * inventory read; everything it cannot see — users, the Lync version, the phone edition, the
 * profile's name, the Lync certificates, and any part of a shell whose inventory is absent — is
 * kept from `base` (the stored profile, or the example when there is none).
 */
import { parseLyncDialPlan } from '../lync-dial-plan.ts';
import { encryptionLevels, uriTypes, voipSecurities, type Certificate, type DialPlan, type ExchangeRole, type LyncPool, type Profile } from '../profile/schema.ts';
import type { Inventory, InventoryExchange, InventoryLync } from './document.ts';
import { mediationServersOf, poolEdition } from './drift.ts';

const fold = (value: string) => value.trim().toLowerCase();
const same = (a: string, b: string) => fold(a) === fold(b);
const shortName = (fqdn: string) => fqdn.trim().split('.')[0] ?? fqdn;

/** The value when it is one of `allowed` (in its documented spelling), else `fallback`. */
function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => same(a, value)) ?? fallback;
}

/**
 * The Lync dial plan of a UM dial plan: the base profile's, else the site of the pool that homes
 * the contact of its first subscriber access number, else empty (the profile rules then ask).
 */
function lyncDialPlanFor(name: string, accessNumbers: readonly string[], base: Profile, inventory: Inventory): string {
  const known = base.dialPlans.find((d) => same(d.name, name));
  if (known) return known.lyncDialPlan;
  const contact = inventory.lync?.exUmContacts.find((c) => accessNumbers.some((n) => same(n, c.displayNumber)));
  const pool = contact && inventory.lync?.pools.find((p) => same(p.fqdn, contact.registrarPool));
  return pool ? parseLyncDialPlan(`site:${pool.site}`).identity : '';
}

function exchangePart(exchange: InventoryExchange, base: Profile, inventory: Inventory): Pick<Profile, 'exchange' | 'dialPlans' | 'autoAttendants' | 'certificates'> & { outboundPool?: string } {
  const version = exchange.servers.find((s) => s.version !== null)?.version ?? base.exchange.version;
  const servers = exchange.servers
    .map((s) => {
      const roles = s.roles.flatMap((r): ExchangeRole[] => (same(r, 'Mailbox') ? ['Mailbox'] : same(r, 'ClientAccess') ? ['ClientAccess'] : []));
      return { fqdn: s.fqdn || s.name, roles: version === '2016' ? (roles.includes('Mailbox') ? (['Mailbox'] as ExchangeRole[]) : []) : roles };
    })
    .filter((s) => s.roles.length > 0);
  const fqdnOf = (name: string) => servers.find((s) => same(s.fqdn, name) || same(shortName(s.fqdn), name))?.fqdn ?? name;

  const dialPlans: DialPlan[] = exchange.dialPlans.map((d) => ({
    name: d.name,
    countryCode: d.countryCode,
    extensionDigits: d.extensionDigits ?? 0,
    uriType: oneOf(d.uriType, uriTypes, 'SipName'),
    voipSecurity: oneOf(d.voipSecurity, voipSecurities, 'Unsecured'),
    lyncDialPlan: lyncDialPlanFor(d.name, d.accessNumbers, base, inventory),
    language: d.language || 'en-US',
    accessNumbers: [...d.accessNumbers],
  }));

  // Exchange certificates: those the UM services and call routers use, with the servers using each.
  const users = new Map<string, string[]>();
  for (const settings of [...exchange.umServices, ...exchange.callRouters]) {
    if (settings.certificateThumbprint === '') continue;
    const list = users.get(settings.certificateThumbprint) ?? [];
    const fqdn = fqdnOf(settings.server);
    if (!list.some((s) => same(s, fqdn))) list.push(fqdn);
    users.set(settings.certificateThumbprint, list);
  }
  const exchangeServers = (c: Certificate) => c.servers.some((s) => base.exchange.servers.some((e) => same(e.fqdn, s)));
  const certificates: Certificate[] = [];
  for (const [thumbprint, certificateServers] of users) {
    const listed = exchange.certificates.find((c) => c.thumbprint === thumbprint);
    const known = base.certificates.find((c) => (c.thumbprint ? same(c.thumbprint, thumbprint) : listed !== undefined && same(c.subject, listed.subject)));
    const certificate: Certificate = {
      name: known?.name ?? (listed?.friendlyName || listed?.subject.replace(/^CN=/i, '').split(',')[0] || thumbprint.slice(0, 8)),
      // In the organisation's server order, as Get-ExchangeServer lists them.
      servers: [...certificateServers].sort((a, b) => servers.findIndex((s) => same(s.fqdn, a)) - servers.findIndex((s) => same(s.fqdn, b))),
      subject: listed?.subject ?? known?.subject ?? '',
      san: listed ? [...listed.san] : [...(known?.san ?? [])],
      issuer: listed?.issuer ?? known?.issuer ?? '',
      thumbprint,
    };
    if (known?.selfSigned !== undefined) certificate.selfSigned = known.selfSigned;
    const notAfter = listed?.notAfter.slice(0, 10);
    if (notAfter && /^\d{4}-\d{2}-\d{2}$/.test(notAfter)) certificate.notAfter = notAfter;
    certificates.push(certificate);
  }
  const outbound = exchange.gateways.filter((g) => g.outcallsAllowed);
  return {
    exchange: { version, servers },
    dialPlans,
    autoAttendants: exchange.autoAttendants.map((a) => ({ name: a.name, dialPlan: a.dialPlan, pilotNumbers: [...a.pilotNumbers], speechEnabled: a.speechEnabled })),
    // The Lync-side certificates stay as the base has them: the Exchange inventory cannot see them.
    certificates: [...certificates, ...base.certificates.filter((c) => !exchangeServers(c))],
    ...(outbound.length === 1 ? { outboundPool: outbound[0]!.address } : {}),
  };
}

function lyncPart(lync: InventoryLync, base: Profile): Pick<Profile['lync'], 'pools' | 'mediationServers' | 'encryptionLevel'> {
  const pools: LyncPool[] = lync.pools.map((p) => {
    const edition = poolEdition(p);
    const known = base.lync.pools.find((b) => same(b.fqdn, p.fqdn));
    const pool: LyncPool = { fqdn: p.fqdn, edition, site: p.site };
    if (p.services.some((s) => /^Director:/i.test(s)) || known?.director) pool.director = true;
    if (edition === 'Enterprise' && p.computers.length > 0) pool.frontEndServers = [...p.computers];
    return pool;
  });
  const global = lync.mediaConfigurations.find((m) => same(m.identity, 'Global'));
  return {
    pools,
    mediationServers: mediationServersOf(lync),
    encryptionLevel: global ? oneOf(global.encryptionLevel, encryptionLevels, base.lync.encryptionLevel) : base.lync.encryptionLevel,
  };
}

/** The SIP domain of the Exchange UM contacts (`sip:x@contoso.com`), when the Lync inventory lists some. */
function sipDomainOf(inventory: Inventory): string | undefined {
  const address = inventory.lync?.exUmContacts.find((c) => /@/.test(c.sipAddress))?.sipAddress;
  return address?.split('@').pop()?.trim() || undefined;
}

/**
 * A new profile from an inventory: the parts it read, the rest from `base`. The result is a
 * schema-valid profile; the profile rules then say what still needs the operator.
 */
export function profileFromInventory(inventory: Inventory, base: Profile): Profile {
  const profile: Profile = structuredClone(base);
  if (inventory.exchange) {
    const part = exchangePart(inventory.exchange, base, inventory);
    profile.exchange = part.exchange;
    profile.dialPlans = part.dialPlans;
    profile.autoAttendants = part.autoAttendants;
    profile.certificates = part.certificates;
    if (part.outboundPool) profile.gateways = { outboundPool: part.outboundPool };
  }
  if (inventory.lync) {
    profile.lync = { ...profile.lync, ...lyncPart(inventory.lync, base) };
    const sipDomain = sipDomainOf(inventory);
    if (sipDomain) profile.organization = { sipDomain };
  }
  return profile;
}

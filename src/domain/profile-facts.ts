/**
 * Facts derived once from a deployment profile and shared by every profile rule: which servers run
 * the UM service and the call router, which certificate sits on which host, dial plans by name.
 *
 * `checkProfile` runs ~30 rules on every keystroke; instead of each rule rebuilding the same maps,
 * it wraps the run in `withProfileFacts`, and `profileFacts(profile)` hands every rule the facts
 * computed for that very profile object. A rule called on its own (tests, CLI) gets fresh facts:
 * nothing is cached beyond the scope, so a profile mutated in place can never be checked against
 * stale maps.
 */
import type { Finding, FindingParams, ProfilePath, Severity } from './finding.ts';
import { normalizeFqdn } from './identifiers.ts';
import type { Certificate, DialPlan, ExchangeServer, LyncPool, Profile } from './profile/schema.ts';
import type { ProfileRule } from './rules/types.ts';

/** What a host in the profile is: an Exchange server, a Lync pool or a Mediation Server. */
export type HostKind = 'exchange' | 'pool' | 'mediation';

/** A host of the topology with the path of its FQDN in the profile. */
export interface TopologyHost {
  fqdn: string;
  kind: HostKind;
  path: ProfilePath;
}

/** Facts derived from one profile. Keys of the maps are normalised (lower-case) names. */
export interface ProfileFacts {
  /** Every Exchange server, Lync pool and Mediation Server, in profile order. */
  hosts: TopologyHost[];
  /** Hosts by normalised FQDN (first occurrence wins). */
  hostsByFqdn: Map<string, TopologyHost>;
  /**
   * Servers that run the Microsoft Exchange Unified Messaging service (MSExchangeUM): the Mailbox
   * servers, in 2013 and 2016 alike.
   */
  umServiceServers: ExchangeServer[];
  /**
   * Servers that run the UM Call Router service (MSExchangeUMCR): 2013 Client Access servers; in
   * 2016 the Mailbox servers, which carry the Client Access services.
   */
  callRouterServers: ExchangeServer[];
  /** Lync pools by normalised FQDN. */
  poolsByFqdn: Map<string, LyncPool>;
  /** Dial plans by case-folded name (first occurrence wins), with their index. */
  dialPlansByName: Map<string, { index: number; dialPlan: DialPlan }>;
  /** Indexes into `profile.certificates` of the certificates installed on each host. */
  certificatesByHost: Map<string, number[]>;
}

let scope: { profile: Profile; facts: ProfileFacts } | null = null;

/** The facts of a profile: those of the current `withProfileFacts` scope, or freshly computed. */
export function profileFacts(profile: Profile): ProfileFacts {
  return scope?.profile === profile ? scope.facts : computeFacts(profile);
}

/** Runs `fn` with the profile's facts computed once and shared by every `profileFacts` call inside. */
export function withProfileFacts<T>(profile: Profile, fn: () => T): T {
  const outer = scope;
  scope = { profile, facts: computeFacts(profile) };
  try {
    return fn();
  } finally {
    scope = outer;
  }
}

function computeFacts(profile: Profile): ProfileFacts {
  const hosts: TopologyHost[] = [
    ...profile.exchange.servers.map((s, i): TopologyHost => ({ fqdn: s.fqdn, kind: 'exchange', path: ['exchange', 'servers', i, 'fqdn'] })),
    ...profile.lync.pools.map((p, i): TopologyHost => ({ fqdn: p.fqdn, kind: 'pool', path: ['lync', 'pools', i, 'fqdn'] })),
    ...profile.lync.mediationServers.map((m, i): TopologyHost => ({ fqdn: m, kind: 'mediation', path: ['lync', 'mediationServers', i] })),
  ];
  const hostsByFqdn = new Map<string, TopologyHost>();
  for (const host of hosts) {
    const key = normalizeFqdn(host.fqdn);
    if (!hostsByFqdn.has(key)) hostsByFqdn.set(key, host);
  }
  const umServiceServers = profile.exchange.servers.filter((s) => s.roles.includes('Mailbox'));
  const callRouterServers =
    profile.exchange.version === '2016'
      ? umServiceServers
      : profile.exchange.servers.filter((s) => s.roles.includes('ClientAccess'));
  const poolsByFqdn = new Map(profile.lync.pools.map((p) => [normalizeFqdn(p.fqdn), p] as const));
  const dialPlansByName = new Map<string, { index: number; dialPlan: DialPlan }>();
  profile.dialPlans.forEach((dialPlan, index) => {
    const key = dialPlanKey(dialPlan.name);
    if (!dialPlansByName.has(key)) dialPlansByName.set(key, { index, dialPlan });
  });
  const certificatesByHost = new Map<string, number[]>();
  profile.certificates.forEach((certificate: Certificate, index) => {
    for (const server of certificate.servers) {
      const key = normalizeFqdn(server);
      const list = certificatesByHost.get(key);
      if (list) {
        if (!list.includes(index)) list.push(index);
      } else certificatesByHost.set(key, [index]);
    }
  });
  return { hosts, hostsByFqdn, umServiceServers, callRouterServers, poolsByFqdn, dialPlansByName, certificatesByHost };
}

/** The form UM object names are compared in: Active Directory names are case-insensitive. */
export function dialPlanKey(name: string): string {
  return name.trim().toLowerCase();
}

/** The server FQDNs in a list of Exchange servers, comma-separated, for a finding's params. */
export function fqdnList(servers: readonly ExchangeServer[]): string {
  return servers.map((s) => s.fqdn).join(', ');
}

/**
 * A finding of a profile rule at `path`, with the rule's default severity unless told otherwise.
 * @example profileFinding(rule, ['dialPlans', 0, 'name'], { dialPlan: 'Paris SIP' })
 */
export function profileFinding(rule: ProfileRule, path: ProfilePath, params: FindingParams, severity: Severity = rule.severity): Finding {
  return { ruleId: rule.id, severity, path, params };
}

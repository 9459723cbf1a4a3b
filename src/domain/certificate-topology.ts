/**
 * The guide's certificate table: four topologies (Client Access and Mailbox on the same or on
 * different servers, with or without Lync) and what each requires of the UM certificates.
 * Source: DOMAIN-FACTS §7.2 (seed table, SEED:65-81). Requirements are codes; their wording lives
 * in the message catalogs and the rule's reference page.
 */
import type { Profile } from './profile/schema.ts';

/** What a topology requires of the certificates on the Exchange servers. */
export type TopologyRequirement =
  /** Every Client Access and Mailbox server carries a CA-issued certificate. */
  | 'certificate-required'
  /** The certificate between CAS and Mailbox is also the one presented to VoIP gateways, IP PBXs and SBCs. */
  | 'same-certificate-toward-gateways'
  /** Client Access and Mailbox servers use matching certificates (read here as: one issuing CA). */
  | 'matching-certificates-on-cas-and-mailbox'
  /** A certificate (the same or another one) is also needed toward VoIP gateways, IP PBXs and SBCs. */
  | 'gateway-certificate-required'
  /** Client Access and Mailbox servers chain to the same root as the Lync servers. */
  | 'same-root-as-lync';

/** Where the Client Access and Mailbox roles run. */
export type RolePlacement = 'same-server' | 'different-servers';

/** One row of the table. */
export interface TopologyRow {
  id: 'T1' | 'T2' | 'T3' | 'T4';
  placement: RolePlacement;
  /** With Lync 2010/2013 (or SfB 2015) and SIP URI dial plans, or without Lync and with non-SIP dial plans. */
  lync: boolean;
  requirements: readonly TopologyRequirement[];
}

/** The four rows, in the guide's order. */
export const topologyRows: readonly TopologyRow[] = [
  { id: 'T1', placement: 'same-server', lync: false, requirements: ['certificate-required', 'same-certificate-toward-gateways'] },
  {
    id: 'T2',
    placement: 'different-servers',
    lync: false,
    requirements: ['certificate-required', 'matching-certificates-on-cas-and-mailbox', 'gateway-certificate-required'],
  },
  { id: 'T3', placement: 'same-server', lync: true, requirements: ['certificate-required', 'same-root-as-lync'] },
  { id: 'T4', placement: 'different-servers', lync: true, requirements: ['certificate-required', 'same-root-as-lync'] },
];

/**
 * Where the profile's Client Access and Mailbox roles run. Exchange 2016 has no separate Client
 * Access role, so it is always `same-server`; in 2013 the roles count as on the same server only
 * when every server that carries one of them carries both.
 */
export function rolePlacement(profile: Profile): RolePlacement {
  if (profile.exchange.version === '2016') return 'same-server';
  const split = profile.exchange.servers.some((s) => s.roles.includes('ClientAccess') !== s.roles.includes('Mailbox'));
  return split ? 'different-servers' : 'same-server';
}

/**
 * The table row that describes the profile. Lync counts as present when the profile has at least
 * one Lync pool (Passerelle's profiles always describe a Lync integration, but a profile being
 * written may not list its pools yet).
 * @example matchTopologyRow(exampleProfile).id // → 'T4' (Exchange 2013, separate CAS and Mailbox, two pools)
 */
export function matchTopologyRow(profile: Profile): TopologyRow {
  const placement = rolePlacement(profile);
  const lync = profile.lync.pools.length > 0;
  return topologyRows.find((row) => row.placement === placement && row.lync === lync)!;
}

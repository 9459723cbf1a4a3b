import { matchTopologyRow } from '../certificate-topology.ts';
import type { Finding } from '../finding.ts';
import { normalizeDistinguishedName, normalizeFqdn } from '../identifiers.ts';
import { profileFacts, profileFinding } from '../profile-facts.ts';
import type { Certificate, ExchangeServer, Profile } from '../profile/schema.ts';
import type { ProfileRule } from './types.ts';

/**
 * Which row of the guide's certificate table (DOMAIN-FACTS §7.2) describes the deployment, and
 * whether the certificates meet that row's own requirement. Always reports the row (info, message
 * variant = row id); reports an error per Exchange certificate that breaks it:
 * - T3/T4 (with Lync): the Client Access and Mailbox certificates chain to the same root as the
 *   Lync servers. The profile records issuers, not roots, so we compare with the issuers of the Lync
 *   pool certificates.
 * - T2 (separate servers, no Lync): certificates "match" on Client Access and Mailbox servers, read
 *   here as: one issuer on both sides.
 * "A certificate is required" is every row's first requirement; server-has-certificate reports it
 * per server, so it is not reported twice here.
 */
const rule: ProfileRule = {
  id: 'certificate-topology',
  kind: 'profile',
  severity: 'info',
  guide: 'certificates#topology-table',
  check(profile) {
    const row = matchTopologyRow(profile);
    const findings: Finding[] = [
      profileFinding(rule, ['exchange', 'servers'], { variant: row.id, row: row.id, placement: row.placement, lync: row.lync }),
    ];
    if (row.requirements.includes('same-root-as-lync')) findings.push(...sameRootAsLync(profile, row.id));
    if (row.requirements.includes('matching-certificates-on-cas-and-mailbox')) findings.push(...matchingOnCasAndMailbox(profile, row.id));
    return findings;
  },
};

/** Certificates installed on at least one of `servers`, with their index. */
function certificatesOn(profile: Profile, servers: readonly ExchangeServer[]): Array<{ certificate: Certificate; index: number }> {
  const facts = profileFacts(profile);
  const indexes = new Set(servers.flatMap((s) => facts.certificatesByHost.get(normalizeFqdn(s.fqdn)) ?? []));
  return [...indexes].sort((a, b) => a - b).map((index) => ({ certificate: profile.certificates[index]!, index }));
}

function sameRootAsLync(profile: Profile, row: string): Finding[] {
  const facts = profileFacts(profile);
  const lyncIssuers = new Map<string, string>();
  for (const pool of profile.lync.pools) {
    for (const index of facts.certificatesByHost.get(normalizeFqdn(pool.fqdn)) ?? []) {
      const issuer = profile.certificates[index]!.issuer;
      lyncIssuers.set(normalizeDistinguishedName(issuer), issuer);
    }
  }
  // Without any Lync certificate there is nothing to compare with: server-has-certificate reports it.
  if (lyncIssuers.size === 0) return [];
  return certificatesOn(profile, profile.exchange.servers)
    .filter(({ certificate }) => !lyncIssuers.has(normalizeDistinguishedName(certificate.issuer)))
    .map(({ certificate, index }) =>
      profileFinding(
        rule,
        ['certificates', index, 'issuer'],
        { variant: 'same-root-as-lync', row, certificate: certificate.name, issuer: certificate.issuer, lyncIssuers: [...lyncIssuers.values()].join('; ') },
        'error',
      ),
    );
}

function matchingOnCasAndMailbox(profile: Profile, row: string): Finding[] {
  const clientAccess = certificatesOn(profile, profile.exchange.servers.filter((s) => s.roles.includes('ClientAccess')));
  const mailbox = certificatesOn(profile, profile.exchange.servers.filter((s) => s.roles.includes('Mailbox')));
  const mailboxIssuers = new Set(mailbox.map(({ certificate }) => normalizeDistinguishedName(certificate.issuer)));
  if (mailboxIssuers.size === 0) return [];
  const expected = mailbox[0]!.certificate.issuer;
  return clientAccess
    .filter(({ certificate }) => !mailboxIssuers.has(normalizeDistinguishedName(certificate.issuer)))
    .map(({ certificate, index }) =>
      profileFinding(
        rule,
        ['certificates', index, 'issuer'],
        { variant: 'matching-certificates-on-cas-and-mailbox', row, certificate: certificate.name, issuer: certificate.issuer, mailboxIssuer: expected },
        'error',
      ),
    );
}

export default rule;

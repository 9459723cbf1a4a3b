/**
 * Checks certificates read from files against the deployment profile and the guide. Two kinds of
 * rules run, both from the one registry:
 * - the certificate rules (validity at the change date, key size, EKU, servers served), over each
 *   certificate as read;
 * - the certificate profile rules (subject, wildcard, SAN coverage, self-signed, topology row,
 *   issuer = the Lync certificates' CA), over the profile *as it would be* with the certificates
 *   read in place of the entries they stand for. So the inspector and the profile checks can never
 *   disagree on what the guide requires.
 * No x509 library here: the input is the plain description `read.ts` produces.
 */
import { compareFindings } from '../check.ts';
import type { Finding } from '../finding.ts';
import { certificateNameCovers, normalizeDistinguishedName, normalizeFqdn } from '../identifiers.ts';
import { profileFacts, withProfileFacts, type HostKind } from '../profile-facts.ts';
import { SCHEMA_VERSION, type Certificate, type Profile } from '../profile/schema.ts';
import { certificateRules, profileRules } from '../rules/index.ts';
import { certificateLabel } from './check-input.ts';
import { isUnknown, type InspectedCertificate } from './types.ts';

/** The profile rules that look at certificate entries. */
const certificateProfileRuleIds = new Set([
  'certificate-subject-no-wildcard',
  'certificate-subject-is-server-fqdn',
  'certificate-san-covers-servers',
  'certificate-not-self-signed',
  'certificate-single-issuer',
  'certificate-topology',
]);

/** What the inspector says about one end-entity certificate. */
export interface CertificateReport {
  thumbprint: string;
  /** FQDNs of the profile's hosts it can serve, in profile order. */
  servers: string[];
  /** The profile certificate entry it stands for (same thumbprint, else same subject CN), or null. */
  profileIndex: number | null;
  /** Findings of the certificate rules and of the certificate profile rules, errors first. */
  findings: Finding[];
}

export interface CertificateCheckOptions {
  /** The planned change date; today when not given. */
  changeDate?: Date;
}

/**
 * Checks each end-entity certificate (certification authorities are read for the chains only).
 * @example checkCertificates(exampleProfile, reading.certificates, { changeDate: new Date('2026-12-12') })
 */
export function checkCertificates(
  given: Profile | null,
  certificates: readonly InspectedCertificate[],
  options: CertificateCheckOptions = {},
): CertificateReport[] {
  if (certificates.length === 0) return [];
  const changeDate = options.changeDate ?? new Date();
  // Without a profile, only what the certificate says of itself is checked.
  const profile = given ?? noProfile;
  const applies = (ruleId: string) => given !== null || !profileOnlyRuleIds.has(ruleId);
  const byThumbprint = new Map(certificates.map((c) => [c.thumbprint, c]));
  const leaves = certificates.filter((c) => isServerCertificate(c, certificates));
  const facts = profileFacts(profile);
  const served = new Map(leaves.map((c) => [c.thumbprint, servedHosts(profile, c)]));
  const placed = placeInProfile(profile, leaves, served, byThumbprint, facts.hostsByFqdn);
  const profileFindings = withProfileFacts(placed.profile, () =>
    profileRules.filter((rule) => certificateProfileRuleIds.has(rule.id)).flatMap((rule) => rule.check(placed.profile)),
  );
  return leaves.map((certificate) => {
    const servers = served.get(certificate.thumbprint)!.map((h) => h.fqdn);
    const index = placed.indexOf.get(certificate.thumbprint)!;
    const findings = [
      ...certificateRules.flatMap((rule) => rule.check({ certificate, profile, changeDate, servers })),
      ...profileFindings
        .filter((f) => f.path?.[0] === 'certificates' && f.path[1] === index)
        .map((f) => ({ ...f, params: { ...f.params, certificate: certificateLabel(certificate) } })),
      // The topology row applies to every certificate on an Exchange server.
      ...(served.get(certificate.thumbprint)!.some((h) => h.kind === 'exchange')
        ? profileFindings.filter((f) => f.ruleId === 'certificate-topology' && f.path?.[0] !== 'certificates')
        : []),
    ];
    return {
      thumbprint: certificate.thumbprint,
      servers,
      profileIndex: placed.matched.get(certificate.thumbprint) ?? null,
      findings: findings.filter((f) => applies(f.ruleId) && !hiddenByUnknownFacts(certificate, f)).sort(compareFindings),
    };
  });
}

/**
 * A finding resting on a fact the certificate's source did not give: SANs cut short by the
 * shell's `$FormatEnumerationLimit` cannot prove a server missing from them.
 */
function hiddenByUnknownFacts(certificate: InspectedCertificate, finding: Finding): boolean {
  return finding.ruleId === 'certificate-san-covers-servers' && isUnknown(certificate, 'san');
}

/** The rules that say nothing without a profile (servers, topology, issuers of the other certificates). */
const profileOnlyRuleIds = new Set([
  'certificate-serves-servers',
  'certificate-subject-is-server-fqdn',
  'certificate-san-covers-servers',
  'certificate-single-issuer',
  'certificate-topology',
]);

/** An empty deployment, for checking certificates without a profile. */
const noProfile: Profile = {
  schemaVersion: SCHEMA_VERSION,
  organization: { sipDomain: '' },
  exchange: { version: '2016', servers: [] },
  lync: { version: '2013', pools: [], mediationServers: [], encryptionLevel: 'RequireEncryption', phoneEdition: false },
  certificates: [],
  dialPlans: [],
  gateways: { outboundPool: '' },
  autoAttendants: [],
  users: [],
};

const dnsName = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/**
 * Whether a certificate is one a server presents (checked), rather than a certification authority
 * read for the chains. Basic Constraints decides, except for a self-signed certificate marked CA
 * that issued none of the others and carries a DNS name: `openssl req -x509` and some appliances
 * make server certificates that way, and the guide's self-signed rule must see them.
 */
export function isServerCertificate(certificate: InspectedCertificate, all: readonly InspectedCertificate[]): boolean {
  if (!certificate.certificateAuthority) return true;
  if (all.some((other) => other.chain.includes(certificate.thumbprint))) return false;
  return [certificate.commonName ?? '', ...certificate.san].some((name) => dnsName.test(name));
}

interface Host {
  fqdn: string;
  kind: HostKind;
}

/**
 * The profile hosts a certificate names: subject CN (exact, no wildcard) or a SAN entry (a `*.`
 * entry covers one label). A wildcard subject serves no Exchange server: UM refuses it (C-06).
 */
export function servedHosts(profile: Profile, certificate: InspectedCertificate): Host[] {
  const facts = profileFacts(profile);
  const commonName = certificate.commonName;
  const wildcardSubject = commonName?.includes('*') ?? false;
  const hosts: Host[] = [];
  for (const host of facts.hostsByFqdn.values()) {
    if (host.fqdn.trim() === '') continue;
    if (wildcardSubject && host.kind === 'exchange') continue;
    const inSubject = commonName !== null && !wildcardSubject && normalizeFqdn(commonName) === normalizeFqdn(host.fqdn);
    if (inSubject || certificate.san.some((name) => certificateNameCovers(name, host.fqdn))) hosts.push({ fqdn: host.fqdn, kind: host.kind });
  }
  return hosts;
}

/** The entry of `profile.certificates` a certificate stands for: same thumbprint, else same subject CN. */
export function matchingEntry(profile: Profile, certificate: InspectedCertificate): number | null {
  const byThumbprint = profile.certificates.findIndex((c) => c.thumbprint?.replace(/\s/g, '').toUpperCase() === certificate.thumbprint);
  if (byThumbprint >= 0) return byThumbprint;
  if (certificate.commonName === null) return null;
  const cn = normalizeFqdn(certificate.commonName);
  const bySubject = profile.certificates.findIndex((c) => {
    const subject = normalizeDistinguishedName(c.subject);
    return subject === `CN=${cn}` || subject.startsWith(`CN=${cn},`);
  });
  return bySubject >= 0 ? bySubject : null;
}

/**
 * The CA a certificate chains to, for comparing with the Lync certificates: the root's subject
 * when the chain was read up to a root, else the direct issuer.
 */
function trustAnchor(certificate: InspectedCertificate, byThumbprint: ReadonlyMap<string, InspectedCertificate>): string {
  if (certificate.chainEndsAtRoot) return byThumbprint.get(certificate.chain.at(-1)!)?.subject ?? certificate.issuer;
  return certificate.issuer;
}

/**
 * The profile with each certificate read in place of the entry it stands for (or added). When a
 * certificate read serves a Lync pool or Mediation Server, the Lync side is what was read: the
 * typed entries for Lync hosts that no certificate read covers are left out, so "same CA as Lync"
 * compares with the real Lync certificates.
 */
function placeInProfile(
  profile: Profile,
  leaves: readonly InspectedCertificate[],
  served: ReadonlyMap<string, Host[]>,
  byThumbprint: ReadonlyMap<string, InspectedCertificate>,
  hostsByFqdn: ReadonlyMap<string, { kind: HostKind }>,
): { profile: Profile; indexOf: Map<string, number>; matched: Map<string, number> } {
  const lyncGiven = leaves.some((c) => served.get(c.thumbprint)!.some((h) => h.kind !== 'exchange'));
  const entries: Array<Certificate | null> = profile.certificates.map((c) =>
    lyncGiven && c.servers.every((s) => (hostsByFqdn.get(normalizeFqdn(s))?.kind ?? 'exchange') !== 'exchange') ? null : c,
  );
  const indexOf = new Map<string, number>();
  const matched = new Map<string, number>();
  for (const certificate of leaves) {
    const hosts = served.get(certificate.thumbprint)!;
    const match = matchingEntry(profile, certificate);
    const entry: Certificate = {
      name: match !== null ? profile.certificates[match]!.name : certificateLabel(certificate),
      // The entry's servers are where the operator means to install it; without an entry, where it can go.
      servers: match !== null ? [...profile.certificates[match]!.servers] : hosts.map((h) => h.fqdn),
      subject: certificate.subject,
      san: [...certificate.san],
      issuer: trustAnchor(certificate, byThumbprint),
      // Unknown (Get-CsCertificate does not print it): the rule falls back to issuer = subject.
      ...(isUnknown(certificate, 'selfSigned') ? {} : { selfSigned: certificate.selfSigned }),
      thumbprint: certificate.thumbprint,
    };
    if (match !== null && !matched.has(certificate.thumbprint) && ![...matched.values()].includes(match)) {
      entries[match] = entry;
      indexOf.set(certificate.thumbprint, match);
      matched.set(certificate.thumbprint, match);
    } else {
      indexOf.set(certificate.thumbprint, entries.length);
      entries.push(entry);
    }
  }
  // Left-out entries become empty placeholders so indexes stay those of the profile.
  const certificates = entries.map((e) => e ?? { name: '', servers: [], subject: '', san: [], issuer: '' });
  return { profile: { ...profile, certificates }, indexOf, matched };
}

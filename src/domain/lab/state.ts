/**
 * The simulated organisation: plain, JSON-serialisable data (so it can be saved in the browser and
 * compared in tests), never mutated in place — every command returns a new `LabState`.
 *
 * Names follow the cmdlets' own properties (`UMStartupMode`, `OutcallsAllowed`, `VoIPSecurity`…) in
 * camelCase. Keys of the lookup records are folded (lower-case), because Active Directory names and
 * DNS names are case-insensitive.
 */
import type { EncryptionLevel, ExchangeRole, Profile, UriType, VoipSecurity } from '../profile/schema.ts';
import { BUILT_IN_UM_LANGUAGE, profileUmLanguages } from './languages.ts';

/** Version of the serialised lab; bump it (and migrate in `serialize.ts`) when the shape changes. */
export const LAB_STATE_VERSION = 1 as const;

export type StartupMode = 'TCP' | 'TLS' | 'Dual';

/** A Windows service on a server: running or not, and the lab clock tick of its last start. */
export interface WindowsService {
  running: boolean;
  /** Lab clock tick of the last start (0 = started with the machine). */
  startedAt: number;
}

/** An Exchange certificate in a server's store (`Get-ExchangeCertificate`). */
export interface ExchangeCertificate {
  thumbprint: string;
  subject: string;
  issuer: string;
  certificateDomains: string[];
  friendlyName: string;
  selfSigned: boolean;
  /** `PendingRequest` after `New-ExchangeCertificate -GenerateRequest`, `Valid` once installed. */
  status: 'PendingRequest' | 'Valid';
  /** Services enabled with Enable-ExchangeCertificate other than UM ones (IIS, SMTP…). */
  services: string[];
  notAfter: string;
  /**
   * Whether the private key can be exported (`-PrivateKeyExportable`, $false by default). Absent
   * in labs saved before it existed, which are read as exportable.
   */
  privateKeyExportable?: boolean;
}

/**
 * UM settings of one service (MSExchangeUM on a Mailbox server, or MSExchangeUMCR on a Client
 * Access server — on the Mailbox server in Exchange 2016). The *configured* startup mode lives in
 * AD; the service only reads it when it starts, so `effectiveStartupMode` is what it listens with.
 */
export interface UmServiceSettings {
  dialPlans: string[];
  umStartupMode: StartupMode;
  effectiveStartupMode: StartupMode;
  /** The certificate assigned with Enable-ExchangeCertificate -Services UM / UMCallRouter. */
  certificateThumbprint: string | null;
  /** The certificate the running service loaded at its last start. */
  loadedCertificateThumbprint: string | null;
  /** Call router only: SIP listening ports. */
  sipTcpListeningPort?: number;
  sipTlsListeningPort?: number;
  service: WindowsService;
}

export interface ExchangeServerState {
  fqdn: string;
  roles: ExchangeRole[];
  /** MSExchangeUM: Mailbox servers. */
  umService: UmServiceSettings | null;
  /** MSExchangeUMCR: 2013 Client Access servers, 2016 Mailbox servers. */
  callRouter: UmServiceSettings | null;
  certificates: ExchangeCertificate[];
  /**
   * UM language packs installed (Mailbox servers): en-US, plus what the profile needs. Absent in
   * labs saved before languages existed: read it through `umLanguagesOf`.
   */
  umLanguages?: string[];
}

export interface UmDialPlan {
  name: string;
  uriType: UriType;
  voipSecurity: VoipSecurity;
  numberOfDigitsInExtension: number;
  countryOrRegionCode: string;
  accessTelephoneNumbers: string[];
  /** `<name>.<sipDomain>`: ExchUcUtil takes its first label as the hunt groups' pilot identifier. */
  phoneContext: string;
  defaultLanguage: string;
}

export interface UmMailboxPolicy {
  name: string;
  dialPlan: string;
}

export interface UmIpGateway {
  name: string;
  address: string;
  outcallsAllowed: boolean;
  messageWaitingIndicatorAllowed: boolean;
  status: 'Enabled' | 'Disabled' | 'NoNewCalls';
  port: number;
}

export interface UmHuntGroup {
  name: string;
  umIpGateway: string;
  umDialPlan: string;
  pilotIdentifier: string;
}

export interface UmAutoAttendant {
  name: string;
  umDialPlan: string;
  pilotIdentifierList: string[];
  speechEnabled: boolean;
  status: 'Enabled' | 'Disabled';
  /** Prompt language (`Set-UMAutoAttendant -Language`); its dial plan's default when created. */
  language?: string;
}

/** What ExchUcUtil.ps1 grants: ListChildren/ReadProperty to two Lync groups on UM containers. */
export interface PermissionGrant {
  group: string;
  objectName: string;
  accessRights: string;
  inherited: boolean;
}

/** An Active Directory user with a mailbox, and what Lync and UM know of it. */
export interface LabUser {
  identity: string;
  displayName: string;
  lync: {
    sipAddress: string;
    registrarPool: string;
    enterpriseVoiceEnabled: boolean;
    lineUri: string;
    dialPlan: string | null;
    voicePolicy: string | null;
  } | null;
  um: {
    umMailboxPolicy: string;
    extensions: string[];
    sipResourceIdentifier: string | null;
  } | null;
}

export interface LyncPoolState {
  fqdn: string;
  site: string;
  edition: 'Standard' | 'Enterprise';
  director: boolean;
  /**
   * The pool's AD object CN. ExchUcUtil names each gateway after it; in the field these look like
   * `1:1` (site id : pool id). The profile has no such ids, so the lab numbers sites and pools in
   * profile order — stable for a given profile.
   */
  adCn: string;
  /** Front End servers: the pool itself for Standard Edition; two invented members for Enterprise. */
  computers: string[];
  /** RTCSRV on each computer, by folded FQDN. */
  frontEnd: Record<string, WindowsService>;
}

export interface LyncDialPlan {
  identity: string;
  simpleName: string;
  normalizationRules: { name: string; pattern: string; translation: string }[];
}

export interface LyncVoicePolicy {
  identity: string;
  pstnUsages: string[];
}

export interface LyncVoiceRoute {
  identity: string;
  numberPattern: string;
  pstnUsages: string[];
  pstnGatewayList: string[];
  priority: number;
}

export interface ExUmContact {
  sipAddress: string;
  registrarPool: string;
  ou: string;
  displayNumber: string;
  autoAttendant: boolean;
  description: string | null;
}

/** A file the lab knows (requests written with Set-Content, certificates the lab CA issued). */
export interface LabFile {
  kind: 'request' | 'text';
  /** For requests: the pending certificate's thumbprint and the server that holds its private key. */
  thumbprint?: string;
  server?: string;
  text: string;
}

export interface LabState {
  version: typeof LAB_STATE_VERSION;
  /** A monotonic counter, bumped by every change: "restarted after ExchUcUtil" compares ticks. */
  clock: number;
  sipDomain: string;
  exchangeVersion: '2013' | '2016';
  lyncVersion: '2010' | '2013' | '2015';
  exchange: {
    servers: ExchangeServerState[];
    dialPlans: UmDialPlan[];
    mailboxPolicies: UmMailboxPolicy[];
    ipGateways: UmIpGateway[];
    huntGroups: UmHuntGroup[];
    autoAttendants: UmAutoAttendant[];
    /** Permissions ExchUcUtil granted (empty until it runs). */
    permissions: PermissionGrant[];
    /** Lab clock tick of the last complete ExchUcUtil.ps1 run, or null. */
    exchUcUtilRunAt: number | null;
  };
  lync: {
    pools: LyncPoolState[];
    /** EncryptionLevel by scope identity (`Global`, `Site:Paris`). */
    mediaConfigurations: Record<string, EncryptionLevel>;
    dialPlans: LyncDialPlan[];
    pstnUsages: string[];
    voicePolicies: LyncVoicePolicy[];
    voiceRoutes: LyncVoiceRoute[];
    /** PSTN gateways of the topology (`PstnGateway:<fqdn>`). */
    pstnGateways: string[];
    mediationServers: string[];
    exUmContacts: ExUmContact[];
    /** Certificates of the Front End servers (already assigned by the Lync Deployment Wizard). */
    certificates: { computer: string; use: string; subject: string; alternativeNames: string[]; issuer: string; thumbprint: string }[];
  };
  users: LabUser[];
  /** Files by folded full path. */
  files: Record<string, LabFile>;
}

/** The UM languages installed on a server (a Mailbox server has at least en-US); none elsewhere. */
export function umLanguagesOf(server: ExchangeServerState): string[] {
  if (!server.umService) return [];
  return server.umLanguages ?? [BUILT_IN_UM_LANGUAGE];
}

/** Every UM language some server of the organisation offers, en-US first. */
export function availableUmLanguages(lab: LabState): string[] {
  const all = new Set<string>();
  for (const server of lab.exchange.servers) for (const language of umLanguagesOf(server)) all.add(language);
  return [...all];
}

/** Folds a name for comparison: AD and DNS names are case-insensitive. */
export const fold = (value: string): string => value.trim().toLowerCase();

/** The first DNS label (`mbx01` for `mbx01.contoso.com`). */
export const shortName = (fqdn: string): string => fqdn.split('.')[0] ?? fqdn;

/**
 * A deterministic 40-hex-digit thumbprint for a certificate: FNV-1a over its identity, repeated
 * with different seeds. Not SHA-1 — the lab never sees certificate bytes — but stable and unique
 * enough that the same certificate always gets the same thumbprint.
 */
export function labThumbprint(seed: string): string {
  let out = '';
  for (let round = 0; out.length < 40; round++) {
    let hash = 0x811c9dc5;
    const text = `${seed}|${round}`;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    out += hash.toString(16).toUpperCase().padStart(8, '0');
  }
  return out.slice(0, 40);
}

function service(): WindowsService {
  return { running: true, startedAt: 0 };
}

/** UM settings right after Exchange setup: TCP, no dial plans, no certificate (DOMAIN-FACTS O3). */
function freshUmSettings(callRouter: boolean): UmServiceSettings {
  return {
    dialPlans: [],
    umStartupMode: 'TCP',
    effectiveStartupMode: 'TCP',
    certificateThumbprint: null,
    loadedCertificateThumbprint: null,
    ...(callRouter ? { sipTcpListeningPort: 5060, sipTlsListeningPort: 5061 } : {}),
    service: service(),
  };
}

/** A freshly installed Exchange server: its self-signed setup certificate and TCP-mode UM services. */
export function freshExchangeServer(fqdn: string, roles: readonly ExchangeRole[], version: '2013' | '2016'): ExchangeServerState {
  const mailbox = roles.includes('Mailbox');
  const callRouter = version === '2016' ? mailbox : roles.includes('ClientAccess');
  const name = shortName(fqdn);
  return {
    fqdn,
    roles: [...roles],
    umService: mailbox ? freshUmSettings(false) : null,
    callRouter: callRouter ? freshUmSettings(true) : null,
    // Exchange setup always installs a self-signed "Microsoft Exchange" certificate for IIS and SMTP.
    certificates: [
      {
        thumbprint: labThumbprint(`setup|${fold(fqdn)}`),
        subject: `CN=${name}`,
        issuer: `CN=${name}`,
        certificateDomains: [name, fqdn],
        friendlyName: 'Microsoft Exchange',
        selfSigned: true,
        status: 'Valid',
        services: ['IMAP', 'POP', 'IIS', 'SMTP'],
        notAfter: '2029-01-01',
      },
    ],
  };
}

/** Front End computers of a pool: the profile's list when it has one, else the pool itself (Standard) or two invented members. */
function poolComputers(fqdn: string, edition: 'Standard' | 'Enterprise', listed: readonly string[] = []): string[] {
  const known = listed.filter((s) => s.trim() !== '');
  if (known.length) return [...known];
  if (edition === 'Standard') return [fqdn];
  const [first, ...rest] = fqdn.split('.');
  return [1, 2].map((n) => [`${first}-fe0${n}`, ...rest].join('.'));
}

/**
 * The organisation as the profile describes it, before any UM step: Exchange servers installed
 * (TCP mode, no dial plan, only their self-signed setup certificate — the runbook imports the CA
 * certificates), Lync pools deployed with their certificates, media encryption at the profile's
 * level (Lync's default RequireEncryption unless the profile says otherwise), and the users as AD
 * users with mailboxes — neither Lync-enabled nor UM-enabled.
 */
export function createLab(profile: Profile): LabState {
  const siteIds = new Map<string, number>();
  const poolsPerSite = new Map<string, number>();
  const pools: LyncPoolState[] = profile.lync.pools.map((pool) => {
    const site = fold(pool.site);
    if (!siteIds.has(site)) siteIds.set(site, siteIds.size + 1);
    const n = (poolsPerSite.get(site) ?? 0) + 1;
    poolsPerSite.set(site, n);
    const computers = poolComputers(pool.fqdn, pool.edition, pool.frontEndServers);
    return {
      fqdn: pool.fqdn,
      site: pool.site,
      edition: pool.edition,
      director: pool.director === true,
      adCn: `${siteIds.get(site)}:${n}`,
      computers,
      frontEnd: Object.fromEntries(computers.map((c) => [fold(c), service()])),
    };
  });
  const lyncCertificates = profile.lync.pools.flatMap((pool) => {
    const certificate = profile.certificates.find((c) => c.servers.some((s) => fold(s) === fold(pool.fqdn)));
    const computers = pools.find((p) => p.fqdn === pool.fqdn)!.computers;
    return computers.map((computer) => ({
      computer,
      use: 'Default',
      subject: certificate?.subject ?? `CN=${pool.fqdn}`,
      alternativeNames: certificate ? [...certificate.san] : [pool.fqdn],
      issuer: certificate?.issuer ?? 'CN=Lab Root CA',
      thumbprint: certificate?.thumbprint ?? labThumbprint(`lync|${fold(computer)}|${certificate?.subject ?? ''}`),
    }));
  });
  const encryptionLevel: EncryptionLevel = profile.lync.encryptionLevel;
  return {
    version: LAB_STATE_VERSION,
    clock: 0,
    sipDomain: profile.organization.sipDomain,
    exchangeVersion: profile.exchange.version,
    lyncVersion: profile.lync.version,
    exchange: {
      servers: profile.exchange.servers.map((s) => {
        const server = freshExchangeServer(s.fqdn, s.roles, profile.exchange.version);
        return server.umService ? { ...server, umLanguages: profileUmLanguages(profile) } : server;
      }),
      dialPlans: [],
      mailboxPolicies: [],
      ipGateways: [],
      huntGroups: [],
      autoAttendants: [],
      permissions: [],
      exchUcUtilRunAt: null,
    },
    lync: {
      pools,
      mediaConfigurations: { Global: encryptionLevel },
      // Lync ships a global dial plan and voice policy, and the LocalRoute sample route.
      dialPlans: [{ identity: 'Global', simpleName: 'DefaultProfile', normalizationRules: [{ name: 'Keep All', pattern: '^(\\d+)$', translation: '$1' }] }],
      pstnUsages: [],
      voicePolicies: [{ identity: 'Global', pstnUsages: [] }],
      voiceRoutes: [{ identity: 'LocalRoute', numberPattern: '^(\\+1[0-9]{10})$', pstnUsages: [], pstnGatewayList: [], priority: 0 }],
      // The profile names Mediation Servers but not the gateways behind them: one invented gateway
      // per Mediation Server keeps New-CsVoiceRoute -PstnGatewayList meaningful.
      pstnGateways: profile.lync.mediationServers.map((_, i) => `PstnGateway:pstngw${String(i + 1).padStart(2, "0")}.${profile.organization.sipDomain}`),
      mediationServers: [...profile.lync.mediationServers],
      exUmContacts: [],
      certificates: lyncCertificates,
    },
    users: profile.users.map((u) => ({
      identity: u.identity,
      displayName: displayNameOf(u.identity),
      lync: null,
      um: null,
    })),
    files: {},
  };
}

/** `alice@contoso.com` → `Alice`: the lab's AD display names. */
function displayNameOf(identity: string): string {
  const local = identity.split('@')[0] ?? identity;
  return local.charAt(0).toUpperCase() + local.slice(1);
}

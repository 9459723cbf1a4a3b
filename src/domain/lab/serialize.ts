/**
 * Saving the lab in the browser and loading it back. The saved text carries a format name and the
 * state's version; loading checks the whole shape with a strict schema, so a corrupted or foreign
 * save is an error value — never an exception, and never a half-valid state that would make a
 * cmdlet crash later.
 */
import { z } from '../zod.ts';
import { encryptionLevels, exchangeRoles, uriTypes, voipSecurities } from '../profile/schema.ts';
import { LAB_STATE_VERSION, type LabState } from './state.ts';

export const LAB_FORMAT = 'passerelle-lab' as const;

/** Why a saved lab could not be loaded. */
export interface LabLoadError {
  error: 'invalid-json' | 'not-a-lab' | 'unsupported-version' | 'invalid-state';
  /** The version found, for `unsupported-version`. */
  version?: unknown;
  /** The first offending path, for `invalid-state`. */
  path?: string;
}

const str = z.string();
const startupMode = z.enum(['TCP', 'TLS', 'Dual']);
const service = z.strictObject({ running: z.boolean(), startedAt: z.number() });
const umSettings = z.strictObject({
  dialPlans: z.array(str),
  umStartupMode: startupMode,
  effectiveStartupMode: startupMode,
  certificateThumbprint: z.nullable(str),
  loadedCertificateThumbprint: z.nullable(str),
  sipTcpListeningPort: z.optional(z.number()),
  sipTlsListeningPort: z.optional(z.number()),
  service,
});
const certificate = z.strictObject({
  thumbprint: str,
  subject: str,
  issuer: str,
  certificateDomains: z.array(str),
  friendlyName: str,
  selfSigned: z.boolean(),
  status: z.enum(['PendingRequest', 'Valid']),
  services: z.array(str),
  notAfter: str,
  privateKeyExportable: z.optional(z.boolean()),
});

const labStateSchema = z.strictObject({
  version: z.literal(LAB_STATE_VERSION),
  clock: z.int().check(z.gte(0)),
  sipDomain: str,
  exchangeVersion: z.enum(['2013', '2016']),
  lyncVersion: z.enum(['2010', '2013', '2015']),
  exchange: z.strictObject({
    servers: z.array(
      z.strictObject({ fqdn: str, roles: z.array(z.enum(exchangeRoles)), umService: z.nullable(umSettings), callRouter: z.nullable(umSettings), certificates: z.array(certificate), umLanguages: z.optional(z.array(str)) }),
    ),
    dialPlans: z.array(
      z.strictObject({
        name: str,
        uriType: z.enum(uriTypes),
        voipSecurity: z.enum(voipSecurities),
        numberOfDigitsInExtension: z.number(),
        countryOrRegionCode: str,
        accessTelephoneNumbers: z.array(str),
        phoneContext: str,
        defaultLanguage: str,
      }),
    ),
    mailboxPolicies: z.array(z.strictObject({ name: str, dialPlan: str })),
    ipGateways: z.array(
      z.strictObject({ name: str, address: str, outcallsAllowed: z.boolean(), messageWaitingIndicatorAllowed: z.boolean(), status: z.enum(['Enabled', 'Disabled', 'NoNewCalls']), port: z.number() }),
    ),
    huntGroups: z.array(z.strictObject({ name: str, umIpGateway: str, umDialPlan: str, pilotIdentifier: str })),
    autoAttendants: z.array(
      z.strictObject({ name: str, umDialPlan: str, pilotIdentifierList: z.array(str), speechEnabled: z.boolean(), status: z.enum(['Enabled', 'Disabled']), language: z.optional(str) }),
    ),
    permissions: z.array(z.strictObject({ group: str, objectName: str, accessRights: str, inherited: z.boolean() })),
    exchUcUtilRunAt: z.nullable(z.number()),
  }),
  lync: z.strictObject({
    pools: z.array(
      z.strictObject({
        fqdn: str,
        site: str,
        edition: z.enum(['Standard', 'Enterprise']),
        director: z.boolean(),
        adCn: str,
        computers: z.array(str),
        frontEnd: z.record(str, service),
      }),
    ),
    mediaConfigurations: z.record(str, z.enum(encryptionLevels)),
    dialPlans: z.array(z.strictObject({ identity: str, simpleName: str, normalizationRules: z.array(z.strictObject({ name: str, pattern: str, translation: str })) })),
    pstnUsages: z.array(str),
    voicePolicies: z.array(z.strictObject({ identity: str, pstnUsages: z.array(str) })),
    voiceRoutes: z.array(
      z.strictObject({ identity: str, numberPattern: str, pstnUsages: z.array(str), pstnGatewayList: z.array(str), priority: z.number() }),
    ),
    pstnGateways: z.array(str),
    mediationServers: z.array(str),
    exUmContacts: z.array(
      z.strictObject({ sipAddress: str, registrarPool: str, ou: str, displayNumber: str, autoAttendant: z.boolean(), description: z.nullable(str) }),
    ),
    certificates: z.array(z.strictObject({ computer: str, use: str, subject: str, alternativeNames: z.array(str), issuer: str, thumbprint: str })),
  }),
  users: z.array(
    z.strictObject({
      identity: str,
      displayName: str,
      lync: z.nullable(
        z.strictObject({ sipAddress: str, registrarPool: str, enterpriseVoiceEnabled: z.boolean(), lineUri: str, dialPlan: z.nullable(str), voicePolicy: z.nullable(str) }),
      ),
      um: z.nullable(z.strictObject({ umMailboxPolicy: str, extensions: z.array(str), sipResourceIdentifier: z.nullable(str) })),
    }),
  ),
  files: z.record(
    str,
    z.strictObject({ kind: z.enum(['request', 'text']), thumbprint: z.optional(str), server: z.optional(str), text: str }),
  ),
});

/** The state as text to keep (localStorage): `{ format, version, state }`. */
export function serializeLab(lab: LabState): string {
  return JSON.stringify({ format: LAB_FORMAT, version: lab.version, state: lab });
}

/**
 * Loads a saved lab, or says why it cannot.
 * @example restoreLab('{') // → { error: 'invalid-json' }
 */
export function restoreLab(json: string): LabState | LabLoadError {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { error: 'invalid-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== LAB_FORMAT) return { error: 'not-a-lab' };
  const { version, state } = data as { version?: unknown; state?: unknown };
  if (version !== LAB_STATE_VERSION) return { error: 'unsupported-version', version };
  const parsed = labStateSchema.safeParse(state);
  if (!parsed.success) return { error: 'invalid-state', path: parsed.error.issues[0]?.path.join('.') ?? '' };
  return parsed.data as LabState;
}

/** True when `restoreLab` failed. */
export function isLabLoadError(value: LabState | LabLoadError): value is LabLoadError {
  return 'error' in value;
}

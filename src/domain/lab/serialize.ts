/**
 * Saving the lab in the browser and loading it back. The saved text carries a format name and the
 * state's version; loading checks the whole shape with a strict schema, so a corrupted or foreign
 * save is an error value — never an exception, and never a half-valid state that would make a
 * cmdlet crash later.
 */
import * as v from 'valibot';
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

const str = v.string();
const startupMode = v.picklist(['TCP', 'TLS', 'Dual']);
const service = v.strictObject({ running: v.boolean(), startedAt: v.number() });
const umSettings = v.strictObject({
  dialPlans: v.array(str),
  umStartupMode: startupMode,
  effectiveStartupMode: startupMode,
  certificateThumbprint: v.nullable(str),
  loadedCertificateThumbprint: v.nullable(str),
  sipTcpListeningPort: v.optional(v.number()),
  sipTlsListeningPort: v.optional(v.number()),
  service,
});
const certificate = v.strictObject({
  thumbprint: str,
  subject: str,
  issuer: str,
  certificateDomains: v.array(str),
  friendlyName: str,
  selfSigned: v.boolean(),
  status: v.picklist(['PendingRequest', 'Valid']),
  services: v.array(str),
  notAfter: str,
  privateKeyExportable: v.optional(v.boolean()),
});

const labStateSchema = v.strictObject({
  version: v.literal(LAB_STATE_VERSION),
  clock: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sipDomain: str,
  exchangeVersion: v.picklist(['2013', '2016']),
  lyncVersion: v.picklist(['2010', '2013', '2015']),
  exchange: v.strictObject({
    servers: v.array(
      v.strictObject({ fqdn: str, roles: v.array(v.picklist(exchangeRoles)), umService: v.nullable(umSettings), callRouter: v.nullable(umSettings), certificates: v.array(certificate), umLanguages: v.optional(v.array(str)) }),
    ),
    dialPlans: v.array(
      v.strictObject({
        name: str,
        uriType: v.picklist(uriTypes),
        voipSecurity: v.picklist(voipSecurities),
        numberOfDigitsInExtension: v.number(),
        countryOrRegionCode: str,
        accessTelephoneNumbers: v.array(str),
        phoneContext: str,
        defaultLanguage: str,
      }),
    ),
    mailboxPolicies: v.array(v.strictObject({ name: str, dialPlan: str })),
    ipGateways: v.array(
      v.strictObject({ name: str, address: str, outcallsAllowed: v.boolean(), messageWaitingIndicatorAllowed: v.boolean(), status: v.picklist(['Enabled', 'Disabled', 'NoNewCalls']), port: v.number() }),
    ),
    huntGroups: v.array(v.strictObject({ name: str, umIpGateway: str, umDialPlan: str, pilotIdentifier: str })),
    autoAttendants: v.array(
      v.strictObject({ name: str, umDialPlan: str, pilotIdentifierList: v.array(str), speechEnabled: v.boolean(), status: v.picklist(['Enabled', 'Disabled']), language: v.optional(str) }),
    ),
    permissions: v.array(v.strictObject({ group: str, objectName: str, accessRights: str, inherited: v.boolean() })),
    exchUcUtilRunAt: v.nullable(v.number()),
  }),
  lync: v.strictObject({
    pools: v.array(
      v.strictObject({
        fqdn: str,
        site: str,
        edition: v.picklist(['Standard', 'Enterprise']),
        director: v.boolean(),
        adCn: str,
        computers: v.array(str),
        frontEnd: v.record(str, service),
      }),
    ),
    mediaConfigurations: v.record(str, v.picklist(encryptionLevels)),
    dialPlans: v.array(v.strictObject({ identity: str, simpleName: str, normalizationRules: v.array(v.strictObject({ name: str, pattern: str, translation: str })) })),
    pstnUsages: v.array(str),
    voicePolicies: v.array(v.strictObject({ identity: str, pstnUsages: v.array(str) })),
    voiceRoutes: v.array(
      v.strictObject({ identity: str, numberPattern: str, pstnUsages: v.array(str), pstnGatewayList: v.array(str), priority: v.number() }),
    ),
    pstnGateways: v.array(str),
    mediationServers: v.array(str),
    exUmContacts: v.array(
      v.strictObject({ sipAddress: str, registrarPool: str, ou: str, displayNumber: str, autoAttendant: v.boolean(), description: v.nullable(str) }),
    ),
    certificates: v.array(v.strictObject({ computer: str, use: str, subject: str, alternativeNames: v.array(str), issuer: str, thumbprint: str })),
  }),
  users: v.array(
    v.strictObject({
      identity: str,
      displayName: str,
      lync: v.nullable(
        v.strictObject({ sipAddress: str, registrarPool: str, enterpriseVoiceEnabled: v.boolean(), lineUri: str, dialPlan: v.nullable(str), voicePolicy: v.nullable(str) }),
      ),
      um: v.nullable(v.strictObject({ umMailboxPolicy: str, extensions: v.array(str), sipResourceIdentifier: v.nullable(str) })),
    }),
  ),
  files: v.record(
    str,
    v.strictObject({ kind: v.picklist(['request', 'text']), thumbprint: v.optional(str), server: v.optional(str), text: str }),
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
  const parsed = v.safeParse(labStateSchema, state);
  if (!parsed.success) return { error: 'invalid-state', path: v.getDotPath(parsed.issues[0]) ?? '' };
  return parsed.output as LabState;
}

/** True when `restoreLab` failed. */
export function isLabLoadError(value: LabState | LabLoadError): value is LabLoadError {
  return 'error' in value;
}

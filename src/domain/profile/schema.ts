import * as v from 'valibot';

/**
 * The deployment profile, version 2: the facts an operator enters once. Field names follow the
 * issue's contract and the cmdlets' own words. The schema checks *shape*; the rules in
 * `src/domain/rules/` check *meaning* (FQDN syntax, certificate coverage, encryption table…),
 * so a profile with a wrong value still loads and gets precise findings.
 *
 * Secrets (PINs, PFX passwords) are never part of a profile: the schema is strict and has no
 * field for them, and the generated commands prompt for them with Get-Credential.
 */
export const SCHEMA_VERSION = 2 as const;

export const exchangeVersions = ['2013', '2016'] as const;
export const lyncVersions = ['2010', '2013', '2015'] as const;
export const exchangeRoles = ['ClientAccess', 'Mailbox'] as const;
export const poolEditions = ['Standard', 'Enterprise'] as const;
export const encryptionLevels = ['RequireEncryption', 'SupportEncryption', 'DoNotSupportEncryption'] as const;
export const uriTypes = ['SipName', 'TelExtn', 'E164'] as const;
export const voipSecurities = ['Unsecured', 'SIPSecured', 'Secured'] as const;
export const mailboxVersions = ['2007', '2010', '2013', '2016'] as const;

export type ExchangeVersion = (typeof exchangeVersions)[number];
export type LyncVersion = (typeof lyncVersions)[number];
export type ExchangeRole = (typeof exchangeRoles)[number];
export type EncryptionLevel = (typeof encryptionLevels)[number];
export type UriType = (typeof uriTypes)[number];
export type VoipSecurity = (typeof voipSecurities)[number];

const text = v.string();

export const exchangeServerSchema = v.strictObject({
  fqdn: text,
  roles: v.pipe(v.array(v.picklist(exchangeRoles)), v.minLength(1)),
});

export const lyncPoolSchema = v.strictObject({
  fqdn: text,
  edition: v.picklist(poolEditions),
  site: text,
  director: v.optional(v.boolean()),
  /**
   * The pool's Front End servers (FQDNs). A Standard Edition pool is one server, the pool FQDN
   * itself, so the list may stay empty; an Enterprise pool's members are not derivable from its
   * FQDN, and commands that read the local computer (Get-CsCertificate) need them.
   */
  frontEndServers: v.optional(v.array(text)),
});

export const certificateSchema = v.strictObject({
  name: text,
  servers: v.array(text),
  subject: text,
  san: v.array(text),
  issuer: text,
  selfSigned: v.optional(v.boolean()),
  /** SHA-1 thumbprint as Exchange prints it (40 hex digits); Enable-ExchangeCertificate uses it when known. */
  thumbprint: v.optional(text),
  /** Expiry date (YYYY-MM-DD), as read from the certificate file. */
  notAfter: v.optional(text),
});

export const dialPlanSchema = v.strictObject({
  name: text,
  countryCode: text,
  extensionDigits: v.pipe(v.number(), v.integer()),
  uriType: v.picklist(uriTypes),
  voipSecurity: v.picklist(voipSecurities),
  /**
   * The Lync dial plan (location profile) that matches this UM dial plan, as New-CsDialPlan's
   * identity: `site:<Lync site>` (every user of the site), `Registrar:<pool FQDN>` (every user
   * homed on the pool) or a per-user name (granted with Grant-CsDialPlan).
   */
  lyncDialPlan: text,
  /**
   * The dial plan's language (New-UMDialPlan -DefaultLanguage), a culture name such as `fr-FR`.
   * Chosen among the UM languages installed on the servers: `en-US` unless a language pack is added.
   * Its auto attendants speak it too (Set-UMAutoAttendant -Language).
   */
  language: text,
  /** Subscriber access (Outlook Voice Access) numbers, E.164. */
  accessNumbers: v.array(text),
});

export const autoAttendantSchema = v.strictObject({
  name: text,
  dialPlan: text,
  pilotNumbers: v.array(text),
  speechEnabled: v.boolean(),
});

export const userSchema = v.strictObject({
  identity: text,
  sipAddress: text,
  lineUri: text,
  extension: text,
  dialPlan: text,
  mailboxPolicy: v.optional(text),
  mailboxVersion: v.optional(v.picklist(mailboxVersions)),
});

export const profileSchema = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** A label for the deployment, shown in downloads and the change-window record. */
  name: v.optional(text),
  organization: v.strictObject({ sipDomain: text }),
  exchange: v.strictObject({
    version: v.picklist(exchangeVersions),
    servers: v.array(exchangeServerSchema),
  }),
  lync: v.strictObject({
    version: v.picklist(lyncVersions),
    pools: v.array(lyncPoolSchema),
    mediationServers: v.array(text),
    encryptionLevel: v.picklist(encryptionLevels),
    phoneEdition: v.boolean(),
    /** Lync 2010 only: the cumulative update installed (CU3 or later is required). */
    cumulativeUpdate: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  }),
  certificates: v.array(certificateSchema),
  dialPlans: v.array(dialPlanSchema),
  gateways: v.strictObject({ outboundPool: text }),
  autoAttendants: v.array(autoAttendantSchema),
  users: v.array(userSchema),
});

/** A deployment profile, version 2. */
export type Profile = v.InferOutput<typeof profileSchema>;
export type ExchangeServer = v.InferOutput<typeof exchangeServerSchema>;
export type LyncPool = v.InferOutput<typeof lyncPoolSchema>;
export type Certificate = v.InferOutput<typeof certificateSchema>;
export type DialPlan = v.InferOutput<typeof dialPlanSchema>;
export type AutoAttendant = v.InferOutput<typeof autoAttendantSchema>;
export type User = v.InferOutput<typeof userSchema>;

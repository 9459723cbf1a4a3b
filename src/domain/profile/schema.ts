import { z } from '../zod.ts';

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

const text = z.string();

export const exchangeServerSchema = z.strictObject({
  fqdn: text,
  roles: z.array(z.enum(exchangeRoles)).check(z.minLength(1)),
});

export const lyncPoolSchema = z.strictObject({
  fqdn: text,
  edition: z.enum(poolEditions),
  site: text,
  director: z.optional(z.boolean()),
  /**
   * The pool's Front End servers (FQDNs). A Standard Edition pool is one server, the pool FQDN
   * itself, so the list may stay empty; an Enterprise pool's members are not derivable from its
   * FQDN, and commands that read the local computer (Get-CsCertificate) need them.
   */
  frontEndServers: z.optional(z.array(text)),
});

export const certificateSchema = z.strictObject({
  name: text,
  servers: z.array(text),
  subject: text,
  san: z.array(text),
  issuer: text,
  selfSigned: z.optional(z.boolean()),
  /** SHA-1 thumbprint as Exchange prints it (40 hex digits); Enable-ExchangeCertificate uses it when known. */
  thumbprint: z.optional(text),
  /** Expiry date (YYYY-MM-DD), as read from the certificate file. */
  notAfter: z.optional(text),
});

export const dialPlanSchema = z.strictObject({
  name: text,
  countryCode: text,
  extensionDigits: z.int(),
  uriType: z.enum(uriTypes),
  voipSecurity: z.enum(voipSecurities),
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
  accessNumbers: z.array(text),
});

export const autoAttendantSchema = z.strictObject({
  name: text,
  dialPlan: text,
  pilotNumbers: z.array(text),
  speechEnabled: z.boolean(),
});

export const userSchema = z.strictObject({
  identity: text,
  sipAddress: text,
  lineUri: text,
  extension: text,
  dialPlan: text,
  mailboxPolicy: z.optional(text),
  mailboxVersion: z.optional(z.enum(mailboxVersions)),
});

export const profileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** A label for the deployment, shown in downloads and the change-window record. */
  name: z.optional(text),
  organization: z.strictObject({ sipDomain: text }),
  exchange: z.strictObject({
    version: z.enum(exchangeVersions),
    servers: z.array(exchangeServerSchema),
  }),
  lync: z.strictObject({
    version: z.enum(lyncVersions),
    pools: z.array(lyncPoolSchema),
    mediationServers: z.array(text),
    encryptionLevel: z.enum(encryptionLevels),
    phoneEdition: z.boolean(),
    /** Lync 2010 only: the cumulative update installed (CU3 or later is required). */
    cumulativeUpdate: z.optional(z.int().check(z.gte(0))),
  }),
  certificates: z.array(certificateSchema),
  dialPlans: z.array(dialPlanSchema),
  gateways: z.strictObject({ outboundPool: text }),
  autoAttendants: z.array(autoAttendantSchema),
  users: z.array(userSchema),
});

/** A deployment profile, version 2. */
export type Profile = z.infer<typeof profileSchema>;
export type ExchangeServer = z.infer<typeof exchangeServerSchema>;
export type LyncPool = z.infer<typeof lyncPoolSchema>;
export type Certificate = z.infer<typeof certificateSchema>;
export type DialPlan = z.infer<typeof dialPlanSchema>;
export type AutoAttendant = z.infer<typeof autoAttendantSchema>;
export type User = z.infer<typeof userSchema>;

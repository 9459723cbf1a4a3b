/**
 * Lync media encryption (Set-CsMediaConfiguration -EncryptionLevel) against the UM dial plan's VoIP
 * security (New-/Set-UMDialPlan -VoIPSecurity): which pairs work, which one is recommended, and
 * why the others fail. The CLI, the guide and the runbook's interactive table all read this module,
 * so they can never disagree.
 *
 * Source: the guide's "Encryption settings for Lync Phone Edition" table (DOMAIN-FACTS §8).
 */
import {
  encryptionLevels,
  voipSecurities,
  type EncryptionLevel,
  type VoipSecurity,
} from './profile/schema.ts';

/** Why a pair of settings does not work. */
export type EncryptionFailure =
  /**
   * SIPSecured encrypts SIP only while the pool requires SIP and RTP encryption: every call from
   * the Front End pool to UM fails with "Incompatible security setting".
   */
  | 'incompatible-security-setting'
  /** Secured requires SRTP media, which a Lync configured with DoNotSupportEncryption never offers. */
  | 'media-encryption-disabled'
  /**
   * Unsecured sends SIP over TCP without mutual TLS; the guide only lists SIPSecured and Secured for
   * Lync, so the runbook refuses it (its exact behaviour with Lync is not documented).
   */
  | 'unsecured-with-lync';

/**
 * The guide's table, one row per Lync encryption level: the dial plan settings that work. This is
 * the only place the table is written down; everything else is computed from it.
 */
const workingVoipSecurity: Readonly<Record<EncryptionLevel, readonly VoipSecurity[]>> = {
  RequireEncryption: ['Secured'], // Lync's default
  SupportEncryption: ['SIPSecured', 'Secured'],
  DoNotSupportEncryption: ['SIPSecured'],
};

/**
 * The setting the guide recommends: Secured, because it matches Lync's default encryption level and
 * lets Lync Phone Edition devices work. A pair is recommended only if it also works.
 */
export const RECOMMENDED_VOIP_SECURITY: VoipSecurity = 'Secured';

/** Lync's default media encryption level (Set-CsMediaConfiguration). */
export const DEFAULT_ENCRYPTION_LEVEL: EncryptionLevel = 'RequireEncryption';

/** The verdict on one EncryptionLevel × VoIPSecurity pair. */
export interface EncryptionAssessment {
  encryptionLevel: EncryptionLevel;
  voipSecurity: VoipSecurity;
  compatible: boolean;
  recommended: boolean;
  /** Set when the pair does not work. */
  failure?: EncryptionFailure;
}

/**
 * Judges one pair of settings.
 * @example assessEncryption('RequireEncryption', 'SIPSecured')
 * // → { …, compatible: false, recommended: false, failure: 'incompatible-security-setting' }
 */
export function assessEncryption(encryptionLevel: EncryptionLevel, voipSecurity: VoipSecurity): EncryptionAssessment {
  const compatible = workingVoipSecurity[encryptionLevel].includes(voipSecurity);
  const verdict: EncryptionAssessment = {
    encryptionLevel,
    voipSecurity,
    compatible,
    recommended: compatible && voipSecurity === RECOMMENDED_VOIP_SECURITY,
  };
  if (!compatible) verdict.failure = failureOf(encryptionLevel, voipSecurity);
  return verdict;
}

function failureOf(encryptionLevel: EncryptionLevel, voipSecurity: VoipSecurity): EncryptionFailure {
  if (voipSecurity === 'Unsecured') return 'unsecured-with-lync';
  // The only other gaps in the table: SIP-only encryption against a pool that requires media
  // encryption, and media encryption against a pool that refuses it.
  return encryptionLevel === 'DoNotSupportEncryption' ? 'media-encryption-disabled' : 'incompatible-security-setting';
}

/**
 * Every Lync EncryptionLevel × UM VoIPSecurity pair (3 × 3), in the cmdlets' value order, for the
 * guide's and the runbook's table.
 */
export function encryptionMatrix(): EncryptionAssessment[] {
  return encryptionLevels.flatMap((level) => voipSecurities.map((security) => assessEncryption(level, security)));
}

/** The dial plan settings that work with a Lync encryption level, in the table's order. */
export function workingVoipSecurities(encryptionLevel: EncryptionLevel): readonly VoipSecurity[] {
  return workingVoipSecurity[encryptionLevel];
}

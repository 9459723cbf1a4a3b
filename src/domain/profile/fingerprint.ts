/**
 * How a page names the deployment a reader is working on: its label, and the SHA-256 of the
 * profile as stored (the same bytes an export writes, the same hash the `.ps1` headers and the
 * change-window record carry), so the operator can match a screen, a script and a ticket.
 */
import { sha256Hex } from '../runbook/record.ts';
import type { Profile } from './schema.ts';
import { serializeProfile } from './share.ts';

/**
 * The deployment's label, or its SIP domain when it has none.
 * @example deploymentLabel({ ...exampleProfile, name: undefined }) // → 'contoso.com'
 */
export function deploymentLabel(profile: Profile): string {
  const name = profile.name?.trim();
  return name ? name : profile.organization.sipDomain;
}

/** Lower-case hex SHA-256 of the profile as stored and exported (`serializeProfile`). */
export function profileSha256(profile: Profile): Promise<string> {
  return sha256Hex(serializeProfile(profile));
}

/** How many hex digits of the hash a page shows (48 bits: two profiles never look alike by chance in practice). */
export const SHORT_HASH_DIGITS = 12;

/**
 * The first digits of a hex hash, for display next to the full value.
 * @example shortHash('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad') // → 'ba7816bf8f01'
 */
export function shortHash(hex: string, digits: number = SHORT_HASH_DIGITS): string {
  return hex.slice(0, digits);
}

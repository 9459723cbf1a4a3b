/**
 * How a profile leaves and re-enters the browser: the localStorage record, the JSON file and the
 * share link's URL fragment. Everything here is pure and never throws on bad input: a corrupted
 * record, a malformed file or a damaged link comes back as located issues (`loadProfile`), so the
 * caller can say what is wrong and keep the profile it had.
 */
import * as v from 'valibot';
import { loadProfile, type ProfileLoadIssue, type ProfileLoadResult } from './load.ts';
import { profileSchema, type Profile } from './schema.ts';

import { PROGRESS_STORAGE_PREFIX } from './storage-keys.ts';
export { PROFILE_BACKUP_KEY, PROFILE_STORAGE_KEY } from './storage-keys.ts';

/**
 * The profile that a shared link or an imported file replaced, so that opening someone else's
 * link does not silently lose one's own deployment.
 */
export const PROFILE_PREVIOUS_KEY = 'passerelle.profile.v1.previous';

/** The fragment parameter that carries a shared profile: `#profile=<base64url(JSON)>`. */
export const FRAGMENT_PARAMETER = 'profile';

/** What a stored record turned out to hold. */
export type StoredProfile =
  | { kind: 'empty' }
  | { kind: 'ok'; profile: Profile }
  | { kind: 'unreadable'; raw: string; issues: ProfileLoadIssue[] };

/**
 * Reads the stored record (the raw localStorage string, or null when there is none).
 * @example readStoredProfile(null) // → { kind: 'empty' }
 * @example readStoredProfile('{oops') // → { kind: 'unreadable', raw: '{oops', issues: [{ code: 'json', … }] }
 */
export function readStoredProfile(raw: string | null): StoredProfile {
  if (raw === null || raw === '') return { kind: 'empty' };
  const result = loadProfile(raw);
  return result.ok ? { kind: 'ok', profile: result.profile } : { kind: 'unreadable', raw, issues: result.issues };
}

/** The profile as stored and exported: stable, indented JSON ending with a newline. */
export function serializeProfile(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/**
 * The download name of an exported profile, from its label: `passerelle-profile-contoso-paris-lyon.json`.
 * Letters outside ASCII lose their accents; anything else becomes a dash.
 */
export function profileFileName(profile: Profile): string {
  const label = (profile.name ?? profile.organization.sipDomain)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return `passerelle-profile${label ? `-${label}` : ''}.json`;
}

function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the call stack on large profiles.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * The share link's fragment for a profile: `profile=<base64url of its JSON>` (no leading `#`).
 * A fragment is never sent to a server, and the profile schema has no field for a secret (it is
 * strict: a profile with an extra field, such as a password someone added by hand, is refused here
 * rather than shared).
 * @example encodeProfileFragment(exampleProfile) // → 'profile=eyJzY2hlbWFWZXJzaW9uIjox…'
 */
export function encodeProfileFragment(profile: Profile): string {
  const checked = v.parse(profileSchema, profile);
  return `${FRAGMENT_PARAMETER}=${bytesToBase64Url(new TextEncoder().encode(JSON.stringify(checked)))}`;
}

/**
 * Reads a shared profile from a URL fragment (`location.hash`, with or without its `#`).
 * `undefined` when the fragment carries no profile (an ordinary `#step-…` anchor); otherwise the
 * load result, where damaged base64 or UTF-8 is reported like malformed JSON.
 * @example decodeProfileFragment('#step-create-um-dial-plans') // → undefined
 */
export function decodeProfileFragment(fragment: string): ProfileLoadResult | undefined {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const parameter = body.split('&').find((part) => part.startsWith(`${FRAGMENT_PARAMETER}=`));
  if (parameter === undefined) return undefined;
  const bytes = base64UrlToBytes(parameter.slice(FRAGMENT_PARAMETER.length + 1));
  let text: string | undefined;
  if (bytes) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = undefined;
    }
  }
  if (text === undefined) return { ok: false, issues: [{ code: 'json', path: [], params: { detail: 'base64url' } }] };
  return loadProfile(text);
}

/**
 * The fragment without its profile parameter (what to leave in the address bar once the shared
 * profile has been read, so a reload does not overwrite later edits).
 * @example fragmentWithoutProfile('#profile=abc&x=1') // → '#x=1'
 */
export function fragmentWithoutProfile(fragment: string): string {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const rest = body.split('&').filter((part) => part !== '' && !part.startsWith(`${FRAGMENT_PARAMETER}=`));
  return rest.length ? `#${rest.join('&')}` : '';
}

/**
 * A short, stable identity of a deployment for keying its progress: its label and SIP domain,
 * trimmed and lower-cased. Editing servers or dial plans keeps the same identity, so the progress
 * of a change window survives the corrections made during it; renaming the deployment starts a
 * new record, which is what a new deployment is.
 * @example profileIdentity(exampleProfile) // → 'contoso — paris & lyon|contoso.com'
 */
export function profileIdentity(profile: Pick<Profile, 'name' | 'organization'>): string {
  return `${(profile.name ?? '').trim().toLowerCase()}|${profile.organization.sipDomain.trim().toLowerCase()}`;
}

/**
 * FNV-1a (32 bits) of a string's UTF-16 code units, as 8 hex digits. Not a security hash: it only
 * turns an identity into a compact storage-key suffix, synchronously (Web Crypto is async).
 * @example fnv1a('') // → '811c9dc5'
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The localStorage key of a deployment's progress and record. */
export function progressStorageKey(profile: Pick<Profile, 'name' | 'organization'>): string {
  return `${PROGRESS_STORAGE_PREFIX}${fnv1a(profileIdentity(profile))}`;
}

/**
 * What to do with a profile opened from a share link, given what the browser already holds:
 * `same` when the stored profile already equals it (nothing to do), `apply` when nothing of the
 * reader's would be lost (no stored profile, or the stored one is the example deployment), `ask`
 * when it would replace a different profile of the reader's.
 * @example shareLinkAction(null, linked, example) // → 'apply'
 */
export function shareLinkAction(stored: Profile | null, linked: Profile, example: Profile): 'same' | 'apply' | 'ask' {
  if (stored === null) return 'apply';
  const storedText = serializeProfile(stored);
  if (storedText === serializeProfile(linked)) return 'same';
  if (storedText === serializeProfile(example)) return 'apply';
  return 'ask';
}

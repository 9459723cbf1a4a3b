/**
 * The deployment profile shared by every island of a page (forms, tables, command blocks, the
 * terminal): one atom, and the findings and commands computed from it once per change — never per
 * field or per island.
 *
 * Lifecycle in the browser: the profile starts from localStorage (`passerelle.profile.v1`), or
 * from a share link's `#profile=…` fragment, or from the example deployment; every change is saved
 * back. Nothing that cannot be read ever replaces a good profile: the reason goes to
 * `$profileNotice` (worded by `formatLoadIssue` in the reader's language) and the previous state
 * stays. On the server, the atom holds the example deployment, which is what the islands render
 * before hydration (see ./hooks.ts).
 */
import { atom, computed } from 'nanostores';
import { checkProfile } from '../../domain/check.ts';
import type { Finding, ProfilePath } from '../../domain/finding.ts';
import { addItem, moveItem, removeItem, setAt } from '../../domain/profile/edit.ts';
import { deploymentLabel } from '../../domain/profile/fingerprint.ts';
import { exampleProfile, loadProfile, type Profile, type ProfileLoadIssue } from '../../domain/profile/index.ts';
import {
  decodeProfileFragment,
  encodeProfileFragment,
  fragmentWithoutProfile,
  PROFILE_BACKUP_KEY,
  PROFILE_PREVIOUS_KEY,
  PROFILE_STORAGE_KEY,
  profileFileName,
  readStoredProfile,
  serializeProfile,
  shareLinkAction,
} from '../../domain/profile/share.ts';
// From steps.ts, not the runbook's index: the index also re-exports the .ps1 rendering, which would
// then travel with every island that reads the profile.
import { generateAll } from '../../domain/runbook/steps.ts';
import type { RunbookCommand } from '../../domain/runbook/types.ts';
import { ensureMessagePart, isLang, messagePartHeld, t, type Lang } from '../../i18n/index.ts';
import { inBrowser, readItem, removeItem as removeStoredItem, writeItem } from './storage.ts';

/** Where a profile that could not be used came from. */
export type ProfileSource = 'storage' | 'import' | 'fragment';

/** Where a profile that replaced the previous one came from. */
export type ReplacingSource = Exclude<ProfileSource, 'storage'> | 'wizard' | 'inventory';

/**
 * What the profile tools tell the reader. Codes, never prose: the island words them.
 * - `error`: a profile from `source` could not be used (`issues` say where); the previous one is kept.
 * - `loaded`: a profile from an import or a share link replaced the previous one (kept aside).
 * - `reset`: the example deployment replaced the profile (the previous one kept aside).
 * - `declined`: the reader refused to let a share link replace their own saved profile.
 * - `storageFailed`: the browser refused to save; changes live only in this tab. With `after`, the
 *   profile an import, a share link or a reset brought in is the one that could not be saved: the
 *   reader must learn that, not "Profile imported" (a reload would bring back the last saved one).
 */
export type ProfileNotice =
  | { kind: 'error'; source: ProfileSource; issues: ProfileLoadIssue[] }
  | { kind: 'loaded'; source: ReplacingSource; previousInTabOnly?: true }
  | { kind: 'reset'; previousInTabOnly?: true }
  /** The reader chose to keep their saved profile rather than the share link's. */
  | { kind: 'declined'; source: 'fragment' }
  | { kind: 'storageFailed'; after?: ReplacingSource | 'reset' };

/** The deployment profile. Change it only through the functions below, so it stays immutable. */
export const $profile = atom<Profile>(exampleProfile);

/** Every finding of every profile rule, recomputed once per profile change. */
export const $findings = computed($profile, (profile): Finding[] => checkProfile(profile));

/**
 * Whether the findings' messages are here to print. A runbook page holds a part of its dictionary
 * only (src/i18n/message-parts.ts), without the profile rules' messages: those are a part of their
 * own, which a profile with errors or warnings (the findings a page prints) needs. It is loaded
 * before the stored profile goes live (awaited at the end of this module) and, after a later
 * change (another tab, a share link), in the background, while the findings show without their
 * wording. Always true where the whole dictionary is held.
 */
export const $findingsWorded = atom(true);

/** Loads the findings' messages when `findings` are printed and the page lacks them. */
function wordFindings(findings: readonly Finding[]): Promise<void> | undefined {
  if (!inBrowser || !findings.some((finding) => finding.severity !== 'info')) return undefined;
  const lang: Lang = isLang(document.documentElement.lang) ? document.documentElement.lang : 'en';
  if (messagePartHeld(lang, 'findings')) return undefined;
  $findingsWorded.set(false);
  return ensureMessagePart(lang, 'findings').then(
    () => $findingsWorded.set(true),
    // Not loaded (offline after an update): the findings stay listed by rule, without wording.
    () => undefined,
  );
}

/** Every generated command of the runbook, recomputed once per profile change. */
export const $commands = computed($profile, (profile): RunbookCommand[] => generateAll(profile));

/** The last thing the profile tools have to say, or null. */
export const $profileNotice = atom<ProfileNotice | null>(null);

/** Replaces the whole profile (already valid: it is typed `Profile`). */
export function setProfile(next: Profile): void {
  $profile.set(next);
}

/**
 * Sets one value at a path of the profile, e.g. `updateProfile(['dialPlans', 0, 'voipSecurity'], 'Secured')`.
 * `undefined` removes an optional field.
 */
export function updateProfile(path: ProfilePath, value: unknown): void {
  $profile.set(setAt($profile.get(), path, value));
}

/** Appends an item to a list of the profile (or inserts it at `index`). */
export function addProfileItem(path: ProfilePath, item: unknown, index?: number): void {
  $profile.set(addItem($profile.get(), path, item, index));
}

/** Removes the item at `index` of a list of the profile. */
export function removeProfileItem(path: ProfilePath, index: number): void {
  $profile.set(removeItem($profile.get(), path, index));
}

/** Moves an item of a list of the profile from one position to another. */
export function moveProfileItem(path: ProfilePath, from: number, to: number): void {
  $profile.set(moveItem($profile.get(), path, from, to));
}

/**
 * Whether the last attempt to save the profile failed (quota, blocked storage). Set by the saver
 * below, which runs synchronously inside `$profile.set`, so a caller can read it right after.
 */
let lastSaveFailed = false;

/**
 * Replaces the profile with one from outside and says what happened: `done`, or — when the
 * browser refused to save it — a `storageFailed` notice naming what was brought in, which never
 * gets overwritten by a success message.
 */
function replaceProfile(next: Profile, done: ProfileNotice & { kind: 'loaded' | 'reset' }): void {
  const keptInBrowser = keepPrevious();
  $profile.set(next);
  if (lastSaveFailed) $profileNotice.set({ kind: 'storageFailed', after: done.kind === 'reset' ? 'reset' : done.source });
  else $profileNotice.set(keptInBrowser ? done : { ...done, previousInTabOnly: true });
}

/** The profile an import, a link or a reset replaced in this tab (kept even when storage refuses it). */
let previousInTab: Profile | null = null;

/**
 * Keeps the current profile aside before something from outside replaces it: in this tab, and in
 * the browser when it accepts. When it refuses, the older copy there is removed, so that "restore
 * the previous profile" can never bring back a stale one. Returns whether the browser kept it.
 */
function keepPrevious(): boolean {
  previousInTab = $profile.get();
  if (writeItem(PROFILE_PREVIOUS_KEY, serializeProfile(previousInTab))) return true;
  removeStoredItem(PROFILE_PREVIOUS_KEY);
  return false;
}

/** The profile to restore: the one replaced in this tab, else the one the browser kept aside. */
export function previousProfile(): Profile | null {
  if (previousInTab) return previousInTab;
  const stored = readStoredProfile(readItem(PROFILE_PREVIOUS_KEY));
  return stored.kind === 'ok' ? stored.profile : null;
}

/**
 * Replaces the profile with one read from a JSON file's text. On failure the profile is untouched
 * and `$profileNotice` says why. Returns whether the import was applied.
 */
export function importProfileText(text: string): boolean {
  const result = loadProfile(text);
  if (!result.ok) {
    $profileNotice.set({ kind: 'error', source: 'import', issues: result.issues });
    return false;
  }
  replaceProfile(result.profile, { kind: 'loaded', source: 'import' });
  return true;
}

/**
 * Replaces the profile with a whole new one (the new-deployment wizard); the previous one is kept
 * aside, restorable from the profile tools, like an import.
 */
export function adoptProfile(next: Profile, source: ReplacingSource): void {
  replaceProfile(next, { kind: 'loaded', source });
}

/** The current profile as a file to download: its name and JSON text. */
export function exportProfileFile(): { name: string; text: string } {
  const profile = $profile.get();
  return { name: profileFileName(profile), text: serializeProfile(profile) };
}

/**
 * A link to this page that carries the current profile in its fragment. The fragment never
 * reaches a server, and the profile holds no secret (the schema has no field for one).
 */
export function shareLink(base: string = inBrowser ? `${location.origin}${location.pathname}${location.search}` : ''): string {
  return `${base}#${encodeProfileFragment($profile.get())}`;
}

/** Puts the example deployment back (the replaced profile is kept aside, not lost). */
export function resetProfile(): void {
  replaceProfile(exampleProfile, { kind: 'reset' });
}

/** Clears the notice (the reader dismissed it). */
export function dismissProfileNotice(): void {
  $profileNotice.set(null);
}

/**
 * Asks the reader whether a share link may replace their own saved profile, in the page's
 * language. The browser's confirm dialog: modal, keyboard-operable and announced by screen readers.
 */
function confirmReplace(linked: Profile, stored: Profile): boolean {
  if (!inBrowser || typeof window.confirm !== 'function') return false;
  const lang = document.documentElement.lang;
  return window.confirm(t(isLang(lang) ? lang : 'en', 'notice.confirmReplace.fragment', { linked: deploymentLabel(linked), stored: deploymentLabel(stored) }));
}

/**
 * Reads a share link's fragment, if any: a good profile replaces the current one (kept aside) and
 * is saved like any edit — after asking, when it would replace a different profile of the reader's
 * (`ask` decides; the default is the example deployment, never asked about); a bad one is reported
 * and ignored. The profile parameter is then removed from the address bar so that a reload keeps
 * the edits made since. Exported for the hashchange listener and tests.
 */
export function applyFragment(fragment: string, ask: (linked: Profile, stored: Profile) => boolean = confirmReplace): void {
  const result = decodeProfileFragment(fragment);
  if (result === undefined) return;
  if (result.ok) {
    const stored = readStoredProfile(readItem(PROFILE_STORAGE_KEY));
    const current = stored.kind === 'ok' ? stored.profile : null;
    const action = shareLinkAction(current, result.profile, exampleProfile);
    if (action === 'ask' && !ask(result.profile, current!)) {
      $profileNotice.set({ kind: 'declined', source: 'fragment' });
    } else if (action === 'same') {
      $profile.set(result.profile);
      $profileNotice.set({ kind: 'loaded', source: 'fragment' });
    } else {
      replaceProfile(result.profile, { kind: 'loaded', source: 'fragment' });
    }
  } else {
    $profileNotice.set({ kind: 'error', source: 'fragment', issues: result.issues });
  }
  if (inBrowser) history.replaceState(history.state, '', `${location.pathname}${location.search}${fragmentWithoutProfile(fragment)}`);
}

/** Loads the stored profile; an unreadable record is kept under a backup key, never deleted. */
function restoreFromStorage(): void {
  const stored = readStoredProfile(readItem(PROFILE_STORAGE_KEY));
  if (stored.kind === 'ok') $profile.set(stored.profile);
  else if (stored.kind === 'unreadable') {
    writeItem(PROFILE_BACKUP_KEY, stored.raw);
    $profileNotice.set({ kind: 'error', source: 'storage', issues: stored.issues });
  }
}

if (inBrowser) {
  restoreFromStorage();
  let lastSaved = readItem(PROFILE_STORAGE_KEY);
  $profile.listen((profile) => {
    const text = serializeProfile(profile);
    if (text === lastSaved) {
      lastSaveFailed = false;
      return;
    }
    lastSaveFailed = !writeItem(PROFILE_STORAGE_KEY, text);
    if (!lastSaveFailed) lastSaved = text;
    else $profileNotice.set({ kind: 'storageFailed' });
  });
  // After the saver listens: a share link's profile is saved like an edit, so it survives a reload
  // and a language switch (it used to be applied first, then lost).
  applyFragment(location.hash);
  // A share link opened on a page that is already loaded only changes the fragment.
  window.addEventListener('hashchange', () => applyFragment(location.hash));
  // Another tab saved a profile: follow it, so two tabs never overwrite each other's edits blindly.
  window.addEventListener('storage', (event) => {
    if (event.key !== PROFILE_STORAGE_KEY || event.newValue === null) return;
    const stored = readStoredProfile(event.newValue);
    if (stored.kind === 'ok') {
      lastSaved = event.newValue;
      $profile.set(stored.profile);
    }
  });
  // The islands that import this store go live once its findings can be worded.
  await wordFindings($findings.get());
  $findings.listen((findings) => void wordFindings(findings));
}

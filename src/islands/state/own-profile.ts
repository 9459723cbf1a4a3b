/**
 * Whether this page shows a profile of the reader's own, as far as a few bytes of script can tell
 * before the profile store loads: what the `client:profile` directive (src/islands/directives/profile.ts)
 * reads to choose when an island hydrates, and what the store (./profile.ts) announces. No schema
 * here: the directive is inlined in every runbook page.
 */
import { PROFILE_STORAGE_KEY } from '../../domain/profile/storage-keys.ts';

/** The event the profile store dispatches on `window` when the page's profile stops being the example. */
export const OWN_PROFILE_EVENT = 'passerelle:own-profile';

/** The attribute the store sets on `<html>` at the same time, for islands that connect later. */
export const OWN_PROFILE_ATTRIBUTE = 'data-own-profile';

/**
 * True when a profile is stored in this browser, arrives in a share link (`#profile=…`) or has
 * been announced by the store. A stored profile may turn out to be the example or unreadable: the
 * islands then hydrate early for nothing, which is what every reader got before.
 */
export function ownProfileLikely(): boolean {
  if (document.documentElement.hasAttribute(OWN_PROFILE_ATTRIBUTE)) return true;
  if (/(?:^#|&)profile=/.test(location.hash)) return true;
  try {
    return localStorage.getItem(PROFILE_STORAGE_KEY) !== null;
  } catch {
    // Storage blocked: the store falls back to the example unless a link or an edit says otherwise.
    return false;
  }
}

/** Called by the store whenever its profile is not the example. */
export function announceOwnProfile(): void {
  if (document.documentElement.hasAttribute(OWN_PROFILE_ATTRIBUTE)) return;
  document.documentElement.setAttribute(OWN_PROFILE_ATTRIBUTE, '');
  window.dispatchEvent(new Event(OWN_PROFILE_EVENT));
}

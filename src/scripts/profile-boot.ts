/**
 * Loads the shared profile store on pages that show the profile (runbooks, the profile page)
 * without waiting for an island to scroll into view: at once when the address carries a share
 * link (`#profile=…`, so it is read and saved even if the reader never scrolls), otherwise when
 * the browser is idle. The store applies the link, restores the saved profile and saves changes.
 */
function loadStore(): void {
  void import('../islands/state/profile.ts');
}

/** Starts the store now (share link) or when idle. */
export function bootProfileStore(): void {
  if (/(?:^#|&)profile=/.test(location.hash)) loadStore();
  else if ('requestIdleCallback' in window) requestIdleCallback(loadStore, { timeout: 2000 });
  else setTimeout(loadStore, 200);
}

/**
 * localStorage that never throws. Storage can be disabled (privacy settings), full (quota) or
 * absent (server rendering); the runbook must keep working in memory in every case, so reads give
 * null and writes say whether they succeeded instead of throwing.
 */

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is blocked.
    return undefined;
  }
}

/** The stored string, or null when absent or unreadable. */
export function readItem(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores a string; false when the browser refused (quota, blocked storage). */
export function writeItem(key: string, value: string): boolean {
  try {
    const target = storage();
    if (!target) return false;
    target.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes a key; false when the browser refused. */
export function removeItem(key: string): boolean {
  try {
    storage()?.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** True in a browser (islands after hydration), false while Astro renders on the server. */
export const inBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';

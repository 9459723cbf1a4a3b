/**
 * Hooks that read the shared stores without breaking hydration. Preact hydrates server HTML
 * without patching attributes or text, so an island's first client render must equal its server
 * render, which always shows the example deployment and an empty record. These hooks return those
 * server values until the island's turn comes after hydration (./hydration.ts: one island per task),
 * then the live stores (one re-render). An island calls `useHydrated()` once and passes its answer.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';
import { checkProfile } from '../../domain/check.ts';
import type { Finding } from '../../domain/finding.ts';
import { exampleProfile, type Profile } from '../../domain/profile/index.ts';
import { emptyProgress, type ProgressRecord } from '../../domain/runbook/record.ts';
import { $changeWindow, $progress } from './progress.ts';
import { $findings, $profile } from './profile.ts';
export { useHydrated } from './hydration.ts';

let serverFindings: Finding[] | undefined;

/** The example deployment's findings: the store's own while the profile is the example (no second check). */
function serverFindingsOf(): Finding[] {
  return $profile.get() === exampleProfile ? $findings.get() : (serverFindings ??= checkProfile(exampleProfile));
}
const emptyRecord = emptyProgress();

/**
 * A store's value once the island has had its turn after hydration (`hydrated`, from one
 * `useHydrated()` per island, so all its stores switch in the same render), `server()` before (and
 * on the server). The store is read and subscribed to only from that turn on: the hydration itself,
 * which Astro runs for every island of the page in one task, computes nothing for the reader's
 * profile. A change made between that render and the subscription is caught by the comparison.
 */
export function useLiveStore<T>(store: ReadableAtom<T>, server: () => T, hydrated: boolean): T {
  const [, rerender] = useState<object>({});
  const value = hydrated ? store.get() : server();
  useEffect(() => {
    if (!hydrated) return undefined;
    const unlisten = store.listen(() => rerender({}));
    if (store.get() !== value) rerender({});
    return unlisten;
  }, [store, hydrated]);
  return value;
}

/** The profile (the example deployment until hydrated). */
export function useProfile(hydrated: boolean): Profile {
  return useLiveStore($profile, () => exampleProfile, hydrated);
}

/** The findings of the profile (those of the example deployment until hydrated). */
export function useFindings(hydrated: boolean): Finding[] {
  return useLiveStore($findings, serverFindingsOf, hydrated);
}

/** The current deployment's progress record (empty until hydrated). */
export function useProgress(hydrated: boolean): ProgressRecord {
  return useLiveStore($progress, () => emptyRecord, hydrated);
}

/** Whether change-window mode is on (off until hydrated). */
export function useChangeWindow(hydrated: boolean): boolean {
  return useLiveStore($changeWindow, () => false, hydrated);
}

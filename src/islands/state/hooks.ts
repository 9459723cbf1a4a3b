/**
 * Hooks that read the shared stores without breaking hydration. Preact hydrates server HTML
 * without patching attributes or text, so an island's first client render must equal its server
 * render, which always shows the example deployment and an empty record. These hooks return those
 * server values until the island has hydrated, then the live stores (one re-render).
 */
import { useStore } from '@nanostores/preact';
import { checkProfile } from '../../domain/check.ts';
import type { Finding } from '../../domain/finding.ts';
import { exampleProfile, type Profile } from '../../domain/profile/index.ts';
import { emptyProgress, type ProgressRecord } from '../../domain/runbook/record.ts';
import { $changeWindow, $progress } from './progress.ts';
import { $findings, $profile } from './profile.ts';

let serverFindings: Finding[] | undefined;
const emptyRecord = emptyProgress();

/** The profile (the example deployment until hydrated). */
export function useProfile(): Profile {
  return useStore($profile, { ssr: () => exampleProfile });
}

/** The findings of the profile (those of the example deployment until hydrated). */
export function useFindings(): Finding[] {
  return useStore($findings, { ssr: () => (serverFindings ??= checkProfile(exampleProfile)) });
}

/** The current deployment's progress record (empty until hydrated). */
export function useProgress(): ProgressRecord {
  return useStore($progress, { ssr: () => emptyRecord });
}

/** Whether change-window mode is on (off until hydrated). */
export function useChangeWindow(): boolean {
  return useStore($changeWindow, { ssr: () => false });
}

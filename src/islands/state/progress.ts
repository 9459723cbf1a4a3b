/**
 * Progress through the runbook and the change-window record, kept per deployment in localStorage.
 * The key comes from the profile's identity (its label and SIP domain, see `progressStorageKey`):
 * fixing a server name or a dial plan during a change window keeps the progress; opening another
 * deployment shows that deployment's own.
 *
 * The command-block island calls `recordCopy` whenever a command is copied; the progress islands
 * call `markStep`, `setOperator`, `setStepOutput`, `setStepOperator`.
 */
import { atom, computed } from 'nanostores';
import { progressStorageKey } from '../../domain/profile/share.ts';
import {
  addCopyIn,
  emptyProgress,
  markStepIn,
  readStoredProgress,
  setStepOperatorIn,
  setStepOutputIn,
  setVerificationIn,
  sha256Hex,
  type CopyEntry,
  type ProgressRecord,
  type StepStatus,
} from '../../domain/runbook/record.ts';
import type { Shell } from '../../domain/runbook/types.ts';
import { $profile } from './profile.ts';
import { inBrowser, readItem, writeItem } from './storage.ts';

export type { CopyEntry, ProgressRecord, StepStatus };

/** The localStorage key of the current deployment's progress. */
export const $progressKey = computed($profile, (profile) => progressStorageKey(profile));

/** The current deployment's progress and record. */
export const $progress = atom<ProgressRecord>(emptyProgress());

/**
 * Change-window mode: only the ordered commands and the checkboxes, in large type, with the
 * current step kept in view. A page-wide choice (not per deployment), kept across reloads because
 * an operator who reloads in the middle of a change window expects to stay in it.
 */
export const $changeWindow = atom<boolean>(false);

const CHANGE_WINDOW_KEY = 'passerelle.changeWindow.v1';

/** The time stamp written into the record: ISO 8601, UTC, so records from different desks compare. */
function now(): string {
  return new Date().toISOString();
}

function save(record: ProgressRecord): void {
  $progress.set(record);
  writeItem($progressKey.get(), JSON.stringify(record));
}

/** Marks a step done or skipped (now, by the current operator); `null` clears the mark. */
export function markStep(stepId: string, status: StepStatus | null): void {
  save(markStepIn($progress.get(), stepId, status, now()));
}

/**
 * Records that a command was copied: its text, its SHA-256 (Web Crypto), where it runs and when.
 * Async because Web Crypto is; the returned entry is what was stored.
 */
export async function recordCopy(stepId: string, command: { text: string; target: string; shell: Shell }): Promise<CopyEntry> {
  const entry: CopyEntry = { text: command.text, sha256: await sha256Hex(command.text), target: command.target, shell: command.shell, at: now() };
  // Read the record after the await: another change may have landed meanwhile.
  save(addCopyIn($progress.get(), stepId, entry));
  return entry;
}

/**
 * Records the verdict on an output pasted for one verification command: the verdict, the SHA-256
 * of the pasted text and the time (and the text, when small enough for localStorage).
 * `stepCommands` are all the step's checked commands, to know whether the step is now verified.
 */
export async function recordVerification(
  stepId: string,
  verification: { command: string; status: 'verified' | 'mismatch' | 'unreadable'; failed: string[]; output: string },
  stepCommands: readonly string[],
): Promise<void> {
  const entry = {
    command: verification.command,
    status: verification.status,
    sha256: await sha256Hex(verification.output),
    at: now(),
    failed: verification.failed,
    ...(verification.output.length <= 64_000 ? { output: verification.output } : {}),
  };
  save(setVerificationIn($progress.get(), stepId, entry, stepCommands));
}

/** Sets the name of whoever is running the steps (stamped on the steps they mark or copy). */
export function setOperator(operator: string): void {
  save({ ...$progress.get(), operator });
}

/** Keeps the output pasted back from the server for a step ('' clears it). */
export function setStepOutput(stepId: string, output: string): void {
  save(setStepOutputIn($progress.get(), stepId, output));
}

/** Sets who ran a step ('' clears it). */
export function setStepOperator(stepId: string, operator: string): void {
  save(setStepOperatorIn($progress.get(), stepId, operator));
}

/** Turns change-window mode on or off (kept across reloads). */
export function setChangeWindow(on: boolean): void {
  $changeWindow.set(on);
  writeItem(CHANGE_WINDOW_KEY, on ? '1' : '0');
}

if (inBrowser) {
  // Follow the deployment: each identity has its own record. A record that cannot be read is kept
  // under a backup key and a fresh one starts, so the page never breaks on old or damaged data.
  $progressKey.subscribe((key) => {
    const raw = readItem(key);
    const record = readStoredProgress(raw);
    if (raw !== null && record === undefined) writeItem(`${key}.unreadable`, raw);
    $progress.set(record ?? emptyProgress());
  });
  $changeWindow.set(readItem(CHANGE_WINDOW_KEY) === '1');
  $changeWindow.subscribe((on) => document.body.classList.toggle('change-window', on));
  window.addEventListener('storage', (event) => {
    if (event.key === $progressKey.get() && event.newValue !== null) {
      const record = readStoredProgress(event.newValue);
      if (record) $progress.set(record);
    }
  });
}

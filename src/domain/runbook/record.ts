/**
 * The change-window record: per step, whether it was done or skipped and when, the commands copied
 * (with their SHA-256), who ran them and the output pasted back. This module holds the record's
 * shape and its immutable updates (its two exports, Markdown and JSON, are in ./record-export.ts);
 * the browser store (src/islands/state/progress.ts) only keeps it in localStorage.
 */
import * as v from 'valibot';
import { t, type Lang } from '../../i18n/index.ts';
import { anyExchangeServer, anyLyncServer, type Shell } from './types.ts';

/** What an operator said about a step. */
export type StepStatus = 'done' | 'skipped';

const shells = ['exchange', 'lync', 'cmd', 'gui'] as const satisfies readonly Shell[];

const copySchema = v.strictObject({
  text: v.string(),
  /** Lower-case hex SHA-256 of the UTF-8 text, as `Get-FileHash -Algorithm SHA256` prints it (case aside). */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  target: v.string(),
  shell: v.picklist(shells),
  at: v.string(),
});

/**
 * The verdict on an output pasted for one verification command (src/domain/verify): the command,
 * the verdict, the SHA-256 of the pasted text and when; the text itself when it is small enough to
 * keep, and the properties that did not hold.
 */
const verificationSchema = v.strictObject({
  command: v.string(),
  status: v.picklist(['verified', 'mismatch', 'unreadable']),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  at: v.string(),
  /** The properties that did not hold, or the problem code of an unreadable paste. */
  failed: v.array(v.string()),
  output: v.optional(v.string()),
});

const stepRecordSchema = v.strictObject({
  status: v.optional(v.picklist(['done', 'skipped'])),
  /** When the status was set (ISO 8601). */
  at: v.optional(v.string()),
  /** Who ran the step (free text). */
  operator: v.optional(v.string()),
  /** What the server answered, pasted back by the operator. */
  output: v.optional(v.string()),
  copies: v.array(copySchema),
  /** One verdict per verification command (the last paste for each). */
  verifications: v.optional(v.array(verificationSchema)),
  /** True when every verification command of the step had a verified output, at the last paste. */
  verified: v.optional(v.boolean()),
});

/** The stored record of one deployment (keyed by its identity, see `progressStorageKey`). */
export const progressRecordSchema = v.strictObject({
  version: v.literal(1),
  /** The operator name typed last; stamped on the steps they mark or copy. */
  operator: v.string(),
  steps: v.record(v.string(), stepRecordSchema),
});

export type CopyEntry = v.InferOutput<typeof copySchema>;
export type VerificationEntry = v.InferOutput<typeof verificationSchema>;
export type StepRecord = v.InferOutput<typeof stepRecordSchema>;
export type ProgressRecord = v.InferOutput<typeof progressRecordSchema>;

/** A record with nothing in it yet. */
export function emptyProgress(): ProgressRecord {
  return { version: 1, operator: '', steps: {} };
}

/**
 * Reads a stored record; `undefined` when there is none or it cannot be read (the caller keeps
 * the raw text aside and starts a fresh record rather than crashing the page).
 */
export function readStoredProgress(raw: string | null): ProgressRecord | undefined {
  if (raw === null || raw === '') return undefined;
  try {
    const parsed = v.safeParse(progressRecordSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

function stepOf(record: ProgressRecord, stepId: string): StepRecord {
  return record.steps[stepId] ?? { copies: [] };
}

function withStep(record: ProgressRecord, stepId: string, step: StepRecord): ProgressRecord {
  return { ...record, steps: { ...record.steps, [stepId]: step } };
}

/** Drops empty optional text fields so the stored JSON carries no `"output": ""`. */
function compact(step: StepRecord): StepRecord {
  const out: StepRecord = { copies: step.copies };
  if (step.status) out.status = step.status;
  if (step.at) out.at = step.at;
  if (step.operator) out.operator = step.operator;
  if (step.output) out.output = step.output;
  if (step.verifications?.length) {
    out.verifications = step.verifications;
    out.verified = step.verified ?? false;
  }
  return out;
}

/**
 * Marks a step done or skipped at a time (ISO 8601), by the record's current operator; `null`
 * clears the mark (and its time) but keeps the copies and the output.
 * @example markStepIn(emptyProgress(), 'run-exchucutil', 'done', '2025-06-01T21:04:00.000Z').steps['run-exchucutil']
 * // → { status: 'done', at: '2025-06-01T21:04:00.000Z', copies: [] }
 */
export function markStepIn(record: ProgressRecord, stepId: string, status: StepStatus | null, at: string): ProgressRecord {
  const step = stepOf(record, stepId);
  if (status === null) return withStep(record, stepId, compact({ ...step, status: undefined, at: undefined }));
  return withStep(record, stepId, compact({ ...step, status, at, operator: step.operator || record.operator || undefined }));
}

/** Adds a copied command to a step's record (the operator, if known, becomes the step's). */
export function addCopyIn(record: ProgressRecord, stepId: string, copy: CopyEntry): ProgressRecord {
  const step = stepOf(record, stepId);
  return withStep(record, stepId, compact({ ...step, operator: step.operator || record.operator || undefined, copies: [...step.copies, copy] }));
}

/** Sets (or clears, with '') the output pasted back for a step. */
export function setStepOutputIn(record: ProgressRecord, stepId: string, output: string): ProgressRecord {
  return withStep(record, stepId, compact({ ...stepOf(record, stepId), output }));
}

/**
 * Keeps the verdict of one verification command (replacing an earlier one for the same command)
 * and recomputes whether the step is verified: every command of `stepCommands` has a verified
 * verdict. A failed paste never removes anything else from the record.
 */
export function setVerificationIn(record: ProgressRecord, stepId: string, entry: VerificationEntry, stepCommands: readonly string[]): ProgressRecord {
  const step = stepOf(record, stepId);
  const verifications = [...(step.verifications ?? []).filter((v) => v.command !== entry.command), entry];
  const verified = stepCommands.length > 0 && stepCommands.every((c) => verifications.some((v) => v.command === c && v.status === 'verified'));
  return withStep(record, stepId, compact({ ...step, operator: step.operator || record.operator || undefined, verifications, verified }));
}

/** Sets (or clears, with '') who ran a step. */
export function setStepOperatorIn(record: ProgressRecord, stepId: string, operator: string): ProgressRecord {
  return withStep(record, stepId, compact({ ...stepOf(record, stepId), operator }));
}

/**
 * Lower-case hex SHA-256 of a text's UTF-8 bytes, with Web Crypto (browsers and Node 20+). The
 * record keeps it so that what ran can be compared later with what was handed out.
 * @example await sha256Hex('abc') // → 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Where a command runs, in words: a server FQDN, or "any Exchange server"/"any Lync server". */
export function targetLabel(target: string, lang: Lang): string {
  if (target === anyExchangeServer) return t(lang, 'runbook.target.anyExchangeServer');
  if (target === anyLyncServer) return t(lang, 'runbook.target.anyLyncServer');
  return target;
}

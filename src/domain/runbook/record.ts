/**
 * The change-window record: per step, whether it was done or skipped and when, the commands copied
 * (with their SHA-256), who ran them and the output pasted back. This module holds the record's
 * shape, its immutable updates and its two exports (Markdown and JSON, in the reader's language);
 * the browser store (src/islands/state/progress.ts) only keeps it in localStorage.
 */
import { z } from '../zod.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { inertText } from '../inert-text.ts';
import type { Profile } from '../profile/schema.ts';
import { anyExchangeServer, anyLyncServer, type Shell, type StepId } from './types.ts';

/** What an operator said about a step. */
export type StepStatus = 'done' | 'skipped';

const shells = ['exchange', 'lync', 'cmd', 'gui'] as const satisfies readonly Shell[];

const copySchema = z.strictObject({
  text: z.string(),
  /** Lower-case hex SHA-256 of the UTF-8 text, as `Get-FileHash -Algorithm SHA256` prints it (case aside). */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  target: z.string(),
  shell: z.enum(shells),
  at: z.string(),
});

/**
 * The verdict on an output pasted for one verification command (src/domain/verify): the command,
 * the verdict, the SHA-256 of the pasted text and when; the text itself when it is small enough to
 * keep, and the properties that did not hold.
 */
const verificationSchema = z.strictObject({
  command: z.string(),
  status: z.enum(['verified', 'mismatch', 'unreadable']),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  at: z.string(),
  /** The properties that did not hold, or the problem code of an unreadable paste. */
  failed: z.array(z.string()),
  output: z.optional(z.string()),
});

const stepRecordSchema = z.strictObject({
  status: z.optional(z.enum(['done', 'skipped'])),
  /** When the status was set (ISO 8601). */
  at: z.optional(z.string()),
  /** Who ran the step (free text). */
  operator: z.optional(z.string()),
  /** What the server answered, pasted back by the operator. */
  output: z.optional(z.string()),
  copies: z.array(copySchema),
  /** One verdict per verification command (the last paste for each). */
  verifications: z.optional(z.array(verificationSchema)),
  /** True when every verification command of the step had a verified output, at the last paste. */
  verified: z.optional(z.boolean()),
});

/** The stored record of one deployment (keyed by its identity, see `progressStorageKey`). */
export const progressRecordSchema = z.strictObject({
  version: z.literal(1),
  /** The operator name typed last; stamped on the steps they mark or copy. */
  operator: z.string(),
  steps: z.record(z.string(), stepRecordSchema),
});

export type CopyEntry = z.infer<typeof copySchema>;
export type VerificationEntry = z.infer<typeof verificationSchema>;
export type StepRecord = z.infer<typeof stepRecordSchema>;
export type ProgressRecord = z.infer<typeof progressRecordSchema>;

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
    const parsed = progressRecordSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
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

/** What the record exports say about the deployment and the moment of the export. */
export interface RecordContext {
  profile: Pick<Profile, 'name' | 'organization'>;
  lang: Lang;
  /** The steps in runbook order; only those with something recorded are exported. */
  stepIds: readonly StepId[] | readonly string[];
  /** The export's time, ISO 8601. */
  exportedAt: string;
}

/** The record as exported to JSON: self-describing, titles in the reader's language. */
export interface RecordExport {
  format: 'passerelle-record';
  version: 1;
  lang: Lang;
  deployment: { name: string; sipDomain: string };
  exportedAt: string;
  operator: string;
  steps: Array<{
    id: string;
    title: string;
    status: StepStatus | null;
    statusLabel: string;
    at: string | null;
    operator: string | null;
    output: string | null;
    copies: Array<CopyEntry & { shellLabel: string; targetLabel: string }>;
    /** Null when no output was checked for the step. */
    verified: boolean | null;
    verifications: Array<VerificationEntry & { statusLabel: string }>;
  }>;
}

function recordedSteps(record: ProgressRecord, ids: readonly string[]): string[] {
  const known = ids.filter((id) => record.steps[id]);
  // Steps recorded under an id the runbook no longer has are kept, at the end, rather than dropped.
  const extra = Object.keys(record.steps).filter((id) => !ids.includes(id)).sort();
  return [...known, ...extra].filter((id) => {
    const step = record.steps[id]!;
    return step.status || step.copies.length || step.output || step.operator || step.verifications?.length;
  });
}

function stepTitle(id: string, lang: Lang): string {
  const key = `step.${id}.title`;
  const title = t(lang, key);
  return title === key ? id : title;
}

/** The record as a JSON document (the object; `JSON.stringify` it to save). */
export function recordToJson(record: ProgressRecord, context: RecordContext): RecordExport {
  const { lang } = context;
  return {
    format: 'passerelle-record',
    version: 1,
    lang,
    deployment: { name: context.profile.name ?? '', sipDomain: context.profile.organization.sipDomain },
    exportedAt: context.exportedAt,
    operator: record.operator,
    steps: recordedSteps(record, context.stepIds).map((id) => {
      const step = record.steps[id]!;
      return {
        id,
        title: stepTitle(id, lang),
        status: step.status ?? null,
        statusLabel: t(lang, `record.status.${step.status ?? 'open'}`),
        at: step.at ?? null,
        operator: step.operator ?? null,
        output: step.output ?? null,
        copies: step.copies.map((copy) => ({
          ...copy,
          shellLabel: t(lang, `runbook.shell.${copy.shell}`),
          targetLabel: targetLabel(copy.target, lang),
        })),
        verified: step.verifications?.length ? step.verified ?? false : null,
        verifications: (step.verifications ?? []).map((v) => ({ ...v, statusLabel: t(lang, `verify.status.${v.status}Short`) })),
      };
    }),
  };
}

/** A fence longer than any backtick run in `text`, so pasted output can never close it early. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  return '`'.repeat(longest + 1);
}

/**
 * A fenced block. Its text goes through the one escaping rule (src/domain/inert-text.ts), keeping
 * line breaks and tabs: a control or bidi character pasted back with an output, or carried by a
 * profile value, is shown as its code point in the record, never acted upon by whatever displays it.
 * The JSON export keeps the exact text.
 */
function fenced(raw: string, lang: string): string {
  const text = inertText(raw, { multiline: true });
  const fence = fenceFor(text);
  return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
}

/**
 * Inline code that a backtick inside the text (PowerShell's escape character) cannot close, with
 * controls and bidi characters shown as their code points (`inertText`).
 */
function inlineCode(text: string): string {
  const shown = inertText(text.replace(/\r?\n/g, ' '));
  const ticks = '`'.repeat(Math.max(0, ...Array.from(shown.matchAll(/`+/g), (m) => m[0].length)) + 1);
  return `${ticks} ${shown} ${ticks}`;
}

/**
 * Markdown-safe inline text: escapes the characters that would start markup in a list item, and
 * shows line breaks, controls and bidi characters as their code points (`inertText`).
 */
function inline(text: string): string {
  return inertText(text.replace(/\r?\n/g, ' ')).replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * The record as Markdown, in the reader's language: a heading per recorded step (runbook order)
 * with its status and time, who ran it, each copied command in a PowerShell block with its shell,
 * target, time and SHA-256, and the pasted output in a text block.
 */
export function recordToMarkdown(record: ProgressRecord, context: RecordContext): string {
  const json = recordToJson(record, context);
  const { lang } = context;
  const label = (key: string, params?: Record<string, string | number>) => t(lang, `record.md.${key}`, params);
  // French puts a non-breaking space before a colon; English does not.
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const lines: string[] = [
    `# ${inline(label('title', { name: json.deployment.name || json.deployment.sipDomain }))}`,
    '',
    `- ${label('sipDomain')}${colon} ${inline(json.deployment.sipDomain)}`,
    `- ${label('exportedAt')}${colon} ${inline(json.exportedAt)}`,
  ];
  if (json.operator) lines.push(`- ${label('operator')}${colon} ${inline(json.operator)}`);
  if (json.steps.length === 0) lines.push('', label('empty'));
  for (const step of json.steps) {
    // Step ids and times come from the stored record, which may have been edited by hand.
    lines.push('', `## ${inline(step.title)} (\`${inertText(step.id).replace(/`/g, "'")}\`)`, '');
    lines.push(`- ${label('status')}${colon} ${step.statusLabel}${step.at ? ` — ${inline(step.at)}` : ''}`);
    if (step.operator) lines.push(`- ${label('ranBy')}${colon} ${inline(step.operator)}`);
    for (const copy of step.copies) {
      lines.push('', `${label('copied', { at: inline(copy.at), shell: copy.shellLabel, target: inline(copy.targetLabel) })}`, '');
      lines.push(`SHA-256${colon} \`${copy.sha256}\``, '', fenced(copy.text, 'powershell'));
    }
    if (step.output) lines.push('', `${label('output')}${colon}`, '', fenced(step.output, 'text'));
    if (step.verified !== null) lines.push('', `${label('verification')}${colon} ${t(lang, step.verified ? 'verify.status.verifiedShort' : 'verify.status.mismatchShort')}`);
    for (const v of step.verifications) {
      const failed = v.failed.length ? ` — ${inline(v.failed.join(', '))}` : '';
      lines.push(`- ${inlineCode(v.command)}${colon} ${v.statusLabel} — ${v.at} — SHA-256 \`${v.sha256}\`${failed}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

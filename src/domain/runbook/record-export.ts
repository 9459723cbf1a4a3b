/**
 * The change-window record as files: JSON (self-describing) and Markdown, titles and statuses in the
 * reader's language. Apart from src/domain/runbook/record.ts (the record itself, which the runbook
 * page's command blocks write to as soon as a command is copied) because only the record panel
 * exports, once a reader asks for a file.
 */
import { colon as colonOf, labelled, t, type Lang } from '../../i18n/index.ts';
import { inertText } from '../inert-text.ts';
import type { Profile } from '../profile/schema.ts';
import { targetLabel, type CopyEntry, type ProgressRecord, type StepStatus, type VerificationEntry } from './record.ts';
import type { StepId } from './types.ts';

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
  const colon = colonOf(lang);
  const lines: string[] = [
    `# ${inline(label('title', { name: json.deployment.name || json.deployment.sipDomain }))}`,
    '',
    `- ${label('sipDomain')}${colon}${inline(json.deployment.sipDomain)}`,
    `- ${label('exportedAt')}${colon}${inline(json.exportedAt)}`,
  ];
  if (json.operator) lines.push(`- ${label('operator')}${colon}${inline(json.operator)}`);
  if (json.steps.length === 0) lines.push('', label('empty'));
  for (const step of json.steps) {
    // Step ids and times come from the stored record, which may have been edited by hand.
    lines.push('', `## ${inline(step.title)} (\`${inertText(step.id).replace(/`/g, "'")}\`)`, '');
    lines.push(`- ${label('status')}${colon}${step.statusLabel}${step.at ? ` — ${inline(step.at)}` : ''}`);
    if (step.operator) lines.push(`- ${label('ranBy')}${colon}${inline(step.operator)}`);
    for (const copy of step.copies) {
      lines.push('', `${label('copied', { at: inline(copy.at), shell: copy.shellLabel, target: inline(copy.targetLabel) })}`, '');
      lines.push(`SHA-256${colon}\`${copy.sha256}\``, '', fenced(copy.text, 'powershell'));
    }
    if (step.output) lines.push('', labelled(lang, label('output')), '', fenced(step.output, 'text'));
    if (step.verified !== null) lines.push('', `${label('verification')}${colon}${t(lang, step.verified ? 'verify.status.verifiedShort' : 'verify.status.mismatchShort')}`);
    for (const v of step.verifications) {
      const failed = v.failed.length ? ` — ${inline(v.failed.join(', '))}` : '';
      lines.push(`- ${inlineCode(v.command)}${colon}${v.statusLabel} — ${v.at} — SHA-256 \`${v.sha256}\`${failed}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

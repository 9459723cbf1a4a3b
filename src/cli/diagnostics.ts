/**
 * How the CLI prints findings: JSON objects of one fixed shape, or text with the source line and a
 * caret line under the range, then `severity ruleId: message`.
 */
import { formatProfilePath, type Finding } from '../domain/finding.ts';
import { findingHeadline, formatFinding } from '../domain/messages.ts';
import { inertColumn, inertText } from '../domain/inert-text.ts';
import { countOf, t, type Lang } from '../i18n/index.ts';

/** A finding as JSON: every key always present, `null` where it does not apply. */
export interface JsonDiagnostic {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  path: string | null;
}

export function toJsonDiagnostic(finding: Finding, lang: Lang): JsonDiagnostic {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: formatFinding(finding, lang),
    line: finding.range?.line ?? null,
    column: finding.range?.column ?? null,
    endLine: finding.range?.endLine ?? null,
    endColumn: finding.range?.endColumn ?? null,
    path: finding.path ? formatProfilePath(finding.path) : null,
  };
}

/**
 * Text for one finding. With a range: `file:line:column`, the source line, a caret line under the
 * range (to the end of the line when the range spans lines), then `severity ruleId: message`.
 * With a profile path: `severity ruleId: message` and the path.
 */
export function formatDiagnosticText(finding: Finding, lang: Lang, source?: { name: string; lines: readonly string[] }): string {
  // Messages carry profile and script values: controls and bidi characters are shown, never sent.
  const headline = findingHeadline(finding, lang, inertText(formatFinding(finding, lang)));
  if (finding.range && source) {
    const { line, column, endLine, endColumn } = finding.range;
    const raw = (source.lines[line - 1] ?? '').replace(/\t/g, ' ');
    const text = inertText(raw);
    // The caret points at the same characters once the line is escaped.
    const start = inertColumn(raw, Math.max(1, column));
    const end = endLine === line ? Math.max(inertColumn(raw, Math.max(endColumn, column + 1)), start + 1) : text.length + 1;
    const caret = ' '.repeat(start - 1) + '^'.repeat(Math.max(1, Math.min(end, text.length + 1) - start));
    return [`${inertText(source.name)}:${line}:${column}`, `  ${text}`, `  ${caret}`, headline].join('\n');
  }
  if (finding.path) return `${headline}\n  ${t(lang, 'cli.at')} ${inertText(formatProfilePath(finding.path)) || '(profile)'}`;
  return headline;
}

/** Counts per severity, and the summary line. */
export function summary(findings: readonly Finding[], lang: Lang): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return t(lang, 'cli.summary', { errors: countOf(lang, 'error', count('error')), warnings: countOf(lang, 'warning', count('warning')), infos: countOf(lang, 'info', count('info')) });
}

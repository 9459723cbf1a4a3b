/**
 * A diagnostic of the editor as one string: two diagnostics with the same key show the same marker,
 * problem and fixes. The lint worker uses it to tell the page that nothing changed; the problems list
 * to redraw only the rows that did. Apart so that the editor's first-paint island can import it
 * without the linter.
 */
import type { EditorDiagnostic } from './diagnostics.ts';

/** @example diagnosticKey(d) // → 'ps-enum-value|error|1:46-1:50|Dula is not…|Replace…' */
export function diagnosticKey(d: EditorDiagnostic): string {
  const { range } = d;
  const fixes = d.fixes
    .map((fix) => `${fix.title}${fix.shell ?? ''}${fix.edits.map((e) => `${e.range.line}:${e.range.column}-${e.range.endLine}:${e.range.endColumn}=${e.text}`).join(';')}`)
    .join('|');
  return `${d.ruleId}|${d.severity}|${range.line}:${range.column}-${range.endLine}:${range.endColumn}|${d.message}|${fixes}`;
}

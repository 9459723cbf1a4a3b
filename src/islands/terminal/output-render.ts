/**
 * Turns the lab's output lines into terminal rows: colours by kind and severity, and for linter
 * diagnostics a caret line under the offending range, then `severity rule-id: message`, the same
 * shape the CLI prints. Pure (strings in, strings out) so it is unit-tested without xterm.
 */
import type { SourceRange } from '../../domain/finding.ts';
import { inertColumn, inertText } from '../../domain/inert-text.ts';

/** A line of lab output, as `runLine` returns it (severity is optional: the linter's, when known). */
export interface RenderableLine {
  kind: 'text' | 'error' | 'warning' | 'diagnostic' | 'table' | 'hint';
  text: string;
  range?: SourceRange;
  ruleId?: string;
  severity?: 'error' | 'warning' | 'info';
}

/** SGR colours; the xterm theme maps them to colours with at least 4.5:1 contrast on its background. */
export const sgr = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  red: '\x1b[91m',
  yellow: '\x1b[93m',
  cyan: '\x1b[96m',
  green: '\x1b[92m',
  dim: '\x1b[2m',
} as const;

const severityColour = { error: sgr.red, warning: sgr.yellow, info: sgr.cyan } as const;

/**
 * Lab output carries profile and script values: control, bidi and zero-width characters are shown
 * as their code points (the one rule of src/domain/inert-text.ts, as the CLI does), never sent to
 * xterm. Tabs become spaces first, as columns are counted one per character.
 */
const printable = (text: string) => inertText(text.replace(/\t/g, ' '));

export interface RenderContext {
  /** The command as submitted (continuation lines joined with `\n`). */
  command: string;
  /** Columns the prompt took before the command's first line (the caret aligns under the echo). */
  promptWidth: number;
  /** Columns of the continuation prompt (`>> `) before the other lines. */
  continuationWidth: number;
  /** Severity for diagnostics that do not carry one: a refused line's diagnostics are errors. */
  defaultSeverity: 'error' | 'warning';
  /** Localised severity words (`error`, `erreur`…). */
  severityLabel(severity: 'error' | 'warning' | 'info'): string;
}

/** The severity a diagnostic's text starts with (`warning ps-…: …`), if any. */
function severityInText(text: string, context: RenderContext): 'error' | 'warning' | 'info' | undefined {
  return (['error', 'warning', 'info'] as const).find((s) => text.startsWith(`${context.severityLabel(s)} `));
}

/** The caret under `range` of the line as submitted, placed on the line as shown (escaped). */
function caret(range: SourceRange, rawLine: string): string {
  const line = rawLine.replace(/\t/g, ' ');
  const lineText = printable(line);
  const start = inertColumn(line, Math.max(1, range.column));
  const end = range.endLine === range.line ? Math.max(inertColumn(line, Math.max(range.endColumn, range.column + 1)), start + 1) : lineText.length + 1;
  return ' '.repeat(start - 1) + '^'.repeat(Math.max(1, Math.min(end, lineText.length + 1) - start));
}

/**
 * The rows to print for one command's output. A diagnostic that comes first and points into the
 * line just echoed gets its caret right under it; any other is shown with its source line quoted.
 * @example renderOutput([{ kind: 'diagnostic', text: 'Unknown', ruleId: 'ps-unknown-command', range: { line: 1, column: 1, endLine: 1, endColumn: 4 } }], { command: 'Gte', promptWidth: 4, … })
 * // → ['    \x1b[91m^^^\x1b[0m', '\x1b[91merror ps-unknown-command:\x1b[0m Unknown']
 */
export function renderOutput(lines: readonly RenderableLine[], context: RenderContext): string[] {
  const sourceLines = context.command.split('\n');
  const rows: string[] = [];
  lines.forEach((line, index) => {
    const text = printable(line.text);
    switch (line.kind) {
      case 'diagnostic': {
        const severity = line.severity ?? severityInText(text, context) ?? context.defaultSeverity;
        const colour = severityColour[severity];
        if (line.range) {
          const raw = sourceLines[line.range.line - 1] ?? '';
          const source = printable(raw);
          const marks = caret(line.range, raw);
          // Directly under the echoed command only when nothing was printed since the echo.
          if (index === 0 && line.range.line === sourceLines.length) {
            const indent = line.range.line === 1 ? context.promptWidth : context.continuationWidth;
            rows.push(`${' '.repeat(indent)}${colour}${marks}${sgr.reset}`);
          } else {
            rows.push(`  ${source}`, `  ${colour}${marks}${sgr.reset}`);
          }
        }
        // The lab words diagnostics as `severity rule-id: message` (in French with a non-breaking space
        // before the colon, see `colon` in src/i18n); colour that head only.
        const match = line.ruleId ? new RegExp(`${line.ruleId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\u00a0?:`).exec(text) : null;
        if (match) {
          const cut = match.index + match[0].length;
          rows.push(`${colour}${text.slice(0, cut)}${sgr.reset}${text.slice(cut)}`);
        } else {
          const id = line.ruleId ? ` ${line.ruleId}` : '';
          rows.push(`${colour}${context.severityLabel(severity)}${id}:${sgr.reset} ${text}`);
        }
        return;
      }
      case 'error':
        rows.push(`${sgr.red}${text}${sgr.reset}`);
        return;
      case 'warning':
        rows.push(`${sgr.yellow}${text}${sgr.reset}`);
        return;
      case 'hint':
        rows.push(`${sgr.cyan}${text}${sgr.reset}`);
        return;
      default:
        rows.push(text);
    }
  });
  return rows;
}

/**
 * Wraps a message at word boundaries to the terminal's width (xterm itself would cut words in two).
 * Only for the terminal's own sentences: lab output keeps its columns.
 * @example wrapWords('the lab is ready', 8) // → ['the lab', 'is ready']
 */
export function wrapWords(text: string, cols: number): string[] {
  const width = Math.max(10, cols);
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(/ +/)) {
    if (row && row.length + 1 + word.length > width) {
      rows.push(row);
      row = '';
    }
    // A word longer than the row is cut, as the terminal would.
    let rest = word;
    while (rest.length > width) {
      rows.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    row = row ? `${row} ${rest}` : rest;
  }
  if (row || rows.length === 0) rows.push(row);
  return rows;
}

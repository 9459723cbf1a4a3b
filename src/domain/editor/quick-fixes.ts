/**
 * Quick fixes for the script editor: for a finding, the edits that repair it when the repair is
 * certain — a typographic quote or dash replaced by its ASCII form, an invalid enum value or an
 * unknown parameter replaced by the one the rule suggests, `-Switch $false` joined into
 * `-Switch:$false`, missing mandatory parameters inserted as placeholders the script cannot run
 * with, the service restart a startup-mode change needs — and, for a command of another shell, the
 * shell to check the script for. Pure: edits are ranges and texts; titles are message keys.
 */
import type { Finding, FindingParams, SourceRange } from '../finding.ts';
import type { CommandBinding } from '../powershell/binder.ts';
import { rangeOf, type ScriptRuleInput } from '../powershell/script-rule.ts';
import { lineStarts as sourceLineStarts } from '../powershell/tokenizer.ts';
import type { EditorShell } from './diagnostics.ts';

export interface TextEdit {
  range: SourceRange;
  text: string;
}

export interface QuickFix {
  /** Message key of the fix's title (`editor.fix.*`) and its parameters. */
  title: string;
  params: FindingParams;
  edits: TextEdit[];
  /** The one fix to apply when the reader asks for "the" fix (Monaco's preferred action). */
  preferred: boolean;
  /** Instead of an edit: check the script for another shell. */
  shell?: EditorShell;
}

/**
 * Offsets of line starts: the parse's own table (\r, \n and \r\n end a line, as in the findings'
 * ranges and in the editor), not a second count.
 */
function lineStarts(input: ScriptRuleInput): readonly number[] {
  return input.parsed.lines.lineStarts;
}

function offsetOf(input: ScriptRuleInput, line: number, column: number): number {
  return (lineStarts(input)[line - 1] ?? input.source.length) + column - 1;
}

function textOf(input: ScriptRuleInput, range: SourceRange): string {
  return input.source.slice(offsetOf(input, range.line, range.column), offsetOf(input, range.endLine, range.endColumn));
}

const sameRange = (a: SourceRange, b: SourceRange) => a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;

/** The binding whose command name is at `range` (rules that report on the command name). */
function bindingNamedAt(input: ScriptRuleInput, range: SourceRange): CommandBinding | undefined {
  return input.bindings.find((b) => sameRange(rangeOf(input.parsed, b.command.name), range));
}

/** The end of the line `line` (before `\r\n` or `\n`), as a range of length 0. */
function endOfLine(input: ScriptRuleInput, line: number): SourceRange {
  const starts = lineStarts(input);
  const next = starts[line] ?? input.source.length + 1;
  let end = next - 1;
  if (end > input.source.length) end = input.source.length;
  if (input.source[end - 1] === '\r') end -= 1;
  const column = end - starts[line - 1]! + 1;
  return { line, column, endLine: line, endColumn: column };
}

/** The leading white space of a line. */
function indentation(input: ScriptRuleInput, line: number): string {
  const start = lineStarts(input)[line - 1]!;
  return /^[ \t]*/.exec(input.source.slice(start, start + 200))![0];
}

const editorShellNames: readonly string[] = ['exchange', 'lync', 'cmd'];

/** The quick fixes of one finding (none when no repair is certain). */
export function quickFixesFor(finding: Finding, input: ScriptRuleInput): QuickFix[] {
  const range = finding.range;
  if (!range) return [];
  const p = finding.params;
  switch (finding.ruleId) {
    case 'ps-typographic-character':
      return [{ title: 'editor.fix.replace', params: { from: String(p.character), to: String(p.replacement) }, edits: [{ range, text: String(p.replacement) }], preferred: true }];

    case 'ps-enum-value': {
      if (p.variant !== 'suggestion') return [];
      // Only a value written alone (bare or quoted) is replaced; an item inside a string list is not.
      const written = textOf(input, range);
      const quoted = /^(['"])(.*)\1$/.exec(written);
      const value = quoted ? quoted[2] : written;
      if (value !== p.value) return [];
      const text = quoted ? `${quoted[1]}${String(p.suggestion)}${quoted[1]}` : String(p.suggestion);
      return [{ title: 'editor.fix.replace', params: { from: written, to: text }, edits: [{ range, text }], preferred: true }];
    }

    case 'ps-unknown-parameter': {
      if (p.variant !== 'suggestion') return [];
      const written = textOf(input, range);
      const text = `${written[0]}${String(p.suggestion)}`;
      return [{ title: 'editor.fix.replace', params: { from: written, to: text }, edits: [{ range, text }], preferred: true }];
    }

    case 'ps-unexpected-argument': {
      if (p.variant !== 'after-switch') return [];
      const argument = textOf(input, range);
      if (!/^\$(true|false)$/i.test(argument)) return [];
      for (const binding of input.bindings) {
        const elements = binding.command.elements;
        const index = elements.findIndex((e) => sameRange(rangeOf(input.parsed, e), range));
        const previous = index > 0 ? elements[index - 1] : undefined;
        if (previous?.kind !== 'CommandParameter' || previous.colon) continue;
        // Replace what separates `-Switch` from `$false` (spaces, a backtick line break) with a colon.
        const previousRange = rangeOf(input.parsed, previous);
        const between = { line: previousRange.endLine, column: previousRange.endColumn, endLine: range.line, endColumn: range.column };
        const name = textOf(input, previousRange);
        return [{ title: 'editor.fix.switchValue', params: { text: `${name}:${argument}` }, edits: [{ range: between, text: ':' }], preferred: true }];
      }
      return [];
    }

    case 'ps-missing-mandatory': {
      const binding = bindingNamedAt(input, range);
      if (!binding || binding.missingMandatory.length === 0) return [];
      // Placeholders as `<Name>`: PowerShell refuses to run the line until each one is replaced.
      const text = binding.missingMandatory.map((name) => ` -${name} <${name}>`).join('');
      const end = rangeOf(input.parsed, binding.command);
      const at = { line: end.endLine, column: end.endColumn, endLine: end.endLine, endColumn: end.endColumn };
      return [{ title: 'editor.fix.placeholders', params: { parameters: String(p.parameters) }, edits: [{ range: at, text }], preferred: true }];
    }

    case 'ps-wrong-shell': {
      const shell = String(p.variant);
      if (!editorShellNames.includes(shell)) return [];
      return [{ title: 'editor.fix.shell', params: { shell }, edits: [], preferred: false, shell: shell as EditorShell }];
    }

    case 'order-restart-after-startup-mode': {
      const service = String(p.service);
      if (service !== 'MSExchangeUM' && service !== 'MSExchangeUMCR') return [];
      const at = endOfLine(input, range.endLine);
      const command = `Restart-Service -Name ${service}`;
      return [{ title: 'editor.fix.restart', params: { command }, edits: [{ range: at, text: `\n${indentation(input, range.line)}${command}` }], preferred: false }];
    }

    default:
      return [];
  }
}

/**
 * Applies edits to a text (ranges of the original text, applied from the last to the first).
 * @example applyEdits('a–b', [{ range: { line: 1, column: 2, endLine: 1, endColumn: 3 }, text: '-' }]) // → 'a-b'
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const starts = sourceLineStarts(source);
  const offset = (line: number, column: number) => (starts[line - 1] ?? source.length) + column - 1;
  const sorted = edits
    .map((e) => ({ start: offset(e.range.line, e.range.column), end: offset(e.range.endLine, e.range.endColumn), text: e.text }))
    .sort((a, b) => b.start - a.start);
  let out = source;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

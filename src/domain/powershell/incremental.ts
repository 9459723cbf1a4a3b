/**
 * Incremental parsing and binding for an editor: the script is kept as a list of chunks, each a run
 * of whole top-level statements that parses the same alone as inside the script. After an edit only
 * the chunks the edit touches are parsed and bound again; the chunks after it keep their trees and
 * bindings, moved to their new place. `prepare` returns exactly what `prepareScript` returns for the
 * same text (test/domain/powershell/incremental.test.ts checks it on random edits), so every rule,
 * ordering rules across the whole script included, runs unchanged on the result.
 *
 * A boundary between chunks is a line start where a top-level statement begins, with nothing but
 * blanks before it on its line, the previous statement ended on an earlier line, and the statement
 * is not one that continues the previous one (`else`, `elseif`, `catch`, `finally`, `while`/`until`
 * after `do`). A re-parsed region that ends inside an open construct (an unclosed brace, string or
 * comment, a pipe or backtick that continues on the next line) takes in the next chunk and is parsed
 * again, up to the end of the script if need be: then the edit really changed the rest of the script.
 */
import { catalog as sharedCatalog, type Catalog } from '../catalog/index.ts';
import type { SourceRange } from '../finding.ts';
import type { CommandAst, ParseDiagnostic, ParseResult, StatementAst } from './ast.ts';
import { bindCommand, type CommandBinding } from './binder.ts';
import { prepareScript, withoutInertBlocks } from './linter.ts';
import { parseScript } from './parser.ts';
import { LineIndex } from './tokenizer.ts';
import type { LintOptions, ScriptRuleInput } from './script-rule.ts';

/** The least number of lines a chunk holds before a boundary may end it (fewer, larger chunks). */
export const CHUNK_MIN_LINES = 24;

interface Chunk {
  /** Offset of the chunk's first character in the current text. */
  start: number;
  /** Its length in characters (a chunk but the last ends just after a line break). */
  length: number;
  /** 0-based index of its first line in the current text. */
  line: number;
  /** Line breaks it holds. */
  breaks: number;
  statements: StatementAst[];
  commands: CommandAst[];
  diagnostics: ParseDiagnostic[];
  bindings: CommandBinding[];
}

/** Statements that continue the statement before them: never the first of a chunk. */
const continuation = /^(?:else|elseif|catch|finally|while|until)(?![\w-])/i;

/** Keys of binding fields that point into the catalog or hold no positions: never walked. */
const notPositions = new Set(['spec', 'cmdlet', 'resolution', 'table', 'evaluated', 'params', 'source']);
/** Keys whose value is a SourceRange (parse diagnostics; nodes and bindings hold offsets only). */
const rangeKeys = new Set(['range']);

/**
 * Moves every position held by `roots` (syntax nodes, parse diagnostics, bindings) by `offset`
 * characters and `lines` lines: nodes and bindings hold offsets (`start`, `end`, `nameEnd`), parse
 * diagnostics a line/column range. Chunks start at a line start, so columns never change. Objects
 * reached twice (a binding's command is also in the command list) move once.
 */
function shift(roots: readonly unknown[], offset: number, lines: number): void {
  if (offset === 0 && lines === 0) return;
  const seen = new Set<object>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const field = record[key];
      if (typeof field === 'number') {
        if (key === 'start' || key === 'end' || key === 'nameEnd') record[key] = field + offset;
      } else if (typeof field === 'object' && field !== null && !notPositions.has(key)) {
        if (rangeKeys.has(key)) {
          if (!seen.has(field)) {
            seen.add(field);
            const range = field as SourceRange;
            range.line += lines;
            range.endLine += lines;
          }
        } else stack.push(field);
      }
    }
  }
}

/**
 * Parses and binds a script incrementally across calls. One instance follows one editor's text.
 * @example const script = new IncrementalScript(); script.prepare(text, options); script.prepare(edited, options) // re-parses only near the edit
 */
export class IncrementalScript {
  private text = '';
  private chunks: Chunk[] = [];
  private mode: 'powershell' | 'cmd' | undefined;
  /** Characters parsed by the last `prepare` (for measurements and tests). */
  lastParsedCharacters = 0;

  constructor(private readonly catalog: Catalog = sharedCatalog) {}

  /** What `prepareScript(source, options)` returns, re-using the chunks the edit did not touch. */
  prepare(source: string, options: LintOptions = {}): ScriptRuleInput {
    this.lastParsedCharacters = 0;
    const shell = options.shell ?? 'any';
    // cmd.exe scripts are line-based and short: parsed whole (parseCmd has no statements to chunk).
    if (shell === 'cmd') {
      this.reset();
      this.lastParsedCharacters = source.length;
      return prepareScript(source, options, this.catalog);
    }
    if (this.mode !== 'powershell') this.reset();
    this.mode = 'powershell';
    this.update(source);
    return this.assemble(source, { ...options, shell });
  }

  private reset(): void {
    this.text = '';
    this.chunks = [];
    this.mode = undefined;
  }

  /** Brings the chunks up to date with `next`. */
  private update(next: string): void {
    const previous = this.text;
    if (this.chunks.length === 0) {
      this.chunks = this.parseRegion(next, 0, next.length, 0);
      this.text = next;
      return;
    }
    if (previous === next) return;
    // The changed span: what is left after the common beginning and the common end.
    const shortest = Math.min(previous.length, next.length);
    let head = 0;
    while (head < shortest && previous.charCodeAt(head) === next.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < shortest - head && previous.charCodeAt(previous.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)) tail++;
    const changedEnd = previous.length - tail; // in the previous text
    const delta = next.length - previous.length;

    const chunks = this.chunks;
    // First touched chunk: the one before a change that starts exactly at a boundary is taken too
    // (a line break removed at its end joins it to the next line).
    let first = this.chunkAt(Math.max(0, head - 1));
    let last = Math.max(first, this.chunkAt(Math.max(head, changedEnd - 1)));
    // A region that now starts with `else` (or another continuation) belongs to the chunk before.
    while (first > 0 && continuation.test(next.slice(chunks[first]!.start, chunks[first]!.start + 40).trimStart())) first -= 1;
    const regionStart = chunks[first]!.start;
    const startLine = chunks[first]!.line;
    let regionEnd = chunks[last]!.start + chunks[last]!.length + delta; // in the next text
    let parsed: Chunk[];
    for (;;) {
      parsed = this.parseRegion(next, regionStart, regionEnd, startLine, last === chunks.length - 1);
      if (parsed.length > 0 || last === chunks.length - 1) break;
      // The region ends inside an open construct: take in the next chunk.
      last += 1;
      regionEnd += chunks[last]!.length;
    }
    const newBreaks = parsed.reduce((n, c) => n + c.breaks, 0);
    const oldBreaks = chunks.slice(first, last + 1).reduce((n, c) => n + c.breaks, 0);
    const lineDelta = newBreaks - oldBreaks;
    const after = chunks.slice(last + 1);
    for (const chunk of after) {
      shift([chunk.statements, chunk.commands, chunk.diagnostics, chunk.bindings], delta, lineDelta);
      chunk.start += delta;
      chunk.line += lineDelta;
    }
    this.chunks = [...chunks.slice(0, first), ...parsed, ...after];
    this.text = next;
  }

  /** Index of the chunk holding `offset` of the current (previous) text. */
  private chunkAt(offset: number): number {
    const chunks = this.chunks;
    let low = 0;
    let high = chunks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (chunks[middle]!.start <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /**
   * Parses `text[start, end)` alone and cuts it into chunks; an empty list when the region is not
   * `final` and ends inside an open construct (it must then grow).
   */
  private parseRegion(text: string, start: number, end: number, startLine: number, final = true): Chunk[] {
    const region = text.slice(start, end);
    this.lastParsedCharacters += region.length;
    const parsed = parseScript(region);
    const starts = parsed.lines.lineStarts;
    if (!final && !endsCleanly(parsed, region, starts)) return [];
    // Positions in the whole text, then binding (bound parameters copy offsets).
    shift([parsed.script.statements, parsed.commands, parsed.diagnostics], start, startLine);
    const statements = parsed.script.statements;
    // Chunk boundaries (offsets in the region) with the index of the statement each one starts.
    const cuts: { offset: number; statement: number; line: number }[] = [];
    let chunkLine = 0;
    for (let i = 1; i < statements.length; i++) {
      const statement = statements[i]!;
      const line = parsed.lines.lineIndex(statement.start - start); // 0-based, in the region
      const lineStart = starts[line]!;
      if (line - chunkLine < CHUNK_MIN_LINES) continue;
      if (statements[i - 1]!.end - start >= lineStart) continue;
      if (!/^[ \t]*$/.test(region.slice(lineStart, statement.start - start))) continue;
      if (continuation.test(region.slice(statement.start - start, statement.start - start + 8))) continue;
      cuts.push({ offset: lineStart, statement: i, line });
      chunkLine = line;
    }
    const bindings = withoutInertBlocks(parsed.commands.map((command) => bindCommand(command, this.catalog, 'powershell')));
    const chunks: Chunk[] = [];
    let commandIndex = 0;
    let bindingIndex = 0;
    let diagnosticIndex = 0;
    const bounds = [{ offset: 0, statement: 0, line: 0 }, ...cuts, { offset: region.length, statement: statements.length, line: starts.length - 1 }];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      const limit = start + to.offset;
      const lastChunk = k + 2 === bounds.length;
      const take = <T>(items: readonly T[], index: number, inside: (item: T) => boolean): [T[], number] => {
        let j = index;
        while (j < items.length && (lastChunk || inside(items[j]!))) j++;
        return [items.slice(index, j), j];
      };
      let commands: CommandAst[];
      let chunkBindings: CommandBinding[];
      let diagnostics: ParseDiagnostic[];
      [commands, commandIndex] = take(parsed.commands, commandIndex, (c) => c.start < limit);
      [chunkBindings, bindingIndex] = take(bindings, bindingIndex, (b) => b.command.start < limit);
      [diagnostics, diagnosticIndex] = take(parsed.diagnostics, diagnosticIndex, (d) => d.range.line - 1 - startLine < to.line);
      chunks.push({
        start: start + from.offset,
        length: to.offset - from.offset,
        line: startLine + from.line,
        breaks: to.line - from.line,
        statements: statements.slice(from.statement, to.statement),
        commands,
        diagnostics,
        bindings: chunkBindings,
      });
    }
    return chunks;
  }

  /** The rules' input for the whole text, from the chunks. */
  private assemble(source: string, options: ScriptRuleInput['options']): ScriptRuleInput {
    // One concat per list: the engine sizes it once and copies each chunk's part in a block, where
    // a push per item grows the array again and again (this runs on every keystroke).
    const chunks = this.chunks;
    const statements = ([] as StatementAst[]).concat(...chunks.map((chunk) => chunk.statements));
    const commands = ([] as CommandAst[]).concat(...chunks.map((chunk) => chunk.commands));
    const diagnostics = ([] as ParseDiagnostic[]).concat(...chunks.map((chunk) => chunk.diagnostics));
    const bindings = ([] as CommandBinding[]).concat(...chunks.map((chunk) => chunk.bindings));
    const parsed: ParseResult = { script: { kind: 'Script', statements, start: 0, end: source.length }, commands, diagnostics, source, lines: new LineIndex(source) };
    return { source, parsed, catalog: this.catalog, options, bindings };
  }
}

/** A line that may continue on the next one (conservative: a false alarm only parses more). */
const openEnd = /[`|,=({[+\-*/%.&!<>]\s*$/;

/**
 * True when a region that ends with a line break parsed as it would inside the script: nothing left
 * open at its end. Its last statement ends before the final line break, its last line does not go
 * on, nothing is unclosed, and when the parser met an error it found its feet again: a whole
 * statement starts on a line after the last error (error recovery may skip text up to the end of
 * the region without a word, and inside the script it would have skipped further).
 */
function endsCleanly(parsed: ParseResult, region: string, starts: readonly number[]): boolean {
  const lastLine = starts.length - 1; // 1-based number of the region's last content line
  if (lastLine === 0 || starts[lastLine] !== region.length) return false; // no final line break: not a boundary
  const breakAt = region.length - (region.endsWith('\r\n') ? 2 : 1);
  // A last line ending with a backtick, a pipe, a comma, an operator or an opener goes on.
  if (openEnd.test(region.slice(starts[lastLine - 1]!, breakAt))) return false;
  const tail = parsed.script.statements.at(-1);
  // The final line break must end the last statement, not be white space inside it.
  if (tail && tail.end > breakAt) return false;
  let lastError = 0;
  for (const d of parsed.diagnostics) {
    if (d.code === 'unclosed') return false;
    lastError = Math.max(lastError, d.range.endLine);
  }
  return lastError === 0 || (tail !== undefined && parsed.lines.line(tail.start) > lastError);
}

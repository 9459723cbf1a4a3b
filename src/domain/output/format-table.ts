/**
 * Reads `Format-Table` text: a header, a rule of dashes under each label, then one row per object.
 * Columns are found from the dashes (one group per column), not from spaces in the rows, so a
 * value with spaces (`ParisSIP Default Policy`) stays one cell.
 */
import { promptCommand } from './text.ts';
import { printedValue, type ShellObject } from './types.ts';

/** What the table parser found: the objects (one per row), the headers of each table, stray lines. */
export interface FormatTableResult {
  objects: ShellObject[];
  headers: string[][];
  strayLines: number[];
}

interface Column {
  name: string;
  start: number;
  end: number;
}

const dashRule = /^\s*-+(?:\s+-+)*\s*$/;

/** The columns of a header line from the dash groups of the rule under it. */
function columnsOf(header: string, rule: string): Column[] {
  const columns: Column[] = [];
  for (const match of rule.matchAll(/-+/g)) {
    const start = match.index;
    let end = start + match[0].length;
    // A rule shorter than its label (hand-edited examples) still names the whole word.
    while (end < header.length && header[end] !== ' ') end++;
    columns.push({ name: header.slice(start, end).trim(), start, end });
  }
  return columns.filter((c) => c.name !== '');
}

/**
 * Cuts a row into cells. A cell starts at its column's dash group; when a word crosses that start
 * (a right-aligned value wider than its label), the cut moves back to the space before the word.
 */
function cellsOf(row: string, columns: readonly Column[]): string[] {
  const cuts = columns.map((column, i) => {
    if (i === 0) return 0;
    let cut = column.start;
    if (cut < row.length && row[cut - 1] !== ' ' && row[cut] !== ' ') {
      let back = cut;
      while (back > columns[i - 1]!.start && row[back - 1] !== ' ') back--;
      if (back > columns[i - 1]!.start) cut = back;
    }
    return cut;
  });
  return cuts.map((cut, i) => row.slice(cut, i + 1 < cuts.length ? cuts[i + 1] : undefined).trim());
}

/** A `-Wrap` continuation line: the last column empty, at most half of the cells filled. */
function isContinuation(cells: readonly string[]): boolean {
  if (cells.length < 2 || cells[cells.length - 1] !== '') return false;
  return cells.filter((c) => c !== '').length * 2 <= cells.length;
}

/**
 * Parses Format-Table output (lines already split, see `prepareText`). Never throws.
 *
 * - Each header + dash rule starts a table; several tables (types changing mid-output) are read in turn.
 * - A row with an empty last cell and at most half of its cells filled continues the row above
 *   (`Format-Table -Wrap` puts the rest of a long value on the next line), joined with a space.
 * - A cell ending in `...` or `…` is marked truncated; `{a, b}` cells are collections.
 *
 * @example parseFormatTable(['Name Address', '---- -------', '1:1  pool.contoso.com']).objects[0].properties[1].text
 * // → 'pool.contoso.com'
 */
export function parseFormatTable(lines: readonly string[]): FormatTableResult {
  const objects: ShellObject[] = [];
  const headers: string[][] = [];
  const strayLines: number[] = [];
  let columns: Column[] | undefined;
  let rows: { line: number; cells: string[] }[] = [];
  const flush = () => {
    if (columns) {
      for (const row of rows) {
        objects.push({
          line: row.line,
          properties: columns.map((column, i) => printedValue(column.name, row.cells[i] ?? '')),
        });
      }
    }
    rows = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1];
    if (line.trim() !== '' && !dashRule.test(line) && next !== undefined && dashRule.test(next) && promptCommand(line) === undefined) {
      const found = columnsOf(line, next);
      if (found.length > 0) {
        flush();
        columns = found;
        headers.push(found.map((c) => c.name));
        index++;
        continue;
      }
    }
    if (line.trim() === '' || promptCommand(line) !== undefined) {
      if (promptCommand(line) !== undefined) {
        flush();
        columns = undefined;
      }
      continue;
    }
    if (!columns) {
      strayLines.push(index + 1);
      continue;
    }
    const cells = cellsOf(line, columns);
    const previous = rows[rows.length - 1];
    if (previous && isContinuation(cells)) {
      cells.forEach((cell, i) => {
        if (cell !== '') previous.cells[i] = previous.cells[i] ? `${previous.cells[i]} ${cell}` : cell;
      });
      continue;
    }
    rows.push({ line: index + 1, cells });
  }
  flush();
  return { objects, headers, strayLines };
}

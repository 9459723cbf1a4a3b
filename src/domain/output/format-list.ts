/**
 * Reads `Format-List` text: `Name : value` lines, names padded to the longest of their object,
 * one blank line between objects. Long values wrap onto lines indented to the value column; a
 * collection prints as `{a, b}` and is cut to `$FormatEnumerationLimit` items with `...`.
 */
import { printedValue, type ShellObject, type ShellProperty } from './types.ts';
import { promptCommand } from './text.ts';

/** What the list parser found: the objects, and lines it could not place (1-based). */
export interface FormatListResult {
  objects: ShellObject[];
  /** Non-blank lines that are neither a property nor a continuation: a heading, a warning, noise. */
  strayLines: number[];
}

/** `Name : value` — a name is a word (letters, digits, `_`, `.`, `-`), then ` : ` or a bare ` :` at the end. */
const propertyLine = /^([A-Za-z_][\w.-]*)(\s*) :(?: (.*))?$/;

/**
 * Parses Format-List output (lines already split, see `prepareText`). Never throws.
 *
 * Rules, from how PowerShell's list view prints:
 * - a blank line ends an object; a name seen twice in one object also starts a new one (pastes
 *   that lost their blank lines);
 * - a line indented at least to the value column of the object continues the previous value
 *   (joined without a space: the shell cut it at the console width, except after `,`);
 * - prompt lines echoing a command are skipped.
 *
 * @example parseFormatList(['', 'Name    : ParisSIP', 'URIType : SipName']).objects[0].properties[1]
 * // → { name: 'URIType', text: 'SipName', items: null, truncated: false }
 */
export function parseFormatList(lines: readonly string[]): FormatListResult {
  const objects: ShellObject[] = [];
  const strayLines: number[] = [];
  let current: { line: number; raw: { name: string; value: string }[]; column: number } | undefined;
  const close = () => {
    if (current && current.raw.length > 0) objects.push({ line: current.line, properties: current.raw.map(toProperty) });
    current = undefined;
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      close();
      return;
    }
    if (promptCommand(line) !== undefined) {
      close();
      return;
    }
    const match = propertyLine.exec(line);
    // A continuation: indented, and an object is open (it may itself look like `a : b`, e.g. `Translation : x`).
    if (current && current.raw.length > 0 && /^\s/.test(line)) {
      const indent = line.length - line.trimStart().length;
      if (indent >= Math.min(current.column, 8)) {
        const last = current.raw[current.raw.length - 1]!;
        const piece = line.trim();
        last.value = last.value === '' ? piece : last.value.endsWith(',') ? `${last.value} ${piece}` : last.value + piece;
        return;
      }
    }
    if (match) {
      const name = match[1]!;
      const column = name.length + match[2]!.length + 3;
      if (current && current.raw.some((p) => p.name.toLowerCase() === name.toLowerCase())) close();
      current ??= { line: index + 1, raw: [], column };
      current.column = Math.max(current.column, column);
      current.raw.push({ name, value: match[3] ?? '' });
      return;
    }
    strayLines.push(index + 1);
  });
  close();
  return { objects, strayLines };
}

function toProperty(raw: { name: string; value: string }): ShellProperty {
  return printedValue(raw.name, raw.value);
}

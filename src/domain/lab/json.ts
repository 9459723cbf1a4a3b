/**
 * `ConvertTo-Json` as Windows PowerShell 5.1 prints it: four-space indentation counted from the
 * column where a nested value starts, two spaces after each colon, `'`, `<`, `>` and `&` escaped as
 * `\u0027`… (its JavaScriptSerializer does so), an empty list as `[` and `]` around an empty line,
 * and containers `-Depth` levels down (2 by default) written as their text
 * (`"System.Collections.Hashtable"`). `-Compress` gives the same JSON on one line.
 *
 * @example
 * convertToJson({ kind: 'hashtable', entries: { a: { key: 'a', value: [1, 2] } } }, { depth: 2, compress: false })
 * // → '{\n    "a":  [\n              1,\n              2\n          ]\n}'
 */
import { isTagged, toText, type PsValue } from './values.ts';

export interface JsonOptions {
  depth: number;
  compress: boolean;
}

/** A JSON node once the depth limit is applied: what will be written, before layout. */
type Node = { kind: 'scalar'; text: string } | { kind: 'list'; items: Node[] } | { kind: 'map'; entries: [string, Node][] };

/** A JSON string literal with JavaScriptSerializer's extra escapes. */
function jsonString(text: string): string {
  return JSON.stringify(text).replace(/[<>'&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function toNode(value: PsValue, level: number, depth: number): Node {
  if (value === null) return { kind: 'scalar', text: 'null' };
  if (typeof value === 'boolean') return { kind: 'scalar', text: value ? 'true' : 'false' };
  if (typeof value === 'number') return { kind: 'scalar', text: Number.isFinite(value) ? String(value) : jsonString(String(value)) };
  if (typeof value === 'string') return { kind: 'scalar', text: jsonString(value) };
  // Past the depth, a container is written as its text, as PowerShell's ToString() gives it.
  if (level >= depth) return { kind: 'scalar', text: jsonString(Array.isArray(value) ? 'System.Object[]' : toText(value)) };
  if (Array.isArray(value)) return { kind: 'list', items: value.map((item) => toNode(item, level + 1, depth)) };
  if (isTagged(value) && value.kind === 'hashtable') {
    return { kind: 'map', entries: Object.values(value.entries).map(({ key, value: v }) => [key, toNode(v, level + 1, depth)]) };
  }
  if (isTagged(value) && value.kind === 'object') {
    return { kind: 'map', entries: Object.entries(value.properties).map(([key, v]) => [key, toNode(v, level + 1, depth)]) };
  }
  return { kind: 'scalar', text: jsonString(toText(value)) };
}

function compact(node: Node): string {
  if (node.kind === 'scalar') return node.text;
  if (node.kind === 'list') return `[${node.items.map(compact).join(',')}]`;
  return `{${node.entries.map(([key, value]) => `${jsonString(key)}:${compact(value)}`).join(',')}}`;
}

/** Lays a node out from `column`, the column its first character is written at. */
function layout(node: Node, column: number): string {
  if (node.kind === 'scalar') return node.text;
  const inner = ' '.repeat(column + 4);
  const close = ' '.repeat(column);
  if (node.kind === 'list') {
    if (node.items.length === 0) return `[\n\n${close}]`;
    return `[\n${node.items.map((item) => inner + layout(item, column + 4)).join(',\n')}\n${close}]`;
  }
  if (node.entries.length === 0) return `{\n\n${close}}`;
  const lines = node.entries.map(([key, value]) => {
    const head = `${jsonString(key)}:  `;
    return inner + head + layout(value, column + 4 + head.length);
  });
  return `{\n${lines.join(',\n')}\n${close}}`;
}

/** The JSON text of a value (see the module comment for the layout). */
export function convertToJson(value: PsValue, options: JsonOptions): string {
  const node = toNode(value, 0, Math.max(0, Math.trunc(options.depth)));
  return options.compress ? compact(node) : layout(node, 0);
}

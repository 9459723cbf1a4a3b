/**
 * Reads `ConvertTo-Json` output. Windows PowerShell 5.1 indents oddly (four spaces, two after the
 * colon) and escapes `'`, `<`, `>`, `&` as `\u0027`…; all of it is valid JSON. Dates print as
 * `"\/Date(1767225600000)\/"`; enums as numbers unless the script cast them to strings (the
 * inventory scripts do).
 */
import type { ShellObject, ShellProperty } from './types.ts';

/** What the JSON reader gives: the top-level objects as printed objects, or where the JSON breaks. */
export type JsonOutputResult =
  | { ok: true; value: unknown; objects: ShellObject[] }
  | { ok: false; reason: 'invalidJson'; params: { detail: string } };

/**
 * Parses ConvertTo-Json text (an object, or an array of objects). Never throws.
 * @example parseConvertToJson('{ "Name": "ParisSIP", "VoIPSecurity": "Secured" }').objects[0].properties[1].text // → 'Secured'
 */
export function parseConvertToJson(text: string): JsonOutputResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, reason: 'invalidJson', params: { detail: error instanceof Error ? error.message.slice(0, 160) : 'invalid' } };
  }
  const list = Array.isArray(value) ? value : [value];
  const objects: ShellObject[] = [];
  for (const item of list) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
    objects.push({
      line: 1,
      properties: Object.entries(item as Record<string, unknown>).map(([name, v]) => jsonProperty(name, v)),
    });
  }
  return { ok: true, value, objects };
}

/** A JSON value as the text PowerShell would print for it. */
export function jsonText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') {
    const date = /^\/Date\((-?\d+)\)\/$/.exec(value);
    return date ? new Date(Number(date[1])).toISOString().slice(0, 10) : value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(jsonText).join(', ');
  // A nested object: deserialised values often carry their text in `value` / `Value` or `DisplayName`.
  const record = value as Record<string, unknown>;
  for (const key of ['Value', 'value', 'DisplayName', 'Name', 'Identity']) if (key in record) return jsonText(record[key]);
  return JSON.stringify(value).slice(0, 200);
}

function jsonProperty(name: string, value: unknown): ShellProperty {
  if (Array.isArray(value)) return { name, text: value.map(jsonText).join(', '), items: value.map(jsonText), truncated: false };
  return { name, text: jsonText(value), items: null, truncated: false };
}

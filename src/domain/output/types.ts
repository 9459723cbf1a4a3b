/**
 * What the output parsers produce: objects as the shell printed them. Property names are kept as
 * printed (PowerShell never localises them); values stay text, because that is what the operator
 * pasted — the checker compares text, never guesses types.
 */

/** One property of a printed object. */
export interface ShellProperty {
  /** The name as printed (`URIType`, `Services`). */
  name: string;
  /** The value as printed, wrapped lines joined, without the `{…}` of a collection. */
  text: string;
  /** The items of a collection printed as `{a, b}` (or a JSON array); null for a single value. */
  items: string[] | null;
  /** True when the shell cut the value short (`...`, `…`, `{a, b...}`): what is missing is unknown. */
  truncated: boolean;
}

/** One printed object: its properties in the order printed, and the (1-based) line it starts on. */
export interface ShellObject {
  line: number;
  properties: ShellProperty[];
}

/** The property `name` of an object, case-insensitively (PowerShell member names ignore case). */
export function shellProperty(object: ShellObject, name: string): ShellProperty | undefined {
  const lower = name.toLowerCase();
  return object.properties.find((p) => p.name.toLowerCase() === lower);
}

/** A collection's items, or a flags value such as `IMAP, POP, UM` split on commas, or the single value. */
export function propertyItems(property: ShellProperty): string[] {
  if (property.items) return property.items;
  if (property.text === '') return [];
  return property.text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** The marks PowerShell uses for a cut value: three dots (Windows PowerShell) or an ellipsis (PowerShell 7). */
export const truncationMarks = ['...', '…'] as const;

/** Removes a trailing truncation mark; says whether there was one. */
export function stripTruncation(text: string): { text: string; truncated: boolean } {
  for (const mark of truncationMarks) {
    if (text.endsWith(mark)) return { text: text.slice(0, -mark.length).trimEnd(), truncated: true };
  }
  // Some documentation examples (and narrow consoles) cut with two dots: `4d819ce9-9257-44..`.
  if (/[^.]\.\.$/.test(text)) return { text: text.slice(0, -2), truncated: true };
  return { text, truncated: false };
}

/**
 * A printed value as a property: `{a, b}` → items; `{a, b...}` → items, truncated; `{}` → no items.
 * @example printedValue('{ParisSIP, LyonSIP}') // → { text: 'ParisSIP, LyonSIP', items: ['ParisSIP', 'LyonSIP'], truncated: false }
 */
export function printedValue(name: string, raw: string): ShellProperty {
  const value = raw.trim();
  if (value.startsWith('{') && value.endsWith('}')) {
    const inner = value.slice(1, -1).trim();
    const cut = stripTruncation(inner);
    const items = cut.text === '' ? [] : splitCollection(cut.text);
    return { name, text: cut.text, items, truncated: cut.truncated };
  }
  const cut = stripTruncation(value);
  // A table cell cut inside a collection: `{+33140001000, +3314000...` (no closing brace left).
  if (cut.truncated && cut.text.startsWith('{')) {
    const inner = cut.text.slice(1).trim();
    return { name, text: inner, items: inner === '' ? [] : splitCollection(inner), truncated: true };
  }
  return { name, text: cut.text, items: null, truncated: cut.truncated };
}

/**
 * Splits the inside of `{…}` on the `, ` PowerShell puts between items, but not inside a nested
 * `{…}` or after a `;` list (Lync normalization rules print as `{Description=;Pattern=…}`).
 */
function splitCollection(inner: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0 && inner[i + 1] === ' ') {
      items.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  items.push(inner.slice(start).trim());
  return items.filter((s) => s !== '');
}

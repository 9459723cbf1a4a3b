/**
 * Run-time values of the lab's PowerShell: what a pipeline carries. Objects keep the property
 * names (and their order) the real cmdlets print, so `Format-List` and `Where-Object` work on the
 * same names an operator reads in the documentation.
 */
import type { ScriptBlockBodyAst } from '../powershell/ast.ts';
import type { OutputLine } from './output.ts';

/** An object as a cmdlet emits it: a type name, ordered properties, and how it prints by default. */
export interface PsObject {
  kind: 'object';
  typeName: string;
  /** Property name (as the cmdlet spells it) → value, in display order. */
  properties: Record<string, PsValue>;
  /** Default view when printed without Format-*: Exchange lists most types as tables, Lync as lists. */
  view: 'table' | 'list';
  /** Columns of the default table view (all properties when absent). */
  tableColumns?: readonly string[];
  /** What `"$x"` or a table cell shows for the object itself (e.g. its Identity). */
  display?: string;
}

export interface PsHashtable {
  kind: 'hashtable';
  /** Folded key → original key and value, in insertion order. */
  entries: Record<string, { key: string; value: PsValue }>;
}

export interface PsScriptBlock {
  kind: 'scriptblock';
  body: ScriptBlockBodyAst;
  /** The source text the block's offsets point into. */
  source: string;
}

/** `[System.IO.File]::ReadAllBytes(path)`: the lab keeps the path, not the bytes. */
export interface PsBytes {
  kind: 'bytes';
  path: string;
}

/** A SecureString (from Get-Credential or Read-Host -AsSecureString): never shown. */
export interface PsSecureString {
  kind: 'secure';
}

/** Output that Format-List / Format-Table already turned into lines. */
export interface PsFormatted {
  kind: 'formatted';
  lines: OutputLine[];
}

export type PsValue =
  | null
  | string
  | number
  | boolean
  | PsValue[]
  | PsObject
  | PsHashtable
  | PsScriptBlock
  | PsBytes
  | PsSecureString
  | PsFormatted;

type Tagged = Exclude<PsValue, null | string | number | boolean | PsValue[]>;

export function isTagged(value: PsValue): value is Tagged {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isObject(value: PsValue): value is PsObject {
  return isTagged(value) && value.kind === 'object';
}

export function isHashtable(value: PsValue): value is PsHashtable {
  return isTagged(value) && value.kind === 'hashtable';
}

/** Builds an object; `tableColumns` gives the default table view, `view: 'list'` a list view. */
export function psObject(
  typeName: string,
  properties: Record<string, PsValue>,
  options: { view?: 'table' | 'list'; tableColumns?: readonly string[]; display?: string } = {},
): PsObject {
  return {
    kind: 'object',
    typeName,
    properties,
    view: options.view ?? 'table',
    ...(options.tableColumns ? { tableColumns: options.tableColumns } : {}),
    ...(options.display !== undefined ? { display: options.display } : {}),
  };
}

/** A property of an object, case-insensitively (PowerShell member names ignore case). */
export function getProperty(value: PsValue, name: string): PsValue | undefined {
  if (isObject(value)) {
    if (Object.hasOwn(value.properties, name)) return value.properties[name];
    const lower = name.toLowerCase();
    for (const [key, v] of Object.entries(value.properties)) if (key.toLowerCase() === lower) return v;
    return undefined;
  }
  if (isHashtable(value)) return value.entries[name.toLowerCase()]?.value;
  return undefined;
}

/** The canonical spelling of a property of an object, or undefined. */
export function propertyName(value: PsObject, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(value.properties).find((k) => k.toLowerCase() === lower);
}

/**
 * A value as PowerShell converts it to a string: `True`/`False`, lists joined by spaces (as in
 * `"$list"`), objects by their display text.
 */
export function toText(value: PsValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return value.map(toText).join(' ');
  switch (value.kind) {
    case 'object':
      return value.display ?? value.typeName;
    case 'hashtable':
      return 'System.Collections.Hashtable';
    case 'scriptblock':
      return value.source.slice(value.body.start, value.body.end).trim();
    case 'bytes':
      return 'System.Byte[]';
    case 'secure':
      return 'System.Security.SecureString';
    case 'formatted':
      return value.lines.map((l) => l.text).join('\n');
  }
}

/** A value as a Format-List / Format-Table cell: collections in braces, `{a, b}`. */
export function cellText(value: PsValue | undefined): string {
  if (Array.isArray(value)) return `{${value.map(toText).join(', ')}}`;
  return toText(value);
}

/** PowerShell truthiness: empty strings, 0, $null, empty lists and $false are false. */
export function isTruthy(value: PsValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length === 1 ? isTruthy(value[0]) : value.length > 0;
  return true;
}

/** Pipeline semantics: a list is enumerated, $null sends nothing, anything else is one item. */
export function enumerate(value: PsValue): PsValue[] {
  if (Array.isArray(value)) return value;
  if (value === null) return [];
  return [value];
}

/** The reverse of `enumerate` for `$x = …` and `( … )`: one item is unwrapped, none is $null. */
export function collapse(values: readonly PsValue[]): PsValue {
  if (values.length === 0) return null;
  if (values.length === 1) return values[0]!;
  return [...values];
}

/** Items of a value used as a list argument (`-DialPlans a,b`), as strings. */
export function textItems(value: PsValue): string[] {
  return enumerate(value).flatMap((v) => (Array.isArray(v) ? v.map(toText) : [toText(v)]));
}

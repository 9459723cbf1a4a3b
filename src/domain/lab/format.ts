/**
 * PowerShell's formatting, reduced to what the lab needs: list views (`Name : value`, names padded
 * to the longest), table views (header, dashes, rows) and the default view each object type picks.
 * Plain functions over values, so `passerelle matrix` and the cmdlets share them.
 */
import type { OutputLine } from './output.ts';
import { wildcardMatch } from './patterns.ts';
import { cellText, isObject, isTagged, propertyName, toText, type PsObject, type PsValue } from './values.ts';

/** Expands `Name*`-style wildcards in Format-* property lists against an object's properties. */
function selectProperties(object: PsObject, wanted: readonly string[] | undefined): string[] {
  const all = Object.keys(object.properties);
  if (!wanted || wanted.length === 0) return all;
  const out: string[] = [];
  for (const name of wanted) {
    if (name.includes('*')) {
      for (const p of all) if (wildcardMatch(p, name) && !out.includes(p)) out.push(p);
    } else {
      // A property the object does not have still gets its (empty) line, as in PowerShell.
      out.push(propertyName(object, name) ?? name);
    }
  }
  return out;
}

/** `Format-List`: one block per object, `Name : value`, blank lines around. */
export function formatList(values: readonly PsValue[], properties?: readonly string[]): OutputLine[] {
  const lines: OutputLine[] = [];
  for (const value of values) {
    lines.push({ kind: 'text', text: '' });
    if (!isObject(value)) {
      lines.push({ kind: 'text', text: toText(value) });
      continue;
    }
    const names = selectProperties(value, properties);
    const width = Math.max(0, ...names.map((n) => n.length));
    for (const name of names) {
      const cell = cellText(value.properties[name] ?? null);
      lines.push({ kind: 'text', text: `${name.padEnd(width)} : ${cell}`.trimEnd() });
    }
  }
  if (values.length > 0) lines.push({ kind: 'text', text: '' });
  return lines;
}

/**
 * Left-aligned columns separated by one space (PowerShell pads every column but the last), with a
 * dashed rule under the header.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], separator = ' '): string[] {
  const widths = header.map((h, column) => Math.max(h.length, ...rows.map((row) => (row[column] ?? '').length)));
  const render = (row: readonly string[]) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join(separator).trimEnd();
  return [render(header), render(header.map((h) => '-'.repeat(h.length))), ...rows.map(render)];
}

/** `Format-Table`: one header for all objects (from the first object's properties). */
export function formatTable(values: readonly PsValue[], properties?: readonly string[]): OutputLine[] {
  const objects = values.filter(isObject);
  const scalars = values.filter((v) => !isObject(v));
  const lines: OutputLine[] = [];
  if (objects.length > 0) {
    const first = objects[0]!;
    const names = properties && properties.length > 0 ? selectProperties(first, properties) : [...(first.tableColumns ?? Object.keys(first.properties))];
    const rows = objects.map((o) => names.map((n) => cellText(o.properties[propertyName(o, n) ?? n] ?? null)));
    lines.push({ kind: 'table', text: '' });
    for (const text of textTable(names, rows)) lines.push({ kind: 'table', text });
    lines.push({ kind: 'table', text: '' });
  }
  for (const scalar of scalars) lines.push({ kind: 'text', text: toText(scalar) });
  return lines;
}

/** Out-Default: formatted output as is, objects in their type's default view, scalars as text. */
export function formatDefault(values: readonly PsValue[]): OutputLine[] {
  const lines: OutputLine[] = [];
  let batch: PsObject[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const first = batch[0]!;
    lines.push(...(first.view === 'list' ? formatList(batch) : formatTable(batch)));
    batch = [];
  };
  for (const value of values) {
    if (isObject(value)) {
      // Consecutive objects of one type share a table, as PowerShell groups them.
      if (batch.length > 0 && batch[0]!.typeName !== value.typeName) flush();
      batch.push(value);
      continue;
    }
    flush();
    if (isTagged(value) && value.kind === 'formatted') lines.push(...value.lines);
    else if (Array.isArray(value)) lines.push(...formatDefault(value));
    // A multi-line string (ConvertTo-Json's answer) prints as its lines.
    else if (value !== null) for (const text of toText(value).split('\n')) lines.push({ kind: 'text', text });
  }
  flush();
  return lines;
}

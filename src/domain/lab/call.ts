/**
 * Reading a bound call's parameters as the cmdlets understand them: strings, switches, Booleans,
 * multi-valued parameters with their `@{Add=…; Remove=…}` modifiers, and identities that come
 * either from `-Identity` or from the objects piped in.
 */
import type { CmdletCall } from './context.ts';
import { LabError } from './output.ts';
import { enumerate, getProperty, isHashtable, isTruthy, textItems, toText, type PsValue } from './values.ts';

/** The parameter's value as a string, or undefined when it was not given (or is $null). */
export function stringParam(call: CmdletCall, name: string): string | undefined {
  const value = call.params.get(name);
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.map(toText).join(',') : toText(value);
}

/** True when the parameter was given at all (even as $null). */
export function hasParam(call: CmdletCall, name: string): boolean {
  return call.params.has(name);
}

/** A Boolean or switch parameter; `$true`/`$false`/`1`/`0`, undefined when absent. */
export function boolParam(call: CmdletCall, name: string): boolean | undefined {
  if (!call.params.has(name)) return undefined;
  return isTruthy(call.params.get(name) ?? null);
}

/** A multi-valued parameter as strings (`a,b` → [a, b]); undefined when absent. */
export function listParam(call: CmdletCall, name: string): string[] | undefined {
  if (!call.params.has(name)) return undefined;
  const value = call.params.get(name) ?? null;
  if (isHashtable(value)) return undefined;
  return textItems(value);
}

/**
 * Applies a multi-valued parameter to the current list the way Exchange and Lync do: a plain list
 * *replaces* (INV-12), `@{Add=…; Remove=…}` edits, `$null` empties.
 * @example editList(['ParisSIP'], { kind: 'hashtable', entries: { add: { key: 'Add', value: 'LyonSIP' } } }) // → ['ParisSIP', 'LyonSIP']
 */
export function editList(current: readonly string[], value: PsValue, same: (a: string, b: string) => boolean = foldEq): string[] {
  if (value === null) return [];
  if (isHashtable(value)) {
    let next = [...current];
    for (const [key, entry] of Object.entries(value.entries)) {
      const items = textItems(entry.value);
      if (key === 'add') for (const item of items) if (!next.some((n) => same(n, item))) next.push(item);
      if (key === 'remove') next = next.filter((n) => !items.some((item) => same(n, item)));
      if (key === 'replace') next = items;
    }
    return next;
  }
  return textItems(value);
}

/** The items a list parameter adds (for validation before `editList`). */
export function addedItems(value: PsValue): string[] {
  if (value === null) return [];
  if (isHashtable(value)) return textItems(value.entries.add?.value ?? null).concat(textItems(value.entries.replace?.value ?? null));
  return textItems(value);
}

export const foldEq = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The identities a Set-/Get- call targets: its `-Identity` (or another named parameter), else the
 * `Identity` of every object piped into it.
 */
export function identities(call: CmdletCall, parameter = 'Identity'): string[] {
  const given = call.params.get(parameter);
  if (given !== undefined && given !== null) return enumerate(given).map(toText);
  if (call.receivesInput) {
    return call.input.map((item) => toText(getProperty(item, parameter) ?? getProperty(item, 'Identity') ?? getProperty(item, 'Name') ?? item));
  }
  return [];
}

/** Raised when a required value is missing at run time (the linter normally catches it first). */
export function requireParam(call: CmdletCall, name: string): string {
  const value = stringParam(call, name);
  if (value === undefined || value === '') {
    throw new LabError(call.name, `Cannot bind argument to parameter '${name}' because it is null or empty.`, {
      category: `InvalidData: (:) [${call.name}], ParameterBindingValidationException`,
    });
  }
  return value;
}

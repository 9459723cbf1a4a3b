/**
 * Immutable edits of a deployment profile at a path: the form islands, the encryption table and
 * the lab all change the profile through these, so every change is a new object (nanostores and
 * Preact compare by identity) and untouched branches are shared, not copied.
 */
import type { ProfilePath } from '../finding.ts';

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/**
 * The value at `path`, or undefined when the path leads nowhere.
 * @example valueAt(exampleProfile, ['dialPlans', 0, 'name']) // → 'ParisSIP'
 */
export function valueAt(root: unknown, path: ProfilePath): unknown {
  let current = root;
  for (const part of path) {
    if (!isContainer(current)) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/**
 * A copy of `root` with `value` at `path`; objects and arrays along the path are copied, the rest is
 * shared. `undefined` deletes an object key (optional fields such as `name` or `thumbprint`), so a
 * cleared optional field does not linger as `"thumbprint": undefined`. Throws on a path that leads
 * through a non-container: that is a programming error, never a user one.
 * @example setAt({ a: { b: 1 } }, ['a', 'b'], 2) // → { a: { b: 2 } }
 */
export function setAt<T>(root: T, path: ProfilePath, value: unknown): T {
  if (path.length === 0) return value as T;
  if (!isContainer(root)) throw new TypeError(`setAt: no container at ${String(path[0])}`);
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const child = (root as Record<string | number, unknown>)[head];
  const next = rest.length === 0 ? value : setAt(child, rest, value);
  if (Array.isArray(root)) {
    if (typeof head !== 'number' || head < 0 || head > root.length) throw new RangeError(`setAt: bad index ${String(head)}`);
    const copy = root.slice();
    copy[head] = next;
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...(root as Record<string, unknown>) };
  if (next === undefined) delete copy[String(head)];
  else copy[String(head)] = next;
  return copy as T;
}

/** The array at `path` (a programming error if there is none). */
function listAt(root: unknown, path: ProfilePath): unknown[] {
  const list = valueAt(root, path);
  if (!Array.isArray(list)) throw new TypeError(`no list at ${path.join('.')}`);
  return list;
}

/**
 * Appends an item to the list at `path` (or inserts it at `index`).
 * @example addItem({ xs: [1] }, ['xs'], 2) // → { xs: [1, 2] }
 */
export function addItem<T>(root: T, path: ProfilePath, item: unknown, index?: number): T {
  const list = listAt(root, path).slice();
  list.splice(index === undefined ? list.length : Math.max(0, Math.min(index, list.length)), 0, item);
  return setAt(root, path, list);
}

/**
 * Removes the item at `index` from the list at `path`; an index out of range changes nothing.
 * @example removeItem({ xs: [1, 2] }, ['xs'], 0) // → { xs: [2] }
 */
export function removeItem<T>(root: T, path: ProfilePath, index: number): T {
  const list = listAt(root, path);
  if (index < 0 || index >= list.length) return root;
  return setAt(root, path, list.filter((_, i) => i !== index));
}

/**
 * Moves the item at `from` to position `to` in the list at `path`. Out-of-range positions change
 * nothing (a "move up" on the first item is a no-op, not an error), and the result is the same
 * object when nothing moves, so stores do not notify.
 * @example moveItem({ xs: ['a', 'b', 'c'] }, ['xs'], 2, 0) // → { xs: ['c', 'a', 'b'] }
 */
export function moveItem<T>(root: T, path: ProfilePath, from: number, to: number): T {
  const list = listAt(root, path);
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return root;
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return setAt(root, path, copy);
}

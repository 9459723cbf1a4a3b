/**
 * A generic walk over the syntax tree: calls `visit` for every node (anything with a `kind`), parents
 * before children, in source order. Rules use it for facts the command list does not give, such as
 * the functions a script defines.
 */
import type { ScriptAst } from './ast.ts';

/** A node of any kind, as the walker sees it. */
export interface AnyNode {
  kind: string;
  start: number;
  end: number;
}

/** Visits every node under `root`. Return `false` from `visit` to skip a node's children. */
export function walk(root: ScriptAst | AnyNode, visit: (node: AnyNode) => boolean | void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    const record = value as Record<string, unknown>;
    if (typeof record.kind === 'string') {
      if (visit(record as unknown as AnyNode) === false) continue;
    }
    const children: unknown[] = [];
    for (const key in record) {
      if (key === 'range' || key === 'nameRange') continue;
      const child = record[key];
      if (child && typeof child === 'object') children.push(child);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/**
 * Small helpers the script rules share: how to name a command in a finding, and the scalar items of
 * a parameter value (list elements, `@{Add=…; Remove=…}` entries) with the node each one came from.
 */
import type { SourceRange } from '../finding.ts';
import type { ExpressionAst } from './ast.ts';
import type { BoundParameter, CommandBinding } from './binder.ts';
import { statementExpression } from './parser.ts';
import { staticValue } from './values.ts';

/** The name a finding shows for a command: the canonical cmdlet (so `fl` shows as Format-List) or as written. */
export function commandLabel(binding: CommandBinding): string {
  return binding.resolvedName ?? binding.written ?? '';
}

/** One statically known item of a parameter value. */
export interface ValueItem {
  node: ExpressionAst;
  kind: 'string' | 'number' | 'bool' | 'null';
  /** Text as PowerShell would convert it to a string (`True` for $true, numbers as written). */
  text: string;
  /** For strings: written without quotes (a bare word such as `false`). */
  bare: boolean;
  /** The hashtable key it came from (`add`, `remove`), lower-case; undefined outside hashtables. */
  modifier?: string;
}

/**
 * The known scalar items of `expr`: a scalar gives itself, lists and `@( )` their elements,
 * hashtables (list modifiers such as `@{Add='x'}`) the items of each entry. Unknown parts
 * (variables, calls) are skipped.
 */
export function valueItems(expr: ExpressionAst | null, modifier?: string): ValueItem[] {
  if (!expr) return [];
  // Several value rules ask for the same parameter's items; compute them once per node.
  if (modifier === undefined) {
    const cached = itemCache.get(expr);
    if (cached) return cached;
    const items = computeItems(expr, undefined);
    itemCache.set(expr, items);
    return items;
  }
  return computeItems(expr, modifier);
}

const itemCache = new WeakMap<ExpressionAst, ValueItem[]>();

function computeItems(expr: ExpressionAst, modifier: string | undefined): ValueItem[] {
  switch (expr.kind) {
    case 'ArrayLiteral':
      return expr.elements.flatMap((e) => valueItems(e, modifier));
    case 'ParenExpression': {
      const inner = statementExpression(expr.pipeline);
      return inner ? valueItems(inner, modifier) : [];
    }
    case 'ArrayExpression':
      return expr.body.statements.flatMap((s) => {
        const inner = statementExpression(s);
        return inner ? valueItems(inner, modifier) : [];
      });
    case 'Hashtable':
      return expr.entries.flatMap((entry) => {
        const key = staticValue(entry.key);
        const inner = statementExpression(entry.value);
        return key.kind === 'string' && inner ? valueItems(inner, key.value.toLowerCase()) : [];
      });
    default: {
      const value = staticValue(expr);
      const base = modifier === undefined ? {} : { modifier };
      switch (value.kind) {
        case 'string':
          return [{ node: expr, kind: 'string', text: value.value, bare: value.quote === 'bare', ...base }];
        case 'number':
          return [{ node: expr, kind: 'number', text: value.text, bare: false, ...base }];
        case 'bool':
          return [{ node: expr, kind: 'bool', text: value.value ? 'True' : 'False', bare: false, ...base }];
        case 'null':
          return [{ node: expr, kind: 'null', text: '', bare: false, ...base }];
        default:
          return [];
      }
    }
  }
}

/** Where a finding about a parameter's value points: the value, or the parameter when it has none. */
export function valueRange(parameter: BoundParameter): SourceRange {
  return parameter.valueRange ?? parameter.range;
}

/** Where a finding about a parameter's name points: `-Name`, or the argument when bound by position. */
export function parameterNameRange(parameter: BoundParameter): SourceRange {
  return parameter.parameterNode?.nameRange ?? parameter.range;
}

/** True when a text is a PowerShell wildcard pattern (`*`, `?`, `[a]`), which name checks must not judge. */
export function hasWildcard(text: string): boolean {
  return /[*?[]/.test(text);
}

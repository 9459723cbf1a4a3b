/**
 * What can be known about an argument without running anything: literal strings, numbers,
 * $true/$false/$null, lists, hashtables (`@{Add='x'}`), script blocks — or "unknown" for variables
 * and computed values, which the rules then leave alone.
 */
import type { ExpressionAst, QuoteKind } from './ast.ts';
import { statementExpression } from './parser.ts';

export type StaticValue =
  | { kind: 'string'; value: string; quote: QuoteKind }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  | { kind: 'list'; items: StaticValue[] }
  | { kind: 'hashtable'; entries: ReadonlyMap<string, StaticValue> }
  | { kind: 'scriptblock' }
  | { kind: 'unknown' };

const unknown: StaticValue = { kind: 'unknown' };

/**
 * Evaluates an expression statically.
 * @example staticValue(<ast of `UM,UMCallRouter`>) // → { kind: 'list', items: [string UM, string UMCallRouter] }
 */
export function staticValue(expr: ExpressionAst | null | undefined): StaticValue {
  if (!expr) return unknown;
  switch (expr.kind) {
    case 'StringConstant':
      return { kind: 'string', value: expr.value, quote: expr.quote };
    case 'ExpandableString':
      return expr.nested.length === 0 ? { kind: 'string', value: expr.value, quote: expr.quote } : unknown;
    case 'Number':
      return Number.isFinite(expr.value) ? { kind: 'number', value: expr.value, text: expr.text } : unknown;
    case 'Variable': {
      if (expr.splatted) return unknown;
      const name = expr.name.toLowerCase();
      if (name === 'true') return { kind: 'bool', value: true };
      if (name === 'false') return { kind: 'bool', value: false };
      if (name === 'null') return { kind: 'null' };
      return unknown;
    }
    case 'ArrayLiteral':
      return { kind: 'list', items: expr.elements.map(staticValue) };
    case 'ArrayExpression': {
      const items: StaticValue[] = [];
      for (const statement of expr.body.statements) {
        const inner = statementExpression(statement);
        if (!inner) return unknown;
        const value = staticValue(inner);
        if (value.kind === 'list') items.push(...value.items);
        else items.push(value);
      }
      return { kind: 'list', items };
    }
    case 'ParenExpression':
      return staticValue(statementExpression(expr.pipeline));
    case 'Hashtable': {
      const entries = new Map<string, StaticValue>();
      for (const entry of expr.entries) {
        const key = staticValue(entry.key);
        if (key.kind !== 'string') return unknown;
        entries.set(key.value.toLowerCase(), staticValue(statementExpression(entry.value)));
      }
      return { kind: 'hashtable', entries };
    }
    case 'ScriptBlock':
      return { kind: 'scriptblock' };
    case 'Binary': {
      // `'a' + [char]0x0A + 'b'`: a string on the left makes `+` a concatenation (quoteLiteral's form).
      if (expr.operator !== '+') return unknown;
      const left = staticValue(expr.left);
      if (left.kind !== 'string') return unknown;
      const right = staticValue(expr.right);
      const text = right.kind === 'string' ? right.value : right.kind === 'number' ? right.text : undefined;
      return text === undefined ? unknown : { kind: 'string', value: left.value + text, quote: 'single' };
    }
    case 'Convert': {
      const type = expr.typeName.toLowerCase();
      const operand = staticValue(expr.operand);
      if ((type === 'char' || type === 'system.char') && operand.kind === 'number' && Number.isInteger(operand.value) && operand.value >= 0 && operand.value <= 0xffff) {
        return { kind: 'string', value: String.fromCharCode(operand.value), quote: 'single' };
      }
      if ((type === 'string' || type === 'system.string') && operand.kind === 'string') return operand;
      return unknown;
    }
    case 'Unary':
      if (expr.operator === '-' || expr.operator === '+') {
        const operand = staticValue(expr.operand);
        if (operand.kind === 'number') {
          const value = expr.operator === '-' ? -operand.value : operand.value;
          return { kind: 'number', value, text: String(value) };
        }
      }
      return unknown;
    default:
      return unknown;
  }
}

/** The value as a string when it is a single known scalar (numbers as written, booleans as True/False). */
export function scalarText(value: StaticValue): string | undefined {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
      return value.text;
    case 'bool':
      return value.value ? 'True' : 'False';
    default:
      return undefined;
  }
}

/**
 * The known items of a value: a scalar gives one item, a list its known items; unknown items are
 * skipped (and `complete` is false), so rules check what they can and stay silent on the rest.
 */
export function knownItems(value: StaticValue): { items: string[]; complete: boolean } {
  if (value.kind === 'list') {
    const items: string[] = [];
    let complete = true;
    for (const item of value.items) {
      const text = scalarText(item);
      if (text === undefined) complete = false;
      else items.push(text);
    }
    return { items, complete };
  }
  const text = scalarText(value);
  return text === undefined ? { items: [], complete: false } : { items: [text], complete: true };
}

/**
 * Where each item of a list argument sits in the source, so a finding can point at the bad item.
 * Returns pairs of (expression, value) for the scalar items of `expr`.
 */
export function itemNodes(expr: ExpressionAst | null | undefined): { node: ExpressionAst; value: StaticValue }[] {
  if (!expr) return [];
  if (expr.kind === 'ArrayLiteral') return expr.elements.flatMap((e) => itemNodes(e));
  if (expr.kind === 'ParenExpression') {
    const inner = statementExpression(expr.pipeline);
    return inner ? itemNodes(inner) : [];
  }
  if (expr.kind === 'ArrayExpression') {
    return expr.body.statements.flatMap((s) => {
      const inner = statementExpression(s);
      return inner ? itemNodes(inner) : [];
    });
  }
  return [{ node: expr, value: staticValue(expr) }];
}

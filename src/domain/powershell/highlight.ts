/**
 * A small PowerShell highlighter for command blocks, built on our own mode-aware tokenizer so
 * that what is coloured as a string is exactly what PowerShell reads as a string (a hostile value
 * quoted by quote.ts shows as one string span, never as code). It tracks only what colouring
 * needs — command position, argument or expression mode, nesting — not a full parse, so it stays
 * a few hundred bytes on top of the tokenizer and never throws.
 */
import { Lexer, type Token } from './tokenizer.ts';

/**
 * What a highlighted span is (plain text gets no span). `highlightClass` gives its CSS class —
 * short, because every command block of a runbook page is server-rendered.
 */
export type HighlightKind = 'command' | 'parameter' | 'string' | 'variable' | 'number' | 'operator' | 'comment' | 'keyword' | 'type' | 'plain';

const classes: Readonly<Record<Exclude<HighlightKind, 'plain'>, string>> = {
  command: 'ps-cmd',
  parameter: 'ps-par',
  string: 'ps-str',
  variable: 'ps-var',
  number: 'ps-num',
  operator: 'ps-op',
  comment: 'ps-com',
  keyword: 'ps-kw',
  type: 'ps-type',
};

/** The CSS class of a span kind (`ps-cmd`, `ps-str`…). */
export function highlightClass(kind: Exclude<HighlightKind, 'plain'>): string {
  return classes[kind];
}

/** One run of source text and its kind; the spans' texts concatenate to the source exactly. */
export interface HighlightSpan {
  kind: HighlightKind;
  text: string;
}

type Mode = 'start' | 'argument' | 'expression';
/** What an opener returns to: `(` `$(` `@(` `{` hold statements, `@{` `[` expressions. */
interface Frame {
  close: ')' | '}' | ']';
  resume: Mode;
}

const statementEnds = new Set(['newline', ';', '|', '&&', '||']);

/**
 * Splits PowerShell text into coloured spans.
 * @example highlightPowerShell("Get-UMService -Identity 'a b'").map((s) => s.kind)
 * // → ['command', 'plain', 'parameter', 'plain', 'string']
 */
export function highlightPowerShell(source: string): HighlightSpan[] {
  const lexer = new Lexer(source);
  const spans: HighlightSpan[] = [];
  const push = (kind: HighlightKind, from: number, to: number) => {
    if (to <= from) return;
    const last = spans[spans.length - 1];
    if (last && last.kind === kind) last.text += source.slice(from, to);
    else spans.push({ kind, text: source.slice(from, to) });
  };
  /** Blanks, comments and line continuations between tokens. */
  const trivia = (from: number, to: number) => {
    let p = from;
    while (p < to) {
      const hash = source.indexOf('#', p);
      const block = source.indexOf('<#', p);
      const at = [hash, block].filter((i) => i >= 0 && i < to).sort((a, b) => a - b)[0];
      if (at === undefined) break;
      push('plain', p, at);
      const end = source.startsWith('<#', at) ? Math.min(to, source.indexOf('#>', at + 2) < 0 ? to : source.indexOf('#>', at + 2) + 2) : lineEnd(source, at, to);
      push('comment', at, end);
      p = end;
    }
    push('plain', p, to);
  };

  const stack: Frame[] = [];
  let mode: Mode = 'start';
  let pos = 0;
  // The loop always advances (every token is at least one character), so it ends.
  while (pos < source.length) {
    const next = lexer.skipTrivia(pos, false);
    trivia(pos, next);
    pos = next;
    if (pos >= source.length) break;
    // `[Type]` where a value may start (statement or expression position) is a type literal.
    if (mode !== 'argument' && source[pos] === '[') {
      const end = lexer.scanTypeName(pos);
      if (end > pos) {
        push('type', pos, end);
        pos = end;
        mode = 'expression';
        continue;
      }
    }
    const token: Token = mode === 'expression' ? lexer.scanExpression(pos) : lexer.scanArgument(pos);
    if (token.end <= pos) {
      push('plain', pos, pos + 1);
      pos += 1;
      continue;
    }
    const kind = token.kind;
    if (statementEnds.has(kind)) {
      push(kind === 'newline' ? 'plain' : 'operator', token.start, token.end);
      mode = 'start';
    } else if (kind === '(' || kind === '$(' || kind === '@(' || kind === '{') {
      push('plain', token.start, token.end);
      stack.push({ close: kind === '{' ? '}' : ')', resume: mode === 'start' ? 'expression' : mode });
      mode = 'start';
    } else if (kind === '@{' || kind === '[') {
      push('plain', token.start, token.end);
      stack.push({ close: kind === '[' ? ']' : '}', resume: mode === 'start' ? 'expression' : mode });
      mode = 'expression';
    } else if (kind === ')' || kind === '}' || kind === ']') {
      push('plain', token.start, token.end);
      const frame = stack.pop();
      mode = frame?.resume ?? 'argument';
    } else if (mode === 'start') {
      // A statement starting with a value is an expression; otherwise the first word is a command.
      if (kind === 'word' || kind === 'identifier') {
        const keyword = /^(if|else|elseif|foreach|for|while|do|switch|function|try|catch|finally|return|throw|param)$/i.test(token.value);
        push(keyword ? 'keyword' : 'command', token.start, token.end);
        mode = keyword ? 'expression' : 'argument';
      } else if (kind === '&' || kind === '.') {
        push('operator', token.start, token.end);
      } else {
        push(kindOf(token), token.start, token.end);
        mode = 'expression';
      }
    } else {
      push(kindOf(token), token.start, token.end);
    }
    pos = token.end;
  }
  return spans;
}

function lineEnd(source: string, from: number, limit: number): number {
  let p = from;
  while (p < limit && source[p] !== '\n' && source[p] !== '\r') p++;
  return p;
}

function kindOf(token: Token): HighlightKind {
  switch (token.kind) {
    case 'parameter':
      return 'parameter';
    case 'string':
      return 'string';
    case 'word':
      return token.expandable && token.value.startsWith('$') ? 'variable' : 'plain';
    case 'variable':
    case 'splat':
      return 'variable';
    case 'number':
      return 'number';
    case 'operator':
    case 'assign':
    case 'redirection':
    case '::':
      return 'operator';
    default:
      // Commas too: `Name,Address,Status` lists are everywhere, and a span per comma would only
      // weigh on the page (every command block is server-rendered).
      return 'plain';
  }
}

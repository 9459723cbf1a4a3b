/**
 * A recursive-descent parser for Windows PowerShell 5.1 as the Exchange and Lync management shells
 * run it: statements, pipelines, commands in argument mode, expressions, script blocks and the
 * usual control statements. It never throws: problems become diagnostics with exact ranges and the
 * parser carries on, so one typo does not hide the rest of a script from the linter.
 */
import type {
  ArrayLiteralAst,
  CommandAst,
  CommandElementAst,
  CommandExpressionAst,
  CommandParameterAst,
  ExpressionAst,
  NumberAst,
  ParseDiagnostic,
  ParseResult,
  PipelineAst,
  PipelineElementAst,
  RedirectionAst,
  ScriptAst,
  ScriptBlockBodyAst,
  StatementAst,
  StringConstantAst,
  VariableAst,
} from './ast.ts';
import { clipped } from '../inert-text.ts';
import { isBlank, isDash, isDoubleQuote, isNameChar, isNewline, isSingleQuote, Lexer, type Token } from './tokenizer.ts';

/**
 * Recursion depth beyond which the parser stops descending, so hostile input can never overflow the
 * call stack (of the parser or of the linter and lab walking its tree). Each `( )`, `@( )`, `$( )`,
 * `{ }` or `@{ }` costs about two levels, a statement one: about 300 nested parentheses parse —
 * far beyond any real script (PowerShell accepts 60 without complaint).
 */
export const maxParseDepth = 600;
/** The nesting the reader is told about (levels of brackets and blocks, two recursion levels each). */
export const maxNesting = maxParseDepth / 2;

const comparisonOperators = new Set(
  (
    '-eq -ne -gt -ge -lt -le -like -notlike -match -notmatch -contains -notcontains -in -notin -replace ' +
    '-ieq -ine -igt -ige -ilt -ile -ilike -inotlike -imatch -inotmatch -icontains -inotcontains -iin -inotin -ireplace ' +
    '-ceq -cne -cgt -cge -clt -cle -clike -cnotlike -cmatch -cnotmatch -ccontains -cnotcontains -cin -cnotin -creplace ' +
    '-is -isnot -as -split -isplit -csplit -join'
  ).split(' '),
);
/** Binary operator levels, loosest first (about_Operator_Precedence). The comma binds tighter than all. */
const binaryLevels: readonly ReadonlySet<string>[] = [
  new Set(['-and', '-or', '-xor']),
  comparisonOperators,
  new Set(['-band', '-bor', '-bxor', '-shl', '-shr']),
  new Set(['+', '-']),
  new Set(['*', '/', '%']),
  new Set(['-f']),
  new Set(['..']),
];
/** Closers that end a list of method arguments early (`$x.Foo(1; …`) and a hashtable (`(@{ a = 1)`). */
const argumentStrays: readonly number[] = [0x7d, 0x3b];
const hashtableStrays: readonly number[] = [0x29];
const noStrays: readonly number[] = [];
const unaryOperators = new Set(['!', '-not', '-bnot', '-', '+', '++', '--', '-split', '-join']);

const keywords = new Set([
  'if', 'foreach', 'for', 'while', 'do', 'switch', 'function', 'filter', 'try', 'trap', 'return', 'throw', 'exit',
  'break', 'continue', 'param', 'begin', 'process', 'end', 'dynamicparam', 'data',
]);

/**
 * True when PowerShell's console would ask for more input: the text leaves a string, a comment, a
 * bracket, a brace or a block open (`$inventory = @{`), as the continuation prompt `>> ` shows.
 * @example isIncompleteInput('$inventory = @{') // → true
 */
export function isIncompleteInput(text: string): boolean {
  return parseScript(text).diagnostics.some((d) => d.code === 'unclosed');
}

/** Parses a PowerShell script. Never throws; see `ParseResult.diagnostics`. */
export function parseScript(source: string): ParseResult {
  const parser = new Parser(source);
  let script: ScriptAst;
  try {
    script = parser.parseScript();
  } catch {
    // A parser bug must never take the linter down with it: report the whole text as unparsable.
    parser.diagnostics.length = 0;
    parser.commands.length = 0;
    const range = parser.lx.range(0, source.length);
    parser.diagnostics.push({ code: 'unexpected', range, params: { token: source.slice(0, 20) }, internal: true });
    script = { kind: 'Script', statements: [], start: 0, end: source.length };
  }
  parser.diagnostics.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  return { script, commands: parser.commands, diagnostics: parser.diagnostics, source, lines: parser.lx.lines };
}

/**
 * Holds a command's place in `Parser.commands` while its arguments are parsed. Each command is
 * entered at its start and the text is parsed left to right, so entering order is source order;
 * a command's nested commands (in `$( )`, `{ }`, `( )`) complete before it, and sorting the list by
 * completion order afterwards cost a sort of every command of the script.
 */
const pendingCommand = Object.freeze({ kind: 'Command', start: -1, end: -1 }) as unknown as CommandAst;

/** Unwraps `(x)`, a one-element pipeline around an expression, to the expression (or undefined). */
export function statementExpression(statement: StatementAst | null | undefined): ExpressionAst | undefined {
  if (!statement || statement.kind !== 'Pipeline' || statement.elements.length !== 1) return undefined;
  const element = statement.elements[0]!;
  return element.kind === 'CommandExpression' ? element.expression : undefined;
}

/**
 * The redirections of the many commands and expressions that have none: one shared, frozen empty
 * list instead of an array per node (a push on it throws, so no code can fill it by mistake).
 */
const noRedirections = Object.freeze([]) as unknown as RedirectionAst[];

/**
 * A list built by `push`, as the node keeps it: a copy of exactly its length. An array that grows
 * from empty reserves room for 17 items, and most lists of a tree hold one to three (a command's
 * elements, a pipeline's commands): the tree of a 20,000-line script kept 7 MB of empty slots.
 */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

type AnyNode = ScriptAst | StatementAst | ScriptBlockBodyAst | PipelineElementAst | CommandElementAst | RedirectionAst | ExpressionAst;

class Parser {
  readonly lx: Lexer;
  readonly src: string;
  pos = 0;
  readonly diagnostics: ParseDiagnostic[] = [];
  readonly commands: CommandAst[] = [];
  private depth = 0;
  /** Set once the nesting went past `maxParseDepth`: that single diagnostic stands for the rest. */
  private tooDeep = false;
  private noComma = false;
  private readonly reported = new Set<number>();
  private readonly onComment = (start: number) => this.unclosed(start, start + 2, '<#', '#>');

  constructor(source: string) {
    this.src = source;
    this.lx = new Lexer(source);
  }

  parseScript(): ScriptAst {
    const statements = this.statementList(-1);
    return this.node<ScriptAst>({ kind: 'Script', statements, start: 0, end: this.src.length });
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────

  /**
   * A node, typed: the literal names every field, its position included, so each kind of node is
   * built with its final shape at once (adding start/end after creation gave every node an
   * out-of-object property store, one more allocation per node).
   */
  private node<T extends AnyNode>(fields: T): T {
    return fields;
  }

  /**
   * The lists being built (a statement list, a pipeline's commands, a command's elements), on one
   * stack: a list pushes its items above the lists it is nested in, and `take` copies them out at
   * their exact length. A list grown from empty would reserve 17 slots and be copied anyway.
   */
  private readonly listStack: unknown[] = [];
  private listTop = 0;

  private pushItem(item: unknown): void {
    this.listStack[this.listTop++] = item;
  }

  /** The items pushed since `base` (the stack top when the list began), as a list of their own. */
  private take<T>(base: number): T[] {
    const list = this.listTop === base ? [] : (this.listStack.slice(base, this.listTop) as T[]);
    this.listTop = base;
    return list;
  }

  // One-entry caches: the parser often peeks a token and then scans it again to consume it.
  private argumentCache: Token | null = null;
  private argumentCacheLimit = -1;
  private expressionCache: Token | null = null;
  private expressionCacheLimit = -1;

  /** The argument-mode token at `pos` (cached). */
  private peekArgument(): Token {
    const cached = this.argumentCache;
    if (cached && cached.start === this.pos && this.argumentCacheLimit === this.lx.limit) return cached;
    const t = this.lx.scanArgument(this.pos);
    this.argumentCache = t;
    this.argumentCacheLimit = this.lx.limit;
    return t;
  }

  /** The expression-mode token at `pos` (cached). */
  private peekExpression(): Token {
    const cached = this.expressionCache;
    if (cached && cached.start === this.pos && this.expressionCacheLimit === this.lx.limit) return cached;
    const t = this.lx.scanExpression(this.pos);
    this.expressionCache = t;
    this.expressionCacheLimit = this.lx.limit;
    return t;
  }

  private code(pos = this.pos): number {
    return this.lx.code(pos);
  }

  private skip(newlines: boolean): void {
    this.pos = this.lx.skipTrivia(this.pos, newlines, this.onComment);
  }

  private report(code: ParseDiagnostic['code'], start: number, end: number, params: Record<string, string>): void {
    if (this.tooDeep) return;
    const key = start * 4 + (code === 'unclosed' ? 1 : code === 'chain' ? 2 : 3);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const last = this.src.length;
    this.diagnostics.push({ code, range: this.lx.range(Math.min(start, last), Math.min(Math.max(end, start), last)), params });
  }

  private unclosed(start: number, end: number, opener: string, expected: string): void {
    this.report('unclosed', start, end, { opener, expected });
  }

  private unexpected(start: number, end: number): void {
    const token = clipped(this.src.slice(start, end), 24);
    this.report('unexpected', start, end, { token: token.replace(/\r?\n|\r/g, '⏎') });
  }

  /** True at a character that ends a statement in the current region. */
  private atStatementEnd(c = this.code()): boolean {
    return c < 0 || isNewline(c) || c === 0x3b || c === 0x29 || c === 0x7d;
  }

  /**
   * Guards recursion. On overflow it reports the nesting once, with its own variant, and abandons
   * the rest of the text: the openers left unclosed then are a consequence, not more errors.
   */
  private enter(): boolean {
    if (++this.depth > maxParseDepth) {
      if (!this.tooDeep) {
        const start = Math.min(this.pos, this.src.length);
        this.report('unexpected', start, Math.min(start + 1, this.src.length), { variant: 'too-deep', limit: String(maxNesting), token: this.src.slice(start, start + 1) });
        this.tooDeep = true;
      }
      this.pos = this.lx.limit;
      return false;
    }
    return true;
  }

  private errorExpression(at = this.pos): ExpressionAst {
    return this.node({ kind: 'ErrorExpression', start: at, end: at });
  }

  /** A word taken as it stands (command names, hashtable keys, member names, switch labels). */
  private bareString(value: string, start: number, end: number): StringConstantAst {
    return this.node<StringConstantAst>({ kind: 'StringConstant', value, quote: 'bare', start, end });
  }

  /** Consumes a number token; argument and expression mode read numbers alike. */
  private numberToken(t: Token): NumberAst {
    this.pos = t.end;
    return this.node<NumberAst>({ kind: 'Number', value: t.number ?? NaN, text: t.value, start: t.start, end: t.end });
  }

  /** Consumes a `$name` token, or an `@name` one when `splatted`. */
  private variableToken(t: Token, splatted: boolean): VariableAst {
    this.pos = t.end;
    return this.node<VariableAst>({ kind: 'Variable', name: t.value, splatted, start: t.start, end: t.end });
  }

  /** Reads the keyword at `pos` (lower-case) when a keyword stands there as a whole word. */
  private keywordAt(pos: number): string | null {
    let p = pos;
    while (p < this.lx.limit) {
      const c = this.src.charCodeAt(p);
      if ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a) break;
      p++;
    }
    if (p === pos || p - pos > 12) return null;
    const next = this.code(p);
    if (!(next < 0 || isBlank(next) || isNewline(next) || next === 0x28 || next === 0x7b || next === 0x3b || next === 0x7d || next === 0x29)) return null;
    const word = this.src.slice(pos, p).toLowerCase();
    return keywords.has(word) || word === 'else' || word === 'elseif' || word === 'catch' || word === 'finally' || word === 'until' ? word : null;
  }

  // ── statements ───────────────────────────────────────────────────────────────────────────

  /** Statements up to `closer` (not consumed) or the end of the region. */
  private statementList(closer: number): StatementAst[] {
    const base = this.listTop;
    for (;;) {
      this.skip(true);
      const c = this.code();
      if (c < 0) break;
      if (c === 0x3b) {
        this.pos++;
        continue;
      }
      if (c === closer) break;
      if (c === 0x29 || c === 0x7d) {
        this.unexpected(this.pos, this.pos + 1);
        this.pos++;
        continue;
      }
      const before = this.pos;
      const statement = this.statement();
      if (statement) this.pushItem(statement);
      // Statements that end with a block (`if {…}`, `param(…)`, `function … {…}`) need no separator.
      if (statement && !(statement.kind === 'Pipeline' || statement.kind === 'Assignment' || statement.kind === 'Chain' || statement.kind === 'Flow')) continue;
      this.skip(false);
      const d = this.code();
      if (d < 0 || isNewline(d) || d === 0x3b || d === 0x29 || d === 0x7d) continue;
      // Something follows a complete statement on the same line: report it once and skip the line.
      const stray = this.peekArgument();
      this.unexpected(stray.start, Math.max(stray.end, stray.start + 1));
      this.skipRestOfStatement();
      if (this.pos === before) this.pos++;
    }
    return this.take<StatementAst>(base);
  }

  private skipRestOfStatement(): void {
    for (;;) {
      this.skip(false);
      const t = this.peekArgument();
      if (t.kind === 'eof' || t.kind === 'newline' || t.kind === ';' || t.kind === ')' || t.kind === '}') return;
      this.pos = Math.max(t.end, this.pos + 1);
    }
  }

  private statement(): StatementAst | null {
    if (!this.enter()) {
      this.depth--;
      return null;
    }
    try {
      const keyword = this.keywordAt(this.pos);
      if (keyword) {
        const handled = this.keywordStatement(keyword);
        if (handled !== undefined) return handled;
      }
      return this.pipelineChain();
    } finally {
      this.depth--;
    }
  }

  /** A keyword statement, or undefined when the word is used as a plain command here. */
  private keywordStatement(keyword: string): StatementAst | undefined {
    const start = this.pos;
    const afterWord = start + keyword.length;
    switch (keyword) {
      case 'if': {
        this.pos = afterWord;
        const clauses: { condition: StatementAst; body: ScriptBlockBodyAst }[] = [];
        clauses.push({ condition: this.parenCondition(), body: this.blockBody() });
        let elseBody: ScriptBlockBodyAst | null = null;
        for (;;) {
          const next = this.continuedBy('elseif', 'else');
          if (next === 'elseif') {
            this.pos += next.length;
            clauses.push({ condition: this.parenCondition(), body: this.blockBody() });
            continue;
          }
          if (next === 'else') {
            this.pos += next.length;
            elseBody = this.blockBody();
          }
          break;
        }
        return this.node<StatementAst>({ kind: 'If', clauses, elseBody, start, end: this.pos });
      }
      case 'foreach': {
        this.statementOptions(afterWord, false);
        let variable: ExpressionAst | null = null;
        let collection: StatementAst | null = null;
        const open = this.pos;
        if (this.code() !== 0x28) {
          this.unexpectedToken();
        } else {
          this.pos++;
          this.skip(true);
          variable = this.unary();
          this.skip(true);
          if (/^in\b/i.test(this.src.slice(this.pos, this.pos + 3)) && !isNameChar(this.code(this.pos + 2))) {
            this.pos += 2;
            this.skip(true);
            collection = this.statement();
          } else this.unexpectedToken();
          this.close(open, '(', ')');
        }
        const body = this.blockBody();
        return this.node<StatementAst>({ kind: 'Loop', loop: 'foreach', variable, condition: collection, iterator: null, body, start, end: this.pos });
      }
      case 'for': {
        this.pos = afterWord;
        this.skip(true);
        let init: StatementAst | null = null;
        let condition: StatementAst | null = null;
        let iterator: StatementAst | null = null;
        const open = this.pos;
        if (this.code() !== 0x28) this.unexpectedToken();
        else {
          this.pos++;
          const parts: (StatementAst | null)[] = [];
          for (let i = 0; i < 3; i++) {
            this.skip(true);
            const c = this.code();
            parts.push(c === 0x3b || c === 0x29 || c < 0 ? null : this.statement());
            this.skip(true);
            if (i < 2 && this.code() === 0x3b) this.pos++;
          }
          [init, condition, iterator] = [parts[0] ?? null, parts[1] ?? null, parts[2] ?? null];
          this.close(open, '(', ')');
        }
        const body = this.blockBody();
        return this.node<StatementAst>({ kind: 'Loop', loop: 'for', variable: init ? statementExpression(init) ?? null : null, condition, iterator, body, start, end: this.pos });
      }
      case 'while': {
        this.pos = afterWord;
        const condition = this.parenCondition();
        const body = this.blockBody();
        return this.node<StatementAst>({ kind: 'Loop', loop: 'while', variable: null, condition, iterator: null, body, start, end: this.pos });
      }
      case 'do': {
        this.pos = afterWord;
        const body = this.blockBody();
        this.skip(true);
        const which = this.keywordAt(this.pos);
        let condition: StatementAst | null = null;
        let loop: 'dowhile' | 'dountil' = 'dowhile';
        if (which === 'while' || which === 'until') {
          loop = which === 'while' ? 'dowhile' : 'dountil';
          this.pos += which.length;
          condition = this.parenCondition();
        } else this.unexpectedToken();
        return this.node<StatementAst>({ kind: 'Loop', loop, variable: null, condition, iterator: null, body, start, end: this.pos });
      }
      case 'switch':
        return this.switchStatement(start, afterWord);
      case 'function':
      case 'filter': {
        this.pos = afterWord;
        this.skip(false);
        const nameToken = this.peekArgument();
        let name = '';
        if (nameToken.kind === 'word' || nameToken.kind === 'string') {
          name = nameToken.value;
          this.pos = nameToken.end;
        } else this.unexpectedToken();
        this.skip(true);
        if (this.code() === 0x28) this.paramList();
        const body = this.blockBody();
        return this.node<StatementAst>({ kind: 'Function', name, body, start, end: this.pos });
      }
      case 'try': {
        this.pos = afterWord;
        const body = this.blockBody();
        const catches: ScriptBlockBodyAst[] = [];
        let finallyBody: ScriptBlockBodyAst | null = null;
        for (;;) {
          const next = this.continuedBy('catch', 'finally');
          if (next === 'catch') {
            this.pos += next.length;
            this.skipTypeList();
            catches.push(this.blockBody());
            continue;
          }
          if (next === 'finally') {
            this.pos += next.length;
            finallyBody = this.blockBody();
          }
          break;
        }
        if (catches.length === 0 && !finallyBody) this.unexpected(start, afterWord);
        return this.node<StatementAst>({ kind: 'Try', body, catches, finallyBody, start, end: this.pos });
      }
      case 'trap':
      case 'data': {
        this.pos = afterWord;
        this.skipTypeList();
        const body = this.blockBody();
        return this.node<StatementAst>({ kind: 'NamedBlock', name: keyword, body, start, end: this.pos });
      }
      case 'begin':
      case 'process':
      case 'end':
      case 'dynamicparam': {
        if (!this.keywordOpens(afterWord, 0x7b)) return undefined;
        const body = this.blockBody();
        return this.node<StatementAst>({ kind: 'NamedBlock', name: keyword, body, start, end: this.pos });
      }
      case 'return':
      case 'throw':
      case 'exit': {
        this.pos = afterWord;
        this.skip(false);
        const value = this.atStatementEnd() || this.code() === 0x7c ? null : this.pipelineChain();
        return this.node<StatementAst>({ kind: 'Flow', keyword, value, start, end: this.pos });
      }
      case 'break':
      case 'continue': {
        this.pos = afterWord;
        this.skip(false);
        if (!this.atStatementEnd()) {
          const label = this.peekArgument();
          if (label.kind === 'word' || label.kind === 'variable') this.pos = label.end;
        }
        return this.node<StatementAst>({ kind: 'Flow', keyword, value: null, start, end: this.pos });
      }
      case 'param': {
        if (!this.keywordOpens(afterWord, 0x28)) return undefined;
        const parameters = this.paramList();
        return this.node<StatementAst>({ kind: 'ParamBlock', parameters, start, end: this.pos });
      }
      default:
        // else/elseif/catch/finally/until out of place: let the command path report them as commands
        return undefined;
    }
  }

  /**
   * The clause keyword (`else`/`elseif` of an if, `catch`/`finally` of a try) that continues a
   * statement, possibly on a later line: moves to it when it is `a` or `b`, else leaves `pos`.
   */
  private continuedBy(a: string, b: string): string | null {
    const save = this.pos;
    this.skip(true);
    const next = this.keywordAt(this.pos);
    if (next === a || next === b) return next;
    this.pos = save;
    return null;
  }

  /**
   * Whether a word that is a statement only before its block or list (`begin {`, `param (`; a
   * command name otherwise) is one here: moves past the blanks to `opener` if so, else leaves `pos`.
   */
  private keywordOpens(afterWord: number, opener: number): boolean {
    const save = this.pos;
    this.pos = afterWord;
    this.skip(true);
    if (this.code() === opener) return true;
    this.pos = save;
    return false;
  }

  /** Skips the `-Option` words after `foreach` or `switch` (`afterWord`); `-File`, where it is one, takes a path. */
  private statementOptions(afterWord: number, fileOption: boolean): void {
    this.pos = afterWord;
    this.skip(true);
    while (isDash(this.code())) {
      const option = this.peekArgument();
      this.pos = option.end;
      if (fileOption && option.kind === 'parameter' && option.value.toLowerCase() === 'file') {
        this.skip(false);
        this.commandPrimary();
      }
      this.skip(true);
    }
  }

  /**
   * The head of a loop over the items of a list opened at `open`: switch clauses and hashtable
   * entries in `{ }` (where `;` only separates), method arguments and param lists in `( )`. Skips
   * what separates items; true when the list is over: its closer is consumed, or the text ends or
   * one of `strays` (a closer of what encloses the list) comes first, and the opener is reported unclosed.
   */
  private listEnded(open: number, opener: '{' | '@{' | '(', strays: readonly number[] = noStrays): boolean {
    const braced = opener !== '(';
    const closer = braced ? 0x7d : 0x29;
    for (;;) {
      this.skip(true);
      const c = this.code();
      if (braced && c === 0x3b) {
        this.pos++;
        continue;
      }
      if (c === closer) {
        this.pos++;
        return true;
      }
      if (c < 0 || strays.includes(c)) {
        this.unclosed(open, open + opener.length, opener, braced ? '}' : ')');
        return true;
      }
      return false;
    }
  }

  private switchStatement(start: number, afterWord: number): StatementAst {
    this.statementOptions(afterWord, true);
    let subject: StatementAst | null = null;
    if (this.code() === 0x28) subject = this.parenCondition();
    this.skip(true);
    const clauses: { test: ExpressionAst; body: ScriptBlockBodyAst }[] = [];
    const open = this.pos;
    if (this.code() !== 0x7b) {
      this.unexpectedToken();
      return this.node({ kind: 'Switch', subject, clauses, start, end: this.pos });
    }
    this.pos++;
    while (!this.listEnded(open, '{')) {
      const c = this.code();
      const before = this.pos;
      let test: ExpressionAst;
      if (isNameChar(c) && !/^\d/.test(String.fromCharCode(c))) {
        const word = this.peekArgument();
        this.pos = word.end;
        test = this.bareString(word.value, word.start, word.end);
      } else test = this.unary();
      const body = this.blockBody();
      clauses.push({ test, body });
      if (this.pos === before) this.pos++;
    }
    return this.node({ kind: 'Switch', subject, clauses, start, end: this.pos });
  }

  private skipTypeList(): void {
    for (;;) {
      this.skip(true);
      if (this.code() === 0x5b) {
        const end = this.lx.scanTypeName(this.pos);
        if (end < 0) {
          this.unclosed(this.pos, this.pos + 1, '[', ']');
          this.pos++;
          return;
        }
        this.pos = end;
        continue;
      }
      if (this.code() === 0x2c) {
        this.pos++;
        continue;
      }
      return;
    }
  }

  /** `( … )` of a param block or function parameter list: expressions and defaults, comma-separated. */
  private paramList(): ExpressionAst[] {
    const open = this.pos;
    this.pos++;
    const parameters: ExpressionAst[] = [];
    const savedNoComma = this.noComma;
    this.noComma = true;
    while (!this.listEnded(open, '(')) {
      if (this.code() === 0x2c) {
        this.pos++;
        continue;
      }
      const before = this.pos;
      parameters.push(this.expression());
      this.skip(true);
      const t = this.peekExpression();
      if (t.kind === 'assign') {
        this.pos = t.end;
        this.skip(true);
        parameters.push(this.expression());
      }
      if (this.pos === before) {
        this.unexpected(this.pos, this.pos + 1);
        this.pos++;
      }
    }
    this.noComma = savedNoComma;
    return parameters;
  }

  /** `( statement )` after if/while/switch/elseif. */
  private parenCondition(): StatementAst {
    this.skip(true);
    const open = this.pos;
    if (this.code() !== 0x28) {
      this.unexpectedToken();
      return this.node({ kind: 'ErrorStatement', start: this.pos, end: this.pos });
    }
    this.pos++;
    this.skip(true);
    const statement = this.code() === 0x29 ? null : this.statement();
    this.close(open, '(', ')');
    return statement ?? this.node({ kind: 'ErrorStatement', start: open, end: this.pos });
  }

  /** Expects the closer of `opener` at `open` (skipping newlines); reports it unclosed otherwise. */
  private close(open: number, opener: string, expected: string): void {
    this.skip(true);
    if (this.code() === expected.charCodeAt(0)) this.pos++;
    else this.unclosed(open, open + opener.length, opener, expected);
  }

  /** `{ statements }` as a statement body. */
  private blockBody(): ScriptBlockBodyAst {
    this.skip(true);
    const open = this.pos;
    if (this.code() !== 0x7b) {
      this.unexpectedToken();
      return this.node<ScriptBlockBodyAst>({ kind: 'ScriptBlockBody', statements: [], start: open, end: open });
    }
    this.pos++;
    const statements = this.statementList(0x7d);
    if (this.code() === 0x7d) this.pos++;
    else this.unclosed(open, open + 1, '{', '}');
    return this.node<ScriptBlockBodyAst>({ kind: 'ScriptBlockBody', statements, start: open, end: this.pos });
  }

  /** Reports the token at `pos` as unexpected (used where a specific token was required). */
  private unexpectedToken(): void {
    this.skip(false);
    const t = this.peekArgument();
    if (t.kind === 'eof') {
      // Point at the last character, but never at the second half of a CRLF pair: a range that
      // starts between \r and \n has a column past the end of its line.
      let start = Math.max(0, this.pos - 1);
      if (start > 0 && this.src.charCodeAt(start) === 0x0a && this.src.charCodeAt(start - 1) === 0x0d) start--;
      this.unexpected(start, this.pos);
      return;
    }
    this.unexpected(t.start, Math.max(t.end, t.start + 1));
  }

  /** A pipeline, assignment, or `a && b` chain (the chain operators are reported for PowerShell 5.1). */
  private pipelineChain(): StatementAst {
    const start = this.pos;
    let left = this.pipelineOrAssignment();
    for (;;) {
      this.skip(false);
      const c = this.code();
      const n = this.code(this.pos + 1);
      if (!((c === 0x26 && n === 0x26) || (c === 0x7c && n === 0x7c))) break;
      const operator = c === 0x26 ? '&&' : '||';
      const opStart = this.pos;
      this.report('chain', opStart, opStart + 2, { operator });
      this.pos += 2;
      this.skip(true);
      if (this.atStatementEnd()) {
        this.unexpected(opStart, opStart + 2);
        break;
      }
      const right = this.pipelineOrAssignment();
      left = this.node({ kind: 'Chain', left, operator, right, start, end: this.pos });
    }
    return left;
  }

  /** Whether the pipeline element at `pos` starts with an expression rather than a command name. */
  private isExpressionStart(): boolean {
    const c = this.code();
    if (c === 0x24 || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x21 || c === 0x2b || c === 0x2c) return true;
    if (isSingleQuote(c) || isDoubleQuote(c)) return true;
    if (c === 0x40) return true;
    if ((c >= 0x30 && c <= 0x39) || (c === 0x2e && this.isDigitAt(this.pos + 1))) return this.numberStandsAlone(this.pos);
    if (isDash(c)) {
      const n = this.code(this.pos + 1);
      if ((n >= 0x30 && n <= 0x39) || n === 0x2e) return this.numberStandsAlone(this.pos + 1);
      const t = this.peekExpression();
      return t.kind === 'operator' && (t.value === '-not' || t.value === '-bnot' || t.value === '-split' || t.value === '-join');
    }
    return false;
  }

  private isDigitAt(pos: number): boolean {
    const c = this.code(pos);
    return c >= 0x30 && c <= 0x39;
  }

  /** A number at `pos` that is not the start of a word like `7z.exe` or `10.0.0.1`. */
  private numberStandsAlone(pos: number): boolean {
    const num = this.lx.scanNumber(pos);
    if (!num) return false;
    const next = this.code(num.end);
    if (isNameChar(next) || next === 0x5c || next === 0x2f || next === 0x3a) return false;
    if (next === 0x2e && this.isDigitAt(num.end + 1)) return false;
    return true;
  }

  private pipelineOrAssignment(): StatementAst {
    const start = this.pos;
    const base = this.listTop;
    if (this.isExpressionStart()) {
      const expression = this.expression();
      this.skip(false);
      const t = this.peekExpression();
      if (t.kind === 'assign') {
        this.pos = t.end;
        this.skip(true);
        let value: StatementAst;
        if (this.atStatementEnd() || this.code() === 0x7c) {
          this.unexpected(t.start, t.end);
          value = this.node({ kind: 'ErrorStatement', start: this.pos, end: this.pos });
        } else value = this.statement() ?? this.node({ kind: 'ErrorStatement', start: this.pos, end: this.pos });
        return this.node({ kind: 'Assignment', target: expression, operator: t.value, value, start, end: this.pos });
      }
      const redirections = this.redirections();
      this.pushItem(this.node<CommandExpressionAst>({ kind: 'CommandExpression', expression, redirections, start: expression.start, end: this.pos }));
    } else {
      this.pushItem(this.command(0));
    }
    for (;;) {
      this.skip(false);
      if (this.code() !== 0x7c || this.code(this.pos + 1) === 0x7c) break;
      const pipe = this.pos;
      this.pos++;
      this.skip(true);
      const c = this.code();
      if (c < 0 || c === 0x3b || c === 0x29 || c === 0x7d || c === 0x7c) {
        // "An empty pipe element is not allowed": one report, then the rest of the statement is skipped.
        this.unexpected(pipe, pipe + 1);
        if (c === 0x7c) this.skipRestOfStatement();
        break;
      }
      if (this.isExpressionStart() && c !== 0x7b) {
        // "Expressions are only allowed as the first element of a pipeline."
        const exprStart = this.pos;
        const expression = this.expression();
        this.unexpected(exprStart, Math.max(expression.end, exprStart + 1));
        this.pushItem(this.node<CommandExpressionAst>({ kind: 'CommandExpression', expression, redirections: noRedirections, start: exprStart, end: this.pos }));
      } else {
        this.pushItem(this.command(this.listTop - base));
      }
    }
    let background = false;
    this.skip(false);
    if (this.code() === 0x26 && this.code(this.pos + 1) !== 0x26) {
      // `cmd &` (background job) does not exist in Windows PowerShell 5.1.
      this.unexpected(this.pos, this.pos + 1);
      this.pos++;
      background = true;
    }
    return this.node<PipelineAst>({ kind: 'Pipeline', elements: this.take<PipelineElementAst>(base), background, start, end: this.pos });
  }

  private redirections(): RedirectionAst[] {
    let list: RedirectionAst[] | null = null;
    for (;;) {
      this.skip(false);
      const len = this.lx.redirectionLength(this.pos);
      if (len === 0) return list ?? noRedirections;
      const t = this.peekArgument();
      (list ??= []).push(this.redirection(t));
    }
  }

  private redirection(t: Token): RedirectionAst {
    this.pos = t.end;
    const operator = t.value;
    let target: ExpressionAst | null = null;
    if (!/&[12]$/.test(operator)) {
      this.skip(false);
      const c = this.code();
      if (this.atStatementEnd(c) || c === 0x7c || c === 0x26) this.unexpected(t.start, t.end);
      else target = this.commandPrimary();
    }
    return this.node<RedirectionAst>({ kind: 'Redirection', operator, target, start: t.start, end: this.pos });
  }

  // ── commands ─────────────────────────────────────────────────────────────────────────────

  private command(pipelineIndex: number): CommandAst {
    const start = this.pos;
    // The command's place in the list is taken now, before the commands nested in its arguments:
    // commands are entered in source order, so the list needs no sorting (see parseScript).
    const slot = this.commands.length;
    this.commands.push(pendingCommand);
    let invocation: '&' | '.' | null = null;
    let name: ExpressionAst;
    let nameText: string | null = null;
    const c = this.code();
    if ((c === 0x26 && this.code(this.pos + 1) !== 0x26) || (c === 0x2e && (isBlank(this.code(this.pos + 1)) || this.code(this.pos + 1) === 0x24 || isSingleQuote(this.code(this.pos + 1)) || isDoubleQuote(this.code(this.pos + 1))))) {
      invocation = c === 0x26 ? '&' : '.';
      this.pos++;
      this.skip(false);
      if (this.atStatementEnd() || this.code() === 0x7c) {
        this.unexpected(start, start + 1);
        name = this.errorExpression();
      } else {
        name = this.commandPrimary();
        if (name.kind === 'StringConstant') nameText = name.value;
      }
    } else {
      const t = this.peekArgument();
      if (t.kind === 'word' || t.kind === 'string' || t.kind === 'number' || t.kind === 'parameter' || t.kind === '.' || t.kind === '--' || t.kind === '--%' || t.kind === 'unknown') {
        this.pos = t.end;
        if (t.kind === 'word' || t.kind === 'string') {
          name = this.stringNode(t);
          nameText = name.kind === 'StringConstant' ? name.value : null;
        } else {
          const text = this.src.slice(t.start, t.end);
          name = this.bareString(text, t.start, t.end);
          nameText = text;
          if (t.kind === 'unknown') this.unexpected(t.start, t.end);
        }
        if (t.unterminated) nameText = null;
      } else {
        name = this.commandPrimary();
      }
    }
    const base = this.listTop;
    let redirections: RedirectionAst[] | null = null;
    let endOfParameters = false;
    for (;;) {
      this.skip(false);
      const d = this.code();
      if (d < 0 || isNewline(d) || d === 0x3b || d === 0x7c || d === 0x29 || d === 0x7d || d === 0x26) break;
      const before = this.pos;
      const t = this.peekArgument();
      if (t.kind === 'redirection') {
        (redirections ??= []).push(this.redirection(t));
      } else if (t.kind === '--%') {
        let end = t.end;
        while (end < this.lx.limit && !isNewline(this.src.charCodeAt(end))) end++;
        this.pos = end;
        this.pushItem(this.node({ kind: 'StopParsing', text: this.src.slice(t.end, end).trim(), start: t.start, end: end }));
      } else if (t.kind === '--' && !endOfParameters) {
        endOfParameters = true;
        this.pos = t.end;
        this.pushItem(this.node({ kind: 'EndOfParameters', start: t.start, end: t.end }));
      } else if (t.kind === 'parameter' && !endOfParameters) {
        this.pos = t.end;
        let argument: ExpressionAst | null = null;
        if (t.colon) {
          this.skip(false);
          const e = this.code();
          if (!(this.atStatementEnd(e) || e === 0x7c || e === 0x26)) argument = this.commandArgument();
        }
        const nameEnd = t.colon ? t.end - 1 : t.end;
        this.pushItem(
          this.node<CommandParameterAst>({ kind: 'CommandParameter', name: t.value, nameEnd, colon: t.colon === true, argument, start: t.start, end: argument ? argument.end : t.end }),
        );
      } else if (t.kind === 'unknown') {
        this.unexpected(t.start, t.end);
        this.pos = t.end;
      } else {
        this.pushItem(this.commandArgument());
      }
      if (this.pos === before) {
        this.unexpected(this.pos, this.pos + 1);
        this.pos++;
      }
    }
    // the node ends with its last element (trailing blanks excluded)
    const elements = this.take<CommandElementAst>(base);
    const last = elements.length ? elements[elements.length - 1]! : name;
    const lastRedirect = redirections ? redirections[redirections.length - 1]! : null;
    const end = Math.max(last.end, lastRedirect ? lastRedirect.end : 0, name.end);
    const command = this.node<CommandAst>({ kind: 'Command', invocation, name, nameText, elements, redirections: redirections ?? noRedirections, receivesPipelineInput: pipelineIndex > 0, pipelineIndex, start, end });
    this.commands[slot] = command;
    return command;
  }

  /** One command argument, with `a,b,c` (comma lists may continue on the next line after a comma). */
  private commandArgument(): ExpressionAst {
    const start = this.pos;
    const first = this.commandPrimary();
    this.skip(false);
    if (this.code() !== 0x2c) return first;
    const elements: ExpressionAst[] = [first];
    while (this.code() === 0x2c) {
      const comma = this.pos;
      this.pos++;
      this.skip(true);
      const c = this.code();
      if (this.atStatementEnd(c) || c === 0x7c || c === 0x2c || c === 0x26) {
        this.unexpected(comma, comma + 1);
        break;
      }
      elements.push(this.commandPrimary());
      this.skip(false);
    }
    const last = elements[elements.length - 1]!;
    return this.node<ArrayLiteralAst>({ kind: 'ArrayLiteral', elements: exact(elements), start, end: last.end });
  }

  /** A single argument-mode value: word, string, number, variable, `( )`, `$( )`, `@( )`, `@{ }`, `{ }`. */
  private commandPrimary(): ExpressionAst {
    if (!this.enter()) {
      this.depth--;
      return this.errorExpression();
    }
    try {
      const t = this.peekArgument();
      switch (t.kind) {
        case 'word':
        case 'string':
          this.pos = t.end;
          return this.stringNode(t);
        case 'number':
          return this.numberToken(t);
        case 'variable':
          return this.postfix(this.variableToken(t, false), true);
        case 'splat':
          return this.variableToken(t, true);
        case '$(':
        case '@(':
        case '(':
        case '@{':
        case '{':
          return this.postfix(this.structure(t), true);
        case ',': {
          // unary comma: a one-element array
          this.pos = t.end;
          this.skip(false);
          const operand = this.commandPrimary();
          return this.node<ArrayLiteralAst>({ kind: 'ArrayLiteral', elements: [operand], start: t.start, end: operand.end });
        }
        case 'parameter':
        case '--':
        case '--%':
        case '.':
          this.pos = t.end;
          return this.bareString(this.src.slice(t.start, t.end), t.start, t.end);
        default:
          this.unexpected(t.start, Math.max(t.end, t.start + 1));
          if (t.kind !== 'eof' && t.kind !== 'newline' && t.kind !== ')' && t.kind !== '}' && t.kind !== ';' && t.kind !== '|') this.pos = Math.max(t.end, this.pos + 1);
          return this.errorExpression(t.start);
      }
    } finally {
      this.depth--;
    }
  }

  /** Builds a string node from a string or word token, parsing `$( )` and `$var` inside. */
  private stringNode(t: Token): ExpressionAst {
    const quote = t.quote ?? 'bare';
    if (t.unterminated) {
      const opener =
        quote === 'hereSingle' || quote === 'hereDouble'
          ? this.src.slice(t.start, t.start + 2)
          : quote === 'bare'
            ? this.src.slice(t.errorAt ?? t.start, (t.errorAt ?? t.start) + (this.src.charCodeAt(t.errorAt ?? t.start) === 0x24 ? 2 : 1))
            : this.src[t.start]!;
      const expected = quote === 'hereSingle' ? "'@" : quote === 'hereDouble' ? '"@' : isSingleQuote(opener.charCodeAt(opener.length - 1)) ? "'" : isDoubleQuote(opener.charCodeAt(opener.length - 1)) ? '"' : ')';
      const at = quote === 'bare' ? t.errorAt ?? t.start : t.start;
      this.unclosed(at, at + opener.length, opener, expected);
    }
    // An unterminated string swallowed the rest of the script: its `$( )` parts are not parsed,
    // so one missing quote gives one finding.
    if (!t.expandable || quote === 'single' || quote === 'hereSingle' || t.unterminated) {
      return this.node<StringConstantAst>({ kind: 'StringConstant', value: t.value, quote, start: t.start, end: t.end });
    }
    const from = quote === 'bare' ? t.start : t.contentStart ?? t.start;
    const to = quote === 'bare' ? t.end : t.contentEnd ?? t.end;
    const nested: ExpressionAst[] = [];
    for (const part of this.lx.expandableParts(from, to)) {
      if (part.kind === 'variable') {
        nested.push(this.node<VariableAst>({ kind: 'Variable', name: part.name ?? '', splatted: false, start: part.start, end: part.end }));
        continue;
      }
      if (part.unterminated) this.unclosed(part.start, part.start + 2, '$(', ')');
      const savedLimit = this.lx.limit;
      const savedPos = this.pos;
      this.lx.limit = part.innerEnd ?? to;
      this.pos = part.innerStart ?? part.start + 2;
      const statements = this.statementList(-1);
      const body = this.node<ScriptAst>({ kind: 'Script', statements, start: part.innerStart ?? part.start, end: part.innerEnd ?? to });
      this.lx.limit = savedLimit;
      this.pos = savedPos;
      nested.push(this.node({ kind: 'SubExpression', body, start: part.start, end: part.end }));
    }
    return this.node({ kind: 'ExpandableString', value: t.value, quote, nested: exact(nested), start: t.start, end: t.end });
  }

  /** `( )`, `$( )`, `@( )`, `@{ }` or `{ }` starting at token `t`. */
  private structure(t: Token): ExpressionAst {
    const open = t.start;
    this.pos = t.end;
    switch (t.kind) {
      case '(': {
        const statements = this.statementList(0x29);
        if (statements.length > 1) this.unexpected(statements[1]!.start, statements[1]!.end);
        this.closeStructure(open, '(', ')');
        return this.node({ kind: 'ParenExpression', pipeline: statements[0] ?? null, start: open, end: this.pos });
      }
      case '$(':
      case '@(': {
        const statements = this.statementList(0x29);
        const bodyEnd = this.pos;
        this.closeStructure(open, t.kind, ')');
        const body = this.node<ScriptAst>({ kind: 'Script', statements, start: open + 2, end: bodyEnd });
        return this.node({ kind: t.kind === '$(' ? 'SubExpression' : 'ArrayExpression', body, start: open, end: this.pos });
      }
      case '@{':
        return this.hashtable(open);
      default: {
        // script block
        this.skip(true);
        const statements: StatementAst[] = [];
        const statementsList = this.statementList(0x7d);
        statements.push(...statementsList);
        const bodyEnd = this.pos;
        this.closeStructure(open, '{', '}');
        const body = this.node<ScriptBlockBodyAst>({ kind: 'ScriptBlockBody', statements, start: open, end: Math.max(bodyEnd, open) });
        return this.node({ kind: 'ScriptBlock', body, start: open, end: this.pos });
      }
    }
  }

  private closeStructure(open: number, opener: string, expected: string): void {
    if (this.code() === expected.charCodeAt(0)) this.pos++;
    else this.unclosed(open, open + opener.length, opener, expected);
  }

  private hashtable(open: number): ExpressionAst {
    const entries: { key: ExpressionAst; value: StatementAst }[] = [];
    while (!this.listEnded(open, '@{', hashtableStrays)) {
      const c = this.code();
      const before = this.pos;
      let key: ExpressionAst;
      if (isNameChar(c) || isDash(c)) {
        // keys are read like command-mode words up to `=`
        let p = this.pos;
        while (p < this.lx.limit) {
          const k = this.src.charCodeAt(p);
          if (k === 0x3d || isBlank(k) || isNewline(k) || k === 0x3b || k === 0x7d) break;
          p++;
        }
        key = this.bareString(this.src.slice(this.pos, p), this.pos, p);
        this.pos = p;
      } else key = this.unary();
      this.skip(false);
      if (this.code() === 0x3d) {
        const eq = this.pos;
        this.pos++;
        this.skip(true);
        let value: StatementAst;
        if (this.atStatementEnd()) {
          this.unexpected(eq, eq + 1);
          value = this.node({ kind: 'ErrorStatement', start: this.pos, end: this.pos });
        } else value = this.statement() ?? this.node({ kind: 'ErrorStatement', start: this.pos, end: this.pos });
        entries.push({ key, value });
      } else {
        this.unexpectedToken();
        this.skipRestOfStatement();
      }
      this.skip(false);
      const d = this.code();
      if (!(d < 0 || isNewline(d) || d === 0x3b || d === 0x7d || d === 0x29)) {
        this.unexpectedToken();
        this.skipRestOfStatement();
      }
      if (this.pos === before) this.pos++;
    }
    return this.node({ kind: 'Hashtable', entries: exact(entries), start: open, end: this.pos });
  }

  /** Member access, method calls and indexing directly after a value (no blank in between). */
  private postfix(target: ExpressionAst, commandMode: boolean): ExpressionAst {
    let expr = target;
    for (;;) {
      const c = this.code();
      const n = this.code(this.pos + 1);
      let isStatic = false;
      let memberStart: number;
      if (c === 0x2e && n !== 0x2e && (isNameChar(n) || n === 0x24 || isSingleQuote(n) || isDoubleQuote(n))) {
        memberStart = this.pos + 1;
      } else if (c === 0x3a && n === 0x3a) {
        isStatic = true;
        memberStart = this.pos + 2;
      } else if (c === 0x5b && !commandMode) {
        expr = this.index(expr);
        continue;
      } else if (c === 0x5b && commandMode && expr.kind !== 'StringConstant') {
        expr = this.index(expr);
        continue;
      } else {
        return expr;
      }
      this.pos = memberStart;
      let member: ExpressionAst;
      const m = this.code();
      if (isNameChar(m)) {
        let p = this.pos;
        while (isNameChar(this.code(p))) p++;
        member = this.bareString(this.src.slice(this.pos, p), this.pos, p);
        this.pos = p;
      } else if (m === 0x24) {
        const t = this.peekExpression();
        member = t.kind === '$(' ? this.structure(t) : this.variableToken(t, false);
      } else if (isSingleQuote(m) || isDoubleQuote(m)) {
        const t = isSingleQuote(m) ? this.lx.scanSingleQuoted(this.pos) : this.lx.scanDoubleQuoted(this.pos);
        this.pos = t.end;
        member = this.stringNode(t);
      } else {
        this.unexpected(this.pos - 1, this.pos);
        return expr;
      }
      if (this.code() === 0x28) {
        const args = this.methodArguments();
        expr = this.node({ kind: 'InvokeMember', target: expr, member, isStatic, arguments: args, start: expr.start, end: this.pos });
      } else {
        expr = this.node({ kind: 'MemberAccess', target: expr, member, isStatic, start: expr.start, end: this.pos });
      }
    }
  }

  private index(target: ExpressionAst): ExpressionAst {
    const open = this.pos;
    this.pos++;
    this.skip(true);
    const savedNoComma = this.noComma;
    this.noComma = false;
    const index = this.code() === 0x5d ? this.errorExpression() : this.expression();
    this.noComma = savedNoComma;
    this.skip(true);
    if (this.code() === 0x5d) this.pos++;
    else this.unclosed(open, open + 1, '[', ']');
    return this.node({ kind: 'Index', target, index, start: target.start, end: this.pos });
  }

  private methodArguments(): ExpressionAst[] {
    const open = this.pos;
    this.pos++;
    const args: ExpressionAst[] = [];
    const savedNoComma = this.noComma;
    this.noComma = true;
    while (!this.listEnded(open, '(', argumentStrays)) {
      if (this.code() === 0x2c) {
        if (args.length === 0) this.unexpected(this.pos, this.pos + 1);
        this.pos++;
        continue;
      }
      const before = this.pos;
      args.push(this.expression());
      this.skip(true);
      const d = this.code();
      if (d !== 0x2c && d !== 0x29) {
        this.unexpectedToken();
        if (this.pos === before) this.pos++;
        break;
      }
    }
    this.noComma = savedNoComma;
    return args;
  }

  // ── expressions ──────────────────────────────────────────────────────────────────────────

  /** A full expression (expression mode). */
  private expression(): ExpressionAst {
    return this.binary(0);
  }

  private binary(level: number): ExpressionAst {
    if (level >= binaryLevels.length) return this.arrayLiteral();
    let left = this.binary(level + 1);
    const operators = binaryLevels[level]!;
    for (;;) {
      const save = this.pos;
      this.skip(false);
      const t = this.peekExpression();
      if (t.kind !== 'operator' || !operators.has(t.value)) {
        this.pos = save;
        return left;
      }
      this.pos = t.end;
      this.skip(true);
      const right = this.requireOperand(t) ?? this.binary(level + 1);
      left = this.node({ kind: 'Binary', operator: t.value, left, right, start: left.start, end: Math.max(right.end, t.end) });
    }
  }

  /** When no operand follows `t`, reports `t` and returns an error node; otherwise undefined. */
  private requireOperand(t: Token): ExpressionAst | undefined {
    const c = this.code();
    if (this.atStatementEnd(c) || c === 0x7c || c === 0x5d || c === 0x2c) {
      this.unexpected(t.start, t.end);
      return this.errorExpression();
    }
    return undefined;
  }

  private arrayLiteral(): ExpressionAst {
    const first = this.unary();
    if (this.noComma) return first;
    const save = this.pos;
    this.skip(false);
    if (this.code() !== 0x2c) {
      this.pos = save;
      return first;
    }
    const elements = [first];
    while (this.code() === 0x2c) {
      const comma = this.peekExpression();
      this.pos++;
      this.skip(true);
      elements.push(this.requireOperand(comma) ?? this.unary());
      const again = this.pos;
      this.skip(false);
      if (this.code() !== 0x2c) {
        this.pos = again;
        break;
      }
    }
    return this.node<ArrayLiteralAst>({ kind: 'ArrayLiteral', elements: exact(elements), start: first.start, end: elements[elements.length - 1]!.end });
  }

  private unary(): ExpressionAst {
    if (!this.enter()) {
      this.depth--;
      return this.errorExpression();
    }
    try {
      this.skip(false);
      const t = this.peekExpression();
      if (t.kind === 'operator' && unaryOperators.has(t.value)) {
        this.pos = t.end;
        this.skip(false);
        const operand = this.requireOperand(t) ?? this.unary();
        return this.node({ kind: 'Unary', operator: t.value, operand, postfix: false, start: t.start, end: Math.max(operand.end, t.end) });
      }
      if (t.kind === ',') {
        this.pos = t.end;
        const operand = this.requireOperand(t) ?? this.unary();
        return this.node<ArrayLiteralAst>({ kind: 'ArrayLiteral', elements: [operand], start: t.start, end: operand.end });
      }
      if (t.kind === '[') {
        const end = this.lx.scanTypeName(this.pos);
        if (end < 0) {
          this.unclosed(t.start, t.start + 1, '[', ']');
          this.pos = t.end;
          return this.errorExpression(t.start);
        }
        const typeName = this.src.slice(t.start + 1, end - 1).trim();
        this.pos = end;
        const c = this.code();
        if (c === 0x3a && this.code(this.pos + 1) === 0x3a) {
          return this.postfix(this.node({ kind: 'TypeLiteral', typeName, start: t.start, end: end }), false);
        }
        const save = this.pos;
        this.skip(false);
        if (this.isOperandStart()) {
          const operand = this.unary();
          return this.node({ kind: 'Convert', typeName, operand, start: t.start, end: operand.end });
        }
        this.pos = save;
        return this.postfix(this.node({ kind: 'TypeLiteral', typeName, start: t.start, end: end }), false);
      }
      const primary = this.primary(t);
      const n = this.peekExpression();
      if (n.kind === 'operator' && (n.value === '++' || n.value === '--') && n.start === this.pos) {
        this.pos = n.end;
        return this.node({ kind: 'Unary', operator: n.value, operand: primary, postfix: true, start: primary.start, end: n.end });
      }
      return primary;
    } finally {
      this.depth--;
    }
  }

  /** Whether an operand (for a cast) starts at `pos`. */
  private isOperandStart(): boolean {
    const c = this.code();
    if (c < 0) return false;
    if (c === 0x24 || c === 0x28 || c === 0x40 || c === 0x5b || c === 0x7b || isSingleQuote(c) || isDoubleQuote(c)) return true;
    if (c >= 0x30 && c <= 0x39) return true;
    if (c === 0x21) return true;
    if (isDash(c)) {
      const t = this.peekExpression();
      return t.kind === 'operator' && (t.value === '-' || t.value === '-not' || t.value === '-bnot');
    }
    return false;
  }

  private primary(t: Token): ExpressionAst {
    switch (t.kind) {
      case 'number':
        return this.postfix(this.numberToken(t), false);
      case 'string':
        this.pos = t.end;
        return this.postfix(this.stringNode(t), false);
      case 'variable':
        return this.postfix(this.variableToken(t, false), false);
      case 'splat':
        return this.variableToken(t, true);
      case '$(':
      case '@(':
      case '@{':
      case '(':
      case '{':
        return this.postfix(this.structure(t), false);
      case 'identifier':
      case 'parameter':
      case 'unknown':
      case '.':
      case '::':
      case 'operator':
      case 'assign': {
        // A bare word in expression mode (`$x -eq foo`) is a PowerShell parse error.
        this.unexpected(t.start, Math.max(t.end, t.start + 1));
        this.pos = Math.max(t.end, t.start + 1);
        return this.bareString(t.value, t.start, this.pos);
      }
      default:
        this.unexpected(t.start, Math.max(t.end, t.start + 1));
        return this.errorExpression(t.start);
    }
  }
}


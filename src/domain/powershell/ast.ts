/**
 * The syntax tree our parser builds for Windows PowerShell 5.1 scripts (and, with `parseCmd`, for
 * cmd.exe lines). Every node carries the exact `start`/`end` offsets of its text; `ParseResult.lines`
 * turns them into a 1-based line/column range (end column exclusive) when a rule reports, so the
 * tree holds no position object per node.
 */
import type { SourceRange } from '../finding.ts';
import type { LineIndex } from './tokenizer.ts';

interface NodeBase {
  /** Offset of the first character (0-based, UTF-16 code units). */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** How a string literal was written. `bare` is a command-mode word such as `MSExchangeUM` or `C:\x`. */
export type QuoteKind = 'single' | 'double' | 'hereSingle' | 'hereDouble' | 'bare';

/** A whole script, a script block body, or the inside of `$( )` / `@( )`. */
export interface ScriptAst extends NodeBase {
  kind: 'Script';
  statements: StatementAst[];
}

// ── Statements ──────────────────────────────────────────────────────────────────────────────

/** `a | b | c` — one or more pipeline elements. A lone command is a one-element pipeline. */
export interface PipelineAst extends NodeBase {
  kind: 'Pipeline';
  elements: PipelineElementAst[];
  /** Trailing `&` (background job, PowerShell 6+) — kept only to report it. */
  background: boolean;
}

/** `left && right` / `left || right`: valid in cmd.exe and PowerShell 7, not in Windows PowerShell 5.1. */
export interface ChainAst extends NodeBase {
  kind: 'Chain';
  left: StatementAst;
  operator: '&&' | '||' | '&';
  right: StatementAst;
}

/** `$c = Get-Credential "x"`, `$n += 1`. */
export interface AssignmentAst extends NodeBase {
  kind: 'Assignment';
  target: ExpressionAst;
  operator: string;
  value: StatementAst;
}

export interface IfAst extends NodeBase {
  kind: 'If';
  clauses: { condition: StatementAst; body: ScriptBlockBodyAst }[];
  elseBody: ScriptBlockBodyAst | null;
}

/** Loops: `foreach ($x in $y) {}`, `for (;;) {}`, `while () {}`, `do {} while ()`, `do {} until ()`. */
export interface LoopAst extends NodeBase {
  kind: 'Loop';
  loop: 'foreach' | 'for' | 'while' | 'dowhile' | 'dountil';
  /** foreach: the variable; for: init; others: null. */
  variable: ExpressionAst | null;
  /** foreach: the collection; for/while/do: the condition. */
  condition: StatementAst | null;
  /** for: the iterator statement. */
  iterator: StatementAst | null;
  body: ScriptBlockBodyAst;
}

export interface SwitchAst extends NodeBase {
  kind: 'Switch';
  subject: StatementAst | null;
  clauses: { test: ExpressionAst; body: ScriptBlockBodyAst }[];
}

export interface TryAst extends NodeBase {
  kind: 'Try';
  body: ScriptBlockBodyAst;
  catches: ScriptBlockBodyAst[];
  finallyBody: ScriptBlockBodyAst | null;
}

export interface FunctionAst extends NodeBase {
  kind: 'Function';
  name: string;
  body: ScriptBlockBodyAst;
}

/** `return`, `throw`, `exit`, `break`, `continue` with an optional pipeline. */
export interface FlowAst extends NodeBase {
  kind: 'Flow';
  keyword: 'return' | 'throw' | 'exit' | 'break' | 'continue';
  value: StatementAst | null;
}

/** `param(...)` at the top of a script or script block (contents kept as expressions). */
export interface ParamBlockAst extends NodeBase {
  kind: 'ParamBlock';
  parameters: ExpressionAst[];
}

/** `begin { }`, `process { }`, `end { }` inside a script block or function. */
export interface NamedBlockAst extends NodeBase {
  kind: 'NamedBlock';
  name: string;
  body: ScriptBlockBodyAst;
}

/** What could not be parsed; the diagnostics say why. */
export interface ErrorStatementAst extends NodeBase {
  kind: 'ErrorStatement';
}

export type StatementAst =
  | PipelineAst
  | ChainAst
  | AssignmentAst
  | IfAst
  | LoopAst
  | SwitchAst
  | TryAst
  | FunctionAst
  | FlowAst
  | ParamBlockAst
  | NamedBlockAst
  | ErrorStatementAst;

// ── Commands ────────────────────────────────────────────────────────────────────────────────

/** A pipeline element: a command invocation, or an expression such as `$list` or `"a","b"`. */
export type PipelineElementAst = CommandAst | CommandExpressionAst;

/** A command invocation: `Get-UMService -Identity mbx01`, `& 'C:\x.exe' a`, `.\ExchUcUtil.ps1`. */
export interface CommandAst extends NodeBase {
  kind: 'Command';
  /** `&` (call), `.` (dot-source) or null. */
  invocation: '&' | '.' | null;
  /** The command name element as written (a bare word, a string, or any expression after `&`). */
  name: ExpressionAst;
  /** The statically known command name, or null when it is computed (`& $cmd`). */
  nameText: string | null;
  /** Parameters and arguments in source order (the name excluded). */
  elements: CommandElementAst[];
  redirections: RedirectionAst[];
  /** True when an element before it in the pipeline feeds it. */
  receivesPipelineInput: boolean;
  /** Index in its pipeline (0 = first). */
  pipelineIndex: number;
}

/** `-Name`, `-Name:value` or `-Name: value` in a command. */
export interface CommandParameterAst extends NodeBase {
  kind: 'CommandParameter';
  /** The name without its dash, as written (any of the four dash characters). */
  name: string;
  /** Offset just past the `-Name` part (no colon argument): the name is `[start, nameEnd)`. */
  nameEnd: number;
  /** True when written with a colon; `argument` is then the value that followed it. */
  colon: boolean;
  argument: ExpressionAst | null;
}

/** `--`: everything after it is an argument, even `-Name`. */
export interface EndOfParametersAst extends NodeBase {
  kind: 'EndOfParameters';
}

/** `--%`: the rest of the line goes to a native program untouched. */
export interface StopParsingAst extends NodeBase {
  kind: 'StopParsing';
  text: string;
}

export type CommandElementAst = CommandParameterAst | ExpressionAst | EndOfParametersAst | StopParsingAst;

/** `> file`, `2>&1`, `*>> log.txt`. */
export interface RedirectionAst extends NodeBase {
  kind: 'Redirection';
  operator: string;
  target: ExpressionAst | null;
}

/** An expression used as a pipeline element: `$list | Set-X`, `"a" | Out-File`. */
export interface CommandExpressionAst extends NodeBase {
  kind: 'CommandExpression';
  expression: ExpressionAst;
  redirections: RedirectionAst[];
}

// ── Expressions ─────────────────────────────────────────────────────────────────────────────

/** A string whose value is known: single-quoted, a here-string, or a bare word without `$`. */
export interface StringConstantAst extends NodeBase {
  kind: 'StringConstant';
  value: string;
  quote: QuoteKind;
}

/** A double-quoted string or bare word that interpolates `$var` or `$( )`. */
export interface ExpandableStringAst extends NodeBase {
  kind: 'ExpandableString';
  /** The text with escapes processed and every embedded expression kept as written. */
  value: string;
  quote: QuoteKind;
  /** The embedded variables and sub-expressions, in order. */
  nested: ExpressionAst[];
}

export interface NumberAst extends NodeBase {
  kind: 'Number';
  value: number;
  text: string;
}

/** `$x`, `${x y}`, `$env:Path`, `$script:x`; `splatted` for `@params`. */
export interface VariableAst extends NodeBase {
  kind: 'Variable';
  /** Name without `$`/`@` and without braces, drive included (`env:Path`). */
  name: string;
  splatted: boolean;
}

/** `a,b,c` (the comma operator). */
export interface ArrayLiteralAst extends NodeBase {
  kind: 'ArrayLiteral';
  elements: ExpressionAst[];
}

/** `@( … )`. */
export interface ArrayExpressionAst extends NodeBase {
  kind: 'ArrayExpression';
  body: ScriptAst;
}

/** `$( … )`. */
export interface SubExpressionAst extends NodeBase {
  kind: 'SubExpression';
  body: ScriptAst;
}

/** `( pipeline )`. */
export interface ParenExpressionAst extends NodeBase {
  kind: 'ParenExpression';
  pipeline: StatementAst | null;
}

/** `@{ Add = 'x'; Remove = 'y' }`. */
export interface HashtableAst extends NodeBase {
  kind: 'Hashtable';
  entries: { key: ExpressionAst; value: StatementAst }[];
}

/** `{ $_.Name -eq 'x' }`. */
export interface ScriptBlockExpressionAst extends NodeBase {
  kind: 'ScriptBlock';
  body: ScriptBlockBodyAst;
}

/** The statements between `{` and `}` (script blocks, statement bodies). */
export interface ScriptBlockBodyAst extends NodeBase {
  kind: 'ScriptBlockBody';
  statements: StatementAst[];
}

/** `$x.Name`, `[IO.File]::Exists`, `(Get-Credential).Password`. */
export interface MemberAccessAst extends NodeBase {
  kind: 'MemberAccess';
  target: ExpressionAst;
  /** A bare member name is a StringConstant; `$x.$name` uses the expression. */
  member: ExpressionAst;
  isStatic: boolean;
}

/** `$x.ToString()`, `[System.IO.File]::ReadAllBytes('x')`. */
export interface InvokeMemberAst extends NodeBase {
  kind: 'InvokeMember';
  target: ExpressionAst;
  member: ExpressionAst;
  isStatic: boolean;
  arguments: ExpressionAst[];
}

/** `$x[0]`. */
export interface IndexAst extends NodeBase {
  kind: 'Index';
  target: ExpressionAst;
  index: ExpressionAst;
}

/** `[System.IO.File]` used as a value. */
export interface TypeLiteralAst extends NodeBase {
  kind: 'TypeLiteral';
  typeName: string;
}

/** `[int]$x`, `[bool]'1'`. */
export interface ConvertAst extends NodeBase {
  kind: 'Convert';
  typeName: string;
  operand: ExpressionAst;
}

/** `a -eq b`, `1 + 2`, `$x -match 'UM'`. Operators are lower-case, dash included (`-eq`). */
export interface BinaryAst extends NodeBase {
  kind: 'Binary';
  operator: string;
  left: ExpressionAst;
  right: ExpressionAst;
}

/** `-not $x`, `!$x`, `-$n`, `$i++`. */
export interface UnaryAst extends NodeBase {
  kind: 'Unary';
  operator: string;
  operand: ExpressionAst;
  postfix: boolean;
}

/** A placeholder where an expression was required but missing (a diagnostic says why). */
export interface ErrorExpressionAst extends NodeBase {
  kind: 'ErrorExpression';
}

export type ExpressionAst =
  | StringConstantAst
  | ExpandableStringAst
  | NumberAst
  | VariableAst
  | ArrayLiteralAst
  | ArrayExpressionAst
  | SubExpressionAst
  | ParenExpressionAst
  | HashtableAst
  | ScriptBlockExpressionAst
  | MemberAccessAst
  | InvokeMemberAst
  | IndexAst
  | TypeLiteralAst
  | ConvertAst
  | BinaryAst
  | UnaryAst
  | ErrorExpressionAst;

export type AnyAst = ScriptAst | StatementAst | ScriptBlockBodyAst | PipelineElementAst | CommandElementAst | RedirectionAst;

/** A parse problem. Codes map to rules: `unclosed` → ps-parse-error, `unexpected` → ps-unexpected-token, `chain` → ps-chain-operator. */
export interface ParseDiagnostic {
  code: 'unclosed' | 'unexpected' | 'chain';
  range: SourceRange;
  /** Syntax tokens only (`opener`, `expected`, `token`, `operator`), never prose. */
  params: Readonly<Record<string, string>>;
  /** Set only by the last-resort guard when the parser itself failed (a bug, never expected). */
  internal?: boolean;
}

/** What `parseScript` returns: the tree, every command in source order, and the diagnostics. */
export interface ParseResult {
  script: ScriptAst;
  /** Every command invocation, nested ones included (inside `( )`, `$( )`, script blocks…), in source order. */
  commands: CommandAst[];
  diagnostics: ParseDiagnostic[];
  /** The text that was parsed. */
  source: string;
  /** Line/column positions of `source`'s offsets: a node's range is `lines.range(node.start, node.end)`. */
  lines: LineIndex;
}

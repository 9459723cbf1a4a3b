/**
 * A small PowerShell (and cmd.exe) evaluator over the engine's syntax tree: pipelines, script
 * blocks with `$_`, member access, the comparison operators, hashtables and lists — enough for the
 * runbook's lines and the one-liners operators type — dispatching commands to the lab's cmdlets.
 *
 * Parameter binding is not redone here: the linter's binder (`bindCommand`) already resolved every
 * `-Name` (alias, prefix) and positional argument to its canonical parameter; the evaluator only
 * computes the values.
 */
import type {
  CommandAst,
  ExpressionAst,
  ParseResult,
  PipelineAst,
  StatementAst,
} from '../powershell/ast.ts';
import type { CommandBinding } from '../powershell/binder.ts';
import { EXCHANGE_SCRIPTS, LabContext, localNumbers, type CmdletCall, type CmdletHandler, type LabShell } from './context.ts';
import { t } from '../../i18n/index.ts';
import { formatDefault } from './format.ts';
import { labLimits } from './limits.ts';
import { LabError, LabLimitError, notRecognized } from './output.ts';
import { compileRegex, PatternError, regexMatch, wildcardMatch, type CompiledRegex } from './patterns.ts';
import {
  collapse,
  enumerate,
  getProperty,
  isHashtable,
  isObject,
  isTagged,
  isTruthy,
  psObject,
  toText,
  type PsHashtable,
  type PsValue,
} from './values.ts';

/** Which shells a lab command exists in. `core` = any PowerShell; `native` = a program, any shell. */
export type CommandHome = 'exchange' | 'lync' | 'core' | 'cmd' | 'native';

export interface LabCommand {
  home: CommandHome;
  run: CmdletHandler;
}

/** The commands the evaluator can run, by folded canonical name. */
export type CommandTable = ReadonlyMap<string, LabCommand>;

/** Everything a line needs besides the context: its parse, its bindings, the command table. */
export interface Program {
  parsed: ParseResult;
  bindings: ReadonlyMap<CommandAst, CommandBinding>;
  commands: CommandTable;
}

/** Runs every statement of a parsed line; an error stops its statement, not the line. */
export function runProgram(program: Program, ctx: LabContext): void {
  ctx.runBlock = (block, item) => invokeBlock(block, item, program, ctx);
  for (const statement of program.parsed.script.statements) runTopStatement(statement, program, ctx);
}

function runTopStatement(statement: StatementAst, program: Program, ctx: LabContext): boolean {
  try {
    if (statement.kind === 'Chain') {
      // cmd.exe: `a && b` runs b only if a succeeded; `a || b` only if it failed.
      const ok = runTopStatement(statement.left, program, ctx);
      if (statement.operator === '&&' && !ok) return false;
      if (statement.operator === '||' && ok) return true;
      return runTopStatement(statement.right, program, ctx);
    }
    const values = runStatement(statement, program, ctx);
    // Everything but an assignment sends its results to the host (Out-Default).
    if (statement.kind !== 'Assignment') for (const line of formatDefault(values)) ctx.emit(line);
    return true;
  } catch (error) {
    if (!(error instanceof LabError)) throw error;
    reportError(error, ctx);
    return false;
  } finally {
    for (const line of ctx.trailing.splice(0)) ctx.emit(line);
  }
}

/** Prints an error the way the shell does, then its hint in the reader's language. */
export function reportError(error: LabError, ctx: LabContext): void {
  ctx.failed = true;
  if (error instanceof LabLimitError) {
    ctx.print(t(ctx.lang, `lab.limit.${error.key}`, localNumbers(ctx.lang, { ...error.params, command: error.command })), 'error');
    return;
  }
  if (ctx.shell === 'cmd' || error.bare) {
    ctx.print(error.bare && ctx.shell !== 'cmd' ? `${error.command} : ${error.message}` : error.message, 'error');
  } else {
    ctx.print(`${error.command} : ${error.message}`, 'error');
  }
  if (ctx.shell !== 'cmd') ctx.print(`    + CategoryInfo          : ${error.category}`, 'error');
  if (error.hint) ctx.hint(error.hint);
}

function runStatement(statement: StatementAst, program: Program, ctx: LabContext): PsValue[] {
  // Every statement counts, loops included: a line that would run for ever stops here.
  if (++ctx.statements > labLimits.statements) throw new LabLimitError(statement.kind, 'statements', { limit: labLimits.statements });
  switch (statement.kind) {
    case 'Pipeline':
      return runPipeline(statement, program, ctx);
    case 'Assignment': {
      if (statement.target.kind !== 'Variable' || statement.operator !== '=') throw unsupported('assignment');
      ctx.variables[statement.target.name.toLowerCase()] = statementValue(statement.value, program, ctx);
      return [];
    }
    case 'If': {
      for (const clause of statement.clauses) {
        if (isTruthy(collapse(runStatement(clause.condition, program, ctx)))) return runBody(clause.body.statements, program, ctx);
      }
      return statement.elseBody ? runBody(statement.elseBody.statements, program, ctx) : [];
    }
    case 'Loop': {
      if (statement.loop !== 'foreach' || statement.variable?.kind !== 'Variable' || !statement.condition) throw unsupported(statement.loop);
      const out: PsValue[] = [];
      const name = statement.variable.name.toLowerCase();
      for (const item of enumerate(collapse(runStatement(statement.condition, program, ctx)))) {
        ctx.variables[name] = item;
        for (const value of runBody(statement.body.statements, program, ctx)) out.push(value);
        boundedItems(out.length, 'foreach');
      }
      return out;
    }
    case 'Chain':
      throw new LabError('&&', "The token '&&' is not a valid statement separator in this version.", {
        category: 'ParserError: (:) [], ParentContainsErrorRecordException',
        bare: true,
      });
    case 'ErrorStatement':
      return [];
    default:
      throw unsupported(statement.kind);
  }
}

/**
 * The value a statement gives an assignment or a hashtable entry. A lone expression keeps its
 * value as is — `$x = @(1)` and `@{ a = @(1) }` hold a one-item list — while a pipeline with
 * commands is collected: one result is unwrapped, none is $null (`$x = Get-UMDialPlan`).
 */
function statementValue(statement: StatementAst, program: Program, ctx: LabContext): PsValue {
  if (statement.kind === 'Pipeline' && statement.elements.length === 1 && statement.elements[0]!.kind === 'CommandExpression') {
    if (++ctx.statements > labLimits.statements) throw new LabLimitError(statement.kind, 'statements', { limit: labLimits.statements });
    return evaluate(statement.elements[0]!.expression, program, ctx);
  }
  return collapse(runStatement(statement, program, ctx));
}

function runBody(statements: readonly StatementAst[], program: Program, ctx: LabContext): PsValue[] {
  const out: PsValue[] = [];
  for (const statement of statements) {
    for (const value of runStatement(statement, program, ctx)) out.push(value);
    boundedItems(out.length, statement.kind);
  }
  return out;
}

/** Stops a line whose value would hold more items than the lab keeps. */
function boundedItems(count: number, command: string): void {
  if (count > labLimits.valueItems) throw new LabLimitError(command, 'valueItems', { limit: labLimits.valueItems, count });
}

/** Stops a line that builds a list or a string larger than the lab keeps; returns the value. */
function bounded(value: PsValue, command: string): PsValue {
  if (Array.isArray(value)) boundedItems(value.length, command);
  else if (typeof value === 'string' && value.length > labLimits.stringChars) {
    throw new LabLimitError(command, 'stringChars', { limit: labLimits.stringChars, count: value.length });
  }
  return value;
}

function unsupported(what: string): LabError {
  return new LabError(what, `The lab does not simulate this construct (${what}).`, { hint: { key: 'unsupportedSyntax', params: { what } } });
}

function runPipeline(pipeline: PipelineAst, program: Program, ctx: LabContext): PsValue[] {
  let input: PsValue[] = [];
  pipeline.elements.forEach((element, index) => {
    if (element.kind === 'CommandExpression') {
      // An expression inside a pipeline (`$list | Set-X`) sends its items down the pipeline.
      input = enumerate(evaluate(element.expression, program, ctx));
    } else {
      input = invoke(element, input, index > 0, program, ctx);
    }
    boundedItems(input.length, element.kind === 'Command' ? (element.nameText ?? 'pipeline') : 'pipeline');
  });
  return input;
}

/** Where a command exists, checked against the session's shell. */
function homeFits(home: CommandHome, shell: LabShell): boolean {
  if (home === 'native') return true;
  if (shell === 'cmd') return home === 'cmd';
  if (home === 'core') return true;
  if (home === 'cmd') return false;
  return home === shell;
}

function invoke(command: CommandAst, input: PsValue[], receivesInput: boolean, program: Program, ctx: LabContext): PsValue[] {
  const binding = program.bindings.get(command) ?? null;
  const written = command.nameText ?? toText(evaluate(command.name, program, ctx));
  if (written.trim() === '') {
    throw new LabError('&', "The expression after '&' in a pipeline element produced an object that was not valid. It must result in a command name, a script block, or a CommandInfo object.", {
      category: 'InvalidOperation: (:) [], RuntimeException',
      bare: true,
    });
  }
  // `& "$exscripts\ExchUcUtil.ps1"`: a computed path still names a known script by its file name.
  const name = binding?.resolvedName ?? written.split(/[\\/]/).pop() ?? written;
  const entry = program.commands.get(name.toLowerCase());
  if (!entry || !homeFits(entry.home, ctx.shell)) {
    if (ctx.shell === 'cmd') {
      throw new LabError(written, `'${written}' is not recognized as an internal or external command,\noperable program or batch file.`, {
        bare: true,
        ...(entry ? { hint: { key: 'wrongShell', params: { command: written, shell: entry.home } } } : {}),
      });
    }
    if (entry) throw notRecognized(written, { key: 'wrongShell', params: { command: written, shell: entry.home } });
    const known = binding !== null && ['cmdlet', 'known', 'native'].includes(binding.resolution.kind);
    throw notRecognized(written, known ? { key: 'notSimulated', params: { command: name } } : { key: 'unknownCommand', params: { command: written } });
  }
  const params = new Map<string, PsValue>();
  if (binding) {
    for (const parameter of binding.parameters) {
      if (params.has(parameter.name)) continue;
      params.set(parameter.name, parameter.value ? evaluate(parameter.value, program, ctx) : true);
    }
  }
  const words: string[] = [];
  if (!binding?.cmdlet) {
    for (const element of command.elements) {
      if (element.kind === 'CommandParameter') {
        words.push(`-${element.name}${element.colon ? ':' : ''}`);
        if (element.colon && element.argument) words[words.length - 1] += toText(evaluate(element.argument, program, ctx));
      } else if (element.kind === 'StopParsing') words.push(element.text);
      else if (element.kind !== 'EndOfParameters') words.push(toText(evaluate(element, program, ctx)));
    }
  }
  const call: CmdletCall = { name, written, binding, params, words, input, receivesInput };
  return entry.run(call, ctx);
}

/** Runs a script block with `$_` set to `item` (Where-Object, ForEach-Object). */
export function invokeBlock(block: PsValue, item: PsValue, program: Program, ctx: LabContext): PsValue[] {
  if (!isTagged(block) || block.kind !== 'scriptblock') return [];
  ctx.pipelineItems.push(item);
  try {
    return runBody(block.body.statements, program, ctx);
  } finally {
    ctx.pipelineItems.pop();
  }
}

const builtinVariables = (ctx: LabContext): Record<string, PsValue> => ({
  true: true,
  false: false,
  null: null,
  exscripts: ctx.shell === 'exchange' ? EXCHANGE_SCRIPTS : null,
  'env:exchangeinstallpath': ctx.shell === 'exchange' ? 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\' : null,
  'env:commonprogramfiles': 'C:\\Program Files\\Common Files',
  'env:computername': ctx.server.split('.')[0]!.toUpperCase(),
  pwd: ctx.cwd,
});

/** Evaluates an expression. */
export function evaluate(expr: ExpressionAst, program: Program, ctx: LabContext): PsValue {
  switch (expr.kind) {
    case 'StringConstant':
      return expr.value;
    case 'ExpandableString':
      return bounded(expand(expr.value, expr.nested, program, ctx), 'string');
    case 'Number':
      return expr.value;
    case 'Variable': {
      const name = expr.name.toLowerCase();
      if (name === '_' || name === 'psitem') return ctx.pipelineItems[ctx.pipelineItems.length - 1] ?? null;
      if (Object.hasOwn(ctx.variables, name)) return ctx.variables[name]!;
      const builtin = builtinVariables(ctx);
      return Object.hasOwn(builtin, name) ? builtin[name]! : null;
    }
    case 'ArrayLiteral':
      return expr.elements.map((e) => evaluate(e, program, ctx));
    case 'ArrayExpression':
      return runBody(expr.body.statements, program, ctx);
    case 'SubExpression':
      return collapse(runBody(expr.body.statements, program, ctx));
    case 'ParenExpression':
      return expr.pipeline ? collapse(runStatement(expr.pipeline, program, ctx)) : null;
    case 'Hashtable': {
      const table: PsHashtable = { kind: 'hashtable', entries: {} };
      for (const entry of expr.entries) {
        const key = toText(evaluate(entry.key, program, ctx));
        table.entries[key.toLowerCase()] = { key, value: statementValue(entry.value, program, ctx) };
      }
      return table;
    }
    case 'ScriptBlock':
      return { kind: 'scriptblock', body: expr.body, source: program.parsed.source };
    case 'MemberAccess': {
      const member = memberName(expr.member, program, ctx);
      if (expr.isStatic) throw unsupported(`[${expr.target.kind === 'TypeLiteral' ? expr.target.typeName : '?'}]::${member}`);
      return memberOf(evaluate(expr.target, program, ctx), member);
    }
    case 'InvokeMember': {
      const member = memberName(expr.member, program, ctx);
      const args = expr.arguments.map((a) => evaluate(a, program, ctx));
      if (expr.isStatic && expr.target.kind === 'TypeLiteral') return staticMethod(expr.target.typeName, member, args, program, ctx);
      return bounded(method(evaluate(expr.target, program, ctx), member, args), member);
    }
    case 'Index': {
      const target = evaluate(expr.target, program, ctx);
      const index = evaluate(expr.index, program, ctx);
      if (Array.isArray(target) && typeof index === 'number') return target[index < 0 ? target.length + index : index] ?? null;
      if (typeof target === 'string' && typeof index === 'number') return target.charAt(index < 0 ? target.length + index : index);
      if (isHashtable(target)) return target.entries[toText(index).toLowerCase()]?.value ?? null;
      return null;
    }
    case 'TypeLiteral':
      return expr.typeName;
    case 'Convert':
      return convert(expr.typeName, evaluate(expr.operand, program, ctx));
    case 'Binary':
      return bounded(binary(expr.operator, expr.left, expr.right, program, ctx), expr.operator);
    case 'Unary': {
      const operand = evaluate(expr.operand, program, ctx);
      if (expr.operator === '-not' || expr.operator === '!') return !isTruthy(operand);
      if (expr.operator === '-') return -Number(toText(operand));
      if (expr.operator === '+') return Number(toText(operand));
      throw unsupported(expr.operator);
    }
    case 'ErrorExpression':
      return null;
  }
}

/** Static methods the runbook uses: only `[System.IO.File]::ReadAllBytes` touches the lab's files. */
function staticMethod(typeName: string, member: string, args: PsValue[], program: Program, ctx: LabContext): PsValue {
  const type = typeName.toLowerCase().replace(/^system\./, '');
  if (type === 'io.file' && member.toLowerCase() === 'readallbytes') {
    const reader = program.commands.get('[system.io.file]::readallbytes');
    if (reader) return collapse(reader.run({ name: 'ReadAllBytes', written: 'ReadAllBytes', binding: null, params: new Map(), words: [toText(args[0] ?? null)], input: [], receivesInput: false }, ctx));
  }
  throw unsupported(`[${typeName}]::${member}()`);
}

function expand(value: string, nested: readonly ExpressionAst[], program: Program, ctx: LabContext): string {
  let out = '';
  let cursor = 0;
  for (const node of nested) {
    const written = program.parsed.source.slice(node.start, node.end);
    const at = value.indexOf(written, cursor);
    if (at < 0) continue;
    out += value.slice(cursor, at) + toText(evaluate(node, program, ctx));
    cursor = at + written.length;
  }
  return out + value.slice(cursor);
}

function memberName(member: ExpressionAst, program: Program, ctx: LabContext): string {
  return member.kind === 'StringConstant' ? member.value : toText(evaluate(member, program, ctx));
}

/** `$x.Name`: a property, `Count`/`Length`, or member enumeration over a list (PowerShell 3+). */
export function memberOf(target: PsValue, member: string): PsValue {
  const lower = member.toLowerCase();
  if (Array.isArray(target)) {
    if (lower === 'count' || lower === 'length') return target.length;
    const values = target.map((item) => memberOf(item, member)).filter((v) => v !== null);
    return values.flatMap((v) => (Array.isArray(v) ? v : [v]));
  }
  if (typeof target === 'string' && lower === 'length') return target.length;
  if (target === null) return null;
  if (lower === 'count' && !isObject(target)) return 1;
  return getProperty(target, member) ?? null;
}

function method(target: PsValue, member: string, args: PsValue[]): PsValue {
  const text = toText(target);
  const arg = (i: number) => toText(args[i] ?? null);
  switch (member.toLowerCase()) {
    case 'tostring':
      return text;
    case 'tolower':
      return text.toLowerCase();
    case 'toupper':
      return text.toUpperCase();
    case 'trim':
      return text.trim();
    case 'contains':
      return Array.isArray(target) ? target.some((v) => toText(v).toLowerCase() === arg(0).toLowerCase()) : text.includes(arg(0));
    case 'startswith':
      return text.startsWith(arg(0));
    case 'endswith':
      return text.endsWith(arg(0));
    case 'replace':
      return text.split(arg(0)).join(arg(1));
    case 'split':
      return text.split(arg(0) || ' ');
    default:
      throw new LabError(member, `Method invocation failed because [${isObject(target) ? target.typeName : 'System.String'}] does not contain a method named '${member}'.`, {
        category: 'InvalidOperation: (:) [], RuntimeException',
        bare: true,
      });
  }
}

function convert(typeName: string, value: PsValue): PsValue {
  switch (typeName.toLowerCase()) {
    case 'string':
      return toText(value);
    case 'int':
    case 'int32':
    case 'long':
      return Math.trunc(Number(toText(value)));
    case 'bool':
    case 'boolean':
      return isTruthy(value);
    case 'array':
    case 'object[]':
      return enumerate(value);
    case 'string[]':
      return enumerate(value).map(toText);
    case 'pscustomobject':
    case 'psobject':
      // `[PSCustomObject]@{…}`: an object with the hashtable's keys as properties, in their order.
      if (!isHashtable(value)) return value;
      return psObject('System.Management.Automation.PSCustomObject', Object.fromEntries(Object.values(value.entries).map(({ key, value: v }) => [key, v])), { view: Object.keys(value.entries).length > 4 ? 'list' : 'table' });
    default:
      return value;
  }
}


/** One comparison, PowerShell style: case-insensitive, numbers compared as numbers. */
export function compare(operator: string, left: PsValue, right: PsValue): boolean {
  const op = operator.toLowerCase().replace(/^-i/, '-');
  const a = toText(left);
  const b = toText(right);
  const numeric = typeof left === 'number' || typeof right === 'number';
  const na = Number(a);
  const nb = Number(b);
  const order = numeric && !Number.isNaN(na) && !Number.isNaN(nb) ? na - nb : a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
  switch (op) {
    case '-eq':
      return order === 0;
    case '-ne':
      return order !== 0;
    case '-gt':
      return order > 0;
    case '-ge':
      return order >= 0;
    case '-lt':
      return order < 0;
    case '-le':
      return order <= 0;
    case '-like':
      return wildcardMatch(a, b);
    case '-notlike':
      return !wildcardMatch(a, b);
    case '-clike':
      return wildcardMatch(a, b, false);
    case '-match':
      return matches(b, a, true, op);
    case '-notmatch':
      return !matches(b, a, true, op);
    case '-cmatch':
      return matches(b, a, false, op);
    case '-ceq':
      return a === b;
    case '-cne':
      return a !== b;
    default:
      return false;
  }
}

/** Compiled patterns of recent `-match`es (a Where-Object filter compares the same pattern per item). */
const regexCache = new Map<string, CompiledRegex>();

/** `-match` through the lab's budgeted matcher; a runaway pattern stops with the lab's message. */
function matches(pattern: string, text: string, ignoreCase: boolean, operator: string): boolean {
  const key = `${ignoreCase ? 'i' : 'c'}${pattern}`;
  try {
    let regex = regexCache.get(key);
    if (!regex) {
      regex = compileRegex(pattern, ignoreCase);
      if (regexCache.size >= 64) regexCache.delete(regexCache.keys().next().value!);
      regexCache.set(key, regex);
    }
    return regexMatch(regex, text) !== null;
  } catch (error) {
    if (!(error instanceof PatternError)) throw error;
    if (error.reason === 'budget') throw new LabLimitError(operator, 'matchSteps', { limit: labLimits.matchSteps, length: text.length });
    if (error.reason === 'size') throw new LabLimitError(operator, 'patternSize', { limit: labLimits.patternSize });
    if (error.reason === 'unsupported') throw unsupported(`${operator} '${error.detail}'`);
    // .NET's ArgumentException, as PowerShell prints it for a bad -match pattern.
    throw new LabError(operator, `parsing "${pattern}" - ${error.detail}`, { category: 'OperationStopped: (:) [], ArgumentException', bare: true });
  }
}

const comparisonOperators = new Set(['-eq', '-ne', '-gt', '-ge', '-lt', '-le', '-like', '-notlike', '-match', '-notmatch', '-ceq', '-cne', '-clike', '-cmatch', '-ieq', '-ine', '-ilike', '-imatch', '-inotlike', '-inotmatch']);

function binary(operator: string, leftExpr: ExpressionAst, rightExpr: ExpressionAst, program: Program, ctx: LabContext): PsValue {
  const op = operator.toLowerCase();
  if (op === '-and') return isTruthy(evaluate(leftExpr, program, ctx)) && isTruthy(evaluate(rightExpr, program, ctx));
  if (op === '-or') return isTruthy(evaluate(leftExpr, program, ctx)) || isTruthy(evaluate(rightExpr, program, ctx));
  const left = evaluate(leftExpr, program, ctx);
  const right = evaluate(rightExpr, program, ctx);
  if (comparisonOperators.has(op)) {
    // A list on the left filters: `@('a','b') -eq 'a'` is `a`.
    if (Array.isArray(left)) return left.filter((item) => compare(op, item, right));
    return compare(op, left, right);
  }
  switch (op) {
    case '-contains':
      return enumerate(left).some((item) => compare('-eq', item, right));
    case '-notcontains':
      return !enumerate(left).some((item) => compare('-eq', item, right));
    case '-in':
      return enumerate(right).some((item) => compare('-eq', left, item));
    case '-notin':
      return !enumerate(right).some((item) => compare('-eq', left, item));
    case '+':
      if (Array.isArray(left)) return [...left, ...enumerate(right)];
      if (typeof left === 'number') return left + Number(toText(right));
      return toText(left) + toText(right);
    case '-':
      return Number(toText(left)) - Number(toText(right));
    case '*':
      return Number(toText(left)) * Number(toText(right));
    case '/':
      return Number(toText(left)) / Number(toText(right));
    case '-f':
      return toText(left).replace(/\{(\d+)\}/g, (_, i: string) => toText(enumerate(right)[Number(i)] ?? null));
    case '-join':
      return enumerate(left).map(toText).join(toText(right));
    default:
      throw unsupported(operator);
  }
}

/** The command table entry for a catalog-bound call, for lab verbs that re-dispatch. */
export function lookupCommand(program: Program, name: string) {
  return program.commands.get(name.toLowerCase());
}


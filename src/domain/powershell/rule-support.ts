/**
 * Small helpers the script rules share: how to name a command in a finding, the scalar items of
 * a parameter value (list elements, `@{Add=…; Remove=…}` entries) with the node each one came from,
 * and the loops most ps-* rules run (over parse diagnostics, binding problems, bound parameters and
 * their value items), so that a rule file says only what it checks and what it reports.
 */
import type { ParameterSpec } from '../catalog/index.ts';
import type { Finding, Severity, SourceRange } from '../finding.ts';
import type { CommandParameterAst, ExpressionAst, ParseDiagnostic, ParseResult } from './ast.ts';
import type { BindingProblem, BoundParameter, CommandBinding } from './binder.ts';
import { statementExpression } from './parser.ts';
import { rangeOf, type ScriptRule, type ScriptRuleInput } from './script-rule.ts';
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
export function valueItems(expr: ExpressionAst | null, modifier?: string): readonly ValueItem[] {
  if (!expr) return noItems;
  return computeItems(expr, modifier);
}

/**
 * The value items of a bound parameter (`valueItems(parameter.value)`). Not kept: the value rules
 * read them once, in their shared walk (`valueCheckFindings`), and the few other rules that read them
 * ask about other parameters; kept on every parameter, they lived as long as the lint.
 */
export function parameterItems(parameter: BoundParameter): readonly ValueItem[] {
  return valueItems(parameter.value);
}

function computeItems(expr: ExpressionAst, modifier: string | undefined): readonly ValueItem[] {
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
      switch (value.kind) {
        case 'string':
          return [item(expr, 'string', value.value, value.quote === 'bare', modifier)];
        case 'number':
          return [item(expr, 'number', value.text, false, modifier)];
        case 'bool':
          return [item(expr, 'bool', value.value ? 'True' : 'False', false, modifier)];
        case 'null':
          return [item(expr, 'null', '', false, modifier)];
        default:
          return noItems;
      }
    }
  }
}

/** Shared by every value without known items (never mutated). */
const noItems: readonly ValueItem[] = [];

/** One value item; `modifier` only when there is one (no object spread: this runs per value). */
function item(node: ExpressionAst, kind: ValueItem['kind'], text: string, bare: boolean, modifier: string | undefined): ValueItem {
  const made: ValueItem = { node, kind, text, bare };
  if (modifier !== undefined) made.modifier = modifier;
  return made;
}

/** Where a finding about a parameter's value points: the value, or the parameter when it has none. */
export function valueRange(parsed: Pick<ParseResult, 'lines'>, parameter: BoundParameter): SourceRange {
  return rangeOf(parsed, parameter.value ?? parameter);
}

/** Where a finding about a parameter's name points: `-Name`, or the argument when bound by position. */
export function parameterNameRange(parsed: Pick<ParseResult, 'lines'>, parameter: BoundParameter): SourceRange {
  const node = parameter.parameterNode;
  return node ? nameRange(parsed, node) : rangeOf(parsed, parameter);
}

/** The range of a parameter's `-Name` part (without a colon argument). */
export function nameRange(parsed: Pick<ParseResult, 'lines'>, node: CommandParameterAst): SourceRange {
  return parsed.lines.range(node.start, node.nameEnd);
}

/** True when a text is a PowerShell wildcard pattern (`*`, `?`, `[a]`), which name checks must not judge. */
export function hasWildcard(text: string): boolean {
  return /[*?[]/.test(text);
}

/** The params every finding about a bound parameter starts with: the command as shown and the parameter's canonical name. */
export function parameterSubject(binding: CommandBinding, parameter: BoundParameter): { cmdlet: string; parameter: string } {
  return { cmdlet: commandLabel(binding), parameter: parameter.spec.name };
}

/*
 * The loops over every binding below (and in the rules) are indexed, not `for…of`: a rule's check
 * runs once per lint, so its loop runs mostly before the optimizing compiler takes it over, and
 * there `for…of` allocates an iterator result per item (≈ 100 MB per lint of 100,000 lines).
 */

/** What a rule's callback reports: nothing, one finding, or several (in order). */
export type Reported = Finding | Finding[] | undefined;

function collect(findings: Finding[], reported: Reported): void {
  if (reported === undefined) return;
  if (Array.isArray(reported)) findings.push(...reported);
  else findings.push(reported);
}

/** One finding per parse diagnostic with `code`, in source order (the parser already found the problem). */
export function diagnosticFindings(parsed: ParseResult, code: ParseDiagnostic['code'], report: (diagnostic: ParseDiagnostic) => Finding): Finding[] {
  const findings: Finding[] = [];
  for (let dIndex = 0; dIndex < parsed.diagnostics.length; dIndex++) {
    const d = parsed.diagnostics[dIndex]!;
    if (d.code === code) findings.push(report(d));
  }
  return findings;
}

/** A binding problem of one kind, narrowed. */
export type ProblemOf<K extends BindingProblem['kind']> = Extract<BindingProblem, { kind: K }>;

/** One finding per binding problem of `kind`, command by command (the binder already found the problem). */
export function problemFindings<K extends BindingProblem['kind']>(
  bindings: readonly CommandBinding[],
  kind: K,
  report: (problem: ProblemOf<K>, binding: CommandBinding) => Finding,
): Finding[] {
  const findings: Finding[] = [];
  for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
    const binding = bindings[bindingIndex]!;
    for (let problemIndex = 0; problemIndex < binding.problems.length; problemIndex++) {
      const problem = binding.problems[problemIndex]!;
      if (problem.kind === kind) findings.push(report(problem as ProblemOf<K>, binding));
    }
  }
  return findings;
}

/**
 * What `check` reports for each bound parameter, command by command. Commands with `--%` are
 * skipped: what follows it is passed on as text, so its values are not PowerShell's to judge.
 */
export function parameterFindings(
  bindings: readonly CommandBinding[],
  check: (parameter: BoundParameter, binding: CommandBinding) => Reported,
): Finding[] {
  const findings: Finding[] = [];
  for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
    const binding = bindings[bindingIndex]!;
    if (binding.stopParsing) continue;
    for (let parameterIndex = 0; parameterIndex < binding.parameters.length; parameterIndex++) {
      const parameter = binding.parameters[parameterIndex]!;
      const reported = check(parameter, binding);
      if (reported !== undefined) collect(findings, reported);
    }
  }
  return findings;
}

/**
 * What a value rule checks, as data. `select` picks the parameters the rule is about by their spec
 * and returns what the check needs (a maximum, a pattern, the allowed values), undefined to skip
 * one; `check` reports on one value item (see `valueItems`) of such a parameter.
 */
export interface ValueItemCheck<T> {
  select(spec: ParameterSpec): T | undefined;
  check(item: ValueItem, selected: T, parameter: BoundParameter, binding: CommandBinding, parsed: ParseResult): Reported;
}

/** What a value rule's file declares: its id, severity, guide section and value check. */
export interface ValueRuleDefinition<T> {
  id: string;
  severity: Severity;
  guide?: string;
  valueCheck: ValueItemCheck<T>;
}

/**
 * A value rule: a script rule whose findings are what its `valueCheck` reports for each value item
 * of the parameters it selects, command by command, parameter by parameter, in source order
 * (commands with `--%` are skipped, as in `parameterFindings`). Its `check` walks the bindings for
 * this one rule; `runScriptRules` (linter.ts) instead walks them once for all the value rules of
 * the list it is given, with the same findings.
 */
export function valueRule<T>(definition: ValueRuleDefinition<T>): ScriptRule & { valueCheck: ValueItemCheck<unknown> } {
  const valueCheck = definition.valueCheck as ValueItemCheck<unknown>;
  const rule: ScriptRule & { valueCheck: ValueItemCheck<unknown> } = {
    id: definition.id,
    kind: 'script',
    severity: definition.severity,
    valueCheck,
    check: (input) => valueCheckFindings(input, [valueCheck])[0]!,
  };
  if (definition.guide !== undefined) rule.guide = definition.guide;
  return rule;
}

/**
 * The findings of each of `checks` on a script (one list per check, in the order of `checks`), in
 * one walk over its bindings: each parameter's spec is offered to every check's `select`, and the
 * value items of a parameter some check selected are computed once and given to those checks.
 */
export function valueCheckFindings(input: ScriptRuleInput, checks: readonly ValueItemCheck<unknown>[]): Finding[][] {
  const { bindings, parsed } = input;
  const findings: Finding[][] = [];
  for (let c = 0; c < checks.length; c++) findings.push([]);
  const selected = new Array<unknown>(checks.length);
  for (let bindingIndex = 0; bindingIndex < bindings.length; bindingIndex++) {
    const binding = bindings[bindingIndex]!;
    if (binding.stopParsing) continue;
    for (let parameterIndex = 0; parameterIndex < binding.parameters.length; parameterIndex++) {
      const parameter = binding.parameters[parameterIndex]!;
      let anySelected = false;
      for (let c = 0; c < checks.length; c++) {
        const selection = checks[c]!.select(parameter.spec);
        selected[c] = selection;
        if (selection !== undefined) anySelected = true;
      }
      if (!anySelected) continue;
      const items = parameterItems(parameter);
      for (let c = 0; c < checks.length; c++) {
        const selection = selected[c];
        if (selection === undefined) continue;
        const check = checks[c]!;
        for (let itemIndex = 0; itemIndex < items.length; itemIndex++) collect(findings[c]!, check.check(items[itemIndex]!, selection, parameter, binding, parsed));
      }
    }
  }
  return findings;
}

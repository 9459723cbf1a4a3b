/**
 * Parameter binding, statically: for each command, which cmdlet it runs, which parameter each
 * `-Name` means (exact, alias, unique prefix), which value goes with it, which bare arguments bind
 * to which positional parameters, and which parameter set fits. It follows PowerShell's own order
 * and records what cannot bind as problems; the script rules turn those into findings.
 */
import type { SourceRange } from '../finding.ts';
import { Catalog, type CmdletSpec, type CommandResolution, type ParameterSetSpec, type ParameterSpec } from '../catalog/index.ts';
import type { CommandAst, CommandParameterAst, ExpressionAst } from './ast.ts';
import { knownItems, scalarText, staticValue, type StaticValue } from './values.ts';

/** One parameter bound to a command, by name or by position. */
export interface BoundParameter {
  /** Canonical name from the catalog (`Identity`, `UMStartupMode`). */
  name: string;
  spec: ParameterSpec;
  /** The name as typed, without its dash; null when bound by position. */
  written: string | null;
  /** How `written` matched. */
  resolution: 'exact' | 'alias' | 'prefix' | 'positional';
  parameterNode: CommandParameterAst | null;
  /** The value's syntax node; null for a switch without `:value`. */
  value: ExpressionAst | null;
  staticValue: StaticValue;
  /** The value as one string when statically known (`mbx01`, `5060`, `True`). */
  literal: string | undefined;
  /** The known items of the value (one for a scalar, several for `a,b`). */
  literals: readonly string[];
  positional: boolean;
  /**
   * For a positional value written right after a switch without a colon (`-IncludeSimulator $true`):
   * that switch's canonical name. The switch took no value, so the value bound here instead.
   */
  afterSwitch?: string;
  /** From the `-Name` to the end of the value (or the argument alone when positional). */
  range: SourceRange;
  valueRange: SourceRange | null;
}

/** What could not bind, for the rules to report. */
export type BindingProblem =
  | { kind: 'unknown-parameter'; node: CommandParameterAst; suggestion?: string }
  | { kind: 'ambiguous-parameter'; node: CommandParameterAst; candidates: readonly string[] }
  | { kind: 'duplicate-parameter'; node: CommandParameterAst; name: string }
  | { kind: 'missing-argument'; node: CommandParameterAst; name: string }
  | { kind: 'set-conflict'; node: CommandParameterAst; name: string; other: string }
  | { kind: 'unexpected-argument'; node: ExpressionAst; afterSwitch?: string };

/** Everything the rules need about one command, computed once per lint. */
export interface CommandBinding {
  command: CommandAst;
  /** The command name as written, or null when computed (`& $x`). */
  written: string | null;
  resolution: CommandResolution | { kind: 'dynamic' };
  /** The catalog entry (or a known script's param block) parameters were bound against. */
  cmdlet: CmdletSpec | null;
  /** Canonical name: the cmdlet (`Format-List` for `fl`), the program (`OcsUmUtil.exe`), or null. */
  resolvedName: string | null;
  receivesPipelineInput: boolean;
  /** Bound parameters in source order. */
  parameters: readonly BoundParameter[];
  /** Bound parameters by canonical name (first occurrence). */
  byName: ReadonlyMap<string, BoundParameter>;
  /** Bare arguments in source order (all of them, bound or not). */
  arguments: readonly ExpressionAst[];
  problems: readonly BindingProblem[];
  /** The parameter set that fits best, or null when the cmdlet was not bound. */
  parameterSet: string | null;
  /** Required parameters of that set that are missing (empty when the command splats). */
  missingMandatory: readonly string[];
  /** `@params` present: parameters may come from the splat, so absence proves nothing. */
  hasSplat: boolean;
  /** `--%` present: the rest of the line is not PowerShell. */
  stopParsing: boolean;
}

/** Types a plain string or number cannot become (used to pick the parameter set a value fits). */
const objectOnlyType = /ServiceController|PSSession|CimSession|PSModuleInfo|Assembly|ScriptBlock/i;

function rangeOf(node: { range: SourceRange }): SourceRange {
  return node.range;
}

function spanRange(a: SourceRange, b: SourceRange): SourceRange {
  return { line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
}

function bound(
  spec: ParameterSpec,
  written: string | null,
  resolution: BoundParameter['resolution'],
  parameterNode: CommandParameterAst | null,
  value: ExpressionAst | null,
): BoundParameter {
  const sv = staticValue(value);
  const items = value ? knownItems(sv).items : [];
  const anchor = parameterNode ?? value!;
  const range = value && parameterNode ? spanRange(parameterNode.range, value.range) : rangeOf(anchor);
  return {
    name: spec.name,
    spec,
    written,
    resolution,
    parameterNode,
    value,
    staticValue: sv,
    literal: scalarText(sv),
    literals: items,
    positional: parameterNode === null,
    range,
    valueRange: value ? value.range : null,
  };
}

/** Binds one command. `shell` decides how its name resolves (PowerShell aliases or cmd.exe built-ins). */
export function bindCommand(command: CommandAst, catalog: Catalog, shell: 'powershell' | 'cmd' = 'powershell'): CommandBinding {
  const written = command.nameText;
  const args: ExpressionAst[] = [];
  let hasSplat = false;
  let stopParsing = false;
  for (const element of command.elements) {
    if (element.kind === 'StopParsing') stopParsing = true;
    else if (element.kind === 'Variable' && element.splatted) hasSplat = true;
    else if (element.kind !== 'CommandParameter' && element.kind !== 'EndOfParameters') args.push(element);
  }
  const base = {
    command,
    written,
    receivesPipelineInput: command.receivesPipelineInput,
    arguments: args,
    hasSplat,
    stopParsing,
  };
  if (written === null || written === '') {
    return { ...base, resolution: { kind: 'dynamic' }, cmdlet: null, resolvedName: null, parameters: [], byName: new Map(), problems: [], parameterSet: null, missingMandatory: [] };
  }
  const resolution = catalog.resolveCommand(written, shell);
  let cmdlet: CmdletSpec | null = null;
  let resolvedName: string | null = null;
  if (resolution.kind === 'cmdlet') {
    cmdlet = resolution.cmdlet;
    resolvedName = cmdlet.name;
  } else if (resolution.kind === 'known') resolvedName = resolution.name;
  else if (resolution.kind === 'native') {
    resolvedName = resolution.native.name;
    cmdlet = resolution.script ?? null;
  }
  if (!cmdlet || shell === 'cmd') {
    return { ...base, resolution, cmdlet: null, resolvedName, parameters: [], byName: new Map(), problems: [], parameterSet: null, missingMandatory: [] };
  }
  return { ...base, resolution, resolvedName, ...bindParameters(command, cmdlet, catalog, hasSplat, stopParsing) };
}

interface SetFit {
  set: ParameterSetSpec;
  assignments: { spec: ParameterSpec; value: ExpressionAst }[];
  overflow: ExpressionAst[];
  mismatches: number;
  missing: string[];
}

function bindParameters(
  command: CommandAst,
  cmdlet: CmdletSpec,
  catalog: Catalog,
  hasSplat: boolean,
  stopParsing: boolean,
): Pick<CommandBinding, 'cmdlet' | 'parameters' | 'byName' | 'problems' | 'parameterSet' | 'missingMandatory'> {
  const problems: BindingProblem[] = [];
  const named: BoundParameter[] = [];
  const byName = new Map<string, BoundParameter>();
  const positionalArgs: { value: ExpressionAst; afterSwitch?: string }[] = [];
  const elements = command.elements;
  let candidates: ParameterSetSpec[] = [...cmdlet.sets];
  const namedForSets: BoundParameter[] = [];

  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    if (element.kind === 'EndOfParameters' || element.kind === 'StopParsing') continue;
    if (element.kind !== 'CommandParameter') {
      if (element.kind === 'Variable' && element.splatted) continue;
      const previous = elements[i - 1];
      const afterSwitch =
        previous && previous.kind === 'CommandParameter' && !previous.colon ? switchName(cmdlet, catalog, previous) : undefined;
      positionalArgs.push(afterSwitch ? { value: element, afterSwitch } : { value: element });
      continue;
    }
    const next = elements[i + 1];
    const nextIsValue = next !== undefined && next.kind !== 'CommandParameter' && next.kind !== 'EndOfParameters' && next.kind !== 'StopParsing' && !(next.kind === 'Variable' && next.splatted);
    const resolved = catalog.resolveParameter(cmdlet, element.name);
    if (resolved.kind === 'unknown' || resolved.kind === 'ambiguous') {
      if (resolved.kind === 'unknown') problems.push(resolved.suggestion ? { kind: 'unknown-parameter', node: element, suggestion: resolved.suggestion } : { kind: 'unknown-parameter', node: element });
      else problems.push({ kind: 'ambiguous-parameter', node: element, candidates: resolved.candidates.map((c) => c.name) });
      // Take the next bare value as this parameter's, unless every candidate is a switch, so one
      // typo does not also produce a "positional argument" finding.
      const allSwitches = resolved.kind === 'ambiguous' && resolved.candidates.every((c) => c.isSwitch);
      if (!element.colon && nextIsValue && !allSwitches) i++;
      continue;
    }
    const spec = resolved.parameter;
    let value: ExpressionAst | null = null;
    if (spec.isSwitch) {
      value = element.argument;
    } else if (element.colon) {
      value = element.argument;
      if (!value) problems.push({ kind: 'missing-argument', node: element, name: spec.name });
    } else if (nextIsValue) {
      value = next as ExpressionAst;
      i++;
    } else {
      problems.push({ kind: 'missing-argument', node: element, name: spec.name });
    }
    const binding = bound(spec, element.name, resolved.kind, element, value);
    if (byName.has(spec.name)) {
      problems.push({ kind: 'duplicate-parameter', node: element, name: spec.name });
    } else {
      byName.set(spec.name, binding);
      if (!spec.inAllSets) {
        const narrowed = candidates.filter((s) => spec.sets.has(s.name));
        if (narrowed.length === 0) {
          const other = namedForSets.find((p) => !cmdlet.sets.some((s) => spec.sets.has(s.name) && (p.spec.inAllSets || p.spec.sets.has(s.name))));
          problems.push({ kind: 'set-conflict', node: element, name: spec.name, other: other?.name ?? namedForSets[0]?.name ?? spec.name });
        } else {
          candidates = narrowed;
          namedForSets.push(binding);
        }
      }
    }
    named.push(binding);
  }

  // Positional binding, tried against every set still possible; the best fit wins.
  const fits: SetFit[] = candidates.map((set) => fitSet(set, cmdlet, byName, positionalArgs.map((p) => p.value), command.receivesPipelineInput));
  fits.sort(
    (a, b) =>
      a.overflow.length - b.overflow.length ||
      a.mismatches - b.mismatches ||
      a.missing.length - b.missing.length ||
      Number(b.set.isDefault) - Number(a.set.isDefault),
  );
  const best = fits[0];
  const parameters = [...named];
  if (best) {
    for (const { spec, value } of best.assignments) {
      const binding = bound(spec, null, 'positional', null, value);
      const afterSwitch = positionalArgs.find((p) => p.value === value)?.afterSwitch;
      if (afterSwitch) binding.afterSwitch = afterSwitch;
      parameters.push(binding);
      if (!byName.has(spec.name)) byName.set(spec.name, binding);
    }
    if (!stopParsing) {
      for (const value of best.overflow) {
        const arg = positionalArgs.find((p) => p.value === value);
        problems.push(arg?.afterSwitch ? { kind: 'unexpected-argument', node: value, afterSwitch: arg.afterSwitch } : { kind: 'unexpected-argument', node: value });
      }
    }
  }
  parameters.sort((a, b) => (a.parameterNode ?? a.value)!.start - (b.parameterNode ?? b.value)!.start);
  return {
    cmdlet,
    parameters,
    byName,
    problems,
    parameterSet: best?.set.name ?? null,
    missingMandatory: hasSplat || stopParsing || !best ? [] : best.missing,
  };
}

/** The canonical name of `-X` when it resolves to a switch parameter (for `-Force $true` hints). */
function switchName(cmdlet: CmdletSpec, catalog: Catalog, node: CommandParameterAst): string | undefined {
  const r = catalog.resolveParameter(cmdlet, node.name);
  return r.kind !== 'unknown' && r.kind !== 'ambiguous' && r.parameter.isSwitch ? r.parameter.name : undefined;
}

function fitSet(
  set: ParameterSetSpec,
  cmdlet: CmdletSpec,
  byName: ReadonlyMap<string, BoundParameter>,
  args: readonly ExpressionAst[],
  receivesPipelineInput: boolean,
): SetFit {
  const assignments: { spec: ParameterSpec; value: ExpressionAst }[] = [];
  const overflow: ExpressionAst[] = [];
  let mismatches = 0;
  // Positional slots of this set not already taken by name (plain loops: this runs for every
  // candidate set of every command, 31 sets for Where-Object).
  const slots: ParameterSpec[] = [];
  for (const name of set.positional) {
    if (byName.has(name)) continue;
    const spec = cmdlet.parameters.get(name);
    if (spec) slots.push(spec);
  }
  let slot = 0;
  for (const value of args) {
    const spec = slots[slot];
    if (!spec) {
      const last = slots[slots.length - 1];
      if (last?.takesRemaining) continue; // Write-Host a b c: -Object takes the rest
      overflow.push(value);
      continue;
    }
    assignments.push({ spec, value });
    if (!fitsType(spec, value)) mismatches++;
    if (!spec.takesRemaining) slot++;
  }
  const missing: string[] = [];
  for (const name of set.required) {
    if (byName.has(name) || assignments.some((a) => a.spec.name === name)) continue;
    const spec = cmdlet.parameters.get(name);
    if (receivesPipelineInput && spec?.acceptsPipeline) continue;
    missing.push(name);
  }
  return { set, assignments, overflow, mismatches, missing };
}

/** Whether a positional value plausibly converts to the parameter's type (to choose between sets). */
function fitsType(spec: ParameterSpec, value: ExpressionAst): boolean {
  const isBlock = value.kind === 'ScriptBlock';
  if (spec.isScriptBlock) return isBlock || value.kind === 'Variable' || value.kind === 'ParenExpression';
  if (isBlock) return /^(Object|PSObject)/.test(spec.type);
  const literal = value.kind === 'StringConstant' || value.kind === 'ExpandableString' || value.kind === 'Number' || value.kind === 'ArrayLiteral';
  return !(literal && objectOnlyType.test(spec.type));
}

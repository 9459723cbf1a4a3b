/**
 * Parameter binding, statically: for each command, which cmdlet it runs, which parameter each
 * `-Name` means (exact, alias, unique prefix), which value goes with it, which bare arguments bind
 * to which positional parameters, and which parameter set fits. It follows PowerShell's own order
 * and records what cannot bind as problems; the script rules turn those into findings.
 */
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
  /** Offsets of the text from the `-Name` to the end of the value (or of the argument alone when positional). */
  start: number;
  end: number;
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
    start: anchor.start,
    end: value && parameterNode ? value.end : anchor.end,
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
  if (written === null || written === '') return unbound(command, written, dynamic, null, args, hasSplat, stopParsing);
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
  if (!cmdlet || shell === 'cmd') return unbound(command, written, resolution, resolvedName, args, hasSplat, stopParsing);
  return bindParameters(command, written, resolution, resolvedName, cmdlet, catalog, args, hasSplat, stopParsing);
}

const dynamic: CommandBinding['resolution'] = { kind: 'dynamic' };

/**
 * The empty lists and map of the many bindings without parameters or problems, shared (the
 * binding's fields are read-only; the arrays are frozen so a mistaken push throws).
 */
const none: readonly never[] = Object.freeze([]);
const noParameters: ReadonlyMap<string, BoundParameter> = new Map();

/**
 * A binding without parameters (a computed name, a command the catalog does not describe, cmd.exe).
 * Every binding is built by one literal of the same shape, here and in `bindParameters`, so the
 * rules' loops over bindings see one object shape.
 */
function unbound(
  command: CommandAst,
  written: string | null,
  resolution: CommandBinding['resolution'],
  resolvedName: string | null,
  args: ExpressionAst[],
  hasSplat: boolean,
  stopParsing: boolean,
): CommandBinding {
  return {
    command,
    written,
    resolution,
    cmdlet: null,
    resolvedName,
    receivesPipelineInput: command.receivesPipelineInput,
    parameters: none,
    byName: noParameters,
    arguments: args,
    problems: none,
    parameterSet: null,
    missingMandatory: none,
    hasSplat,
    stopParsing,
  };
}

/**
 * How the positional arguments fit one parameter set. The counts rank the sets (lower is better,
 * compared in `compareFits`' order); the lists say which argument went where, and are built only
 * for the set that wins (Where-Object has 31 sets).
 */
interface SetFit {
  set: ParameterSetSpec;
  overflowCount: number;
  mismatches: number;
  missingCount: number;
  notDefault: number;
  assignments: readonly { spec: ParameterSpec; value: ExpressionAst }[];
  overflow: readonly ExpressionAst[];
  missing: readonly string[];
}

function bindParameters(
  command: CommandAst,
  written: string,
  resolution: CommandResolution,
  resolvedName: string | null,
  cmdlet: CmdletSpec,
  catalog: Catalog,
  args: ExpressionAst[],
  hasSplat: boolean,
  stopParsing: boolean,
): CommandBinding {
  const problems: BindingProblem[] = [];
  const named: BoundParameter[] = [];
  const byName = new Map<string, BoundParameter>();
  const positionalArgs: { value: ExpressionAst; afterSwitch?: string }[] = [];
  const elements = command.elements;
  let candidates: readonly ParameterSetSpec[] = cmdlet.sets;
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
        // Most parameters keep every candidate set: filter (a new array) only when one drops out.
        const narrowed = candidates.every((s) => spec.sets.has(s.name)) ? candidates : candidates.filter((s) => spec.sets.has(s.name));
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

  // Positional binding, tried against every set still possible; the best fit wins: the first set
  // (in catalog order) with the fewest overflowing arguments, then mismatched types, then missing
  // required parameters, a default set before others. Sets are scored without building their
  // assignments (Where-Object has 31); only the winner's are built.
  const values = positionalArgs.length === 0 ? noArguments : positionalArgs.map((p) => p.value);
  let bestFit: SetFit | undefined;
  for (const set of candidates) {
    const fit = fitSet(set, cmdlet, byName, values, command.receivesPipelineInput, false);
    if (bestFit === undefined || compareFits(fit, bestFit) < 0) bestFit = fit;
  }
  const best = bestFit && fitSet(bestFit.set, cmdlet, byName, values, command.receivesPipelineInput, true);
  let parameters = named;
  if (best && best.assignments.length > 0) {
    const positional: BoundParameter[] = [];
    for (const { spec, value } of best.assignments) {
      const binding = bound(spec, null, 'positional', null, value);
      const afterSwitch = positionalArgs.find((p) => p.value === value)?.afterSwitch;
      if (afterSwitch) binding.afterSwitch = afterSwitch;
      positional.push(binding);
      if (!byName.has(spec.name)) byName.set(spec.name, binding);
    }
    parameters = inSourceOrder(named, positional);
  }
  if (best && !stopParsing) {
    for (const value of best.overflow) {
      const arg = positionalArgs.find((p) => p.value === value);
      problems.push(arg?.afterSwitch ? { kind: 'unexpected-argument', node: value, afterSwitch: arg.afterSwitch } : { kind: 'unexpected-argument', node: value });
    }
  }
  return {
    command,
    written,
    resolution,
    cmdlet,
    resolvedName,
    receivesPipelineInput: command.receivesPipelineInput,
    parameters,
    byName,
    arguments: args,
    problems,
    parameterSet: best?.set.name ?? null,
    missingMandatory: hasSplat || stopParsing || !best ? [] : best.missing,
    hasSplat,
    stopParsing,
  };
}

const noArguments: readonly ExpressionAst[] = [];

/** Where a bound parameter starts: its `-Name`, or its value when bound by position. */
function startOf(parameter: BoundParameter): number {
  return (parameter.parameterNode ?? parameter.value)!.start;
}

/** Two lists of bound parameters, each in source order, merged into one in source order. */
function inSourceOrder(a: readonly BoundParameter[], b: readonly BoundParameter[]): BoundParameter[] {
  const merged: BoundParameter[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(startOf(b[j]!) < startOf(a[i]!) ? b[j++]! : a[i++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/** The canonical name of `-X` when it resolves to a switch parameter (for `-Force $true` hints). */
function switchName(cmdlet: CmdletSpec, catalog: Catalog, node: CommandParameterAst): string | undefined {
  const r = catalog.resolveParameter(cmdlet, node.name);
  return r.kind !== 'unknown' && r.kind !== 'ambiguous' && r.parameter.isSwitch ? r.parameter.name : undefined;
}

/** Orders two fits of the same arguments: the one that fits better first. */
function compareFits(a: SetFit, b: SetFit): number {
  return a.overflowCount - b.overflowCount || a.mismatches - b.mismatches || a.missingCount - b.missingCount || a.notDefault - b.notDefault;
}

/** The next positional slot of `set` at or after index `from` that is not taken by name, or -1. */
function nextSlot(set: ParameterSetSpec, cmdlet: CmdletSpec, byName: ReadonlyMap<string, BoundParameter>, from: number): number {
  for (let k = from; k < set.positional.length; k++) {
    const name = set.positional[k]!;
    if (!byName.has(name) && cmdlet.parameters.has(name)) return k;
  }
  return -1;
}

/**
 * Fits the positional arguments to `set`'s free positional slots, in order; `lists` also records
 * which argument went where, which overflowed and which required parameters are missing.
 */
function fitSet(
  set: ParameterSetSpec,
  cmdlet: CmdletSpec,
  byName: ReadonlyMap<string, BoundParameter>,
  args: readonly ExpressionAst[],
  receivesPipelineInput: boolean,
  lists: boolean,
): SetFit {
  const assignments: { spec: ParameterSpec; value: ExpressionAst }[] | null = lists ? [] : null;
  const overflow: ExpressionAst[] | null = lists ? [] : null;
  const missing: string[] | null = lists ? [] : null;
  let overflowCount = 0;
  let mismatches = 0;
  let missingCount = 0;
  // The slot arguments go to (an index into set.positional), and the last free slot.
  let slot = nextSlot(set, cmdlet, byName, 0);
  let lastSlot = -1;
  for (let k = slot; k >= 0; k = nextSlot(set, cmdlet, byName, k + 1)) lastSlot = k;
  // Slots up to here (exclusive) received an argument.
  let filledUpTo = 0;
  for (const value of args) {
    if (slot < 0) {
      if (lastSlot >= 0 && cmdlet.parameters.get(set.positional[lastSlot]!)!.takesRemaining) continue; // Write-Host a b c: -Object takes the rest
      overflowCount++;
      overflow?.push(value);
      continue;
    }
    const spec = cmdlet.parameters.get(set.positional[slot]!)!;
    filledUpTo = slot + 1;
    assignments?.push({ spec, value });
    if (!fitsType(spec, value)) mismatches++;
    if (!spec.takesRemaining) slot = nextSlot(set, cmdlet, byName, slot + 1);
  }
  for (const name of set.required) {
    if (byName.has(name)) continue;
    const assigned = set.positional.indexOf(name);
    if (assigned >= 0 && assigned < filledUpTo && cmdlet.parameters.has(name)) continue;
    const spec = cmdlet.parameters.get(name);
    if (receivesPipelineInput && spec?.acceptsPipeline) continue;
    missingCount++;
    missing?.push(name);
  }
  return {
    set,
    overflowCount,
    mismatches,
    missingCount,
    notDefault: set.isDefault ? 0 : 1,
    assignments: assignments ?? none,
    overflow: overflow ?? none,
    missing: missing ?? none,
  };
}

/** Whether a positional value plausibly converts to the parameter's type (to choose between sets). */
function fitsType(spec: ParameterSpec, value: ExpressionAst): boolean {
  const isBlock = value.kind === 'ScriptBlock';
  if (spec.isScriptBlock) return isBlock || value.kind === 'Variable' || value.kind === 'ParenExpression';
  if (isBlock) return /^(Object|PSObject)/.test(spec.type);
  const literal = value.kind === 'StringConstant' || value.kind === 'ExpandableString' || value.kind === 'Number' || value.kind === 'ArrayLiteral';
  return !(literal && objectOnlyType.test(spec.type));
}

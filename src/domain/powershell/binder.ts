/**
 * Parameter binding, statically: for each command, which cmdlet it runs, which parameter each
 * `-Name` means (exact, alias, unique prefix), which value goes with it, which bare arguments bind
 * to which positional parameters, and which parameter set fits. It follows PowerShell's own order
 * and records what cannot bind as problems; the script rules turn those into findings.
 */
import { Catalog, type CmdletSpec, type CommandResolution, type ParameterSetSpec, type ParameterSpec } from '../catalog/index.ts';
import type { CommandAst, CommandElementAst, CommandParameterAst, ExpressionAst } from './ast.ts';
import { scalarText, staticValue, type StaticValue } from './values.ts';

/**
 * One parameter bound to a command, by name or by position. What follows from the syntax nodes
 * (the name as written, the offsets) is read from them, and the value's static evaluation is made
 * the first time a rule asks for it: most parameters are never asked (a rule reads `-Identity` or
 * `-UMStartupMode`, not every value), and every field here is kept for the whole lint.
 */
export class BoundParameter {
  /** The catalog's description of the parameter. */
  readonly spec: ParameterSpec;
  /** How the name as written matched. */
  readonly resolution: 'exact' | 'alias' | 'prefix' | 'positional';
  /** The `-Name` node; null when bound by position. */
  readonly parameterNode: CommandParameterAst | null;
  /** The value's syntax node; null for a switch without `:value`. */
  readonly value: ExpressionAst | null;
  /**
   * For a positional value written right after a switch without a colon (`-IncludeSimulator $true`):
   * that switch's canonical name. The switch took no value, so the value bound here instead.
   */
  afterSwitch: string | undefined = undefined;
  /** `staticValue(value)`, once a rule asked for it. */
  private evaluated: StaticValue | null = null;

  constructor(spec: ParameterSpec, resolution: BoundParameter['resolution'], parameterNode: CommandParameterAst | null, value: ExpressionAst | null) {
    this.spec = spec;
    this.resolution = resolution;
    this.parameterNode = parameterNode;
    this.value = value;
  }

  /** Canonical name from the catalog (`Identity`, `UMStartupMode`). */
  get name(): string {
    return this.spec.name;
  }

  /** The name as typed, without its dash; null when bound by position. */
  get written(): string | null {
    return this.parameterNode === null ? null : this.parameterNode.name;
  }

  get positional(): boolean {
    return this.parameterNode === null;
  }

  /** Offset of the text from the `-Name` (or of the argument alone when positional)… */
  get start(): number {
    return (this.parameterNode ?? this.value!).start;
  }

  /** …to the end of the value. */
  get end(): number {
    return this.value !== null && this.parameterNode !== null ? this.value.end : (this.parameterNode ?? this.value!).end;
  }

  /** What is statically known of the value (see `staticValue`). */
  get staticValue(): StaticValue {
    return (this.evaluated ??= staticValue(this.value));
  }

  /** The value as one string when statically known (`mbx01`, `5060`, `True`). */
  get literal(): string | undefined {
    return this.value === null ? undefined : scalarText(this.staticValue);
  }

  /** The known items of the value (one for a scalar, several for `a,b`). */
  get literals(): readonly string[] {
    if (this.value === null) return none;
    const value = this.staticValue;
    const literal = scalarText(value);
    return literal !== undefined ? [literal] : value.kind === 'list' ? listTexts(value.items) : none;
  }
}

/** What could not bind, for the rules to report. */
export type BindingProblem =
  | { kind: 'unknown-parameter'; node: CommandParameterAst; suggestion?: string }
  | { kind: 'ambiguous-parameter'; node: CommandParameterAst; candidates: readonly string[] }
  | { kind: 'duplicate-parameter'; node: CommandParameterAst; name: string }
  | { kind: 'missing-argument'; node: CommandParameterAst; name: string }
  | { kind: 'set-conflict'; node: CommandParameterAst; name: string; other: string }
  | { kind: 'unexpected-argument'; node: ExpressionAst; afterSwitch?: string };

/**
 * Everything the rules need about one command, computed once per lint. Bindings live for the whole
 * lint, so what the command node already says (its name as written, whether it receives pipeline
 * input, its bare arguments) is read from it, and the by-name table is built on a rule's first
 * lookup: rules look parameters up by name only on the few commands they are about.
 */
export class CommandBinding {
  readonly command: CommandAst;
  readonly resolution: CommandResolution | { kind: 'dynamic' };
  /** The catalog entry (or a known script's param block) parameters were bound against. */
  readonly cmdlet: CmdletSpec | null;
  /** Canonical name: the cmdlet (`Format-List` for `fl`), the program (`OcsUmUtil.exe`), or null. */
  readonly resolvedName: string | null;
  /** Bound parameters in source order. */
  readonly parameters: readonly BoundParameter[];
  readonly problems: readonly BindingProblem[];
  /** The parameter set that fits best, or null when the cmdlet was not bound. */
  readonly parameterSet: string | null;
  /** Required parameters of that set that are missing (empty when the command splats). */
  readonly missingMandatory: readonly string[];
  /** `@params` present: parameters may come from the splat, so absence proves nothing. */
  readonly hasSplat: boolean;
  /** `--%` present: the rest of the line is not PowerShell. */
  readonly stopParsing: boolean;
  /** `byName`, once asked for. */
  private table: ParameterTable | null = null;

  constructor(
    command: CommandAst,
    resolution: CommandBinding['resolution'],
    cmdlet: CmdletSpec | null,
    resolvedName: string | null,
    parameters: readonly BoundParameter[],
    problems: readonly BindingProblem[],
    parameterSet: string | null,
    missingMandatory: readonly string[],
    hasSplat: boolean,
    stopParsing: boolean,
  ) {
    this.command = command;
    this.resolution = resolution;
    this.cmdlet = cmdlet;
    this.resolvedName = resolvedName;
    this.parameters = parameters;
    this.problems = problems;
    this.parameterSet = parameterSet;
    this.missingMandatory = missingMandatory;
    this.hasSplat = hasSplat;
    this.stopParsing = stopParsing;
  }

  /** The command name as written, or null when computed (`& $x`). */
  get written(): string | null {
    return this.command.nameText;
  }

  get receivesPipelineInput(): boolean {
    return this.command.receivesPipelineInput;
  }

  /** Bound parameters by canonical name (first occurrence). */
  get byName(): ReadonlyMap<string, BoundParameter> {
    if (this.parameters.length === 0) return noParameters;
    return (this.table ??= new ParameterTable(this.parameters));
  }

  /** Bare arguments in source order (all of them, bound or not): the command's elements but parameters, splats and `--`/`--%`. */
  get arguments(): readonly ExpressionAst[] {
    return bareArguments(this.command);
  }
}

/** Types a plain string or number cannot become (used to pick the parameter set a value fits). */
const objectOnlyType = /ServiceController|PSSession|CimSession|PSModuleInfo|Assembly|ScriptBlock/i;

/** The known items of a list value as text (`knownItems(value).items`, at its exact length). */
function listTexts(items: readonly StaticValue[]): readonly string[] {
  let count = 0;
  for (let i = 0; i < items.length; i++) if (scalarText(items[i]!) !== undefined) count++;
  if (count === 0) return none;
  const texts = new Array<string>(count);
  let k = 0;
  for (let i = 0; i < items.length; i++) {
    const text = scalarText(items[i]!);
    if (text !== undefined) texts[k++] = text;
  }
  return texts;
}

/** Binds one command. `shell` decides how its name resolves (PowerShell aliases or cmd.exe built-ins). */
export function bindCommand(command: CommandAst, catalog: Catalog, shell: 'powershell' | 'cmd' = 'powershell'): CommandBinding {
  const written = command.nameText;
  const elements = command.elements;
  let hasSplat = false;
  let stopParsing = false;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    if (element.kind === 'StopParsing') stopParsing = true;
    else if (element.kind === 'Variable' && element.splatted) hasSplat = true;
  }
  if (written === null || written === '') return unbound(command, dynamic, null, hasSplat, stopParsing);
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
  if (!cmdlet || shell === 'cmd') return unbound(command, resolution, resolvedName, hasSplat, stopParsing);
  return bindParameters(command, resolution, resolvedName, cmdlet, catalog, hasSplat, stopParsing);
}

/** A command's bare arguments: its elements but parameters, splats and `--`/`--%`, in a list of exactly their number (most commands have none: a shared empty list). */
function bareArguments(command: CommandAst): readonly ExpressionAst[] {
  const elements = command.elements;
  let count = 0;
  for (let i = 0; i < elements.length; i++) if (isBareArgument(elements[i]!)) count++;
  if (count === 0) return none;
  const args = new Array<ExpressionAst>(count);
  let k = 0;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    if (isBareArgument(element)) args[k++] = element as ExpressionAst;
  }
  return args;
}

function isBareArgument(element: CommandElementAst): boolean {
  return element.kind !== 'StopParsing' && element.kind !== 'CommandParameter' && element.kind !== 'EndOfParameters' && !(element.kind === 'Variable' && element.splatted);
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
 * Every binding is a `CommandBinding`, here and in `bindParameters`, so the rules' loops over
 * bindings see one object shape.
 */
function unbound(
  command: CommandAst,
  resolution: CommandBinding['resolution'],
  resolvedName: string | null,
  hasSplat: boolean,
  stopParsing: boolean,
): CommandBinding {
  return new CommandBinding(command, resolution, null, resolvedName, none, none, null, none, hasSplat, stopParsing);
}

/**
 * How the positional arguments fit one parameter set, as the counts that rank the sets (lower is
 * better, compared in `betterFit`'s order). Scoring a set allocates nothing: the binder keeps two
 * of these (the set being scored and the best so far) and copies fields; the lists of which argument
 * went where are built by `assignSet`, only for the set that wins (Where-Object has 31 sets).
 */
interface FitScore {
  overflowCount: number;
  mismatches: number;
  missingCount: number;
  notDefault: number;
}

/** Lists built for the set that wins: which argument went where, which overflowed, which required parameters are missing. */
interface SetLists {
  assignments: { spec: ParameterSpec; value: ExpressionAst }[];
  overflow: ExpressionAst[];
  missing: string[];
}

/** A positional argument written right after a switch without a colon, and that switch's name. */
interface AfterSwitch {
  value: ExpressionAst;
  name: string;
}

function bindParameters(
  command: CommandAst,
  resolution: CommandResolution,
  resolvedName: string | null,
  cmdlet: CmdletSpec,
  catalog: Catalog,
  hasSplat: boolean,
  stopParsing: boolean,
): CommandBinding {
  // Lists are created when a first item comes (most commands have no problem, few have positional
  // arguments): a list grown from empty reserves 17 slots, and bindings live for the whole lint.
  let problems: BindingProblem[] | null = null;
  const named: BoundParameter[] = [];
  const byName = new ParameterTable(named);
  // Positional arguments in source order (the bare arguments but splats), and those after a switch.
  let positionalValues: ExpressionAst[] | null = null;
  let afterSwitches: AfterSwitch[] | null = null;
  const elements = command.elements;
  let candidates: readonly ParameterSetSpec[] = cmdlet.sets;
  let namedForSets: BoundParameter[] | null = null;

  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    if (element.kind === 'EndOfParameters' || element.kind === 'StopParsing') continue;
    if (element.kind !== 'CommandParameter') {
      if (element.kind === 'Variable' && element.splatted) continue;
      const previous = elements[i - 1];
      const afterSwitch =
        previous && previous.kind === 'CommandParameter' && !previous.colon ? switchName(cmdlet, catalog, previous) : undefined;
      (positionalValues ??= []).push(element);
      if (afterSwitch) (afterSwitches ??= []).push({ value: element, name: afterSwitch });
      continue;
    }
    const next = elements[i + 1];
    const nextIsValue = next !== undefined && next.kind !== 'CommandParameter' && next.kind !== 'EndOfParameters' && next.kind !== 'StopParsing' && !(next.kind === 'Variable' && next.splatted);
    const resolved = catalog.resolveParameter(cmdlet, element.name);
    if (resolved.kind === 'unknown' || resolved.kind === 'ambiguous') {
      if (resolved.kind === 'unknown') (problems ??= []).push(resolved.suggestion ? { kind: 'unknown-parameter', node: element, suggestion: resolved.suggestion } : { kind: 'unknown-parameter', node: element });
      else (problems ??= []).push({ kind: 'ambiguous-parameter', node: element, candidates: resolved.candidates.map((c) => c.name) });
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
      if (!value) (problems ??= []).push({ kind: 'missing-argument', node: element, name: spec.name });
    } else if (nextIsValue) {
      value = next as ExpressionAst;
      i++;
    } else {
      (problems ??= []).push({ kind: 'missing-argument', node: element, name: spec.name });
    }
    const binding = new BoundParameter(spec, resolved.kind, element, value);
    if (byName.has(spec.name)) {
      (problems ??= []).push({ kind: 'duplicate-parameter', node: element, name: spec.name });
    } else {
      byName.add(binding);
      if (!spec.inAllSets) {
        // Most parameters keep every candidate set: filter (a new array) only when one drops out.
        let keepsAll = true;
        for (let k = 0; k < candidates.length; k++) {
          if (!spec.sets.has(candidates[k]!.name)) {
            keepsAll = false;
            break;
          }
        }
        const narrowed = keepsAll ? candidates : candidates.filter((s) => spec.sets.has(s.name));
        if (narrowed.length === 0) {
          const others = namedForSets ?? none;
          const other = others.find((p) => !cmdlet.sets.some((s) => spec.sets.has(s.name) && (p.spec.inAllSets || p.spec.sets.has(s.name))));
          (problems ??= []).push({ kind: 'set-conflict', node: element, name: spec.name, other: other?.name ?? others[0]?.name ?? spec.name });
        } else {
          candidates = narrowed;
          (namedForSets ??= []).push(binding);
        }
      }
    }
    named.push(binding);
  }

  // Positional binding, tried against every set still possible; the best fit wins: the first set
  // (in catalog order) with the fewest overflowing arguments, then mismatched types, then missing
  // required parameters, a default set before others. Sets are scored without building their
  // assignments (Where-Object has 31); only the winner's are built.
  const values: readonly ExpressionAst[] = positionalValues ?? noArguments;
  let bestSet: ParameterSetSpec | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const set = candidates[k]!;
    scoreSet(scratchScore, set, cmdlet, byName, values, command.receivesPipelineInput, null);
    if (bestSet === undefined || betterFit(scratchScore, bestScore)) {
      bestSet = set;
      copyScore(bestScore, scratchScore);
    }
  }
  let parameters: readonly BoundParameter[] = named.length === 0 ? none : named.slice();
  let missingMandatory: readonly string[] = none;
  if (bestSet !== undefined) {
    // The winner's lists: built only when there is something to list.
    const needsLists = values.length > 0 || (bestScore.missingCount > 0 && !hasSplat && !stopParsing);
    const lists: SetLists | null = needsLists ? { assignments: [], overflow: [], missing: [] } : null;
    if (lists) scoreSet(scratchScore, bestSet, cmdlet, byName, values, command.receivesPipelineInput, lists);
    if (lists && lists.assignments.length > 0) {
      const positional = new Array<BoundParameter>(lists.assignments.length);
      for (let k = 0; k < lists.assignments.length; k++) {
        const { spec, value } = lists.assignments[k]!;
        const binding = new BoundParameter(spec, 'positional', null, value);
        const afterSwitch = afterSwitchOf(afterSwitches, value);
        if (afterSwitch) binding.afterSwitch = afterSwitch;
        positional[k] = binding;
      }
      parameters = inSourceOrder(named, positional);
    }
    if (lists && !stopParsing) {
      for (let k = 0; k < lists.overflow.length; k++) {
        const value = lists.overflow[k]!;
        const afterSwitch = afterSwitchOf(afterSwitches, value);
        (problems ??= []).push(afterSwitch ? { kind: 'unexpected-argument', node: value, afterSwitch } : { kind: 'unexpected-argument', node: value });
      }
    }
    if (lists && !hasSplat && !stopParsing && lists.missing.length > 0) missingMandatory = lists.missing.slice();
  }
  return new CommandBinding(
    command,
    resolution,
    cmdlet,
    resolvedName,
    parameters,
    problems === null ? none : problems.length === 1 ? [problems[0]!] : problems.slice(),
    bestSet?.name ?? null,
    missingMandatory,
    hasSplat,
    stopParsing,
  );
}

/** The name of the switch a positional value follows (`-IncludeSimulator $true`), if it does. */
function afterSwitchOf(afterSwitches: readonly AfterSwitch[] | null, value: ExpressionAst): string | undefined {
  if (afterSwitches === null) return undefined;
  for (let k = 0; k < afterSwitches.length; k++) if (afterSwitches[k]!.value === value) return afterSwitches[k]!.name;
  return undefined;
}

/** The set being scored and the best so far (reused: scoring runs once per candidate set of every command). */
const scratchScore: FitScore = { overflowCount: 0, mismatches: 0, missingCount: 0, notDefault: 0 };
const bestScore: FitScore = { overflowCount: 0, mismatches: 0, missingCount: 0, notDefault: 0 };

function copyScore(to: FitScore, from: FitScore): void {
  to.overflowCount = from.overflowCount;
  to.mismatches = from.mismatches;
  to.missingCount = from.missingCount;
  to.notDefault = from.notDefault;
}

/** True when `a` fits strictly better than `b`: fewer overflowing arguments, then mismatches, then missing, then the default set. */
function betterFit(a: FitScore, b: FitScore): boolean {
  const d = a.overflowCount - b.overflowCount || a.mismatches - b.mismatches || a.missingCount - b.missingCount || a.notDefault - b.notDefault;
  return d < 0;
}

/**
 * Bound parameters by canonical name (the first occurrence of each), over the binding's list of
 * parameters instead of a Map per command: a command binds a handful of parameters, and a Map's
 * table was a quarter of what a lint's bindings kept alive. A long list (a command with many
 * parameters) gets a Map on its first lookup, so lookups stay constant-time on any input.
 * The first occurrence in the list is the binder's `byName` entry: named parameters come first in
 * the list as bound, and a positional parameter never has a name bound by name.
 */
class ParameterTable implements ReadonlyMap<string, BoundParameter> {
  private list: readonly BoundParameter[];
  /** Parameters added since the list was set (while binding: the first of each name). */
  private map: Map<string, BoundParameter> | null = null;

  constructor(list: readonly BoundParameter[]) {
    this.list = list;
  }

  /** While binding: `parameter` is the first of its name (the caller checked `has`); the list is the binder's own. */
  add(parameter: BoundParameter): void {
    if (this.map !== null && !this.map.has(parameter.name)) this.map.set(parameter.name, parameter);
  }

  get(name: string): BoundParameter | undefined {
    const list = this.list;
    if (list.length <= LINEAR_LOOKUP) {
      for (let i = 0; i < list.length; i++) if (list[i]!.name === name) return list[i];
      return undefined;
    }
    return this.index().get(name);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get size(): number {
    return this.index().size;
  }

  forEach(callback: (value: BoundParameter, key: string, map: ReadonlyMap<string, BoundParameter>) => void, thisArg?: unknown): void {
    this.index().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  entries(): MapIterator<[string, BoundParameter]> {
    return this.index().entries();
  }

  keys(): MapIterator<string> {
    return this.index().keys();
  }

  values(): MapIterator<BoundParameter> {
    return this.index().values();
  }

  [Symbol.iterator](): MapIterator<[string, BoundParameter]> {
    return this.index().entries();
  }

  /** The first parameter of each name, in list order (built once per list, and only for long lists or iteration). */
  private index(): Map<string, BoundParameter> {
    if (this.map === null) {
      const map = new Map<string, BoundParameter>();
      for (let i = 0; i < this.list.length; i++) {
        const parameter = this.list[i]!;
        if (!map.has(parameter.name)) map.set(parameter.name, parameter);
      }
      this.map = map;
    }
    return this.map;
  }
}

/** Up to this many parameters, a lookup scans the list (faster than hashing, and nothing to allocate). */
const LINEAR_LOOKUP = 12;

const noArguments: readonly ExpressionAst[] = [];

/** Two lists of bound parameters, each in source order, merged into one in source order. */
function inSourceOrder(a: readonly BoundParameter[], b: readonly BoundParameter[]): BoundParameter[] {
  const merged = new Array<BoundParameter>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!;
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}

/** The canonical name of `-X` when it resolves to a switch parameter (for `-Force $true` hints). */
function switchName(cmdlet: CmdletSpec, catalog: Catalog, node: CommandParameterAst): string | undefined {
  const r = catalog.resolveParameter(cmdlet, node.name);
  return r.kind !== 'unknown' && r.kind !== 'ambiguous' && r.parameter.isSwitch ? r.parameter.name : undefined;
}

/** The next positional slot of `set` at or after index `from` that is not taken by name, or -1. */
function nextSlot(set: ParameterSetSpec, cmdlet: CmdletSpec, byName: ParameterTable, from: number): number {
  for (let k = from; k < set.positional.length; k++) {
    const name = set.positional[k]!;
    if (!byName.has(name) && cmdlet.parameters.has(name)) return k;
  }
  return -1;
}

/**
 * Fits the positional arguments to `set`'s free positional slots, in order, and writes the counts
 * that rank the set into `score`; `lists` (for the set that wins) also records which argument went
 * where, which overflowed and which required parameters are missing.
 */
function scoreSet(
  score: FitScore,
  set: ParameterSetSpec,
  cmdlet: CmdletSpec,
  byName: ParameterTable,
  args: readonly ExpressionAst[],
  receivesPipelineInput: boolean,
  lists: SetLists | null,
): void {
  let overflowCount = 0;
  let mismatches = 0;
  let missingCount = 0;
  // The slot arguments go to (an index into set.positional), and the last free slot.
  let slot = -1;
  let lastSlot = -1;
  // Slots up to here (exclusive) received an argument.
  let filledUpTo = 0;
  if (args.length > 0) {
    slot = nextSlot(set, cmdlet, byName, 0);
    for (let k = slot; k >= 0; k = nextSlot(set, cmdlet, byName, k + 1)) lastSlot = k;
  }
  for (let a = 0; a < args.length; a++) {
    const value = args[a]!;
    if (slot < 0) {
      if (lastSlot >= 0 && cmdlet.parameters.get(set.positional[lastSlot]!)!.takesRemaining) continue; // Write-Host a b c: -Object takes the rest
      overflowCount++;
      lists?.overflow.push(value);
      continue;
    }
    const spec = cmdlet.parameters.get(set.positional[slot]!)!;
    filledUpTo = slot + 1;
    lists?.assignments.push({ spec, value });
    if (!fitsType(spec, value)) mismatches++;
    if (!spec.takesRemaining) slot = nextSlot(set, cmdlet, byName, slot + 1);
  }
  const required = set.required;
  for (let r = 0; r < required.length; r++) {
    const name = required[r]!;
    if (byName.has(name)) continue;
    if (filledUpTo > 0) {
      const assigned = set.positional.indexOf(name);
      if (assigned >= 0 && assigned < filledUpTo && cmdlet.parameters.has(name)) continue;
    }
    const spec = cmdlet.parameters.get(name);
    if (receivesPipelineInput && spec?.acceptsPipeline) continue;
    missingCount++;
    lists?.missing.push(name);
  }
  score.overflowCount = overflowCount;
  score.mismatches = mismatches;
  score.missingCount = missingCount;
  score.notDefault = set.isDefault ? 0 : 1;
}

/** Whether a positional value plausibly converts to the parameter's type (to choose between sets). */
function fitsType(spec: ParameterSpec, value: ExpressionAst): boolean {
  const isBlock = value.kind === 'ScriptBlock';
  if (spec.isScriptBlock) return isBlock || value.kind === 'Variable' || value.kind === 'ParenExpression';
  if (isBlock) return /^(Object|PSObject)/.test(spec.type);
  const literal = value.kind === 'StringConstant' || value.kind === 'ExpandableString' || value.kind === 'Number' || value.kind === 'ArrayLiteral';
  return !(literal && objectOnlyType.test(spec.type));
}

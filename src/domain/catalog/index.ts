/**
 * The cmdlet catalog, loaded once and indexed for the linter: cmdlets by lower-case name, core
 * aliases, known-but-undescribed commands, native programs, and per-cmdlet parameter lookup
 * (exact name, alias, unique prefix — the order PowerShell itself uses).
 */
import officeJson from './data/cmdlets.json' with { type: 'json' };
import coreJson from './data/core-cmdlets.json' with { type: 'json' };
import { extraAliases, knownCmdletNames, nativeCommands, type NativeCommandSpec } from './known-commands.ts';
import { nearest, editDistance } from './suggest.ts';
import type { CatalogCmdletJson, CatalogFileJson, CatalogParameterJson, CmdletShell, CommonParameterJson, EnumConfidence } from './types.ts';

export type { CmdletShell, EnumConfidence } from './types.ts';
export type { CommandShell, NativeCommandSpec } from './known-commands.ts';

/** Exchange versions Passerelle targets. */
export type ExchangeVersion = '2013' | '2016';
/** Lync / Skype for Business Server versions Passerelle targets (2015 = Skype for Business Server 2015). */
export type LyncVersion = '2010' | '2013' | '2015';

/** The product names the catalog's `appliesTo` lists use for each target version. */
export const exchangeProduct: Readonly<Record<ExchangeVersion, string>> = {
  '2013': 'Exchange Server 2013',
  '2016': 'Exchange Server 2016',
};
export const lyncProduct: Readonly<Record<LyncVersion, string>> = {
  '2010': 'Lync Server 2010',
  '2013': 'Lync Server 2013',
  '2015': 'Skype for Business Server 2015',
};

/** One parameter of one cmdlet, normalised for binding and value checks. */
export interface ParameterSpec {
  name: string;
  type: string;
  isSwitch: boolean;
  /** `Boolean` parameters: PowerShell accepts only $true/$false and numbers. */
  isBoolean: boolean;
  /** Integer-typed parameters (Int32, UInt32, Exchange `Unlimited` counts…). */
  isInteger: boolean;
  /** Parameters whose value is a script block (`Where-Object -FilterScript`). */
  isScriptBlock: boolean;
  aliases: readonly string[];
  /** Set names that contain it; `inAllSets` for common parameters and `__AllParameterSets`. */
  sets: ReadonlySet<string>;
  inAllSets: boolean;
  requiredIn: ReadonlySet<string>;
  enum: readonly string[] | null;
  enumConfidence: EnumConfidence | null;
  /** True when a value outside `enum` must be rejected (`listed` or `prose`). */
  enumIsClosed: boolean;
  range?: { min?: number; max?: number };
  lengthMax?: number;
  maxItems?: number;
  pattern?: RegExp;
  specialValues: readonly string[];
  /** Products from the `> Applicable:` line; empty or null = not documented (never rejects). */
  appliesTo: readonly string[] | null;
  /** `Accept pipeline input` starts with True. */
  acceptsPipeline: boolean;
  multiValue: boolean;
  /** Write-Host -Object: also takes every remaining positional argument. */
  takesRemaining: boolean;
  /** One of the 11 common parameters (Verbose, ErrorAction…). */
  common: boolean;
}

/** A parameter set: its required parameters and positional order, by canonical name. */
export interface ParameterSetSpec {
  name: string;
  required: readonly string[];
  positional: readonly string[];
  isDefault: boolean;
}

/** A cmdlet (or a script with a known param block) ready for binding. */
export interface CmdletSpec {
  name: string;
  shell: CmdletShell;
  appliesTo: readonly string[];
  sets: readonly ParameterSetSpec[];
  defaultSet: string | null;
  /** Parameters by canonical name, common parameters included. */
  parameters: ReadonlyMap<string, ParameterSpec>;
  /** Where its facts come from (doc path), for reference pages. */
  sourcePath: string;
  /** Lower-case name → spec, for exact lookups. */
  byLowerName: ReadonlyMap<string, ParameterSpec>;
  /** Lower-case alias → spec. */
  byLowerAlias: ReadonlyMap<string, ParameterSpec>;
  /** Every lower-case name and alias with its spec, for prefix search. */
  spellings: readonly (readonly [string, ParameterSpec])[];
}

/** Outcome of resolving `-Written` against a cmdlet. */
export type ParameterResolution =
  | { kind: 'exact' | 'alias' | 'prefix'; parameter: ParameterSpec }
  | { kind: 'ambiguous'; candidates: readonly ParameterSpec[] }
  | { kind: 'unknown'; suggestion?: string };

/** Outcome of resolving a command name. */
export type CommandResolution =
  | { kind: 'cmdlet'; cmdlet: CmdletSpec; viaAlias?: string }
  | { kind: 'known'; name: string; shell: CmdletShell }
  | { kind: 'native'; native: NativeCommandSpec; script?: CmdletSpec }
  | { kind: 'unknown'; suggestion?: string };

const integerType = /^(u?int(16|32|64)|byte)(\[\])?$/i;

function buildParameter(name: string, json: CatalogParameterJson, common: boolean): ParameterSpec {
  const type = json.type;
  const enumIsClosed = Array.isArray(json.enum) && (json.enumConfidence === 'listed' || json.enumConfidence === 'prose');
  let pattern: RegExp | undefined;
  if (json.pattern) {
    try {
      pattern = new RegExp(json.pattern, json.patternFlags ?? '');
    } catch {
      pattern = undefined; // A bad pattern in the data must not break linting; the catalog test catches it.
    }
  }
  const unlimitedCount = /Unlimited/.test(type) && !/byte/i.test(json.constraint ?? '');
  return {
    name,
    type,
    isSwitch: json.switch,
    isBoolean: type === 'Boolean' || type === 'System.Boolean',
    isInteger: integerType.test(type) || unlimitedCount,
    isScriptBlock: /^ScriptBlock(\[\])?$/.test(type),
    aliases: json.aliases ?? [],
    sets: new Set(json.sets ?? []),
    inAllSets: common || (json.sets ?? []).includes('__AllParameterSets'),
    requiredIn: new Set(json.requiredIn ?? []),
    enum: json.enum,
    enumConfidence: json.enumConfidence,
    enumIsClosed,
    ...(json.range ? { range: json.range } : {}),
    ...(json.length ? { lengthMax: json.length.max } : {}),
    ...(json.maxItems !== undefined ? { maxItems: json.maxItems } : {}),
    ...(pattern ? { pattern } : {}),
    specialValues: json.specialValues ?? [],
    appliesTo: json.appliesTo,
    acceptsPipeline: (json.pipelineInput ?? '').startsWith('True'),
    multiValue: json.multiValue,
    takesRemaining: /all remaining positional arguments/.test(json.constraint ?? ''),
    common,
  };
}

function commonParameterJson(common: CommonParameterJson): CatalogParameterJson {
  return {
    type: common.switch ? 'SwitchParameter' : common.enum ? 'ActionPreference' : 'String',
    switch: common.switch,
    position: null,
    aliases: common.aliases,
    sets: [],
    requiredIn: [],
    enum: common.enum ?? null,
    enumSource: null,
    enumConfidence: common.enum ? 'listed' : null,
    constraint: null,
    appliesTo: [],
    pipelineInput: 'False',
    multiValue: false,
  };
}

/** Builds the binding view of one catalog entry. `commons` is empty for scripts without [CmdletBinding()]. */
export function buildCmdlet(name: string, json: CatalogCmdletJson, commons: readonly CommonParameterJson[]): CmdletSpec {
  const parameters = new Map<string, ParameterSpec>();
  const byLowerName = new Map<string, ParameterSpec>();
  for (const [paramName, p] of Object.entries(json.parameters)) {
    const spec = buildParameter(paramName, p, false);
    parameters.set(paramName, spec);
    byLowerName.set(paramName.toLowerCase(), spec);
  }
  for (const common of commons) {
    if (byLowerName.has(common.name.toLowerCase())) continue;
    const spec = buildParameter(common.name, commonParameterJson(common), true);
    parameters.set(common.name, spec);
    byLowerName.set(common.name.toLowerCase(), spec);
  }
  const byLowerAlias = new Map<string, ParameterSpec>();
  const spellings: [string, ParameterSpec][] = [];
  for (const spec of parameters.values()) {
    spellings.push([spec.name.toLowerCase(), spec]);
    for (const alias of spec.aliases) {
      const lower = alias.toLowerCase();
      if (!byLowerAlias.has(lower)) byLowerAlias.set(lower, spec);
      spellings.push([lower, spec]);
    }
  }
  // SYNTAX blocks sometimes spell a parameter with other casing (`Pin` for `PIN`): map to the canonical name.
  const canonical = (n: string) => byLowerName.get(n.toLowerCase())?.name ?? n;
  const sets: ParameterSetSpec[] = json.parameterSets.map((s) => ({
    name: s.name,
    required: s.required.map(canonical),
    positional: s.positional.map(canonical),
    isDefault: s.isDefault === true || s.name === json.defaultParameterSet,
  }));
  return {
    name,
    shell: json.shell,
    appliesTo: json.appliesTo,
    sets,
    defaultSet: json.defaultParameterSet,
    parameters,
    sourcePath: json.sourcePath,
    byLowerName,
    byLowerAlias,
    spellings,
  };
}

/** Verbs people write for a catalog verb, for "did you mean" on cmdlet names (`Create-` → `New-`). */
const verbSynonyms: Readonly<Record<string, readonly string[]>> = {
  create: ['new', 'set'],
  make: ['new'],
  add: ['new', 'set', 'enable'],
  delete: ['remove'],
  del: ['remove'],
  modify: ['set'],
  change: ['set'],
  update: ['set'],
  configure: ['set'],
  show: ['get'],
  list: ['get'],
  display: ['get'],
  read: ['get'],
  activate: ['enable'],
  deactivate: ['disable'],
  check: ['test'],
  verify: ['test'],
  restart: ['start'],
  run: ['start'],
  new: ['set'],
};

/** A described cmdlet as loaded: its spec is built the first time it is looked up. */
interface CmdletEntry {
  name: string;
  json: CatalogCmdletJson;
  commons: readonly CommonParameterJson[];
  spec?: CmdletSpec;
}

/**
 * The loaded catalogs with their lookup maps. One instance (`catalog`) is shared. Each cmdlet's
 * spec (its parameters with the common parameters, their patterns and spellings) is built when
 * the cmdlet is first looked up: a one-line lint or the lab's first command then builds a handful,
 * not all of them, which is most of the CLI's start-up and of the lab's engine start-up.
 */
export class Catalog {
  /** Core aliases (`ft`, `?`, `%`, `cd`…), lower-case alias → cmdlet name. */
  readonly aliases: ReadonlyMap<string, string>;
  readonly commonParameters: readonly CommonParameterJson[];
  readonly missingCmdlets: readonly string[];
  private readonly byLower = new Map<string, CmdletEntry>();
  private readonly entries: CmdletEntry[] = [];
  private allCmdlets?: ReadonlyMap<string, CmdletSpec>;
  private readonly known = new Map<string, { name: string; shell: CmdletShell }>();
  private readonly natives = new Map<string, { native: NativeCommandSpec; script?: CmdletSpec }>();
  private readonly nounIndex = new Map<string, string[]>();
  private readonly parameterCache = new Map<CmdletSpec, { asWritten: Map<string, ParameterResolution>; byLower: Map<string, ParameterResolution> }>();
  /** Command resolutions by shell and name as written (a script names the same few commands thousands of times). */
  private readonly commandCache = { powershell: new Map<string, CommandResolution>(), cmd: new Map<string, CommandResolution>() };
  private readonly allNames: string[];

  constructor(files: readonly CatalogFileJson[]) {
    const aliases = new Map<string, string>();
    const commons = files[0]?.commonParameters ?? [];
    for (const file of files) {
      for (const [name, json] of Object.entries(file.cmdlets)) {
        const entry: CmdletEntry = { name, json, commons: file.commonParameters };
        this.entries.push(entry);
        this.byLower.set(name.toLowerCase(), entry);
      }
      for (const [alias, target] of Object.entries(file.aliases ?? {})) aliases.set(alias.toLowerCase(), target);
    }
    for (const [shell, names] of Object.entries(knownCmdletNames) as [CmdletShell, readonly string[]][]) {
      for (const name of names) if (!this.byLower.has(name.toLowerCase())) this.known.set(name.toLowerCase(), { name, shell });
    }
    for (const native of nativeCommands) {
      const entry = native.script ? { native, script: buildCmdlet(native.name, native.script, []) } : { native };
      const lower = native.name.toLowerCase();
      this.natives.set(lower, entry);
      if (lower.endsWith('.exe')) this.natives.set(lower.slice(0, -4), entry);
      if (lower.endsWith('.ps1')) this.natives.set(lower.slice(0, -4), entry);
    }
    this.aliases = aliases;
    this.commonParameters = commons;
    this.missingCmdlets = files.flatMap((f) => f.missingCmdlets);
    this.allNames = [...new Set(this.entries.map((e) => e.name)), ...[...this.known.values()].map((k) => k.name)];
    for (const name of this.allNames) {
      const dash = name.indexOf('-');
      if (dash < 0) continue;
      const noun = name.slice(dash + 1).toLowerCase();
      const list = this.nounIndex.get(noun) ?? [];
      list.push(name);
      this.nounIndex.set(noun, list);
    }
  }

  /** Every described cmdlet, by canonical name (builds every spec the first time it is asked). */
  get cmdlets(): ReadonlyMap<string, CmdletSpec> {
    if (!this.allCmdlets) {
      const all = new Map<string, CmdletSpec>();
      for (const entry of this.entries) all.set(entry.name, specOf(entry));
      this.allCmdlets = all;
    }
    return this.allCmdlets;
  }

  /** The spec of the described cmdlet with this lower-case name. */
  private byLowerName(lower: string): CmdletSpec | undefined {
    const entry = this.byLower.get(lower);
    return entry ? specOf(entry) : undefined;
  }

  /** The described cmdlet with this name (any casing), without alias resolution. */
  getCmdlet(name: string): CmdletSpec | undefined {
    return this.byLowerName(name.toLowerCase());
  }

  /**
   * Resolves a command name the way Windows PowerShell does for our purposes: alias first, then a
   * described cmdlet, a known cmdlet, a native program or known script (by file name, any path).
   * `shell === 'cmd'` resolves cmd.exe built-ins and programs instead (no PowerShell aliases there).
   */
  resolveCommand(written: string, shell: 'powershell' | 'cmd' = 'powershell'): CommandResolution {
    const cache = this.commandCache[shell];
    let resolution = cache.get(written);
    if (resolution === undefined) {
      // An editor session types many names; the cache starts over rather than grow without end.
      if (cache.size >= COMMAND_CACHE_LIMIT) cache.clear();
      resolution = this.resolveCommandUncached(written, shell);
      cache.set(written, resolution);
    }
    return resolution;
  }

  private resolveCommandUncached(written: string, shell: 'powershell' | 'cmd'): CommandResolution {
    const lower = written.toLowerCase();
    if (shell === 'powershell') {
      const aliasTarget = this.aliases.get(lower);
      if (aliasTarget) {
        const cmdlet = this.byLowerName(aliasTarget.toLowerCase());
        if (cmdlet) return { kind: 'cmdlet', cmdlet, viaAlias: written };
      }
      const cmdlet = this.byLowerName(lower);
      if (cmdlet) return { kind: 'cmdlet', cmdlet };
      const known = this.known.get(lower);
      if (known) return { kind: 'known', name: known.name, shell: known.shell };
      const extra = extraAliases[lower];
      if (extra !== undefined && Object.hasOwn(extraAliases, lower)) {
        const target = this.byLowerName(extra.toLowerCase());
        if (target) return { kind: 'cmdlet', cmdlet: target, viaAlias: written };
        const knownTarget = this.known.get(extra.toLowerCase());
        if (knownTarget) return { kind: 'known', name: knownTarget.name, shell: knownTarget.shell };
      }
    }
    const fileName = lower.slice(Math.max(lower.lastIndexOf('\\'), lower.lastIndexOf('/')) + 1);
    const native = this.natives.get(fileName);
    if (native && (shell === 'cmd' || native.native.kind !== 'cmd-builtin')) {
      return native.script ? { kind: 'native', native: native.native, script: native.script } : { kind: 'native', native: native.native };
    }
    if (shell === 'cmd') {
      const cmdlet = this.byLowerName(lower);
      if (cmdlet) return { kind: 'cmdlet', cmdlet };
      const known = this.known.get(lower);
      if (known) return { kind: 'known', name: known.name, shell: known.shell };
      return { kind: 'unknown' };
    }
    const suggestion = this.suggestCommand(written);
    return suggestion ? { kind: 'unknown', suggestion } : { kind: 'unknown' };
  }

  /**
   * The closest real command for a mistyped one: same noun with a synonym verb first
   * (`Create-ExchangeCertificate` → `New-ExchangeCertificate`), then plain edit distance.
   */
  suggestCommand(written: string): string | undefined {
    const dash = written.indexOf('-');
    if (dash > 0) {
      const verb = written.slice(0, dash).toLowerCase();
      const sameNoun = this.nounIndex.get(written.slice(dash + 1).toLowerCase());
      if (sameNoun && sameNoun.length > 0) {
        for (const wanted of Object.hasOwn(verbSynonyms, verb) ? verbSynonyms[verb]! : []) {
          const hit = sameNoun.find((n) => n.toLowerCase().startsWith(`${wanted}-`));
          if (hit) return hit;
        }
        let best = sameNoun[0]!;
        let bestDistance = Number.MAX_SAFE_INTEGER;
        for (const name of sameNoun) {
          const d = editDistance(verb, name.slice(0, name.indexOf('-')).toLowerCase());
          if (d < bestDistance) {
            best = name;
            bestDistance = d;
          }
        }
        if (bestDistance <= 3) return best;
      }
    }
    return nearest(written, this.allNames);
  }

  /**
   * Resolves `-written` (without the dash) on a cmdlet: exact name, then alias, then a unique
   * case-insensitive prefix over names and aliases. Results are cached per cmdlet.
   */
  resolveParameter(cmdlet: CmdletSpec, written: string): ParameterResolution {
    let cache = this.parameterCache.get(cmdlet);
    if (!cache) {
      cache = { asWritten: new Map(), byLower: new Map() };
      this.parameterCache.set(cmdlet, cache);
    }
    // Scripts spell a parameter the same way again and again: the spelling as written is looked up
    // first, without lower-casing it.
    const known = cache.asWritten.get(written);
    if (known) return known;
    const lower = written.toLowerCase();
    let result = cache.byLower.get(lower);
    if (!result) {
      result = resolveParameterUncached(cmdlet, lower, written);
      cache.byLower.set(lower, result);
    }
    cache.asWritten.set(written, result);
    return result;
  }

  /** True/false when the docs say whether `appliesTo` covers `product`; undefined when they say nothing. */
  static covers(appliesTo: readonly string[] | null | undefined, product: string): boolean | undefined {
    if (!appliesTo || appliesTo.length === 0) return undefined;
    return appliesTo.includes(product);
  }

  /** Every command name the linter knows (described or not), for editors' completion lists. */
  commandNames(): readonly string[] {
    return this.allNames;
  }
}

/** How many command names `resolveCommand` remembers per shell. */
const COMMAND_CACHE_LIMIT = 10_000;

function resolveParameterUncached(cmdlet: CmdletSpec, lower: string, written: string): ParameterResolution {
  const exact = cmdlet.byLowerName.get(lower);
  if (exact) return { kind: 'exact', parameter: exact };
  const alias = cmdlet.byLowerAlias.get(lower);
  if (alias) return { kind: 'alias', parameter: alias };
  if (lower.length > 0) {
    const matches: ParameterSpec[] = [];
    for (const [spelling, spec] of cmdlet.spellings) {
      if (spelling.startsWith(lower) && !matches.includes(spec)) matches.push(spec);
    }
    if (matches.length === 1) return { kind: 'prefix', parameter: matches[0]! };
    if (matches.length > 1) return { kind: 'ambiguous', candidates: matches };
  }
  const suggestion = nearest(
    written,
    [...cmdlet.parameters.values()].filter((p) => !p.common).map((p) => p.name),
  );
  return suggestion ? { kind: 'unknown', suggestion } : { kind: 'unknown' };
}

/** The shared catalog instance (Exchange + Lync catalog, then the PowerShell 5.1 core catalog). */
// Marked pure so that bundles which import this module only for its types or small constants (the
// runbook islands, through the rule registry) drop the cmdlet data instead of shipping it.
/** Builds (once) and returns an entry's spec. */
function specOf(entry: CmdletEntry): CmdletSpec {
  return (entry.spec ??= buildCmdlet(entry.name, entry.json, entry.commons));
}

export const catalog = /* @__PURE__ */ new Catalog([officeJson as unknown as CatalogFileJson, coreJson as unknown as CatalogFileJson]);

/**
 * What the ordering rules need to know about a script, read from the linter's bindings: which
 * command changes the UM startup mode of which server, where a service is restarted, where
 * ExchUcUtil.ps1 runs and from which folder. Every answer is "known" or "unknown": a value the
 * script computes at run time (`-Identity $server`) is unknown, and the rules then stay silent
 * rather than guess.
 */
import type { CommandBinding } from './powershell/binder.ts';
import type { ExpressionAst } from './powershell/ast.ts';
import { staticValue } from './powershell/values.ts';

/** The command a binding runs, canonical and lower-case (`set-location` for `cd`), or the name as written. */
export function commandNameOf(binding: CommandBinding): string {
  // Every ordering rule asks this of every binding, several times, and a script names the same few
  // commands over and over: each distinct name is lower-cased once.
  const name = binding.resolvedName ?? binding.written ?? '';
  let lower = lowerCaseNames.get(name);
  if (lower === undefined) {
    if (lowerCaseNames.size >= LOWER_CASE_NAMES_LIMIT) lowerCaseNames.clear();
    lower = name.toLowerCase();
    lowerCaseNames.set(name, lower);
  }
  return lower;
}

/** Command names and their lower-case form (strings, not bindings, as keys: no weak references for the collector to trace). */
const lowerCaseNames = new Map<string, string>();
const LOWER_CASE_NAMES_LIMIT = 10_000;

/**
 * True when the binding runs one of the named commands (one to four lower-case canonical names).
 * Named parameters, not a rest list: the rules ask this of every binding, and a rest list is an
 * array per call.
 */
export function runs(binding: CommandBinding, name: string, other?: string, third?: string, fourth?: string): boolean {
  const runName = commandNameOf(binding);
  return runName === name || (other !== undefined && (runName === other || runName === third || runName === fourth));
}

/** The local machine, for a cmdlet run without `-Server`. */
export const LOCAL_SERVER = '(local)';

/** The statically known literal of a bound parameter; `undefined` if absent or computed. */
export function literalOf(binding: CommandBinding, parameter: string): string | undefined {
  return binding.byName.get(parameter)?.literal;
}

/**
 * The server an Exchange cmdlet acts on: the `-Identity` of Set-UMService, the `-Server` of
 * Set-UMCallRouterSettings and Enable-ExchangeCertificate (or the server part of
 * `-Identity server\thumbprint`), the local server when none is given, `undefined` when computed.
 */
export function targetServer(binding: CommandBinding): string | undefined {
  const name = commandNameOf(binding);
  const bound = (parameter: string) => binding.byName.get(parameter);
  if (name === 'set-umservice') return bound('Identity') ? literalOf(binding, 'Identity') : undefined;
  if (bound('Server')) return literalOf(binding, 'Server');
  if (name === 'enable-exchangecertificate' && bound('Identity')) {
    const identity = literalOf(binding, 'Identity');
    if (identity === undefined) return undefined;
    return identity.includes('\\') ? identity.slice(0, identity.indexOf('\\')) : LOCAL_SERVER;
  }
  return binding.hasSplat ? undefined : LOCAL_SERVER;
}

/** A server name prepared once for comparisons: trimmed and lower-case, with its first label (`mbx01`). */
export interface ServerKey {
  name: string;
  host: string;
  qualified: boolean;
}

/** The comparison key of a server name (see `sameServer`). */
export function serverKey(server: string): ServerKey {
  const name = server.trim().toLowerCase();
  const dot = name.indexOf('.');
  return { name, host: dot < 0 ? name : name.slice(0, dot), qualified: dot >= 0 };
}

const localServerName = LOCAL_SERVER.toLowerCase();

/** `sameServer` on prepared keys: two names can only match when their hosts (first labels) are equal. */
export function sameServerKey(x: ServerKey, y: ServerKey): boolean {
  if (x.name === y.name) return true;
  if (x.name === localServerName || y.name === localServerName) return false;
  return (!x.qualified || !y.qualified) && x.host === y.host;
}

/** Same server, whether written as FQDN or short name (`mbx01` = `mbx01.contoso.com`). */
export function sameServer(a: string, b: string): boolean {
  return sameServerKey(serverKey(a), serverKey(b));
}

/** The two UM services whose startup mode and certificate the rules follow. */
export type UmService = 'MSExchangeUM' | 'MSExchangeUMCR';

/** A startup-mode change in the script: which service, on which server, to which mode. */
export interface StartupModeChange {
  binding: CommandBinding;
  service: UmService;
  server: string | undefined;
  /** `TCP`, `TLS`, `Dual`, or undefined when computed. */
  mode: string | undefined;
}

/** Every `-UMStartupMode` set by Set-UMService (MSExchangeUM) or Set-UMCallRouterSettings (MSExchangeUMCR). */
export function startupModeChanges(bindings: readonly CommandBinding[]): readonly StartupModeChange[] {
  const facts = factsOf(bindings);
  if (facts.startupModeChanges) return facts.startupModeChanges;
  const changes: StartupModeChange[] = [];
  for (let i = 0; i < bindings.length; i++) {
    const name = facts.names[i];
    const service: UmService | undefined = name === 'set-umservice' ? 'MSExchangeUM' : name === 'set-umcallroutersettings' ? 'MSExchangeUMCR' : undefined;
    const binding = bindings[i]!;
    if (!service || !binding.byName.has('UMStartupMode')) continue;
    changes.push({ binding, service, server: targetServer(binding), mode: literalOf(binding, 'UMStartupMode') });
  }
  facts.startupModeChanges = changes;
  return changes;
}

/**
 * The startup-mode changes of one server and service, in script order, and where they fall
 * around a command: `before(offset)` is true when one starts before `offset`, `after(offset)` is
 * the first that starts after it. Both are binary searches when the changes come in source order
 * (the binder's order), a scan otherwise.
 */
export interface ServerChanges {
  changes: readonly StartupModeChange[];
  before(offset: number): boolean;
  after(offset: number): StartupModeChange | undefined;
}

function serverChanges(changes: readonly StartupModeChange[]): ServerChanges {
  const starts = changes.map((change) => change.binding.command.start);
  const ordered = starts.every((start, i) => i === 0 || starts[i - 1]! < start);
  // The index of the first change starting after `offset`.
  const firstAfter = (offset: number): number => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle]! > offset) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  return {
    changes,
    before: (offset) => (ordered ? starts.length > 0 && starts[0]! < offset : starts.some((start) => start < offset)),
    after: (offset) => (ordered ? changes[firstAfter(offset)] : changes.find((change) => change.binding.command.start > offset)),
  };
}

/**
 * Looks up startup-mode changes by service and server: the changes are grouped once by service
 * and host, and each server's answer is computed once, so a script that names the same server in
 * thousands of commands does not compare it with every change each time.
 * The answer keeps the script's order. Changes to a computed server are left out.
 */
export function startupModeChangesAt(changes: readonly StartupModeChange[]): (service: UmService, server: string) => ServerChanges {
  const lookup = startupModeChangesByServer(changes);
  const answers = new Map<string, ServerChanges>();
  return (service, server) => {
    const key = `${service}\n${serverKey(server).name}`;
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = serverChanges(lookup(service, server))));
    return answer;
  };
}

/**
 * Looks up startup-mode changes by service and server: the changes are grouped once by service
 * and host, so each question compares a few names instead of every change in the script.
 * The answer keeps the script's order. Changes to a computed server are left out.
 *
 * A command without a server (`Set-UMCallRouterSettings -UMStartupMode Dual`, or
 * `Enable-ExchangeCertificate` with no -Server) acts on the machine the script runs on, which may
 * be any named server: the local server and a named one may be the same, so they match each other
 * (two named servers match only by name).
 */
export function startupModeChangesByServer(changes: readonly StartupModeChange[]): (service: UmService, server: string) => StartupModeChange[] {
  const byService = new Map<UmService, Map<string, { key: ServerKey; change: StartupModeChange }[]>>();
  const local = new Map<UmService, StartupModeChange[]>();
  const all = new Map<UmService, StartupModeChange[]>();
  for (const change of changes) {
    if (change.server === undefined) continue;
    const every = all.get(change.service);
    if (every) every.push(change);
    else all.set(change.service, [change]);
    const key = serverKey(change.server);
    if (key.name === localServerName) {
      const list = local.get(change.service);
      if (list) list.push(change);
      else local.set(change.service, [change]);
      continue;
    }
    let byHost = byService.get(change.service);
    if (!byHost) byService.set(change.service, (byHost = new Map()));
    const list = byHost.get(key.host);
    if (list) list.push({ key, change });
    else byHost.set(key.host, [{ key, change }]);
  }
  const start = (change: StartupModeChange) => change.binding.command.start;
  return (service, server) => {
    const key = serverKey(server);
    if (key.name === localServerName) return all.get(service) ?? [];
    const named = (byService.get(service)?.get(key.host) ?? []).filter((entry) => sameServerKey(entry.key, key)).map((entry) => entry.change);
    const here = local.get(service) ?? [];
    return here.length === 0 ? named : [...named, ...here].sort((a, b) => start(a) - start(b));
  };
}

/** True for a startup mode that accepts mutual TLS (what a UM certificate needs). */
export function isTlsMode(mode: string | undefined): boolean {
  return mode !== undefined && /^(tls|dual)$/i.test(mode);
}

const upper = (values: readonly string[]) => values.map((v) => v.toUpperCase());

/** The statically known words of a native command's arguments (`net stop MSExchangeUM` → ['STOP', 'MSEXCHANGEUM']). */
function nativeWords(binding: CommandBinding): string[] | undefined {
  const words: string[] = [];
  for (const argument of binding.arguments) {
    const value = staticValue(argument as ExpressionAst);
    if (value.kind !== 'string') return undefined;
    words.push(value.value.toUpperCase());
  }
  return words;
}

/**
 * Where the script restarts a Windows service, as source offsets: `Restart-Service <name>`
 * (also `Get-Service <name> | Restart-Service`), `Start-Service` after `Stop-Service`,
 * `net start` after `net stop`, and for Lync `Start-CsWindowsService` after `Stop-CsWindowsService`
 * (without -Name, Start-CsWindowsService starts every Lync service of the computer).
 * A computed service name counts as a restart of any service (the rules give it the benefit of the doubt).
 * One pass over the script, remembered per script and service.
 */
export function serviceRestarts(bindings: readonly CommandBinding[], service: string): number[] {
  const facts = factsOf(bindings);
  const wanted = service.toUpperCase();
  let offsets = facts.restarts.get(wanted);
  if (!offsets) facts.restarts.set(wanted, (offsets = restartsOf(bindings, facts, wanted)));
  return offsets;
}

/** The offset of the last restart of `service` in the script, or -1 when it is never restarted. */
export function lastServiceRestart(bindings: readonly CommandBinding[], service: string): number {
  let last = -1;
  for (const offset of serviceRestarts(bindings, service)) if (offset > last) last = offset;
  return last;
}

function restartsOf(bindings: readonly CommandBinding[], facts: ScriptFacts, wanted: string): number[] {
  const offsets: number[] = [];
  let stopped = false;
  const names = (binding: CommandBinding): string[] | undefined => {
    const bound = binding.byName.get('Name');
    if (!bound) return [];
    if (bound.staticValue.kind === 'unknown') return undefined;
    return upper(bound.literals);
  };
  for (const index of facts.serviceCommands) {
    const binding = bindings[index]!;
    const offset = binding.command.start;
    const name = facts.names[index]!;
    if (name === 'restart-service') {
      let targets = names(binding);
      if (targets !== undefined && targets.length === 0 && binding.receivesPipelineInput) {
        const upstream = upstreamOf(bindings, facts, index);
        targets = upstream !== undefined && facts.names[upstream] === 'get-service' ? names(bindings[upstream]!) : undefined;
      }
      if (targets === undefined || targets.includes(wanted)) offsets.push(offset);
      continue;
    }
    if (name === 'stop-service' || name === 'stop-cswindowsservice') {
      const targets = names(binding);
      if (targets === undefined || targets.includes(wanted)) stopped = true;
      continue;
    }
    if (name === 'start-service' || name === 'start-cswindowsservice') {
      let targets = names(binding);
      // Start-CsWindowsService without -Name (and no piped services) starts every Lync service of the computer.
      if (targets !== undefined && targets.length === 0 && name === 'start-cswindowsservice' && !binding.receivesPipelineInput) targets = undefined;
      if (stopped && (targets === undefined || targets.includes(wanted))) offsets.push(offset);
      continue;
    }
    if (name === 'net' || name === 'net.exe' || name === 'net1' || name === 'net1.exe') {
      const words = nativeWords(binding);
      if (!words || words[1] !== wanted) continue;
      if (words[0] === 'STOP') stopped = true;
      else if (words[0] === 'START' && stopped) offsets.push(offset);
    }
  }
  return offsets;
}

/**
 * The command feeding binding `index` through the pipeline: the nearest binding before it at the
 * previous pipeline position that ends before it starts. Walks back only through the bindings at
 * that position (a chain indexed once), not through the whole script.
 */
function upstreamOf(bindings: readonly CommandBinding[], facts: ScriptFacts, index: number): number | undefined {
  const command = bindings[index]!.command;
  let candidate = facts.previousUpstream[index];
  while (candidate !== undefined && bindings[candidate]!.command.end > command.start) candidate = facts.previousSamePosition[candidate];
  return candidate;
}

/** How ExchUcUtil.ps1 is started: `.\ExchUcUtil.ps1`, by another path or name, or not at all. */
export function exchUcUtilInvocation(binding: CommandBinding): 'relative' | 'path' | undefined {
  const written = binding.written ?? expressionText(binding.command.name);
  if (written === undefined || !/(^|[\\/"'$])exchucutil(\.ps1)?["']?$/i.test(written.trim())) return undefined;
  return /^\.[\\/]exchucutil(\.ps1)?$/i.test(written.trim()) ? 'relative' : 'path';
}

/** The text a name expression was written with, for `& "$exscripts\ExchUcUtil.ps1"`. */
function expressionText(node: ExpressionAst): string | undefined {
  if (node.kind === 'StringConstant' || node.kind === 'ExpandableString') return node.value;
  return undefined;
}

/** Every run of ExchUcUtil.ps1 in the script. */
export function exchUcUtilRuns(bindings: readonly CommandBinding[]): readonly ExchUcUtilRun[] {
  const facts = factsOf(bindings);
  if (facts.exchUcUtil) return facts.exchUcUtil;
  // A loop rather than flatMap: flatMap's callback returned a list per binding (an empty one for
  // every command that is not ExchUcUtil.ps1).
  const runs: ExchUcUtilRun[] = [];
  for (let i = 0; i < bindings.length; i++) {
    const invocation = exchUcUtilInvocation(bindings[i]!);
    if (invocation) runs.push({ binding: bindings[i]!, invocation });
  }
  facts.exchUcUtil = runs;
  return runs;
}

/** One run of ExchUcUtil.ps1 and how it is started. */
export interface ExchUcUtilRun {
  binding: CommandBinding;
  invocation: 'relative' | 'path';
}

/** Where the current location is, as far as the script shows. */
export type LocationState = 'none' | 'scripts' | 'elsewhere' | 'unknown';

/** `$exscripts`, `…\V15\Scripts`, `$env:ExchangeInstallPath\Scripts` (with or without a trailing backslash). */
const scriptsFolder = /(^\$exscripts|\\v15\\scripts|^\$env:exchangeinstallpath\\?scripts|^\$\(\$env:exchangeinstallpath\)\\?scripts)\\?$/i;

function locationTarget(binding: CommandBinding): LocationState {
  const bound = binding.byName.get('Path') ?? binding.byName.get('LiteralPath');
  if (!bound || !bound.value) return 'unknown';
  const node = bound.value;
  if (node.kind === 'Variable') return node.name.toLowerCase() === 'exscripts' ? 'scripts' : 'unknown';
  if (node.kind === 'StringConstant' || node.kind === 'ExpandableString') {
    if (scriptsFolder.test(node.value.trim())) return 'scripts';
    return node.kind === 'ExpandableString' && node.nested.length > 0 ? 'unknown' : 'elsewhere';
  }
  return 'unknown';
}

/**
 * The current location just before `offset`, from the Set-Location/Push-Location/Pop-Location
 * commands before it (those before the first command that starts at or after `offset`).
 * The location after each command is computed once per script; each question is a binary search.
 */
export function locationBefore(bindings: readonly CommandBinding[], offset: number): LocationState {
  const facts = factsOf(bindings);
  const { reach } = facts;
  // The first command starting at or after `offset` is the first whose running maximum of starts
  // reaches it: `reach` never decreases, so it can be searched.
  let low = 0;
  let high = reach.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reach[middle]! >= offset) high = middle;
    else low = middle + 1;
  }
  return facts.locations(bindings)[low]!;
}

/**
 * What the ordering rules ask of a script, indexed in one pass and kept for as long as the
 * bindings array lives (every rule of one lint run shares it): the canonical name of each
 * command, the running maximum of command starts, the chain of commands at each pipeline
 * position, and, when first asked, the location before each command and the service restarts.
 */
interface ScriptFacts {
  names: string[];
  reach: number[];
  /** For binding i, the previous binding at the same pipeline position. */
  previousSamePosition: (number | undefined)[];
  /** For binding i, the previous binding at the pipeline position just before its own. */
  previousUpstream: (number | undefined)[];
  locations(bindings: readonly CommandBinding[]): LocationState[];
  /** Indices of the bindings that stop, start or restart a service (the only ones `restartsOf` reads). */
  serviceCommands: number[];
  restarts: Map<string, number[]>;
  exchUcUtil?: readonly ExchUcUtilRun[];
  startupModeChanges?: readonly StartupModeChange[];
}

/** Commands that stop, start or restart a Windows service, lower-case. */
const serviceCommandNames = new Set(['restart-service', 'stop-service', 'stop-cswindowsservice', 'start-service', 'start-cswindowsservice', 'net', 'net.exe', 'net1', 'net1.exe']);

const scriptFacts = new WeakMap<readonly CommandBinding[], ScriptFacts>();

function factsOf(bindings: readonly CommandBinding[]): ScriptFacts {
  let facts = scriptFacts.get(bindings);
  if (facts) return facts;
  const count = bindings.length;
  const names = new Array<string>(count);
  const reach = new Array<number>(count);
  const previousSamePosition = new Array<number | undefined>(count);
  const previousUpstream = new Array<number | undefined>(count);
  // The last binding at each pipeline position so far (positions are small integers: an array, not a Map).
  const lastAtPosition: (number | undefined)[] = [];
  const serviceCommands: number[] = [];
  let maxStart = -Infinity;
  for (let i = 0; i < count; i++) {
    const command = bindings[i]!.command;
    const name = commandNameOf(bindings[i]!);
    names[i] = name;
    if (serviceCommandNames.has(name)) serviceCommands.push(i);
    maxStart = Math.max(maxStart, command.start);
    reach[i] = maxStart;
    const position = command.pipelineIndex;
    previousUpstream[i] = position > 0 ? lastAtPosition[position - 1] : undefined;
    previousSamePosition[i] = position < lastAtPosition.length ? lastAtPosition[position] : undefined;
    while (lastAtPosition.length < position) lastAtPosition.push(undefined);
    lastAtPosition[position] = i;
  }
  let locations: LocationState[] | undefined;
  facts = {
    names,
    reach,
    previousSamePosition,
    previousUpstream,
    // locations[i]: the location before binding i (after bindings 0…i-1); locations[count]: at the end.
    locations(all) {
      if (locations) return locations;
      locations = new Array<LocationState>(count + 1);
      let state: LocationState = 'none';
      for (let i = 0; i < count; i++) {
        locations[i] = state;
        const name = names[i];
        if (name === 'set-location' || name === 'push-location') state = locationTarget(all[i]!);
        else if (name === 'pop-location') state = 'unknown';
      }
      locations[count] = state;
      return locations;
    },
    serviceCommands,
    restarts: new Map(),
  };
  scriptFacts.set(bindings, facts);
  return facts;
}

/**
 * What the script editor completes at a position, and what its hover says, without an editor: the
 * word under the cursor is a command name, a parameter name or a parameter's value; the catalog
 * gives the cmdlets of the chosen shell and product version, the parameters of the parameter sets
 * still possible, the closed value lists; the profile gives the names a parameter refers to (dial
 * plans, servers, pools, SIP addresses). Only the logical line under the cursor is read (lines
 * joined by a trailing backtick), so a completion in a 10,000-line script costs as much as in one.
 */
import { Catalog, catalog as sharedCatalog, exchangeProduct, lyncProduct, type CmdletSpec, type ParameterSpec } from '../catalog/index.ts';
import { formatCmdletHelp } from '../catalog/help.ts';
import { nativeCommands } from '../catalog/known-commands.ts';
import type { SourceRange } from '../finding.ts';
import type { CommandAst, CommandParameterAst } from '../powershell/ast.ts';
import { parseScript } from '../powershell/parser.ts';
import { bareOrQuoted } from '../powershell/quote.ts';
import type { Profile } from '../profile/schema.ts';
import { t, type Lang } from '../../i18n/index.ts';
import type { EditorSettings } from './diagnostics.ts';

export type CompletionKind = 'command' | 'parameter' | 'value' | 'profile';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** The text that replaces the word (values from the profile are quoted when they must be). */
  insertText: string;
  /** Where the value comes from (`dialPlans`, `exchange.servers`…) or the parameter's type. */
  detail?: string;
}

export interface CompletionAnswer {
  /** Offsets in the source of the word the item replaces. */
  start: number;
  end: number;
  items: CompletionItem[];
}

/** The logical line around `offset`: physical lines joined by a trailing backtick. */
export function logicalLine(source: string, offset: number): { start: number; end: number } {
  let start = source.lastIndexOf('\n', offset - 1) + 1;
  while (start > 0) {
    const previousEnd = start - 1; // the '\n'
    const lineEnd = previousEnd > 0 && source[previousEnd - 1] === '\r' ? previousEnd - 1 : previousEnd;
    if (source[lineEnd - 1] !== '`') break;
    start = source.lastIndexOf('\n', previousEnd - 1) + 1;
  }
  let end = offset;
  for (;;) {
    const newline = source.indexOf('\n', end);
    if (newline < 0) return { start, end: source.length };
    const lineEnd = source[newline - 1] === '\r' ? newline - 1 : newline;
    if (source[lineEnd - 1] !== '`') return { start, end: lineEnd };
    end = newline + 1;
  }
}

const wordBreak = /[\s|;(){},=]/;

/** Which shells' cmdlets the editor offers. `cmd` offers cmd.exe's built-ins and programs only. */
const cmdletShells: Readonly<Record<EditorSettings['shell'], readonly string[]>> = { exchange: ['exchange', 'core'], lync: ['lync', 'core'], cmd: [] };

function productOf(cmdlet: CmdletSpec, settings: EditorSettings): string | undefined {
  if (cmdlet.shell === 'exchange') return exchangeProduct[settings.exchangeVersion];
  if (cmdlet.shell === 'lync') return lyncProduct[settings.lyncVersion];
  return undefined;
}

/** Cmdlets of the shell that the chosen version has (where the documentation names products). */
function commandNames(catalog: Catalog, settings: EditorSettings): string[] {
  const names = new Set<string>();
  for (const cmdlet of catalog.cmdlets.values()) {
    if (!cmdletShells[settings.shell].includes(cmdlet.shell)) continue;
    const product = productOf(cmdlet, settings);
    if (product && Catalog.covers(cmdlet.appliesTo, product) === false) continue;
    names.add(cmdlet.name);
  }
  for (const native of nativeCommands) {
    if (native.kind === 'cmd-builtin' && settings.shell !== 'cmd') continue;
    if (native.shells.includes('any') || native.shells.includes(settings.shell)) names.add(native.name);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

function resolveCmdlet(catalog: Catalog, name: string | null, settings: EditorSettings): CmdletSpec | undefined {
  if (!name || settings.shell === 'cmd') return undefined;
  const resolved = catalog.resolveCommand(name, 'powershell');
  if (resolved.kind === 'cmdlet') return resolved.cmdlet;
  if (resolved.kind === 'native') return resolved.script;
  return undefined;
}

function resolveParameter(catalog: Catalog, cmdlet: CmdletSpec, written: string): ParameterSpec | undefined {
  const resolved = catalog.resolveParameter(cmdlet, written);
  return resolved.kind === 'exact' || resolved.kind === 'alias' || resolved.kind === 'prefix' ? resolved.parameter : undefined;
}

/**
 * The parameters still possible after those already written: the cmdlet's own parameters that share
 * a parameter set with every one of them (common parameters always), not already written, for the
 * chosen product version. Own parameters alphabetically, then the common ones.
 */
export function parametersStillPossible(cmdlet: CmdletSpec, written: readonly ParameterSpec[], product: string | undefined): ParameterSpec[] {
  const used = new Set(written.map((p) => p.name));
  const setNames = cmdlet.sets.map((s) => s.name);
  const possibleSets = setNames.filter((set) => written.every((p) => p.common || p.inAllSets || p.sets.has(set)));
  const all = [...cmdlet.parameters.values()].filter((p) => !used.has(p.name));
  const fits = (p: ParameterSpec) => p.common || p.inAllSets || setNames.length === 0 || possibleSets.some((set) => p.sets.has(set));
  const inVersion = (p: ParameterSpec) => !product || Catalog.covers(p.appliesTo, product) !== false;
  const own = all.filter((p) => !p.common && fits(p) && inVersion(p)).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const common = all.filter((p) => p.common);
  return [...own, ...common];
}

type ProfileSource = 'dialPlans' | 'exchange.servers' | 'exchange.mailboxServers' | 'lync.pools' | 'users.sipAddress' | 'users.identity' | 'autoAttendants';

/** Parameters that name something the profile knows (lower-case cmdlet names; `*` = any cmdlet). */
const profileParameters: readonly { cmdlets: readonly string[] | '*'; parameter: string; source: ProfileSource }[] = [
  { cmdlets: '*', parameter: 'UMDialPlan', source: 'dialPlans' },
  { cmdlets: ['set-umservice', 'set-umcallroutersettings'], parameter: 'DialPlans', source: 'dialPlans' },
  { cmdlets: ['get-umdialplan', 'set-umdialplan', 'remove-umdialplan', 'new-umdialplan'], parameter: 'Identity', source: 'dialPlans' },
  { cmdlets: ['new-umdialplan'], parameter: 'Name', source: 'dialPlans' },
  { cmdlets: ['set-umservice', 'get-umservice'], parameter: 'Identity', source: 'exchange.mailboxServers' },
  { cmdlets: ['get-exchangeserver'], parameter: 'Identity', source: 'exchange.servers' },
  { cmdlets: '*', parameter: 'Server', source: 'exchange.servers' },
  { cmdlets: '*', parameter: 'RegistrarPool', source: 'lync.pools' },
  { cmdlets: '*', parameter: 'TargetFqdn', source: 'lync.pools' },
  { cmdlets: '*', parameter: 'PoolFqdn', source: 'lync.pools' },
  { cmdlets: ['new-umipgateway', 'set-umipgateway'], parameter: 'Address', source: 'lync.pools' },
  { cmdlets: '*', parameter: 'SipAddress', source: 'users.sipAddress' },
  { cmdlets: '*', parameter: 'SIPResourceIdentifier', source: 'users.sipAddress' },
  { cmdlets: ['enable-csuser', 'set-csuser', 'get-csuser', 'grant-csvoicepolicy', 'grant-csdialplan'], parameter: 'Identity', source: 'users.sipAddress' },
  { cmdlets: ['enable-ummailbox', 'disable-ummailbox', 'get-ummailbox', 'set-ummailbox'], parameter: 'Identity', source: 'users.identity' },
  { cmdlets: ['get-umautoattendant', 'set-umautoattendant', 'enable-umautoattendant', 'disable-umautoattendant', 'new-umautoattendant'], parameter: 'Identity', source: 'autoAttendants' },
  { cmdlets: ['new-umautoattendant'], parameter: 'Name', source: 'autoAttendants' },
];

function profileValues(profile: Profile, source: ProfileSource): string[] {
  switch (source) {
    case 'dialPlans':
      return profile.dialPlans.map((d) => d.name);
    case 'exchange.servers':
      return profile.exchange.servers.map((s) => s.fqdn);
    case 'exchange.mailboxServers':
      return profile.exchange.servers.filter((s) => s.roles.includes('Mailbox')).map((s) => s.fqdn);
    case 'lync.pools':
      return profile.lync.pools.map((p) => p.fqdn);
    case 'users.sipAddress':
      return profile.users.map((u) => u.sipAddress);
    case 'users.identity':
      return profile.users.map((u) => u.identity);
    case 'autoAttendants':
      return profile.autoAttendants.map((a) => a.name);
  }
}

/** The profile values a parameter of a cmdlet refers to, with where they come from. */
export function profileValuesFor(profile: Profile, cmdletName: string, parameter: string): { source: ProfileSource; values: string[] } | undefined {
  const lower = cmdletName.toLowerCase();
  const entry = profileParameters.find((p) => p.parameter.toLowerCase() === parameter.toLowerCase() && (p.cmdlets === '*' || p.cmdlets.includes(lower)));
  if (!entry) return undefined;
  const values = [...new Set(profileValues(profile, entry.source).filter((v) => v.trim() !== ''))];
  return { source: entry.source, values };
}

/** The command whose elements contain `position` (offset in the parsed text), innermost last. */
function commandAt(commands: readonly CommandAst[], position: number): CommandAst | undefined {
  let found: CommandAst | undefined;
  for (const command of commands) if (command.start <= position && position <= command.end) found = command;
  return found;
}

const startsWithQuote = (s: string) => /^['"‘’‚‛“”„]/.test(s);

/**
 * The completions at `offset` of `source`.
 * @example completionsAt('Set-UMService -UMStartupMode D', 30, settings).items.map((i) => i.label) // → ['Dual']
 */
export function completionsAt(
  source: string,
  offset: number,
  settings: EditorSettings,
  profile?: Profile,
  catalog: Catalog = sharedCatalog,
): CompletionAnswer {
  const line = logicalLine(source, offset);
  let wordStart = offset;
  while (wordStart > line.start && !wordBreak.test(source[wordStart - 1]!)) wordStart -= 1;
  let wordEnd = offset;
  while (wordEnd < line.end && !wordBreak.test(source[wordEnd]!)) wordEnd += 1;
  const word = source.slice(wordStart, offset);
  const none: CompletionAnswer = { start: wordStart, end: wordEnd, items: [] };
  if (word.startsWith('$') || word.startsWith('#')) return none;

  // Parse what precedes the cursor on the logical line, with the word as typed so far.
  const text = source.slice(line.start, offset);
  const parsed = parseScript(text);
  const relative = wordStart - line.start;
  const match = (label: string, prefix: string) => label.toLowerCase().startsWith(prefix.toLowerCase());

  // A command name: the first word of a statement, of a pipeline element, of a block or after `=`.
  const before = source.slice(line.start, wordStart).trimEnd();
  if (before === '' || /[|;({}=&]$/.test(before)) {
    if (word.startsWith('-') || startsWithQuote(word)) return none;
    const items = commandNames(catalog, settings)
      .filter((name) => match(name, word))
      .map((name): CompletionItem => ({ label: name, kind: 'command', insertText: name }));
    return { start: wordStart, end: wordEnd, items };
  }

  // Otherwise the word belongs to the last command that starts before it.
  const command = [...parsed.commands].reverse().find((c) => c.start < relative);
  if (!command) return none;
  const cmdlet = resolveCmdlet(catalog, command.nameText, settings);
  if (!cmdlet) return none;
  const product = productOf(cmdlet, settings);
  const elements = command.elements;
  const writtenParameters = elements
    .filter((e) => e.end <= relative)
    .filter((e): e is CommandParameterAst => e.kind === 'CommandParameter')
    .map((e) => resolveParameter(catalog, cmdlet, e.name))
    .filter((p): p is ParameterSpec => p !== undefined);

  const colon = /^[-–—―]([\w]+):(.*)$/.exec(word);
  if (word.length > 0 && /^[-–—―]/.test(word) && !colon) {
    const prefix = word.slice(1);
    const items = parametersStillPossible(cmdlet, writtenParameters, product)
      .filter((p) => match(p.name, prefix))
      .map((p): CompletionItem => ({ label: `-${p.name}`, kind: 'parameter', insertText: `-${p.name}`, detail: p.isSwitch ? 'switch' : p.type }));
    return { start: wordStart, end: wordEnd, items };
  }

  // A value: `-Parameter:value`, or the word after `-Parameter`.
  let parameterName: string | undefined;
  let valueStart = wordStart;
  let prefix = word;
  if (colon) {
    parameterName = colon[1]!;
    valueStart = wordStart + colon[1]!.length + 2;
    prefix = colon[2]!;
  } else {
    // The word right after `-Parameter`, or an item of its comma list (`-Services UM,U`).
    const parameter = [...command.elements].reverse().find((e): e is CommandParameterAst => e.kind === 'CommandParameter' && e.end <= relative);
    const between = parameter ? text.slice(parameter.end, relative) : '';
    if (parameter && !parameter.colon && /^\s+(?:[^\s,|;]+\s*,\s*)*$/.test(between)) parameterName = parameter.name;
  }
  if (!parameterName) return none;
  const spec = resolveParameter(catalog, cmdlet, parameterName);
  if (!spec || spec.isSwitch) return none;
  const quoted = startsWithQuote(prefix);
  const bare = quoted ? prefix.slice(1) : prefix;
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (value: string, kind: CompletionKind, detail: string) => {
    if (seen.has(value.toLowerCase()) || !match(value, bare)) return;
    seen.add(value.toLowerCase());
    items.push({ label: value, kind, insertText: quoted ? `'${value.replaceAll("'", "''")}'` : bareOrQuoted(value), detail });
  };
  if (profile) {
    const known = profileValuesFor(profile, cmdlet.name, spec.name);
    for (const value of known?.values ?? []) add(value, 'profile', known!.source);
  }
  for (const value of spec.enum ?? []) add(value, 'value', spec.type);
  if (spec.isBoolean) for (const value of ['$true', '$false']) add(value, 'value', spec.type);
  return { start: valueStart, end: wordEnd, items };
}

/** Hover text: Markdown lines, and the range of the word it describes. */
export interface HoverAnswer {
  range: SourceRange;
  lines: string[];
}

function rangeOf(source: string, start: number, end: number): SourceRange {
  let line = 1;
  for (let i = source.indexOf('\n'); i >= 0 && i < start; i = source.indexOf('\n', i + 1)) line += 1;
  const column = start - (source.lastIndexOf('\n', start - 1) + 1) + 1;
  return { line, column, endLine: line, endColumn: column + (end - start) };
}

const code = (s: string) => `\`${s.replaceAll('`', "'")}\``;

/** The help for a parameter: its type, whether it is required (in which sets), its aliases and values. */
function parameterHelp(cmdlet: CmdletSpec, p: ParameterSpec, lang: Lang): string[] {
  const lines = [`**${code(`${cmdlet.name} -${p.name}`)}** — ${p.isSwitch ? t(lang, 'editor.hover.switch') : code(`<${p.type}>`)}`];
  const required = [...p.requiredIn].filter((s) => s !== '__AllParameterSets');
  if (p.requiredIn.size > 0) {
    lines.push(required.length > 0 && cmdlet.sets.length > 1 ? t(lang, 'editor.hover.requiredIn', { sets: required.join(', ') }) : t(lang, 'editor.hover.required'));
  }
  if (p.aliases.length > 0) lines.push(t(lang, 'editor.hover.aliases', { aliases: p.aliases.map((a) => code(`-${a}`)).join(', ') }));
  if (p.enum && p.enum.length > 0) {
    lines.push(t(lang, p.enumIsClosed ? 'editor.hover.values' : 'editor.hover.valuesOpen', { values: p.enum.map(code).join(', ') }));
  }
  if (p.appliesTo && p.appliesTo.length > 0) lines.push(t(lang, 'help.appliesTo', { products: p.appliesTo.join(', ') }));
  return lines;
}

/**
 * The hover at `offset`: the catalog help of the cmdlet under the cursor, or of the parameter, in
 * the page's language; undefined elsewhere.
 */
export function hoverAt(source: string, offset: number, settings: EditorSettings, lang: Lang, catalog: Catalog = sharedCatalog): HoverAnswer | undefined {
  if (settings.shell === 'cmd') return undefined;
  const line = logicalLine(source, offset);
  const text = source.slice(line.start, line.end);
  const parsed = parseScript(text);
  const relative = offset - line.start;
  const command = commandAt(parsed.commands, relative);
  if (!command) return undefined;
  const cmdlet = resolveCmdlet(catalog, command.nameText, settings);
  if (!cmdlet) return undefined;
  if (command.name.start <= relative && relative <= command.name.end) {
    const help = formatCmdletHelp(cmdlet, lang).map((l) => (l.kind === 'heading' ? `**${l.text.trim()}**` : code(l.text.trim())));
    return { range: rangeOf(source, line.start + command.name.start, line.start + command.name.end), lines: help };
  }
  const element = command.elements.find((e): e is CommandParameterAst => e.kind === 'CommandParameter' && e.start <= relative && relative <= e.start + e.name.length + 1);
  if (!element) return undefined;
  const spec = resolveParameter(catalog, cmdlet, element.name);
  if (!spec) return undefined;
  return { range: rangeOf(source, line.start + element.start, line.start + element.start + element.name.length + 1), lines: parameterHelp(cmdlet, spec, lang) };
}

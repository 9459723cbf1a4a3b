/**
 * The Windows PowerShell cmdlets the runbook's one-liners lean on: filtering, sorting, selecting,
 * formatting, folders, files and credentials. They exist in every shell of the lab.
 */
import { boolParam, listParam, requireParam, stringParam } from '../call.ts';
import { COMMON_FILES, EXCHANGE_SCRIPTS, type CmdletCall, type CmdletHandler, type LabContext } from '../context.ts';
import { formatList, formatTable } from '../format.ts';
import { convertToJson } from '../json.ts';
import { compare } from '../interpreter.ts';
import { LabError } from '../output.ts';
import { fold } from '../state.ts';
import { collapse, enumerate, getProperty, isHashtable, isObject, isTagged, isTruthy, psObject, toText, type PsHashtable, type PsValue } from '../values.ts';

/** The Where-Object switch that names the comparison (`Where-Object Name -eq x`). */
const whereOperators: Readonly<Record<string, string>> = {
  EQ: '-eq',
  NE: '-ne',
  GT: '-gt',
  GE: '-ge',
  LT: '-lt',
  LE: '-le',
  Like: '-like',
  NotLike: '-notlike',
  Match: '-match',
  NotMatch: '-notmatch',
  CEQ: '-ceq',
  CNE: '-cne',
};

const whereObject: CmdletHandler = (call, ctx) => {
  const block = call.params.get('FilterScript');
  if (block !== undefined) return call.input.filter((item) => isTruthy(collapseBlock(ctx.runBlock(block, item))));
  const property = stringParam(call, 'Property');
  if (property === undefined) return [...call.input];
  const switchName = Object.keys(whereOperators).find((name) => call.params.has(name));
  const value = call.params.get('Value') ?? null;
  return call.input.filter((item) => {
    const actual = getProperty(item, property) ?? null;
    // `Where-Object Enabled` alone keeps items whose property is true.
    if (!switchName) return isTruthy(actual);
    return compare(whereOperators[switchName]!, actual, value);
  });
};

function collapseBlock(values: PsValue[]): PsValue {
  return values.length === 1 ? values[0]! : values;
}

const forEachObject: CmdletHandler = (call, ctx) => {
  const process = call.params.get('Process');
  if (process !== undefined) return call.input.flatMap((item) => enumerate(collapseBlock(ctx.runBlock(process, item))));
  const member = stringParam(call, 'MemberName');
  if (member !== undefined) return call.input.map((item) => getProperty(item, member) ?? null);
  return [];
};

const selectObject: CmdletHandler = (call, ctx) => {
  let items = [...call.input];
  const skip = Number(stringParam(call, 'Skip') ?? 0);
  if (skip > 0) items = items.slice(skip);
  const first = stringParam(call, 'First');
  const last = stringParam(call, 'Last');
  if (first !== undefined) items = items.slice(0, Number(first));
  if (last !== undefined) items = items.slice(-Number(last));
  if (boolParam(call, 'Unique')) items = items.filter((item, i) => items.findIndex((other) => toText(other) === toText(item)) === i);
  const expand = stringParam(call, 'ExpandProperty');
  if (expand !== undefined) {
    return items.flatMap((item) => {
      const value = getProperty(item, expand);
      if (value === undefined) {
        throw new LabError('Select-Object', `Property "${expand}" cannot be found.`, { category: `InvalidArgument: (:PSObject) [Select-Object], PSArgumentException` });
      }
      return enumerate(value);
    });
  }
  const properties = selectedProperties(call);
  if (properties.length > 0) {
    return items.map((item) =>
      psObject(
        'Selected.' + (isObject(item) ? item.typeName : 'System.Object'),
        Object.fromEntries(properties.map((p) => [p.name, p.value(item, ctx)])),
        { view: properties.length > 4 ? 'list' : 'table' },
      ),
    );
  }
  return items;
};

/** One property Select-Object builds: a name, and how to read it from an input object. */
interface SelectedProperty {
  name: string;
  value: (item: PsValue, ctx: LabContext) => PsValue;
}

/** The entry of a calculated property's hashtable under any of its documented key prefixes. */
function calculatedKey(table: PsHashtable, prefixes: readonly string[]): PsValue | undefined {
  for (const entry of Object.values(table.entries)) {
    const key = entry.key.toLowerCase();
    if (prefixes.some((full) => full.startsWith(key))) return entry.value;
  }
  return undefined;
}

/**
 * `-Property Name, @{Name='X'; Expression={ … }}`: plain names read the property, calculated
 * properties (`Name`/`Label`, `Expression`, abbreviated to any prefix) run their script block with
 * `$_` set to the object — its one result, or its list of results, is the value.
 */
function selectedProperties(call: CmdletCall): SelectedProperty[] {
  const given = call.params.get('Property');
  if (given === undefined || given === null) return [];
  return enumerate(given).flatMap((entry): SelectedProperty[] => {
    if (!isHashtable(entry)) return [{ name: toText(entry), value: (item) => getProperty(item, toText(entry)) ?? null }];
    const name = calculatedKey(entry, ['name', 'label']);
    const expression = calculatedKey(entry, ['expression']);
    if (name === undefined || expression === undefined) {
      throw new LabError('Select-Object', `The hash table must contain the keys Name (or Label) and Expression.`, {
        category: 'InvalidArgument: (:) [Select-Object], NotSupportedException',
      });
    }
    if (isTagged(expression) && expression.kind === 'scriptblock') {
      return [{ name: toText(name), value: (item, ctx) => collapse(ctx.runBlock(expression, item)) }];
    }
    return [{ name: toText(name), value: (item) => getProperty(item, toText(expression)) ?? null }];
  });
}

/**
 * ConvertTo-Json (Windows PowerShell 5.1): one string; piped objects become a JSON list when there
 * are several. The cmdlet catalog has no entry for it, so its arguments arrive as words:
 * `-Depth N` (default 2, at most 100, any prefix of the name) and `-Compress`.
 */
const convertToJsonCmdlet: CmdletHandler = (call) => {
  let depthText = '2';
  let compress = false;
  for (let i = 0; i < call.words.length; i++) {
    const [name, inline] = call.words[i]!.replace(/^[-\u2013\u2014\u2015]/, '').split(':');
    if (name && 'depth'.startsWith(name.toLowerCase()) && call.words[i]!.startsWith('-')) depthText = inline ?? call.words[++i] ?? '';
    else if (name && 'compress'.startsWith(name.toLowerCase()) && call.words[i]!.startsWith('-')) compress = inline === undefined || !/^(\$?false|0)$/i.test(inline);
  }
  const depth = Number(depthText);
  if (!Number.isInteger(depth) || depth < 0 || depth > 100) {
    const bound = depth < 0 ? 'less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0' : 'greater than the maximum allowed range of 100. Supply an argument that is less than or equal to 100';
    throw new LabError('ConvertTo-Json', `Cannot validate argument on parameter 'Depth'. The ${depthText} argument is ${bound} and then try the command again.`, {
      category: 'InvalidData: (:) [ConvertTo-Json], ParameterBindingValidationException',
    });
  }
  // Nothing piped in, nothing printed (an empty pipeline ends without output).
  if (call.receivesInput && call.input.length === 0) return [];
  return [convertToJson(collapse([...call.input]), { depth, compress })];
};

const sortObject: CmdletHandler = (call) => {
  const property = listParam(call, 'Property')?.[0];
  const descending = boolParam(call, 'Descending') === true;
  const key = (item: PsValue) => (property ? (getProperty(item, property) ?? null) : item);
  const sorted = [...call.input].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const order = compare('-lt', ka, kb) ? -1 : compare('-gt', ka, kb) ? 1 : 0;
    return descending ? -order : order;
  });
  if (boolParam(call, 'Unique')) return sorted.filter((item, i) => i === 0 || toText(key(sorted[i - 1]!)) !== toText(key(item)));
  return sorted;
};

const formatListCmdlet: CmdletHandler = (call) => [{ kind: 'formatted', lines: formatList(call.input, listParam(call, 'Property')) }];
const formatTableCmdlet: CmdletHandler = (call) => [{ kind: 'formatted', lines: formatTable(call.input, listParam(call, 'Property')) }];

/**
 * Get-Credential: the lab never asks for (or keeps) a password. It returns a credential whose
 * password is an opaque SecureString, so commands that need one still run.
 */
const getCredential: CmdletHandler = (call, ctx) => {
  const user = stringParam(call, 'Credential') ?? stringParam(call, 'UserName') ?? `${ctx.lab.sipDomain.split('.')[0]!.toUpperCase()}\\Administrator`;
  return [psObject('System.Management.Automation.PSCredential', { UserName: user, Password: { kind: 'secure' } }, { view: 'table', display: 'System.Management.Automation.PSCredential' })];
};

/** Folders that exist on a lab machine (and their parents). */
export function knownFolders(ctx: LabContext): string[] {
  const folders = ['C:\\', 'C:\\Windows', 'C:\\Windows\\System32', 'C:\\Users\\Administrator', 'C:\\Passerelle\\certificates', 'C:\\Program Files'];
  const isExchange = ctx.lab.exchange.servers.some((s) => fold(s.fqdn) === fold(ctx.server));
  if (isExchange) folders.push(EXCHANGE_SCRIPTS, 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Bin');
  else folders.push(lyncSupportFolder(ctx.lab.lyncVersion));
  for (const path of Object.keys(ctx.lab.files)) folders.push(path.slice(0, path.lastIndexOf('\\')));
  return folders;
}

/** Where OcsUmUtil.exe lives for a Lync version (DOMAIN-FACTS §1.3; 2010 and 2015 unverified). */
export function lyncSupportFolder(version: '2010' | '2013' | '2015'): string {
  const product = version === '2015' ? 'Skype for Business Server 2015' : `Microsoft Lync Server ${version}`;
  return `${COMMON_FILES}\\${product}\\Support`;
}

/** Resolves a path against the current folder: `..`, `.`, `\`, drive-absolute paths, forward slashes. */
export function resolvePath(cwd: string, path: string): string {
  const normalized = path.replace(/\//g, '\\').replace(/^"|"$/g, '');
  let parts: string[];
  if (/^[a-z]:/i.test(normalized)) parts = normalized.slice(2).split('\\');
  else if (normalized.startsWith('\\')) parts = normalized.split('\\');
  else parts = [...cwd.slice(2).split('\\'), ...normalized.split('\\')];
  const drive = /^[a-z]:/i.test(normalized) ? normalized.slice(0, 2).toUpperCase() : cwd.slice(0, 2);
  const stack: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') stack.pop();
    else stack.push(part);
  }
  return `${drive}\\${stack.join('\\')}`;
}

/** The folder as the lab spells it (the known folder's casing), or undefined when it does not exist. */
export function existingFolder(ctx: LabContext, path: string): string | undefined {
  const wanted = fold(path.replace(/\\+$/, '')) || 'c:';
  for (const folder of knownFolders(ctx)) {
    const segments = folder.split('\\');
    for (let n = segments.length; n >= 1; n--) {
      const candidate = segments.slice(0, n).join('\\');
      if (fold(candidate.replace(/\\+$/, '')) === wanted) return n === 1 ? `${segments[0]}\\` : candidate;
    }
  }
  return undefined;
}

const setLocation: CmdletHandler = (call, ctx) => {
  const path = stringParam(call, 'Path') ?? stringParam(call, 'LiteralPath') ?? 'C:\\Users\\Administrator';
  const folder = existingFolder(ctx, resolvePath(ctx.cwd, path));
  if (!folder) {
    throw new LabError('Set-Location', `Cannot find path '${resolvePath(ctx.cwd, path)}' because it does not exist.`, {
      category: `ObjectNotFound: (${path}:String) [Set-Location], ItemNotFoundException`,
      hint: { key: 'pathNotFound', params: { path } },
    });
  }
  ctx.cwd = folder;
  return [];
};

const getLocation: CmdletHandler = (_call, ctx) => [psObject('System.Management.Automation.PathInfo', { Path: ctx.cwd }, { display: ctx.cwd })];

const setContent: CmdletHandler = (call, ctx) => {
  const path = stringParam(call, 'LiteralPath') ?? requireParam(call, 'Path');
  const full = resolvePath(ctx.cwd, path);
  const values = call.params.has('Value') ? enumerate(call.params.get('Value') ?? null) : [...call.input];
  // A certificate request piped from New-ExchangeCertificate keeps its link to the pending request.
  const request = values.find((v) => isObject(v) && v.typeName === 'Lab.CertificateRequest');
  ctx.change((lab) => {
    lab.files[fold(full)] = request
      ? { kind: 'request', thumbprint: toText(getProperty(request, 'Thumbprint') ?? null), server: toText(getProperty(request, 'Server') ?? null), text: toText(getProperty(request, 'Text') ?? null) }
      : { kind: 'text', text: values.map(toText).join('\n') };
  });
  return [];
};

const getContent: CmdletHandler = (call, ctx) => {
  const path = stringParam(call, 'LiteralPath') ?? requireParam(call, 'Path');
  const file = ctx.lab.files[fold(resolvePath(ctx.cwd, path))];
  if (!file) {
    throw new LabError('Get-Content', `Cannot find path '${resolvePath(ctx.cwd, path)}' because it does not exist.`, {
      category: `ObjectNotFound: (${path}:String) [Get-Content], ItemNotFoundException`,
    });
  }
  return file.text.split('\n');
};

const testPath: CmdletHandler = (call, ctx) => {
  const path = resolvePath(ctx.cwd, stringParam(call, 'Path') ?? stringParam(call, 'LiteralPath') ?? '');
  return [Object.hasOwn(ctx.lab.files, fold(path)) || existingFolder(ctx, path) !== undefined];
};

const writeHost: CmdletHandler = (call) => {
  const value = call.params.get('Object');
  return [{ kind: 'formatted', lines: [{ kind: 'text', text: value === undefined ? '' : enumerate(value).map(toText).join(' ') }] }];
};

const writeOutput: CmdletHandler = (call) => enumerate(call.params.get('InputObject') ?? null);

/** The programs and scripts the lab knows in its folders (what `dir` lists besides saved files). */
function knownFiles(ctx: LabContext, folder: string): string[] {
  if (fold(folder) === fold(EXCHANGE_SCRIPTS)) return ['ExchUcUtil.ps1', 'Get-UCPool.ps1'];
  if (fold(folder) === fold(lyncSupportFolder(ctx.lab.lyncVersion))) return ['OcsUmUtil.exe'];
  return [];
}

/**
 * Get-ChildItem (`dir`, `ls`, `gci`): the sub-folders and files of a folder of the machine, as
 * objects with Mode and Name (so `dir | Where-Object Name -like *.ps1` works).
 */
const getChildItem: CmdletHandler = (call, ctx) => {
  const written = stringParam(call, 'Path') ?? stringParam(call, 'LiteralPath') ?? call.words[0] ?? '.';
  // `dir *.ps1`, `dir C:\Temp\*.req`: a wildcard in the last segment filters the names of its folder.
  const slash = Math.max(written.lastIndexOf('\\'), written.lastIndexOf('/'));
  const last = written.slice(slash + 1);
  const pattern = /[*?]/.test(last) ? new RegExp(`^${last.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i') : undefined;
  const path = pattern ? written.slice(0, Math.max(slash, 0)) || '.' : written;
  const folder = existingFolder(ctx, resolvePath(ctx.cwd, path));
  if (!folder) {
    throw new LabError('Get-ChildItem', `Cannot find path '${resolvePath(ctx.cwd, path)}' because it does not exist.`, {
      category: `ObjectNotFound: (${path}:String) [Get-ChildItem], ItemNotFoundException`,
      hint: { key: 'pathNotFound', params: { path } },
    });
  }
  const prefix = `${fold(folder).replace(/\\+$/, '')}\\`;
  const folders = new Map<string, string>();
  for (const known of knownFolders(ctx)) {
    if (!fold(known).startsWith(prefix)) continue;
    const name = known.slice(prefix.length).split('\\')[0]!;
    if (name) folders.set(fold(name), name);
  }
  const files = new Map<string, string>();
  for (const name of knownFiles(ctx, folder)) files.set(fold(name), name);
  for (const file of Object.keys(ctx.lab.files)) {
    if (!file.startsWith(prefix)) continue;
    const name = file.slice(prefix.length);
    if (name && !name.includes('\\') && !files.has(name)) files.set(name, name);
  }
  const entry = (mode: string, name: string) => psObject('System.IO.FileSystemInfo', { Mode: mode, Name: name, FullName: `${folder.replace(/\\+$/, '')}\\${name}` }, { tableColumns: ['Mode', 'Name'] });
  const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
  const shown = (names: Iterable<string>) => [...names].filter((name) => !pattern || pattern.test(name)).sort(byName);
  return [...shown(folders.values()).map((name) => entry('d-----', name)), ...shown(files.values()).map((name) => entry('-a----', name))];
};

/** Clear-Host (`cls`, `clear`): the terminal clears its own screen; nothing to print here. */
const clearHost: CmdletHandler = () => [];

/** Import-Module and the like: accepted, nothing to do in the lab. */
const quiet: CmdletHandler = () => [];

export const coreCommands: Readonly<Record<string, CmdletHandler>> = {
  'Where-Object': whereObject,
  'ForEach-Object': forEachObject,
  'Select-Object': selectObject,
  'Sort-Object': sortObject,
  'Format-List': formatListCmdlet,
  'Format-Table': formatTableCmdlet,
  'ConvertTo-Json': convertToJsonCmdlet,
  'Get-Credential': getCredential,
  'Set-Location': setLocation,
  'Get-Location': getLocation,
  'Get-ChildItem': getChildItem,
  'Clear-Host': clearHost,
  'Set-Content': setContent,
  'Get-Content': getContent,
  'Test-Path': testPath,
  'Write-Host': writeHost,
  'Write-Output': writeOutput,
  'Import-Module': quiet,
};


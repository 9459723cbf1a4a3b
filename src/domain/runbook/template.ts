import { addToList, bareOrQuoted, quoteList, quoteLiteral } from '../powershell/quote.ts';

/**
 * Command templates and their one renderer.
 *
 * A template is PowerShell text with named placeholders such as `{server.fqdn:bare}`; the renderer
 * is the only place where a profile value meets command text, and it always goes through
 * `quote.ts`. How a value is written depends on the placeholder's mode:
 *
 * | placeholder        | binding         | written as                                              |
 * |--------------------|-----------------|---------------------------------------------------------|
 * | `{name}`           | string          | single-quoted literal (safe in any position)            |
 * | `{name:bare}`      | string          | bare when provably inert, else quoted (argument mode)   |
 * | `{name:list}`      | string[]        | comma list of bare-or-quoted elements (argument mode)   |
 * | `{name:add}`       | string/string[] | `@{Add='a','b'}` list modifier                          |
 * | `{name:int}`       | integer         | decimal digits                                          |
 * | `{name:bool}`      | boolean         | `$true` / `$false`                                      |
 *
 * The default is the quoted form, so a template that forgets a mode is merely less pretty, never
 * unsafe. `:bare` and `:list` are only accepted right after a `-Parameter ` (argument mode):
 * in expression mode (a hashtable, an operand of `-eq`, a script block) a bare word would be
 * a command call. A PowerShell brace is never taken for a placeholder because a placeholder name
 * starts with a letter immediately after `{` and ends with `}` (`{ $_ … }`, `@{Add=…}` don't match).
 */

/** How a placeholder's value is written. */
export type PlaceholderMode = 'quoted' | 'bare' | 'list' | 'add' | 'int' | 'bool';

/** A value bound to a placeholder. */
export type BindingValue = string | number | boolean | readonly string[];

/** Values for a template's placeholders, by placeholder name (`dialPlan.name`). */
export type Bindings = Readonly<Record<string, BindingValue>>;

/** One placeholder occurrence in a template. */
export interface Placeholder {
  name: string;
  mode: PlaceholderMode;
  /** Offset of the opening brace in the template. */
  offset: number;
}

/** A template bug (unknown mode, missing or mistyped binding, bare value in expression mode). */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

const placeholderPattern = /\{([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)(?::([a-z]+))?\}/g;
const modes: Record<string, PlaceholderMode> = { bare: 'bare', list: 'list', add: 'add', int: 'int', bool: 'bool' };
/** Text right before an argument-mode placeholder: `-Parameter ` or `-Parameter:`. */
const argumentPosition = /-([A-Za-z][A-Za-z0-9]*)(?: |:)$/;
/**
 * PowerShell operators look like parameters (`-eq`, `-ne`…) but their operand is in expression
 * mode, where a bare word would run as a command: they never open an argument position.
 */
const operatorNames =
  /^(?:[ci]?(?:eq|ne|gt|ge|lt|le|like|notlike|match|notmatch|contains|notcontains|in|notin|replace|split)|is|isnot|as|and|or|xor|not|band|bor|bxor|bnot|join|f|shl|shr)$/i;

function isArgumentPosition(textBefore: string): boolean {
  const match = argumentPosition.exec(textBefore);
  return match !== null && !operatorNames.test(match[1]!);
}

interface Compiled {
  /** Literal text pieces; `literals.length === placeholders.length + 1`. */
  literals: string[];
  placeholders: Placeholder[];
}

const compiled = new Map<string, Compiled>();

function compile(template: string): Compiled {
  const cached = compiled.get(template);
  if (cached) return cached;
  const literals: string[] = [];
  const placeholders: Placeholder[] = [];
  let last = 0;
  for (const match of template.matchAll(placeholderPattern)) {
    const [whole, name, modeName] = match;
    const offset = match.index;
    let mode: PlaceholderMode = 'quoted';
    if (modeName !== undefined) {
      const known = modes[modeName];
      if (!known) throw new TemplateError(`unknown placeholder mode :${modeName} in ${template}`);
      mode = known;
    }
    const before = template.slice(last, offset);
    if ((mode === 'bare' || mode === 'list') && !isArgumentPosition(template.slice(0, offset))) {
      throw new TemplateError(`{${name}:${mode}} must follow a -Parameter (argument mode) in ${template}`);
    }
    literals.push(before);
    placeholders.push({ name: name!, mode, offset });
    last = offset + whole.length;
  }
  literals.push(template.slice(last));
  const result = { literals, placeholders };
  compiled.set(template, result);
  return result;
}

/**
 * The placeholders a template uses, in order (a name may appear more than once).
 * @example placeholdersOf('Get-UMService -Identity {server.fqdn:bare}') // → [{ name: 'server.fqdn', mode: 'bare', offset: 24 }]
 */
export function placeholdersOf(template: string): readonly Placeholder[] {
  return compile(template).placeholders;
}

function renderValue(placeholder: Placeholder, value: BindingValue | undefined, template: string): string {
  const fail = (expected: string) =>
    new TemplateError(`{${placeholder.name}} expects ${expected}, got ${JSON.stringify(value)} in ${template}`);
  switch (placeholder.mode) {
    case 'quoted':
      if (typeof value !== 'string') throw fail('a string');
      return quoteLiteral(value);
    case 'bare':
      if (typeof value !== 'string') throw fail('a string');
      return bareOrQuoted(value);
    case 'list':
      if (!Array.isArray(value)) throw fail('a list of strings');
      return quoteList(value as readonly string[]);
    case 'add':
      if (typeof value === 'string') return addToList(value);
      if (!Array.isArray(value)) throw fail('a string or a list of strings');
      return addToList(value as readonly string[]);
    case 'int':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw fail('an integer');
      return String(value);
    case 'bool':
      if (typeof value !== 'boolean') throw fail('a boolean');
      return value ? '$true' : '$false';
  }
}

/**
 * Renders a command template with profile values, every value through `quote.ts`.
 * Throws `TemplateError` for a template bug (missing binding, wrong type); never for a value's
 * content — any string is rendered safely.
 * @example renderTemplate('Set-UMService -Identity {server.fqdn:bare} -DialPlans {server.dialPlans:add}',
 *   { 'server.fqdn': 'mbx01.contoso.com', 'server.dialPlans': ['ParisSIP'] })
 * // → "Set-UMService -Identity mbx01.contoso.com -DialPlans @{Add='ParisSIP'}"
 */
export function renderTemplate(template: string, bindings: Bindings): string {
  const { literals, placeholders } = compile(template);
  let text = literals[0]!;
  for (let i = 0; i < placeholders.length; i++) {
    const placeholder = placeholders[i]!;
    if (!Object.hasOwn(bindings, placeholder.name)) {
      throw new TemplateError(`no value bound to {${placeholder.name}} in ${template}`);
    }
    text += renderValue(placeholder, bindings[placeholder.name], template) + literals[i + 1]!;
  }
  return text;
}

/**
 * Tab completion for the lab terminal, without a DOM: where the cursor is (a command name, a
 * parameter name, a parameter's value), which catalog names fit, and the cycling through them on
 * repeated Tab / Shift+Tab. `CompletionAddon` wires it to the line editor.
 */

/** The lab's shells (the same names as LAB's `LabShell`). */
export type CompletionShell = 'exchange' | 'lync' | 'cmd';

/** What the word under the cursor is. */
export type CompletionContext =
  | { kind: 'command'; start: number; end: number; prefix: string }
  | { kind: 'parameter'; start: number; end: number; prefix: string; command: string; used: readonly string[] }
  | { kind: 'value'; start: number; end: number; prefix: string; command: string; parameter: string };

/** The names completion may offer; the catalog adapter (`catalogCompletionSource`) implements it. */
export interface CompletionSource {
  /** Command names valid in a shell (cmdlets, scripts, programs, the terminal's own verbs). */
  commands(shell: CompletionShell): readonly string[];
  /** A command's parameter names (canonical spelling), or undefined for an unknown command. */
  parameters(command: string, shell: CompletionShell): readonly string[] | undefined;
  /** A parameter's closed list of values (enum members, `$true`/`$false`), or undefined. */
  values(command: string, parameter: string, shell: CompletionShell): readonly string[] | undefined;
}

const SEGMENT_BREAKS = new Set(['|', ';', '(', '{', '&']);

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Finds what the cursor is completing. Only the current pipeline element counts (after the last
 * `|`, `;`, `(`, `{` outside quotes); inside an open quote there is nothing to complete.
 * @example completionContext('Get-Mailbox | Set-UMDial', 24) // → { kind: 'command', start: 14, end: 24, prefix: 'Set-UMDial' }
 */
export function completionContext(line: string, cursor: number): CompletionContext | undefined {
  let quote: string | null = null;
  let segmentStart = 0;
  for (let i = 0; i < cursor; i += 1) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '`') {
      i += 1; // an escaped character is never a separator
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (SEGMENT_BREAKS.has(ch)) segmentStart = i + 1;
  }
  if (quote) return undefined;

  // Words of the current segment up to the cursor; the last one may be empty (cursor after a blank).
  const words: Word[] = [];
  let current: Word | null = null;
  let inner: string | null = null;
  for (let i = segmentStart; i < cursor; i += 1) {
    const ch = line[i]!;
    if (inner) {
      if (ch === inner) inner = null;
      if (current) current.end = i + 1;
      continue;
    }
    if (ch === ' ' || ch === '\t') {
      if (current) words.push(current);
      current = null;
      continue;
    }
    if (ch === "'" || ch === '"') inner = ch;
    if (!current) current = { text: '', start: i, end: i };
    current.end = i + 1;
  }
  if (current) words.push(current);
  for (const w of words) w.text = line.slice(w.start, w.end);
  const typing = words.at(-1)?.end === cursor ? words.pop()! : { text: '', start: cursor, end: cursor };
  // The word's end is where the word under the cursor really ends (completion replaces it whole).
  let end = cursor;
  while (end < line.length && !/[\s|;(){}]/.test(line[end]!)) end += 1;

  if (words.length === 0) {
    if (typing.text.startsWith('-') || typing.text.startsWith('$')) return undefined;
    return { kind: 'command', start: typing.start, end, prefix: typing.text };
  }
  const command = words[0]!.text;
  const used = words.slice(1).filter((w) => w.text.startsWith('-')).map((w) => w.text.slice(1).split(':')[0]!.toLowerCase());

  // `-Parameter:value` in one word.
  const colon = /^-([\w]+):(.*)$/.exec(typing.text);
  if (colon) {
    const valueStart = typing.start + colon[1]!.length + 2;
    return valueContext(command, colon[1]!, line.slice(valueStart, cursor), valueStart, end);
  }
  if (typing.text.startsWith('-')) {
    return { kind: 'parameter', start: typing.start, end, prefix: typing.text.slice(1), command, used };
  }
  const previous = words.at(-1)!;
  if (previous.text.startsWith('-') && previous.text.length > 1 && !previous.text.includes(':') && words.length > 1) {
    return valueContext(command, previous.text.slice(1), typing.text, typing.start, end);
  }
  return undefined;
}

/** Value completion: after a comma only the last list item is completed (`-Services IIS,U` → `UM`). */
function valueContext(command: string, parameter: string, text: string, start: number, end: number): CompletionContext | undefined {
  if (text.startsWith("'") || text.startsWith('"')) return undefined;
  const comma = text.lastIndexOf(',');
  const itemStart = comma < 0 ? start : start + comma + 1;
  return { kind: 'value', start: itemStart, end, prefix: text.slice(comma + 1), command, parameter };
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

/**
 * The completions for a context, in the order Tab offers them (case-insensitive prefix match,
 * alphabetical, so the same Tab always gives the same word). Parameters come back with their dash.
 * @example candidatesFor(completionContext('Set-UMDial', 10)!, source, 'exchange') // → ['Set-UMDialPlan']
 */
export function candidatesFor(context: CompletionContext, source: CompletionSource, shell: CompletionShell): string[] {
  const lower = context.prefix.toLowerCase();
  const matches = (names: readonly string[]) => names.filter((n) => n.toLowerCase().startsWith(lower));
  switch (context.kind) {
    case 'command':
      return matches(source.commands(shell)).sort(byName);
    case 'parameter': {
      const names = source.parameters(context.command, shell) ?? [];
      // A parameter already on the line is not offered again (PowerShell rejects it twice).
      const unused = names.filter((n) => !context.used.includes(n.toLowerCase()) || n.toLowerCase() === lower);
      return matches(unused).map((n) => `-${n}`);
    }
    case 'value':
      return matches(source.values(context.command, context.parameter, shell) ?? []);
  }
}

/** The line after a completion step. */
export interface CompletionResult {
  text: string;
  cursor: number;
  /** The candidate now on the line, and where it sits in the list (for the status line). */
  candidate: string;
  index: number;
  candidates: readonly string[];
}

/**
 * Cycles through the candidates of one Tab press: the first Tab puts the first candidate, each
 * further Tab the next one (Shift+Tab the previous), replacing what the previous step inserted.
 * Any other key ends the cycle (the host calls `reset`).
 */
export class CompletionCycle {
  private state: { before: string; after: string; candidates: string[]; index: number } | null = null;

  constructor(private readonly source: CompletionSource) {}

  get active(): boolean {
    return this.state !== null;
  }

  reset(): void {
    this.state = null;
  }

  /** One Tab (direction 1) or Shift+Tab (-1). Undefined when there is nothing to complete. */
  step(line: string, cursor: number, shell: CompletionShell, direction: 1 | -1): CompletionResult | undefined {
    if (!this.state) {
      const context = completionContext(line, cursor);
      if (!context) return undefined;
      const candidates = candidatesFor(context, this.source, shell);
      if (candidates.length === 0) return undefined;
      this.state = {
        before: line.slice(0, context.start),
        after: line.slice(context.end),
        candidates,
        index: direction === 1 ? 0 : candidates.length - 1,
      };
    } else {
      const n = this.state.candidates.length;
      this.state.index = (this.state.index + direction + n) % n;
    }
    const { before, after, candidates, index } = this.state;
    const candidate = candidates[index]!;
    return { text: before + candidate + after, cursor: before.length + candidate.length, candidate, index, candidates };
  }
}

/**
 * Pattern matching for the lab's `-like` and `-match` that cannot hang the tab.
 *
 * `-like` wildcards are matched by a two-pointer scan (at most one backtrack point, the last `*`),
 * so a match costs at most length × pattern steps: `'<200 a>' -like '*a*a*a*a*a*a*b'` is
 * immediate, where a `.*` regular expression backtracks for minutes.
 *
 * `-match` uses .NET's backtracking semantics (leftmost, greedy or lazy quantifiers, groups,
 * alternation, backreferences, lookahead), run by a small virtual machine with an explicit stack and
 * a step budget: a catastrophic pattern stops with `PatternError('budget')` instead of freezing
 * the browser's only thread — JavaScript's own RegExp cannot be interrupted.
 */
import { labLimits } from './limits.ts';

/** Why a pattern could not be used: bad syntax, a construct the lab does not run, or a budget. */
export class PatternError extends Error {
  constructor(
    readonly reason: 'invalid' | 'unsupported' | 'budget' | 'size',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'PatternError';
  }
}

// ——— Wildcards (-like) ———

type CharTest = (c: string) => boolean;
type WildToken = { star: true } | { star: false; test: CharTest };

/** Case-insensitive one-character comparison (PowerShell's -like and -match are insensitive). */
const sameLetter = (a: string, b: string) => a === b || a.toLowerCase() === b.toLowerCase();

/** Wildcard tokens: `*`, `?`, `[abc]`/`[a-z]` sets, backtick escapes, literal characters. */
function wildcardTokens(pattern: string, ignoreCase: boolean): WildToken[] {
  const tokens: WildToken[] = [];
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '*') {
      if (!tokens.at(-1)?.star) tokens.push({ star: true });
    } else if (c === '?') tokens.push({ star: false, test: () => true });
    else if (c === '`' && i + 1 < chars.length) {
      const literal = chars[++i]!;
      tokens.push({ star: false, test: (x) => (ignoreCase ? sameLetter(x, literal) : x === literal) });
    } else if (c === '[' && chars.indexOf(']', i + 2) > 0) {
      const end = chars.indexOf(']', i + 2);
      const members = chars.slice(i + 1, end);
      i = end;
      tokens.push({ star: false, test: setTest(members, ignoreCase) });
    } else tokens.push({ star: false, test: (x) => (ignoreCase ? sameLetter(x, c) : x === c) });
  }
  return tokens;
}

function setTest(members: string[], ignoreCase: boolean): CharTest {
  const ranges: Array<[string, string]> = [];
  for (let i = 0; i < members.length; i++) {
    if (members[i + 1] === '-' && i + 2 < members.length) {
      ranges.push([members[i]!, members[i + 2]!]);
      i += 2;
    } else ranges.push([members[i]!, members[i]!]);
  }
  const inSet = (x: string) => ranges.some(([from, to]) => x >= from && x <= to);
  return (x) => inSet(x) || (ignoreCase && (inSet(x.toLowerCase()) || inSet(x.toUpperCase())));
}

/**
 * PowerShell's `-like`: does `text` match the wildcard `pattern` as a whole? Case-insensitive
 * unless `ignoreCase` is false (`-clike`). Worst case length × tokens steps, never exponential.
 * @example wildcardMatch('mbx01.contoso.com', 'MBX*.contoso.???') // true
 */
export function wildcardMatch(text: string, pattern: string, ignoreCase = true): boolean {
  const tokens = wildcardTokens(pattern, ignoreCase);
  const chars = [...text];
  let t = 0;
  let p = 0;
  // The last `*` seen and the text position it currently stands for: on a mismatch the star
  // swallows one more character and the scan resumes after it. Earlier stars never need to move.
  let starToken = -1;
  let starText = 0;
  while (t < chars.length) {
    const token = tokens[p];
    if (token && !token.star && token.test(chars[t]!)) {
      t++;
      p++;
    } else if (token?.star) {
      starToken = p++;
      starText = t;
    } else if (starToken >= 0) {
      p = starToken + 1;
      t = ++starText;
    } else return false;
  }
  while (tokens[p]?.star) p++;
  return p === tokens.length;
}

// ——— Regular expressions (-match) ———

type Node =
  | { kind: 'char'; test: CharTest }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'group'; index: number | null; body: Node }
  | { kind: 'repeat'; body: Node; min: number; max: number; lazy: boolean }
  | { kind: 'assert'; at: '^' | '$' | 'b' | 'B' | 'A' | 'z' | 'Z' }
  | { kind: 'look'; negate: boolean; body: Node }
  | { kind: 'backref'; index: number };

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{Nd}\p{Mn}\p{Pc}]/u.test(c);
const classEscapes: Record<string, CharTest> = {
  d: (c) => /\p{Nd}/u.test(c),
  D: (c) => !/\p{Nd}/u.test(c),
  w: isWordChar,
  W: (c) => !isWordChar(c),
  s: (c) => /\s/.test(c),
  S: (c) => !/\s/.test(c),
};
const controlEscapes: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', e: '\x1b', a: '\x07', '0': '\0' };

/** A recursive-descent parser for the .NET regular-expression syntax the lab runs. */
class RegexParser {
  private at = 0;
  groups = 0;
  readonly names = new Map<string, number>();

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new PatternError('invalid', 'Too many )\'s.');
    return node;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.at + offset];
  }

  private literal(c: string): CharTest {
    return this.ignoreCase ? (x) => sameLetter(x, c) : (x) => x === c;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private quantified(atom: Node): Node {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!braces) return atom; // `a{` without a count is a literal brace in .NET
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      if (max < min) throw new PatternError('invalid', 'Illegal {x,y} with x > y.');
      this.at += braces[0].length - 1;
    } else return atom;
    this.at++;
    if (atom.kind === 'assert' || atom.kind === 'look') throw new PatternError('invalid', 'Quantifier following nothing.');
    const lazy = this.peek() === '?';
    if (lazy) this.at++;
    if ('*+?'.includes(this.peek() ?? '_') || /^\{\d+(,\d*)?\}/.test(this.source.slice(this.at))) {
      throw new PatternError('invalid', `Nested quantifier '${this.peek()}'.`);
    }
    return { kind: 'repeat', body: atom, min, max, lazy };
  }

  private atom(): Node {
    const c = this.source[this.at++]!;
    switch (c) {
      case '.':
        return { kind: 'char', test: (x) => x !== '\n' };
      case '^':
        return { kind: 'assert', at: '^' };
      case '$':
        return { kind: 'assert', at: '$' };
      case '[':
        return { kind: 'char', test: this.characterClass() };
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new PatternError('invalid', `Quantifier '${c}' following nothing.`);
      default:
        return { kind: 'char', test: this.literal(c) };
    }
  }

  private group(): Node {
    let index: number | null = null;
    let look: { negate: boolean } | null = null;
    if (this.peek() === '?') {
      const rest = this.source.slice(this.at + 1);
      const named = /^(?:<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/.exec(rest);
      if (rest.startsWith(':')) this.at += 2;
      else if (rest.startsWith('=') || rest.startsWith('!')) {
        look = { negate: rest.startsWith('!') };
        this.at += 2;
      } else if (named) {
        index = ++this.groups;
        this.names.set(named[1] ?? named[2]!, index);
        this.at += 1 + named[0].length;
      } else throw new PatternError('unsupported', `(?${rest.slice(0, 2)}`);
    } else index = ++this.groups;
    const body = this.alternation();
    if (this.source[this.at++] !== ')') throw new PatternError('invalid', 'Not enough )\'s.');
    return look ? { kind: 'look', negate: look.negate, body } : { kind: 'group', index, body };
  }

  private escape(): Node {
    const c = this.source[this.at++];
    if (c === undefined) throw new PatternError('invalid', 'Illegal \\ at end of pattern.');
    if (c === 'b' || c === 'B' || c === 'A' || c === 'z' || c === 'Z') return { kind: 'assert', at: c };
    if (/[1-9]/.test(c)) {
      let digits = c;
      while (/\d/.test(this.peek() ?? '')) digits += this.source[this.at++];
      return { kind: 'backref', index: Number(digits) };
    }
    if (c === 'k' && this.peek() === '<') {
      const end = this.source.indexOf('>', this.at);
      const name = this.source.slice(this.at + 1, end);
      const index = end > 0 ? this.names.get(name) : undefined;
      if (index === undefined) throw new PatternError('invalid', `Reference to undefined group name ${name}.`);
      this.at = end + 1;
      return { kind: 'backref', index };
    }
    return { kind: 'char', test: this.escapedChar(c) };
  }

  /** A character escape (`\d`, `\.`, `\x41`, `\p{L}`…) as a test, inside or outside a class. */
  private escapedChar(c: string): CharTest {
    const named = classEscapes[c];
    if (named) return named;
    if (c === 'x' || c === 'u') {
      const length = c === 'x' ? 2 : 4;
      const hex = this.source.slice(this.at, this.at + length);
      if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) throw new PatternError('invalid', `Insufficient hexadecimal digits.`);
      this.at += length;
      return this.literal(String.fromCharCode(parseInt(hex, 16)));
    }
    if (c === 'p' || c === 'P') {
      const match = /^\{(\w+)\}/.exec(this.source.slice(this.at));
      let property: RegExp;
      try {
        property = new RegExp(`^\\p{${match?.[1]}}$`, 'u');
      } catch {
        throw new PatternError('invalid', `Unknown property '${match?.[1] ?? ''}'.`);
      }
      this.at += match![0].length;
      return c === 'p' ? (x) => property.test(x) : (x) => !property.test(x);
    }
    const control = controlEscapes[c];
    if (control !== undefined) return this.literal(control);
    if (/[A-Za-z]/.test(c)) throw new PatternError('invalid', `Unrecognized escape sequence \\${c}.`);
    return this.literal(c);
  }

  private characterClass(): CharTest {
    const negate = this.peek() === '^';
    if (negate) this.at++;
    const tests: CharTest[] = [];
    let first = true;
    for (;;) {
      const c = this.source[this.at++];
      if (c === undefined) throw new PatternError('invalid', 'Unterminated [] set.');
      if (c === ']' && !first) break;
      first = false;
      let from: string | null = c;
      let test: CharTest | null = null;
      if (c === '\\') {
        const e = this.source[this.at++];
        if (e === undefined) throw new PatternError('invalid', 'Illegal \\ at end of pattern.');
        if (classEscapes[e] || e === 'p' || e === 'P') {
          test = this.escapedChar(e);
          from = null;
        } else from = e === 'b' ? '\b' : (controlEscapes[e] ?? (e === 'x' || e === 'u' ? this.hexChar(e) : e));
      }
      if (from !== null && this.peek() === '-' && this.peek(1) !== undefined && this.peek(1) !== ']') {
        this.at++;
        let to = this.source[this.at++]!;
        if (to === '\\') to = this.source[this.at++] ?? '\\';
        if (to < from) throw new PatternError('invalid', `[x-y] range in reverse order.`);
        const [lo, hi] = [from, to];
        test = this.ignoreCase ? (x) => (x >= lo && x <= hi) || (x.toLowerCase() >= lo && x.toLowerCase() <= hi) || (x.toUpperCase() >= lo && x.toUpperCase() <= hi) : (x) => x >= lo && x <= hi;
      }
      tests.push(test ?? this.literal(from!));
    }
    return negate ? (x) => !tests.some((t) => t(x)) : (x) => tests.some((t) => t(x));
  }

  private hexChar(kind: string): string {
    const length = kind === 'x' ? 2 : 4;
    const hex = this.source.slice(this.at, this.at + length);
    this.at += length;
    return String.fromCharCode(parseInt(hex, 16));
  }
}

type Instruction =
  | { op: 'char'; test: CharTest }
  | { op: 'split'; first: number; second: number }
  | { op: 'jump'; to: number }
  | { op: 'save'; slot: number }
  | { op: 'mark'; slot: number }
  | { op: 'progress'; slot: number }
  | { op: 'assert'; at: '^' | '$' | 'b' | 'B' | 'A' | 'z' | 'Z' }
  | { op: 'look'; negate: boolean; program: Instruction[] }
  | { op: 'backref'; index: number }
  | { op: 'match' };

/** A compiled pattern: run it with `regexMatch` (any number of times). */
export interface CompiledRegex {
  program: Instruction[];
  /** Capture bounds (two per group, group 0 first) then loop marks. */
  slots: number;
  groups: number;
  ignoreCase: boolean;
}

/** Compiles the syntax tree into VM instructions (Thompson/Pike style, backtracking order). */
class Compiler {
  readonly program: Instruction[] = [];
  slots: number;

  constructor(groups: number) {
    // Slots 0..2g+1 are the capture bounds; loop marks come after them.
    this.slots = 2 * (groups + 1);
  }

  private emit(instruction: Instruction): number {
    if (this.program.length >= labLimits.patternSize) throw new PatternError('size', String(labLimits.patternSize));
    this.program.push(instruction);
    return this.program.length - 1;
  }

  compile(node: Node): void {
    switch (node.kind) {
      case 'char':
        this.emit({ op: 'char', test: node.test });
        return;
      case 'seq':
        for (const item of node.items) this.compile(item);
        return;
      case 'alt': {
        const jumps: number[] = [];
        node.options.forEach((option, i) => {
          if (i < node.options.length - 1) {
            const split = this.emit({ op: 'split', first: 0, second: 0 });
            (this.program[split] as { first: number }).first = split + 1;
            this.compile(option);
            jumps.push(this.emit({ op: 'jump', to: 0 }));
            (this.program[split] as { second: number }).second = this.program.length;
          } else this.compile(option);
        });
        for (const j of jumps) (this.program[j] as { to: number }).to = this.program.length;
        return;
      }
      case 'group':
        if (node.index !== null) this.emit({ op: 'save', slot: 2 * node.index });
        this.compile(node.body);
        if (node.index !== null) this.emit({ op: 'save', slot: 2 * node.index + 1 });
        return;
      case 'assert':
        this.emit({ op: 'assert', at: node.at });
        return;
      case 'backref':
        this.emit({ op: 'backref', index: node.index });
        return;
      case 'look': {
        const inner = new Compiler(0);
        inner.slots = this.slots;
        inner.compile(node.body);
        inner.emit({ op: 'match' });
        this.slots = Math.max(this.slots, inner.slots);
        this.emit({ op: 'look', negate: node.negate, program: inner.program });
        return;
      }
      case 'repeat':
        this.repeat(node);
    }
  }

  private repeat(node: Extract<Node, { kind: 'repeat' }>): void {
    for (let i = 0; i < node.min; i++) this.compile(node.body);
    if (node.max === Infinity) {
      // loop: split(body, exit); mark; body; progress; jump loop — `progress` fails an iteration
      // that matched nothing, so `(a*)*` ends instead of looping for ever.
      const slot = this.slots++;
      const split = this.emit({ op: 'split', first: 0, second: 0 });
      this.emit({ op: 'mark', slot });
      this.compile(node.body);
      this.emit({ op: 'progress', slot });
      this.emit({ op: 'jump', to: split });
      this.setSplit(split, split + 1, this.program.length, node.lazy);
      return;
    }
    const splits: number[] = [];
    for (let i = node.min; i < node.max; i++) {
      splits.push(this.emit({ op: 'split', first: 0, second: 0 }));
      this.compile(node.body);
    }
    for (const split of splits) this.setSplit(split, split + 1, this.program.length, node.lazy);
  }

  private setSplit(at: number, body: number, exit: number, lazy: boolean): void {
    this.program[at] = { op: 'split', first: lazy ? exit : body, second: lazy ? body : exit };
  }
}

/**
 * Compiles a .NET regular expression for the lab. Throws `PatternError('invalid')` with .NET's
 * reason, or `'unsupported'` for constructs the lab does not run (lookbehind, inline options…).
 */
export function compileRegex(pattern: string, ignoreCase = true): CompiledRegex {
  const parser = new RegexParser(pattern, ignoreCase);
  const tree = parser.parse();
  const compiler = new Compiler(parser.groups);
  // Group 0 is the whole match: its bounds are saved like any group's.
  compiler.compile({ kind: 'group', index: 0, body: tree });
  compiler.program.push({ op: 'match' });
  return { program: compiler.program, slots: compiler.slots, groups: parser.groups, ignoreCase };
}
interface Budget {
  steps: number;
}

/** Runs `program` anchored at `start`; returns the capture slots of the first match, or null. */
function run(program: Instruction[], slotCount: number, text: string, start: number, budget: Budget, ignoreCase: boolean, initial?: number[]): number[] | null {
  const stack: Array<{ pc: number; sp: number; slots: number[] }> = [{ pc: 0, sp: start, slots: initial ? initial.slice() : new Array<number>(slotCount).fill(-1) }];
  while (stack.length > 0) {
    let { pc, sp, slots } = stack.pop()!;
    for (;;) {
      if (++budget.steps > labLimits.matchSteps) throw new PatternError('budget', String(labLimits.matchSteps));
      const ins = program[pc]!;
      let ok = true;
      switch (ins.op) {
        case 'match':
          return slots;
        case 'char':
          ok = sp < text.length && ins.test(text[sp]!);
          if (ok) sp++;
          pc++;
          break;
        case 'split':
          stack.push({ pc: ins.second, sp, slots: slots.slice() });
          pc = ins.first;
          break;
        case 'jump':
          pc = ins.to;
          break;
        case 'save':
        case 'mark':
          slots[ins.slot] = sp;
          pc++;
          break;
        case 'progress':
          ok = slots[ins.slot] !== sp;
          pc++;
          break;
        case 'assert':
          ok = assertion(ins.at, text, sp);
          pc++;
          break;
        case 'backref': {
          const from = slots[2 * ins.index]!;
          const to = slots[2 * ins.index + 1]!;
          if (from >= 0 && to >= from) {
            const captured = text.slice(from, to);
            const here = text.slice(sp, sp + captured.length);
            ok = ignoreCase ? here.toLowerCase() === captured.toLowerCase() : here === captured;
            if (ok) sp += captured.length;
          } else ok = false; // .NET: a reference to a group that did not take part fails
          pc++;
          break;
        }
        case 'look': {
          const found = run(ins.program, slots.length, text, sp, budget, ignoreCase, slots);
          ok = ins.negate ? found === null : found !== null;
          if (ok && found && !ins.negate) slots = found.map((v, i) => (i < slots.length ? v : -1));
          pc++;
          break;
        }
      }
      if (!ok) break;
    }
  }
  return null;
}

function assertion(at: '^' | '$' | 'b' | 'B' | 'A' | 'z' | 'Z', text: string, sp: number): boolean {
  switch (at) {
    case '^':
    case 'A':
      return sp === 0;
    case '$':
    case 'Z':
      return sp === text.length || (sp === text.length - 1 && text[sp] === '\n');
    case 'z':
      return sp === text.length;
    case 'b':
    case 'B': {
      const boundary = isWordChar(text[sp - 1]) !== isWordChar(text[sp]);
      return at === 'b' ? boundary : !boundary;
    }
  }
}

/**
 * Searches `text` for `regex` as .NET's Regex.IsMatch does (leftmost match), within the lab's
 * step budget: throws `PatternError('budget')` when the search needs more steps.
 * Returns the groups of the match (index 0 is the whole match; a group that took no part is
 * undefined) or null.
 * @example regexMatch(compileRegex('^mbx(\\d+)'), 'MBX01.contoso.com') // ['MBX01', '01']
 */
export function regexMatch(regex: CompiledRegex, text: string): Array<string | undefined> | null {
  const budget: Budget = { steps: 0 };
  for (let start = 0; start <= text.length; start++) {
    const slots = run(regex.program, regex.slots, text, start, budget, regex.ignoreCase);
    if (!slots) continue;
    const groups: Array<string | undefined> = [];
    for (let i = 0; i <= regex.groups; i++) {
      const [from, to] = [slots[2 * i]!, slots[2 * i + 1]!];
      groups.push(from >= 0 && to >= from ? text.slice(from, to) : undefined);
    }
    return groups;
  }
  return null;
}

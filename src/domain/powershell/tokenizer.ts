/**
 * The PowerShell tokenizer. PowerShell tokenizes differently in *argument* mode (command arguments:
 * `UM,UMCallRouter`, `C:\x`, `1:1` are words) and *expression* mode (`-eq`, `+`, `1..5`), and the
 * parser knows which mode applies, so the lexer scans one token at a time in the mode it is asked
 * for. It works on offsets into the source (no per-character string building) and never throws;
 * malformed input yields tokens flagged `unterminated` that the parser reports.
 *
 * Character facts from the PowerShell language: ' ‘ ’ ‚ ‛ are single quotes, " “ ” „ are double
 * quotes, and - – — ― are dashes (so `–Identity` pasted from a word processor is a parameter).
 */
import type { SourceRange } from '../finding.ts';

/** Token kinds. Punctuation kinds are the punctuation itself. */
export type TokenKind =
  | 'eof'
  | 'newline'
  | ';'
  | '|'
  | '&&'
  | '||'
  | '&'
  | '('
  | ')'
  | '{'
  | '}'
  | '['
  | ']'
  | '$('
  | '@('
  | '@{'
  | ','
  | '.'
  | '::'
  | 'assign'
  | 'parameter'
  | 'word'
  | 'string'
  | 'number'
  | 'variable'
  | 'splat'
  | 'operator'
  | 'identifier'
  | 'redirection'
  | '--'
  | '--%'
  | 'unknown';

/** One token. `value` depends on the kind (see field notes). */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /**
   * string/word: the value with quotes and escapes processed (embedded `$x` kept as written);
   * parameter: the name without dash and colon; variable/splat: the name; operator: lower-case
   * with an ASCII dash (`-eq`, `+`, `..`); number: the text; assign: the operator; others: the text.
   */
  value: string;
  /** string/word: how it was quoted; `bare` for argument-mode words. */
  quote?: 'single' | 'double' | 'hereSingle' | 'hereDouble' | 'bare';
  /** string/word: contains `$var` or `$( )` to expand. */
  expandable?: boolean;
  /** string/here-string/comment: the closing delimiter is missing. */
  unterminated?: boolean;
  /** parameter: written with a trailing colon (`-Name:value`). */
  colon?: boolean;
  /** word: offset of the quote or `$(` that is never closed. */
  errorAt?: number;
  /** number: its value (NaN when out of range). */
  number?: number;
  /** string: offsets of the content between the quotes. */
  contentStart?: number;
  contentEnd?: number;
}

/** A token of `len` characters at `start` whose value is its text (or `value`). */
function tok(source: string, kind: TokenKind, start: number, len: number, value?: string): Token {
  return { kind, start, end: start + len, value: value ?? source.slice(start, start + len) };
}

// ── Character classes ─────────────────────────────────────────────────────────────────────

/** ' ‘ ’ ‚ ‛ — every character PowerShell treats as a single quote. */
export function isSingleQuote(c: number): boolean {
  return c === 0x27 || (c >= 0x2018 && c <= 0x201b);
}
/** " “ ” „ — every character PowerShell treats as a double quote. */
export function isDoubleQuote(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e;
}
/** - – — ― — every character PowerShell treats as a dash. */
export function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2015;
}
/** Horizontal white space (newlines excluded), including NBSP and the BOM. */
export function isBlank(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0xfeff || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85
  );
}
export function isNewline(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
const unicodeLetterOrDigit = /[\p{L}\p{N}\p{Mn}\p{Mc}]/u;
/** Letters, digits and `_` (any script): the characters of names. */
export function isNameChar(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c) || isDigit(c) || c === 0x5f;
  return c > 0 && unicodeLetterOrDigit.test(String.fromCharCode(c));
}
function isLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c) || c === 0x5f;
  return c > 0 && /\p{L}/u.test(String.fromCharCode(c));
}
/** Characters that end an argument-mode word. */
function endsWord(c: number): boolean {
  return (
    c < 0 || isBlank(c) || isNewline(c) || c === 0x3b /* ; */ || c === 0x2c /* , */ || c === 0x7c /* | */ ||
    c === 0x26 /* & */ || c === 0x28 /* ( */ || c === 0x29 /* ) */ || c === 0x7b /* { */ || c === 0x7d /* } */ ||
    c === 0x3e /* > */ || c === 0x3c /* < */
  );
}

/** PowerShell's comparison, logical, bitwise and string operators, without the dash (lower-case). */
const dashOperators = new Set(
  (
    'eq ne gt ge lt le like notlike match notmatch contains notcontains in notin replace ' +
    'ieq ine igt ige ilt ile ilike inotlike imatch inotmatch icontains inotcontains iin inotin ireplace ' +
    'ceq cne cgt cge clt cle clike cnotlike cmatch cnotmatch ccontains cnotcontains cin cnotin creplace ' +
    'is isnot as and or xor not band bor bxor bnot shl shr split isplit csplit join f'
  ).split(' '),
);

const escapes: Readonly<Record<string, string>> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** A piece of an expandable string: a variable reference or a `$( )` sub-expression. */
export interface ExpandablePart {
  kind: 'variable' | 'subexpression';
  /** Offsets of `$…` including the `$`; for sub-expressions `innerStart/innerEnd` bound the inside. */
  start: number;
  end: number;
  name?: string;
  innerStart?: number;
  innerEnd?: number;
  unterminated?: boolean;
}

/**
 * Scans tokens from a source string on demand. Positions are offsets; `range()` turns them into
 * 1-based line/column ranges using a precomputed table of line starts.
 */
/**
 * Offsets where lines start: `\r\n`, `\n` and a lone `\r` each end a line, as PowerShell counts them.
 * @example lineStarts('a\r\nb\rc') // → [0, 3, 5]
 */
export function lineStarts(source: string): number[] {
  const starts = [0];
  if (source.indexOf('\r') < 0) {
    // Only \n ends lines: the engine's indexOf finds them faster than a loop over every character.
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (source.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * 1-based line/column positions of a text's offsets, from its table of line starts (computed on
 * first use). Syntax nodes keep only their `start`/`end` offsets; this is the one place that turns
 * offsets into the `SourceRange`s findings carry. Sequential lookups are O(1); others binary-search.
 * @example new LineIndex('a\nbc').range(2, 4) // → { line: 2, column: 1, endLine: 2, endColumn: 3 }
 */
export class LineIndex {
  readonly source: string;
  private starts: number[] | null = null;
  private lastLine = 0;

  constructor(source: string) {
    this.source = source;
  }

  /** Offsets where lines start (see `lineStarts`). */
  get lineStarts(): readonly number[] {
    return (this.starts ??= lineStarts(this.source));
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const i = this.lineIndex(offset);
    return { line: i + 1, column: offset - this.lineStarts[i]! + 1 };
  }

  /** 1-based line of an offset. */
  line(offset: number): number {
    return this.lineIndex(offset) + 1;
  }

  /** The SourceRange of `[start, end)`. */
  range(start: number, end: number): SourceRange {
    const starts = this.lineStarts;
    const a = this.lineIndex(start);
    const b = this.lineIndex(end);
    return { line: a + 1, column: start - starts[a]! + 1, endLine: b + 1, endColumn: end - starts[b]! + 1 };
  }

  /** 0-based index of the line holding `offset`; sequential lookups hit the cached line. */
  lineIndex(offset: number): number {
    const starts = (this.starts ??= lineStarts(this.source));
    const i = this.lastLine;
    const next = starts[i + 1];
    if (starts[i]! <= offset && (next === undefined || next > offset)) return i;
    // Scanning forward usually lands on the next line: check it before binary-searching.
    if (next !== undefined && next <= offset && (i + 2 >= starts.length || starts[i + 2]! > offset)) {
      this.lastLine = i + 1;
      return i + 1;
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }
}

export class Lexer {
  readonly source: string;
  /** Scanning stops here (the parser narrows it to parse `$( )` inside strings). */
  limit: number;
  /** Line/column positions of the source's offsets. */
  readonly lines: LineIndex;

  constructor(source: string) {
    this.source = source;
    this.limit = source.length;
    this.lines = new LineIndex(source);
  }

  /** The character code at `pos`, or -1 past the limit. */
  code(pos: number): number {
    return pos < this.limit ? this.source.charCodeAt(pos) : -1;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    return this.lines.position(offset);
  }

  /** The SourceRange of `[start, end)`. */
  range(start: number, end: number): SourceRange {
    return this.lines.range(start, end);
  }

  /**
   * Skips blanks, comments and backtick line continuations; newlines too when `newlines` is true.
   * Returns the new position and whether a newline was crossed. An unclosed `<#` comment runs to
   * the end and is reported through `onUnclosedComment`.
   */
  skipTrivia(pos: number, newlines: boolean, onUnclosedComment?: (start: number) => void): number {
    for (;;) {
      const c = this.code(pos);
      if (c < 0) return pos;
      if (isBlank(c)) {
        pos++;
      } else if (c === 0x60 /* ` */ && isNewline(this.code(pos + 1))) {
        pos += this.code(pos + 1) === 0x0d && this.code(pos + 2) === 0x0a ? 3 : 2;
      } else if (c === 0x23 /* # */) {
        pos++;
        while (pos < this.limit && !isNewline(this.source.charCodeAt(pos))) pos++;
      } else if (c === 0x3c /* < */ && this.code(pos + 1) === 0x23) {
        const close = this.source.indexOf('#>', pos + 2);
        if (close < 0 || close + 2 > this.limit) {
          onUnclosedComment?.(pos);
          return this.limit;
        }
        pos = close + 2;
      } else if (newlines && isNewline(c)) {
        pos++;
      } else {
        return pos;
      }
    }
  }

  /** Length of the newline at `pos` (1 or 2 for CRLF), 0 if none. */
  private newlineLength(pos: number): number {
    const c = this.code(pos);
    if (c === 0x0d) return this.code(pos + 1) === 0x0a ? 2 : 1;
    return c === 0x0a ? 1 : 0;
  }

  // ── Strings ─────────────────────────────────────────────────────────────────────────────

  /** Scans a single-quoted string starting at its quote. Two quote characters make one. */
  scanSingleQuoted(pos: number): Token {
    const start = pos;
    pos++;
    let segment = pos;
    let value = '';
    for (;;) {
      if (pos >= this.limit) {
        value += this.source.slice(segment, pos);
        return { kind: 'string', start, end: pos, value, quote: 'single', unterminated: true, contentStart: start + 1, contentEnd: pos };
      }
      const c = this.source.charCodeAt(pos);
      if (isSingleQuote(c)) {
        if (isSingleQuote(this.code(pos + 1))) {
          // PowerShell keeps the second of the two quote characters.
          value += this.source.slice(segment, pos);
          segment = pos + 1;
          pos += 2;
          continue;
        }
        value += this.source.slice(segment, pos);
        return { kind: 'string', start, end: pos + 1, value, quote: 'single', contentStart: start + 1, contentEnd: pos };
      }
      pos++;
    }
  }

  /**
   * Scans a double-quoted string starting at its quote: backtick escapes, doubled quotes, and
   * `$( )` sub-expressions (which may themselves contain quotes) are honoured.
   */
  scanDoubleQuoted(pos: number): Token {
    const start = pos;
    pos++;
    let expandable = false;
    for (;;) {
      if (pos >= this.limit) {
        return this.finishDouble(start, start + 1, pos, pos, expandable, 'double', true);
      }
      const c = this.source.charCodeAt(pos);
      if (c === 0x60 /* ` */) {
        pos = Math.min(pos + 2, this.limit);
        continue;
      }
      if (isDoubleQuote(c)) {
        if (isDoubleQuote(this.code(pos + 1))) {
          pos += 2;
          continue;
        }
        return this.finishDouble(start, start + 1, pos, pos + 1, expandable, 'double', false);
      }
      if (c === 0x24 /* $ */) {
        const n = this.code(pos + 1);
        if (n === 0x28 /* ( */) {
          expandable = true;
          const close = this.skipSubexpression(pos + 2);
          if (close < 0) return this.finishDouble(start, start + 1, this.limit, this.limit, true, 'double', true);
          pos = close;
          continue;
        }
        if (n === 0x7b /* { */ || isNameChar(n) || n === 0x3f /* ? */ || n === 0x5e /* ^ */ || n === 0x24) expandable = true;
      }
      pos++;
    }
  }

  private finishDouble(
    start: number,
    contentStart: number,
    contentEnd: number,
    end: number,
    expandable: boolean,
    quote: 'double' | 'hereDouble',
    unterminated: boolean,
  ): Token {
    const value = quote === 'double' ? this.unescapeDouble(contentStart, contentEnd) : this.unescapeHere(contentStart, contentEnd);
    const token: Token = { kind: 'string', start, end, value, quote, expandable, contentStart, contentEnd };
    if (unterminated) token.unterminated = true;
    return token;
  }

  /** Processes backtick escapes and doubled quotes of a double-quoted body; `$…` stays as written. */
  private unescapeDouble(from: number, to: number): string {
    const s = this.source;
    let out = '';
    let segment = from;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x60 && i + 1 < to) {
        out += s.slice(segment, i);
        const next = s[i + 1]!;
        out += escapes[next] ?? next;
        i++;
        segment = i + 1;
      } else if (isDoubleQuote(c) && i + 1 < to && isDoubleQuote(s.charCodeAt(i + 1))) {
        out += s.slice(segment, i);
        segment = i + 1; // keep the second quote
        i++;
      } else if (c === 0x24 && s.charCodeAt(i + 1) === 0x28) {
        const close = this.skipSubexpression(i + 2);
        if (close < 0 || close > to) break;
        i = close - 1;
      }
    }
    return out + s.slice(segment, to);
  }

  /** Expandable here-strings process backtick escapes but not doubled quotes. */
  private unescapeHere(from: number, to: number): string {
    const s = this.source;
    let out = '';
    let segment = from;
    for (let i = from; i < to; i++) {
      if (s.charCodeAt(i) === 0x60 && i + 1 < to) {
        out += s.slice(segment, i);
        const next = s[i + 1]!;
        out += escapes[next] ?? next;
        i++;
        segment = i + 1;
      } else if (s.charCodeAt(i) === 0x24 && s.charCodeAt(i + 1) === 0x28) {
        const close = this.skipSubexpression(i + 2);
        if (close < 0 || close > to) break;
        i = close - 1;
      }
    }
    return out + s.slice(segment, to);
  }

  /**
   * Scans a here-string starting at `@`: the opener must end its line, and the closer (`'@` or
   * `"@`) must start a line. The value excludes the newline after the opener and before the closer.
   * Returns null when `@'` is not followed by a line end (then it is not a here-string).
   */
  scanHereString(pos: number): Token | null {
    const start = pos;
    const q = this.code(pos + 1);
    const single = isSingleQuote(q);
    let p = pos + 2;
    while (isBlank(this.code(p))) p++;
    const nl = this.newlineLength(p);
    if (nl === 0) return null;
    const contentStart = p + nl;
    // Find a line that starts with the closing quote followed by @.
    let line = contentStart;
    for (;;) {
      if (line >= this.limit) break;
      const c = this.source.charCodeAt(line);
      if ((single ? isSingleQuote(c) : isDoubleQuote(c)) && this.code(line + 1) === 0x40) {
        // content ends before the newline preceding this line
        let contentEnd = line;
        if (contentEnd > contentStart && this.source.charCodeAt(contentEnd - 1) === 0x0a) contentEnd--;
        if (contentEnd > contentStart && this.source.charCodeAt(contentEnd - 1) === 0x0d) contentEnd--;
        if (contentEnd < contentStart) contentEnd = contentStart;
        const end = line + 2;
        if (single) return { kind: 'string', start, end, value: this.source.slice(contentStart, contentEnd), quote: 'hereSingle', contentStart, contentEnd };
        return this.finishDouble(start, contentStart, contentEnd, end, /\$[({\w?^$]/.test(this.source.slice(contentStart, contentEnd)), 'hereDouble', false);
      }
      // next line
      let i = line;
      while (i < this.limit && !isNewline(this.source.charCodeAt(i))) i++;
      if (i >= this.limit) break;
      line = i + this.newlineLength(i);
    }
    const token: Token = single
      ? { kind: 'string', start, end: this.limit, value: this.source.slice(contentStart, this.limit), quote: 'hereSingle', contentStart, contentEnd: this.limit }
      : this.finishDouble(start, contentStart, this.limit, this.limit, true, 'hereDouble', false);
    token.unterminated = true;
    return token;
  }

  /**
   * Given the offset just after `$(`, returns the offset just after the matching `)`, skipping
   * strings, here-strings and comments; -1 when it is never closed.
   */
  skipSubexpression(pos: number): number {
    let depth = 1;
    while (pos < this.limit) {
      const c = this.source.charCodeAt(pos);
      if (c === 0x28) {
        depth++;
        pos++;
      } else if (c === 0x29) {
        depth--;
        pos++;
        if (depth === 0) return pos;
      } else if (isSingleQuote(c)) {
        const t = this.scanSingleQuoted(pos);
        if (t.unterminated) return -1;
        pos = t.end;
      } else if (isDoubleQuote(c)) {
        const t = this.scanDoubleQuoted(pos);
        if (t.unterminated) return -1;
        pos = t.end;
      } else if (c === 0x40 && (isSingleQuote(this.code(pos + 1)) || isDoubleQuote(this.code(pos + 1)))) {
        const t = this.scanHereString(pos);
        if (t) {
          if (t.unterminated) return -1;
          pos = t.end;
        } else pos++;
      } else if (c === 0x60) {
        pos = Math.min(pos + 2, this.limit);
      } else if (c === 0x23 /* # */ && (pos === 0 || isBlank(this.source.charCodeAt(pos - 1)) || isNewline(this.source.charCodeAt(pos - 1)) || this.source.charCodeAt(pos - 1) === 0x28)) {
        while (pos < this.limit && !isNewline(this.source.charCodeAt(pos))) pos++;
      } else if (c === 0x3c && this.code(pos + 1) === 0x23) {
        const close = this.source.indexOf('#>', pos + 2);
        if (close < 0 || close + 2 > this.limit) return -1;
        pos = close + 2;
      } else {
        pos++;
      }
    }
    return -1;
  }

  /**
   * The `$var` and `$( )` pieces inside an expandable string body `[from, to)`. In strings only the
   * variable itself expands: `"$x.Name"` is `$x` followed by the text `.Name`.
   */
  expandableParts(from: number, to: number, processesEscapes = true): ExpandablePart[] {
    const parts: ExpandablePart[] = [];
    const s = this.source;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x60 && processesEscapes) {
        i++;
        continue;
      }
      if (c !== 0x24) continue;
      const n = i + 1 < to ? s.charCodeAt(i + 1) : -1;
      if (n === 0x28) {
        const saved = this.limit;
        this.limit = to;
        const close = this.skipSubexpression(i + 2);
        this.limit = saved;
        if (close < 0) {
          parts.push({ kind: 'subexpression', start: i, end: to, innerStart: i + 2, innerEnd: to, unterminated: true });
          break;
        }
        parts.push({ kind: 'subexpression', start: i, end: close, innerStart: i + 2, innerEnd: close - 1 });
        i = close - 1;
        continue;
      }
      const v = this.scanVariableName(i, to);
      if (v) {
        parts.push({ kind: 'variable', start: i, end: v.end, name: v.name });
        i = v.end - 1;
      }
    }
    return parts;
  }

  // ── Variables, numbers ─────────────────────────────────────────────────────────────────────

  /**
   * Scans `$name`, `${any name}`, `$env:Path`, `$script:x`, `$_`, `$?`, `$^`, `$$` at `pos` (the `$`).
   * Returns null when `$` starts no variable (a lone `$` is literal text in PowerShell).
   */
  scanVariableName(pos: number, to = this.limit): { name: string; end: number } | null {
    const s = this.source;
    let p = pos + 1;
    const c = p < to ? s.charCodeAt(p) : -1;
    if (c === 0x7b /* { */) {
      let q = p + 1;
      let name = '';
      let segment = q;
      while (q < to && s.charCodeAt(q) !== 0x7d) {
        if (s.charCodeAt(q) === 0x60 && q + 1 < to) {
          name += s.slice(segment, q);
          segment = q + 1;
          q += 2;
          continue;
        }
        q++;
      }
      if (q >= to) return null;
      return { name: name + s.slice(segment, q), end: q + 1 };
    }
    if (c === 0x3f || c === 0x5e || c === 0x24) return { name: String.fromCharCode(c), end: p + 1 };
    if (!isNameChar(c)) return null;
    while (p < to && isNameChar(s.charCodeAt(p))) p++;
    // drive or scope qualifier: $env:Path, $script:x (a single colon followed by a name character)
    if (p < to && s.charCodeAt(p) === 0x3a && p + 1 < to && isNameChar(s.charCodeAt(p + 1))) {
      p++;
      while (p < to && isNameChar(s.charCodeAt(p))) p++;
    }
    return { name: s.slice(pos + 1, p), end: p };
  }

  /**
   * Scans a number at `pos`: decimal or hex, optional fraction and exponent, `d`/`l` suffix and a
   * `kb`…`pb` multiplier. Returns null when the text there is not a number. The caller decides
   * whether what follows may touch it (argument mode needs a word end).
   */
  scanNumber(pos: number): { end: number; value: number } | null {
    const s = this.source;
    let p = pos;
    let value: number;
    if (s.charCodeAt(p) === 0x30 && (s.charCodeAt(p + 1) | 0x20) === 0x78 /* x */) {
      let q = p + 2;
      while (q < this.limit && /[0-9a-fA-F]/.test(s[q]!)) q++;
      if (q === p + 2) return null;
      value = parseInt(s.slice(p + 2, q), 16);
      p = q;
      if ((this.code(p) | 0x20) === 0x6c /* l */) p++;
    } else {
      const digitsStart = p;
      while (isDigit(this.code(p))) p++;
      let hasDigits = p > digitsStart;
      if (this.code(p) === 0x2e /* . */ && this.code(p + 1) !== 0x2e) {
        const q = p + 1;
        let r = q;
        while (isDigit(this.code(r))) r++;
        if (r > q || hasDigits) {
          hasDigits = hasDigits || r > q;
          p = r;
        }
      }
      if (!hasDigits) return null;
      if ((this.code(p) | 0x20) === 0x65 /* e */) {
        let q = p + 1;
        if (this.code(q) === 0x2b || isDash(this.code(q))) q++;
        if (isDigit(this.code(q))) {
          while (isDigit(this.code(q))) q++;
          p = q;
        }
      }
      value = Number(s.slice(pos, p));
      const suffix = this.code(p) | 0x20;
      if (suffix === 0x64 /* d */ || suffix === 0x6c /* l */) {
        // `d`/`l` only count when not the start of a multiplier-less word like `1day`
        if (!isNameChar(this.code(p + 1)) || /^[kmgtp]b/i.test(s.slice(p + 1, p + 3))) p++;
      }
    }
    const m = s.slice(p, p + 2).toLowerCase();
    const multipliers: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };
    const factor = multipliers[m];
    if (factor !== undefined) {
      value *= factor;
      p += 2;
    }
    return { end: p, value };
  }

  /** Scans `[TypeName]` at `pos` (the `[`), nested brackets allowed; returns the end or -1. */
  scanTypeName(pos: number): number {
    let depth = 0;
    let p = pos;
    while (p < this.limit) {
      const c = this.source.charCodeAt(p);
      if (c === 0x5b) depth++;
      else if (c === 0x5d) {
        depth--;
        if (depth === 0) return p + 1;
      } else if (isNewline(c)) return -1;
      else if (isSingleQuote(c) || isDoubleQuote(c)) {
        const t = isSingleQuote(c) ? this.scanSingleQuoted(p) : this.scanDoubleQuoted(p);
        if (t.unterminated) return -1;
        p = t.end;
        continue;
      }
      p++;
    }
    return -1;
  }

  /** Redirection operator at `pos` (`>`, `>>`, `2>`, `2>&1`, `*>`…), or 0 when there is none. */
  redirectionLength(pos: number): number {
    const c = this.code(pos);
    let p = pos;
    if ((c >= 0x31 && c <= 0x36) || c === 0x2a /* * */) {
      if (this.code(pos + 1) !== 0x3e) return 0;
      p = pos + 1;
    } else if (c !== 0x3e) return 0;
    p++; // the first >
    if (this.code(p) === 0x3e) return p + 1 - pos;
    if (this.code(p) === 0x26 && (this.code(p + 1) === 0x31 || this.code(p + 1) === 0x32)) return p + 2 - pos;
    return p - pos;
  }

  // ── Argument mode ────────────────────────────────────────────────────────────────────────

  /**
   * Scans one token in argument mode at `pos` (trivia already skipped): parameters, words,
   * strings, numbers, variables, splats, openers and separators.
   */
  scanArgument(pos: number): Token {
    const c = this.code(pos);
    const src = this.source;
    if (c < 0) return { kind: 'eof', start: pos, end: pos, value: '' };
    if (isNewline(c)) return tok(src, 'newline', pos, this.newlineLength(pos));
    switch (c) {
      case 0x3b: return tok(src, ';', pos, 1);
      case 0x7c: return this.code(pos + 1) === 0x7c ? tok(src, '||', pos, 2) : tok(src, '|', pos, 1);
      case 0x26: return this.code(pos + 1) === 0x26 ? tok(src, '&&', pos, 2) : tok(src, '&', pos, 1);
      case 0x28: return tok(src, '(', pos, 1);
      case 0x29: return tok(src, ')', pos, 1);
      case 0x7b: return tok(src, '{', pos, 1);
      case 0x7d: return tok(src, '}', pos, 1);
      case 0x2c: return tok(src, ',', pos, 1);
    }
    const redirect = this.redirectionLength(pos);
    if (redirect > 0) return tok(src, 'redirection', pos, redirect);
    if (c === 0x3c /* < */) return tok(src, 'unknown', pos, 1);
    if (c === 0x24 /* $ */) {
      if (this.code(pos + 1) === 0x28) return tok(src, '$(', pos, 2);
      const v = this.scanVariableName(pos);
      if (v) {
        const next = this.code(v.end);
        // `$x.Name`, `$x[0]`, `$x::m` continue as postfix; `$x-y` or `$x'z'` is one expandable word.
        if (endsWord(next) || next === 0x2e || next === 0x5b || next === 0x3a) {
          return { kind: 'variable', start: pos, end: v.end, value: v.name };
        }
      }
      return this.scanWord(pos);
    }
    if (c === 0x40 /* @ */) {
      const n = this.code(pos + 1);
      if (n === 0x28) return tok(src, '@(', pos, 2);
      if (n === 0x7b) return tok(src, '@{', pos, 2);
      if (isSingleQuote(n) || isDoubleQuote(n)) {
        const here = this.scanHereString(pos);
        if (here) return here;
      }
      if (isNameChar(n) || n === 0x7b) {
        const v = this.scanVariableName(pos);
        if (v && endsWord(this.code(v.end))) return { kind: 'splat', start: pos, end: v.end, value: v.name };
      }
      return this.scanWord(pos);
    }
    if (isDash(c)) {
      const n = this.code(pos + 1);
      if (isDash(n)) {
        if (this.code(pos + 2) === 0x25 /* % */ && endsWord(this.code(pos + 3))) return tok(src, '--%', pos, 3);
        if (endsWord(this.code(pos + 2))) return tok(src, '--', pos, 2);
      }
      if (isLetter(n) || n === 0x3f /* ? */) return this.scanParameter(pos);
      if (isDigit(n) || (n === 0x2e && isDigit(this.code(pos + 2)))) {
        const num = this.scanNumber(pos + 1);
        if (num && endsWord(this.code(num.end))) {
          return { kind: 'number', start: pos, end: num.end, value: this.source.slice(pos, num.end), number: -num.value };
        }
      }
      return this.scanWord(pos);
    }
    if (isDigit(c) || (c === 0x2e && isDigit(this.code(pos + 1)))) {
      const num = this.scanNumber(pos);
      if (num && endsWord(this.code(num.end))) {
        return { kind: 'number', start: pos, end: num.end, value: this.source.slice(pos, num.end), number: num.value };
      }
      return this.scanWord(pos);
    }
    if (c === 0x2e /* . */ && (endsWord(this.code(pos + 1)))) return tok(src, '.', pos, 1);
    if (isSingleQuote(c) || isDoubleQuote(c)) {
      const str = isSingleQuote(c) ? this.scanSingleQuoted(pos) : this.scanDoubleQuoted(pos);
      if (str.unterminated || endsWord(this.code(str.end))) return str;
      return this.scanWord(pos);
    }
    return this.scanWord(pos);
  }

  /** `-Name` or `-Name:` at `pos`. */
  private scanParameter(pos: number): Token {
    let p = pos + 1;
    while (p < this.limit) {
      const c = this.source.charCodeAt(p);
      if (endsWord(c) || c === 0x3a /* : */ || isSingleQuote(c) || isDoubleQuote(c)) break;
      p++;
    }
    const name = this.source.slice(pos + 1, p);
    if (this.code(p) === 0x3a) return { kind: 'parameter', start: pos, end: p + 1, value: name, colon: true };
    return { kind: 'parameter', start: pos, end: p, value: name, colon: false };
  }

  /**
   * An argument-mode word: everything up to a word end, with backtick escapes processed and quoted
   * parts (`a'b c'`) joined in, as PowerShell does. `$` makes it expandable.
   */
  scanWord(pos: number): Token {
    const s = this.source;
    let p = pos;
    let value = '';
    let segment = p;
    let expandable = false;
    let unterminated = false;
    let errorAt = -1;
    while (p < this.limit) {
      const c = s.charCodeAt(p);
      if (endsWord(c)) break;
      if (c === 0x60 /* ` */) {
        if (p + 1 >= this.limit || isNewline(s.charCodeAt(p + 1))) break;
        value += s.slice(segment, p);
        const next = s[p + 1]!;
        value += next; // in argument mode a backtick makes the next character literal
        p += 2;
        segment = p;
        continue;
      }
      if (isSingleQuote(c) || isDoubleQuote(c)) {
        value += s.slice(segment, p);
        const str = isSingleQuote(c) ? this.scanSingleQuoted(p) : this.scanDoubleQuoted(p);
        value += str.value;
        if (str.expandable) expandable = true;
        if (str.unterminated) {
          unterminated = true;
          errorAt = p;
        }
        p = str.end;
        segment = p;
        continue;
      }
      if (c === 0x24 /* $ */) {
        const n = this.code(p + 1);
        if (n === 0x28) {
          expandable = true;
          const close = this.skipSubexpression(p + 2);
          if (close < 0) {
            unterminated = true;
            errorAt = p;
            p = this.limit;
            break;
          }
          p = close;
          continue;
        }
        if (isNameChar(n) || n === 0x7b || n === 0x3f || n === 0x5e || n === 0x24) expandable = true;
      }
      p++;
    }
    value += s.slice(segment, p);
    const token: Token = { kind: 'word', start: pos, end: p, value, quote: 'bare', expandable };
    if (unterminated) {
      token.unterminated = true;
      token.errorAt = errorAt;
    }
    return token;
  }

  // ── Expression mode ──────────────────────────────────────────────────────────────────────

  /** Scans one token in expression mode at `pos` (trivia already skipped). */
  scanExpression(pos: number): Token {
    const c = this.code(pos);
    const src = this.source;
    if (c < 0) return { kind: 'eof', start: pos, end: pos, value: '' };
    if (isNewline(c)) return tok(src, 'newline', pos, this.newlineLength(pos));
    const n = this.code(pos + 1);
    switch (c) {
      case 0x3b: return tok(src, ';', pos, 1);
      case 0x7c: return n === 0x7c ? tok(src, '||', pos, 2) : tok(src, '|', pos, 1);
      case 0x26: return n === 0x26 ? tok(src, '&&', pos, 2) : tok(src, '&', pos, 1);
      case 0x28: return tok(src, '(', pos, 1);
      case 0x29: return tok(src, ')', pos, 1);
      case 0x7b: return tok(src, '{', pos, 1);
      case 0x7d: return tok(src, '}', pos, 1);
      case 0x5b: return tok(src, '[', pos, 1);
      case 0x5d: return tok(src, ']', pos, 1);
      case 0x2c: return tok(src, ',', pos, 1);
      case 0x3d: return tok(src, 'assign', pos, 1);
      case 0x21: return n === 0x3d ? tok(src, 'unknown', pos, 2) : tok(src, 'operator', pos, 1, '!');
      case 0x2b: return n === 0x2b ? tok(src, 'operator', pos, 2, '++') : n === 0x3d ? tok(src, 'assign', pos, 2) : tok(src, 'operator', pos, 1, '+');
      case 0x2a: return n === 0x3d ? tok(src, 'assign', pos, 2) : tok(src, 'operator', pos, 1, '*');
      case 0x2f: return n === 0x3d ? tok(src, 'assign', pos, 2) : tok(src, 'operator', pos, 1, '/');
      case 0x25: return n === 0x3d ? tok(src, 'assign', pos, 2) : tok(src, 'operator', pos, 1, '%');
      case 0x3a: return n === 0x3a ? tok(src, '::', pos, 2) : tok(src, 'unknown', pos, 1);
    }
    const redirect = this.redirectionLength(pos);
    if (redirect > 0) return tok(src, 'redirection', pos, redirect);
    if (c === 0x2e /* . */) {
      if (n === 0x2e) return tok(src, 'operator', pos, 2, '..');
      if (isDigit(n)) {
        const num = this.scanNumber(pos);
        if (num) return { kind: 'number', start: pos, end: num.end, value: this.source.slice(pos, num.end), number: num.value };
      }
      return tok(src, '.', pos, 1);
    }
    if (isDash(c)) {
      if (isDash(n)) return tok(src, 'operator', pos, 2, '--');
      if (n === 0x3d) return tok(src, 'assign', pos, 2, '-=');
      if (isLetter(n)) {
        let p = pos + 1;
        while (p < this.limit && isNameChar(this.source.charCodeAt(p))) p++;
        const name = this.source.slice(pos + 1, p).toLowerCase();
        if (dashOperators.has(name)) return tok(src, 'operator', pos, p - pos, `-${name}`);
        return { kind: 'parameter', start: pos, end: p, value: this.source.slice(pos + 1, p), colon: false };
      }
      return tok(src, 'operator', pos, 1, '-');
    }
    if (isDigit(c)) {
      const num = this.scanNumber(pos);
      if (num) {
        // `5abc` is not a number in expression mode; scan it as one bad token
        if (isNameChar(this.code(num.end))) {
          let p = num.end;
          while (isNameChar(this.code(p))) p++;
          return tok(src, 'unknown', pos, p - pos);
        }
        return { kind: 'number', start: pos, end: num.end, value: this.source.slice(pos, num.end), number: num.value };
      }
    }
    if (c === 0x24) {
      if (n === 0x28) return tok(src, '$(', pos, 2);
      const v = this.scanVariableName(pos);
      if (v) return { kind: 'variable', start: pos, end: v.end, value: v.name };
      return tok(src, 'unknown', pos, 1);
    }
    if (c === 0x40) {
      if (n === 0x28) return tok(src, '@(', pos, 2);
      if (n === 0x7b) return tok(src, '@{', pos, 2);
      if (isSingleQuote(n) || isDoubleQuote(n)) {
        const here = this.scanHereString(pos);
        if (here) return here;
      }
      const v = this.scanVariableName(pos);
      if (v) return { kind: 'splat', start: pos, end: v.end, value: v.name };
      return tok(src, 'unknown', pos, 1);
    }
    if (isSingleQuote(c)) return this.scanSingleQuoted(pos);
    if (isDoubleQuote(c)) return this.scanDoubleQuoted(pos);
    if (isNameChar(c)) {
      let p = pos + 1;
      while (p < this.limit && isNameChar(this.source.charCodeAt(p))) p++;
      return tok(src, 'identifier', pos, p - pos);
    }
    // A surrogate pair is one character; a lone high surrogate is one code unit, never the
    // code unit after it (which may be a line break).
    const pair = c >= 0xd800 && c <= 0xdbff && pos + 1 < this.limit && isLowSurrogate(this.source.charCodeAt(pos + 1));
    return tok(src, 'unknown', pos, pair ? 2 : 1);
  }
}

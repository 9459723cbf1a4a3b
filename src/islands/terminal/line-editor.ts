/**
 * The lab terminal's line editing, without a DOM or xterm: the line buffer and its cursor, the
 * session history, the kill ring, backtick continuation and paste splitting. `LineEditorAddon`
 * feeds it decoded keys and draws what it says; everything here is unit-tested on plain strings.
 */
import { terminalLimits } from './limits.ts';

/** The editing keys the editor understands (decoded from xterm's data by `decodeInput`). */
export type EditorKeyName =
  | 'enter'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'wordLeft'
  | 'wordRight'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'tab'
  | 'shiftTab'
  | 'escape'
  | 'killToStart'
  | 'killToEnd'
  | 'killWordBack'
  | 'killWordForward'
  | 'yank'
  | 'cancel'
  | 'clearScreen'
  | 'eof';

/** One decoded piece of terminal input. */
export type EditorInput =
  | { kind: 'text'; text: string }
  | { kind: 'paste'; text: string }
  | { kind: 'key'; name: EditorKeyName };

/** Escape sequences xterm sends for editing keys (normal and application cursor modes). */
const escapeSequences: Readonly<Record<string, EditorKeyName>> = {
  '\x1b[A': 'up',
  '\x1bOA': 'up',
  '\x1b[B': 'down',
  '\x1bOB': 'down',
  '\x1b[C': 'right',
  '\x1bOC': 'right',
  '\x1b[D': 'left',
  '\x1bOD': 'left',
  '\x1b[H': 'home',
  '\x1bOH': 'home',
  '\x1b[1~': 'home',
  '\x1b[7~': 'home',
  '\x1b[F': 'end',
  '\x1bOF': 'end',
  '\x1b[4~': 'end',
  '\x1b[8~': 'end',
  '\x1b[3~': 'delete',
  '\x1b[1;5C': 'wordRight',
  '\x1b[1;5D': 'wordLeft',
  '\x1b[1;3C': 'wordRight',
  '\x1b[1;3D': 'wordLeft',
  '\x1bf': 'wordRight',
  '\x1bb': 'wordLeft',
  '\x1bd': 'killWordForward',
  '\x1b\x7f': 'killWordBack',
  '\x1b[Z': 'shiftTab',
};

/** Single control characters and the keys they stand for. */
const controlCharacters: Readonly<Record<string, EditorKeyName>> = {
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\t': 'tab',
  '\x01': 'home', // Ctrl+A
  '\x05': 'end', // Ctrl+E
  '\x02': 'left', // Ctrl+B
  '\x06': 'right', // Ctrl+F
  '\x10': 'up', // Ctrl+P
  '\x0e': 'down', // Ctrl+N
  '\x15': 'killToStart', // Ctrl+U
  '\x0b': 'killToEnd', // Ctrl+K
  '\x17': 'killWordBack', // Ctrl+W
  '\x19': 'yank', // Ctrl+Y
  '\x03': 'cancel', // Ctrl+C
  '\x0c': 'clearScreen', // Ctrl+L
  '\x04': 'eof', // Ctrl+D
};

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/**
 * Splits what xterm's `onData` delivered into text runs, editing keys and bracketed pastes.
 * Unknown escape sequences are dropped rather than typed, so a stray function key never inserts `[15~`.
 * @example decodeInput('ab\x1b[D\r') // → [{kind:'text',text:'ab'}, {kind:'key',name:'left'}, {kind:'key',name:'enter'}]
 */
export function decodeInput(data: string): EditorInput[] {
  const out: EditorInput[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < data.length) {
    if (data.startsWith(PASTE_START, i)) {
      flush();
      const end = data.indexOf(PASTE_END, i + PASTE_START.length);
      const stop = end < 0 ? data.length : end;
      out.push({ kind: 'paste', text: data.slice(i + PASTE_START.length, stop) });
      i = end < 0 ? data.length : end + PASTE_END.length;
      continue;
    }
    const ch = data[i]!;
    if (ch === '\x1b') {
      flush();
      const known = Object.keys(escapeSequences).find((seq) => data.startsWith(seq, i));
      if (known) {
        out.push({ kind: 'key', name: escapeSequences[known]! });
        i += known.length;
        continue;
      }
      // CSI / SS3 sequence we do not handle: skip it whole (final byte 0x40–0x7e).
      const csi = /^\x1b(?:\[[0-9;?]*[\x40-\x7e]|O.)/.exec(data.slice(i));
      if (csi) {
        i += csi[0].length;
        continue;
      }
      out.push({ kind: 'key', name: 'escape' });
      i += 1;
      continue;
    }
    // A CR LF pair from a non-bracketed paste is one Enter, not two.
    if (ch === '\r' && data[i + 1] === '\n') {
      flush();
      out.push({ kind: 'key', name: 'enter' });
      i += 2;
      continue;
    }
    const control = controlCharacters[ch];
    if (control) {
      flush();
      out.push({ kind: 'key', name: control });
    } else if (ch >= ' ') {
      text += ch;
    }
    i += 1;
  }
  flush();
  return out;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_$]/u.test(ch);

/** The characters of one line being edited, and the cursor (0…length). */
export class LineBuffer {
  text = '';
  cursor = 0;

  /** Inserts at the cursor, up to the line-length limit. Returns false when nothing fitted. */
  insert(value: string): boolean {
    const room = terminalLimits.lineLength - this.text.length;
    if (room <= 0) return false;
    const piece = value.slice(0, room);
    this.text = this.text.slice(0, this.cursor) + piece + this.text.slice(this.cursor);
    this.cursor += piece.length;
    return piece.length === value.length;
  }

  /** Replaces the whole line; the cursor goes to its end. */
  set(value: string): void {
    this.text = value.slice(0, terminalLimits.lineLength);
    this.cursor = this.text.length;
  }

  /** Replaces `[start, end)` with `value` and puts the cursor after it (used by completion). */
  replaceRange(start: number, end: number, value: string): void {
    this.text = (this.text.slice(0, start) + value + this.text.slice(end)).slice(0, terminalLimits.lineLength);
    this.cursor = Math.min(start + value.length, this.text.length);
  }

  backspace(): boolean {
    if (this.cursor === 0) return false;
    this.text = this.text.slice(0, this.cursor - 1) + this.text.slice(this.cursor);
    this.cursor -= 1;
    return true;
  }

  deleteForward(): boolean {
    if (this.cursor >= this.text.length) return false;
    this.text = this.text.slice(0, this.cursor) + this.text.slice(this.cursor + 1);
    return true;
  }

  move(to: number): void {
    this.cursor = Math.max(0, Math.min(this.text.length, to));
  }

  /** Start of the word before the cursor (shell style: skip blanks, then word characters). */
  wordStartBefore(): number {
    let i = this.cursor;
    while (i > 0 && !isWordChar(this.text[i - 1])) i -= 1;
    while (i > 0 && isWordChar(this.text[i - 1])) i -= 1;
    return i;
  }

  /** End of the word after the cursor. */
  wordEndAfter(): number {
    let i = this.cursor;
    while (i < this.text.length && !isWordChar(this.text[i])) i += 1;
    while (i < this.text.length && isWordChar(this.text[i])) i += 1;
    return i;
  }

  /** Ctrl+W: the whitespace-delimited word before the cursor, as readline's unix-word-rubout. */
  killWordBack(): string {
    let i = this.cursor;
    while (i > 0 && this.text[i - 1] === ' ') i -= 1;
    while (i > 0 && this.text[i - 1] !== ' ') i -= 1;
    return this.cut(i, this.cursor);
  }

  killWordForward(): string {
    return this.cut(this.cursor, this.wordEndAfter());
  }

  killToStart(): string {
    return this.cut(0, this.cursor);
  }

  killToEnd(): string {
    return this.cut(this.cursor, this.text.length);
  }

  private cut(start: number, end: number): string {
    const removed = this.text.slice(start, end);
    this.text = this.text.slice(0, start) + this.text.slice(end);
    this.cursor = start;
    return removed;
  }
}

/**
 * The session's command history, newest last. Browsing keeps the line being typed (the draft) so
 * Down past the newest entry gives it back, as PSReadLine does.
 */
export class History {
  private entries: string[];
  private index: number;
  private draft = '';

  constructor(entries: readonly string[] = [], private readonly max: number = terminalLimits.historyEntries) {
    this.entries = entries.filter((e) => e.trim() !== '').slice(-max);
    this.index = this.entries.length;
  }

  /** Records a submitted line (not blanks, not an immediate repeat) and ends browsing. */
  push(line: string): void {
    const flat = flattenContinuations(line);
    if (flat.trim() !== '' && this.entries.at(-1) !== flat) {
      this.entries.push(flat);
      if (this.entries.length > this.max) this.entries.splice(0, this.entries.length - this.max);
    }
    this.index = this.entries.length;
    this.draft = '';
  }

  /** The entry before the one shown, or undefined at the oldest. `current` is the line on screen. */
  previous(current: string): string | undefined {
    if (this.index === 0) return undefined;
    if (this.index === this.entries.length) this.draft = current;
    this.index -= 1;
    return this.entries[this.index];
  }

  /** The entry after the one shown, the draft past the newest, or undefined when not browsing. */
  next(): string | undefined {
    if (this.index >= this.entries.length) return undefined;
    this.index += 1;
    return this.index === this.entries.length ? this.draft : this.entries[this.index];
  }

  /** Stops browsing (after Ctrl+C or a new line). */
  reset(): void {
    this.index = this.entries.length;
    this.draft = '';
  }

  list(): readonly string[] {
    return this.entries;
  }
}

/** What Ctrl+U/K/W removed, most recent first; Ctrl+Y puts the most recent back. */
export class KillRing {
  private readonly ring: string[] = [];

  push(text: string): void {
    if (!text) return;
    this.ring.unshift(text);
    if (this.ring.length > terminalLimits.killRingEntries) this.ring.length = terminalLimits.killRingEntries;
  }

  yank(): string | undefined {
    return this.ring[0];
  }
}

/**
 * True when a physical line asks for another: it ends with PowerShell's line-continuation backtick.
 * (A backtick followed by a space does not continue a line in PowerShell either.)
 */
export function continuesOnNextLine(line: string): boolean {
  return line.endsWith('`') && !line.endsWith('``');
}

/** One command in the history's single-line form: backtick-newline is whitespace to PowerShell. */
export function flattenContinuations(command: string): string {
  return command.replace(/[ \t]*`\r?\n\s*/g, ' ');
}

/**
 * Splits pasted text into physical lines to run in turn, and the unfinished last line that stays in
 * the editor (a paste without a final newline is not submitted, as in a real console).
 * @example splitPaste('a\nb\nc') // → { lines: ['a', 'b'], rest: 'c', dropped: 0 }
 */
export function splitPaste(text: string): { lines: string[]; rest: string; dropped: number } {
  const physical = text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const rest = physical.pop() ?? '';
  const max = terminalLimits.pasteLines;
  const dropped = Math.max(0, physical.length - max);
  return { lines: physical.slice(0, max), rest: dropped > 0 ? '' : rest, dropped };
}

/** What the editor asks its host to do after a key. */
export type EditorEffect =
  | { kind: 'redraw' }
  | { kind: 'submit'; command: string }
  | { kind: 'continue' }
  | { kind: 'cancel' }
  | { kind: 'clearScreen' }
  | { kind: 'complete'; direction: 1 | -1 }
  | { kind: 'escape' }
  | { kind: 'bell' }
  | { kind: 'none' };

/**
 * The line editor's state machine: a buffer, the continuation lines already entered, the history and
 * the kill ring. `handle` applies one decoded input and says what the screen must show.
 */
export class LineEditor {
  readonly buffer = new LineBuffer();
  readonly killRing = new KillRing();
  /** Physical lines entered so far for a command continued with backticks or left unfinished. */
  readonly pending: string[] = [];

  /**
   * `incomplete` says whether the lines entered so far leave something open (a PowerShell shell
   * passes `isIncompleteInput`): Enter then continues on a `>> ` line, as the real console does,
   * until the input is complete or an empty line ends it.
   */
  constructor(
    readonly history: History = new History(),
    private readonly incomplete: (command: string) => boolean = () => false,
  ) {}

  /** True while a continued command is being entered (the prompt is `>> `). */
  get continuing(): boolean {
    return this.pending.length > 0;
  }

  /** Applies one key or text run. A paste must be split by the host (see `splitPaste`). */
  handle(input: EditorInput): EditorEffect {
    if (input.kind !== 'key') {
      return this.buffer.insert(input.text.replace(/[\r\n]+/g, ' ')) ? { kind: 'redraw' } : { kind: 'bell' };
    }
    const b = this.buffer;
    switch (input.name) {
      case 'enter':
        return this.enter();
      case 'backspace':
        return b.backspace() ? { kind: 'redraw' } : { kind: 'bell' };
      case 'delete':
        return b.deleteForward() ? { kind: 'redraw' } : { kind: 'none' };
      case 'eof':
        // Ctrl+D deletes forward on a non-empty line; on an empty one a console would exit: we do nothing.
        return b.deleteForward() ? { kind: 'redraw' } : { kind: 'none' };
      case 'left':
        b.move(b.cursor - 1);
        return { kind: 'redraw' };
      case 'right':
        b.move(b.cursor + 1);
        return { kind: 'redraw' };
      case 'wordLeft':
        b.move(b.wordStartBefore());
        return { kind: 'redraw' };
      case 'wordRight':
        b.move(b.wordEndAfter());
        return { kind: 'redraw' };
      case 'home':
        b.move(0);
        return { kind: 'redraw' };
      case 'end':
        b.move(b.text.length);
        return { kind: 'redraw' };
      case 'up': {
        const entry = this.history.previous(b.text);
        if (entry === undefined) return { kind: 'bell' };
        b.set(entry);
        return { kind: 'redraw' };
      }
      case 'down': {
        const entry = this.history.next();
        if (entry === undefined) return { kind: 'none' };
        b.set(entry);
        return { kind: 'redraw' };
      }
      case 'killToStart':
        this.killRing.push(b.killToStart());
        return { kind: 'redraw' };
      case 'killToEnd':
        this.killRing.push(b.killToEnd());
        return { kind: 'redraw' };
      case 'killWordBack':
        this.killRing.push(b.killWordBack());
        return { kind: 'redraw' };
      case 'killWordForward':
        this.killRing.push(b.killWordForward());
        return { kind: 'redraw' };
      case 'yank': {
        const text = this.killRing.yank();
        if (text === undefined) return { kind: 'bell' };
        b.insert(text);
        return { kind: 'redraw' };
      }
      case 'cancel':
        b.set('');
        this.pending.length = 0;
        this.history.reset();
        return { kind: 'cancel' };
      case 'clearScreen':
        return { kind: 'clearScreen' };
      case 'tab':
        return { kind: 'complete', direction: 1 };
      case 'shiftTab':
        return { kind: 'complete', direction: -1 };
      case 'escape':
        return { kind: 'escape' };
    }
  }

  /** Enter: continue after a trailing backtick or on unfinished input, else hand the whole command to the host. */
  private enter(): EditorEffect {
    const line = this.buffer.text;
    this.buffer.set('');
    if (continuesOnNextLine(line) || (line.trim() !== '' && this.incomplete([...this.pending, line].join('\n')))) {
      this.pending.push(line);
      return { kind: 'continue' };
    }
    const command = [...this.pending, line].join('\n');
    this.pending.length = 0;
    this.history.push(command);
    return { kind: 'submit', command };
  }
}

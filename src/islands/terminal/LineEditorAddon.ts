/**
 * xterm addon: a readline-like line editor over `line-editor.ts`. It turns xterm's data into editing
 * keys, redraws the prompt and the line, runs pastes line by line, and hands each finished command
 * to its host (`onSubmit`). Nothing is linted or run while typing: only Enter submits.
 */
import type { IDisposable, ITerminalAddon, Terminal } from '@xterm/xterm';
import { inertText } from '../../domain/inert-text.ts';
import { LineEditor, decodeInput, splitPaste, type EditorEffect, type History } from './line-editor.ts';

/** The prompt shown after a backtick continuation, as in Windows PowerShell. */
export const CONTINUATION_PROMPT = '>> ';

/** Whatever completes the line on Tab (the `CompletionAddon`). */
export interface LineCompleter {
  complete(editor: LineEditorAddon, direction: 1 | -1): void;
  /** Called on every other key, so the next Tab starts a new completion. */
  reset(): void;
}

export interface LineEditorOptions {
  history: History;
  /** The prompt for a new command (may contain SGR colour sequences). */
  prompt(): string;
  /** A finished command (continuations joined with newlines). Output is written by the host. */
  onSubmit(command: string): void;
  /** Lines of a paste beyond the limit were dropped. */
  onPasteDropped?(count: number): void;
  /** Any edit of the line, e.g. to persist history. */
  onHistoryChange?(entries: readonly string[]): void;
  /** Whether the command entered so far is unfinished, so Enter continues it (see `LineEditor`). */
  incomplete?(command: string): boolean;
}

/** Visible width of a prompt: SGR and other CSI sequences take no columns. */
export function visibleWidth(text: string): number {
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').length;
}

export class LineEditorAddon implements ITerminalAddon {
  readonly editor: LineEditor;
  private terminal: Terminal | undefined;
  private readonly disposables: IDisposable[] = [];
  private completer: LineCompleter | undefined;
  /** Row of the cursor inside the drawn prompt+line, counted from the prompt's first row. */
  private cursorRow = 0;
  /** False while output is being written: keys typed meanwhile are still applied, drawn after. */
  private promptShown = false;

  constructor(private readonly options: LineEditorOptions) {
    this.editor = new LineEditor(options.history, (command) => options.incomplete?.(command) ?? false);
  }

  activate(terminal: Terminal): void {
    this.terminal = terminal;
    // Bracketed paste: xterm then wraps pasted text in ESC[200~ … ESC[201~, so a paste is told
    // apart from typing and its newlines run lines instead of being typed as Enter keys one by one.
    terminal.write('\x1b[?2004h');
    this.disposables.push(
      terminal.onData((data) => this.receive(data)),
      terminal.onResize(() => {
        // xterm reflows the wrapped line; recompute where the cursor now sits before the next draw.
        this.cursorRow = Math.floor((this.promptWidth() + this.editor.buffer.cursor) / Math.max(1, terminal.cols));
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.terminal = undefined;
    this.completer = undefined;
  }

  /** Lets the completion addon take over Tab; returns a disposable that gives it back. */
  setCompleter(completer: LineCompleter): IDisposable {
    this.completer = completer;
    return { dispose: () => (this.completer === completer ? (this.completer = undefined) : undefined) };
  }

  /** The line being edited and its cursor. */
  get line(): { text: string; cursor: number } {
    return { text: this.editor.buffer.text, cursor: this.editor.buffer.cursor };
  }

  /** Replaces the line (completion, history) and redraws it. */
  setLine(text: string, cursor = text.length): void {
    this.editor.buffer.set(text);
    this.editor.buffer.move(cursor);
    this.redraw();
  }

  /** Draws a fresh prompt on a new row (after output). */
  showPrompt(): void {
    this.cursorRow = 0;
    this.promptShown = true;
    this.redraw();
  }

  /** Redraws the prompt and the line in place (the prompt changed: another shell or machine). */
  refreshPrompt(): void {
    this.redraw();
  }

  /**
   * Types text as if pasted: complete lines run one after the other, an unfinished last line
   * stays in the editor. Used by "Run in lab" and replays, with a final newline so everything runs.
   */
  paste(text: string): void {
    const { lines, rest, dropped } = splitPaste(text);
    for (const line of lines) {
      this.editor.buffer.insert(line);
      this.redraw();
      this.apply(this.editor.handle({ kind: 'key', name: 'enter' }));
    }
    if (rest) {
      this.editor.buffer.insert(rest);
      this.redraw();
    }
    if (dropped > 0) this.options.onPasteDropped?.(dropped);
  }

  /** Writes output lines above the prompt, then redraws the prompt and the line being edited. */
  writeAbovePrompt(lines: readonly string[]): void {
    const terminal = this.terminal;
    if (!terminal) return;
    if (this.promptShown) {
      this.moveToLineStart();
      terminal.write('\x1b[J');
    }
    for (const line of lines) terminal.write(`${line}\r\n`);
    this.showPrompt();
  }

  private receive(data: string): void {
    for (const input of decodeInput(data)) {
      if (input.kind === 'paste') {
        this.completer?.reset();
        this.paste(input.text);
        continue;
      }
      this.apply(this.editor.handle(input));
    }
  }

  private apply(effect: EditorEffect): void {
    if (effect.kind !== 'complete') this.completer?.reset();
    const terminal = this.terminal;
    if (!terminal) return;
    switch (effect.kind) {
      case 'redraw':
        this.redraw();
        return;
      case 'complete':
        this.completer?.complete(this, effect.direction);
        return;
      case 'continue':
        this.finishRow();
        this.cursorRow = 0;
        this.redraw();
        return;
      case 'submit':
        this.finishRow();
        this.promptShown = false;
        this.options.onHistoryChange?.(this.editor.history.list());
        this.options.onSubmit(effect.command);
        if (!this.promptShown) this.showPrompt();
        return;
      case 'cancel':
        // Like a console: ^C where the cursor is, the line left on screen, a fresh prompt below.
        terminal.write('^C');
        this.finishRow();
        this.showPrompt();
        return;
      case 'clearScreen':
        // Erase the screen and the scrollback, then draw the prompt and the line at the top.
        terminal.write('\x1b[H\x1b[2J\x1b[3J');
        this.cursorRow = 0;
        this.redraw();
        return;
      case 'bell':
      case 'escape':
      case 'none':
        return;
    }
  }

  private promptText(): string {
    return this.editor.continuing ? CONTINUATION_PROMPT : this.options.prompt();
  }

  private promptWidth(): number {
    return visibleWidth(this.promptText());
  }

  /** Moves to column 0 of the prompt's first row. */
  private moveToLineStart(): void {
    const terminal = this.terminal!;
    terminal.write(this.cursorRow > 0 ? `\r\x1b[${this.cursorRow}A` : '\r');
    this.cursorRow = 0;
  }

  /** Leaves the line as it is on screen and moves to a new row below it. */
  private finishRow(): void {
    // The line was already drawn (and emptied in the buffer by Enter): go below its last row.
    const down = this.lastDrawnRow - this.cursorRow;
    this.terminal!.write(`${down > 0 ? `\x1b[${down}B` : ''}\r\n`);
    this.cursorRow = 0;
  }

  /** Index of the last row the previous draw used (relative to the prompt's first row). */
  private lastDrawnRow = 0;

  /**
   * Redraws the prompt and the line from the prompt's first row, then places the cursor. Column
   * arithmetic assumes one column per character (the lab's commands are ASCII; a wide character
   * only shifts the cursor, it never loses text).
   */
  private redraw(): void {
    const terminal = this.terminal;
    if (!terminal) return;
    if (!this.promptShown) return; // output is being written; the next showPrompt draws the line
    const cols = Math.max(1, terminal.cols);
    const prompt = this.promptText();
    // A pasted line may hold control or bidi characters: they are drawn as their code points
    // (src/domain/inert-text.ts), so the cursor is placed on the line as drawn.
    const { text: raw, cursor: rawCursor } = this.editor.buffer;
    const before = inertText(raw.slice(0, rawCursor));
    const text = before + inertText(raw.slice(rawCursor));
    const total = visibleWidth(prompt) + text.length;
    const target = visibleWidth(prompt) + before.length;
    // After exactly `cols` characters xterm keeps the cursor on the last column (pending wrap).
    const endRow = total > 0 && total % cols === 0 ? total / cols - 1 : Math.floor(total / cols);
    const targetRow = Math.floor(target / cols);
    const targetCol = target % cols;
    let out = this.cursorRow > 0 ? `\r\x1b[${this.cursorRow}A` : '\r';
    out += `\x1b[J${prompt}${text}\r`;
    if (targetRow < endRow) out += `\x1b[${endRow - targetRow}A`;
    else if (targetRow > endRow) out += '\n'.repeat(targetRow - endRow); // a line feed scrolls at the bottom
    if (targetCol > 0) out += `\x1b[${targetCol}C`;
    terminal.write(out);
    this.cursorRow = targetRow;
    this.lastDrawnRow = Math.max(endRow, targetRow);
  }
}

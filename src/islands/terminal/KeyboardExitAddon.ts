/**
 * xterm addon: a keyboard way out of the terminal. Tab belongs to completion inside the terminal,
 * so Escape then Tab (or Shift+Tab) lets the browser move focus as usual, the convention VS Code's
 * terminal uses. It also lets Ctrl+C copy when text is selected, instead of cancelling the line.
 *
 * xterm has one custom key handler per terminal, so this addon is the only one that sets it.
 */
import type { ITerminalAddon, Terminal } from '@xterm/xterm';

export class KeyboardExitAddon implements ITerminalAddon {
  private armed = false;
  private terminal: Terminal | undefined;

  /** @param onArmedChange shows or hides the on-screen "press Tab to leave" hint. */
  constructor(private readonly onArmedChange: (armed: boolean) => void = () => {}) {}

  /** True between Escape and the next key. */
  get isArmed(): boolean {
    return this.armed;
  }

  activate(terminal: Terminal): void {
    this.terminal = terminal;
    terminal.attachCustomKeyEventHandler((event) => this.handle(event));
  }

  dispose(): void {
    // xterm has no detach; a handler that lets every key through is the neutral one.
    this.terminal?.attachCustomKeyEventHandler(() => true);
    this.terminal = undefined;
    this.setArmed(false);
  }

  /** Returns false for the keys xterm must not process (the browser then does its default). */
  handle(event: KeyboardEvent): boolean {
    if (event.type !== 'keydown') return true;
    if (event.key === 'Escape') {
      this.setArmed(true);
      return true;
    }
    if (this.armed && event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      this.setArmed(false);
      this.terminal?.blur();
      return false; // the browser moves focus to the next (Shift: previous) control
    }
    if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return true;
    this.setArmed(false);
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'c' && this.terminal?.hasSelection()) return false;
    return true;
  }

  private setArmed(armed: boolean): void {
    if (this.armed === armed) return;
    this.armed = armed;
    this.onArmedChange(armed);
  }
}

/**
 * xterm addon: Tab / Shift+Tab completion of command names, parameter names and values, cycling
 * through the candidates (`completion.ts`) on the line of a `LineEditorAddon`.
 */
import type { IDisposable, ITerminalAddon, Terminal } from '@xterm/xterm';
import { CompletionCycle, type CompletionShell, type CompletionSource } from './completion.ts';
import type { LineCompleter, LineEditorAddon } from './LineEditorAddon.ts';

export class CompletionAddon implements ITerminalAddon, LineCompleter {
  private readonly cycle: CompletionCycle;
  private readonly disposables: IDisposable[] = [];

  /**
   * @param lineEditor the editor whose line is completed (its Tab is handed to this addon)
   * @param shell which shell's commands to offer, read at each Tab (the tabs can change it)
   * @param announce optional: tells assistive technology which candidate is on the line
   */
  constructor(
    private readonly lineEditor: LineEditorAddon,
    source: CompletionSource,
    private readonly shell: () => CompletionShell,
    private readonly announce?: (candidate: string, index: number, count: number) => void,
  ) {
    this.cycle = new CompletionCycle(source);
  }

  activate(_terminal: Terminal): void {
    this.disposables.push(this.lineEditor.setCompleter(this));
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.cycle.reset();
  }

  complete(editor: LineEditorAddon, direction: 1 | -1): void {
    const { text, cursor } = editor.line;
    const result = this.cycle.step(text, cursor, this.shell(), direction);
    if (!result) return;
    editor.setLine(result.text, result.cursor);
    this.announce?.(result.candidate, result.index, result.candidates.length);
  }

  reset(): void {
    this.cycle.reset();
  }
}

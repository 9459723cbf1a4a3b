/**
 * The lab session's transcript: each command sent to the lab with the shell it ran in, so "Open the
 * history in the editor" gives the editor the commands of one shell as a script, with that shell
 * chosen. The line editor's history (↑/↓) keeps lines without their shell; this keeps the shell.
 * The lab's own verbs (`Reset-Lab`, `Enter-LabShell`, `passerelle …`) and clearing the screen are
 * not script lines and are left out of the script.
 */
import type { LabShell } from './context.ts';
import { isLabVerb } from './lab-verbs.ts';

/** One command as it was run in the lab. */
export interface TranscriptEntry {
  shell: LabShell;
  command: string;
}

/** `cls`, `clear`, `Clear-Host`: the console's, not the script's. */
const clearScreen = /^\s*(?:cls|clear|clear-host)\s*$/i;
const shells: readonly string[] = ['exchange', 'lync', 'cmd'];

/** The commands run in the lab, oldest first, at most `max` of them (the oldest are dropped). */
export class LabTranscript {
  private readonly entries: TranscriptEntry[];

  constructor(entries: readonly TranscriptEntry[] = [], private readonly max = 200) {
    this.entries = entries.filter((e) => e.command.trim() !== '').slice(-max);
  }

  /** Reads a transcript kept as JSON; anything unreadable gives an empty one (never throws). */
  static parse(json: string | null | undefined, max?: number): LabTranscript {
    try {
      const saved = JSON.parse(json ?? '[]') as unknown;
      if (!Array.isArray(saved)) return new LabTranscript([], max);
      const entries = saved.filter(
        (e): e is TranscriptEntry => typeof e === 'object' && e !== null && typeof e.command === 'string' && shells.includes(e.shell),
      );
      return new LabTranscript(entries, max);
    } catch {
      return new LabTranscript([], max);
    }
  }

  record(shell: LabShell, command: string): void {
    if (command.trim() === '') return;
    this.entries.push({ shell, command });
    if (this.entries.length > this.max) this.entries.splice(0, this.entries.length - this.max);
  }

  list(): readonly TranscriptEntry[] {
    return this.entries;
  }

  toJSON(): TranscriptEntry[] {
    return this.entries;
  }

  /**
   * The commands run in `shell`, one per line, as a script (empty when there are none); the lab's
   * own verbs and screen clearing left out.
   * @example transcript.scriptFor('exchange') // → 'Get-UMService\nSet-UMService -Identity mbx01 -UMStartupMode Dual\n'
   */
  scriptFor(shell: LabShell): string {
    const lines = this.entries.filter((e) => e.shell === shell && !isLabVerb(e.command) && !clearScreen.test(e.command)).map((e) => e.command);
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  }
}

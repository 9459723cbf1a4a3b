/**
 * The context one lab line runs in: the state (copied once, on the first change — the caller's
 * state is never touched), the session's shell, server, folder and variables, and the output.
 */
import { t, type Lang } from '../../i18n/index.ts';
import type { CommandBinding } from '../powershell/binder.ts';
import type { Profile } from '../profile/schema.ts';
import { labLimits } from './limits.ts';
import type { LabHint, OutputLine } from './output.ts';
import type { LabState } from './state.ts';
import type { PsValue } from './values.ts';

/** The three shells of the lab: Exchange Management Shell, Lync Server Management Shell, cmd.exe. */
export type LabShell = 'exchange' | 'lync' | 'cmd';

/** A terminal tab: which shell, on which server, in which folder, over which lab state. */
export interface LabSession {
  lab: LabState;
  shell: LabShell;
  /** FQDN of the machine the shell runs on. */
  server: string;
  /** Current folder (`Set-Location`, `cd`). */
  cwd: string;
  /** Variables assigned in this session (`$c = Get-Credential`). */
  variables: Readonly<Record<string, PsValue>>;
}

/** A cmdlet invocation after binding: canonical parameter names and evaluated values. */
export interface CmdletCall {
  /** Canonical command name (`Set-UMService`, `net.exe`, `ExchUcUtil.ps1`). */
  name: string;
  /** The name as typed (`.\ExchUcUtil.ps1`, `fl`). */
  written: string;
  binding: CommandBinding | null;
  /** Canonical parameter name → value (a switch without value is `true`). */
  params: ReadonlyMap<string, PsValue>;
  /** Arguments of native programs and cmd.exe commands, as words. */
  words: readonly string[];
  /** Objects from the previous pipeline element. */
  input: readonly PsValue[];
  receivesInput: boolean;
}

/** A cmdlet of the lab: reads the call, changes the state through `ctx.change`, returns output objects. */
export type CmdletHandler = (call: CmdletCall, ctx: LabContext) => PsValue[];

/** Where the Exchange scripts live ($exscripts). */
export const EXCHANGE_SCRIPTS = 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Scripts';
export const COMMON_FILES = 'C:\\Program Files\\Common Files';

export class LabContext {
  private current: LabState;
  private owned = false;
  readonly out: OutputLine[] = [];
  /** Set when a statement failed (an error was printed). */
  failed = false;
  /** Statements run so far by this line (bounded by `labLimits.statements`). */
  statements = 0;
  /** Lines not printed because the line reached `labLimits.outputLines`. */
  linesCut = 0;
  /** Printed lines shortened to `labLimits.lineChars`. */
  linesShortened = 0;
  shell: LabShell;
  server: string;
  cwd: string;
  variables: Record<string, PsValue>;
  /** `$_` of the enclosing script blocks, innermost last. */
  readonly pipelineItems: PsValue[] = [];
  /** Runs a script block with `$_` = item (set by the interpreter for Where-/ForEach-Object). */
  runBlock: (block: PsValue, item: PsValue) => PsValue[] = () => [];

  constructor(
    session: LabSession,
    readonly lang: Lang,
    readonly profile: Profile,
  ) {
    this.current = session.lab;
    this.shell = session.shell;
    this.server = session.server;
    this.cwd = session.cwd;
    this.variables = { ...session.variables };
  }

  /** The state as it is now (read-only: change it through `change`). */
  get lab(): LabState {
    return this.current;
  }

  /** Replaces the whole state (Reset-Lab, exercises). */
  replaceLab(lab: LabState): void {
    this.current = lab;
    this.owned = false;
  }

  /**
   * Changes the state. The first change of a line deep-copies it, so the session the line started
   * from keeps its state; each change ticks the lab clock (ordering facts such as "restarted after
   * ExchUcUtil" compare ticks).
   */
  change(fn: (draft: LabState) => void): void {
    if (!this.owned) {
      this.current = structuredClone(this.current);
      this.owned = true;
    }
    this.current.clock++;
    fn(this.current);
  }

  /** The domain controller Exchange names in its errors. */
  get domainController(): string {
    return `dc01.${this.current.sipDomain}`;
  }

  /**
   * Adds a line to the output, within the lab's limits: past `labLimits.outputLines` lines are
   * only counted, and a line longer than `labLimits.lineChars` is shortened (`cutNotice` says so).
   */
  emit(line: OutputLine): void {
    if (this.out.length >= labLimits.outputLines) {
      this.linesCut++;
      return;
    }
    if (line.text.length > labLimits.lineChars) {
      this.linesShortened++;
      this.out.push({ ...line, text: `${line.text.slice(0, labLimits.lineChars)}…` });
    } else this.out.push(line);
  }

  /** The reader's notice of what `emit` left out, or null when everything was printed. */
  cutNotice(): OutputLine | null {
    if (this.linesCut === 0 && this.linesShortened === 0) return null;
    const params = { lines: this.linesCut, shortened: this.linesShortened, maxLines: labLimits.outputLines, maxChars: labLimits.lineChars };
    return { kind: 'warning', text: t(this.lang, 'lab.limit.outputCut', localNumbers(this.lang, params)) };
  }

  print(text: string, kind: OutputLine['kind'] = 'text'): void {
    this.emit({ kind, text });
  }

  warn(text: string): void {
    this.emit({ kind: 'warning', text: `WARNING: ${text}` });
  }

  /** A line in the reader's language under an error or a result: `lab.hint.<key>`. */
  hint(hint: LabHint): void {
    this.emit(this.hintLine(hint));
  }

  /** Lines printed after the statement's own output (hints about a result shown as a list). */
  readonly trailing: OutputLine[] = [];

  /** A hint printed after the statement's output rather than before it. */
  hintAfter(hint: LabHint): void {
    this.trailing.push(this.hintLine(hint));
  }

  private hintLine(hint: LabHint): OutputLine {
    return { kind: 'hint', text: t(this.lang, `lab.hint.${hint.key}`, hint.params ?? {}) };
  }
}

/** Numbers grouped the reader's way (1,000,000 / 1 000 000) for the lab's own messages. */
export function localNumbers(lang: Lang, params: Readonly<Record<string, string | number>>): Record<string, string> {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? v.toLocaleString(locale) : v]));
}

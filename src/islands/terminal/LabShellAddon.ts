/**
 * xterm addon: the lab shell. It gives the line editor its prompt (from the lab's `prompt()`),
 * sends each submitted command to the lab's `runLine` (which lints first and refuses lines with
 * errors) and prints the output, diagnostics with a caret under their range. It keeps one session
 * per shell over one shared organisation, saves the organisation in localStorage (debounced) and
 * restores it on load.
 *
 * `Get-Help <cmdlet>` is the terminal's own verb (a summary from the catalog's facts); the lab
 * answers its own verbs (`Enter-LabShell`, `Reset-Lab`, `passerelle …`), and when one moves the
 * session to another shell or machine the tabs follow.
 */
import type { ITerminalAddon, Terminal } from '@xterm/xterm';
import { labHelp } from '../../domain/lab/help.ts';
import {
  createLab,
  createSession,
  prompt as labPrompt,
  resolveServer,
  restoreLab,
  runLine,
  serializeLab,
  withLab,
  type LabSession,
  type LabShell,
  type LabState,
} from '../../domain/lab/index.ts';
import { inertText } from '../../domain/inert-text.ts';
import type { LabTranscript } from '../../domain/lab/transcript.ts';
import type { Profile } from '../../domain/profile/index.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { CONTINUATION_PROMPT, visibleWidth, type LineEditorAddon } from './LineEditorAddon.ts';
import type { LabCommandRequest } from './lab-bus.ts';
import { storageKeys, terminalLimits } from './limits.ts';
import { renderOutput, sgr, wrapWords } from './output-render.ts';

/** The shells in tab order. */
export const labShells: readonly LabShell[] = ['exchange', 'lync', 'cmd'];

/** What the UI shows about the lab: the active shell and its machine, and the organisation. */
export interface LabView {
  shell: LabShell;
  server: string;
  lab: LabState;
  /** Commands sent to the lab so far, and how the last one ended (shown as data attributes). */
  runs: number;
  lastStatus: 'ok' | 'refused' | 'error' | null;
}

export interface LabShellOptions {
  lang: Lang;
  /** The current deployment profile (read at each command: the forms can change it). */
  profile(): Profile;
  lineEditor: LineEditorAddon;
  /** Every command sent to the lab, with its shell ("Open the history in the editor"). */
  transcript?: LabTranscript;
  /** The transcript changed (to keep it for the session). */
  onTranscriptChange?(transcript: LabTranscript): void;
  /** localStorage, or null where the browser refuses it (private mode, tests). */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  onChange?(view: LabView): void;
}

/** `cls`, `clear`, `Clear-Host` (and cmd's `cls`): clear the screen, as the consoles do. */
const CLEAR_SCREEN = /^\s*(?:cls|clear|clear-host)\s*$/i;

export class LabShellAddon implements ITerminalAddon {
  private sessions: Record<LabShell, LabSession>;
  private active: LabShell = 'exchange';
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** A notice from restoring the saved lab, printed once the terminal is there. */
  private restoreNotice: string | undefined;
  private runs = 0;
  /** Sessions of machines other than each tab's current one, by `shell@server`. */
  private readonly machineSessions = new Map<string, LabSession>();
  private lastStatus: LabView['lastStatus'] = null;

  constructor(private readonly options: LabShellOptions) {
    const lab = this.restore();
    const profile = options.profile();
    this.sessions = {
      exchange: createSession(profile, 'exchange', lab),
      lync: createSession(profile, 'lync', lab),
      cmd: createSession(profile, 'cmd', lab),
    };
  }

  activate(terminal: Terminal): void {
    this.terminal = terminal;
    const { lang } = this.options;
    const say = (text: string, colour: string) => {
      for (const row of wrapWords(inertText(text), terminal.cols)) terminal.write(`${colour}${row}${sgr.reset}\r\n`);
    };
    say(t(lang, 'terminal.welcome'), sgr.cyan);
    if (this.restoreNotice) say(this.restoreNotice, sgr.yellow);
    this.emit();
  }

  dispose(): void {
    this.flushSave();
  }

  private terminal: Terminal | undefined;

  /** The active tab's session. */
  get session(): LabSession {
    return this.sessions[this.active];
  }

  get view(): LabView {
    return { shell: this.active, server: this.session.server, lab: this.session.lab, runs: this.runs, lastStatus: this.lastStatus };
  }

  /** The prompt of the active shell, coloured, with the blank that follows it. */
  prompt(): string {
    // The prompt names the machine and folder, which come from the profile and the commands run.
    return `${sgr.green}${inertText(labPrompt(this.session))}${sgr.reset} `;
  }

  /** Runs one submitted command (the line editor's `onSubmit`). */
  execute(command: string): void {
    const editor = this.options.lineEditor;
    if (this.options.transcript) {
      this.options.transcript.record(this.active, command);
      this.options.onTranscriptChange?.(this.options.transcript);
    }
    const own = this.ownVerb(command);
    if (own) {
      this.runs += 1;
      this.lastStatus = 'ok';
      this.emit();
      editor.writeAbovePrompt(own);
      return;
    }
    if (CLEAR_SCREEN.test(command)) {
      // The lab runs it too (nothing to print, as in the consoles); the screen is the terminal's.
      this.terminal?.clear();
    }
    const promptWidth = visibleWidth(this.prompt());
    const result = runLine(this.session, command, { lang: this.options.lang, profile: this.options.profile() });
    const rows = renderOutput(result.output, {
      command,
      promptWidth,
      continuationWidth: CONTINUATION_PROMPT.length,
      defaultSeverity: result.status === 'refused' ? 'error' : 'warning',
      severityLabel: (s) => t(this.options.lang, `cli.severity.${s}`),
    });
    this.runs += 1;
    this.lastStatus = result.status;
    this.adopt(result.session);
    editor.writeAbovePrompt(rows);
  }

  /**
   * Runs a command from a runbook block: switches to its shell (and machine when it names one),
   * then types it as a paste so each of its lines runs in turn. Console (`gui`) steps are printed.
   */
  runRequest(request: LabCommandRequest): void {
    if (request.shell === 'gui') {
      this.options.lineEditor.writeAbovePrompt([`${sgr.cyan}# ${inertText(t(this.options.lang, 'terminal.gui', { text: request.text }))}${sgr.reset}`]);
      // The lab has no windows: a console action with a lab equivalent runs it in cmd.exe on the
      // same machine (as replayCommands does in src/domain/lab/replay.ts), others are only printed.
      if (request.lab !== undefined) this.typeIn('cmd', request.target, request.lab);
      return;
    }
    this.typeIn(request.shell, request.target, request.text);
  }

  /** Switches to `shell` on `target` and pastes `text`, so each of its lines runs in turn. */
  private typeIn(shell: LabShell, target: string, text: string): void {
    this.switchShell(shell, target, false);
    this.options.lineEditor.paste(text.endsWith('\n') ? text : `${text}\n`);
  }

  /**
   * Changes the active shell (the tabs, a runbook block), on `server` when it names a machine of
   * the lab. Each machine keeps its own session (folder, variables), as separate consoles would:
   * `Set-Location $exscripts` on one server does not move the prompt of another.
   */
  switchShell(shell: LabShell, server?: string, announce = true): void {
    const current = this.sessions[shell];
    const lab = this.session.lab;
    const machine = server && !server.startsWith('any-') ? resolveServer(lab, shell, server) : undefined;
    let changed = shell !== this.active;
    if (machine && machine.toLowerCase() !== current.server.toLowerCase()) {
      this.machineSessions.set(machineKey(current), current);
      const saved = this.machineSessions.get(`${shell}@${machine.toLowerCase()}`);
      this.sessions[shell] = saved ? withLab(saved, lab) : { ...createSession(this.options.profile(), shell, lab), server: machine };
      changed = true;
    } else {
      this.sessions[shell] = withLab(current, lab);
    }
    this.active = shell;
    if (announce && changed) this.options.lineEditor.writeAbovePrompt([this.switchedMessage()]);
    else if (changed) this.options.lineEditor.refreshPrompt();
    this.emit();
  }

  /** Replaces the organisation (exercise set-up, reset) in every tab. */
  setLab(lab: LabState, message?: string): void {
    this.machineSessions.clear(); // a new organisation: other machines' consoles start afresh
    for (const shell of labShells) this.sessions[shell] = withLab(this.sessions[shell], lab);
    this.scheduleSave();
    this.emit();
    if (message) this.options.lineEditor.writeAbovePrompt([`${sgr.cyan}${inertText(message)}${sgr.reset}`]);
  }

  /** A fresh organisation from the current profile. */
  reset(message?: string): void {
    this.setLab(createLab(this.options.profile()), message);
  }

  private switchedMessage(): string {
    return `${sgr.cyan}${inertText(
      t(this.options.lang, 'terminal.switched', {
        shell: t(this.options.lang, `terminal.shell.${this.active}`),
        server: this.session.server,
      }),
    )}${sgr.reset}`;
  }

  /** `Get-Help` (and `X -?`): answered from the catalog and the runbook (src/domain/lab/help.ts), never sent to the lab. */
  private ownVerb(command: string): string[] | undefined {
    const { lang } = this.options;
    const help = labHelp(command, this.active, { lang, profile: this.options.profile() });
    if (help) return help.map((line) => (line.kind === 'heading' ? `${sgr.bold}${inertText(line.text)}${sgr.reset}` : inertText(line.text)));
    return undefined;
  }

  /** Takes the session a command returned; its organisation goes to every tab. */
  private adopt(next: LabSession): void {
    const labChanged = next.lab !== this.session.lab;
    // A command may move to another shell or machine (the lab's own verbs): follow it.
    this.active = next.shell;
    this.sessions[next.shell] = next;
    if (labChanged) {
      for (const shell of labShells) if (shell !== next.shell) this.sessions[shell] = withLab(this.sessions[shell], next.lab);
      this.scheduleSave();
    }
    this.emit();
  }

  private emit(): void {
    this.options.onChange?.(this.view);
  }

  /** Reads the saved organisation; anything unreadable is reported and replaced by a fresh lab. */
  private restore(): LabState {
    const { storage, lang } = this.options;
    let saved: string | null = null;
    try {
      saved = storage?.getItem(storageKeys.lab) ?? null;
    } catch {
      saved = null; // storage refused (privacy settings): a fresh lab, nothing to report
    }
    if (saved !== null) {
      const restored = restoreLab(saved);
      if (isLabState(restored)) return restored;
      this.restoreNotice = t(lang, 'terminal.storageBad', { reason: loadErrorReason(restored) });
    }
    return createLab(this.options.profile());
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushSave(), terminalLimits.saveDebounceMs);
  }

  private flushSave(): void {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    try {
      this.options.storage?.setItem(storageKeys.lab, serializeLab(this.session.lab));
    } catch {
      // Quota or privacy mode: the lab keeps working, it just is not kept for the next visit.
    }
  }
}

const machineKey = (session: LabSession) => `${session.shell}@${session.server.toLowerCase()}`;

function isLabState(value: unknown): value is LabState {
  return typeof value === 'object' && value !== null && 'exchange' in value && 'lync' in value;
}

/** A short reason from whatever `restoreLab` returned instead of a state. */
function loadErrorReason(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const e = error as Record<string, unknown>;
    for (const key of ['error', 'code', 'reason', 'message']) if (typeof e[key] === 'string') return e[key] as string;
  }
  return 'invalid';
}

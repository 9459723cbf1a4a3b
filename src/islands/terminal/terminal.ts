/**
 * The terminal chunk: xterm, its fit addon, our addons, the lab, the linter and the catalog. Only
 * `TerminalIsland` imports it, with a dynamic `import()` when the terminal is opened or scrolled
 * into view, so none of it weighs on a page's first paint.
 */
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
// Astro drops CSS that is reachable only through a dynamic import, so xterm's stylesheet comes in
// as a string and is injected once (see injectXtermCss).
import xtermCss from '@xterm/xterm/css/xterm.css?inline';
import { $profile } from '../state/profile.ts';
import { t, type Lang } from '../../i18n/index.ts';
import type { LabShell, LabState } from '../../domain/lab/index.ts';
import { isIncompleteInput } from '../../domain/powershell/parser.ts';
import { missingSteps, stepCommands, type MissingSteps } from '../../domain/lab/prerequisites.ts';
import type { Profile } from '../../domain/profile/index.ts';
import { generateAll, stepIds, type StepId } from '../../domain/runbook/index.ts';
import { catalogCompletionSource } from './catalog-source.ts';
import { CompletionAddon } from './CompletionAddon.ts';
import { KeyboardExitAddon } from './KeyboardExitAddon.ts';
import { LabShellAddon, type LabView } from './LabShellAddon.ts';
import { LineEditorAddon } from './LineEditorAddon.ts';
import type { LabCommandRequest } from './lab-bus.ts';
import { History } from './line-editor.ts';
import { LabTranscript } from '../../domain/lab/transcript.ts';
import { storageKeys, terminalLimits } from './limits.ts';
import { yieldToBrowser } from '../yield.ts';
import { terminalTheme } from './theme.ts';

/** What the island can ask of a mounted terminal. */
export interface TerminalController {
  run(request: LabCommandRequest): void;
  /**
   * The earlier steps of `pageSteps` a runbook command needs before it can run in the lab as it
   * is now, with the lab's answer without them; undefined when it can run (see domain/lab/prerequisites.ts).
   */
  missingSteps(request: LabCommandRequest, pageSteps: readonly string[]): MissingSteps | undefined;
  /** Runs the commands of `stepIds` (in order), then a message. */
  replaySteps(stepIds: readonly string[], message: string): void;
  /** Every runbook command of the steps up to `stepId` (runbook order), then a message. */
  replayUpTo(stepId: string, message: string): void;
  switchShell(shell: LabShell): void;
  /** The commands run in the active shell this session, as a script (empty when none), and that shell. */
  historyScript(): { shell: LabShell; text: string };
  setLab(lab: LabState, message: string): void;
  reset(message?: string): void;
  setScreenReaderMode(on: boolean): void;
  /** Types what the reader typed before the terminal was there: each complete line runs, the rest stays on the line. */
  typeAhead(text: string): void;
  focus(): void;
  readonly view: LabView;
  dispose(): void;
}

export interface MountOptions {
  lang: Lang;
  screenReaderMode: boolean;
  /** Accessible name of xterm's input (its textarea). */
  inputLabel: string;
  onChange(view: LabView): void;
  onExitArmed(armed: boolean): void;
  /** The candidate completion put on the line, for the polite live region. */
  onCompletion(candidate: string, index: number, count: number): void;
}

/**
 * The runbook's commands for a profile, up to and including a step, in runbook order: what a
 * reader would have typed by the time they reach that step.
 * @example replayCommands(exampleProfile, 'create-um-dial-plans') // → the verify steps' commands, then New-UMDialPlan…
 */
export function replayCommands(profile: Profile, upTo: string): LabCommandRequest[] {
  const last = stepIds.indexOf(upTo as StepId);
  if (last < 0) return [];
  return generateAll(profile)
    .filter((command) => stepIds.indexOf(command.step) <= last)
    .map((command) => ({ text: command.text, shell: command.shell, target: command.target, ...(command.lab === undefined ? {} : { lab: command.lab }) }));
}

/** The replay message carries `{count}`: fill it here, where the count is known. */
function fillCount(message: string, count: number): string {
  return message.replace('{count}', String(count));
}

let cssInjected = false;

/** Adds xterm's stylesheet to the page once. */
function injectXtermCss(): void {
  if (cssInjected || document.getElementById('xterm-css')) return;
  const style = document.createElement('style');
  style.id = 'xterm-css';
  style.textContent = xtermCss;
  document.head.append(style);
  cssInjected = true;
}

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The session's history, kept in sessionStorage so it survives moving between pages. */
function loadHistory(): History {
  try {
    const saved = JSON.parse(sessionStore()?.getItem(storageKeys.history) ?? '[]') as unknown;
    return new History(Array.isArray(saved) ? saved.filter((e): e is string => typeof e === 'string') : []);
  } catch {
    return new History();
  }
}

/**
 * Opens the terminal in `container`, fitted to it and refitted when it resizes, with the lab shell
 * ready at its prompt. Two tasks: xterm is drawn first, the lab (restored from storage) starts in
 * the next one.
 */
export async function mountTerminal(container: HTMLElement, options: MountOptions): Promise<TerminalController> {
  injectXtermCss();
  const terminal = new Terminal({
    screenReaderMode: options.screenReaderMode,
    scrollback: terminalLimits.scrollback,
    theme: terminalTheme,
    fontFamily: 'ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace',
    fontSize: 14,
    cursorBlink: false,
    // Keep xterm's own Alt-key handling off macOS Option so Option+letters still type accents.
    macOptionIsMeta: false,
  });
  const fit = new FitAddon();
  terminal.loadAddon(fit);

  let shell: LabShellAddon | undefined;
  const lineEditor = new LineEditorAddon({
    history: loadHistory(),
    prompt: () => shell?.prompt() ?? '> ',
    onSubmit: (command) => shell?.execute(command),
    // PowerShell asks for more on `@{`, an open string or block; cmd.exe never does.
    incomplete: (command) => shell !== undefined && shell.session.shell !== 'cmd' && isIncompleteInput(command),
    onHistoryChange: (entries) => {
      try {
        sessionStore()?.setItem(storageKeys.history, JSON.stringify(entries));
      } catch {
        // sessionStorage full or refused: the history lives until the page closes.
      }
    },
    onPasteDropped: (count) =>
      lineEditor.writeAbovePrompt([`\x1b[93m${t(options.lang, 'terminal.pasteDropped', { count, limit: terminalLimits.pasteLines })}\x1b[0m`]),
  });
  terminal.loadAddon(lineEditor);
  // The lab's own verbs are offered in every shell, like commands.
  const labVerbs = ['Enter-LabShell', 'Reset-Lab', 'passerelle'];
  const source = catalogCompletionSource(undefined, { exchange: labVerbs, lync: labVerbs, cmd: labVerbs });
  terminal.loadAddon(
    new CompletionAddon(lineEditor, source, () => shell?.view.shell ?? 'exchange', (candidate, index, count) => options.onCompletion(candidate, index + 1, count)),
  );
  terminal.loadAddon(new KeyboardExitAddon(options.onExitArmed));

  terminal.open(container);
  if (terminal.textarea) terminal.textarea.setAttribute('aria-label', options.inputLabel);
  fit.fit(); // before the lab shell writes its welcome, so it wraps to the real width
  await yieldToBrowser();

  const transcript = LabTranscript.parse(sessionStore()?.getItem(storageKeys.transcript), terminalLimits.historyEntries);
  const labShell = new LabShellAddon({
    lang: options.lang,
    transcript,
    onTranscriptChange: () => {
      try {
        sessionStore()?.setItem(storageKeys.transcript, JSON.stringify(transcript));
      } catch {
        // sessionStorage full or refused: the transcript lives until the page closes.
      }
    },
    profile: () => $profile.get(),
    lineEditor,
    storage: localStore(),
    onChange: options.onChange,
  });
  shell = labShell;
  terminal.loadAddon(labShell);
  lineEditor.showPrompt();

  // Refit when the container changes size (panel opened, window resized), debounced: a resize
  // burst reflows the buffer once, not once per pixel.
  let fitTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = new ResizeObserver(() => {
    clearTimeout(fitTimer);
    fitTimer = setTimeout(() => {
      if (container.offsetParent !== null) fit.fit();
    }, terminalLimits.fitDebounceMs);
  });
  observer.observe(container);

  return {
    run: (request) => shell!.runRequest(request),
    missingSteps: (request, pageSteps) =>
      request.step === undefined ? undefined : missingSteps(shell!.view.lab, $profile.get(), request, request.step, pageSteps, options.lang),
    replaySteps: (ids, message) => {
      const requests = stepCommands($profile.get(), ids);
      for (const request of requests) shell!.runRequest(request);
      lineEditor.writeAbovePrompt([`\x1b[96m${fillCount(message, requests.length)}\x1b[0m`]);
    },
    replayUpTo: (stepId, message) => {
      const requests = replayCommands($profile.get(), stepId);
      for (const request of requests) shell!.runRequest(request);
      lineEditor.writeAbovePrompt([`\x1b[96m${fillCount(message, requests.length)}\x1b[0m`]);
    },
    switchShell: (name) => shell!.switchShell(name),
    historyScript: () => ({ shell: shell!.view.shell, text: transcript.scriptFor(shell!.view.shell) }),
    setLab: (lab, message) => shell!.setLab(lab, message),
    reset: (message) => shell!.reset(message),
    setScreenReaderMode: (on) => {
      terminal.options.screenReaderMode = on;
    },
    typeAhead: (text) => lineEditor.paste(text),
    focus: () => terminal.focus(),
    get view() {
      return shell!.view;
    },
    dispose: () => {
      clearTimeout(fitTimer);
      observer.disconnect();
      terminal.dispose(); // disposes every loaded addon too
    },
  };
}

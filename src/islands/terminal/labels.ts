/**
 * The words the terminal island shows around xterm, resolved on the server (in .astro frontmatter)
 * and passed as props, so the island's first-paint code never ships the dictionaries.
 */
import { t, type Lang } from '../../i18n/index.ts';
import { localePath } from '../../i18n/routes.ts';

/** Every string `TerminalIsland` needs. */
export interface TerminalLabels {
  label: string;
  open: string;
  close: string;
  loading: string;
  loadFailed: string;
  shells: string;
  shell: { exchange: string; lync: string; cmd: string };
  screenReader: string;
  keys: string;
  reset: string;
  exitArmed: string;
  inputLabel: string;
  completion: string;
  replayLabel: string;
  replayButton: string;
  replayDone: string;
  /** "Open the history in the editor", and the notice when the active shell has none. */
  openHistory: string;
  historyEmpty: string;
  /** The editor page in the page's language (resolved here, so the island ships no route code). */
  editorHref: string;
  /** "Run in lab" on a step whose earlier steps have not run: the offer (templates). */
  prereq: { text: string; replay: string; runAnyway: string; done: string };
}

export function terminalLabels(lang: Lang): TerminalLabels {
  return {
    label: t(lang, 'terminal.label'),
    open: t(lang, 'terminal.open'),
    close: t(lang, 'terminal.close'),
    loading: t(lang, 'terminal.loading'),
    loadFailed: t(lang, 'terminal.loadFailed'),
    shells: t(lang, 'terminal.shells'),
    shell: {
      exchange: t(lang, 'terminal.shell.exchange'),
      lync: t(lang, 'terminal.shell.lync'),
      cmd: t(lang, 'terminal.shell.cmd'),
    },
    screenReader: t(lang, 'terminal.screenReader'),
    keys: t(lang, 'terminal.keys'),
    reset: t(lang, 'terminal.reset'),
    exitArmed: t(lang, 'terminal.exitArmed'),
    inputLabel: t(lang, 'terminal.inputLabel'),
    // Templates filled in the browser: the placeholders stay as written.
    completion: t(lang, 'terminal.completion'),
    replayLabel: t(lang, 'terminal.replay.label'),
    replayButton: t(lang, 'terminal.replay.button'),
    replayDone: t(lang, 'terminal.replay.done'),
    openHistory: t(lang, 'terminal.openHistory'),
    historyEmpty: t(lang, 'terminal.historyEmpty'),
    editorHref: localePath(lang, 'editor'),
    prereq: {
      text: t(lang, 'terminal.prereq.text'),
      replay: t(lang, 'terminal.prereq.replay'),
      runAnyway: t(lang, 'terminal.prereq.runAnyway'),
      done: t(lang, 'terminal.prereq.done'),
    },
  };
}

/**
 * Every limit of the lab terminal in one table, so a reviewer finds them in one place and a test can
 * import the same numbers the code uses (xterm.js keeps its addon limits the same way).
 */
export const terminalLimits = {
  /** Lines kept in the session's history (sessionStorage); the oldest are dropped first. */
  historyEntries: 200,
  /** Characters accepted on one logical line; pasting more is cut here (a runbook line is < 400). */
  lineLength: 4000,
  /** Lines of one paste run in turn; the rest are dropped with a warning. */
  pasteLines: 200,
  /** Entries the kill ring (Ctrl+U/K/W, yanked back with Ctrl+Y) remembers. */
  killRingEntries: 10,
  /** xterm's scrollback, in rows. */
  scrollback: 2000,
  /** Delay before the lab state is written to localStorage after a command (debounced). */
  saveDebounceMs: 250,
  /** Delay before a ResizeObserver burst refits the terminal (debounced). */
  fitDebounceMs: 50,
  /** Candidates listed under the line when a completion is ambiguous. */
  completionListed: 24,
} as const;

/** sessionStorage / localStorage keys the terminal owns. */
export const storageKeys = {
  history: 'passerelle.lab.history',
  /** The commands run, with their shell (sessionStorage, as the history). */
  transcript: 'passerelle.lab.transcript',
  lab: 'passerelle.lab.state',
  screenReader: 'passerelle.lab.screenReader',
} as const;

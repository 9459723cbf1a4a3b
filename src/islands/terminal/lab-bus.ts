/**
 * How the rest of a page talks to the lab terminal before and after it has loaded: a queue of
 * actions (run a command, replay the runbook, set the lab up for an exercise), whether the panel is
 * open, and the lab's current state for the exercises. Tiny on purpose (nanostores only, types
 * erased): it ships at first paint so a "Run in lab" click is never lost while xterm downloads.
 */
import { atom } from 'nanostores';
import type { LabShell, LabState } from '../../domain/lab/index.ts';

/** The window event a "Run in lab" button dispatches (see src/islands/CommandBlock.tsx). */
export const RUN_IN_LAB_EVENT = 'passerelle:run-in-lab';

/** A command for the lab, with the shell (`gui` ones are printed, not run) and the machine. */
export interface LabCommandRequest {
  text: string;
  shell: LabShell | 'gui';
  /** An FQDN, or `any-exchange-server` / `any-lync-server`. */
  target: string;
  /** The runbook step the command belongs to, when it comes from a runbook block. */
  step?: string;
  /** For a console (`gui`) action, what the lab runs instead in cmd.exe (the OcsUmUtil dialog). */
  lab?: string;
}

/** What the terminal does once it is ready, in order. */
export type LabAction =
  | { kind: 'run'; command: LabCommandRequest }
  /** Every runbook command (from the current profile) of the steps up to and including `upTo`. */
  | { kind: 'replay'; upTo: string; message: string }
  | { kind: 'setLab'; lab: LabState; message: string };

/** Actions waiting for the terminal; it drains the queue when it has loaded and whenever it grows. */
export const $labQueue = atom<readonly LabAction[]>([]);

/** Whether the runbook page's terminal panel is open. */
export const $panelOpen = atom(false);

/** The lab state after the last command (null until the terminal has loaded). */
export const $labState = atom<LabState | null>(null);

/** Queues an action and opens the panel, so the reader sees it run. */
export function enqueueLabAction(action: LabAction): void {
  $labQueue.set([...$labQueue.get(), action]);
  $panelOpen.set(true);
}

/** Takes every waiting action (the terminal calls this). */
export function takeLabActions(): readonly LabAction[] {
  const actions = $labQueue.get();
  if (actions.length > 0) $labQueue.set([]);
  return actions;
}

/** True when a value looks like a run-in-lab event's detail (events are public: check them). */
export function isLabCommandRequest(detail: unknown): detail is LabCommandRequest {
  if (typeof detail !== 'object' || detail === null) return false;
  const d = detail as Record<string, unknown>;
  return (
    typeof d.text === 'string' &&
    typeof d.target === 'string' &&
    ['exchange', 'lync', 'cmd', 'gui'].includes(d.shell as string) &&
    (d.step === undefined || typeof d.step === 'string') &&
    (d.lab === undefined || typeof d.lab === 'string')
  );
}

let listening = false;

/** Listens for "Run in lab" events on `window` (once per page). */
export function listenForRunInLab(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener(RUN_IN_LAB_EVENT, (event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (!isLabCommandRequest(detail)) return;
    const command: LabCommandRequest = { text: detail.text, shell: detail.shell, target: detail.target };
    if (detail.step !== undefined) command.step = detail.step;
    enqueueLabAction({ kind: 'run', command });
  });
}

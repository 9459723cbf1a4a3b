/**
 * How a script reaches the editor from another page ("Open in the editor" on a download, a step's
 * commands, the lab's history): through sessionStorage, never the address (a script can be long
 * and the URL ends up in logs and history). The editor takes the handoff once; after that its own
 * draft, kept in localStorage, survives a reload. Storage that refuses never throws.
 */
import type { EditorShell } from '../../domain/editor/diagnostics.ts';
import { readItem, writeItem } from '../state/storage.ts';

export const HANDOFF_KEY = 'passerelle.editor.handoff.v1';
export const DRAFT_KEY = 'passerelle.editor.draft.v1';

/** A script handed to the editor. `target` and `shell` name the generated script it came from. */
export interface Handoff {
  text: string;
  name?: string;
  shell?: EditorShell;
  target?: string;
}

function session(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** Leaves a script for the editor page; false when the browser refused to store it. */
export function handOff(handoff: Handoff): boolean {
  try {
    const store = session();
    if (!store) return false;
    store.setItem(HANDOFF_KEY, JSON.stringify(handoff));
    return true;
  } catch {
    return false;
  }
}

/** Takes the script left for the editor (once), or undefined when there is none or it is unreadable. */
export function takeHandoff(): Handoff | undefined {
  try {
    const store = session();
    const raw = store?.getItem(HANDOFF_KEY);
    if (!store || raw == null) return undefined;
    store.removeItem(HANDOFF_KEY);
    const value = JSON.parse(raw) as Partial<Handoff>;
    if (typeof value?.text !== 'string') return undefined;
    return {
      text: value.text,
      name: typeof value.name === 'string' ? value.name : undefined,
      shell: value.shell === 'exchange' || value.shell === 'lync' || value.shell === 'cmd' ? value.shell : undefined,
      target: typeof value.target === 'string' ? value.target : undefined,
    };
  } catch {
    return undefined;
  }
}

/** The editor's last text, or undefined. */
export function readDraft(): string | undefined {
  return readItem(DRAFT_KEY) ?? undefined;
}

/** Quiet time after the last change before the draft is written, and the longest wait while typing on. */
export const DRAFT_QUIET_MS = 1000;
export const DRAFT_MAX_WAIT_MS = 10_000;

let pending: ReturnType<typeof setTimeout> | undefined;
let firstChange: number | undefined;
/**
 * Keeps the editor's text once typing pauses (a second without a change), or every ten seconds of
 * continuous typing: writing a long script to localStorage takes tens of milliseconds, which must
 * not land between keystrokes.
 */
export function writeDraft(read: () => string): void {
  const now = Date.now();
  firstChange ??= now;
  clearTimeout(pending);
  pending = setTimeout(
    () => {
      pending = undefined;
      firstChange = undefined;
      writeItem(DRAFT_KEY, read());
    },
    Math.max(0, Math.min(DRAFT_QUIET_MS, firstChange + DRAFT_MAX_WAIT_MS - now)),
  );
}

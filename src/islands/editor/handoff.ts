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

let pending: ReturnType<typeof setTimeout> | undefined;
/** Keeps the editor's text, read at most once a second (typing in a long script stays cheap). */
export function writeDraft(read: () => string): void {
  if (pending !== undefined) return;
  pending = setTimeout(() => {
    pending = undefined;
    writeItem(DRAFT_KEY, read());
  }, 1000);
}

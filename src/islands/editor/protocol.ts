/**
 * Messages between the script editor and its lint worker. The worker keeps the latest text, the
 * toolbar's settings, the page's language and the profile; the page sends the text when it changes
 * and gets back the diagnostics for that version.
 */
import type { CompletionAnswer, HoverAnswer } from '../../domain/editor/completion.ts';
import type { EditorDiagnostic, EditorSettings } from '../../domain/editor/diagnostics.ts';
import type { Profile } from '../../domain/profile/schema.ts';
import type { Lang } from '../../i18n/index.ts';

export type ToWorker =
  | { kind: 'config'; lang: Lang; settings: EditorSettings; profile: Profile | undefined }
  /** A new text; `shown` is the version whose diagnostics the page shows now. */
  | { kind: 'text'; version: number; text: string; shown: number }
  /** Completion or hover at `offset` of `text` (the text as it is when the reader asks). */
  | { kind: 'complete' | 'hover'; id: number; text: string; offset: number };

export type FromWorker =
  /** The diagnostics of a version, or `same` when they are those sent last (nothing to redraw). */
  | { kind: 'diagnostics'; version: number; diagnostics: EditorDiagnostic[]; lintMs: number }
  | { kind: 'diagnostics'; version: number; same: true; lintMs: number }
  | { kind: 'completion'; id: number; answer: CompletionAnswer }
  | { kind: 'hover'; id: number; answer: HoverAnswer | undefined };

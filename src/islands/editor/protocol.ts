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
  | { kind: 'text'; version: number; text: string }
  /** Completion or hover at `offset` of `text` (the text as it is when the reader asks). */
  | { kind: 'complete' | 'hover'; id: number; text: string; offset: number };

export type FromWorker =
  | { kind: 'diagnostics'; version: number; diagnostics: EditorDiagnostic[]; lintMs: number }
  | { kind: 'completion'; id: number; answer: CompletionAnswer }
  | { kind: 'hover'; id: number; answer: HoverAnswer | undefined };

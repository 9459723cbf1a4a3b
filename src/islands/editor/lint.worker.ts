/**
 * The script editor's Web Worker: lints off the page's thread, so typing never waits for the
 * linter. It answers each text with the diagnostics for that version; settings or profile changes
 * re-lint the last text. Completion and hover are answered here too, where the catalog is.
 */
import { completionsAt, hoverAt } from '../../domain/editor/completion.ts';
import { editorDiagnostics, type EditorSettings } from '../../domain/editor/diagnostics.ts';
import type { Profile } from '../../domain/profile/schema.ts';
import type { Lang } from '../../i18n/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

let lang: Lang = 'en';
let settings: EditorSettings = { shell: 'exchange', exchangeVersion: '2016', lyncVersion: '2013' };
let profile: Profile | undefined;
let text: string | undefined;
let version = 0;

function lint(): void {
  if (text === undefined) return;
  const started = performance.now();
  const diagnostics = editorDiagnostics(text, settings, lang, profile);
  const message: FromWorker = { kind: 'diagnostics', version, diagnostics, lintMs: performance.now() - started };
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.kind) {
    case 'config':
      lang = message.lang;
      settings = message.settings;
      profile = message.profile;
      lint();
      break;
    case 'text':
      text = message.text;
      version = message.version;
      lint();
      break;
    case 'complete':
      postMessage({ kind: 'completion', id: message.id, answer: completionsAt(message.text, message.offset, settings, profile) } satisfies FromWorker);
      break;
    case 'hover':
      postMessage({ kind: 'hover', id: message.id, answer: hoverAt(message.text, message.offset, settings, lang) } satisfies FromWorker);
      break;
  }
});

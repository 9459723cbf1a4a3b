/**
 * The script editor's Web Worker: lints off the page's thread, so typing never waits for the
 * linter. It answers each text with the diagnostics for that version; settings or profile changes
 * re-lint the last text. Completion and hover are answered here too, where the catalog is.
 * Linting is incremental (only the chunks of the script an edit touches are parsed again), and when
 * an edit leaves the diagnostics as they were, only that fact crosses to the page, not the list.
 */
import { completionsAt, hoverAt } from '../../domain/editor/completion.ts';
import { EditorLinter, diagnosticKey, type EditorSettings } from '../../domain/editor/diagnostics.ts';
import type { Profile } from '../../domain/profile/schema.ts';
import type { Lang } from '../../i18n/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

let lang: Lang = 'en';
let settings: EditorSettings = { shell: 'exchange', exchangeVersion: '2016', lyncVersion: '2013' };
let profile: Profile | undefined;
let text: string | undefined;
let version = 0;
const linter = new EditorLinter();
/**
 * The keys of the diagnostics of the versions sent lately, to tell the page when nothing changed
 * since the version it shows. Versions older than the one shown are forgotten.
 */
const sentKeys = new Map<number, string[]>();

/** Lints the text; `shown` is the version whose diagnostics the page shows (undefined: unknown). */
function lint(shown?: number): void {
  if (text === undefined) return;
  const started = performance.now();
  const diagnostics = linter.lint(text, settings, lang, profile);
  const keys = diagnostics.map(diagnosticKey);
  // "Same" only against the version the page shows (it drops answers for a text changed since).
  const base = shown === undefined ? undefined : sentKeys.get(shown);
  const same = base !== undefined && keys.length === base.length && keys.every((key, i) => key === base[i]);
  // After a change of settings or profile (no `shown`), forget every version: the page may drop
  // this answer (its text moved on), and a later "same" must never compare with it.
  if (shown === undefined) sentKeys.clear();
  else {
    for (const sent of sentKeys.keys()) if (sent < shown) sentKeys.delete(sent);
    sentKeys.set(version, same ? base : keys);
  }
  const lintMs = performance.now() - started;
  const message: FromWorker = same ? { kind: 'diagnostics', version, same: true, lintMs } : { kind: 'diagnostics', version, diagnostics, lintMs };
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
      lint(message.shown);
      break;
    case 'complete':
      postMessage({ kind: 'completion', id: message.id, answer: completionsAt(message.text, message.offset, settings, profile) } satisfies FromWorker);
      break;
    case 'hover':
      postMessage({ kind: 'hover', id: message.id, answer: hoverAt(message.text, message.offset, settings, lang) } satisfies FromWorker);
      break;
  }
});

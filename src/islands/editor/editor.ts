/**
 * The script editor's Monaco chunk, loaded with `import()` when the editor opens (never at first
 * paint): Monaco's editor API with the features the page uses, PowerShell colouring, Monaco's own
 * worker and Passerelle's lint worker, both served from the site. Diagnostics come from the lint
 * worker; this module only turns them into markers and keeps the worker fed with the latest text.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/languages/definitions/powershell/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import LintWorker from './lint.worker.ts?worker';
import { defaultSettings, type EditorDiagnostic, type EditorSettings } from '../../domain/editor/diagnostics.ts';
import type { Profile } from '../../domain/profile/schema.ts';
import type { Lang } from '../../i18n/index.ts';
import { $profile } from '../state/profile.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** What the page learns after each lint: the diagnostics now shown and how long they took. */
export interface DiagnosticsReport {
  diagnostics: readonly EditorDiagnostic[];
  /** From the last keystroke to the markers being set, in milliseconds. */
  latencyMs: number;
  lintMs: number;
  version: number;
}

export interface EditorOptions {
  lang: Lang;
  text: string;
  ariaLabel: string;
  onDiagnostics(report: DiagnosticsReport): void;
  /** The text changed (read it with `getText`). */
  onChange?(): void;
}

export interface EditorController {
  readonly settings: EditorSettings;
  setSettings(settings: EditorSettings): void;
  getText(): string;
  setText(text: string): void;
  setScreenReaderMode(on: boolean): void;
  focus(): void;
  revealDiagnostic(diagnostic: EditorDiagnostic): void;
  dispose(): void;
}

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

// Monaco's own worker (diff computation, word lists) is a file of the site, like the lint worker.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

const severities: Record<EditorDiagnostic['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

/** The site's theme: the reader's choice, else the system's. */
function siteTheme(): 'vs' | 'vs-dark' {
  const chosen = document.documentElement.dataset.theme;
  const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'vs-dark' : 'vs';
}

/** The Monaco marker of a diagnostic: rule id as its code, linked to the rule's page. */
export function toMarker(diagnostic: EditorDiagnostic): monaco.editor.IMarkerData {
  const { range } = diagnostic;
  return {
    severity: severities[diagnostic.severity],
    message: diagnostic.message,
    source: 'Passerelle',
    code: { value: diagnostic.ruleId, target: monaco.Uri.parse(new URL(diagnostic.href, location.href).href) },
    startLineNumber: range.line,
    startColumn: range.column,
    endLineNumber: range.endLine,
    endColumn: range.endColumn,
  };
}

export function mountEditor(container: HTMLElement, options: EditorOptions): EditorController {
  const profile: Profile = $profile.get();
  let settings = defaultSettings(profile);
  const model = monaco.editor.createModel(options.text, 'powershell');
  const editor = monaco.editor.create(container, {
    model,
    theme: siteTheme(),
    ariaLabel: options.ariaLabel,
    automaticLayout: true,
    minimap: { enabled: false },
    fixedOverflowWidgets: true,
    fontSize: 14,
    scrollBeyondLastLine: false,
    renderValidationDecorations: 'on',
    wordBasedSuggestions: 'off',
    accessibilitySupport: 'auto',
  });

  // The lint worker: one text in flight at a time; the newest text is sent when it answers.
  const worker = new LintWorker();
  let version = 0;
  let inFlight: number | null = null;
  let lastChange = performance.now();
  let diagnostics: EditorDiagnostic[] = [];
  const post = (message: ToWorker) => worker.postMessage(message);
  const sendText = () => {
    inFlight = version;
    post({ kind: 'text', version, text: model.getValue() });
  };
  const configure = () => post({ kind: 'config', lang: options.lang, settings, profile: $profile.get() });
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    inFlight = null;
    if (message.version !== version) {
      sendText(); // the text changed while it was linted: those positions are stale
      return;
    }
    diagnostics = message.diagnostics;
    monaco.editor.setModelMarkers(model, 'passerelle', diagnostics.map(toMarker));
    options.onDiagnostics({ diagnostics, latencyMs: performance.now() - lastChange, lintMs: message.lintMs, version: message.version });
  });
  configure();
  sendText();

  const changes = model.onDidChangeContent(() => {
    version += 1;
    lastChange = performance.now();
    if (inFlight === null) sendText();
    options.onChange?.();
  });
  const unlistenProfile = $profile.listen(() => {
    configure();
    if (inFlight === null) sendText();
  });
  // Monaco follows the site's theme: the reader's toggle (data-theme) or the system's setting.
  const followTheme = () => monaco.editor.setTheme(siteTheme());
  const themeObserver = new MutationObserver(followTheme);
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const systemTheme = matchMedia('(prefers-color-scheme: dark)');
  systemTheme.addEventListener('change', followTheme);

  return {
    get settings() {
      return settings;
    },
    setSettings(next) {
      settings = next;
      configure();
      version += 1;
      lastChange = performance.now();
      if (inFlight === null) sendText();
    },
    getText: () => model.getValue(),
    setText(text) {
      // An edit, not a replacement of the model: the reader can undo it.
      editor.executeEdits('passerelle', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    },
    setScreenReaderMode(on) {
      editor.updateOptions({ accessibilitySupport: on ? 'on' : 'auto' });
    },
    focus: () => editor.focus(),
    revealDiagnostic(diagnostic) {
      const { range } = diagnostic;
      editor.setSelection(new monaco.Range(range.line, range.column, range.endLine, range.endColumn));
      editor.revealRangeInCenter(new monaco.Range(range.line, range.column, range.endLine, range.endColumn));
      editor.focus();
    },
    dispose() {
      changes.dispose();
      unlistenProfile();
      themeObserver.disconnect();
      systemTheme.removeEventListener('change', followTheme);
      worker.terminate();
      editor.dispose();
      model.dispose();
    },
  };
}

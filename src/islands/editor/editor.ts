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
// The suggest widget itself (features/suggest only registers inline suggestions) and the snippet
// controller that inserts a chosen item.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/snippet/register';
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
import { defaultSettings, type EditorDiagnostic, type EditorFix, type EditorSettings } from '../../domain/editor/diagnostics.ts';
import type { Profile } from '../../domain/profile/schema.ts';
import { ensureDictionaries, type Lang } from '../../i18n/index.ts';
import { runbookProcedures, runbookSteps } from '../../domain/runbook/procedures.ts';
import { renderServerScripts } from '../../domain/runbook/server-scripts.ts';
import { profileSha256 } from '../../domain/profile/fingerprint.ts';
import { $findings, $profile } from '../state/profile.ts';
import type { CompletionAnswer, CompletionKind, HoverAnswer } from '../../domain/editor/completion.ts';
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
  /** Accessible name of the generated script in the diff view. */
  diffOriginalLabel: string;
  /** Screen-reader mode from the start (the reader may turn it on before Monaco is there). */
  screenReaderMode?: boolean;
  onDiagnostics(report: DiagnosticsReport): void;
  /** The text changed (read it with `getText`). */
  onChange?(): void;
  /** A quick fix changed the settings (the shell to check the script for). */
  onSettings?(settings: EditorSettings): void;
}

/** A runbook's generated script the edited one can be compared with. */
export interface GeneratedScript {
  id: string;
  runbook: string;
  fileName: string;
  shell: string;
  target: string;
  text: string;
}

/** Every generated `.ps1` of every runbook for the current profile, exactly as the download buttons give them. */
export async function generatedScripts(lang: Lang): Promise<GeneratedScript[]> {
  const profile = $profile.get();
  const findings = $findings.get();
  await ensureDictionaries(); // the files' comments are in both languages
  const sha256 = await profileSha256(profile);
  return Object.keys(runbookProcedures).flatMap((runbook) =>
    renderServerScripts(profile, { runbook, steps: runbookSteps(runbook) ?? [], lang, profileSha256: sha256, findings })
      .filter((file) => file.shell !== 'gui')
      .map((file) => ({ id: file.fileName, runbook, fileName: file.fileName, shell: file.shell, target: file.target, text: file.text })),
  );
}

export interface EditorController {
  readonly settings: EditorSettings;
  setSettings(settings: EditorSettings): void;
  getText(): string;
  setText(text: string): void;
  setScreenReaderMode(on: boolean): void;
  focus(): void;
  /** Focuses the editor with the text between two offsets selected (the caret when they are equal). */
  focusAt(start: number, end: number): void;
  revealDiagnostic(diagnostic: EditorDiagnostic): void;
  /** Shows the differences from `original` in `container` (the edited script stays editable), or hides them. */
  showDiff(container: HTMLElement, original: string | null): void;
  /** Applies a quick fix of a diagnostic shown now; false when the text changed since (nothing done). */
  applyFix(diagnostic: EditorDiagnostic, fix: EditorFix): boolean;
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

const completionKinds: Record<CompletionKind, monaco.languages.CompletionItemKind> = {
  command: monaco.languages.CompletionItemKind.Function,
  parameter: monaco.languages.CompletionItemKind.Property,
  value: monaco.languages.CompletionItemKind.EnumMember,
  profile: monaco.languages.CompletionItemKind.Value,
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
    accessibilitySupport: options.screenReaderMode ? 'on' : 'auto',
  });

  // The lint worker: one text in flight at a time; the newest text is sent when it answers.
  const worker = new LintWorker();
  let version = 0;
  let inFlight: number | null = null;
  let lastChange = performance.now();
  let diagnostics: EditorDiagnostic[] = [];
  let shownVersion = -1;
  const post = (message: ToWorker) => worker.postMessage(message);
  const sendText = () => {
    inFlight = version;
    post({ kind: 'text', version, text: model.getValue(), shown: shownVersion });
  };
  const configure = () => post({ kind: 'config', lang: options.lang, settings, profile: $profile.get() });
  // Completion and hover requests, answered by id.
  let requestId = 0;
  const pending = new Map<number, (answer: unknown) => void>();
  const ask = <T>(kind: 'complete' | 'hover', offset: number): Promise<T> =>
    new Promise((resolve) => {
      requestId += 1;
      pending.set(requestId, resolve as (answer: unknown) => void);
      post({ kind, id: requestId, text: model.getValue(), offset });
    });
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.kind !== 'diagnostics') {
      pending.get(message.id)?.(message.answer);
      pending.delete(message.id);
      return;
    }
    inFlight = null;
    if (message.version !== version) {
      sendText(); // the text changed while it was linted: those positions are stale
      return;
    }
    // Unchanged diagnostics (typing in a comment, a value…): the markers Monaco moved with the text stay.
    if (!('same' in message)) {
      diagnostics = message.diagnostics;
      monaco.editor.setModelMarkers(model, 'passerelle', diagnostics.map(toMarker));
    }
    shownVersion = message.version;
    options.onDiagnostics({ diagnostics, latencyMs: performance.now() - lastChange, lintMs: message.lintMs, version: message.version });
  });
  configure();
  sendText();

  const providers = [
    monaco.languages.registerCompletionItemProvider('powershell', {
      triggerCharacters: ['-', ' ', ':', ','],
      async provideCompletionItems(target, position) {
        if (target !== model) return { suggestions: [] };
        const answer = await ask<CompletionAnswer>('complete', model.getOffsetAt(position));
        const start = model.getPositionAt(answer.start);
        const end = model.getPositionAt(answer.end);
        const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
        return {
          suggestions: answer.items.map((item, index) => ({
            label: item.label,
            kind: completionKinds[item.kind],
            insertText: item.insertText,
            filterText: item.insertText,
            detail: item.detail,
            sortText: String(index).padStart(5, '0'),
            range,
          })),
        };
      },
    }),
    monaco.languages.registerHoverProvider('powershell', {
      async provideHover(target, position) {
        if (target !== model) return null;
        const answer = await ask<HoverAnswer | undefined>('hover', model.getOffsetAt(position));
        if (!answer) return null;
        const { range } = answer;
        return { range: new monaco.Range(range.line, range.column, range.endLine, range.endColumn), contents: [{ value: answer.lines.join('\n\n') }] };
      },
    }),
  ];

  let diff: { editor: monaco.editor.IStandaloneDiffEditor; original: monaco.editor.ITextModel } | undefined;
  const toRange = (r: EditorDiagnostic['range']) => new monaco.Range(r.line, r.column, r.endLine, r.endColumn);
  const setSettings = (next: EditorSettings) => {
    settings = next;
    configure();
    version += 1;
    lastChange = performance.now();
    if (inFlight === null) sendText();
  };
  const applyFix = (fix: EditorFix): void => {
    if (fix.shell) {
      setSettings({ ...settings, shell: fix.shell });
      options.onSettings?.(settings);
      return;
    }
    editor.pushUndoStop();
    editor.executeEdits('passerelle.quickfix', fix.edits.map((e) => ({ range: toRange(e.range), text: e.text })));
    editor.pushUndoStop();
  };
  const shellCommand = `passerelle.editor.setShell.${Math.random().toString(36).slice(2)}`;
  const commandRegistration = monaco.editor.registerCommand(shellCommand, (_accessor, fix: EditorFix) => applyFix(fix));
  providers.push(
    monaco.languages.registerCodeActionProvider('powershell', {
      provideCodeActions(target, _range, context) {
        if (target !== model || shownVersion !== version) return { actions: [], dispose() {} };
        const actions: monaco.languages.CodeAction[] = [];
        for (const marker of context.markers) {
          if (marker.source !== 'Passerelle') continue;
          const code = typeof marker.code === 'object' ? marker.code.value : marker.code;
          const diagnostic = diagnostics.find(
            (d) => d.ruleId === code && d.range.line === marker.startLineNumber && d.range.column === marker.startColumn && d.message === marker.message,
          );
          for (const fix of diagnostic?.fixes ?? []) {
            actions.push(
              fix.shell
                ? { title: fix.title, kind: 'quickfix', diagnostics: [marker], command: { id: shellCommand, title: fix.title, arguments: [fix] } }
                : {
                    title: fix.title,
                    kind: 'quickfix',
                    diagnostics: [marker],
                    isPreferred: fix.preferred,
                    edit: { edits: fix.edits.map((e) => ({ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: toRange(e.range), text: e.text } })) },
                  },
            );
          }
        }
        return { actions, dispose() {} };
      },
    }),
  );

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
    setSettings,
    showDiff(diffContainer, original) {
      // One diff editor, created on first use and kept (the page hides it): disposing it while the
      // edited model is shared with the main editor breaks Monaco's context keys.
      if (original === null) return;
      if (diff?.original.getValue() === original) {
        diff.editor.layout();
        return;
      }
      const originalModel = monaco.editor.createModel(original, 'powershell');
      if (!diff) {
        const diffEditor = monaco.editor.createDiffEditor(diffContainer, {
          automaticLayout: true,
          originalEditable: false,
          readOnly: false,
          renderSideBySide: diffContainer.clientWidth > 700,
          minimap: { enabled: false },
          ariaLabel: options.ariaLabel,
          originalAriaLabel: options.diffOriginalLabel,
          theme: siteTheme(),
        });
        diff = { editor: diffEditor, original: originalModel };
      } else {
        const previous = diff.original;
        diff.original = originalModel;
        queueMicrotask(() => previous.dispose());
      }
      diff.editor.setModel({ original: originalModel, modified: model });
    },
    applyFix(diagnostic, fix) {
      if (shownVersion !== version || !diagnostics.includes(diagnostic)) return false;
      applyFix(fix);
      return true;
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
    focusAt(start, end) {
      const from = model.getPositionAt(start);
      const to = model.getPositionAt(end);
      editor.setSelection(new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column));
      editor.revealPositionInCenterIfOutsideViewport(to);
      editor.focus();
    },
    revealDiagnostic(diagnostic) {
      const { range } = diagnostic;
      editor.setSelection(new monaco.Range(range.line, range.column, range.endLine, range.endColumn));
      editor.revealRangeInCenter(new monaco.Range(range.line, range.column, range.endLine, range.endColumn));
      editor.focus();
    },
    dispose() {
      changes.dispose();
      for (const provider of providers) provider.dispose();
      commandRegistration.dispose();
      unlistenProfile();
      themeObserver.disconnect();
      systemTheme.removeEventListener('change', followTheme);
      worker.terminate();
      diff?.editor.dispose();
      diff?.original.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}

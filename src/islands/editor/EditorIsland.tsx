/**
 * The script editor's island: the toolbar (shell, product versions, screen-reader mode), the editor
 * area and the list of problems. Small at first paint: the editor area starts as a plain text area
 * holding the script (the reader's draft, coloured by our own highlighter), editable at once.
 * Monaco, the engine and the catalog come with `./editor.ts` (and its lint worker), loaded with
 * `import()` on the reader's first interaction with the island (focus, pointer, key) or at once when
 * another page handed a script over ("Open in the editor"). Evaluating Monaco is one task of about a
 * second on a phone: started by the reader, it never lands in the page's load. The text, the
 * selection and the focus move from the text area to Monaco when it is ready.
 */
import { Component, Fragment, type RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { diagnosticKey } from '../../domain/editor/diagnostic-key.ts';
import type { EditorDiagnostic, EditorSettings, EditorShell } from '../../domain/editor/diagnostics.ts';
import type { Lang } from '../../i18n/index.ts';
import { download } from '../download.ts';
import type { EditorController, GeneratedScript } from './editor.ts';
import { readDraft, takeHandoff, writeDraft, type Handoff } from './handoff.ts';
import { ScriptFacade } from './ScriptFacade.tsx';
import { yieldToBrowser } from '../yield.ts';

export interface EditorLabels {
  toolbar: string;
  shell: string;
  shells: Record<EditorShell, string>;
  exchangeVersion: string;
  lyncVersion: string;
  lyncVersions: Record<'2010' | '2013' | '2015', string>;
  screenReader: string;
  editorLabel: string;
  loading: string;
  failed: string;
  problems: string;
  /** `{count}` problems, already worded for 0, 1 and more. */
  problemCount: { zero: string; one: string; other: string };
  /** `{shown}` of `{count}` problems listed (a long list is cut; F8 in Monaco reaches them all). */
  problemsShown: string;
  problemsShowAll: string;
  severity: Record<EditorDiagnostic['severity'], string>;
  position: string;
  rulePage: string;
  open: string;
  save: string;
  compareWith: string;
  compareNone: string;
  diffShow: string;
  diffHide: string;
  diffOriginal: string;
  diffRegion: string;
  dropHint: string;
  opened: string;
  saved: string;
  tooLarge: string;
  unreadable: string;
}

/** Dispatched on the editor area each time markers are set: `{ latencyMs, lintMs, version, count }`. */
export const DIAGNOSTICS_EVENT = 'passerelle:editor-diagnostics';

/**
 * Problems listed under the editor before the list is cut (with a button to list them all): a
 * 10,000-line script can have thousands, and redrawing thousands of rows on each keystroke costs
 * the page its responsiveness. Monaco's markers and F8 still cover every one.
 */
export const PROBLEMS_LISTED = 200;

/** Files larger than this are refused (a script is a few hundred KB at most). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface SavePicker {
  showSaveFilePicker?(options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }): Promise<{
    createWritable(): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }>;
  }>;
}

interface Props {
  lang: Lang;
  labels: EditorLabels;
}

/** `idle`: the text area, Monaco not requested yet; `loading`: requested; `ready`: Monaco shown. */
type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

interface ProblemRowProps {
  diagnostic: EditorDiagnostic;
  labels: EditorLabels;
  controller: RefObject<EditorController | null>;
}

/**
 * One problem of the list. A long script has hundreds: a row is drawn again only when its
 * diagnostic changed (each lint sends new objects), so an edit redraws the rows it moved, not all.
 */
class ProblemRow extends Component<ProblemRowProps> {
  private key = diagnosticKey(this.props.diagnostic);

  override shouldComponentUpdate(next: ProblemRowProps): boolean {
    const key = diagnosticKey(next.diagnostic);
    const changed = key !== this.key || next.labels !== this.props.labels;
    this.key = key;
    return changed;
  }

  override render({ diagnostic: d, labels, controller }: ProblemRowProps) {
    return (
      <li data-rule={d.ruleId} data-severity={d.severity}>
        <button type="button" class="script-editor__goto" onClick={() => controller.current?.revealDiagnostic(this.props.diagnostic)}>
          {fill(labels.position, { line: d.range.line, column: d.range.column })}
        </button>{' '}
        <span class={`script-editor__severity script-editor__severity--${d.severity}`}>{labels.severity[d.severity]}</span>{' '}
        <a href={d.href} aria-label={fill(labels.rulePage, { rule: d.ruleId })}><code>{d.ruleId}</code></a>{' '}
        <span>{d.message}</span>
        {d.fixes.map((fix, index) => (
          <Fragment key={fix.title}>
            {' '}
            <button type="button" class="script-editor__fix" data-editor-fix onClick={() => controller.current?.applyFix(this.props.diagnostic, this.props.diagnostic.fixes[index]!)}>
              {fix.title}
            </button>
          </Fragment>
        ))}
      </li>
    );
  }
}

export default function EditorIsland({ lang, labels }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const facadeRef = useRef<HTMLTextAreaElement>(null);
  const controllerRef = useRef<EditorController | null>(null);
  const [load, setLoad] = useState<LoadState>('idle');
  const loadRef = useRef<LoadState>('idle');
  const [settings, setSettings] = useState<EditorSettings | null>(null);
  const [diagnostics, setDiagnostics] = useState<readonly EditorDiagnostic[]>([]);
  const [screenReader, setScreenReader] = useState(false);
  const screenReaderRef = useRef(false);
  const [fileName, setFileName] = useState('script.ps1');
  const [notice, setNotice] = useState('');
  const [generated, setGenerated] = useState<GeneratedScript[]>([]);
  const [compareId, setCompareId] = useState('');
  const [diffShown, setDiffShown] = useState(false);
  const [listAll, setListAll] = useState(false);
  /** The script shown before Monaco: the handoff or the draft, then what the reader types. */
  const [facadeText, setFacadeText] = useState<string | null>(null);
  const handoffRef = useRef<Handoff | undefined>(undefined);
  const disposedRef = useRef(false);
  const diffRef = useRef<HTMLDivElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);

  /** Loads Monaco (once) and moves the text area's text, selection and focus into it. */
  const start = () => {
    if (loadRef.current !== 'idle') return;
    loadRef.current = 'loading';
    setLoad('loading');
    // Monaco's core, then its features and the engine, then the editor itself: three tasks with the
    // browser free to handle the reader's keys (in the text area) between them.
    import('monaco-editor/editor')
      .then(yieldToBrowser)
      .then(() => import('./editor.ts'))
      .then(async ({ mountEditor, generatedScripts }) => {
        await yieldToBrowser();
        if (disposedRef.current || !hostRef.current) return;
        const handoff = handoffRef.current;
        // The generated script for the same machine and shell is the natural comparison.
        void generatedScripts(lang).then((scripts) => {
          if (disposedRef.current) return;
          setGenerated(scripts);
          const same = handoff && (scripts.find((g) => g.fileName === handoff.name) ?? scripts.find((g) => g.target === handoff.target && g.shell === handoff.shell));
          if (same) setCompareId(same.id);
        });
        const facade = facadeRef.current;
        const focused = facade !== null && document.activeElement === facade;
        const controller = mountEditor(hostRef.current, {
          lang,
          text: facade?.value ?? '',
          ariaLabel: labels.editorLabel,
          diffOriginalLabel: labels.diffOriginal,
          screenReaderMode: screenReaderRef.current,
          onDiagnostics: (report) => {
            setDiagnostics(report.diagnostics);
            // For measurements (bench/editor.ts): how long from the keystroke to the markers.
            hostRef.current?.dispatchEvent(
              new CustomEvent(DIAGNOSTICS_EVENT, { bubbles: true, detail: { latencyMs: report.latencyMs, lintMs: report.lintMs, version: report.version, count: report.diagnostics.length } }),
            );
          },
          onChange: () => writeDraft(() => controllerRef.current?.getText() ?? ''),
          onSettings: setSettings,
        });
        controllerRef.current = controller;
        // The reader was typing in the text area: carry on at the same place in Monaco.
        if (facade && focused) controller.focusAt(facade.selectionStart, facade.selectionEnd);
        setSettings(handoff?.shell ? { ...controller.settings, shell: handoff.shell } : controller.settings);
        if (handoff?.shell) controller.setSettings({ ...controller.settings, shell: handoff.shell });
        loadRef.current = 'ready';
        setLoad('ready');
      })
      .catch(() => {
        loadRef.current = 'failed';
        setLoad('failed');
      });
  };

  useEffect(() => {
    // A handoff is taken once (a reload keeps the draft instead); the reader asked for the editor
    // on the page they came from, so Monaco starts at once. A draft waits for the reader.
    const handoff = takeHandoff();
    handoffRef.current = handoff;
    if (handoff?.name) setFileName(handoff.name);
    const facade = facadeRef.current;
    // Text typed before the island woke up is the reader's: it stays.
    const text = facade && facade.value !== '' ? facade.value : (handoff?.text ?? readDraft() ?? '');
    if (facade) facade.value = text;
    setFacadeText(text);
    if (handoff) start();
    return () => {
      disposedRef.current = true;
      controllerRef.current?.dispose();
    };
  }, []);

  /** The script now: Monaco's text once it is there, else the text area's. */
  const currentText = () => controllerRef.current?.getText() ?? facadeRef.current?.value ?? '';
  const replaceText = (text: string) => {
    if (controllerRef.current) controllerRef.current.setText(text);
    else if (facadeRef.current) {
      facadeRef.current.value = text;
      setFacadeText(text);
      writeDraft(() => facadeRef.current?.value ?? controllerRef.current?.getText() ?? '');
    }
  };
  const onFacadeInput = (text: string) => {
    setFacadeText(text);
    writeDraft(() => controllerRef.current?.getText() ?? facadeRef.current?.value ?? '');
  };

  const change = (patch: Partial<EditorSettings>) => {
    if (!settings) return;
    const next = { ...settings, ...patch };
    setSettings(next);
    controllerRef.current?.setSettings(next);
  };
  const toggleScreenReader = () => {
    const next = !screenReader;
    setScreenReader(next);
    screenReaderRef.current = next;
    controllerRef.current?.setScreenReaderMode(next);
  };
  const openText = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setNotice(fill(labels.tooLarge, { file: file.name }));
      return;
    }
    try {
      const text = await file.text();
      replaceText(text);
      setFileName(file.name);
      setNotice(fill(labels.opened, { file: file.name }));
    } catch {
      setNotice(fill(labels.unreadable, { file: file.name }));
    }
  };
  const onPick = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void openText(file);
  };
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    event.stopPropagation();
    void openText(file);
  };
  const onDragOver = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files')) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  };
  const save = async () => {
    const text = currentText();
    const picker = window as unknown as SavePicker;
    if (typeof picker.showSaveFilePicker === 'function') {
      try {
        const handle = await picker.showSaveFilePicker({ suggestedName: fileName, types: [{ description: 'PowerShell', accept: { 'text/plain': ['.ps1'] } }] });
        const writable = await handle.createWritable();
        await writable.write(text);
        await writable.close();
        setNotice(fill(labels.saved, { file: fileName }));
        return;
      } catch (error) {
        // The reader cancelled the dialog: nothing to do. Any other failure falls back to a download.
        if ((error as { name?: string })?.name === 'AbortError') return;
      }
    }
    download(fileName, text, 'text/plain;charset=utf-8');
    setNotice(fill(labels.saved, { file: fileName }));
  };
  const compared = generated.find((g) => g.id === compareId);
  const toggleDiff = () => {
    const next = !diffShown && compared !== undefined;
    setDiffShown(next);
  };
  useEffect(() => {
    if (!controllerRef.current || !diffRef.current) return;
    controllerRef.current.showDiff(diffRef.current, diffShown && compared ? compared.text : null);
  }, [diffShown, compareId, load]);

  const count = diagnostics.length;
  const countText = fill(count === 0 ? labels.problemCount.zero : count === 1 ? labels.problemCount.one : labels.problemCount.other, { count });

  return (
    // The reader's first contact with the island (a tap, a focus, a key) starts Monaco (a key: the
    // reader was already typing in the server-rendered text area before the island woke up).
    <div class="script-editor" data-state={load} onPointerDown={start} onFocusIn={start} onKeyDown={start}>
      <div class="script-editor__toolbar" role="toolbar" aria-label={labels.toolbar}>
        <label>
          {labels.shell}{' '}
          <select value={settings?.shell ?? 'exchange'} disabled={!settings} onChange={(e) => change({ shell: (e.currentTarget as HTMLSelectElement).value as EditorShell })} data-editor-shell>
            {(['exchange', 'lync', 'cmd'] as const).map((s) => <option key={s} value={s}>{labels.shells[s]}</option>)}
          </select>
        </label>
        <label>
          {labels.exchangeVersion}{' '}
          <select value={settings?.exchangeVersion ?? '2016'} disabled={!settings} onChange={(e) => change({ exchangeVersion: (e.currentTarget as HTMLSelectElement).value as EditorSettings['exchangeVersion'] })} data-editor-exchange-version>
            {(['2013', '2016'] as const).map((v) => <option key={v} value={v}>Exchange Server {v}</option>)}
          </select>
        </label>
        <label>
          {labels.lyncVersion}{' '}
          <select value={settings?.lyncVersion ?? '2013'} disabled={!settings} onChange={(e) => change({ lyncVersion: (e.currentTarget as HTMLSelectElement).value as EditorSettings['lyncVersion'] })} data-editor-lync-version>
            {(['2010', '2013', '2015'] as const).map((v) => <option key={v} value={v}>{labels.lyncVersions[v]}</option>)}
          </select>
        </label>
        <button type="button" aria-pressed={screenReader} onClick={toggleScreenReader} data-editor-screen-reader>
          {labels.screenReader}
        </button>
      </div>
      <div class="script-editor__toolbar script-editor__files">
        <button type="button" onClick={() => fileInputRef.current?.click()} data-editor-open>{labels.open}</button>
        <input ref={fileInputRef} type="file" accept=".ps1,.psm1,.psd1,.txt,text/plain" hidden onChange={onPick} data-editor-file tabIndex={-1} aria-hidden="true" />
        <button type="button" onClick={() => void save()} data-editor-save>{labels.save}</button>
        <label>
          {labels.compareWith}{' '}
          <select value={compareId} disabled={load !== 'ready'} onChange={(e) => setCompareId((e.currentTarget as HTMLSelectElement).value)} data-editor-compare>
            <option value="">{labels.compareNone}</option>
            {generated.map((g) => <option key={g.id} value={g.id}>{g.fileName}</option>)}
          </select>
        </label>
        <button type="button" aria-pressed={diffShown} disabled={load !== 'ready' || !compared} onClick={toggleDiff} data-editor-diff-toggle>
          {diffShown ? labels.diffHide : labels.diffShow}
        </button>
        <span class="script-editor__hint">{labels.dropHint}</span>
      </div>
      <p class="script-editor__notice-line" role="status" data-editor-notice>{notice}</p>
      <div class="script-editor__diff" ref={diffRef} hidden={!diffShown} role="region" aria-label={labels.diffRegion} data-editor-diff />
      <div class="script-editor__host" ref={hostRef} hidden={diffShown} onDrop={onDrop} onDragOver={onDragOver} data-editor-host>
        {load !== 'ready' && <ScriptFacade inputRef={facadeRef} text={facadeText} label={labels.editorLabel} onInput={onFacadeInput} />}
        {load === 'loading' && <p class="script-editor__notice" role="status">{labels.loading}</p>}
        {load === 'failed' && <p class="script-editor__notice" role="alert">{labels.failed}</p>}
      </div>
      <section class="script-editor__problems" aria-labelledby="editor-problems">
        <h2 id="editor-problems">{labels.problems}</h2>
        <p role="status" data-editor-status>{load === 'ready' ? countText : ''}</p>
        {count > 0 && (
          <ol data-editor-problems>
            {(listAll ? diagnostics : diagnostics.slice(0, PROBLEMS_LISTED)).map((d, i) => (
              <ProblemRow key={`${d.ruleId}-${d.range.line}-${d.range.column}-${i}`} diagnostic={d} labels={labels} controller={controllerRef} />
            ))}
          </ol>
        )}
        {!listAll && count > PROBLEMS_LISTED && (
          <p data-editor-problems-cut>
            {fill(labels.problemsShown, { shown: PROBLEMS_LISTED, count })}{' '}
            <button type="button" onClick={() => setListAll(true)}>{fill(labels.problemsShowAll, { count })}</button>
          </p>
        )}
      </section>
    </div>
  );
}

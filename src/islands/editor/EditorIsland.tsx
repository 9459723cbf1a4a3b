/**
 * The script editor's island: the toolbar (shell, product versions, screen-reader mode), the editor
 * area and the list of problems. Small at first paint: Monaco, the engine and the catalog come with
 * `./editor.ts` (and its lint worker), loaded with `import()` once the island is on screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditorDiagnostic, EditorSettings, EditorShell } from '../../domain/editor/diagnostics.ts';
import type { Lang } from '../../i18n/index.ts';
import type { EditorController } from './editor.ts';
import { readDraft, takeHandoff, writeDraft } from './handoff.ts';

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
  severity: Record<EditorDiagnostic['severity'], string>;
  position: string;
  rulePage: string;
}

interface Props {
  lang: Lang;
  labels: EditorLabels;
}

type LoadState = 'loading' | 'ready' | 'failed';

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export default function EditorIsland({ lang, labels }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<EditorController | null>(null);
  const [load, setLoad] = useState<LoadState>('loading');
  const [settings, setSettings] = useState<EditorSettings | null>(null);
  const [diagnostics, setDiagnostics] = useState<readonly EditorDiagnostic[]>([]);
  const [screenReader, setScreenReader] = useState(false);

  useEffect(() => {
    let disposed = false;
    import('./editor.ts')
      .then(({ mountEditor }) => {
        if (disposed || !hostRef.current) return;
        const handoff = takeHandoff();
        const controller = mountEditor(hostRef.current, {
          lang,
          text: handoff?.text ?? readDraft() ?? '',
          ariaLabel: labels.editorLabel,
          onDiagnostics: (report) => setDiagnostics(report.diagnostics),
          onChange: () => writeDraft(() => controllerRef.current?.getText() ?? ''),
        });
        controllerRef.current = controller;
        setSettings(controller.settings);
        setLoad('ready');
      })
      .catch(() => setLoad('failed'));
    return () => {
      disposed = true;
      controllerRef.current?.dispose();
    };
  }, []);

  const change = (patch: Partial<EditorSettings>) => {
    if (!settings) return;
    const next = { ...settings, ...patch };
    setSettings(next);
    controllerRef.current?.setSettings(next);
  };
  const toggleScreenReader = () => {
    const next = !screenReader;
    setScreenReader(next);
    controllerRef.current?.setScreenReaderMode(next);
  };
  const count = diagnostics.length;
  const countText = fill(count === 0 ? labels.problemCount.zero : count === 1 ? labels.problemCount.one : labels.problemCount.other, { count });

  return (
    <div class="script-editor" data-state={load}>
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
        <button type="button" aria-pressed={screenReader} onClick={toggleScreenReader} disabled={load !== 'ready'} data-editor-screen-reader>
          {labels.screenReader}
        </button>
      </div>
      <div class="script-editor__host" ref={hostRef} data-editor-host>
        {load === 'loading' && <p class="script-editor__notice">{labels.loading}</p>}
        {load === 'failed' && <p class="script-editor__notice" role="alert">{labels.failed}</p>}
      </div>
      <section class="script-editor__problems" aria-labelledby="editor-problems">
        <h2 id="editor-problems">{labels.problems}</h2>
        <p role="status" data-editor-status>{load === 'ready' ? countText : ''}</p>
        {count > 0 && (
          <ol data-editor-problems>
            {diagnostics.map((d, i) => (
              <li key={`${d.ruleId}-${d.range.line}-${d.range.column}-${i}`} data-rule={d.ruleId} data-severity={d.severity}>
                <button type="button" class="script-editor__goto" onClick={() => controllerRef.current?.revealDiagnostic(d)}>
                  {fill(labels.position, { line: d.range.line, column: d.range.column })}
                </button>{' '}
                <span class={`script-editor__severity script-editor__severity--${d.severity}`}>{labels.severity[d.severity]}</span>{' '}
                <a href={d.href} aria-label={fill(labels.rulePage, { rule: d.ruleId })}><code>{d.ruleId}</code></a>{' '}
                <span>{d.message}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

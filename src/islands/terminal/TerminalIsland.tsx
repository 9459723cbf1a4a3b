/**
 * The lab terminal's island: shell tabs, the screen-reader toggle, the key help and the screen.
 * Small at first paint (Preact, nanostores, this file): xterm, the lab, the linter and the catalog
 * come in one chunk (`./terminal.ts`) loaded with `import()` when the terminal is opened (runbook
 * panel) or, on the lab page, when the reader starts it. Until then the lab page's screen shows
 * the terminal's welcome and prompt with a real input line (`preview`): the reader's first contact
 * with the island (a tap, a focus, a key), scrolling the screen into view, or a queued "Run in lab"
 * or exercise loads the chunk, and what was typed meanwhile is typed into the terminal, which takes
 * the focus if the input line had it. Starting xterm and the lab is several long tasks on a phone:
 * started by the reader, they never land in the page's load.
 *
 * Two variants: `page` (the lab page: always shown) and `panel` (runbook pages: the body of the
 * drawer that ./LabPanel.tsx opens, which loads this island then; focus goes to the terminal on
 * open, and the panel gives it back on close).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { LabShell } from '../../domain/lab/index.ts';
import { ensureDictionaries, type Lang } from '../../i18n/index.ts';
import type { MissingSteps } from '../../domain/lab/prerequisites.ts';
import { $labQueue, $labState, $panelOpen, enqueueLabAction, listenForRunInLab, takeLabActions, type LabCommandRequest } from './lab-bus.ts';
import type { TerminalLabels } from './labels.ts';
import { storageKeys } from './limits.ts';
import type { TerminalController } from './terminal.ts';
import { handOff } from '../editor/handoff.ts';
import { yieldToBrowser } from '../yield.ts';
import { screenColours } from './theme.ts';
import { PROFILE_STORAGE_KEY } from '../../domain/profile/storage-keys.ts';

/** A step the replay control offers (id and its title in the page's language). */
export interface ReplayStep {
  id: string;
  title: string;
}

/** What the lab page's screen shows before the terminal is started (rendered on the server). */
export interface TerminalPreview {
  /** The terminal's welcome line. */
  welcome: string;
  /** The Exchange tab's first prompt for the example deployment. */
  prompt: string;
  /**
   * The same prompt without the machine's name: shown instead once the island finds a stored
   * profile or a saved lab, whose machine only the lab engine can tell (never the example's).
   */
  promptWithoutServer: string;
}

/** Whether the browser holds a profile or a lab the terminal will start from (not the example's). */
function hasStoredLab(): boolean {
  try {
    return (
      localStorage.getItem(PROFILE_STORAGE_KEY) !== null ||
      localStorage.getItem(storageKeys.lab) !== null ||
      sessionStorage.getItem(storageKeys.transcript) !== null
    );
  } catch {
    return true; // storage refused: the example is not known to be what will start either
  }
}

/** The island's props. */
export interface TerminalIslandProps {
  lang: Lang;
  variant: 'page' | 'panel';
  labels: TerminalLabels;
  /** The page variant: show this until the reader starts the terminal (absent: start at once). */
  preview?: TerminalPreview;
  /** Runbook pages: the steps the reader can replay up to, in runbook order. */
  steps?: readonly ReplayStep[];
}

const shells: readonly LabShell[] = ['exchange', 'lync', 'cmd'];

type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

function readScreenReaderPreference(): boolean {
  try {
    return window.localStorage.getItem(storageKeys.screenReader) === 'on';
  } catch {
    return false;
  }
}

export default function TerminalIsland({ lang, variant, labels, steps = [], preview }: TerminalIslandProps) {
  const id = useId();
  const panelOpen = useStore($panelOpen);
  const [started, setStarted] = useState(preview === undefined);
  const open = variant === 'page' ? started : panelOpen;
  const start = () => setStarted(true);
  const [load, setLoad] = useState<LoadState>('idle');
  // Typed into the preview's input line before the terminal was there: submitted lines, and the line.
  const [typedLines, setTypedLines] = useState<readonly string[]>([]);
  const previewInputRef = useRef<HTMLInputElement>(null);
  // The server render shows the example's prompt (a first visit starts there); a reader with their
  // own deployment gets the prompt without a machine name until the lab says which machine it is.
  const [previewPrompt, setPreviewPrompt] = useState(preview?.prompt ?? '');
  useEffect(() => {
    if (preview && hasStoredLab()) setPreviewPrompt(preview.promptWithoutServer);
  }, []);
  const [shell, setShell] = useState<LabShell>('exchange');
  const [server, setServer] = useState('');
  const [runs, setRuns] = useState<{ count: number; last: string }>({ count: 0, last: '' });
  const [screenReader, setScreenReader] = useState(false);
  const [armed, setArmed] = useState(false);
  const [notice, setNotice] = useState('');
  const [completion, setCompletion] = useState<{ candidate: string; index: number; count: number } | null>(null);
  const [replayStep, setReplayStep] = useState(steps.at(-1)?.id ?? '');
  // "Run in lab" on a step whose earlier steps have not run: the command waits for the reader's choice.
  const [offer, setOffer] = useState<{ request: LabCommandRequest; missing: MissingSteps } | null>(null);
  const offerRef = useRef<HTMLButtonElement>(null);
  const offerPendingRef = useRef(false);
  const offerPending = () => offerPendingRef.current;
  useEffect(() => {
    offerPendingRef.current = offer !== null;
    if (offer) offerRef.current?.focus();
  }, [offer]);
  const screenRef = useRef<HTMLDivElement>(null);
  const typedLinesRef = useRef<readonly string[]>([]);
  typedLinesRef.current = typedLines;
  const controllerRef = useRef<TerminalController | null>(null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  // "Run in lab" clicks are queued even before the terminal is loaded.
  useEffect(() => listenForRunInLab(), []);
  useEffect(() => setScreenReader(readScreenReaderPreference()), []);

  // The preview: a queued action ("Run in lab", an exercise's Start) or the reader scrolling the
  // screen into view starts the terminal too.
  useEffect(() => {
    if (started) return;
    const wake = (queue: readonly unknown[]) => {
      if (queue.length > 0) start();
    };
    wake($labQueue.get());
    const unlisten = $labQueue.listen(wake);
    let scrolled = false;
    let inView = false;
    const onScroll = () => {
      scrolled = true;
      if (inView) start();
    };
    const observer = new IntersectionObserver(
      ([entry]) => {
        inView = (entry?.intersectionRatio ?? 0) >= 0.5;
        if (inView && scrolled) start();
      },
      { threshold: [0, 0.5] },
    );
    if (screenRef.current) observer.observe(screenRef.current);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      unlisten();
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
    };
  }, [started]);

  // Load the chunk when the terminal is wanted: on the lab page when the reader starts it, on
  // runbook pages when the panel opens.
  useEffect(() => {
    if (!open || load !== 'idle' || !screenRef.current) return;
    setLoad('loading');
    // The engine (the lab, the linter, the catalog) and xterm are evaluated in separate tasks, with
    // the browser free to handle the reader's keys between them.
    // The lab prints messages from the whole dictionary: a runbook page holds only part of it.
    ensureDictionaries([lang])
      .then(() => import('../../domain/lab/index.ts'))
      .then(yieldToBrowser)
      .then(() => import('./terminal.ts'))
      .then(async ({ mountTerminal }) => {
        await yieldToBrowser();
        const controller = await mountTerminal(screenRef.current!, {
          lang,
          screenReaderMode: readScreenReaderPreference(),
          inputLabel: labels.inputLabel,
          onChange: (view) => {
            setCompletion(null);
            setNotice('');
            setShell(view.shell);
            setServer(view.server);
            setRuns({ count: view.runs, last: view.lastStatus ?? '' });
            $labState.set(view.lab);
          },
          onExitArmed: setArmed,
          onCompletion: (candidate, index, count) => setCompletion({ candidate, index, count }),
        });
        controllerRef.current = controller;
        const chosen = chosenShellRef.current;
        if (chosen && chosen !== controller.view.shell) controller.switchShell(chosen);
        // What the reader typed in the preview runs now (each submitted line), the rest waits on the
        // line; the terminal takes the focus if the input line had it.
        const input = previewInputRef.current;
        const typed = [...typedLinesRef.current.map((line) => `${line}\n`), input?.value ?? ''].join('');
        if (typed !== '') controller.typeAhead(typed);
        if (input !== null && document.activeElement === input) controller.focus();
        setLoad('ready');
      })
      .catch(() => setLoad('failed'));
  }, [open, load]);

  // Run queued actions once ready, and whenever more arrive.
  useEffect(() => {
    if (load !== 'ready') return;
    const drain = () => {
      const controller = controllerRef.current;
      if (!controller) return;
      const actions = takeLabActions();
      for (const action of actions) {
        if (action.kind === 'run') {
          const missing = steps.length > 0 ? controller.missingSteps(action.command, steps.map((step) => step.id)) : undefined;
          if (missing) {
            offerPendingRef.current = true;
            setOffer({ request: action.command, missing });
            continue;
          }
          setOffer(null);
          controller.run(action.command);
        }
        else if (action.kind === 'replay') controller.replayUpTo(action.upTo, action.message);
        else controller.setLab(action.lab, action.message);
      }
      if (actions.length > 0 && !offerPending()) controller.focus();
    };
    drain();
    return $labQueue.listen(drain);
  }, [load]);

  // Panel: focus the terminal when it opens (the panel gives focus back when it closes).
  useEffect(() => {
    if (variant === 'panel' && panelOpen && load === 'ready') controllerRef.current?.focus();
  }, [panelOpen, load]);

  useEffect(() => () => controllerRef.current?.dispose(), []);

  // A tab chosen before the terminal was there: the terminal opens in it.
  const chosenShellRef = useRef<LabShell | null>(null);
  const selectShell = (next: LabShell) => {
    setShell(next);
    if (controllerRef.current) controllerRef.current.switchShell(next);
    else chosenShellRef.current = next;
  };

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: shells.length - 1 - index };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (index + move + shells.length) % shells.length;
    tabRefs.current[next]?.focus();
    selectShell(shells[next]!);
  };

  const toggleScreenReader = (on: boolean) => {
    setScreenReader(on);
    controllerRef.current?.setScreenReaderMode(on);
    try {
      window.localStorage.setItem(storageKeys.screenReader, on ? 'on' : 'off');
    } catch {
      // not kept across visits; the toggle still works for this page
    }
  };

  // The commands of the active shell, handed to the editor with that shell chosen (as a download's
  // "Open in the editor" does).
  const openHistory = () => {
    const history = controllerRef.current?.historyScript();
    if (!history) return;
    if (history.text === '') {
      setNotice(labels.historyEmpty);
      return;
    }
    if (handOff({ text: history.text, shell: history.shell, name: `lab-${history.shell}-history.ps1` })) window.location.assign(labels.editorHref);
  };

  const replay = () => {
    const step = steps.find((s) => s.id === replayStep);
    if (!step) return;
    enqueueLabAction({ kind: 'replay', upTo: step.id, message: fill(labels.replayDone, { step: step.title }) });
  };

  const stepNumber = (stepId: string | undefined) => steps.findIndex((s) => s.id === stepId) + 1;
  const offerRange = (missing: MissingSteps) => (missing.steps.length === 1 ? '1' : `1–${missing.steps.length}`);
  const replayThenRun = () => {
    if (!offer) return;
    const controller = controllerRef.current;
    setOffer(null);
    if (!controller) return;
    const n = stepNumber(offer.request.step);
    controller.replaySteps(offer.missing.steps, fill(labels.prereq.done, { range: offerRange(offer.missing), n }));
    controller.run(offer.request);
    controller.focus();
  };
  const runAnyway = () => {
    if (!offer) return;
    setOffer(null);
    controllerRef.current?.run(offer.request);
    controllerRef.current?.focus();
  };

  const screenId = `${id}-screen`;
  const tabId = (s: LabShell) => `${id}-tab-${s}`;
  const keysId = `${id}-keys`;

  const body = (
    <div class="terminal">
      <div class="terminal__bar">
        <div role="tablist" aria-label={labels.shells} class="terminal__tabs">
          {shells.map((s, index) => (
            <button
              type="button"
              role="tab"
              id={tabId(s)}
              ref={(el) => {
                tabRefs.current[index] = el;
              }}
              aria-selected={shell === s}
              aria-controls={screenId}
              tabIndex={shell === s ? 0 : -1}
              onClick={() => selectShell(s)}
              onKeyDown={(e) => onTabKey(e, index)}
            >
              {labels.shell[s]}
            </button>
          ))}
        </div>
        <label class="terminal__toggle">
          <input type="checkbox" checked={screenReader} onChange={(e) => toggleScreenReader(e.currentTarget.checked)} />
          {labels.screenReader}
        </label>
        <button type="button" class="terminal__reset" disabled={load !== 'ready'} onClick={() => controllerRef.current?.reset()}>
          {labels.reset}
        </button>
        <button type="button" class="terminal__open-history" disabled={load !== 'ready'} onClick={openHistory} data-open-history>
          {labels.openHistory}
        </button>
      </div>
      {variant === 'panel' && steps.length > 0 && (
        <div class="terminal__replay">
          <label for={`${id}-replay`}>{labels.replayLabel}</label>
          <select id={`${id}-replay`} value={replayStep} onChange={(e) => setReplayStep(e.currentTarget.value)}>
            {steps.map((s, i) => (
              <option value={s.id}>{`${i + 1}. ${s.title}`}</option>
            ))}
          </select>
          <button type="button" onClick={replay}>{labels.replayButton}</button>
        </div>
      )}
      {offer && (
        <div class="terminal__offer" role="group" aria-labelledby={`${id}-offer`}>
          <p id={`${id}-offer`}>
            {fill(labels.prereq.text, {
              n: stepNumber(offer.request.step),
              step: steps.find((s) => s.id === offer.request.step)?.title ?? '',
              range: offerRange(offer.missing),
            })}
          </p>
          <pre>
            <code>{offer.missing.reason}</code>
          </pre>
          <div class="terminal__offer-actions">
            <button type="button" ref={offerRef} onClick={replayThenRun}>
              {fill(labels.prereq.replay, { range: offerRange(offer.missing) })}
            </button>
            <button type="button" onClick={runAnyway}>
              {labels.prereq.runAnyway}
            </button>
          </div>
        </div>
      )}
      <p class="terminal__keys" id={keysId}>{labels.keys}</p>
      <div
        id={screenId}
        role="tabpanel"
        aria-labelledby={tabId(shell)}
        aria-describedby={keysId}
        class="terminal__screen"
        style={screenColours}
        data-state={load}
        data-shell={shell}
        data-server={server}
        data-runs={runs.count}
        data-last-status={runs.last}
        ref={screenRef}
      >
        {preview && (load === 'idle' || load === 'loading') && (
          <div class="terminal__preview">
            <p class="terminal__preview-welcome">{preview.welcome}</p>
            {typedLines.map((line, index) => (
              <p key={index}>
                <span class="terminal__preview-prompt">{previewPrompt}</span> {line}
              </p>
            ))}
            <p class="terminal__preview-line">
              <span class="terminal__preview-prompt">{previewPrompt}</span>{' '}
              <input
                ref={previewInputRef}
                type="text"
                class="terminal__preview-input"
                aria-label={labels.inputLabel}
                aria-describedby={keysId}
                autocomplete="off"
                autocapitalize="off"
                spellcheck={false}
                data-terminal-preview
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  const input = event.currentTarget;
                  setTypedLines((lines) => [...lines, input.value]);
                  input.value = '';
                }}
              />
            </p>
          </div>
        )}
        {load === 'loading' && <p class={preview ? 'terminal__message terminal__message--corner' : 'terminal__message'} role={preview ? 'status' : undefined}>{labels.loading}</p>}
        {load === 'failed' && <p class="terminal__message" role="alert">{labels.loadFailed}</p>}
      </div>
      <p class="terminal__status" role="status">
        {armed ? labels.exitArmed : completion ? fill(labels.completion, completion) : notice}
      </p>
    </div>
  );

  if (variant === 'page') {
    return (
      // The reader's first contact with the island (a tap, a focus, a key) starts the terminal (a key:
      // the reader was already typing in the server-rendered input line before the island woke up).
      <section class="terminal-page" aria-label={labels.label} onPointerDown={start} onFocusIn={start} onKeyDown={start}>
        {body}
      </section>
    );
  }
  return body;
}

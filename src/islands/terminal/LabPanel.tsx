/**
 * The lab terminal as a panel of a runbook page: a launcher button fixed on screen, and a drawer
 * docked at the bottom that holds the terminal (./TerminalIsland.tsx). The panel is small and
 * hydrates once the browser is idle, so the launcher answers its first click; the terminal's own
 * island loads when the drawer first opens (the launcher, or a "Run in lab" click queued through
 * ./lab-bus.ts), and xterm and the lab after it. Focus goes to the terminal on open (the terminal
 * does that once it is ready) and back where it was on close.
 *
 * Props: `lang`, `labels` (worded on the server, src/islands/terminal/labels.ts), `steps` (the
 * runbook's steps, for the terminal's replay control). Rendered by src/components/TerminalPanel.astro.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/index.ts';
import { $panelOpen, listenForRunInLab } from './lab-bus.ts';
import type { TerminalLabels } from './labels.ts';
import type { ReplayStep, TerminalIslandProps } from './TerminalIsland.tsx';

interface Props {
  lang: Lang;
  labels: TerminalLabels;
  steps?: readonly ReplayStep[];
}

/** The panel (see the top of the file). */
export default function LabPanel({ lang, labels, steps = [] }: Props) {
  const id = useId();
  // Closed on the server and at hydration; then the bus's state (a "Run in lab" click may have
  // opened it already), followed from there on.
  const [panelOpen, setPanelOpen] = useState(false);
  useEffect(() => {
    setPanelOpen($panelOpen.get());
    return $panelOpen.listen(setPanelOpen);
  }, []);
  const [Terminal, setTerminal] = useState<FunctionComponent<TerminalIslandProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const launcherRef = useRef<HTMLButtonElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);

  // The page keeps room at its end for the open drawer (terminal.css). A class on <body>, not
  // `body:has(.lab-panel[data-open])`: that selector searched the whole page each time the body was
  // restyled, some fifteen times while a runbook page loads.
  useEffect(() => {
    document.body.classList.toggle('lab-panel-open', panelOpen);
  }, [panelOpen]);

  // "Run in lab" clicks are queued even before the terminal is loaded.
  useEffect(() => listenForRunInLab(), []);

  useEffect(() => {
    if (!panelOpen || Terminal || failed) return;
    import('./TerminalIsland.tsx')
      .then((module) => setTerminal(() => module.default))
      .catch(() => setFailed(true));
  }, [panelOpen, Terminal, failed]);

  // Give focus back when the drawer closes; a run-in-lab click opens it without openPanel, so
  // remember where focus was then too.
  useEffect(() => {
    if (panelOpen) {
      if (!returnFocusRef.current && document.activeElement instanceof HTMLElement) returnFocusRef.current = document.activeElement;
    } else if (returnFocusRef.current) {
      const target = returnFocusRef.current;
      returnFocusRef.current = null;
      (target.isConnected ? target : launcherRef.current)?.focus();
    }
  }, [panelOpen]);

  const openPanel = () => {
    returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : launcherRef.current;
    $panelOpen.set(true);
  };
  const closePanel = () => {
    if (!returnFocusRef.current) returnFocusRef.current = launcherRef.current;
    $panelOpen.set(false);
  };

  return (
    <section class="lab-panel" data-open={panelOpen ? 'true' : 'false'} aria-label={labels.label}>
      <button
        type="button"
        class="lab-panel__launcher"
        ref={launcherRef}
        aria-expanded={panelOpen}
        aria-controls={`${id}-drawer`}
        hidden={panelOpen}
        onClick={openPanel}
      >
        {labels.open}
      </button>
      <div id={`${id}-drawer`} class="lab-panel__drawer" hidden={!panelOpen}>
        <div class="lab-panel__head">
          <h2 class="lab-panel__title">{labels.label}</h2>
          <button type="button" class="lab-panel__close" onClick={closePanel}>
            {labels.close}
          </button>
        </div>
        {Terminal ? (
          <Terminal lang={lang} variant="panel" labels={labels} steps={steps} />
        ) : panelOpen ? (
          <p class="terminal__message" role={failed ? 'alert' : 'status'}>
            {failed ? labels.loadFailed : labels.loading}
          </p>
        ) : null}
      </div>
    </section>
  );
}

// Prints only its labels, worded on the server: it renders on a page that holds part of its
// dictionary (src/islands/renderer.ts). The terminal's lab awaits the whole dictionary itself.
LabPanel.pageMessages = true as const;

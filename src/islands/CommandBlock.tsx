/**
 * The commands of one runbook step, live: one block per target machine and shell, highlighted as
 * PowerShell, regenerated whenever the shared profile changes. Copy puts exactly a command's text
 * on the clipboard (no prompt, no output) and records it in the change-window record; it is
 * disabled while the profile has errors the step depends on (the reasons shown, linked to the
 * rules' pages), and asks for an inline confirmation while the step has warnings.
 *
 * Thin by design: which commands, which blocks and whether copying is allowed all come from
 * src/domain/runbook; this file only shows them and talks to the clipboard.
 */
import { Component } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Finding } from '../domain/finding.ts';
import { formatProfilePath } from '../domain/finding.ts';
import { formatFinding } from '../domain/messages.ts';
import { highlightClass, highlightPowerShell } from '../domain/powershell/highlight.ts';
import { exampleProfile } from '../domain/profile/index.ts';
import { blockText, commandBlocks, isBlocked, stepStatuses, type CommandBlock as Block, type StepStatus } from '../domain/runbook/blocks.ts';
import { generateAll } from '../domain/runbook/steps.ts';
import { codeSpans } from './code-spans.tsx';
import { wholeWords, WholeWords } from './whole-words.tsx';
import { runbookSteps } from '../domain/runbook/procedures.ts';
import { targetLabel } from '../domain/runbook/record.ts';
import { stepById } from '../domain/runbook/steps.ts';
import type { RunbookCommand, StepId } from '../domain/runbook/types.ts';
import { countOf, t, type Lang } from '../i18n/index.ts';
import { $commands, $findingsWorded, $profile } from './state/profile.ts';
import { useFindings, useHydrated, useLiveStore, useProfile } from './state/hooks.ts';
import { recordCopy } from './state/progress.ts';
import { localePath } from '../i18n/routes.ts';

/** The event a "Run in lab" button dispatches on `window`; the lab terminal listens for it. */
export const RUN_IN_LAB_EVENT = 'passerelle:run-in-lab';

/** What the event carries: exactly the command and where it would run. */
export interface RunInLabDetail {
  text: string;
  shell: RunbookCommand['shell'];
  target: string;
  step: StepId;
  /** For a console action, what the lab runs instead (see LabCommandRequest.lab). */
  lab?: string;
}

interface Props {
  step: StepId;
  runbook: string;
  lang: Lang;
}

let serverCommands: RunbookCommand[] | undefined;

/** The deployment's commands from `$commands` (the example's until hydrated, like the other hooks). */
function useDeploymentCommands(hydrated: boolean): RunbookCommand[] {
  // While the profile is the example, the store's commands are the example's: no second generation.
  return useLiveStore($commands, () => ($profile.get() === exampleProfile ? $commands.get() : (serverCommands ??= generateAll(exampleProfile))), hydrated);
}

/**
 * Work every command-block island of a page would otherwise repeat for the same profile (a
 * runbook page has dozens of them): the deployment's commands grouped by step, and the steps'
 * statuses, computed once per `$commands` / `$findings` value and shared.
 */
const commandsByStep = new WeakMap<readonly RunbookCommand[], Map<StepId, RunbookCommand[]>>();
function commandsOfStep(deployment: readonly RunbookCommand[], step: StepId): RunbookCommand[] {
  let byStep = commandsByStep.get(deployment);
  if (!byStep) {
    byStep = new Map();
    for (const command of deployment) {
      const list = byStep.get(command.step);
      if (list) list.push(command);
      else byStep.set(command.step, [command]);
    }
    commandsByStep.set(deployment, byStep);
  }
  return byStep.get(step) ?? [];
}

const statusesByRunbook = new WeakMap<readonly Finding[], Map<string, Map<StepId, StepStatus>>>();
function statusesOf(runbook: string, steps: Parameters<typeof stepStatuses>[0], findings: readonly Finding[]): Map<StepId, StepStatus> {
  let byRunbook = statusesByRunbook.get(findings);
  if (!byRunbook) statusesByRunbook.set(findings, (byRunbook = new Map()));
  let statuses = byRunbook.get(runbook);
  if (!statuses) byRunbook.set(runbook, (statuses = stepStatuses(steps, findings)));
  return statuses;
}

/**
 * A command's highlighting, computed once per text: the island renders each command when it
 * hydrates and again when it switches to the reader's profile, mostly with the same texts.
 */
const spansByText = new Map<string, ReturnType<typeof highlightPowerShell>>();
function highlighted(text: string): ReturnType<typeof highlightPowerShell> {
  let spans = spansByText.get(text);
  if (!spans) {
    if (spansByText.size >= 5000) spansByText.clear();
    spans = highlightPowerShell(text);
    spansByText.set(text, spans);
  }
  return spans;
}

/** PowerShell with coloured spans; plain text stays text (never markup). Re-rendered only when the text changes. */
class Highlighted extends Component<{ text: string }> {
  override shouldComponentUpdate(next: { text: string }): boolean {
    return next.text !== this.props.text;
  }

  override render() {
    return (
      <>
        {wholeWords(highlighted(this.props.text).map((span) => ({ text: span.text, class: span.kind === 'plain' ? undefined : highlightClass(span.kind) })))}
      </>
    );
  }
}

function FindingList({ findings, lang }: { findings: readonly Finding[]; lang: Lang }) {
  // Shown only live (the example deployment has neither errors nor warnings); their wording may
  // still be loading (see $findingsWorded), the path and the rule's link are there at once.
  const worded = useLiveStore($findingsWorded, () => true, true);
  return (
    <ul>
      {findings.map((f, i) => (
        <li key={i}>
          {worded ? codeSpans(formatFinding(f, lang)) : null}
          {f.path && f.path.length ? <> (<code>{formatProfilePath(f.path)}</code>)</> : null}{' '}
          — <a href={`/${lang}/reference/rules/${f.ruleId}/`}>{t(lang, 'runbookPage.ruleLink', { id: f.ruleId })}</a>
        </li>
      ))}
    </ul>
  );
}

type Feedback = { kind: 'copied'; count: number } | { kind: 'failed' } | null;

/**
 * How many commands of a block are shown at first, and how many more each "Show more" adds. A step
 * that runs one command per user has thousands of them in a large deployment; rendering and
 * highlighting them all blocked the page for tens of seconds. "Copy all" still copies every one.
 */
export const COMMANDS_SHOWN = 20;
export const COMMANDS_MORE = 100;

/*
 * Copy, Run in lab and Open in the editor need script: they appear at the block's turn after
 * hydration (useHydrated, ./state/hydration.ts), so the server-rendered page (what a reader without
 * script, a printer or find-in-page sees) carries the commands without buttons that could not work.
 * It also keeps the runbook pages' HTML within budget (about 27 KB of buttons on the French
 * deploy-um-lync).
 */

function BlockView({ block, status, lang, blockId, problemsId, hydrated }: { block: Block; status: StepStatus; lang: Lang; blockId: string; problemsId: string; hydrated: boolean }) {
  const blocked = isBlocked(status);
  // Console actions are instructions, not commands; nothing is copyable before the island runs.
  const copyable = block.shell !== 'gui' && hydrated;
  const [pending, setPending] = useState<RunbookCommand[] | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [shown, setShown] = useState(COMMANDS_SHOWN);
  const visible = block.commands.length > shown ? block.commands.slice(0, shown) : block.commands;
  const hidden = block.commands.length - visible.length;
  const confirmRef = useRef<HTMLButtonElement>(null);
  const shellName = t(lang, `runbook.shell.${block.shell}`);
  const where = targetLabel(block.target, lang);

  async function copyNow(commands: RunbookCommand[]) {
    setPending(null);
    const text = blockText({ commands });
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      setFeedback({ kind: 'failed' });
      return;
    }
    setFeedback({ kind: 'copied', count: commands.length });
    // The record keeps each command separately, with its own hash, in the order copied.
    for (const command of commands) await recordCopy(command.step, { text: command.text, target: command.target, shell: command.shell });
  }

  function requestCopy(commands: RunbookCommand[]) {
    if (blocked) return;
    if (status.warnings.length) {
      setFeedback(null);
      setPending(commands);
      // Move focus to the confirmation so keyboard and screen-reader users land on the question.
      queueMicrotask(() => confirmRef.current?.focus());
      return;
    }
    void copyNow(commands);
  }

  function openInEditor(commands: readonly RunbookCommand[]) {
    const shell = block.shell === 'gui' ? undefined : block.shell;
    const text = `${blockText({ commands })}\n`;
    // The hand-over loads on use: the page shows its commands long before anyone opens the editor.
    void import('./editor/handoff.ts')
      .then(({ handOff }) => {
        if (handOff({ text, shell, target: block.target })) window.location.assign(localePath(lang, 'editor'));
      })
      .catch(() => undefined);
  }

  function runInLab(command: RunbookCommand) {
    const detail: RunInLabDetail = { text: command.text, shell: command.shell, target: command.target, step: command.step, ...(command.lab === undefined ? {} : { lab: command.lab }) };
    window.dispatchEvent(new CustomEvent(RUN_IN_LAB_EVENT, { detail }));
  }

  const captionId = `${blockId}-caption`;
  return (
    <div class={`command-block${block.verify ? ' command-block--verify' : ''}`} role="group" aria-labelledby={captionId} data-shell={block.shell} data-target={block.target}>
      {/* The block's own actions share the caption's line (the page stays short). */}
      <div class="command-block__head">
        <p class="command-block__label" id={captionId}>
          <span class="command-block__shell">{shellName}</span> — <span class="command-block__target">{where}</span>
          {block.verify ? <> ({t(lang, 'runbookPage.verifyBlock')})</> : null}
        </p>
        {copyable && block.commands.length > 1 ? (
          <button type="button" class="command-block__all" disabled={blocked} aria-describedby={blocked ? problemsId : undefined} onClick={() => requestCopy(block.commands)}>
            {t(lang, 'runbookPage.copyAll')}
          </button>
        ) : null}
        {copyable ? (
          <button type="button" class="command-block__editor" data-open-in-editor onClick={() => openInEditor(block.commands)}>
            {t(lang, 'editor.openInEditor')}
          </button>
        ) : null}
      </div>
      <ol class="command-block__commands">
        {visible.map((command, i) => (
          <li key={i} class="command">
            {/* A note shared by consecutive commands is said once, before the first of them. */}
            {command.note && command.note !== visible[i - 1]?.note ? <p class="command__note">{t(lang, `runbook.note.${command.note}`)}</p> : null}
            {/* Before the code, floated right: the code's first line makes room for the buttons, the next lines use the whole width. */}
            {copyable ? (
              <div class="command__actions">
                <button type="button" disabled={blocked} aria-describedby={blocked ? problemsId : undefined} onClick={() => requestCopy([command])}>
                  {t(lang, 'runbookPage.copy')} <span class="visually-hidden">{t(lang, 'runbookPage.copyCommand', { number: i + 1 })}</span>
                </button>
                <button type="button" class="command__lab" onClick={() => runInLab(command)}>
                  {t(lang, 'runbookPage.runInLab')} <span class="visually-hidden">{t(lang, 'runbookPage.copyCommand', { number: i + 1 })}</span>
                </button>
              </div>
            ) : null}
            {/* pre-wrap: long commands wrap instead of scrolling, so the block needs no keyboard focus. */}
            <pre>
              <code class="language-powershell">{block.shell === 'gui' ? <WholeWords text={command.text} /> : <Highlighted text={command.text} />}</code>
            </pre>
          </li>
        ))}
      </ol>
      {hidden > 0 ? (
        <p class="command-block__more">
          <span>{t(lang, 'runbookPage.commandsShown', { shown: visible.length, total: block.commands.length })}</span>{' '}
          <button type="button" onClick={() => setShown(shown + COMMANDS_MORE)}>
            {t(lang, 'runbookPage.moreCommands', { count: Math.min(hidden, COMMANDS_MORE) })}
          </button>
        </p>
      ) : null}
      {pending ? (
        <div class="command-block__confirm" role="group" aria-labelledby={`${blockId}-confirm`}>
          <p id={`${blockId}-confirm`}>{t(lang, 'runbookPage.warnings')}</p>
          <FindingList findings={status.warnings} lang={lang} />
          <p>{t(lang, 'runbookPage.confirm')}</p>
          <button type="button" ref={confirmRef} onClick={() => void copyNow(pending)}>{t(lang, 'runbookPage.copyAnyway')}</button>{' '}
          <button type="button" onClick={() => setPending(null)}>{t(lang, 'runbookPage.cancel')}</button>
        </div>
      ) : null}
      <p class="command-block__feedback" role="status">
        {feedback?.kind === 'copied' ? t(lang, 'runbookPage.copied', { commands: countOf(lang, 'command', feedback.count) }) : feedback?.kind === 'failed' ? t(lang, 'runbookPage.copyFailed') : ''}
      </p>
    </div>
  );
}

/** The live command blocks of one step (hydrated once the browser is idle, see RunbookStep.astro). */
export default function CommandBlock({ step, runbook, lang }: Props) {
  const hydrated = useHydrated();
  const profile = useProfile(hydrated);
  const findings = useFindings(hydrated);
  const deployment = useDeploymentCommands(hydrated);
  const steps = runbookSteps(runbook) ?? [];
  const definition = steps.find((s) => s.id === step);

  const commands = useMemo(() => {
    if (!definition || definition.unavailable?.(profile)) return [];
    // Deployment steps come from the shared $commands; steps only the short procedures have are generated here.
    return stepById(step) ? commandsOfStep(deployment, step) : definition.generate(profile);
  }, [definition, profile, deployment, step]);
  const status = useMemo(() => statusesOf(runbook, steps, findings).get(step), [runbook, steps, findings, step]) ?? { errors: [], blockedBy: [], warnings: [] };
  const blocks = useMemo(() => commandBlocks(commands), [commands]);
  const unavailable = definition?.unavailable?.(profile);
  const problemsId = `${step}-problems`;

  return (
    // data-change-window="keep": change-window mode (src/islands/runbook-state.css) keeps the commands.
    <div class="command-blocks" data-step={step} data-change-window="keep" data-live={hydrated ? '' : undefined}>
      <div id={problemsId} class="step-problems" aria-live="polite">
        {status.errors.length ? (
          <div class="step-problems__errors">
            <p>{t(lang, 'runbookPage.blocked')}</p>
            <FindingList findings={status.errors} lang={lang} />
          </div>
        ) : null}
        {!status.errors.length && status.blockedBy.length ? (
          <div class="step-problems__errors">
            <p>{t(lang, 'runbookPage.blockedBy')}</p>
            <ul>
              {status.blockedBy.map((id) => (
                <li key={id}><a href={`#step-${id}`}>{t(lang, `step.${id}.title`)}</a></li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {unavailable ? <p class="notice">{t(lang, unavailable)}</p> : null}
      {!unavailable && blocks.length === 0 ? <p>{t(lang, 'runbookPage.noCommands')}</p> : null}
      {blocks.map((block, i) => (
        <BlockView key={block.key} block={block} status={status} lang={lang} blockId={`${step}-block-${i + 1}`} problemsId={problemsId} hydrated={hydrated} />
      ))}
    </div>
  );
}

// Prints only messages of a runbook page's part (src/i18n/message-parts.ts); Copy, Open in the
// editor and Run in lab load nothing that prints.
CommandBlock.pageMessages = true as const;

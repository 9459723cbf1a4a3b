/**
 * Checks what the servers answered: for each verification command of a step, a paste area for
 * the real output and, once checked, each expected property shown as matched or not with a
 * one-line reason and a link to the rule or guide section. The step is marked verified only when
 * every command's output holds; the verdict, the SHA-256 of the pasted text and the time go to the
 * change-window record. All judgement comes from src/domain/verify; this file only shows it.
 *
 * Props: `step` (a step id of `runbook`), `runbook` (slug), `lang`.
 * Rendered by src/components/runbook/RunbookStep.astro under "What the output should show".
 */
import { useMemo, useState } from 'preact/hooks';
import { runbookSteps } from '../../domain/runbook/procedures.ts';
import { targetLabel } from '../../domain/runbook/record.ts';
import {
  checkOutput,
  stepOutputChecks,
  verdictLines,
  verdictProblem,
  verdictSummary,
  type OutputCheck as Check,
  type OutputVerdict,
} from '../../domain/verify/index.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { useHydrated, useProfile, useProgress } from '../state/hooks.ts';
import { recordVerification } from '../state/progress.ts';
import '../runbook-state.css';
import './output-check.css';

interface Props {
  step: string;
  runbook: string;
  lang: Lang;
}

/** The properties that did not hold (or the problem), as kept in the record. */
function failedOf(verdict: OutputVerdict): string[] {
  if (verdict.problem) return [verdict.problem.code];
  return verdict.results.filter((r) => r.status !== 'matched').map((r) => r.expectation.property || r.expectation.id);
}

function Verdict({ verdict, check, lang }: { verdict: OutputVerdict; check: Check; lang: Lang }) {
  const problem = verdictProblem(verdict, check, lang);
  return (
    <div class="output-check__verdict" data-verdict={verdict.status}>
      <p class="output-check__summary">{verdictSummary(verdict, lang)}</p>
      {problem && <p class="output-check__problem">{problem}</p>}
      {verdict.results.length > 0 && (
        <ul class="output-check__results">
          {verdictLines(verdict, lang).map((line, i) => (
            <li key={i} data-status={line.status}>
              <strong class="output-check__badge">{t(lang, `verify.result.${line.status}`)}</strong> {line.expectation}. {line.reason}{' '}
              <a href={line.href}>{line.refLabel}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The island (see the top of the file). */
export default function OutputCheck({ step, runbook, lang }: Props) {
  const hydrated = useHydrated();
  const profile = useProfile(hydrated);
  const record = useProgress(hydrated);
  const definition = runbookSteps(runbook)?.find((s) => s.id === step);
  const checks = useMemo(() => (definition ? stepOutputChecks(profile, definition) : []), [profile, definition]);
  const [pasted, setPasted] = useState<Record<string, string>>({});
  const [verdicts, setVerdicts] = useState<Record<string, OutputVerdict>>({});
  // Closed until asked for: a runbook page has dozens of verification commands, and the page's
  // HTML stays within its budget when their paste areas are rendered only on demand.
  const [open, setOpen] = useState(false);
  if (checks.length === 0) return null;
  const commands = checks.map((c) => c.command.text);
  const stored = record.steps[step];
  const verified = stored?.verified === true && commands.every((c) => stored.verifications?.some((v) => v.command === c && v.status === 'verified'));
  const titleId = `${step}-output-check`;

  const runCheck = (check: Check) => {
    const text = pasted[check.command.text] ?? '';
    const verdict = checkOutput(check, text);
    setVerdicts((current) => ({ ...current, [check.command.text]: verdict }));
    void recordVerification(step, { command: check.command.text, status: verdict.status, failed: failedOf(verdict), output: text }, commands);
  };

  return (
    // Named with the step heading too (step-<id>, README), so every step's region has its own name (axe landmark-unique).
    <section class="runbook-state output-check" aria-labelledby={`${titleId} step-${step}`} data-output-check={step} data-verified={verified ? 'true' : 'false'}>
      <h4 id={titleId}>{t(lang, 'verify.ui.title')}</h4>
      {/* Empty until something was checked: a live region that speaks only when the verdict changes. */}
      <p class="output-check__step-status" role="status">
        {verified ? t(lang, 'verify.ui.stepVerified') : stored?.verifications?.length || Object.keys(verdicts).length ? t(lang, 'verify.ui.stepNotVerified') : ''}
      </p>
      <button type="button" aria-expanded={open ? 'true' : 'false'} aria-controls={`${titleId}-commands`} onClick={() => setOpen(!open)}>
        {t(lang, open ? 'verify.ui.close' : 'verify.ui.open', { count: checks.length })}
      </button>
      <div id={`${titleId}-commands`} hidden={!open}>
      {open && checks.map((check, i) => {
        const id = `${step}-output-${i}`;
        const verdict = verdicts[check.command.text];
        const last = stored?.verifications?.find((v) => v.command === check.command.text);
        return (
          <div class="output-check__command" key={check.command.text} data-command-index={i}>
            <p>
              <code>{check.command.text}</code> — {targetLabel(check.command.target, lang)}
            </p>
            <label for={id}>{t(lang, 'verify.ui.paste', { n: i + 1, total: checks.length, cmdlet: check.cmdlet })}</label>
            <textarea
              id={id}
              rows={6}
              spellcheck={false}
              value={pasted[check.command.text] ?? ''}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setPasted((current) => ({ ...current, [check.command.text]: value }));
              }}
            />
            <div class="actions">
              <button type="button" onClick={() => runCheck(check)}>
                {t(lang, 'verify.ui.check', { n: i + 1 })}
              </button>
              {!verdict && last && (
                <span>
                  {t(lang, 'verify.ui.lastVerdict', { status: t(lang, `verify.status.${last.status}Short`) })} — <time dateTime={last.at}>{last.at}</time>
                </span>
              )}
            </div>
            {verdict && <Verdict verdict={verdict} check={check} lang={lang} />}
          </div>
        );
      })}
      </div>
    </section>
  );
}

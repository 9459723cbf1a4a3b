/**
 * A step's progress: done or skipped (with the time and who), the operator who ran it, the output
 * pasted back from the server, and the commands copied with their SHA-256. Kept per deployment in
 * the browser (src/islands/state/progress.ts). Stays visible in change-window mode.
 *
 * Props:
 * - `stepId` (required): the runbook step id, e.g. `create-um-dial-plans`.
 * - `lang` (required): `fr` or `en`.
 *
 * Usage in MDX, at the end of a step: `<StepProgress stepId="run-exchucutil" lang="fr" client:deployment />`.
 */
import { inertText } from '../../domain/inert-text.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { targetLabel } from '../../domain/runbook/record.ts';
import { useRef } from 'preact/hooks';
import { useDisclosed } from '../disclosed.ts';
import { useHydrated, useProgress } from '../state/hooks.ts';
import { markStep, setStepOperator, setStepOutput } from '../state/progress.ts';
import { shortTime } from './format.ts';
import '../runbook-state.css';

export interface StepProgressProps {
  stepId: string;
  lang: Lang;
}

/** The step's progress controls (see the top of the file). */
export default function StepProgress({ stepId, lang }: StepProgressProps) {
  const hydrated = useHydrated();
  const record = useProgress(hydrated);
  const step = record.steps[stepId] ?? { copies: [] };
  const title = t(lang, `step.${stepId}.title`);
  const id = `progress-${stepId}`;
  // The record's fields are made when the reader first opens it (../disclosed.ts).
  const recordRef = useRef<HTMLDetailsElement>(null);
  const recordOpened = useDisclosed(recordRef, false);
  return (
    <div class="step-progress" id={id} data-step-progress={stepId} data-status={step.status ?? 'open'} data-change-window="keep">
      <label class="field-checkbox">
        <input
          type="checkbox"
          aria-label={t(lang, 'progress.doneLabel', { step: title })}
          checked={step.status === 'done'}
          onChange={(event) => markStep(stepId, event.currentTarget.checked ? 'done' : null)}
        />
        {t(lang, 'progress.done')}
      </label>
      <label class="field-checkbox">
        <input
          type="checkbox"
          aria-label={t(lang, 'progress.skippedLabel', { step: title })}
          checked={step.status === 'skipped'}
          onChange={(event) => markStep(stepId, event.currentTarget.checked ? 'skipped' : null)}
        />
        {t(lang, 'progress.skipped')}
      </label>
      {step.status && step.at && (
        <span class="step-progress-when">
          <time dateTime={step.at}>{t(lang, step.status === 'done' ? 'progress.doneAt' : 'progress.skippedAt', { time: shortTime(step.at, lang) })}</time>
          {step.operator && ` ${t(lang, 'progress.by', { operator: step.operator })}`}
        </span>
      )}
      <details ref={recordRef}>
        <summary>{t(lang, 'progress.details')}</summary>
        {recordOpened && (
          <>
            <p>
              <label for={`${id}-operator`}>{t(lang, 'progress.operator')}</label>{' '}
              <input
                id={`${id}-operator`}
                type="text"
                autocomplete="name"
                aria-label={t(lang, 'progress.operatorFor', { step: title })}
                value={step.operator ?? ''}
                onChange={(event) => setStepOperator(stepId, event.currentTarget.value.trim())}
              />
            </p>
            <p>
              <label for={`${id}-output`}>{t(lang, 'progress.output')}</label>
              <textarea
                id={`${id}-output`}
                rows={4}
                spellcheck={false}
                aria-label={t(lang, 'progress.outputFor', { step: title })}
                value={step.output ?? ''}
                onChange={(event) => setStepOutput(stepId, event.currentTarget.value)}
              />
            </p>
            <p class="step-progress-copies-title">{t(lang, 'progress.copies')}</p>
            {step.copies.length === 0 ? (
              <p>{t(lang, 'progress.noCopies')}</p>
            ) : (
              <ul>
                {step.copies.map((copy, i) => (
                  <li key={i}>
                    <time dateTime={copy.at}>{shortTime(copy.at, lang)}</time> — {t(lang, `runbook.shell.${copy.shell}`)} — {inertText(targetLabel(copy.target, lang))} — SHA-256{' '}
                    <code>{copy.sha256}</code>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </details>
    </div>
  );
}

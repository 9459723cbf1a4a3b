/**
 * The profile check at the top of a runbook page: how many errors and warnings there are, per
 * step, with a link to each step (`#step-<id>`, the anchor of the step heading in the runbook MDX) and to each field (`#pf-<path>`).
 *
 * Props:
 * - `lang` (required): `fr` or `en`.
 * - `stepsPage` (optional): the path of the page that holds the step anchors, when it is not this
 *   page (e.g. `/fr/runbooks/deploy-um-lync/` from the profile page). Default: this page.
 * - `fieldPrefix` (default `pf`): the id prefix of the profile forms the summary links to.
 * - `runbook` (optional): on a runbook page, the runbook's slug. A field link then opens the field
 *   in the "Edit these values" of the first step of that runbook that reads it (ids
 *   `pf-<step>-<path>`, see src/islands/runbook/StepValues.tsx); a field no step reads links to
 *   the profile page.
 *
 * Usage in MDX: `<ProfileSummary lang="fr" client:deployment />`.
 */
import { useMemo } from 'preact/hooks';
import { severityCounts, type Finding } from '../domain/finding.ts';
import { formatFinding } from '../domain/messages.ts';
import { stepsForPath } from '../domain/runbook/paths.ts';
import { runbookSteps } from '../domain/runbook/procedures.ts';
import { localePath } from '../i18n/routes.ts';
import { steps } from '../domain/runbook/steps.ts';
import type { StepId } from '../domain/runbook/types.ts';
import { countOf, t, type Lang } from '../i18n/index.ts';
import { codeSpans } from './code-spans.tsx';
import { fieldId, REVEAL_FIELD_EVENT } from './forms/fields.ts';
import { whenLive } from './hydration-queue.ts';
import { useFindings, useHydrated } from './state/hooks.ts';
import './runbook-state.css';

export interface ProfileSummaryProps {
  lang: Lang;
  stepsPage?: string;
  fieldPrefix?: string;
  runbook?: string;
}

interface StepCount {
  id: StepId;
  errors: number;
  warnings: number;
}

/**
 * Errors and warnings per step, in runbook order, for the steps that have any. A finding counts in
 * every step that reads its path (a dial plan error concerns each step that uses dial plans).
 */
export function countByStep(findings: readonly Finding[]): { perStep: StepCount[]; unattached: Finding[] } {
  const counts = new Map<StepId, StepCount>();
  const unattached: Finding[] = [];
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const ids = finding.path ? stepsForPath(finding.path) : [];
    if (ids.length === 0) unattached.push(finding);
    for (const id of ids) {
      const count = counts.get(id) ?? { id, errors: 0, warnings: 0 };
      if (finding.severity === 'error') count.errors++;
      else count.warnings++;
      counts.set(id, count);
    }
  }
  return { perStep: steps.map((step) => counts.get(step.id)).filter((c): c is StepCount => c !== undefined), unattached };
}

/**
 * Moves focus to the field of a finding: the deepest element on the page whose id matches the
 * path or one of its parents (a SAN entry's finding lands on the SAN field). Returns false when the
 * page has no such element, and the link then goes to its href. A section of the profile form
 * still read (not live: src/islands/forms/ProfileForm.tsx) holds the value, not the field: it is
 * scrolled to, which hydrates it, and focus moves once it is live.
 */
function focusField(path: readonly (string | number)[], prefix: string): boolean {
  for (let length = path.length; length > 0; length--) {
    const element = document.getElementById(fieldId(path.slice(0, length), prefix));
    if (element) {
      const reading = element.closest('[data-reading]')?.closest('astro-island');
      element.scrollIntoView({ block: 'center' });
      if (reading) {
        void whenLive(reading).then((live) => live && focusField(path, prefix));
        return true;
      }
      const focusable = element.matches('input, select, textarea, button') ? element : element.querySelector<HTMLElement>('input, select, textarea, button');
      (focusable ?? element).focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}

/** "2 errors", "1 warning": the counts as the summary's lines say them. */
function countsText(lang: Lang, counts: { errors: number; warnings: number }): { errors: string; warnings: string } {
  return { errors: countOf(lang, 'error', counts.errors), warnings: countOf(lang, 'warning', counts.warnings) };
}

/** The summary (see the props at the top of the file). */
export default function ProfileSummary({ lang, stepsPage = '', fieldPrefix = 'pf', runbook }: ProfileSummaryProps) {
  const hydrated = useHydrated();
  const findings = useFindings(hydrated);
  const { perStep, unattached } = useMemo(() => countByStep(findings), [findings]);
  const shown = findings.filter((f) => f.severity !== 'info');
  const { errors, warnings } = severityCounts(shown);
  const pageSteps = runbook ? runbookSteps(runbook) : undefined;
  /** The id prefix of the fields a link goes to on this page, or null when they are on the profile page. */
  const prefixFor = (path: readonly (string | number)[]): string | null => {
    if (!pageSteps) return fieldPrefix;
    const step = stepsForPath(path, pageSteps)[0];
    return step ? `${fieldPrefix}-${step}` : null;
  };
  const fieldHref = (path: readonly (string | number)[]): string => {
    const prefix = prefixFor(path);
    return prefix === null ? `${localePath(lang, 'profile')}#${fieldId(path, fieldPrefix)}` : `#${fieldId(path, prefix)}`;
  };
  return (
    <section class="runbook-state profile-summary" id="profile-summary" aria-labelledby="profile-summary-title" data-change-window="hide">
      <h2 id="profile-summary-title">{t(lang, 'summary.title')}</h2>
      <p class={`summary-counts${shown.length === 0 ? ' summary-clean' : ''}`} role="status">
        {shown.length === 0 ? t(lang, 'summary.clean') : t(lang, 'summary.counts', { errors: countOf(lang, 'error', errors), warnings: countOf(lang, 'warning', warnings) })}
      </p>
      {perStep.length > 0 && (
        <>
          <h3>{t(lang, 'summary.perStep')}</h3>
          <ul>
            {perStep.map((count) => (
              <li key={count.id}>
                <a href={`${stepsPage}#step-${count.id}`}>{t(lang, `step.${count.id}.title`)}</a>
                {' — '}
                {t(lang, 'summary.stepCounts', countsText(lang, count))}
              </li>
            ))}
            {unattached.length > 0 && <li>{t(lang, 'summary.general')} — {t(lang, 'summary.stepCounts', countsText(lang, severityCounts(unattached)))}</li>}
          </ul>
          <h3>{t(lang, 'summary.findings')}</h3>
          <ul class="field-findings">
            {shown.map((finding, i) => (
              <li key={`${finding.ruleId}-${i}`} class={`finding finding-${finding.severity}`}>
                <span class="finding-severity">{t(lang, `severity.${finding.severity}`)}</span> <span>{codeSpans(formatFinding(finding, lang))}</span>{' '}
                {finding.path && (
                  <a
                    href={fieldHref(finding.path)}
                    onClick={(event) => {
                      const prefix = prefixFor(finding.path!);
                      if (prefix === null) return;
                      // A long list shows one page of items: it turns to the item's page first,
                      // then focus moves once that page is rendered (a step's fields open first).
                      const detail = { path: finding.path!, prefix };
                      window.dispatchEvent(new CustomEvent(REVEAL_FIELD_EVENT, { detail }));
                      if (document.getElementById(fieldId(finding.path!, prefix)) && focusField(finding.path!, prefix)) {
                        event.preventDefault();
                        return;
                      }
                      event.preventDefault();
                      // Two turns: the step's fields open, then the list turns to the item's page.
                      setTimeout(() => setTimeout(() => {
                        if (!focusField(finding.path!, prefix)) location.hash = fieldId(finding.path!, prefix);
                      }, 0), 0);
                    }}
                  >
                    {t(lang, 'summary.goToField')}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

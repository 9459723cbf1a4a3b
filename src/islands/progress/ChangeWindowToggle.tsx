/**
 * The change-window switch. When on, the page shows only the ordered, copy-ready commands and the
 * progress checkboxes, in large type (the CSS contract is in src/islands/runbook-state.css), marks
 * the first step not yet done or skipped as current and keeps it in view: on switching on, and
 * each time a step is marked.
 *
 * Props: `lang` (required, `fr` | `en`).
 * Usage: in the runbook's profile bar (src/islands/runbook/ProfileBar.tsx), `compact`; or alone,
 * `<ChangeWindowToggle lang="fr" client:load />`.
 */
import { useEffect } from 'preact/hooks';
import { t, type Lang } from '../../i18n/index.ts';
import { useChangeWindow, useHydrated, useProgress } from '../state/hooks.ts';
import { setChangeWindow } from '../state/progress.ts';
import type { ProgressRecord } from '../../domain/runbook/record.ts';
import '../runbook-state.css';

export interface ChangeWindowToggleProps {
  lang: Lang;
  /** In the runbook's profile bar: the help is read by screen readers, not shown. */
  compact?: boolean;
}

/**
 * The first step on the page (in page order, i.e. runbook order) that is neither done nor
 * skipped, or undefined when every step is. Read from the page, so a short runbook only considers
 * its own steps.
 */
export function currentStepId(record: ProgressRecord, pageStepIds: readonly string[]): string | undefined {
  return pageStepIds.find((id) => {
    const status = record.steps[id]?.status;
    return status !== 'done' && status !== 'skipped';
  });
}

function pageStepIds(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-step-progress]'), (element) => element.dataset.stepProgress!);
}

/**
 * The step's block on the page: the section that rehype-sections wraps around the step's heading
 * (`<section data-section="step-<id>">`, the heading's id being `step-<id>`), else its progress controls.
 */
function stepElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`section[data-section="step-${CSS.escape(id)}"]`) ?? document.querySelector<HTMLElement>(`[data-step-progress="${CSS.escape(id)}"]`);
}

function showCurrent(id: string | undefined): void {
  for (const element of document.querySelectorAll('.change-window-current')) element.classList.remove('change-window-current');
  if (!id) return;
  const element = stepElement(id);
  if (!element) return;
  element.classList.add('change-window-current');
  element.scrollIntoView({ block: 'start', behavior: 'smooth' });
}

/** The switch (see the top of the file). */
export default function ChangeWindowToggle({ lang, compact = false }: ChangeWindowToggleProps) {
  const hydrated = useHydrated();
  const on = useChangeWindow(hydrated);
  const record = useProgress(hydrated);
  const current = typeof document === 'undefined' ? undefined : currentStepId(record, pageStepIds());

  useEffect(() => {
    if (on) showCurrent(current);
    else showCurrent(undefined);
  }, [on, current]);

  return (
    <div class={`runbook-state change-window-toggle${compact ? ' change-window-toggle--compact' : ''}`} data-change-window="keep">
      <button type="button" aria-pressed={on ? 'true' : 'false'} aria-describedby="change-window-help" onClick={() => setChangeWindow(!on)}>
        {t(lang, 'cw.toggle')}
      </button>{' '}
      <span id="change-window-help" class={compact ? 'visually-hidden' : undefined}>{t(lang, 'cw.help')}</span>
      {on && (
        <p role="status">
          {current ? t(lang, 'cw.current', { step: t(lang, `step.${current}.title`) }) : t(lang, 'cw.allDone')}{' '}
          {current && (
            <button type="button" onClick={() => showCurrent(current)}>
              {t(lang, 'cw.goToCurrent')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

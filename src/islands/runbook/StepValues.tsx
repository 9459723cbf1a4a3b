/**
 * The profile values a runbook step uses, read-only ("SIP domain: contoso.com"), with an "Edit
 * these values" control that opens the form fields of exactly those values (the step's `reads`),
 * nothing else. Editing there changes the one shared profile, so the step's commands follow.
 *
 * Props: `step` (a step id of `runbook`), `runbook` (slug), `lang`.
 * Rendered by src/components/runbook/RunbookStep.astro; hydrates as client:profile says (src/islands/directives/profile.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { runbookSteps } from '../../domain/runbook/procedures.ts';
import { sourcesForReads, stepValues, type StepValue } from '../../domain/runbook/step-values.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { ProfileFields } from '../forms/ProfileForm.tsx';
import { fieldsForReads, REVEAL_FIELD_EVENT, valueSources } from '../forms/fields.ts';
import { useHydrated, useProfile } from '../state/hooks.ts';
import '../runbook-state.css';
import './runbook-islands.css';

interface Props {
  step: string;
  runbook: string;
  lang: Lang;
}

function Value({ value, lang }: { value: StepValue; lang: Lang }) {
  if (value.values.length === 0) return <span class="step-values__none">{t(lang, value.list ? 'stepValues.empty' : 'stepValues.unset')}</span>;
  const words = value.values.map((text) => (text === 'true' || text === 'false' ? t(lang, `stepValues.${text}`) : text || t(lang, 'stepValues.unnamed')));
  return (
    <>
      {words.map((text, i) => (
        <span key={i}>
          {i > 0 ? ', ' : null}
          <code>{text}</code>
        </span>
      ))}
      {value.more > 0 ? <> {t(lang, 'stepValues.more', { count: value.more })}</> : null}
    </>
  );
}

/** The values and their editor (see the top of the file). */
export default function StepValues({ step, runbook, lang }: Props) {
  const reads = useMemo(() => runbookSteps(runbook)?.find((s) => s.id === step)?.reads ?? [], [runbook, step]);
  const sources = useMemo(() => sourcesForReads(valueSources, reads), [reads]);
  const fields = useMemo(() => fieldsForReads(reads), [reads]);
  const hydrated = useHydrated();
  const profile = useProfile(hydrated);
  const values = useMemo(() => stepValues(profile, sources), [profile, sources]);
  const [open, setOpen] = useState(false);
  const panelId = `${step}-values-editor`;
  const prefix = `pf-${step}`;
  // The profile check links a finding to this step's field: open the fields, then let the list
  // (now rendered) turn to the item's page by repeating the request once.
  const openRef = useRef(open);
  openRef.current = open;
  useEffect(() => {
    const reveal = (event: Event) => {
      const detail = (event as CustomEvent<{ path: unknown; prefix: string }>).detail;
      if (detail.prefix !== prefix || openRef.current) return;
      openRef.current = true;
      setOpen(true);
      setTimeout(() => window.dispatchEvent(new CustomEvent(REVEAL_FIELD_EVENT, { detail })), 0);
    };
    window.addEventListener(REVEAL_FIELD_EVENT, reveal);
    return () => window.removeEventListener(REVEAL_FIELD_EVENT, reveal);
  }, [prefix]);
  if (sources.length === 0) return null;
  return (
    <div class="step-values" data-step-values={step} data-live={hydrated ? '' : undefined}>
      <ul class="step-values__list">
        {values.map((value) => (
          <li key={value.key} data-key={value.key}>
            <span class="step-values__label">{t(lang, `stepValues.label.${value.key}`)}</span>
            {lang === 'fr' ? '\u00a0: ' : ': '}
            <Value value={value} lang={lang} />
          </li>
        ))}
      </ul>
      <button type="button" class="step-values__edit" aria-expanded={open ? 'true' : 'false'} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t(lang, 'stepValues.edit')}
      </button>
      <div id={panelId} hidden={!open}>
        {open ? (
          <fieldset class="profile-form step-values__form">
            <legend>{t(lang, 'stepValues.legend', { step: t(lang, `step.${step}.title`) })}</legend>
            <ProfileFields spec={fields} lang={lang} idPrefix={prefix} />
          </fieldset>
        ) : null}
      </div>
    </div>
  );
}

/**
 * The profile values a runbook step uses, read-only ("SIP domain: contoso.com"), with an "Edit
 * these values" control that opens the form fields of exactly those values (the step's `reads`),
 * nothing else. Editing there changes the one shared profile, so the step's commands follow.
 *
 * Props: `step` (a step id of `runbook`), `runbook` (slug), `lang`, `sources` (the profile values
 * the step's `reads` cover, from src/islands/forms/fields.ts: computed on the server, so the
 * island ships none of the forms' specification).
 * Rendered by src/components/runbook/RunbookStep.astro; hydrates when the browser is idle. The
 * fields' editor (src/islands/forms/ProfileForm.tsx) and the form's messages load on the first
 * "Edit these values": the page shows the values long before anyone edits them.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { runbookSteps } from '../../domain/runbook/procedures.ts';
import { stepValues, type StepValue, type ValueSource } from '../../domain/runbook/step-values.ts';
import { colon, ensureDictionaries, t, type Lang } from '../../i18n/index.ts';
import type { ProfileFields as Fields } from '../forms/ProfileForm.tsx';
import type { FieldSet } from '../forms/fields.ts';
import { REVEAL_FIELD_EVENT } from '../forms/reveal.ts';
import { useHydrated, useProfile } from '../state/hooks.ts';
import { CodeValues } from '../whole-words.tsx';
import '../runbook-state.css';
import './runbook-islands.css';

interface Props {
  step: string;
  runbook: string;
  lang: Lang;
  sources: readonly ValueSource[];
}

function Value({ value, lang }: { value: StepValue; lang: Lang }) {
  if (value.values.length === 0) return <span class="step-values__none">{t(lang, value.list ? 'stepValues.empty' : 'stepValues.unset')}</span>;
  const words = value.values.map((text) => (text === 'true' || text === 'false' ? t(lang, `stepValues.${text}`) : text || t(lang, 'stepValues.unnamed')));
  return (
    <>
      <CodeValues values={words} />
      {value.more > 0 ? <> {t(lang, 'stepValues.more', { count: value.more })}</> : null}
    </>
  );
}

/** The values and their editor (see the top of the file). */
export default function StepValues({ step, runbook, lang, sources }: Props) {
  const hydrated = useHydrated();
  const profile = useProfile(hydrated);
  const values = useMemo(() => stepValues(profile, sources), [profile, sources]);
  const [open, setOpen] = useState(false);
  const [editor, setEditor] = useState<{ ProfileFields: typeof Fields; fields: FieldSet } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const panelId = `${step}-values-editor`;
  const prefix = `pf-${step}`;
  // The profile check links a finding to this step's field: open the fields, then let the list
  // (now rendered) turn to the item's page by repeating the request once.
  // (once the editor has loaded and rendered).
  const openRef = useRef(open);
  openRef.current = open;
  const pendingReveal = useRef<unknown>(null);
  useEffect(() => {
    const reveal = (event: Event) => {
      const detail = (event as CustomEvent<{ path: unknown; prefix: string }>).detail;
      if (detail.prefix !== prefix || openRef.current) return;
      openRef.current = true;
      pendingReveal.current = detail;
      setOpen(true);
    };
    window.addEventListener(REVEAL_FIELD_EVENT, reveal);
    return () => window.removeEventListener(REVEAL_FIELD_EVENT, reveal);
  }, [prefix]);
  useEffect(() => {
    if (!open || editor) return;
    let current = true;
    // The form prints messages from the whole dictionary: a runbook page holds only part of it.
    const reads = runbookSteps(runbook)?.find((s) => s.id === step)?.reads ?? [];
    ensureDictionaries([lang])
      .then(() => Promise.all([import('../forms/ProfileForm.tsx'), import('../forms/fields.ts')]))
      .then(([form, fields]) => current && setEditor({ ProfileFields: form.ProfileFields, fields: fields.fieldsForReads(reads) }))
      .catch(() => current && setLoadFailed(true));
    return () => {
      current = false;
    };
  }, [open, editor, lang, runbook, step]);
  useEffect(() => {
    const detail = pendingReveal.current;
    if (!open || !editor || detail === null) return;
    pendingReveal.current = null;
    setTimeout(() => window.dispatchEvent(new CustomEvent(REVEAL_FIELD_EVENT, { detail })), 0);
  }, [open, editor]);
  if (sources.length === 0) return null;
  return (
    <div class="step-values" data-step-values={step} data-live={hydrated ? '' : undefined}>
      <ul class="step-values__list">
        {values.map((value) => (
          <li key={value.key} data-key={value.key}>
            <span class="step-values__label">{t(lang, `stepValues.label.${value.key}`)}</span>
            {colon(lang)}
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
            {editor ? (
              <editor.ProfileFields spec={editor.fields} lang={lang} idPrefix={prefix} />
            ) : (
              <p role="status">{t(lang, loadFailed ? 'stepValues.loadFailed' : 'stepValues.loading')}</p>
            )}
          </fieldset>
        ) : null}
      </div>
    </div>
  );
}

// Prints only messages of a runbook page's part; the fields' editor waits for the whole dictionary.
StepValues.pageMessages = true as const;

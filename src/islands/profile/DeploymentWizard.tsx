/**
 * The new-deployment wizard of the profile page: about ten questions, one form, one button. The
 * answers go to `profileFromAnswers` (src/domain/profile/wizard.ts), which derives the whole
 * profile; the island only collects them, replaces the stored profile (asking first when it would
 * replace one of the reader's own) and shows the outcome: a clean check, or exactly what is still
 * missing — the answer lines it could not use and the profile's errors and warnings.
 *
 * The form is uncontrolled and read on submit: what a reader types before the island hydrates is
 * never lost.
 *
 * Props: `lang`, `runbookHref` (the deployment runbook, linked from the outcome).
 * Usage: `<DeploymentWizard lang={lang} runbookHref="/en/runbooks/deploy-um-lync/" client:load />`.
 */
import { useRef, useState } from 'preact/hooks';
import { checkProfile } from '../../domain/check.ts';
import { severityCounts, type Finding } from '../../domain/finding.ts';
import { deploymentLabel } from '../../domain/profile/fingerprint.ts';
import { exampleProfile } from '../../domain/profile/index.ts';
import { encryptionLevels, exchangeVersions, lyncVersions, type Profile } from '../../domain/profile/schema.ts';
import { serializeProfile } from '../../domain/profile/share.ts';
import { defaultIssuer, emptyAnswers, profileFromAnswers, type WizardAnswers, type WizardIssue } from '../../domain/profile/wizard.ts';
import { countOf, t, type Lang } from '../../i18n/index.ts';
import { FindingList } from '../forms/FindingList.tsx';
import { $profile, adoptProfile } from '../state/profile.ts';
import './wizard.css';

export interface DeploymentWizardProps {
  lang: Lang;
  runbookHref: string;
}

type TextField = 'label' | 'sipDomain' | 'issuer';
type ListField = 'exchangeServers' | 'lyncPools' | 'dialPlans' | 'autoAttendants' | 'users';

/** The questions in order, with their placeholders (the format, shown in the empty field). */
const questions: readonly ({ name: TextField; kind: 'text'; placeholder: string } | { name: ListField; kind: 'list'; placeholder: string } | { name: 'exchangeVersion' | 'lyncVersion' | 'encryptionLevel'; kind: 'select' })[] = [
  { name: 'label', kind: 'text', placeholder: 'Fabrikam Boston' },
  { name: 'sipDomain', kind: 'text', placeholder: 'fabrikam.com' },
  { name: 'exchangeVersion', kind: 'select' },
  { name: 'lyncVersion', kind: 'select' },
  { name: 'exchangeServers', kind: 'list', placeholder: 'ex01.fabrikam.com' },
  { name: 'lyncPools', kind: 'list', placeholder: 'lyncpool01.fabrikam.com Standard Boston' },
  { name: 'dialPlans', kind: 'list', placeholder: 'BostonSIP 5 1 +16175550100' },
  { name: 'encryptionLevel', kind: 'select' },
  { name: 'autoAttendants', kind: 'list', placeholder: 'BostonMain' },
  { name: 'users', kind: 'list', placeholder: 'dana@fabrikam.com 50120\neli@fabrikam.com' },
  { name: 'issuer', kind: 'text', placeholder: 'CN=Fabrikam Root CA, DC=fabrikam, DC=com' },
];

const selectOptions = {
  exchangeVersion: exchangeVersions,
  lyncVersion: lyncVersions,
  encryptionLevel: encryptionLevels,
} as const;

function optionLabel(name: keyof typeof selectOptions, value: string, lang: Lang): string {
  if (name === 'exchangeVersion') return `Exchange Server ${value}`;
  if (name === 'lyncVersion') return value === '2015' ? t(lang, 'wizard.lyncVersion.2015') : `Lync Server ${value}`;
  return value;
}

/** The answers as the form holds them now. */
function readAnswers(form: HTMLFormElement): WizardAnswers {
  const data = new FormData(form);
  const answers: Record<string, string> = {};
  for (const key of Object.keys(emptyAnswers)) answers[key] = String(data.get(key) ?? (emptyAnswers as unknown as Record<string, string>)[key]);
  return answers as unknown as WizardAnswers;
}

function issueText(issue: WizardIssue, lang: Lang): string {
  const field = t(lang, `wizard.short.${issue.field}`);
  const message = t(lang, `wizard.issue.${issue.code}`, issue.params);
  return issue.line === undefined ? t(lang, 'wizard.issue.field', { field, message }) : t(lang, 'wizard.issue.line', { field, line: issue.line, message });
}

/** Whether replacing `current` loses something of the reader's (it is neither the example nor `next`). */
function replacesOwn(current: Profile, next: Profile): boolean {
  const text = serializeProfile(current);
  return text !== serializeProfile(exampleProfile) && text !== serializeProfile(next);
}

interface Outcome {
  issues: WizardIssue[];
  findings: Finding[];
}

/** The wizard (see the top of the file). */
export default function DeploymentWizard({ lang, runbookHref }: DeploymentWizardProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [issuerHint, setIssuerHint] = useState('');
  const resultRef = useRef<HTMLHeadingElement>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const { profile, issues } = profileFromAnswers(readAnswers(event.currentTarget as HTMLFormElement));
    const current = $profile.get();
    if (replacesOwn(current, profile) && !window.confirm(t(lang, 'wizard.confirmReplace', { current: deploymentLabel(current) }))) return;
    adoptProfile(profile, 'wizard');
    setOutcome({ issues, findings: checkProfile(profile).filter((f) => f.severity !== 'info') });
    queueMicrotask(() => resultRef.current?.focus());
  };

  const { errors, warnings } = severityCounts(outcome?.findings ?? []);
  const clean = outcome !== null && outcome.issues.length === 0 && outcome.findings.length === 0;

  return (
    <section class="wizard" aria-labelledby="wizard-title">
      <h2 id="wizard-title">{t(lang, 'wizard.title')}</h2>
      <p>{t(lang, 'wizard.lead')}</p>
      <form class="wizard__form" onSubmit={submit} noValidate>
        {questions.map((question) => {
          const id = `wizard-${question.name}`;
          const helpKey = `wizard.field.${question.name}.help`;
          const hasHelp = question.kind !== 'select' || question.name === 'encryptionLevel';
          const help = question.name === 'issuer' ? t(lang, helpKey, { issuer: issuerHint || defaultIssuer('fabrikam.com') }) : hasHelp ? t(lang, helpKey) : '';
          return (
            <div class="wizard__field" key={question.name}>
              <label for={id}>{t(lang, `wizard.field.${question.name}`)}</label>
              {help && (
                <p class="wizard__help" id={`${id}-help`}>
                  {help}
                </p>
              )}
              {question.kind === 'select' ? (
                <select id={id} name={question.name} aria-describedby={help ? `${id}-help` : undefined}>
                  {selectOptions[question.name].map((value) => (
                    <option value={value} selected={value === emptyAnswers[question.name]}>
                      {optionLabel(question.name, value, lang)}
                    </option>
                  ))}
                </select>
              ) : question.kind === 'list' ? (
                <textarea id={id} name={question.name} rows={question.name === 'users' ? 4 : 2} placeholder={question.placeholder} aria-describedby={`${id}-help`} spellcheck={false} />
              ) : (
                <input
                  id={id}
                  name={question.name}
                  type="text"
                  placeholder={question.placeholder}
                  aria-describedby={`${id}-help`}
                  spellcheck={false}
                  autocomplete="off"
                  onInput={question.name === 'sipDomain' ? (event) => setIssuerHint(defaultIssuer(event.currentTarget.value.trim())) : undefined}
                />
              )}
            </div>
          );
        })}
        <button type="submit" class="wizard__create">
          {t(lang, 'wizard.create')}
        </button>
      </form>
      {outcome && (
        <div class={`wizard__outcome${clean ? ' wizard__outcome--clean' : ''}`}>
          <h3 id="wizard-outcome" tabIndex={-1} ref={resultRef}>
            {t(lang, 'wizard.result.title')}
          </h3>
          <p role="status">
            {clean
              ? t(lang, 'wizard.result.clean')
              : t(lang, 'wizard.result.findings', { errors: countOf(lang, 'error', errors), warnings: countOf(lang, 'warning', warnings) })}
          </p>
          {outcome.issues.length > 0 && (
            <>
              <p>{t(lang, 'wizard.result.issues')}</p>
              <ul class="wizard__issues">
                {outcome.issues.map((issue, i) => (
                  <li key={i}>{issueText(issue, lang)}</li>
                ))}
              </ul>
            </>
          )}
          <FindingList id="wizard-findings" findings={outcome.findings} lang={lang} />
          <p>
            <a href={runbookHref}>{t(lang, 'wizard.result.openRunbook')}</a>
          </p>
        </div>
      )}
    </section>
  );
}

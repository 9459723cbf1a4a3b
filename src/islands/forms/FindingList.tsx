/**
 * The messages of the findings on one field: severity, the sentence in the reader's language (from
 * the message catalogs, through formatFinding) and a link to the rule's reference page. Text only:
 * a value from the profile (a hostile one included) can never become markup here.
 */
import type { Finding } from '../../domain/finding.ts';
import { formatFinding } from '../../domain/messages.ts';
import { ruleTitle } from '../../domain/rule-title.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { codeSpans } from '../code-spans.tsx';

export interface FindingListProps {
  id: string;
  findings: readonly Finding[];
  lang: Lang;
}

/** The list of findings on a field, referenced by the field's aria-describedby. */
export function FindingList({ id, findings, lang }: FindingListProps) {
  if (findings.length === 0) return null;
  return (
    <ul id={id} class="field-findings">
      {findings.map((finding, i) => (
        <li key={`${finding.ruleId}-${i}`} class={`finding finding-${finding.severity}`}>
          <span class="finding-severity">{t(lang, `severity.${finding.severity}`)}</span>{' '}
          <span class="finding-message">{codeSpans(formatFinding(finding, lang))}</span>{' '}
          <a class="finding-rule" href={`/${lang}/reference/rules/${finding.ruleId}/`}>
            {t(lang, 'form.ruleLink', { title: ruleTitle(finding.ruleId, lang) })}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The messages of the findings on one field: severity, the sentence in the reader's language (from
 * the message catalogs, through formatFinding) and a link to the rule's reference page. Text only:
 * a value from the profile (a hostile one included) can never become markup here.
 */
import type { Finding } from '../../domain/finding.ts';
import { inertText } from '../../domain/inert-text.ts';
import { formatFinding, ruleTitle } from '../../domain/messages.ts';
import { t, type Lang } from '../../i18n/index.ts';

/**
 * Splits a catalog message on its `code` spans so they render as <code>; the rest stays text.
 * @example codeSpans('Set `Secured` now') // → ['Set ', <code>Secured</code>, ' now']
 */
export function codeSpans(message: string) {
  // Messages quote profile and script values: a bidi override or a zero-width character is shown
  // as its code point, so the message reads as the value stored (src/domain/inert-text.ts).
  const text = inertText(message);
  return text.split(/(`[^`]+`)/g).map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? <code key={i}>{part.slice(1, -1)}</code> : part));
}

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

/**
 * Wording for findings and profile-loading issues, in one language. Rules return codes and
 * parameters; this is the one place that turns them into sentences, so the site and the terminal
 * say exactly the same thing.
 */
import { findingMessageKey } from './check.ts';
import { formatProfilePath, type Finding } from './finding.ts';
import type { ProfileLoadIssue } from './profile/load.ts';
import { hasMessage, t, type Lang } from '../i18n/index.ts';

/**
 * The message of a finding: `rule.<id>.message.<variant>` when the finding has a variant and the
 * catalog words it, else `rule.<id>.message`, else (a rule without wording yet) the rule id and
 * its parameters, so nothing is ever silently dropped.
 * @example formatFinding({ ruleId: 'dial-plan-name', severity: 'error', params: { variant: 'space', name: 'Paris SIP' } }, 'en')
 */
export function formatFinding(finding: Pick<Finding, 'ruleId' | 'params'>, lang: Lang): string {
  const key = findingMessageKey(finding);
  const base = `rule.${finding.ruleId}.message`;
  if (hasMessage(key)) return t(lang, key, finding.params);
  if (hasMessage(base)) return t(lang, base, finding.params);
  const params = Object.entries(finding.params)
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(', ');
  return params ? `${finding.ruleId} (${params})` : finding.ruleId;
}

/**
 * A finding as one line, `severity rule-id: message`, in the reader's language (French puts a
 * non-breaking space before the colon). The CLI and the lab terminal both print it.
 * @example findingHeadline({ ruleId: 'ps-enum-value', severity: 'error', params }, 'fr') // → 'erreur ps-enum-value : …'
 */
export function findingHeadline(finding: Pick<Finding, 'ruleId' | 'params' | 'severity'>, lang: Lang, message = formatFinding(finding, lang)): string {
  return t(lang, 'messages.headline', { severity: t(lang, `cli.severity.${finding.severity}`), ruleId: finding.ruleId, message });
}

/**
 * What a `shape` issue expected, in words: one of its options (`"A", "B" or "C"`), a kind of value
 * (`a number`, `un nombre`), a lower bound; valibot's own notation for anything else.
 */
function expectedWords(params: ProfileLoadIssue['params'], lang: Lang): string {
  const expected = String(params.expected);
  if (expected === 'oneOf' && typeof params.options === 'string') {
    const options = JSON.parse(params.options) as string[];
    return new Intl.ListFormat(lang, { type: 'disjunction' }).format(options.map((option) => JSON.stringify(option)));
  }
  const key = `profile.expected.${expected}`;
  return hasMessage(key) ? t(lang, key, { min: String(params.min) }) : expected;
}

/**
 * Why a profile could not be loaded, in one line: `profile.error.<code>` when the catalog has it,
 * else a generic sentence with the code, the path and the details.
 */
export function formatLoadIssue(issue: ProfileLoadIssue, lang: Lang): string {
  const params = {
    ...issue.params,
    path: formatProfilePath(issue.path) || '(root)',
    ...(issue.code === 'shape' ? { expected: expectedWords(issue.params, lang) } : {}),
  };
  if (issue.code === 'rule') {
    return t(lang, 'messages.atPath', { path: params.path, message: formatFinding({ ruleId: String(issue.params.ruleId), params: issue.params }, lang) });
  }
  const key = `profile.error.${issue.code}`;
  if (hasMessage(key)) return t(lang, key, params);
  return t(lang, 'messages.profileIssue', {
    path: params.path,
    code: issue.code,
    detail: Object.entries(issue.params)
      .map(([name, value]) => `${name}: ${String(value)}`)
      .join('; '),
  });
}

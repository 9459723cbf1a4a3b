/**
 * The reader's words for a verdict: one line per expectation (what must show, matched or not,
 * and why in one line) with a link to the rule or guide section, or the problem that stopped the
 * check. Shared by the runbook page, the record and `passerelle verify`.
 */
import { t, type Lang } from '../../i18n/index.ts';
import { localePath } from '../../i18n/routes.ts';
import type { Expectation, ExpectationResult, OutputCheck, OutputVerdict } from './types.ts';

/** One line of a verdict, ready to show. */
export interface VerdictLine {
  status: ExpectationResult['status'];
  /** What must show: `VoIPSecurity is Secured`. */
  expectation: string;
  /** Why it holds or not, in one line. */
  reason: string;
  /** Where the reader learns more: a rule page or the step's guide section. */
  href: string;
  /** The rule id or guide section the link points to. */
  refLabel: string;
}

/** What an expectation asks for, in the reader's language. */
export function describeExpectation(expectation: Expectation, lang: Lang): string {
  const params = {
    property: expectation.property,
    expected: expectation.expected.join(', '),
    count: expectation.count ?? 0,
    selectProperty: expectation.select?.property ?? '',
    selectValue: expectation.select?.value ?? '',
  };
  if (expectation.kind === 'count' && expectation.property === '') return t(lang, 'verify.expect.countObjects', params);
  const text = t(lang, `verify.expect.${expectation.kind}`, params);
  // "Services includes UM" says which certificate only with its selection; not when it names itself.
  if (!expectation.select || expectation.select.property.toLowerCase() === expectation.property.toLowerCase()) return text;
  return t(lang, 'verify.expect.selected', { ...params, expectation: text });
}

/** Why a result is what it is, in the reader's language. */
export function describeResult(result: ExpectationResult, lang: Lang): string {
  const { expectation } = result;
  return t(lang, `verify.reason.${result.reason}`, {
    property: expectation.property,
    expected: expectation.expected.join(', '),
    actual: result.actual === undefined || result.actual === '' ? t(lang, 'verify.emptyValue') : result.actual,
    lacking: (result.lacking ?? []).join(', '),
    count: expectation.count ?? 0,
    selectProperty: expectation.select?.property ?? '',
    selectValue: expectation.select?.value ?? '',
  });
}

/** The link of an expectation: `/<lang>/reference/rules/<id>/` or `/<lang>/guide/<slug>/#<section>`. */
export function expectationHref(expectation: Expectation, lang: Lang): { href: string; label: string } {
  if (expectation.ref.kind === 'rule') return { href: localePath(lang, 'reference', 'rules', expectation.ref.id), label: expectation.ref.id };
  const [slug, section] = expectation.ref.section.split('#') as [string, string | undefined];
  return { href: `${localePath(lang, 'guide', slug)}${section ? `#${section}` : ''}`, label: expectation.ref.section };
}

/** Every line of a verdict (empty when the paste was unreadable: see `verdictProblem`). */
export function verdictLines(verdict: OutputVerdict, lang: Lang): VerdictLine[] {
  return verdict.results.map((result) => {
    const link = expectationHref(result.expectation, lang);
    return {
      status: result.status,
      expectation: describeExpectation(result.expectation, lang),
      reason: describeResult(result, lang),
      href: link.href,
      refLabel: link.label,
    };
  });
}

/** The message of an unreadable paste, naming what was expected; undefined when it was read. */
export function verdictProblem(verdict: OutputVerdict, check: OutputCheck, lang: Lang): string | undefined {
  if (!verdict.problem) return undefined;
  return t(lang, `verify.problem.${verdict.problem.code}`, { cmdlet: check.cmdlet, ...verdict.problem.params });
}

/** A one-line summary: verified, n mismatches, or unreadable. */
export function verdictSummary(verdict: OutputVerdict, lang: Lang): string {
  if (verdict.status === 'verified') return t(lang, 'verify.status.verified');
  if (verdict.status === 'unreadable') return t(lang, 'verify.status.unreadable');
  const met = verdict.results.filter((r) => r.status === 'matched').length;
  return t(lang, 'verify.status.mismatch', { met, total: verdict.results.length });
}

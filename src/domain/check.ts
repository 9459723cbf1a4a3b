/**
 * Runs every profile rule over a deployment profile. The site calls it on every keystroke and the
 * CLI once, so both show the same findings in the same order.
 */
import { severityRank, type Finding, type ProfilePath } from './finding.ts';
import { withProfileFacts } from './profile-facts.ts';
import type { Profile } from './profile/schema.ts';
import { profileRules } from './profile-rules.ts';
import type { ProfileRule } from './rules/types.ts';

/**
 * Every finding of every profile rule, sorted: errors first, then warnings, then info; within a
 * severity by position in the profile (numbers compare as numbers: `users[2]` before `users[10]`),
 * then by rule id. The facts rules share (servers per role, certificates per host, dial plans by
 * name) are computed once per call.
 * @example checkProfile(exampleProfile).filter((f) => f.severity !== 'info') // → []
 */
export function checkProfile(profile: Profile, rules: readonly ProfileRule[] = profileRules): Finding[] {
  const findings = withProfileFacts(profile, () => rules.flatMap((rule) => rule.check(profile)));
  return findings.sort(compareFindings);
}

/** Finding order: severity, then profile path, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    comparePaths(a.path ?? [], b.path ?? []) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Compares profile paths part by part; a path sorts before the longer paths it starts. */
export function comparePaths(a: ProfilePath, b: ProfilePath): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    // Numbers (array positions) before names only happens on malformed paths; keep it total anyway.
    const sx = String(x);
    const sy = String(y);
    return sx < sy ? -1 : sx > sy ? 1 : typeof x === 'number' ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * The message catalog key that words a finding. A rule whose findings say different things puts a
 * `variant` code in the params (e.g. dial-plan-name's `space` or `too-long`); its wording is
 * `rule.<id>.message.<variant>`. Otherwise it is `rule.<id>.message`.
 * @example findingMessageKey({ ruleId: 'dial-plan-name', severity: 'error', params: { variant: 'space' } })
 * // → 'rule.dial-plan-name.message.space'
 */
export function findingMessageKey(finding: Pick<Finding, 'ruleId' | 'params'>): string {
  const variant = finding.params.variant;
  return typeof variant === 'string' && variant !== ''
    ? `rule.${finding.ruleId}.message.${variant}`
    : `rule.${finding.ruleId}.message`;
}

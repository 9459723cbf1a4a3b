/**
 * The only rule registry. Profile rules check the deployment profile; script rules check PowerShell
 * scripts through the linter. Each rule lives in its own file; its id is the file name.
 */
import type { ProfileRule, Rule, ScriptRule } from './types.ts';

export const profileRules: ProfileRule[] = [
];

export const scriptRules: ScriptRule[] = [
];

export const rules: Rule[] = [...profileRules, ...scriptRules];

/** Finds a rule by id. */
export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}

/** How serious a finding is. `error` blocks copying and running; `warning` asks for confirmation. */
export type Severity = 'error' | 'warning' | 'info';

/** A range in a script: 1-based lines and columns, end column exclusive (like an editor selection). */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A path into the deployment profile, e.g. `['dialPlans', 0, 'name']`. */
export type ProfilePath = readonly (string | number)[];

/** Parameters a message template interpolates; never prose. */
export type FindingParams = Readonly<Record<string, string | number | boolean>>;

/**
 * What a rule reports. It carries a rule id, a severity, a location and parameters — never prose:
 * the French and English wording lives in the message catalogs (`rule.<id>.message`).
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Location in the profile, for profile rules. */
  path?: ProfilePath;
  /** Location in a script, for script rules and parse errors. */
  range?: SourceRange;
  params: FindingParams;
}

/** Sort order for findings: errors first, then warnings, then info. */
export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * How many errors and warnings `findings` hold (what the profile bar, the summary and the wizard show).
 * @example severityCounts([{ severity: 'error' }, { severity: 'info' }] as Finding[]) // → { errors: 1, warnings: 0 }
 */
export function severityCounts(findings: readonly Pick<Finding, 'severity'>[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** Formats a profile path the way JSON readers expect: `dialPlans[0].name`. */
export function formatProfilePath(path: ProfilePath): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    '',
  );
}

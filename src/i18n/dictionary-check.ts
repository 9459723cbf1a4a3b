import en from './en.json' with { type: 'json' };

/**
 * One strict check for both dictionaries: every key of the English file is required and a
 * non-empty string in both, and neither may carry a key the other lacks. A missing French key
 * therefore throws at import time (src/i18n/dictionaries.ts), which fails `astro build`,
 * `astro check` and the unit tests. A plain loop, not a schema: it runs at every CLI start,
 * and building and running a schema of a few thousand keys cost the CLI most of its start-up.
 */
export function dictionaryProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not an object'];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(en)) {
    const message = record[key];
    if (!Object.hasOwn(record, key)) problems.push(`${key}: missing`);
    else if (typeof message !== 'string') problems.push(`${key}: not a string`);
    else if (message.length === 0) problems.push(`${key}: empty`);
  }
  const extra = Object.keys(record).filter((key) => !Object.hasOwn(en, key));
  if (extra.length > 0) problems.push(`extra keys ${extra.join(', ')}`);
  return problems;
}

/**
 * The profile values a runbook step uses, for display beside its commands: each field or list the
 * step's `reads` cover, with its value as text ("exchange.version: 2016", "dialPlans: ParisSIP,
 * LyonSIP"). A long list (thousands of users) gives its first few names and how many more there
 * are, so a step never renders a whole directory. Pure: the page words the labels.
 */
import { valueAt } from '../profile/edit.ts';
import type { Profile } from '../profile/schema.ts';
import { pathTouches } from './paths.ts';

/** A field or list of the profile that can be shown: its dotted key, and for a list of objects the field that names an item. */
export interface ValueSource {
  key: string;
  /** For a list of objects (dial plans, users): the item field shown (`name`, `identity`). */
  labelField?: string;
}

/** One value as a step shows it. */
export interface StepValue {
  /** The dotted key of the field or list (`lync.encryptionLevel`, `dialPlans`). */
  key: string;
  /** True for a list (of objects or of strings): `values` holds its items, maybe not all. */
  list: boolean;
  /** The value as text: one entry for a field, the first items of a list. A boolean is `true`/`false`. */
  values: string[];
  /** How many items of a list are not in `values`. */
  more: number;
}

/** How many items of a list a step shows by name. */
export const STEP_VALUES_SHOWN = 3;

/**
 * The sources a step's `reads` cover: a source at or under one of the read paths (`exchange`
 * covers `exchange.version` and `exchange.servers`; `lync.pools` covers only the pools), in the
 * order of `sources`.
 * @example sourcesForReads([{ key: 'name' }, { key: 'organization.sipDomain' }], ['organization'])
 * // → [{ key: 'organization.sipDomain' }]
 */
export function sourcesForReads<S extends ValueSource>(sources: readonly S[], reads: readonly string[]): S[] {
  return sources.filter((source) => {
    const path = source.key.split('.');
    return reads.some((read) => path.length >= read.split('.').length && pathTouches(path, read));
  });
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * The values of `sources` in `profile`, as text. A missing optional field gives no value (`values`
 * empty); a list gives at most `limit` items and counts the rest; an item without a usable label
 * shows as an empty string (the page words it).
 * @example stepValues(profile, [{ key: 'dialPlans', labelField: 'name' }])
 * // → [{ key: 'dialPlans', list: true, values: ['ParisSIP', 'LyonSIP'], more: 0 }]
 */
export function stepValues(profile: Profile, sources: readonly ValueSource[], limit: number = STEP_VALUES_SHOWN): StepValue[] {
  return sources.map(({ key, labelField }) => {
    const value = valueAt(profile, key.split('.'));
    if (Array.isArray(value)) {
      const shown = value.slice(0, limit).map((item) => asText(labelField ? (item as Record<string, unknown> | null)?.[labelField] : item) ?? '');
      return { key, list: true, values: shown, more: value.length - shown.length };
    }
    const text = asText(value);
    return { key, list: false, values: text === undefined ? [] : [text], more: 0 };
  });
}

import * as v from 'valibot';
import { clipped } from '../inert-text.ts';
import { profileSchema, SCHEMA_VERSION, type Profile } from './schema.ts';
import { migrate } from './migrations.ts';
import type { ProfilePath } from '../finding.ts';
import { exchangeVersionFindings } from '../rules/exchange-2019-no-um.ts';

/** Why a profile could not be loaded. `code` is an i18n key suffix (`profile.error.<code>`). */
export interface ProfileLoadIssue {
  code: 'json' | 'tooLarge' | 'schemaVersion' | 'missingSchemaVersion' | 'missingField' | 'unknownField' | 'tooFew' | 'shape' | 'rule';
  path: ProfilePath;
  /**
   * For `shape`: what the schema `expected` and what was `received` (JSON-ish, the received value
   * cut to a few dozen characters). For `tooFew`: the `min` count and the `count` found. For
   * `rule`: a rule that explains the value better than the schema can (`ruleId` and its params).
   * `missingField` and `unknownField` need none: their path names the field.
   */
  params: Record<string, string | number>;
}

/**
 * The largest profile text read, in characters (about 2 MB of JSON: some 8,000 users with their
 * dial plans, far beyond one Exchange UM deployment). Every way in goes through `loadProfile` (file
 * import, share link, browser storage, the CLI), so a larger text is refused with one clear issue
 * before it is parsed, and the previous profile is kept.
 */
export const PROFILE_MAX_CHARACTERS = 2_000_000;

export type ProfileLoadResult = { ok: true; profile: Profile } | { ok: false; issues: ProfileLoadIssue[] };

/**
 * Parses and validates a profile from JSON text or an already-parsed value. Never throws: a bad
 * profile comes back as issues that say where the problem is, so callers keep their previous state.
 */
export function loadProfile(input: string | unknown): ProfileLoadResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    if (input.length > PROFILE_MAX_CHARACTERS) {
      return { ok: false, issues: [{ code: 'tooLarge', path: [], params: { size: input.length, limit: PROFILE_MAX_CHARACTERS } }] };
    }
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, issues: [{ code: 'json', path: [], params: { detail: String((error as Error).message) } }] };
    }
  }
  const migrated = migrate(value);
  if (!migrated.ok) {
    // No version at all is not "version null": the file is not a profile, or it was cut or edited.
    if (migrated.found === null) return { ok: false, issues: [{ code: 'missingSchemaVersion', path: ['schemaVersion'], params: { supported: SCHEMA_VERSION } }] };
    return { ok: false, issues: [{ code: 'schemaVersion', path: ['schemaVersion'], params: { found: migrated.found, supported: SCHEMA_VERSION } }] };
  }
  const parsed = v.safeParse(profileSchema, migrated.value);
  if (parsed.success) return { ok: true, profile: parsed.output };
  return { ok: false, issues: parsed.issues.map((issue) => explain(toIssue(issue), migrated.value)) };
}

/**
 * Replaces a bare schema complaint with the rule that says why, where one exists: an Exchange 2019
 * profile fails the schema (only 2013 and 2016 are allowed), and the reader should learn that
 * Exchange 2019 has no Unified Messaging rather than "invalid value".
 */
function explain(issue: ProfileLoadIssue, document: unknown): ProfileLoadIssue {
  if (issue.path.join('.') !== 'exchange.version') return issue;
  const raw = (document as { exchange?: { version?: unknown } }).exchange?.version;
  if (typeof raw !== 'string' && typeof raw !== 'number') return issue;
  const [finding] = exchangeVersionFindings(String(raw), issue.path);
  return finding ? { code: 'rule', path: issue.path, params: { ruleId: finding.ruleId, ...finding.params } as Record<string, string | number> } : issue;
}

/** The longest received value quoted in an issue: a profile's strings can be of any length. */
const RECEIVED_MAX = 40;

function toIssue(issue: v.BaseIssue<unknown>): ProfileLoadIssue {
  const path: ProfilePath = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
  if (issue.kind === 'schema' && issue.path?.at(-1)?.origin === 'key') {
    return { code: issue.expected === 'never' ? 'unknownField' : 'missingField', path, params: {} };
  }
  if (issue.type === 'min_length') return { code: 'tooFew', path, params: { min: String(issue.requirement), count: issue.received } };
  // valibot names an object or a list found by its type (`Object`, `Array`): shown as the reader
  // would write them, in either language (a string found is quoted, so never confused with these).
  const received = issue.received === 'Object' ? '{…}' : issue.received === 'Array' ? '[…]' : issue.received;
  return { code: 'shape', path, params: { ...expected(issue), received: clipped(received, RECEIVED_MAX) } };
}

/** valibot's issue types whose expectation has words of its own (`profile.expected.<kind>`). */
const expectedKinds: Readonly<Record<string, string>> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  object: 'object',
  strict_object: 'object',
  array: 'array',
};

/**
 * What a value should have been, as words can say it in either language: a kind of value
 * (`expected: 'number'`), one of a list (`expected: 'oneOf'`, `options`: the JSON array of the
 * allowed values), a lower bound (`expected: 'min'`, `min`), else valibot's own notation.
 * @example expected(picklist issue) // → { expected: 'oneOf', options: '["Secured","SIPSecured"]' }
 */
function expected(issue: v.BaseIssue<unknown>): Record<string, string> {
  if (issue.type === 'picklist' && issue.expected) {
    // valibot writes the options as `("A" | "B")`: each a JSON string.
    const options = issue.expected.replace(/^\(|\)$/g, '').split(' | ').map((option) => JSON.parse(option) as unknown);
    if (options.every((option) => typeof option === 'string')) return { expected: 'oneOf', options: JSON.stringify(options) };
  }
  if (issue.type === 'min_value') return { expected: 'min', min: String(issue.requirement) };
  const kind = expectedKinds[issue.type];
  return { expected: kind ?? issue.expected ?? issue.type };
}

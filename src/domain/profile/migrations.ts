import { clipped } from '../inert-text.ts';
import { SCHEMA_VERSION } from './schema.ts';

type Document = Record<string, unknown>;

const isObject = (value: unknown): value is Document => typeof value === 'object' && value !== null && !Array.isArray(value);
const fold = (value: string) => value.trim().toLowerCase();

/**
 * Version 1 → 2. Two meanings change, and the migration keeps what a version 1 profile produced:
 * - A UM dial plan's `lyncDialPlan` was a bare name, read as the Lync *site* scope when a Front End
 *   site bore that name and as a per-user plan otherwise. Version 2 writes the scope explicitly
 *   (`site:Paris`, `Registrar:<pool>`, or a per-user name), so a name that matched a site becomes
 *   `site:<site>` and any other name stays a per-user plan.
 * - Dial plans carry their language; version 1 never set -DefaultLanguage, so the server's default
 *   applied: `en-US` when no other UM language pack is installed (New-UMDialPlan.md).
 * Anything of an unexpected shape is left as it is, for the schema to report where it is wrong.
 */
function v1ToV2(doc: Document): Document {
  const lync = isObject(doc.lync) ? doc.lync : undefined;
  const pools = Array.isArray(lync?.pools) ? lync.pools.filter(isObject) : [];
  const sites = new Map<string, string>();
  for (const pool of pools) {
    if (pool.director === true || typeof pool.site !== 'string') continue;
    if (!sites.has(fold(pool.site))) sites.set(fold(pool.site), pool.site);
  }
  const dialPlans = Array.isArray(doc.dialPlans)
    ? doc.dialPlans.map((dialPlan) => {
        if (!isObject(dialPlan)) return dialPlan;
        const next: Document = { ...dialPlan };
        if (typeof next.lyncDialPlan === 'string') {
          const site = sites.get(fold(next.lyncDialPlan));
          if (site !== undefined) next.lyncDialPlan = `site:${site}`;
        }
        if (next.language === undefined) next.language = 'en-US';
        return next;
      })
    : doc.dialPlans;
  return { ...doc, schemaVersion: 2, dialPlans };
}

/**
 * Migrations from older profile versions to the current one: `n: (vn) => vn+1`. Each step takes
 * the previous version's document and returns the next one's; stored profiles, imported files and
 * share links of any older version load through them.
 */
const steps: Record<number, (doc: Document) => Document> = {
  1: v1ToV2,
};

/** `found` is the version as written (JSON), or null when the document has none at all. */
export type MigrationResult = { ok: true; value: unknown } | { ok: false; found: string | null };

/** Brings a parsed document up to SCHEMA_VERSION, or says which version it could not handle. */
export function migrate(value: unknown): MigrationResult {
  if (!isObject(value)) return { ok: true, value };
  let doc = value;
  let version = doc.schemaVersion;
  while (typeof version === 'number' && version < SCHEMA_VERSION && steps[version]) {
    doc = steps[version]!(doc);
    version = doc.schemaVersion;
  }
  if (version === undefined || version === null) return { ok: false, found: null };
  if (version !== SCHEMA_VERSION) return { ok: false, found: describeVersion(version) };
  return { ok: true, value: doc };
}

/**
 * The version found, for the message: a number or a short string as written; anything else by its
 * kind only. Writing out an imported object would overflow the stack on a deeply nested one
 * (`JSON.stringify` recurses) and make the message as long as the file.
 */
function describeVersion(version: unknown): string {
  if (typeof version === 'number' || typeof version === 'boolean') return String(version);
  if (typeof version === 'string') return JSON.stringify(clipped(version, 40));
  return Array.isArray(version) ? '[…]' : '{…}';
}

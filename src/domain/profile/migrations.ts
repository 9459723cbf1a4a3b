import { SCHEMA_VERSION } from './schema.ts';

/**
 * Migrations from older profile versions to the current one. Only version 1 exists, so the table
 * is empty; when version 2 arrives, add `1: (v1) => v2` here and bump SCHEMA_VERSION. Each step
 * takes the previous version's document and returns the next one's.
 */
const steps: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

/** `found` is the version as written (JSON), or null when the document has none at all. */
export type MigrationResult = { ok: true; value: unknown } | { ok: false; found: string | null };

/** Brings a parsed document up to SCHEMA_VERSION, or says which version it could not handle. */
export function migrate(value: unknown): MigrationResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: true, value };
  let doc = value as Record<string, unknown>;
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
  if (typeof version === 'string') return JSON.stringify(version.length > 40 ? `${version.slice(0, 40)}…` : version);
  return Array.isArray(version) ? '[…]' : '{…}';
}

#!/usr/bin/env node
// Merges message keys into src/i18n/{en,fr}.json, keeping keys sorted and the files stable.
// Usage: node scripts/i18n-add.mjs '{"en":{"a.b":"…"},"fr":{"a.b":"…"}}'   (or a path to such a JSON file)
// Both languages must receive the same keys: the strict i18n schema fails the build otherwise.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const arg = process.argv[2];
if (!arg) {
  console.error('usage: node scripts/i18n-add.mjs <json|file>');
  process.exit(2);
}
const patch = JSON.parse(existsSync(arg) ? readFileSync(arg, 'utf8') : arg);
const enKeys = Object.keys(patch.en ?? {}).sort().join('\n');
const frKeys = Object.keys(patch.fr ?? {}).sort().join('\n');
if (enKeys !== frKeys) {
  console.error('The en and fr parts must carry the same keys.');
  process.exit(2);
}
for (const lang of ['en', 'fr']) {
  const file = fileURLToPath(new URL(`../src/i18n/${lang}.json`, import.meta.url));
  const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const merged = { ...current, ...patch[lang] };
  const sorted = Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
  writeFileSync(file, JSON.stringify(sorted, null, 2) + '\n');
}
console.log(`merged ${Object.keys(patch.en ?? {}).length} keys`);

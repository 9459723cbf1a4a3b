#!/usr/bin/env node
// Copies the cmdlet catalogs from ../shared/reference into src/domain/catalog/data and checks their
// top-level shape, so a regenerated catalog that changed format fails here, not in the linter.
// Usage: npm run catalog:refresh   (or: node scripts/refresh-catalog.mjs [referenceDir])
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const referenceDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference'));
const targetDir = join(root, 'src', 'domain', 'catalog', 'data');
const files = ['cmdlets.json', 'core-cmdlets.json'];
const shells = new Set(['exchange', 'lync', 'core']);

/** Returns a list of shape problems (empty when the catalog looks usable). */
function shapeProblems(name, catalog) {
  const problems = [];
  const need = (cond, msg) => { if (!cond) problems.push(`${name}: ${msg}`); };
  need(catalog && typeof catalog === 'object' && !Array.isArray(catalog), 'top level is not an object');
  if (problems.length) return problems;
  need(typeof catalog.generatedFrom === 'string', 'generatedFrom is not a string');
  need(catalog.targetProducts && typeof catalog.targetProducts === 'object', 'targetProducts missing');
  need(Array.isArray(catalog.commonParameters), 'commonParameters is not an array');
  need(Array.isArray(catalog.missingCmdlets), 'missingCmdlets is not an array');
  need(catalog.cmdlets && typeof catalog.cmdlets === 'object', 'cmdlets missing');
  if (name === 'core-cmdlets.json') need(catalog.aliases && typeof catalog.aliases === 'object', 'aliases missing');
  for (const [cmdlet, entry] of Object.entries(catalog.cmdlets ?? {})) {
    need(shells.has(entry.shell), `${cmdlet}.shell is ${JSON.stringify(entry.shell)}`);
    need(Array.isArray(entry.parameterSets) && entry.parameterSets.length > 0, `${cmdlet}.parameterSets empty`);
    need(entry.parameters && typeof entry.parameters === 'object', `${cmdlet}.parameters missing`);
    for (const set of entry.parameterSets ?? []) {
      for (const key of ['required', 'optional', 'positional']) need(Array.isArray(set[key]), `${cmdlet} set ${set.name}.${key}`);
    }
  }
  for (const [alias, target] of Object.entries(catalog.aliases ?? {})) {
    need(Object.hasOwn(catalog.cmdlets, target), `alias ${alias} -> unknown ${target}`);
  }
  return problems;
}

let failed = false;
for (const file of files) {
  const source = join(referenceDir, file);
  if (!existsSync(source)) {
    console.error(`missing ${source}`);
    failed = true;
    continue;
  }
  const text = readFileSync(source, 'utf8');
  const catalog = JSON.parse(text);
  const problems = shapeProblems(file, catalog);
  if (problems.length) {
    console.error(problems.join('\n'));
    failed = true;
    continue;
  }
  writeFileSync(join(targetDir, file), text);
  const cmdlets = Object.values(catalog.cmdlets);
  const count = (shell) => cmdlets.filter((c) => c.shell === shell).length;
  const sets = cmdlets.reduce((n, c) => n + c.parameterSets.length, 0);
  const parameters = cmdlets.reduce((n, c) => n + Object.keys(c.parameters).length, 0);
  const enums = cmdlets.reduce((n, c) => n + Object.values(c.parameters).filter((p) => Array.isArray(p.enum)).length, 0);
  console.log(
    `${file}: ${cmdlets.length} cmdlets (exchange ${count('exchange')}, lync ${count('lync')}, core ${count('core')}), ` +
      `${sets} parameter sets, ${parameters} parameters, ${enums} enums` +
      (catalog.aliases ? `, ${Object.keys(catalog.aliases).length} aliases` : ''),
  );
}
process.exit(failed ? 1 : 0);

/**
 * `npm run bench`: runs every benchmark module in bench/ that exports `run()`, prints one table of
 * figures with their targets, and writes bench/results.json. Speed is measured here, never in tests.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus } from 'node:os';
import type { BenchResult as BenchFigure } from './harness.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .sort();

const figures: Array<BenchFigure & { bench: string }> = [];
for (const file of modules) {
  const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as { run?: () => Promise<BenchFigure[]> };
  if (typeof mod.run !== 'function') continue;
  process.stdout.write(`running ${file}…\n`);
  for (const figure of await mod.run()) figures.push({ bench: file, ...figure });
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));
console.log(`\nNode ${process.versions.node}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})\n`);
console.log(`${'benchmark'.padEnd(58)} ${'value'.padStart(12)} ${'unit'.padEnd(10)} target`);
for (const f of figures) console.log(`${f.name.padEnd(58)} ${fmt(f.value).padStart(12)} ${f.unit.padEnd(10)} ${f.target ?? ''}`);
writeFileSync(`${dir}results.json`, JSON.stringify({ node: process.versions.node, cores: cpus().length, figures }, null, 2) + '\n');

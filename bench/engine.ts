/**
 * Engine speed: checkProfile + generateAll on the example profile, the work the site repeats on
 * every keystroke of the profile form. Target: median ≤ 2 ms.
 * `npx tsx bench/engine.ts` prints the figures; `run()` returns them for a combined bench report.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { checkProfile } from '../src/domain/check.ts';
import { exampleProfile } from '../src/domain/profile/index.ts';
import { generateAll } from '../src/domain/runbook/index.ts';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

const WARMUP_RUNS = 200;
const MEASURED_RUNS = 2000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Milliseconds per call of `fn`, over MEASURED_RUNS calls after a warm-up (JIT, caches). */
function sample(fn: () => unknown): number[] {
  let sink = 0;
  for (let i = 0; i < WARMUP_RUNS; i++) sink += (fn() as unknown[]).length;
  const times: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const start = performance.now();
    sink += (fn() as unknown[]).length;
    times.push(performance.now() - start);
  }
  // Keeps the results alive so the calls are not optimised away.
  if (sink < 0) console.log(sink);
  return times;
}

/** Runs the engine bench and returns its figures (milliseconds). */
export async function run(): Promise<BenchResult[]> {
  const both = sample(() => [...checkProfile(exampleProfile), ...generateAll(exampleProfile)]);
  const check = sample(() => checkProfile(exampleProfile));
  const generate = sample(() => generateAll(exampleProfile));
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return [
    { name: 'checkProfile + generateAll, example profile (median)', value: round(median(both)), unit: 'ms', target: 2 },
    { name: 'checkProfile + generateAll, example profile (p95)', value: round(percentile(both, 95)), unit: 'ms' },
    { name: 'checkProfile, example profile (median)', value: round(median(check)), unit: 'ms' },
    { name: 'generateAll, example profile (median)', value: round(median(generate)), unit: 'ms' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await run();
  for (const r of results) {
    const verdict = r.target === undefined ? '' : r.value <= r.target ? `  ✓ target ≤ ${r.target} ${r.unit}` : `  ✗ target ≤ ${r.target} ${r.unit}`;
    console.log(`${r.name.padEnd(56)} ${r.value.toFixed(3).padStart(8)} ${r.unit}${verdict}`);
  }
  process.exitCode = results.every((r) => r.target === undefined || r.value <= r.target) ? 0 : 1;
}

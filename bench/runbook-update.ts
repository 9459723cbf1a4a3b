/**
 * The runbook page's update: an operator types in a profile field → `$profile` changes → `$findings`
 * (checkProfile) and `$commands` (generateAll) are recomputed, once, for every island on the page.
 * This measures that path through the real stores on the example profile. Target: one frame (16 ms).
 * `npx tsx bench/runbook-update.ts` prints the figures; `run()` returns them for a combined report.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { $commands, $findings, setProfile, updateProfile } from '../src/islands/state/profile.ts';
import { exampleProfile } from '../src/domain/profile/index.ts';

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

/** Runs the update bench and returns its figures (milliseconds). */
export async function run(): Promise<BenchResult[]> {
  setProfile(exampleProfile);
  // Subscribed like the islands are: computed stores then recompute eagerly on each change.
  const stopFindings = $findings.listen(() => {});
  const stopCommands = $commands.listen(() => {});
  let sink = 0;
  const times: number[] = [];
  for (let i = 0; i < WARMUP_RUNS + MEASURED_RUNS; i++) {
    // Alternate two real values (a keystroke in the dial plan name), so every run is a change.
    const start = performance.now();
    updateProfile(['dialPlans', 0, 'name'], i % 2 ? 'ParisSIP' : 'ParisSIP2');
    sink += $findings.get().length + $commands.get().length;
    const elapsed = performance.now() - start;
    if (i >= WARMUP_RUNS) times.push(elapsed);
  }
  stopFindings();
  stopCommands();
  setProfile(exampleProfile);
  if (sink < 0) console.log(sink);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return [
    { name: 'profile update → $findings + $commands, example profile (median)', value: round(median(times)), unit: 'ms', target: 16 },
    { name: 'profile update → $findings + $commands, example profile (p95)', value: round(percentile(times, 95)), unit: 'ms' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await run();
  for (const r of results) {
    const verdict = r.target === undefined ? '' : r.value <= r.target ? `  ✓ target ≤ ${r.target} ${r.unit}` : `  ✗ target ≤ ${r.target} ${r.unit}`;
    console.log(`${r.name.padEnd(66)} ${r.value.toFixed(3).padStart(8)} ${r.unit}${verdict}`);
  }
  process.exitCode = results.every((r) => r.target === undefined || r.value <= r.target) ? 0 : 1;
}

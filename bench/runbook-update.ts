/**
 * The runbook page's update: an operator types in a profile field → `$profile` changes → `$findings`
 * (checkProfile) and `$commands` (generateAll) are recomputed, once, for every island on the page.
 * This measures that path through the real stores on the example profile. Target: one frame (16 ms).
 * `npx tsx bench/runbook-update.ts` prints the figures; `run()` returns them for a combined report.
 */
import { $commands, $findings, setProfile, updateProfile } from '../src/islands/state/profile.ts';
import { exampleProfile } from '../src/domain/profile/index.ts';
import { figure, isMain, median, percentile, report, roundMs, sample, type BenchResult } from './harness.ts';

export type { BenchResult };

const RUNS = { warmup: 200, measured: 2000 };

/** Runs the update bench and returns its figures (milliseconds). */
export async function run(): Promise<BenchResult[]> {
  setProfile(exampleProfile);
  // Subscribed like the islands are: computed stores then recompute eagerly on each change.
  const stopFindings = $findings.listen(() => {});
  const stopCommands = $commands.listen(() => {});
  // Alternate two real values (a keystroke in the dial plan name), so every run is a change.
  const times = sample((i) => {
    updateProfile(['dialPlans', 0, 'name'], i % 2 ? 'ParisSIP' : 'ParisSIP2');
    return $findings.get().length + $commands.get().length;
  }, RUNS);
  stopFindings();
  stopCommands();
  setProfile(exampleProfile);
  return [
    figure('profile update → $findings + $commands, example profile (median)', roundMs(median(times)), 'ms', 16),
    figure('profile update → $findings + $commands, example profile (p95)', roundMs(percentile(times, 95)), 'ms'),
  ];
}

if (isMain(import.meta.url)) report(await run(), 66);

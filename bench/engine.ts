/**
 * Engine speed: checkProfile + generateAll on the example profile, the work the site repeats on
 * every keystroke of the profile form. Target: median ≤ 2 ms.
 * `npx tsx bench/engine.ts` prints the figures; `run()` returns them for a combined bench report.
 */
import { checkProfile } from '../src/domain/check.ts';
import { exampleProfile } from '../src/domain/profile/index.ts';
import { generateAll } from '../src/domain/runbook/index.ts';
import { figure, isMain, median, percentile, report, roundMs, sample, type BenchResult } from './harness.ts';

export type { BenchResult };

const RUNS = { warmup: 200, measured: 2000 };

/** Runs the engine bench and returns its figures (milliseconds). */
export async function run(): Promise<BenchResult[]> {
  const both = sample(() => [...checkProfile(exampleProfile), ...generateAll(exampleProfile)].length, RUNS);
  const check = sample(() => checkProfile(exampleProfile).length, RUNS);
  const generate = sample(() => generateAll(exampleProfile).length, RUNS);
  return [
    figure('checkProfile + generateAll, example profile (median)', roundMs(median(both)), 'ms', 2),
    figure('checkProfile + generateAll, example profile (p95)', roundMs(percentile(both, 95)), 'ms'),
    figure('checkProfile, example profile (median)', roundMs(median(check)), 'ms'),
    figure('generateAll, example profile (median)', roundMs(median(generate)), 'ms'),
  ];
}

if (isMain(import.meta.url)) report(await run(), 56);

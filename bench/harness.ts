/**
 * The timing harness the call-count benches share (engine, lab, runbook-update; lint borrows the
 * figure type, `median` and `isMain`): one definition of the statistics, the warm-up and the
 * printed report, so that every bench measures and rounds the same way.
 * It exports no `run()`, so bench/run.ts passes over it.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

/** One figure of a bench, as `run()` returns it and bench/run.ts tabulates it. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** A number is an upper bound (`value ≤ target`); a string states its own direction (lint). */
  target?: number | string;
}

/** A figure; `target` is left out (not set to undefined) when there is none, as results.json shows. */
export function figure(name: string, value: number, unit: string, target?: number | string): BenchResult {
  return target === undefined ? { name, value, unit } : { name, value, unit, target };
}

/** The median: the mean of the two middle values when there is an even number of them. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The `p`th percentile (nearest rank, 0–100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Milliseconds rounded to the microsecond, the precision the reports print. */
export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** How many calls warm up (JIT, caches) and how many are then timed. */
export interface SampleRuns {
  warmup: number;
  measured: number;
}

/**
 * Milliseconds per call of `fn`, over `runs.measured` calls after `runs.warmup` untimed ones.
 * `fn` gets the call's index (continuing from the warm-up into the timed calls) and returns a
 * number that is summed and kept alive, so the work is not optimised away.
 */
export function sample(fn: (i: number) => number, runs: SampleRuns): number[] {
  let sink = 0;
  for (let i = 0; i < runs.warmup; i++) sink += fn(i);
  const times: number[] = [];
  for (let i = runs.warmup; i < runs.warmup + runs.measured; i++) {
    const start = performance.now();
    sink += fn(i);
    times.push(performance.now() - start);
  }
  if (sink < 0) console.log(sink);
  return times;
}

/** True when the module at `moduleUrl` was started directly (`npx tsx bench/x.ts`), not imported. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;
}

/**
 * Prints millisecond-style figures, one a line with a ✓/✗ against numeric targets, and sets a
 * failing exit code when a target is missed. `nameWidth` keeps each bench's column as it was.
 */
export function report(results: readonly BenchResult[], nameWidth: number): void {
  const met = (r: BenchResult) => typeof r.target !== 'number' || r.value <= r.target;
  for (const r of results) {
    const verdict = r.target === undefined ? '' : `  ${met(r) ? '✓' : '✗'} target ≤ ${r.target} ${r.unit}`;
    console.log(`${r.name.padEnd(nameWidth)} ${r.value.toFixed(3).padStart(8)} ${r.unit}${verdict}`);
  }
  process.exitCode = results.every(met) ? 0 : 1;
}

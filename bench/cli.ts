/**
 * CLI cold start: runs the real bin (bin/passerelle.mjs → the built dist-cli/) as a new process,
 * as a user does, for a 1-line lint and for `generate` on the example profile, and reports the
 * median wall-clock time of several starts. Targets: ≤ 0.3 s for the lint, ≤ 0.5 s for generate.
 * The CPU time of the child (user + system, from /usr/bin/time when it exists) is reported beside
 * it, since a shared 2-core machine stretches wall-clock time; a bare `node -e 0` gives the floor.
 * Builds the CLI first, so the figures are those of the current sources.
 *
 * Run: npx tsx bench/cli.ts    (a bench runner imports `run()` instead)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';
import { figure, isMain, median, report, type BenchResult } from './harness.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 7;
const time = '/usr/bin/time';

/** Wall-clock and CPU seconds of one start of `node …args`. */
function start(args: readonly string[]): { wall: number; cpu: number | undefined } {
  const withTime = existsSync(time);
  const command = withTime ? time : process.execPath;
  const argv = withTime ? ['-f', '@@%U %S', process.execPath, ...args] : [...args];
  const t0 = performance.now();
  const result = spawnSync(command, argv, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - t0) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const match = /@@([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  return { wall, cpu: match ? Number(match[1]) + Number(match[2]) : undefined };
}

function starts(args: readonly string[]): { wall: number; cpu: number | undefined } {
  start(args); // the first start fills the OS file cache and Node's compile cache
  const runs = Array.from({ length: RUNS }, () => start(args));
  const cpu = runs.map((r) => r.cpu).filter((c): c is number => c !== undefined);
  return { wall: median(runs.map((r) => r.wall)), cpu: cpu.length ? median(cpu) : undefined };
}

/** The bench's figures, for a bench runner. */
export async function run(): Promise<BenchResult[]> {
  await buildCli();
  const scratch = mkdtempSync(join(tmpdir(), 'passerelle-bench-cli-'));
  const oneLine = join(scratch, 'one-line.ps1');
  writeFileSync(oneLine, 'Get-UMService -Identity mbx01\n');
  const bin = join(root, 'bin/passerelle.mjs');
  const node = starts(['-e', '0']);
  const lint = starts([bin, 'lint', oneLine, '--shell', 'exchange']);
  const generate = starts([bin, 'generate', '--profile', join(root, 'src/domain/profile/example.json')]);
  const round = (s: number) => Math.round(s * 1000) / 1000;
  const results = [
    figure('passerelle lint, 1-line file, cold start (median)', round(lint.wall), 's', 0.3),
    figure('passerelle generate, example profile, cold start (median)', round(generate.wall), 's', 0.5),
    figure('node -e 0, the floor (median)', round(node.wall), 's'),
  ];
  if (lint.cpu !== undefined && generate.cpu !== undefined && node.cpu !== undefined) {
    results.push(
      figure('passerelle lint, 1-line file, cold start (median CPU time)', round(lint.cpu), 's', 0.3),
      figure('passerelle generate, example profile, cold start (median CPU time)', round(generate.cpu), 's', 0.5),
      figure('node -e 0 (median CPU time)', round(node.cpu), 's'),
    );
  }
  return results;
}

if (isMain(import.meta.url)) report(await run(), 66);

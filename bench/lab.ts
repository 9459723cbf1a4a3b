/**
 * Lab speed: lint + execution of one typical command in a session whose lab already holds the
 * dial plans (what a keypress of Enter costs in the terminal). Target: median ≤ 1 ms.
 * `npx tsx bench/lab.ts` prints the figures; `run()` returns them for `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createSession, runLine } from '../src/domain/lab/index.ts';
import { replayRunbook } from '../src/domain/lab/replay.ts';
import { exampleProfile } from '../src/domain/profile/index.ts';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

const WARMUP_RUNS = 300;
const MEASURED_RUNS = 3000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Milliseconds per call, after a warm-up; every call starts from the same session (runLine is pure). */
function sample(fn: () => { output: unknown[] }): number[] {
  let sink = 0;
  for (let i = 0; i < WARMUP_RUNS; i++) sink += fn().output.length;
  const times: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const start = performance.now();
    sink += fn().output.length;
    times.push(performance.now() - start);
  }
  if (sink < 0) console.log(sink);
  return times;
}

export async function run(): Promise<BenchResult[]> {
  const opts = { lang: 'en' as const, profile: exampleProfile };
  // A lab with the dial plans created: the state a typical Set-UMService line meets.
  const lab = replayRunbook(exampleProfile, { lang: 'en', through: 'import-exchange-certificates' }).lab;
  const session = createSession(exampleProfile, 'exchange', lab);
  const typical = sample(() => runLine(session, "Set-UMService -Identity mbx01.contoso.com -DialPlans @{Add='ParisSIP'}", opts));
  const query = sample(() => runLine(session, 'Get-UMDialPlan | Where-Object { $_.URIType -eq "SipName" } | Format-List Name,PhoneContext', opts));
  const full = replayRunbook(exampleProfile, { lang: 'en' }).lab;
  const lyncSession = createSession(exampleProfile, 'lync', full);
  const test = sample(() =>
    runLine(lyncSession, "Test-CsExUMConnectivity -TargetFqdn lyncpool-paris.contoso.com -UserSipAddress sip:alice@contoso.com -UserCredential (Get-Credential -Credential 'alice@contoso.com')", opts),
  );
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return [
    { name: 'lab: lint + run Set-UMService -DialPlans @{Add} (median)', value: round(median(typical)), unit: 'ms', target: 1 },
    { name: 'lab: lint + run Set-UMService -DialPlans @{Add} (p95)', value: round(percentile(typical, 95)), unit: 'ms' },
    { name: 'lab: Get-UMDialPlan | Where-Object | Format-List (median)', value: round(median(query)), unit: 'ms' },
    { name: 'lab: Test-CsExUMConnectivity on the full runbook (median)', value: round(median(test)), unit: 'ms' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await run();
  for (const r of results) {
    const verdict = r.target === undefined ? '' : r.value <= r.target ? `  ✓ target ≤ ${r.target} ${r.unit}` : `  ✗ target ≤ ${r.target} ${r.unit}`;
    console.log(`${r.name.padEnd(60)} ${r.value.toFixed(3).padStart(8)} ${r.unit}${verdict}`);
  }
  process.exitCode = results.every((r) => r.target === undefined || r.value <= r.target) ? 0 : 1;
}

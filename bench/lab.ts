/**
 * Lab speed: lint + execution of one typical command in a session whose lab already holds the
 * dial plans (what a keypress of Enter costs in the terminal). Target: median ≤ 1 ms. Also the
 * hostile lines of issue 16 (a backtracking wildcard and regex, a value doubled 17 times then
 * printed, loops within loops): each ends at the lab's limits, with an upper bound.
 * `npx tsx bench/lab.ts` prints the figures; `run()` returns them for `npm run bench`.
 */
import { createSession, runLine } from '../src/domain/lab/index.ts';
import { replayRunbook } from '../src/domain/lab/replay.ts';
import { exampleProfile } from '../src/domain/profile/index.ts';
import { figure, isMain, median, percentile, report, roundMs, sample, type BenchResult } from './harness.ts';

export type { BenchResult };

const RUNS = { warmup: 300, measured: 3000 };

/** Runs the lab bench and returns its figures (milliseconds). */
export async function run(): Promise<BenchResult[]> {
  const opts = { lang: 'en' as const, profile: exampleProfile };
  // A lab with the dial plans created: the state a typical Set-UMService line meets.
  const lab = replayRunbook(exampleProfile, { lang: 'en', through: 'import-exchange-certificates' }).lab;
  const session = createSession(exampleProfile, 'exchange', lab);
  // Every call starts from the same session (runLine is pure); the output's length keeps it alive.
  const line = (s: typeof session, text: string) => sample(() => runLine(s, text, opts).output.length, RUNS);
  const typical = line(session, "Set-UMService -Identity mbx01.contoso.com -DialPlans @{Add='ParisSIP'}");
  const query = line(session, 'Get-UMDialPlan | Where-Object { $_.URIType -eq "SipName" } | Format-List Name,PhoneContext');
  const full = replayRunbook(exampleProfile, { lang: 'en' }).lab;
  const lyncSession = createSession(exampleProfile, 'lync', full);
  const test = line(
    lyncSession,
    "Test-CsExUMConnectivity -TargetFqdn lyncpool-paris.contoso.com -UserSipAddress sip:alice@contoso.com -UserCredential (Get-Credential -Credential 'alice@contoso.com')",
  );
  // Hostile lines of issue 16: each must end (the lab's limits), and quickly.
  const hostile = { warmup: 3, measured: 20 };
  const as = 'a'.repeat(200);
  const like = sample(() => runLine(session, `'${as}' -like '*a*a*a*a*a*a*b'`, opts).output.length, hostile);
  const match = sample(() => runLine(session, `'${as}' -match '(a+)+b'`, opts).output.length, hostile);
  let doubled = createSession(exampleProfile, 'exchange', lab);
  doubled = runLine(doubled, '$a=@(1,2)', opts).session;
  for (let i = 0; i < 17; i++) doubled = runLine(doubled, '$a=$a+$a', opts).session;
  const print = sample(() => runLine(doubled, '$a', opts).output.length, hostile);
  const loops = sample(() => runLine(doubled, 'foreach ($x in $a) { foreach ($y in $a) { $z = 1 } }', opts).output.length, { warmup: 1, measured: 5 });
  return [
    figure('lab: 200 a -like *a*a*a*a*a*a*b (median)', roundMs(median(like)), 'ms', 5),
    figure('lab: 200 a -match (a+)+b, stopped at its budget (median)', roundMs(median(match)), 'ms', 500),
    figure('lab: print $a after 17 doublings, output cut (median)', roundMs(median(print)), 'ms', 500),
    figure('lab: nested foreach, stopped at the statement limit (median)', roundMs(median(loops)), 'ms', 1000),
    figure('lab: lint + run Set-UMService -DialPlans @{Add} (median)', roundMs(median(typical)), 'ms', 1),
    figure('lab: lint + run Set-UMService -DialPlans @{Add} (p95)', roundMs(percentile(typical, 95)), 'ms'),
    figure('lab: Get-UMDialPlan | Where-Object | Format-List (median)', roundMs(median(query)), 'ms'),
    figure('lab: Test-CsExUMConnectivity on the full runbook (median)', roundMs(median(test)), 'ms'),
  ];
}

if (isMain(import.meta.url)) report(await run(), 60);

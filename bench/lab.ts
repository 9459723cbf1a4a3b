/**
 * Lab speed: lint + execution of one typical command in a session whose lab already holds the
 * dial plans (what a keypress of Enter costs in the terminal). Target: median ≤ 1 ms.
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
  return [
    figure('lab: lint + run Set-UMService -DialPlans @{Add} (median)', roundMs(median(typical)), 'ms', 1),
    figure('lab: lint + run Set-UMService -DialPlans @{Add} (p95)', roundMs(percentile(typical, 95)), 'ms'),
    figure('lab: Get-UMDialPlan | Where-Object | Format-List (median)', roundMs(median(query)), 'ms'),
    figure('lab: Test-CsExUMConnectivity on the full runbook (median)', roundMs(median(test)), 'ms'),
  ];
}

if (isMain(import.meta.url)) report(await run(), 60);

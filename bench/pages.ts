/**
 * Browser main-thread figures: opens each page type of bench/budgets.json `mainThread` in Chromium
 * under CPU throttling (the same measurement as test/e2e/main-thread.test.ts) and reports its total
 * blocking time, longest task and the time until the page is quiet, against the budgets. The large
 * deployments (2,000 users) are opened (goal, issue 16: quiet within 3 s, the figure's target here;
 * the e2e test holds a looser upper bound, for a loaded CI machine) and also read to the end, so
 * every island hydrates.
 * Needs the built site (`npm run build`); serves it with `astro preview` on BENCH_PORT (4399), or
 * measures BENCH_URL when given (an already running preview).
 *
 * Run: npx tsx bench/pages.ts    (a bench runner imports `run()` instead)
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { measureMainThread, type MainThreadBudget } from '../test/e2e/main-thread.ts';
import { figure, isMain, report, type BenchResult } from './harness.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

/** The bench's figures, for a bench runner. */
export async function run(): Promise<BenchResult[]> {
  if (!existsSync(`${root}dist/en/index.html`)) {
    console.log('bench/pages.ts: no built site (run `npm run build` first); page figures skipped.');
    return [];
  }
  const { mainThread } = JSON.parse(readFileSync(`${root}bench/budgets.json`, 'utf8')) as { mainThread: MainThreadBudget[] };
  const port = Number(process.env.BENCH_PORT ?? 4399);
  const baseURL = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
  const server = process.env.BENCH_URL
    ? undefined
    : spawn(process.execPath, ['scripts/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results: BenchResult[] = [];
  try {
    await waitFor(`${baseURL}/en/`, 60_000);
    for (const budget of mainThread) {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      const figures = await measureMainThread(page, budget);
      await context.close();
      const label = `${budget.name} (${budget.cpuThrottling}× CPU)`;
      results.push(
        figure(`${label}: total blocking time`, figures.totalBlockingMs, 'ms', budget.totalBlockingMs),
        figure(`${label}: longest task`, figures.longestTaskMs, 'ms', budget.longestTaskMs),
        // Issue 16's goal: a 2,000-user deployment opens (every island rendered, nothing scrolled) within 3 s.
        figure(`${label}: quiet after`, figures.busyUntilMs, 'ms', budget.profileUsers && !budget.scrollThrough ? 3000 : budget.readyMs),
      );
    }
  } finally {
    await browser.close();
    server?.kill();
  }
  return results;
}

if (isMain(import.meta.url)) report(await run(), 90);

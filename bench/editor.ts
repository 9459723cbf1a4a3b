/**
 * The script editor in a real browser (the built site, Debian's Chromium): how long diagnostics for
 * a 2,000-line script take to appear after a keystroke (target ≤ 50 ms), and how long a keystroke
 * keeps the page busy in a 10,000-line script (Event Timing `keydown` duration; target ≤ 50 ms).
 * Needs `npm run build` first; skipped, with a note, without dist/ or Chromium.
 *
 * Run: npx tsx bench/editor.ts    (bench/run.ts imports `run()`)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { HANDOFF_KEY } from '../src/islands/editor/handoff.ts';
import { figure, isMain, median, percentile, roundMs, type BenchResult } from './harness.ts';
import { generateScript } from './lint.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.wasm': 'application/wasm' };

/** A static server over dist/ on 127.0.0.1 (any free port): the bench needs no preview process. */
function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

async function openWith(page: Page, origin: string, text: string): Promise<void> {
  await page.addInitScript(([key, value]) => sessionStorage.setItem(key!, value!), [HANDOFF_KEY, JSON.stringify({ text })]);
  await page.goto(`${origin}/en/editor/`);
  await page.locator('.script-editor[data-state="ready"]').waitFor({ timeout: 120_000 });
  await page.locator('[data-editor-status]').filter({ hasText: /\d|No problems/ }).waitFor({ timeout: 120_000 });
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
}

/** Types one character and waits for the diagnostics of that text; returns their latency in ms. */
async function keystrokeToDiagnostics(page: Page, key: string): Promise<number> {
  const waiting = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        document.addEventListener('passerelle:editor-diagnostics', (event) => resolve((event as CustomEvent<{ latencyMs: number }>).detail.latencyMs), { once: true });
      }),
  );
  await page.keyboard.press(key);
  return waiting;
}

export async function run(): Promise<BenchResult[]> {
  if (!existsSync(join(dist, 'en/editor/index.html')) || !existsSync(chromiumPath)) {
    console.log('bench/editor.ts: skipped (needs `npm run build` and Chromium at /usr/bin/chromium)');
    return [];
  }
  const { server, origin } = await serve();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    // 1. Diagnostics for 2,000 lines after each keystroke (a comment line typed at the end).
    const page = await browser.newPage();
    await openWith(page, origin, `${generateScript(2000)}\n# `);
    for (let i = 0; i < 3; i++) await keystrokeToDiagnostics(page, 'a'); // warm-up (JIT in both threads)
    const latencies: number[] = [];
    for (let i = 0; i < 15; i++) latencies.push(await keystrokeToDiagnostics(page, 'abcdefghijklmnopqrstuvwxyz'[i % 26]!));
    await page.close();

    // 2. Typing in 10,000 lines: how long each keydown keeps the main thread (Event Timing).
    const big = await browser.newPage();
    await openWith(big, origin, `${generateScript(10_000)}\n# `);
    await big.evaluate(() => {
      const w = window as unknown as { keydowns: number[] };
      w.keydowns = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'keydown') w.keydowns.push(entry.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    });
    const typed = 40;
    for (let i = 0; i < typed; i++) {
      await big.keyboard.press('abcdefghijklmnopqrstuvwxyz'[i % 26]!);
      await big.waitForTimeout(30); // about 33 keys a second: a fast typist
    }
    await big.waitForTimeout(1000);
    // Keydowns under 16 ms are not reported by Event Timing: count them as 16 ms (an upper bound).
    const slow = await big.evaluate(() => (window as unknown as { keydowns: number[] }).keydowns);
    const durations = [...slow, ...Array<number>(Math.max(0, typed - slow.length)).fill(16)];
    await big.close();
    return [
      figure('editor: 2,000 lines, keystroke → diagnostics (median)', roundMs(median(latencies)), 'ms', 50),
      figure('editor: 2,000 lines, keystroke → diagnostics (p90)', roundMs(percentile(latencies, 90)), 'ms'),
      figure('editor: 10,000 lines, keydown duration (median, ≤16 counted as 16)', roundMs(median(durations)), 'ms', 50),
      figure('editor: 10,000 lines, keydown duration (worst)', roundMs(Math.max(...durations)), 'ms'),
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

if (isMain(import.meta.url)) for (const f of await run()) console.log(`${f.name}: ${f.value} ${f.unit}${f.target !== undefined ? ` (target ${f.target})` : ''}`);

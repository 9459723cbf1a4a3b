/**
 * The script editor in a real browser (the built site, Debian's Chromium): how long diagnostics for
 * a 2,000-line and a 10,000-line script take to appear after a keystroke, typed at the end and in
 * the middle (target ≤ 50 ms at 2,000 lines), and how responsive typing stays in a 10,000-line
 * script: each keydown's duration to the next paint (Event Timing; target ≤ 50 ms) and the long
 * tasks while typing. Each scenario runs in a fresh browser, so one page's leftovers never slow
 * the next. Needs `npm run build` first; skipped, with a note, without dist/ or Chromium.
 *
 * Run: npx tsx bench/editor.ts    (bench/run.ts imports `run()`)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
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

/**
 * Opens the editor with `text` and puts the cursor on a new comment line: at the end, or about
 * `line` lines down (Page Down from the top; Monaco's own keys, as a reader would).
 */
async function openWith(page: Page, origin: string, text: string, line?: number): Promise<void> {
  await page.addInitScript(([key, value]) => sessionStorage.setItem(key!, value!), [HANDOFF_KEY, JSON.stringify({ text })]);
  await page.goto(`${origin}/en/editor/`);
  await page.locator('.script-editor[data-state="ready"]').waitFor({ timeout: 120_000 });
  await page.locator('[data-editor-status]').filter({ hasText: /\d|No problems/ }).waitFor({ timeout: 120_000 });
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  if (line !== undefined) {
    await page.keyboard.press('Control+Home');
    const pageLines = await page.locator('.monaco-editor .view-line').count();
    for (let i = 0; i < Math.round(line / Math.max(1, pageLines - 2)); i++) await page.keyboard.press('PageDown');
    await page.keyboard.press('Home');
    await page.keyboard.insertText('# \n');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
  }
  // Let the first lint (the whole script) and its list settle before measuring.
  await page.waitForTimeout(1500);
}

/** Types one character and waits for the diagnostics of that text; returns their latency in ms. */
async function keystrokeToDiagnostics(page: Page, key: string): Promise<number> {
  const waiting = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        document.addEventListener('passerelle:editor-diagnostics', (event) => resolve((event as CustomEvent<{ latencyMs: number }>).detail.latencyMs), { once: true });
        setTimeout(() => resolve(Number.NaN), 30_000); // never waits forever: a lost answer shows as NaN
      }),
  );
  await page.keyboard.press(key);
  return waiting;
}

/** Median and 90th percentile of keystroke → diagnostics, typing a comment at the end or at `line`. */
async function latencies(browser: Browser, origin: string, lines: number, line?: number): Promise<number[]> {
  const page = await browser.newPage();
  await openWith(page, origin, `${generateScript(lines)}\n# `, line);
  for (let i = 0; i < 3; i++) await keystrokeToDiagnostics(page, 'a'); // warm-up (JIT in both threads)
  const measured: number[] = [];
  for (let i = 0; i < 15; i++) measured.push(await keystrokeToDiagnostics(page, 'abcdefghijklmnopqrstuvwxyz'[i % 26]!));
  // The keys went to a comment line of the editor (not, say, a widget).
  const typedHere = await page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((row) => row.textContent?.replace(/\u00a0/g, ' ').startsWith('# aaaab')));
  if (!typedHere) throw new Error(`bench/editor.ts: the keys were not typed on a comment line (${line ?? 'end'})`);
  await page.close();
  return measured;
}

/** Typing 40 keys at a fast typist's pace in a 10,000-line script: keydown durations and long tasks. */
async function typing(browser: Browser, origin: string): Promise<{ durations: number[]; longTasks: number[] }> {
  const big = await browser.newPage();
  await openWith(big, origin, `${generateScript(10_000)}\n# `);
  await big.evaluate(() => {
    const w = window as unknown as { keydowns: number[]; longTasks: number[] };
    w.keydowns = [];
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') w.keydowns.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const typed = 40;
  for (let i = 0; i < typed; i++) {
    await big.keyboard.press('abcdefghijklmnopqrstuvwxyz'[i % 26]!);
    await big.waitForTimeout(30); // about 33 keys a second: a fast typist
  }
  await big.waitForTimeout(1000);
  // Keydowns under 16 ms are not reported by Event Timing: count them as 16 ms (an upper bound).
  const { keydowns, longTasks } = await big.evaluate(() => {
    const w = window as unknown as { keydowns: number[]; longTasks: number[] };
    return { keydowns: w.keydowns, longTasks: w.longTasks };
  });
  await big.close();
  return { durations: [...keydowns, ...Array<number>(Math.max(0, typed - keydowns.length)).fill(16)], longTasks };
}

export async function run(): Promise<BenchResult[]> {
  if (!existsSync(join(dist, 'en/editor/index.html')) || !existsSync(chromiumPath)) {
    console.log('bench/editor.ts: skipped (needs `npm run build` and Chromium at /usr/bin/chromium)');
    return [];
  }
  const { server, origin } = await serve();
  const fresh = async <T>(scenario: (browser: Browser) => Promise<T>): Promise<T> => {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      return await scenario(browser);
    } finally {
      await browser.close();
    }
  };
  try {
    const atEnd = await fresh((b) => latencies(b, origin, 2000));
    const inMiddle = await fresh((b) => latencies(b, origin, 2000, 1000));
    const bigEnd = await fresh((b) => latencies(b, origin, 10_000));
    const bigMiddle = await fresh((b) => latencies(b, origin, 10_000, 5000));
    const { durations, longTasks } = await fresh((b) => typing(b, origin));
    return [
      figure('editor: 2,000 lines, keystroke → diagnostics, end (median)', roundMs(median(atEnd)), 'ms', 50),
      figure('editor: 2,000 lines, keystroke → diagnostics, end (p90)', roundMs(percentile(atEnd, 90)), 'ms'),
      figure('editor: 2,000 lines, keystroke → diagnostics, middle (median)', roundMs(median(inMiddle)), 'ms', 50),
      figure('editor: 2,000 lines, keystroke → diagnostics, middle (p90)', roundMs(percentile(inMiddle, 90)), 'ms'),
      figure('editor: 10,000 lines, keystroke → diagnostics, end (median)', roundMs(median(bigEnd)), 'ms'),
      figure('editor: 10,000 lines, keystroke → diagnostics, middle (median)', roundMs(median(bigMiddle)), 'ms'),
      figure('editor: 10,000 lines, keydown duration (median, ≤16 counted as 16)', roundMs(median(durations)), 'ms', 50),
      figure('editor: 10,000 lines, keydown duration (worst)', roundMs(Math.max(...durations)), 'ms'),
      figure('editor: 10,000 lines, long tasks while typing 40 keys', longTasks.length, 'tasks'),
      figure('editor: 10,000 lines, longest task while typing', roundMs(Math.max(0, ...longTasks)), 'ms'),
    ];
  } finally {
    server.close();
  }
}

if (isMain(import.meta.url)) for (const f of await run()) console.log(`${f.name}: ${f.value} ${f.unit}${f.target !== undefined ? ` (target ${f.target})` : ''}`);

/**
 * Main-thread measurement shared by the long-task browser test and the browser bench: opens a page
 * under Chrome DevTools Protocol CPU throttling (`Emulation.setCPUThrottlingRate`), optionally with
 * a stored profile, and collects the long tasks (> 50 ms) the page runs until it is quiet.
 */
import type { Page } from '@playwright/test';
import { largeProfile } from './large-profile.ts';

/** One page type's budget, from bench/budgets.json `mainThread`. */
export interface MainThreadBudget {
  name: string;
  /** The page to open (site path). */
  path: string;
  /** CPU throttling rate (4 = a mid-range phone). */
  cpuThrottling: number;
  /** Users in the stored profile (absent: the example deployment). */
  profileUsers?: number;
  /** Scroll through the whole page after load, so every island that hydrates when visible does. */
  scrollThrough?: boolean;
  /** Upper bound of the total blocking time: the sum over long tasks of their time above 50 ms. */
  totalBlockingMs: number;
  /** Upper bound of the longest task. */
  longestTaskMs: number;
  /** Upper bound of the time from navigation until the page is quiet (no long task for `quietMs`). */
  readyMs?: number;
}

export interface MainThreadFigures {
  totalBlockingMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** From navigation start to the end of the last long task (or the load event if later). */
  busyUntilMs: number;
}

const QUIET_MS = 1500;

/** A reader paging down to the end: one screen at a time, each step waiting for the frame to be drawn. */
export async function readToTheEnd(page: Page): Promise<void> {
  for (let step = 0; step < 400; step++) {
    const atEnd = await page.evaluate(async () => {
      window.scrollBy(0, window.innerHeight);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    if (atEnd) break;
  }
}

/** Opens `budget.path` and measures its long tasks until the main thread has been quiet for a while. */
export async function measureMainThread(page: Page, budget: Pick<MainThreadBudget, 'path' | 'cpuThrottling' | 'profileUsers' | 'scrollThrough'>): Promise<MainThreadFigures> {
  if (budget.profileUsers) {
    const text = JSON.stringify(largeProfile(budget.profileUsers));
    await page.addInitScript((stored) => {
      if (!sessionStorage.getItem('passerelle.test.seeded')) {
        localStorage.setItem('passerelle.profile.v1', stored);
        sessionStorage.setItem('passerelle.test.seeded', '1');
      }
    }, text);
  }
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: budget.cpuThrottling });
  try {
    await page.goto(budget.path, { waitUntil: 'load', timeout: 120_000 });
    if (budget.scrollThrough) await readToTheEnd(page);
    // Quiet: no new long task for QUIET_MS (idle-time hydration and deferred work count).
    let seen = -1;
    for (;;) {
      const count = await page.evaluate(() => (window as unknown as { __longTasks: unknown[] }).__longTasks.length);
      if (count === seen) break;
      seen = count;
      await page.waitForTimeout(QUIET_MS);
    }
    const { tasks, load } = await page.evaluate(() => ({
      tasks: (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
      load: performance.getEntriesByType('navigation')[0]?.duration ?? 0,
    }));
    return {
      totalBlockingMs: Math.round(tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)),
      longestTaskMs: Math.round(Math.max(0, ...tasks.map((task) => task.duration))),
      longTasks: tasks.length,
      busyUntilMs: Math.round(Math.max(load, ...tasks.map((task) => task.start + task.duration))),
    };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

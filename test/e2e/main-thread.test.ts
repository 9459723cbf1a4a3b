import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { measureMainThread, type MainThreadBudget } from './main-thread.ts';

/**
 * Pages that do not block a phone: each page type of bench/budgets.json `mainThread` is opened in
 * Chromium under CPU throttling, and its long tasks must stay within the budget. Data-driven: a
 * page type (the editor page, say) is added by one entry in bench/budgets.json.
 */
const { mainThread } = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as { mainThread: MainThreadBudget[] };

test.describe('main thread under CPU throttling (bench/budgets.json)', () => {
  test('has budgets for the profile, lab, guide, runbook and editor pages', () => {
    const paths = mainThread.map((b) => b.path);
    for (const pattern of [/\/profile\/$/, /\/lab\/$/, /\/guide\/[^/]+\/$/, /\/runbooks\/[^/]+\/$/, /\/editor\/$/]) expect(paths.some((p) => pattern.test(p)), String(pattern)).toBe(true);
    expect(mainThread.some((b) => (b.profileUsers ?? 0) >= 2000 && /\/profile\/$/.test(b.path))).toBe(true);
    expect(mainThread.some((b) => (b.profileUsers ?? 0) >= 2000 && /\/runbooks\//.test(b.path))).toBe(true);
  });

  for (const budget of mainThread) {
    test(`${budget.name}: ${budget.path} at ${budget.cpuThrottling}× CPU`, async ({ page }) => {
      test.setTimeout(Math.max(120_000, 3 * (budget.readyMs ?? 0)));
      const figures = await measureMainThread(page, budget);
      test.info().annotations.push({ type: 'main thread', description: JSON.stringify(figures) });
      expect(figures.totalBlockingMs, `total blocking time (${JSON.stringify(figures)})`).toBeLessThanOrEqual(budget.totalBlockingMs);
      expect(figures.longestTaskMs, `longest task (${JSON.stringify(figures)})`).toBeLessThanOrEqual(budget.longestTaskMs);
      if (budget.readyMs !== undefined) expect(figures.busyUntilMs, `quiet after (${JSON.stringify(figures)})`).toBeLessThanOrEqual(budget.readyMs);
      if (budget.profileUsers) {
        // The large profile really was the one shown (not the example deployment).
        expect(await page.evaluate(() => (localStorage.getItem('passerelle.profile.v1') ?? '').length)).toBeGreaterThan(budget.profileUsers * 100);
        // …and it was read, not set aside as unreadable (the page would then show the example, and be fast for nothing).
        expect(await page.evaluate(() => localStorage.getItem('passerelle.profile.v1.unreadable'))).toBeNull();
        await expect(page.locator('[role="alert"]')).toHaveCount(0);
      }
    });
  }
});

/**
 * Nothing moves while a runbook page loads (issue 14: Lighthouse counts every shift of visible
 * content as Cumulative Layout Shift). A first visit — no stored profile, the page never scrolled —
 * at a phone's and a desktop's size, in both languages: the shifts the browser reports from the
 * first paint until every idle island has switched to the stores and the change-window offer is
 * live add up to less than 0.01 (Lighthouse's "good" is 0.1). The change-window offer used to be
 * hidden until its code loaded and then pushed the steps 250 px down (0.07).
 */
import { t, type Lang } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

for (const lang of ['en', 'fr'] as Lang[]) {
  for (const viewport of viewports) {
    test(`the runbook page does not move while it loads (${lang}, ${viewport.name})`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.addInitScript(() => {
        const shifts: Array<{ value: number; sources: string[] }> = [];
        (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node | null }> }>) {
            if (entry.hadRecentInput) continue;
            shifts.push({ value: entry.value, sources: entry.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName))) });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      // Every idle island has taken its turn (src/islands/state/hydration.ts)…
      await expect
        .poll(() => page.evaluate(() => document.querySelectorAll(':is(.profile-bar, .step-values, .command-blocks):not([data-live])').length), { timeout: 30_000 })
        .toBe(0);
      // …and the change-window offer's controls are live (src/islands/sheet/mount.tsx).
      await expect(page.getByLabel(t(lang, 'sheet.offer.operator'))).toBeEnabled({ timeout: 30_000 });
      // Two frames for the last changes to be laid out and reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: Array<{ value: number; sources: string[] }> }).__shifts);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
    });
  }
}

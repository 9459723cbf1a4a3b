import AxeBuilder from '@axe-core/playwright';
import { builtPages, expect, test } from './fixtures.ts';

// Every built page, in both languages, derived from dist/ (not from a hand-written list).
const pages = builtPages().filter((p) => p !== '/404/');

test.describe('axe finds nothing', () => {
  for (const path of pages) {
    test(`axe: ${path}`, async ({ page }) => {
      // A runbook page server-renders every command block and form: axe needs more than 30 s there.
      test.slow(path.includes('/runbooks/') || path.includes('/profile/'), 'large runbook or profile page');
      await page.goto(path === '/' ? '/fr/' : path);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(summary).toEqual([]);
    });
  }

  // WCAG 2.2 target size (2.5.8, 24 px), off in axe's defaults, on a phone, where Lighthouse checks it.
  // The steps and sections far from the screen are not laid out (content-visibility: auto) and stand
  // at a remembered or estimated size, so their contents' boxes overlap the next ones' and axe reads
  // every target there as covered; what the reader touches is a step laid out on screen, so the
  // page is checked laid out whole.
  for (const path of ['/en/runbooks/deploy-um-lync/', '/fr/runbooks/deploy-um-lync/', '/fr/profile/', '/en/lab/', '/fr/guide/encryption/', '/en/']) {
    test(`axe target size on a phone: ${path}`, async ({ page }) => {
      test.slow(path.includes('/runbooks/') || path.includes('/profile/'), 'large runbook or profile page');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await page.waitForLoadState('load');
      await expect.poll(() => page.locator('astro-island[client="idle"][ssr], astro-island[client="load"][ssr]').count(), { timeout: 30_000 }).toBe(0);
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      const summary = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? n.failureSummary}`));
      expect(summary).toEqual([]);
    });
  }

  test('axe in the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/fr/');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test('every page declares its language', async ({ page }) => {
  test.slow(true, 'forty pages, one after the other');
  for (const path of pages.filter((p) => p.startsWith('/fr/') || p.startsWith('/en/')).slice(0, 40)) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', path.slice(1, 3));
  }
});

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

  test('axe in the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/fr/');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test('every page declares its language', async ({ page }) => {
  for (const path of pages.filter((p) => p.startsWith('/fr/') || p.startsWith('/en/')).slice(0, 40)) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', path.slice(1, 3));
  }
});

import { expect, test } from './fixtures.ts';

test.describe('search', () => {
  test('finds « plan de numérotation » on French pages, in French', async ({ page }) => {
    await page.goto('/fr/guide/');
    const field = page.getByRole('searchbox', { name: 'Rechercher dans le guide' });
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await field.fill('plan de numérotation');
    const results = page.getByRole('region', { name: 'Rechercher dans le guide' });
    await expect(results.getByRole('link').first()).toBeVisible();
    const hrefs = await results.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/fr\//);
  });

  test('finds "dial plan" on English pages, in English', async ({ page }) => {
    await page.goto('/en/');
    const field = page.getByRole('searchbox', { name: 'Search the guide' });
    await field.fill('dial plan');
    const results = page.getByRole('region', { name: 'Search the guide' });
    await expect(results.getByRole('link').first()).toBeVisible();
    const hrefs = await results.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^\/en\//);
    await field.press('Escape');
    await expect(results).toBeHidden();
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('zzqqxxnothing');
    await expect(page.getByText('No results for “zzqqxxnothing”.')).toBeVisible();
  });
});

test.describe('side-by-side reading', () => {
  test('pairs French and English sections by id, in two columns on a laptop', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/fr/guide/encryption/');
    await page.getByRole('link', { name: 'Lire le français et l’anglais côte à côte' }).click();
    await expect(page).toHaveURL('/fr/guide/encryption/bilingual/');
    const fr = page.locator('section[lang="fr"][data-pair]');
    const en = page.locator('section[lang="en"][data-pair]');
    const count = await fr.count();
    expect(count).toBeGreaterThan(2);
    expect(await en.count()).toBe(count);
    for (let i = 0; i < count; i++) {
      expect(await fr.nth(i).getAttribute('data-pair')).toBe(await en.nth(i).getAttribute('data-pair'));
      const [a, b] = [await fr.nth(i).boundingBox(), await en.nth(i).boundingBox()];
      expect(Math.abs(a!.y - b!.y)).toBeLessThan(2); // same row
      expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1); // side by side
    }
    // Both tables are there, one per column.
    await expect(page.locator('section[lang="fr"] table')).toHaveCount(await page.locator('section[lang="en"] table').count());
    // No duplicate ids once both languages share the page.
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('stacks the languages on a narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto('/en/guide/certificates/bilingual/');
    const fr = page.locator('section[lang="fr"][data-pair]').first();
    const en = page.locator('section[lang="en"][data-pair]').first();
    const [a, b] = [await fr.boundingBox(), await en.boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
  });

  test('prints both columns', async ({ page }) => {
    await page.goto('/en/guide/encryption/bilingual/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('section[lang="fr"][data-pair]').first()).toBeVisible();
    await expect(page.locator('section[lang="en"][data-pair]').first()).toBeVisible();
  });
});

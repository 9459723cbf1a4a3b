import { expect, test } from './fixtures.ts';

test.describe('language', () => {
  test('/ sends a French browser to /fr/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr\/$/);
    await context.close();
  });

  test('/ sends an English browser to /en/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });

  test('/ offers plain links when scripts are off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Français' })).toHaveAttribute('href', '/fr/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await context.close();
  });

  test('the switch keeps the page and the anchor', async ({ page }) => {
    await page.goto('/en/guide/certificates/#wildcards');
    await page.getByRole('link', { name: 'Lire en français' }).click();
    await expect(page).toHaveURL('/fr/guide/certificates/#wildcards');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('link', { name: 'Read in English' }).click();
    await expect(page).toHaveURL('/en/guide/certificates/#wildcards');
  });

  test('the switch keeps the anchor when the browser has not scrolled to it yet', async ({ page }) => {
    // A click right after the page opens can come before the browser's scroll to `#wildcards`
    // (this once lost the anchor in CI): at the top of the page, the anchor still wins.
    await page.goto('/en/guide/certificates/#wildcards');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Lire en français' }).click();
    await expect(page).toHaveURL('/fr/guide/certificates/#wildcards');
  });

  test('the switch keeps the section the reader scrolled to', async ({ page }) => {
    await page.goto('/fr/guide/encryption/');
    const heading = page.locator('h2[id]').nth(1);
    const id = await heading.getAttribute('id');
    await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.getByRole('link', { name: 'Read in English' }).click();
    await expect(page).toHaveURL(`/en/guide/encryption/#${id}`);
  });
});

test.describe('layout', () => {
  test('skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/fr/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu principal' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('theme follows the OS and the toggle overrides it, across pages', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(lightBg).not.toBe(darkBg);
    await page.goto('/en/guide/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('home pages say what Passerelle is and link to the guide and runbooks', async ({ page }) => {
    await page.goto('/fr/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('messagerie unifiée');
    await expect(page.getByRole('link', { name: 'Lire le guide' })).toHaveAttribute('href', '/fr/guide/');
    await expect(page.getByRole('link', { name: 'Ouvrir les runbooks' })).toHaveAttribute('href', '/fr/runbooks/');
    await page.goto('/en/');
    await expect(page.getByRole('link', { name: 'Read the guide' })).toHaveAttribute('href', '/en/guide/');
  });

  test('print hides the navigation', async ({ page }) => {
    await page.goto('/en/guide/certificates/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('no page scrolls sideways on a 390 px phone: wide tables scroll in their own region', async ({ page }) => {
    test.slow(true, 'ten pages, two of them whole runbooks');
    await page.setViewportSize({ width: 390, height: 844 });
    for (const lang of ['fr', 'en']) {
      for (const path of ['runbooks/deploy-um-lync/', 'profile/', 'reference/rules/', 'lab/', 'guide/encryption/']) {
        await page.goto(`/${lang}/${path}`);
        // The change-window record is drawn by its island: bring it into view so that it hydrates.
        const record = page.locator('#record-panel-title');
        if (await record.count()) {
          await record.scrollIntoViewIfNeeded();
          await expect(record.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', { timeout: 10_000 });
        }
        const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(width.scroll, `/${lang}/${path} is wider than the screen`).toBeLessThanOrEqual(width.client);
      }
    }
  });

  test('the script editor fits a 390 px phone once its toolbar lists the generated scripts', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const lang of ['fr', 'en']) {
      await page.goto(`/${lang}/editor/`);
      // The compare list fills from the stored profile when Monaco starts (here on the keyboard focus
      // in the editor area); its options are generated file names, wider than a phone (627 px in
      // French before the toolbar could wrap).
      await expect(page.locator('astro-island:has(.script-editor)')).not.toHaveAttribute('ssr', /.*/);
      await page.locator('[data-editor-facade] textarea').focus();
      const compare = page.locator('[data-editor-compare]');
      await compare.scrollIntoViewIfNeeded();
      await expect.poll(() => compare.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
      const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(width.scroll, `/${lang}/editor/ is wider than the screen`).toBeLessThanOrEqual(width.client);
    }
  });
});

/**
 * Text fields wait for their disclosure (src/islands/disclosed.ts): a closed <details> on a runbook
 * page holds no text field, text area or select, neither in the server's page nor once every
 * island has hydrated, because Chromium lays out a closed disclosure's content after load when it
 * holds one. Opening a step's record or an aside makes the fields, and they work: what the reader
 * types is kept in the record, and the encryption table's dial plan choice sets the profile.
 */
import type { Locator, Page } from '@playwright/test';
import { t, type Lang } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

/** Fields Chromium examines after load; checkboxes, buttons and file choosers are not. */
const fieldsInClosedDisclosures = 'details:not([open]) :is(input:not([type=checkbox], [type=radio], [type=file], [type=button], [type=submit]), textarea, select)';

async function hydrated(locator: Locator): Promise<void> {
  await locator.first().scrollIntoViewIfNeeded();
  await expect(locator.first().locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', { timeout: 20_000 });
}

/** Scrolls to the end a screen at a time, so that every island hydrating when visible does (those
 * that rendered nothing, a step without output to check, never can). */
async function readToTheEnd(page: Page): Promise<void> {
  const waiting = () =>
    page.evaluate(() => Array.from(document.querySelectorAll('astro-island[ssr]:is([client=visible], [client=deployment])')).filter((island) => island.firstElementChild && !island.closest('details:not([open])')).length);
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(waiting, { timeout: 20_000 }).toBe(0);
}

for (const lang of ['en', 'fr'] as Lang[]) {
  test.describe(`disclosures of a runbook page (${lang})`, () => {
    test.describe.configure({ timeout: 90_000 });

    test('no closed disclosure holds a text field, from the server’s page to the last island', async ({ page, request }) => {
      const html = await (await request.get(`/${lang}/runbooks/deploy-um-lync/`)).text();
      // The server's page: every <details> without `open` holds no field (tags read from the markup).
      const closed = [...html.matchAll(/<details(?![^>]*\bopen\b)[^>]*>([\s\S]*?)<\/details>/g)].map((match) => match[1]!);
      expect(closed.length).toBeGreaterThan(20);
      for (const content of closed) expect(content).not.toMatch(/<(textarea|select)\b|<input\b(?![^>]*type="(checkbox|radio|file|button|submit)")/);

      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      await readToTheEnd(page);
      await expect(page.locator('details:not([open])')).not.toHaveCount(0);
      await expect(page.locator(fieldsInClosedDisclosures)).toHaveCount(0);
    });

    test('a step’s record, once opened, has its fields, and what is typed there is kept', async ({ page }) => {
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      const progress = page.locator('[data-step-progress="create-um-dial-plans"]');
      await hydrated(progress);
      const record = progress.locator('details');
      const operator = page.getByRole('textbox', { name: t(lang, 'progress.operatorFor', { step: t(lang, 'step.create-um-dial-plans.title') }) });
      await expect(operator).toHaveCount(0);
      await record.locator('summary').click();
      await operator.fill('Noor Haddad');
      await operator.press('Tab');
      await expect(progress.getByRole('textbox', { name: t(lang, 'progress.outputFor', { step: t(lang, 'step.create-um-dial-plans.title') }) })).toBeEditable();

      await page.reload();
      await hydrated(progress);
      await expect(operator).toHaveCount(0);
      await record.locator('summary').click();
      await expect(operator).toHaveValue('Noor Haddad');
      // Closed again, the fields stay (nothing the reader typed is thrown away).
      await record.locator('summary').click();
      await expect(record).not.toHaveAttribute('open');
      await expect(record.locator('input[type=text]')).toHaveValue('Noor Haddad');
    });

    test('the encryption aside names the dial plan, then offers the choice once opened', async ({ page }) => {
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      const aside = page.locator('details.runbook__aside').filter({ has: page.locator('.encryption-table') });
      await expect(aside.locator('select')).toHaveCount(0);
      await aside.locator('summary').click();
      // The table hydrates once on screen: the summary may have been clicked at the screen's foot.
      await aside.locator('.encryption-table').scrollIntoViewIfNeeded();
      const choice = aside.getByLabel(t(lang, 'enc.dialPlan'));
      await expect(choice).toBeVisible({ timeout: 20_000 });
      await expect(choice.locator('option')).toHaveText(['ParisSIP', 'LyonSIP']);
      await choice.selectOption({ label: 'LyonSIP' });
      await expect(choice).toHaveValue('1');
      // A failing cell says why after a colon, with French typography in French.
      await expect(aside.locator('.encryption-failure').first()).toHaveText(lang === 'fr' ? /^\u00a0: \S/ : /^: \S/);

      const inspector = page.locator('details.runbook__aside').filter({ has: page.locator('.certificate-inspector') });
      await expect(inspector.locator('textarea')).toHaveCount(0);
      await inspector.locator('summary').click();
      // Below the certificate table: it hydrates once scrolled to.
      await inspector.locator('.certificate-inspector').scrollIntoViewIfNeeded();
      await expect(inspector.getByLabel(t(lang, 'inspector.paste'))).toBeVisible({ timeout: 20_000 });
    });
  });
}

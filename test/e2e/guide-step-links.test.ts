/**
 * Guide sections link to the runbook steps that perform them and to the lab (issue 9, item 4), in
 * both languages: from the Exchange UM page, "Open step 5" lands on that step of the runbook and
 * "Try in the lab" on the lab; the line passes axe in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { runbookSteps } from '../../src/domain/runbook/procedures.ts';
import { t, type Lang } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

const deploy = runbookSteps('deploy-um-lync')!;
const number = deploy.findIndex((step) => step.id === 'create-um-dial-plans') + 1;

for (const lang of ['en', 'fr'] as Lang[]) {
  test(`a guide section opens its runbook step and the lab (${lang})`, async ({ page }) => {
    test.slow(); // a runbook page and the lab page on a shared machine
    await page.goto(`/${lang}/guide/exchange-um/`);
    const section = page.locator('section[data-section="d1"]');
    const open = section.getByRole('link', { name: t(lang, 'guide.stepLinks.open', { number, title: t(lang, 'step.create-um-dial-plans.title') }) });
    await expect(open).toHaveAttribute('href', `/${lang}/runbooks/deploy-um-lync/#step-create-um-dial-plans`);
    const lab = section.getByRole('link', { name: t(lang, 'guide.stepLinks.lab') });
    await expect(lab).toHaveAttribute('href', `/${lang}/lab/`);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).include('.guide-step-links').analyze();
      expect(results.violations.map((v) => v.id), colorScheme).toEqual([]);
    }

    await open.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/runbooks/deploy-um-lync/#step-create-um-dial-plans$`));
    await expect(page.locator('#step-create-um-dial-plans')).toBeInViewport();

    await page.goBack();
    await page.locator('section[data-section="d1"]').getByRole('link', { name: t(lang, 'guide.stepLinks.lab') }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/lab/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}

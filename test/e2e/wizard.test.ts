/**
 * The new-deployment wizard in a real browser, in both languages: the example deployment is
 * replaced by the deployment of issue 9 (one Exchange 2016 server, one Lync 2013 Standard pool, one
 * dial plan with 5-digit extensions, country code 1, SupportEncryption, one auto attendant, two
 * users) in at most 15 interactions, ending with a clean check and the right commands. The profile
 * page is reachable from the header, the home page and every runbook; axe is clean in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { runbookProcedures } from '../../src/domain/runbook/procedures.ts';
import { t, type Lang } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

const langs: Lang[] = ['en', 'fr'];

/** An accessible name as a pattern: browsers fold French non-breaking spaces into plain ones. */
function nameLike(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '\\s+')}$`);
}

/** Counts what the reader does: each fill, choice or click is one interaction. */
function interactions(page: Page, lang: Lang) {
  let count = 0;
  const field = (key: string) => page.locator('.wizard').getByLabel(nameLike(t(lang, `wizard.field.${key}`)));
  return {
    get count() {
      return count;
    },
    async fill(key: string, value: string) {
      count++;
      await field(key).fill(value);
    },
    async choose(key: string, value: string) {
      count++;
      await field(key).selectOption(value);
    },
    async click(locator: ReturnType<Page['getByRole']>) {
      count++;
      await locator.click();
    },
  };
}

for (const lang of langs) {
  test.describe(`new-deployment wizard (${lang})`, () => {
    test.describe.configure({ timeout: 90_000 });

    test('replaces the example with the issue’s deployment in at most 15 interactions, clean, with the right commands', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const reader = interactions(page, lang);
      // From the header to the profile page.
      await reader.click(page.getByRole('navigation', { name: t(lang, 'nav.label') }).getByRole('link', { name: t(lang, 'nav.profile') }));
      await expect(page.getByRole('heading', { name: t(lang, 'wizard.title') })).toBeVisible();
      await expect(page.locator('astro-island:has(.wizard)')).not.toHaveAttribute('ssr', { timeout: 20_000 });
      await reader.fill('label', 'Fabrikam Boston');
      await reader.fill('sipDomain', 'fabrikam.com');
      // Exchange 2016 and Lync 2013 are the defaults: nothing to choose.
      await reader.fill('exchangeServers', 'ex01');
      await reader.fill('lyncPools', 'lyncpool01.fabrikam.com Standard Boston');
      await reader.fill('dialPlans', 'BostonSIP 5 1 +16175550100');
      await reader.choose('encryptionLevel', 'SupportEncryption');
      await reader.fill('autoAttendants', 'BostonMain');
      await reader.fill('users', 'dana@fabrikam.com 50120\neli@fabrikam.com');
      await reader.click(page.getByRole('button', { name: t(lang, 'wizard.create') }));
      const outcome = page.locator('.wizard__outcome');
      await expect(outcome.getByRole('status')).toHaveText(t(lang, 'wizard.result.clean'));
      await expect(page.getByRole('heading', { name: t(lang, 'wizard.result.title') })).toBeFocused();
      // The reader's profile is saved.
      const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('passerelle.profile.v1')))!);
      expect(saved.name).toBe('Fabrikam Boston');
      expect(saved.lync.encryptionLevel).toBe('SupportEncryption');

      for (const theme of ['light', 'dark']) {
        await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
        const axe = await new AxeBuilder({ page }).include('.wizard').analyze();
        expect(axe.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      }

      // The runbook now gives this deployment's commands.
      await reader.click(outcome.getByRole('link', { name: t(lang, 'wizard.result.openRunbook') }));
      const dialPlans = page.locator('section[data-section="step-create-um-dial-plans"] .command-block').first();
      await dialPlans.scrollIntoViewIfNeeded();
      await expect(dialPlans).toContainText('-NumberOfDigitsInExtension 5', { timeout: 20_000 });
      await expect(dialPlans).toContainText("-CountryOrRegionCode '1'");
      await expect(dialPlans).toContainText('BostonSIP');
      await expect(dialPlans).not.toContainText('ParisSIP');
      expect(reader.count).toBeLessThanOrEqual(15);
    });

    test('answers it cannot use are listed by field and line; the check says what is missing', async ({ page }) => {
      await page.goto(`/${lang}/profile/`);
      await expect(page.locator('astro-island:has(.wizard)')).not.toHaveAttribute('ssr', { timeout: 20_000 });
      const field = (key: string) => page.locator('.wizard').getByLabel(nameLike(t(lang, `wizard.field.${key}`)));
      await field('sipDomain').fill('fabrikam.com');
      await field('dialPlans').fill('BostonSIP five 1');
      await page.getByRole('button', { name: t(lang, 'wizard.create') }).click();
      const outcome = page.locator('.wizard__outcome');
      await expect(outcome.getByRole('status')).not.toHaveText(t(lang, 'wizard.result.clean'));
      const message = (key: string, line?: number, params: Record<string, string> = {}) => {
        const body = t(lang, `wizard.issue.${key}`, params);
        const name = t(lang, `wizard.short.${key === 'digits' ? 'dialPlans' : 'exchangeServers'}`);
        return line === undefined ? t(lang, 'wizard.issue.field', { field: name, message: body }) : t(lang, 'wizard.issue.line', { field: name, line, message: body });
      };
      await expect(outcome.getByRole('listitem').filter({ hasText: message('digits', 1, { value: 'five' }) })).toHaveCount(1);
      await expect(outcome.getByRole('listitem').filter({ hasText: message('required') })).toHaveCount(1);
      await expect(outcome.locator('.finding-error').first()).toBeVisible();
    });

    test('the profile page is linked from the home page and every runbook', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.getByRole('main').getByRole('link', { name: t(lang, 'home.profileLink') })).toHaveAttribute('href', `/${lang}/profile/`);
      for (const slug of Object.keys(runbookProcedures)) {
        await page.goto(`/${lang}/runbooks/${slug}/`);
        await expect(page.getByRole('main').getByRole('link', { name: t(lang, 'runbookPage.profileLink') })).toHaveAttribute('href', `/${lang}/profile/`);
      }
    });
  });
}

/**
 * The reader's first click never reaches an island before it is live (src/islands/hydration-queue.ts):
 * a click on a control of an island whose code has not even arrived is held, the island hydrated
 * and switched to the reader's profile at once, and the click given back. The CI rehearsal lost
 * such a click ("Open in the editor" did nothing on a loaded machine); and a click between
 * hydration and the live turn would have acted on the example deployment, not the reader's.
 */
import { exampleProfile, type Profile } from '../../src/domain/profile/index.ts';
import { PROFILE_STORAGE_KEY, serializeProfile } from '../../src/domain/profile/share.ts';
import { t, type Lang } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

const langs: Lang[] = ['en', 'fr'];

/** A deployment that is not the example: its Paris dial plan is Boston's, wherever it is named. */
function readersProfile(): Profile {
  const profile = JSON.parse(JSON.stringify(exampleProfile).replaceAll('ParisSIP', 'BostonSIP')) as Profile;
  profile.name = 'Boston';
  return profile;
}

for (const lang of langs) {
  test.describe(`early input (${lang})`, () => {
    test("a download clicked before its island's code has arrived gives the reader's script", async ({ page }) => {
      await page.addInitScript(([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      }, [PROFILE_STORAGE_KEY, serializeProfile(readersProfile())]);
      // The island's component arrives 2.5 s late: the click lands on the server's markup.
      let release: () => void = () => {};
      const arrived = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/_astro\/RunbookDownload\.[\w-]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 2_500));
        release();
        await route.fallback();
      });
      await page.goto(`/${lang}/runbooks/move-dial-plan-to-secured/`);
      const section = page.getByRole('region', { name: t(lang, 'runbookPage.download.title') });
      await section.scrollIntoViewIfNeeded();
      await section.getByText(t(lang, 'runbookPage.download.show')).click();
      const island = section.locator('astro-island');
      const button = section.locator('.runbook-downloads li').filter({ hasText: 'any-exchange-server' }).locator('button').first();
      await expect(button).toBeVisible();
      await expect(island).toHaveAttribute('ssr', '');
      const download = page.waitForEvent('download', { timeout: 20_000 });
      await button.click();
      // Held, not lost: the island says it is busy until the click is given back.
      await expect(island).toHaveAttribute('aria-busy', 'true');
      await arrived;
      const file = await download;
      await expect(island).not.toHaveAttribute('aria-busy', /.*/);
      const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
      expect(text).toContain('Set-UMDialPlan -Identity BostonSIP -VoIPSecurity Secured');
      expect(text).not.toContain('ParisSIP');
      // One click, one download: nothing was given twice.
      const second = await page.waitForEvent('download', { timeout: 1_000 }).catch(() => null);
      expect(second).toBeNull();
    });
  });
}

/**
 * The profile page's form sections read before they are edited (issue 14): the server renders each
 * section as labels and values, without controls, and a section shows its controls once its island
 * is live, which happens as the reader nears it (two screens ahead). Some 200 controls at load cost
 * a phone's main thread about a quarter of a second (their layout, and the browser's form autofill
 * laying out every section to scan them). Held here, in both languages, on a phone:
 * - at load no section holds a control, and each shows the example's values;
 * - a section two screens below the reader goes live before it is on screen;
 * - without JavaScript the sections still show the deployment;
 * - the summary's link to a finding's field in a far section focuses that field.
 */
import { exampleProfile } from '../../src/domain/profile/index.ts';
import { PROFILE_STORAGE_KEY, serializeProfile } from '../../src/domain/profile/share.ts';
import { t, type Lang } from '../../src/i18n/index.ts';
import { expect, SITE_ORIGIN, test } from './fixtures.ts';

const phone = { width: 390, height: 844 };
const controls = '.profile-form[data-section] :is(input, select, textarea, button)';

for (const lang of ['en', 'fr'] as Lang[]) {
  test.describe(`profile sections read until the reader nears them (${lang})`, () => {
    test('at load no section holds a control; each shows the deployment, and goes live before it is on screen', async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`/${lang}/profile/`);
      await page.waitForLoadState('load');
      // The wizard and the tools are live (the page is in use), the sections far below still read.
      await expect(page.locator('.wizard__form')).toBeVisible();
      await page.waitForTimeout(1000);
      const sections = page.locator('.profile-form[data-section]');
      await expect(sections).toHaveCount(9);
      await expect(page.locator('.profile-form[data-section][data-reading]')).toHaveCount(9);
      await expect(page.locator(controls)).toHaveCount(0);
      const servers = page.locator('.profile-form[data-section="servers"]');
      for (const [i, server] of exampleProfile.exchange.servers.entries()) await expect(servers.locator(`#pf-exchange-servers-${i}-fqdn`)).toHaveText(server.fqdn);
      await expect(servers).toContainText(t(lang, 'form.field.exchange.servers.roles'));

      // The reader scrolls until the first section's top is a screen and a half below the screen's
      // bottom: it goes live there, unseen.
      const organization = page.locator('.profile-form[data-section="organization"]');
      await organization.evaluate((form) => window.scrollBy(0, form.getBoundingClientRect().top - innerHeight * 2.5));
      await expect(organization).toHaveAttribute('data-live', '', { timeout: 20_000 });
      expect(await organization.evaluate((form) => form.getBoundingClientRect().top)).toBeGreaterThan(phone.height);
      const name = organization.getByLabel(t(lang, 'form.field.name'));
      await expect(name).toHaveValue(exampleProfile.name!);
      // The last section, far below, still reads.
      await expect(page.locator('.profile-form[data-section="users"]')).toHaveAttribute('data-reading', '');
    });

    test('below the wizard no block holds a text field, a text area or a select until it is live, and nothing moves when they come', async ({ browser, request }) => {
      test.slow(true, 'four pages, each block brought on screen');
      // What the browser's autofill examines at load (each one cost a layout of its whole block).
      const html = await (await request.get(`/${lang}/profile/`)).text();
      const below = html.slice(html.indexOf('InventoryImport.'));
      expect(below.match(/<(?:textarea|select)\b|<input\b(?![^>]*type="(?:file|checkbox|radio|button|submit)")[^>]*>/g) ?? []).toEqual([]);
      // The same blocks, as the server rendered them and once live, at a phone's and a desk's width.
      const blocks = ['.inventory-import', '.encryption-table', '.certificate-inspector', '.record-panel'];
      for (const viewport of [phone, { width: 1280, height: 900 }]) {
        const heights: number[][] = [];
        for (const javaScriptEnabled of [false, true]) {
          const context = await browser.newContext({ javaScriptEnabled, viewport, baseURL: SITE_ORIGIN });
          const page = await context.newPage();
          await page.goto(`/${lang}/profile/`);
          if (javaScriptEnabled) {
            for (const block of blocks) {
              await page.locator(block).scrollIntoViewIfNeeded();
              await expect(page.locator(block).locator('xpath=ancestor::astro-island[1]')).toHaveAttribute('data-island-live', '', { timeout: 20_000 });
            }
            await expect(page.locator('.inventory-import textarea, .certificate-inspector textarea')).toHaveCount(2);
            await expect(page.locator('.encryption-table select, .record-panel input[type="text"], .certificate-inspector input[type="password"]')).toHaveCount(3);
          } else {
            await expect(page.locator('.field-pending')).toHaveCount(5);
          }
          // Each on screen, laid out (not at content-visibility's remembered size).
          const measured: number[] = [];
          for (const block of blocks) {
            measured.push(
              await page.locator(block).evaluate((element) => {
                element.scrollIntoView();
                return element.getBoundingClientRect().height;
              }),
            );
          }
          heights.push(measured);
          await context.close();
        }
        for (const [i, block] of blocks.entries()) expect(Math.abs(heights[1]![i]! - heights[0]![i]!), `${block} at ${viewport.width} px`).toBeLessThanOrEqual(1);
      }
    });

    test('without JavaScript the sections show the deployment', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone, baseURL: SITE_ORIGIN });
      const page = await context.newPage();
      await page.goto(`/${lang}/profile/`);
      const users = page.locator('.profile-form[data-section="users"]');
      await expect(users.getByRole('group', { name: new RegExp(exampleProfile.users[0]!.identity.replace('.', '\\.')) })).toHaveCount(1);
      await expect(users.locator('#pf-users-0-sipAddress')).toHaveText(exampleProfile.users[0]!.sipAddress);
      await expect(page.locator('.profile-form[data-section="encryption"]')).toContainText(exampleProfile.lync.encryptionLevel);
      await expect(page.locator(controls)).toHaveCount(0);
      await context.close();
    });

    test('the summary’s link to a field far down focuses it once its section is live', async ({ page }) => {
      await page.setViewportSize(phone);
      const users = structuredClone(exampleProfile.users);
      users[1] = { ...users[1]!, sipAddress: 'bruno@contoso.com' };
      await page.addInitScript(([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      }, [PROFILE_STORAGE_KEY, serializeProfile({ ...exampleProfile, users })]);
      // With a profile of their own the sections go live once the browser is idle (own-deployment
      // .test.ts); the reader here is quicker than that: the sections' code arrives after the click.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/_astro/ProfileForm.*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`/${lang}/profile/`);
      const summary = page.getByRole('region', { name: t(lang, 'summary.title') });
      // The summary hydrates on screen, and then lists the finding with its link.
      await summary.scrollIntoViewIfNeeded();
      const link = summary.locator('a[href="#pf-users-1-sipAddress"]');
      await expect(link).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('.profile-form[data-section="users"]')).toHaveAttribute('data-reading', '');
      await link.click();
      release();
      const field = page.locator('input#pf-users-1-sipAddress');
      await expect(field).toBeFocused({ timeout: 20_000 });
      await expect(field).toHaveValue('bruno@contoso.com');
      await expect(field).toBeInViewport();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    });
  });
}

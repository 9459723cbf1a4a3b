/**
 * A profile the browser cannot save (issue 16, item 3): importing it used to answer "Profile
 * imported" over the save failure. Here the origin's storage is filled to its quota first, then a
 * profile is imported: the failure must stay on screen as an alert saying the profile lives only in
 * this tab, and a reload brings back the profile last saved.
 */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { t, type Lang } from '../../src/i18n/index.ts';
import { expect, reachProfileSection, test } from './fixtures.ts';

const example = JSON.parse(readFileSync(new URL('../../src/domain/profile/example.json', import.meta.url), 'utf8'));

async function hydrated(locator: Locator): Promise<void> {
  await locator.first().scrollIntoViewIfNeeded();
  await expect(locator.first().locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', { timeout: 10_000 });
}

/** Fills localStorage until the browser refuses even a few more characters (its quota). */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (let size = 1 << 20, i = 0; size >= 8; ) {
      try {
        localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
}

/** Browsers fold non-breaking spaces in text matching; match any run of spaces. */
const loosely = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '\\s+'));

for (const lang of ['en', 'fr'] as Lang[]) {
  test(`an import the browser cannot save says so and keeps saying it (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/${lang}/profile/`);
    const name = page.getByLabel(t(lang, 'form.field.name'));
    await reachProfileSection(page, 'organization');
    await name.fill('Saved before');
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(0);
    await fillStorage(page);

    const importer = page.getByLabel(t(lang, 'tools.import'));
    await hydrated(importer);
    // Larger than the saved one by some kilobytes, so it cannot take the old record's place.
    const users = Array.from({ length: 40 }, (_, i) => {
      const n = 2000 + i;
      return { ...example.users[0], identity: `user${n}@contoso.com`, sipAddress: `sip:user${n}@contoso.com`, lineUri: `tel:+3314000${n};ext=${n}`, extension: String(n) };
    });
    const imported = { ...example, name: 'Only in this tab', users: [...example.users, ...users] };
    await importer.setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(imported)) });

    await expect(name).toHaveValue('Only in this tab');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(loosely(t(lang, 'notice.storageFailed.import')));
    await expect(page.getByText(loosely(t(lang, 'notice.loaded.import')))).toHaveCount(0);

    // Editing on: the save still fails, and the reader is still told.
    await name.fill('Still only in this tab');
    await expect(alert).toContainText(loosely(t(lang, 'notice.storageFailed')));

    // The browser kept the last profile it could save.
    await page.reload();
    await reachProfileSection(page, 'organization');
    await expect(name).toHaveValue('Saved before');
  });
}

for (const lang of ['en', 'fr'] as Lang[]) {
  test(`when the browser cannot keep the previous profile aside, the notice says so and restoring still works in the tab (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/${lang}/profile/`);
    const name = page.getByLabel(t(lang, 'form.field.name'));
    await reachProfileSection(page, 'organization');
    await name.fill('Replaced one');
    // The browser refuses the copy kept aside (and only that): the imported profile itself saves.
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.includes('previous')) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const importer = page.getByLabel(t(lang, 'tools.import'));
    await hydrated(importer);
    await importer.setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...example, name: 'Imported one' })) });
    await expect(name).toHaveValue('Imported one');
    await expect(page.getByText(loosely(t(lang, 'notice.loaded.import.previousInTab')))).toBeVisible();
    await expect(page.getByText(loosely(t(lang, 'notice.loaded.import')))).toHaveCount(0);
    await page.getByRole('button', { name: t(lang, 'tools.restorePrevious') }).click();
    await expect(name).toHaveValue('Replaced one');
  });
}

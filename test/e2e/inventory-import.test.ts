/**
 * Importing an inventory on the profile page, in a real browser and both languages: what the lab
 * printed by running the real inventory scripts after the whole runbook shows no drift from the
 * example profile; a changed value is named with the link to its fixing step; garbage gets a
 * clear message and leaves the stored profile untouched; "Create a profile from this inventory"
 * asks before replacing. Keyboard only for the controls, and axe on the result.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { inventoryScripts } from '../../src/domain/inventory/scripts.ts';
import { exampleProfile } from '../../src/domain/profile/index.ts';
import { PROFILE_STORAGE_KEY } from '../../src/domain/profile/share.ts';
import { t, type Lang } from '../../src/i18n/index.ts';
import { Tab } from '../domain/lab/helpers.ts';
import { deployedLab, labInventories, labInventory } from '../domain/inventory/helpers.ts';
import { expect, test } from './fixtures.ts';

const lab = deployedLab(exampleProfile);
const good = labInventories(exampleProfile, lab);
const changedTab = new Tab(exampleProfile, 'exchange', lab);
changedTab.ok("Set-UMDialPlan -Identity 'ParisSIP' -VoIPSecurity SIPSecured");
const changed = labInventory(exampleProfile, changedTab.lab, 'exchange');

/** Browsers fold non-breaking spaces into spaces in accessible names and text. */
function like(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '\\s+'));
}

async function openImport(page: Page, lang: Lang) {
  // A profile of the reader's own is stored: the example under another name.
  await page.goto(`/${lang}/profile/`);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [PROFILE_STORAGE_KEY, JSON.stringify({ ...exampleProfile, name: 'Stored before import' })] as const);
  await page.reload();
  const section = page.getByRole('region', { name: t(lang, 'inventory.ui.heading') });
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', { timeout: 10_000 });
  return section;
}

/** The stored profile, as the page keeps it. */
const storedProfile = (page: Page) => page.evaluate((key) => localStorage.getItem(key) ?? '', PROFILE_STORAGE_KEY);

for (const lang of ['en', 'fr'] as const) {
  test.describe(`inventory import (${lang})`, () => {
    test('the lab’s inventory shows no drift; a changed value is named with its step; garbage is refused, the profile untouched', async ({ page }) => {
      test.setTimeout(60_000);
      const section = await openImport(page, lang);
      const box = section.getByLabel(t(lang, 'inventory.ui.paste'));
      const compare = section.getByRole('button', { name: t(lang, 'inventory.ui.compare') });

      // A file saved with PowerShell's `>`: UTF-16 LE with a byte order mark.
      await section.getByLabel(t(lang, 'inventory.ui.file')).setInputFiles({ name: 'inventory.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]) });
      await expect(box).toHaveValue(good);
      // Keyboard: the Compare button takes the focus and Enter presses it.
      await compare.focus();
      await page.keyboard.press('Enter');
      await expect(section.getByText(like(t(lang, 'inventory.summary.none')))).toBeVisible();
      await expect(section.getByText(like(t(lang, 'inventory.read.lync', { computer: 'LYNCPOOL-PARIS-FE01' })))).toBeVisible();
      await expect(section.getByRole('table')).toHaveCount(0);

      await box.fill(changed);
      await compare.click();
      await expect(section.getByText(like(t(lang, 'inventory.summary.some', { count: 1 })))).toBeVisible();
      const row = section.getByRole('row', { name: /ParisSIP/ });
      await expect(row).toContainText('VoIPSecurity');
      await expect(row).toContainText('SIPSecured');
      await expect(row).toContainText('Secured');
      await expect(row.getByRole('link', { name: t(lang, 'step.secure-dial-plans.title') })).toHaveAttribute('href', `/${lang}/runbooks/move-dial-plan-to-secured/#step-secure-dial-plans`);
      const axe = await new AxeBuilder({ page }).include('.inventory-import').analyze();
      expect(axe.violations).toEqual([]);

      const before = await storedProfile(page);
      expect(before).toContain('Stored before import');
      for (const garbage of ['lorem ipsum dolor', 'PK\u0003\u0004\u0000 binary', JSON.stringify(exampleProfile)]) {
        await box.fill(garbage);
        await section.getByRole('button', { name: t(lang, 'inventory.ui.create') }).click();
        await expect(section.getByRole('alert')).toBeVisible();
      }
      await expect(section.getByRole('alert')).toHaveText(like(t(lang, 'inventory.problem.profileGiven', { button: t(lang, 'tools.import') })));
      await box.fill('{"format": "passerelle-inventory", "schemaVersion": 9, "shell": "exchange"}');
      await compare.click();
      await expect(section.getByRole('alert')).toContainText('9');
      expect(await storedProfile(page)).toBe(before);
    });

    test('a profile is created from the inventory only after the reader confirms', async ({ page }) => {
      test.setTimeout(60_000);
      const section = await openImport(page, lang);
      // The lab's inventory with one more auto attendant: the built profile must have it.
      const extra = good.replace('"autoAttendants":  [', '"autoAttendants":  [\n {"Name": "LyonStandard", "UMDialPlan": "LyonSIP", "PilotIdentifierList": "+33472001001", "SpeechEnabled": false, "Status": "Enabled"},');
      await section.getByLabel(t(lang, 'inventory.ui.paste')).fill(extra);
      const create = section.getByRole('button', { name: t(lang, 'inventory.ui.create') });
      await create.click();
      await expect(page.locator(':focus')).toHaveText(like(t(lang, 'inventory.ui.confirm')));
      await section.getByRole('button', { name: t(lang, 'inventory.ui.confirmNo') }).click();
      await expect(section.getByText(like(t(lang, 'inventory.ui.kept')))).toBeVisible();
      expect(await storedProfile(page)).not.toContain('LyonStandard');

      await create.click();
      await section.getByRole('button', { name: t(lang, 'inventory.ui.confirmYes') }).click();
      await expect(section.getByText(like(t(lang, 'inventory.ui.replaced')))).toBeVisible();
      await expect(page.getByText(like(t(lang, 'notice.loaded.inventory')))).toBeVisible();
      await expect.poll(() => storedProfile(page)).toContain('LyonStandard');
      // Compared again, the new profile matches the inventory it came from, but for the Exchange UM
      // contact the new auto attendant still needs in Lync.
      await section.getByRole('button', { name: t(lang, 'inventory.ui.compare') }).click();
      await expect(section.getByText(like(t(lang, 'inventory.summary.some', { count: 1 })))).toBeVisible();
      const row = section.getByRole('row', { name: /\+33472001001/ });
      await expect(row.getByRole('link', { name: t(lang, 'step.create-exum-contacts.title') })).toBeVisible();
    });
  });
}

test('the Exchange inventory script pasted into the lab terminal runs (its hashtable continues on >> lines) and prints its JSON', async ({ page }) => {
  await page.goto('/en/lab/');
  const screen = page.locator('.terminal__screen');
  await screen.scrollIntoViewIfNeeded();
  await expect(screen).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await page.locator('.xterm-helper-textarea').first().focus();
  await page.evaluate((script) => {
    const data = new DataTransfer();
    data.setData('text/plain', script);
    document.querySelector('.xterm-helper-textarea')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, inventoryScripts.exchange);
  // Three comment lines, the $inventory hashtable as one command, then ConvertTo-Json.
  await expect(screen).toHaveAttribute('data-runs', '5');
  await expect(screen).toHaveAttribute('data-last-status', 'ok');
  await expect(page.locator('.xterm-rows').first()).toContainText('"AdminDisplayVersion":  "Version 15.0');
});

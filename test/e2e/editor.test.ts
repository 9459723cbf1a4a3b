/**
 * The script editor page (/{lang}/editor/): Monaco loads on demand, styled, with its workers from the
 * site; Passerelle's diagnostics appear as markers and in the problems list with their rule ids; the
 * toolbar follows the stored profile.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { exampleProfile } from '../../src/domain/profile/index.ts';
import { PROFILE_STORAGE_KEY, serializeProfile } from '../../src/domain/profile/share.ts';
import { HANDOFF_KEY, type Handoff } from '../../src/islands/editor/handoff.ts';
import { expect, test } from './fixtures.ts';

const langs = ['en', 'fr'] as const;

/** Opens the editor with `handoff` waiting in sessionStorage (the way other pages hand a script over). */
async function openEditor(page: Page, lang: string, handoff?: Handoff): Promise<void> {
  if (handoff) {
    await page.addInitScript(([key, value]) => {
      // Only the first load takes the handoff: a reload must not hand it over again.
      if (!sessionStorage.getItem('e2e.handedOff')) {
        sessionStorage.setItem(key!, value!);
        sessionStorage.setItem('e2e.handedOff', '1');
      }
    }, [HANDOFF_KEY, JSON.stringify(handoff)]);
  }
  await page.goto(`/${lang}/editor/`);
  await expect(page.locator('.script-editor')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
}

async function problemRules(page: Page): Promise<string[]> {
  return page.locator('[data-editor-problems] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule') ?? ''));
}

for (const lang of langs) {
  test.describe(`script editor (${lang})`, () => {
    // Monaco is 3 MB of script to parse: on a shared two-core machine a page takes 10–20 s to be ready.
    test.slow();
    test('Monaco loads on demand, styled, and marks the linter findings with their rule ids', async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script' || request.url().includes('worker')) scripts.push(new URL(request.url()).pathname);
      });
      await openEditor(page, lang, { text: 'Set-UMService -Identity mbx01 -UMStartupMode Dula\nSet-UMDialPlan -Identity ParisSIP -Foo 3\n' });
      // Monaco's stylesheet is applied (an unstyled editor is a static block with a visible textarea).
      const editor = page.locator('.monaco-editor').first();
      await expect(editor).toBeVisible();
      expect(await editor.evaluate((el) => getComputedStyle(el).position)).toBe('relative');
      expect(await page.locator('.monaco-editor .margin').evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
      // Both workers come from the site.
      await expect.poll(() => scripts.some((p) => /^\/_astro\/lint\.worker-[^/]+\.js$/.test(p))).toBe(true);
      await expect.poll(() => problemRules(page)).toEqual(['order-restart-after-startup-mode', 'ps-enum-value', 'ps-unknown-parameter']);
      // The markers are in Monaco too: two errors, one warning.
      await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(2);
      await expect(page.locator('.monaco-editor .squiggly-warning')).toHaveCount(1);
      // Each problem links to its rule page in the page's language, with the message in that language.
      const enumItem = page.locator('[data-editor-problems] li[data-rule="ps-enum-value"]');
      await expect(enumItem.locator('a')).toHaveAttribute('href', `/${lang}/reference/rules/ps-enum-value/`);
      await expect(enumItem).toContainText(lang === 'fr' ? 'Valeurs valides' : 'Valid values');
      await expect(page.locator('[data-editor-status]')).toHaveText(lang === 'fr' ? '3 problèmes.' : '3 problems.');
    });

    test('typing re-lints; the toolbar shell changes what is checked', async ({ page }) => {
      await openEditor(page, lang, { text: '' });
      await page.locator('.monaco-editor .view-lines').click();
      await page.keyboard.insertText('Get-CsUser -Identity sip:ana@contoso.com');
      await expect.poll(() => problemRules(page)).toEqual(['ps-wrong-shell']);
      await page.locator('[data-editor-shell]').selectOption('lync');
      await expect.poll(() => problemRules(page)).toEqual([]);
      await expect(page.locator('[data-editor-status]')).toHaveText(lang === 'fr' ? 'Aucun problème trouvé.' : 'No problems found.');
    });

    test('the product versions default from the stored profile', async ({ page }) => {
      const profile = { ...exampleProfile, exchange: { ...exampleProfile.exchange, version: '2016' as const }, lync: { ...exampleProfile.lync, version: '2015' as const } };
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [PROFILE_STORAGE_KEY, serializeProfile(profile)]);
      await openEditor(page, lang);
      await expect(page.locator('[data-editor-exchange-version]')).toHaveValue('2016');
      await expect(page.locator('[data-editor-lync-version]')).toHaveValue('2015');
      await expect(page.locator('[data-editor-shell]')).toHaveValue('exchange');
    });

    test('axe finds nothing once the editor is loaded, in both themes', async ({ page }) => {
      await openEditor(page, lang, { text: 'Set-UMService -Identity mbx01 -UMStartupMode Dula\n' });
      await expect.poll(() => problemRules(page)).toContain('ps-enum-value');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // Monaco follows the site's theme.
        await expect(page.locator('.monaco-editor').first()).toHaveClass(scheme === 'dark' ? /\bvs-dark\b/ : /\bvs\b/);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), scheme).toEqual([]);
      }
    });
  });
}

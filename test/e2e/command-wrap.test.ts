/**
 * Commands are read from a phone and from paper, and typed from there: a line must never end
 * inside a word (`Get-` / `CsPool`, `-` / `Identity`, `lyncpool-` / `paris…`), where a reader could
 * type the break. The words are kept whole by src/islands/whole-words.tsx; this test lays out the
 * reader's commands on a 320 px phone and on paper, and finds every line break inside a word that
 * fits on a line. Selecting a command still gives its exact text.
 */
import { checkProfile } from '../../src/domain/check.ts';
import { profileFromAnswers, emptyAnswers } from '../../src/domain/profile/wizard.ts';
import { PROFILE_STORAGE_KEY, serializeProfile } from '../../src/domain/profile/share.ts';
import { generateAll } from '../../src/domain/runbook/steps.ts';
import { expect, test } from './fixtures.ts';
import { breaksInsideWords } from './line-breaks.ts';

/** A deployment that is not the example, with hyphens in its names. */
const profile = profileFromAnswers({
  ...emptyAnswers,
  label: 'Fabrikam Rhône-Alpes',
  sipDomain: 'fabrikam-corp.com',
  exchangeServers: 'ex-lyon-01 both\nex-lyon-02 both',
  lyncPools: 'lyncpool-lyon-01 Standard Lyon-Part-Dieu',
  dialPlans: 'Lyon-SIP 4 33 +33472000100',
  encryptionLevel: 'RequireEncryption',
  autoAttendants: 'Lyon-Accueil Lyon-SIP',
  users: 'jean-marc.dupont@fabrikam-corp.com\nanne-sophie.martin@fabrikam-corp.com',
}).profile;

test.describe.configure({ timeout: 90_000 });

test('the profile is valid, with hyphens in its names', () => {
  expect(checkProfile(profile).filter((f) => f.severity === 'error')).toEqual([]);
  expect(generateAll(profile).some((c) => c.text.includes('lyncpool-lyon-01.fabrikam-corp.com'))).toBe(true);
});

for (const lang of ['en', 'fr'] as const) {
  test(`${lang}: no command line ends inside a word, on a phone and on paper`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await page.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [PROFILE_STORAGE_KEY, serializeProfile(profile)]);
    await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
    // Live: the command blocks show the stored profile's commands.
    await expect(page.locator('astro-island:not([ssr]) .command code', { hasText: 'lyncpool-lyon-01.fabrikam-corp.com' }).first()).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.step-values__list code', { hasText: 'lyncpool-lyon-01.fabrikam-corp.com' }).first()).toBeAttached();

    expect(await breaksInsideWords(page, '.command pre code')).toEqual([]);
    expect(await breaksInsideWords(page, '.step-values__list code')).toEqual([]);

    // Selecting a command gives its text as it is: the kept words add no character.
    const command = page.locator('astro-island:not([ssr]) .command code', { hasText: 'Get-CsPool -Identity' }).first();
    const selected = await command.evaluate((code) => {
      getSelection()!.selectAllChildren(code);
      return getSelection()!.toString();
    });
    expect(generateAll(profile).map((c) => c.text)).toContain(selected);

    // On paper: the change-window sheet (built by the print), laid out for print.
    await page.pdf({ format: 'A4' });
    await expect(page.locator('html')).toHaveClass(/\bcw-sheet-ready\b/);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 420, height: 740 });
    expect(await page.locator('.cw-sheet__line code').count()).toBeGreaterThan(20);
    expect(await breaksInsideWords(page, '.cw-sheet__line code')).toEqual([]);
  });

  test(`${lang}: printed, the guide's code keeps its words whole too`, async ({ page }) => {
    await page.goto(`/${lang}/guide/exchange-um/`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.locator('pre code').count()).toBeGreaterThan(10);
    expect(await breaksInsideWords(page, 'pre code')).toEqual([]);
    expect(await breaksInsideWords(page, 'p code, li code, td code')).toEqual([]);
  });
}

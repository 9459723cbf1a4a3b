/**
 * A reader whose browser holds their own deployment never reads the example's in its place. The
 * islands that show the deployment (`client:deployment`: the profile page's sections, summary,
 * tables and record; a runbook's summary, tables and step progress) render the example on the
 * server and wait until the reader nears them; a profile page printed without scrolling showed
 * Contoso's servers, pools, certificates and dial plans under Fabrikam's name. Held here, in both
 * languages, on a phone:
 * - with a stored profile, no example value is ever shown: what an island rendered on the server is
 *   hidden until it is live, and every island goes live without the reader scrolling; the page then
 *   prints the reader's values;
 * - an island that could not load when the page is printed says so in print, in the reader's
 *   language, instead of showing the example;
 * - without a deployment of their own, nothing changes: the far sections wait for the reader.
 */
import type { Page } from '@playwright/test';
import { emptyProgress } from '../../src/domain/runbook/record.ts';
import { PROFILE_STORAGE_KEY, progressStorageKey, serializeProfile } from '../../src/domain/profile/share.ts';
import { t, type Lang } from '../../src/i18n/index.ts';
import { bostonProfile } from '../domain/runbook/helpers.ts';
import { expect, test } from './fixtures.ts';

const phone = { width: 390, height: 844 };
const profile = bostonProfile();
/** Values of the example deployment that Boston's does not have. */
const example = ['alice@contoso.com', 'ParisSIP', 'lyncpool-paris', 'mbx01'];
const waiting = 'astro-island[client="deployment"]:not([data-island-live])';

async function storeBoston(page: Page): Promise<void> {
  await page.addInitScript(
    ([profileKey, profileText, recordKey, recordText]) => {
      localStorage.setItem(profileKey!, profileText!);
      localStorage.setItem(recordKey!, recordText!);
    },
    [PROFILE_STORAGE_KEY, serializeProfile(profile), progressStorageKey(profile), JSON.stringify({ ...emptyProgress(), operator: 'Dana Okafor' })],
  );
}

/**
 * The example's values the reader can see in islands that show the deployment (text, or a field's
 * value), in the page's context.
 */
function seenIn(values: string[]): string[] {
  const seen: string[] = [];
  for (const island of document.querySelectorAll('astro-island[client="deployment"]')) {
    const walker = document.createTreeWalker(island, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = values.find((v) => node!.textContent!.includes(v));
      if (value && node.parentElement!.checkVisibility({ visibilityProperty: true })) seen.push(value);
    }
    for (const field of island.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      const value = values.find((v) => field.value.includes(v));
      if (value && field.checkVisibility({ visibilityProperty: true })) seen.push(value);
    }
  }
  return seen;
}

/** Checks every frame from the first one on, and keeps what it saw (`window.exampleSeen`). */
async function watchFrames(page: Page): Promise<void> {
  await page.addInitScript(
    ([check, values]) => {
      const seenIn = new Function(`return (${check})`)() as (values: string[]) => string[];
      const seen = new Set<string>();
      (window as unknown as { exampleSeen: Set<string> }).exampleSeen = seen;
      const frame = () => {
        if (document.body) for (const value of seenIn(values!)) seen.add(value);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    [seenIn.toString(), example] as const,
  );
}

const exampleSeen = (page: Page) => page.evaluate(() => [...(window as unknown as { exampleSeen: Set<string> }).exampleSeen]);
const exampleShown = (page: Page) => page.evaluate(seenIn, example);

for (const lang of ['en', 'fr'] as Lang[]) {
  test.describe(`a reader's own deployment, never the example's (${lang})`, () => {
    test.describe.configure({ timeout: 90_000 });

    test('profile page: the example is hidden until each island is live, all go live without scrolling, and the page prints the reader’s values', async ({ page }) => {
      await page.setViewportSize(phone);
      await storeBoston(page);
      await watchFrames(page);
      await page.goto(`/${lang}/profile/`, { waitUntil: 'domcontentloaded' });
      // Known before the first paint; what the server rendered is hidden, in its place, and says why.
      await expect(page.locator('html')).toHaveAttribute('data-stored', '');
      const hidden = await page.evaluate((selector) => Array.from(document.querySelectorAll(`${selector} > *`), (child) => getComputedStyle(child).visibility), waiting);
      expect(hidden.filter((visibility) => visibility !== 'hidden')).toEqual([]);
      // Every island that shows the deployment goes live where it is, the reader never scrolling.
      await expect(page.locator('astro-island[client="deployment"]')).toHaveCount(14);
      await expect(page.locator(waiting)).toHaveCount(0, { timeout: 30_000 });
      expect(await page.evaluate(() => scrollY)).toBe(0);
      const users = page.locator('.profile-form[data-section="users"]');
      await expect(users.locator('#pf-users-0-identity')).toHaveValue('dana@fabrikam.com');
      await expect(page.locator('.profile-form[data-section="servers"] #pf-exchange-servers-0-fqdn')).toHaveValue('ex01.fabrikam.com');
      // Not in a single frame did the example show.
      expect(await exampleSeen(page)).toEqual([]);

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.profile-form[data-section="dialPlans"] #pf-dialPlans-0-name')).toBeVisible();
      await expect(page.locator('.profile-form[data-section="dialPlans"] #pf-dialPlans-0-name')).toHaveValue('BostonSIP');
      expect(await exampleShown(page)).toEqual([]);
    });

    test('an island that could not load says so in print, in the reader’s language, instead of the example', async ({ page }) => {
      await page.setViewportSize(phone);
      await storeBoston(page);
      // The form's sections do not load before the reader prints (a network stalled in the middle
      // of a change window): their component is never answered.
      await page.route('**/_astro/ProfileForm.*.js', () => new Promise(() => {}));
      await page.goto(`/${lang}/profile/`);
      await expect(page.locator('.profile-form[data-section]')).toHaveCount(9);
      // The other islands do load: the page is as far as it will go.
      await expect(page.locator(`${waiting}:not(:has(.profile-form))`)).toHaveCount(0, { timeout: 30_000 });
      await page.emulateMedia({ media: 'print' });
      const users = page.locator('.profile-form[data-section="users"]');
      expect(await users.evaluate((form) => getComputedStyle(form).visibility)).toBe('hidden');
      expect(await users.evaluate((form) => getComputedStyle(form, '::before').content)).toBe(JSON.stringify(t(lang, 'site.deploymentNotPrinted')));
      expect(await exampleShown(page)).toEqual([]);
      // On screen, the same place says the deployment is loading.
      await page.emulateMedia({ media: 'screen' });
      expect(await users.evaluate((form) => getComputedStyle(form, '::before').content)).toBe(JSON.stringify(t(lang, 'site.deploymentLoading')));
    });

    test('runbook page: the step progress and tables follow the stored deployment without scrolling', async ({ page }) => {
      await page.setViewportSize(phone);
      await storeBoston(page);
      await watchFrames(page);
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`, { waitUntil: 'domcontentloaded' });
      await expect(page.locator(waiting)).toHaveCount(0, { timeout: 30_000 });
      expect(await page.evaluate(() => scrollY)).toBe(0);
      // The encryption table names Boston's dial plan where it meets Boston's level.
      await expect(page.locator('astro-island[client="deployment"] .encryption-table').first()).toContainText('BostonSIP');
      expect(await exampleSeen(page)).toEqual([]);
    });

    test('without a deployment of their own, the far islands wait for the reader', async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`/${lang}/profile/`);
      await page.waitForLoadState('load');
      await expect(page.locator('html')).not.toHaveAttribute('data-stored', '');
      // Long enough for every idle callback of the page (the store's, the directive's) to have run.
      await page.waitForTimeout(3000);
      await expect(page.locator('astro-island[client="deployment"][ssr]:has(.profile-form[data-section="users"])')).toHaveCount(1);
      // The example is the reader's deployment here: shown, not hidden.
      expect(await page.locator('.profile-form[data-section="users"]').evaluate((form) => getComputedStyle(form).visibility)).toBe('visible');
    });
  });
}

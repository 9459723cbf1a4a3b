/**
 * The deployment runbook reads like a runbook (issue 9, part 2), in both languages: the profile
 * bar (label, short SHA-256 of the stored profile, counts that lead to the findings, Edit, the
 * change-window switch) works by keyboard, on a 390 px phone and in both themes; each step shows
 * the values it uses and opens only those fields; every command block shows the stored profile
 * once the browser is idle, without scrolling; and the page stays within its height goals.
 */
import * as v from 'valibot';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { checkProfile } from '../../src/domain/check.ts';
import { exampleProfile, profileSchema, type Profile } from '../../src/domain/profile/index.ts';
import { PROFILE_STORAGE_KEY, serializeProfile } from '../../src/domain/profile/share.ts';
import { SHORT_HASH_DIGITS } from '../../src/domain/profile/fingerprint.ts';
import { countOf, t, type Lang } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';
import { largeProfile } from './large-profile.ts';
import { readToTheEnd } from './main-thread.ts';

const langs: Lang[] = ['en', 'fr'];
const RUNBOOK = 'deploy-um-lync';

/** The example deployment with other names everywhere the commands show them (never the example's values). */
function bostonProfile(): Profile {
  const text = JSON.stringify(exampleProfile)
    .replaceAll('Contoso — Paris & Lyon', 'Boston — one pool')
    .replaceAll('ParisSIP', 'BostonSIP')
    .replaceAll('LyonSIP', 'AustinSIP')
    .replaceAll('alice@', 'dana@')
    .replaceAll('bruno@', 'eric@')
    .replaceAll('chloe@', 'fiona@');
  return v.parse(profileSchema, JSON.parse(text));
}

/** Stores `profile` before the page's first script runs (once per test: reloads keep the reader's edits). */
async function seed(page: Page, profile: Profile): Promise<void> {
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('runbook-page.seeded')) return;
      localStorage.setItem(key!, text!);
      sessionStorage.setItem('runbook-page.seeded', '1');
    },
    [PROFILE_STORAGE_KEY, serializeProfile(profile)],
  );
}

/** Waits until the islands that hydrate when idle (bar, step values, command blocks) have all run, without scrolling. */
async function idleIslandsHydrated(page: Page): Promise<void> {
  await expect
    // Hydrated, and showing the stores (each island switches in a task of its own: src/islands/state/hydration.ts).
    .poll(() => page.evaluate(() => document.querySelectorAll('astro-island[ssr] :is(.profile-bar, .step-values, .command-blocks), :is(.profile-bar, .step-values, .command-blocks):not([data-live])').length), { timeout: 30_000 })
    .toBe(0);
}

async function axeClean(page: Page, selectors: string[]): Promise<void> {
  let builder = new AxeBuilder({ page });
  for (const selector of selectors) builder = builder.include(selector);
  const results = await builder.analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

for (const lang of langs) {
  test.describe(`runbook page (${lang})`, () => {
    test.describe.configure({ timeout: 90_000 });

    test('the profile bar names the stored profile, counts its findings and leads to them, to the profile and to change-window mode', async ({ page }) => {
      // A stored profile with a broken dial plan name: errors and warnings the bar must count.
      const profile = structuredClone(exampleProfile);
      profile.name = 'Fabrikam — Nantes';
      profile.dialPlans[1]!.name = 'Lyon SIP';
      const findings = checkProfile(profile);
      const errors = findings.filter((f) => f.severity === 'error').length;
      const warnings = findings.filter((f) => f.severity === 'warning').length;
      expect(errors).toBeGreaterThan(0);
      await seed(page, profile);
      await page.goto(`/${lang}/runbooks/${RUNBOOK}/`);
      await idleIslandsHydrated(page);

      const bar = page.locator('.profile-bar');
      await expect(bar.locator('.profile-bar__label')).toHaveText('Fabrikam — Nantes');
      const hash = sha256(serializeProfile(profile));
      await expect(bar.locator('code[data-sha256]')).toHaveAttribute('data-sha256', hash);
      await expect(bar.locator('code[data-sha256]')).toHaveText(hash.slice(0, SHORT_HASH_DIGITS));

      // The counts lead to the profile check on the page.
      const counts = bar.getByRole('link', { name: new RegExp(`^${countOf(lang, 'error', errors)}, ${countOf(lang, 'warning', warnings)}`) });
      await expect(counts).toHaveAttribute('href', '#profile-summary');
      await counts.click();
      await expect(page).toHaveURL(/#profile-summary$/);
      const summary = page.getByRole('region', { name: t(lang, 'summary.title') });
      await expect(summary).toBeInViewport();
      await expect(summary.getByRole('status')).toHaveText(t(lang, 'summary.counts', { errors: countOf(lang, 'error', errors), warnings: countOf(lang, 'warning', warnings) }));

      // Edit goes to the profile page; the bar stays on screen while the page scrolls.
      const edit = bar.getByRole('link', { name: new RegExp(`^${t(lang, 'profileBar.edit')}`) });
      await expect(edit).toHaveAttribute('href', `/${lang}/profile/`);
      await page.locator('#step-enable-um-mailboxes').scrollIntoViewIfNeeded();
      await expect(bar).toBeInViewport();

      // Keyboard: from Edit, Tab reaches the change-window switch; Enter turns the mode on and off.
      await edit.focus();
      await page.keyboard.press('Tab');
      const toggle = bar.getByRole('button', { name: t(lang, 'cw.toggle') });
      await expect(toggle).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('body')).toHaveClass(/change-window/);
      await expect(bar).toBeVisible();
      await toggle.press('Enter');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');

      // Fixing the name in the step that uses it: the hash follows the stored profile, the counts drop.
      const values = page.locator('[data-step-values="create-um-dial-plans"]');
      await values.getByRole('button', { name: t(lang, 'stepValues.edit') }).click();
      await values.getByLabel(t(lang, 'form.field.dialPlans.name'), { exact: true }).nth(1).fill('LyonSIP');
      const fixed = structuredClone(profile);
      fixed.dialPlans[1]!.name = 'LyonSIP';
      await expect(bar.locator('code[data-sha256]')).toHaveAttribute('data-sha256', sha256(serializeProfile(fixed)));
      expect(await page.evaluate((key) => localStorage.getItem(key), PROFILE_STORAGE_KEY)).toBe(serializeProfile(fixed));
      await expect(bar.getByRole('link', { name: new RegExp(`^${t(lang, 'profileBar.clean')}`) })).toBeVisible();
    });

    test('the bar fits a 390 px phone, and is axe clean in the light and the dark theme', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${lang}/runbooks/${RUNBOOK}/`);
      await idleIslandsHydrated(page);
      const bar = page.locator('.profile-bar');
      await expect(bar.locator('code[data-sha256]')).toHaveText(sha256(serializeProfile(exampleProfile)).slice(0, SHORT_HASH_DIGITS));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Sticky, and it keeps most of the screen for the runbook: at most two short lines.
      await page.locator('#step-create-um-dial-plans').scrollIntoViewIfNeeded();
      await expect(bar).toBeInViewport();
      expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(100);
      // Touch targets of at least 24 × 24 px (WCAG 2.2, 2.5.8): axe leaves this rule off unless asked
      // (Lighthouse asks, and found the bar's Edit link and switch too small on a phone).
      const targets = await new AxeBuilder({ page }).include('.profile-bar').withRules(['target-size']).analyze();
      expect(targets.violations.flatMap((v) => v.nodes.map((n) => n.html))).toEqual([]);
      await page.locator('[data-step-values="create-um-dial-plans"] .step-values__edit').click();
      // The opened fields fit the phone too (a fieldset and a flex item both grow to their widest select).
      await page.locator('[data-step-values="check-media-encryption"] .step-values__edit').click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await axeClean(page, ['.profile-bar', 'section[data-section="step-create-um-dial-plans"]']);
      await page.emulateMedia({ colorScheme: 'dark' });
      await axeClean(page, ['.profile-bar', 'section[data-section="step-create-um-dial-plans"]']);
    });

    test('the whole page, its islands run, is axe clean in the dark theme', async ({ page }) => {
      test.slow(true, 'axe on the whole runbook');
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`/${lang}/runbooks/${RUNBOOK}/`);
      await idleIslandsHydrated(page);
      await axeClean(page, ['main']);
    });

    test('a step shows the values it uses and “Edit these values” opens only those fields; its commands follow', async ({ page }) => {
      await page.goto(`/${lang}/runbooks/${RUNBOOK}/`);
      await idleIslandsHydrated(page);
      const step = page.locator('section[data-section="step-create-um-dial-plans"]');
      const values = step.locator('[data-step-values="create-um-dial-plans"]');
      await expect(values.locator('li[data-key="dialPlans"]')).toContainText('ParisSIP');
      await expect(values.locator('li[data-key="lync.encryptionLevel"]')).toContainText(exampleProfile.lync.encryptionLevel);
      await expect(values.locator('li')).toHaveCount(2);

      const edit = values.getByRole('button', { name: t(lang, 'stepValues.edit') });
      await expect(edit).toHaveAttribute('aria-expanded', 'false');
      await edit.click();
      await expect(edit).toHaveAttribute('aria-expanded', 'true');
      const form = page.getByRole('group', { name: t(lang, 'stepValues.legend', { step: t(lang, 'step.create-um-dial-plans.title') }).replace(/\u00a0/g, ' ') });
      await expect(form).toBeVisible();
      // Only this step's fields: the dial plans and the encryption level, nothing of users or servers.
      await expect(form.getByLabel(t(lang, 'form.field.lync.encryptionLevel'))).toBeVisible();
      await expect(form.getByLabel(t(lang, 'form.field.dialPlans.name'), { exact: true })).toHaveCount(exampleProfile.dialPlans.length);
      for (const other of ['form.field.users.identity', 'form.field.exchange.version', 'form.field.name', 'form.field.organization.sipDomain', 'form.field.lync.version']) {
        await expect(form.getByLabel(t(lang, other), { exact: true })).toHaveCount(0);
      }
      // No other step opened, and no profile form elsewhere on the page.
      await expect(page.locator('.step-values__form')).toHaveCount(1);
      await expect(page.locator('.profile-form:not(.step-values__form)')).toHaveCount(0);

      // Editing there changes this step's commands and its values.
      await form.getByLabel(t(lang, 'form.field.dialPlans.name'), { exact: true }).first().fill('BostonSIP');
      const commands = step.locator('.command-blocks');
      await expect(commands).toContainText('New-UMDialPlan -Name BostonSIP ');
      await expect(commands).not.toContainText('ParisSIP');
      await expect(values.locator('li[data-key="dialPlans"]')).toContainText('BostonSIP');
      expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROFILE_STORAGE_KEY))!).dialPlans[0].name).toBe('BostonSIP');
      // Closing hides the fields again.
      await edit.click();
      await expect(form).toBeHidden();
    });

    test('every command block shows the stored profile once the page is idle, without scrolling', async ({ page }) => {
      await seed(page, bostonProfile());
      await page.goto(`/${lang}/runbooks/${RUNBOOK}/`);
      await idleIslandsHydrated(page);
      // A block near the bottom of the page, read without scrolling to it.
      const mailboxes = page.locator('.command-blocks[data-step="enable-um-mailboxes"]');
      await expect(mailboxes).toContainText('dana@contoso.com');
      await expect(mailboxes).toContainText('BostonSIP');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // What find-in-page searches: the page's text. No block says the example's values any more.
      const text = await page.evaluate(() => Array.from(document.querySelectorAll('.command-blocks'), (block) => block.textContent).join('\n'));
      for (const example of ['alice@contoso.com', 'ParisSIP', 'LyonSIP']) expect(text).not.toContain(example);
      expect(await page.evaluate(() => (window as unknown as { find(text: string): boolean }).find('fiona@contoso.com'))).toBe(true);
    });

    test('with 2,000 users too: the last steps show the profile’s users once idle, 20 commands a block', async ({ page }) => {
      await seed(page, v.parse(profileSchema, largeProfile(2000)));
      const start = Date.now();
      await page.goto(`/${lang}/runbooks/${RUNBOOK}/`);
      await idleIslandsHydrated(page);
      const mailboxes = page.locator('.command-blocks[data-step="enable-um-mailboxes"] .command-block').first();
      await expect(mailboxes).toContainText('user19@contoso.com');
      await expect(mailboxes).not.toContainText('alice@contoso.com');
      await expect(mailboxes.locator('li.command')).toHaveCount(20);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // Reported, not asserted (speed is budgeted in bench/budgets.json `mainThread`).
      test.info().annotations.push({ type: 'commands on the page after', description: `${Date.now() - start} ms` });
      await expect(page.locator('[data-step-values="enable-um-mailboxes"] li[data-key="users"]')).toContainText(t(lang, 'stepValues.more', { count: 2000 - 3 }));
    });
  });
}

/**
 * The page-height goals of issue 9: at most 15,000 px at 1366×900 and 25,000 px at 390×844, with
 * every island that hydrates on the way hydrated (the page is read to the end first).
 */
const heightGoals = [
  { width: 1366, height: 900, max: 15_000 },
  { width: 390, height: 844, max: 25_000 },
];
for (const lang of langs) {
  for (const goal of heightGoals) {
    test(`${RUNBOOK} (${lang}) is at most ${goal.max} px tall at ${goal.width}×${goal.height}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: goal.width, height: goal.height });
      await page.goto(`/${lang}/runbooks/${RUNBOOK}/`);
      await idleIslandsHydrated(page);
      // Read to the end, a screen at a time, so the islands that hydrate when visible do.
      await readToTheEnd(page);
      // Every island has run, except those inside a folded <details> (never visible until opened)
      // and those that render nothing (an output check of a step without verification commands).
      await expect
        .poll(() => page.evaluate(() => Array.from(document.querySelectorAll('astro-island[ssr]')).filter((island) => island.childElementCount > 0 && !island.closest('details:not([open])')).length), { timeout: 30_000 })
        .toBe(0);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      test.info().annotations.push({ type: 'page height', description: `${height} px` });
      expect(height).toBeLessThanOrEqual(goal.max);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(goal.width);
    });
  }
}

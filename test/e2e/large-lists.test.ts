import { expect, test } from './fixtures.ts';
import { largeProfile } from './large-profile.ts';

/**
 * A deployment with thousands of users stays usable because long lists are shown a page at a time:
 * the users form 25 items a page, a step's commands 20 at first and more on demand.
 */
test.describe('long lists of a large deployment', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript((stored) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('passerelle.profile.v1', stored);
        sessionStorage.setItem('seeded', '1');
      }
    }, JSON.stringify(largeProfile(300)));
  });

  test('the users form shows 25 users a page and goes through them', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/en/profile/');
    const users = page.locator('.profile-form[data-section="users"]');
    await users.scrollIntoViewIfNeeded();
    await expect(users.getByText('Items 1–25 of 300')).toBeVisible({ timeout: 30_000 });
    await expect(users.locator('.profile-list-item')).toHaveCount(25);
    await expect(page.locator('#pf-users-0-identity')).toHaveValue('user0@contoso.com');
    await users.getByRole('button', { name: 'Next items' }).click();
    await expect(users.getByText('Items 26–50 of 300')).toBeVisible();
    await expect(page.locator('#pf-users-25-identity')).toHaveValue('user25@contoso.com');
    await expect(page.locator('#pf-users-0-identity')).toHaveCount(0);
    // Editing on the second page edits that user.
    await page.locator('#pf-users-26-identity').fill('renamed@contoso.com');
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('passerelle.profile.v1')!).users[26].identity)).toBe('renamed@contoso.com');
    await users.getByRole('button', { name: 'Previous items' }).click();
    await expect(users.getByText('Items 1–25 of 300')).toBeVisible();
    await expect(users.getByRole('button', { name: 'Previous items' })).toBeDisabled();
  });

  test('a step with a command per user shows 20, then more on demand', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/en/runbooks/deploy-um-lync/');
    const step = page.locator('.command-blocks[data-step="enable-lync-users"]');
    await step.scrollIntoViewIfNeeded();
    const block = step.locator('.command-block').first();
    await expect(block.locator('.command-block__more')).toContainText('20 of', { timeout: 30_000 });
    await expect(block.locator('li.command')).toHaveCount(20);
    const shownText = await block.locator('.command-block__more span').textContent();
    const all = Number(/of (\d+) commands/.exec(shownText ?? '')?.[1]);
    expect(all).toBeGreaterThanOrEqual(600);
    await block.getByRole('button', { name: /^Show 100 more$/ }).click();
    await expect(block.locator('li.command')).toHaveCount(120);
  });
});

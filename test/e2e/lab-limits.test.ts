import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Nothing typed into the lab hangs the tab (issue 16, item 2). Each hostile line of the review is
 * typed into the real terminal, and the prompt must come back (the screen's `data-runs` counts the
 * answered commands) within a budget, with the lab's message on screen. Before the limits, the
 * wildcard line ran for minutes and printing the doubled list had not returned after 150 s.
 */

/** Upper bound for one hostile line, typing and rendering included, on a loaded 2-core machine. */
const PROMPT_BUDGET_MS = 5_000;

async function openLab(page: Page, lang: 'en' | 'fr'): Promise<Locator> {
  await page.goto(`/${lang}/lab/`);
  const screen = page.locator('.terminal__screen');
  // The terminal starts on the reader's first contact: here, the keyboard focus on its input line.
  await expect(page.locator('astro-island:has(.terminal__screen)')).not.toHaveAttribute('ssr', /.*/);
  await page.locator('[data-terminal-preview]').focus();
  await expect(screen).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await page.locator('.xterm-helper-textarea').first().focus();
  return screen;
}

/** Types a line, presses Enter, and returns how long the prompt took to come back and the status. */
async function timed(page: Page, screen: Locator, command: string): Promise<{ ms: number; status: string }> {
  const before = Number(await screen.getAttribute('data-runs'));
  await page.keyboard.insertText(command);
  const start = Date.now();
  await page.keyboard.press('Enter');
  await expect(screen).toHaveAttribute('data-runs', String(before + 1), { timeout: 60_000 });
  return { ms: Date.now() - start, status: (await screen.getAttribute('data-last-status')) ?? '' };
}

const rows = (page: Page) => page.locator('.xterm-rows').first();
const as = 'a'.repeat(200);

test.describe('lab limits', () => {
  test('a backtracking -like answers at once', async ({ page }) => {
    const screen = await openLab(page, 'en');
    const result = await timed(page, screen, `'${as}' -like '*a*a*a*a*a*a*b'`);
    expect(result.status).toBe('ok');
    expect(result.ms).toBeLessThan(PROMPT_BUDGET_MS);
    await expect(rows(page)).toContainText('False');
  });

  test('a catastrophic -match stops at its budget with the lab’s message in French', async ({ page }) => {
    const screen = await openLab(page, 'fr');
    const result = await timed(page, screen, `'${as}' -match '(a+)+b'`);
    expect(result.status).toBe('error');
    expect(result.ms).toBeLessThan(PROMPT_BUDGET_MS);
    await expect(rows(page)).toContainText('le laboratoire a arrêté cette expression régulière');
  });

  test('a list doubled seventeen times is capped, and printing it is cut with a notice', async ({ page }) => {
    test.setTimeout(90_000);
    const screen = await openLab(page, 'en');
    expect((await timed(page, screen, '$a=@(1,2)')).status).toBe('ok');
    for (let i = 0; i < 17; i++) {
      const result = await timed(page, screen, '$a=$a+$a');
      expect(result.ms).toBeLessThan(PROMPT_BUDGET_MS);
    }
    await expect(rows(page)).toContainText('a value would hold more than 100,000 items');
    const printed = await timed(page, screen, '$a');
    expect(printed.status).toBe('ok');
    expect(printed.ms).toBeLessThan(PROMPT_BUDGET_MS);
    await expect(rows(page)).toContainText('Output cut: 63,536 more lines not printed');
  });

  test('loops within loops stop at the statement limit', async ({ page }) => {
    const screen = await openLab(page, 'en');
    await timed(page, screen, '$a=@(1,2)');
    for (let i = 0; i < 9; i++) await timed(page, screen, '$a=$a+$a');
    const result = await timed(page, screen, 'foreach ($x in $a) { foreach ($y in $a) { $z = 1 } }');
    expect(result.status).toBe('error');
    expect(result.ms).toBeLessThan(PROMPT_BUDGET_MS);
    await expect(rows(page)).toContainText('The lab stopped this line after 200,000 statements');
  });
});

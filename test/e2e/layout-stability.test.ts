/**
 * Nothing moves while a runbook page loads (issue 14: Lighthouse counts every shift of visible
 * content as Cumulative Layout Shift). A first visit — no stored profile, the page never scrolled —
 * at a phone's and a desktop's size, in both languages: the shifts the browser reports from the
 * first paint until every idle island has switched to the stores and the change-window offer is
 * live add up to less than 0.01 (Lighthouse's "good" is 0.1). The change-window offer used to be
 * hidden until its code loaded and then pushed the steps 250 px down (0.07).
 */
import { t, type Lang } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

interface ShiftLog {
  __shifts: Array<{ value: number; recent: boolean; at: number; sources: string[] }>;
}

/** Records every layout shift of the page (`window.__shifts`), from its first paint on. */
function recordShifts(): void {
  const shifts: ShiftLog['__shifts'] = [];
  (window as unknown as ShiftLog).__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node?: Node | null }> }>) {
      shifts.push({
        value: entry.value,
        recent: entry.hadRecentInput,
        at: entry.startTime,
        sources: entry.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName))),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

for (const lang of ['en', 'fr'] as Lang[]) {
  for (const viewport of viewports) {
    test(`the runbook page does not move while it loads (${lang}, ${viewport.name})`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.addInitScript(recordShifts);
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      // Every idle island has taken its live turn (src/islands/hydration-queue.ts)…
      await expect
        .poll(() => page.evaluate(() => document.querySelectorAll(':is(.profile-bar, .step-values, .command-blocks):not([data-live])').length), { timeout: 30_000 })
        .toBe(0);
      // …and the change-window offer's controls are live (src/islands/sheet/mount.tsx).
      await expect(page.getByLabel(t(lang, 'sheet.offer.operator'))).toBeEnabled({ timeout: 30_000 });
      // Two frames for the last changes to be laid out and reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shifts = (await page.evaluate(() => (window as unknown as ShiftLog).__shifts)).filter((shift) => !shift.recent);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
    });
  }

  test(`a step reached from the step list stays where it landed (${lang}, phone)`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(recordShifts);
    await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll(':is(.profile-bar, .step-values, .command-blocks):not([data-live])').length), { timeout: 30_000 })
      .toBe(0);
    await page.evaluate(() => (window as unknown as ShiftLog).__shifts.splice(0));
    // A jump far down the page. Shifts right after the tap are counted too (Lighthouse forgives
    // them, the reader does not): estimated heights of steps above (content-visibility) once moved
    // the step by most of a screen, and buttons appearing after the jump by a fifth of one.
    await page.locator('.runbook__toc a').nth(11).click();
    await page.waitForTimeout(1500);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifts = await page.evaluate(() => (window as unknown as ShiftLog).__shifts);
    expect(shifts.reduce((sum, shift) => sum + shift.value, 0), JSON.stringify(shifts)).toBeLessThan(0.01);
  });

  test(`a profile field far down the form stays where it landed (${lang}, phone)`, async ({ page }) => {
    // A runbook links to a field of the profile page (`#pf-users-2-identity`). The form's sections
    // read until they go live (no controls: src/islands/forms/ProfileForm.tsx) and far ones are not
    // laid out (content-visibility, estimated heights): the browser lands on the value, the section
    // hydrates because it is on screen, and the field takes the value's place. Where the value is in
    // the first frame painted is where the field stays, and nothing moves after it.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(recordShifts);
    await page.goto(`/${lang}/profile/#pf-users-2-identity`);
    const form = page.locator('.profile-form[data-section="users"]');
    await page.waitForLoadState('load');
    const [landed, landedAt] = await page.evaluate(
      () =>
        new Promise<[number, number]>((resolve) =>
          requestAnimationFrame(() => {
            const top = document.getElementById('pf-users-2-identity')!.getBoundingClientRect().top;
            // From the next frame on, every shift is one the reader would see.
            requestAnimationFrame(() => resolve([top, performance.now()]));
          }),
        ),
    );
    expect(landed).toBeGreaterThanOrEqual(0);
    expect(landed).toBeLessThan(844);
    // The section hydrates (it is on screen): its field replaces the value, in the same place.
    await expect(form).toHaveAttribute('data-live', '', { timeout: 30_000 });
    const field = page.locator('input#pf-users-2-identity');
    await expect(field).toHaveValue(/@/);
    await page.waitForTimeout(1500);
    // Within 2 px: scroll anchoring and the reading's own correction snap to device pixels.
    expect(Math.abs((await field.evaluate((el) => el.getBoundingClientRect().top)) - landed)).toBeLessThanOrEqual(2);
    const shifts = (await page.evaluate(() => (window as unknown as ShiftLog).__shifts)).filter((shift) => shift.at >= landedAt);
    expect(shifts.reduce((sum, shift) => sum + shift.value, 0), JSON.stringify(shifts)).toBeLessThan(0.01);
  });

  test(`a table far down the profile page stays where a link landed (${lang}, phone)`, async ({ page }) => {
    // Below the wizard the profile page is neither styled nor laid out until the reader nears it
    // (content-visibility, estimated heights): a link to the certificate table lands on its
    // heading, the blocks around it are laid out and their real heights replace the estimates.
    // The heading stays where it landed, and nothing the reader sees moves.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(recordShifts);
    await page.goto(`/${lang}/profile/#certificate-topology`);
    await page.waitForLoadState('load');
    const heading = page.locator('#certificate-topology');
    const [landed, landedAt] = await heading.evaluate(
      (element) =>
        new Promise<[number, number]>((resolve) =>
          requestAnimationFrame(() => {
            const top = element.getBoundingClientRect().top;
            requestAnimationFrame(() => resolve([top, performance.now()]));
          }),
        ),
    );
    expect(landed).toBeGreaterThanOrEqual(0);
    expect(landed).toBeLessThan(844);
    // The table hydrates (it is on screen) and shows the example's matching row.
    await expect(page.locator('.profile-page tr[aria-current="true"]')).toHaveCount(1, { timeout: 30_000 });
    await page.waitForTimeout(1500);
    // Within 2 px: scroll anchoring snaps to device pixels.
    expect(Math.abs((await heading.evaluate((el) => el.getBoundingClientRect().top)) - landed)).toBeLessThanOrEqual(2);
    const shifts = (await page.evaluate(() => (window as unknown as ShiftLog).__shifts)).filter((shift) => shift.at >= landedAt);
    expect(shifts.reduce((sum, shift) => sum + shift.value, 0), JSON.stringify(shifts)).toBeLessThan(0.01);
  });
}

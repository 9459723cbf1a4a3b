/**
 * The seams of the operator's journey (issue 9, part 1), in both languages: a share link's profile
 * is saved (after asking when it would replace the reader's own) and survives a reload and a
 * language switch; the language switch keeps the section being read, twice on one page; the
 * change-window mode keeps the record and its export; "Run in lab" on step 8 of a fresh lab offers
 * to replay steps 1–7 and says why; search finds runbooks and the lab; an exercise's status never
 * gives its solution and its hints come in stages; Get-Help takes its switches, `X -?` and `dir` work.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { exampleProfile, type Profile } from '../../src/domain/profile/index.ts';
import { encodeProfileFragment, PROFILE_STORAGE_KEY, serializeProfile } from '../../src/domain/profile/share.ts';
import { runbookSteps } from '../../src/domain/runbook/procedures.ts';
import { t, type Lang } from '../../src/i18n/index.ts';
import { expect, reachProfileSection, test } from './fixtures.ts';

const langs: Lang[] = ['en', 'fr'];
const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');

/** The example deployment under another label, with its first dial plan renamed BostonSIP. */
function linkedProfile(): Profile {
  const profile = structuredClone(exampleProfile);
  profile.name = 'Boston link';
  profile.dialPlans[0]!.name = 'BostonSIP';
  return profile;
}

async function storedProfile(page: Page): Promise<Profile | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), PROFILE_STORAGE_KEY);
  return raw === null ? null : (JSON.parse(raw) as Profile);
}

async function hydrated(locator: Locator): Promise<void> {
  await locator.first().scrollIntoViewIfNeeded();
  await expect(locator.first().locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', { timeout: 20_000 });
}

/** Waits until the runbook's islands that hydrate when the browser is idle have all run. */
async function idleIslandsRan(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('astro-island[ssr] :is(.profile-bar, .step-values, .command-blocks)').length), { timeout: 20_000 }).toBe(0);
}

/** Opens the lab page and waits for the terminal. */
async function openLab(page: Page, lang: Lang): Promise<Locator> {
  await page.goto(`/${lang}/lab/`);
  const screen = page.locator('.terminal__screen');
  // The terminal starts on the reader's first contact: here, the keyboard focus on its input line.
  await expect(page.locator('astro-island:has(.terminal__screen)')).not.toHaveAttribute('ssr', /.*/);
  await page.locator('[data-terminal-preview]').focus();
  await expect(screen).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  return screen;
}

async function typeLine(page: Page, screen: Locator, line: string): Promise<void> {
  const before = Number(await screen.getAttribute('data-runs'));
  await page.locator('.xterm-helper-textarea').first().focus();
  await page.keyboard.insertText(line);
  await page.keyboard.press('Enter');
  await expect(screen).toHaveAttribute('data-runs', String(before + 1));
}

for (const lang of langs) {
  test.describe(`journey seams (${lang})`, () => {
    // Long pages, a terminal and axe on a machine shared by many: generous, never timed assertions.
    test.describe.configure({ timeout: 90_000 });
    test('a share link’s profile is saved: it survives a reload and a language switch', async ({ page }) => {
      const linked = linkedProfile();
      await page.goto(`/${lang}/runbooks/deploy-um-lync/#${encodeProfileFragment(linked)}`);
      await expect.poll(async () => (await storedProfile(page))?.name).toBe('Boston link');
      expect(new URL(page.url()).hash).toBe('');
      await page.reload();
      const block = page.locator('section[data-section="step-create-um-dial-plans"] .command-block').first();
      await hydrated(block);
      await expect(block).toContainText('BostonSIP');
      await page.getByRole('link', { name: t(lang, 'lang.switch') }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', other(lang));
      const there = page.locator('section[data-section="step-create-um-dial-plans"] .command-block').first();
      await hydrated(there);
      await expect(there).toContainText('BostonSIP');
      expect((await storedProfile(page))?.name).toBe('Boston link');
    });

    test('a share link asks before replacing a different saved profile; declining keeps it', async ({ page }) => {
      const mine = { ...structuredClone(exampleProfile), name: 'Mine' };
      await page.goto(`/${lang}/`);
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROFILE_STORAGE_KEY, serializeProfile(mine)]);
      const questions: string[] = [];
      page.once('dialog', (dialog) => {
        questions.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`/${lang}/profile/#${encodeProfileFragment(linkedProfile())}`);
      const label = page.getByLabel(t(lang, 'form.field.name'));
      await reachProfileSection(page, 'organization');
      expect(questions).toEqual([t(lang, 'notice.confirmReplace.fragment', { linked: 'Boston link', stored: 'Mine' })]);
      await expect(label).toHaveValue('Mine');
      expect((await storedProfile(page))?.name).toBe('Mine');
      await expect(page.getByText(t(lang, 'notice.declined.fragment'))).toBeVisible();

      // Accepting replaces it, and saves it.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.goto(`/${lang}/`);
      await page.goto(`/${lang}/profile/#${encodeProfileFragment(linkedProfile())}`);
      await reachProfileSection(page, 'organization');
      await expect(label).toHaveValue('Boston link');
      expect((await storedProfile(page))?.name).toBe('Boston link');
    });

    test('the language switch keeps the section being read, twice on one page', async ({ page }) => {
      const steps = runbookSteps('deploy-um-lync')!.map((step) => `step-${step.id}`);
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      // The reader reads once the page has settled: the command blocks render from the profile when
      // the browser is idle, and their buttons change the height of what is above the section.
      await idleIslandsRan(page);
      await page.locator(`#${steps[3]}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.getByRole('link', { name: t(lang, 'lang.switch') }).click();
      await expect(page).toHaveURL(`/${other(lang)}/runbooks/deploy-um-lync/#${steps[3]}`);
      // The browser keeps the anchor in view while the page loads; the reader scrolls after that.
      await page.waitForLoadState('load');
      await idleIslandsRan(page);
      // Read on: a later step, then back. The stale #anchor must not win.
      await page.locator(`#${steps[9]}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.getByRole('link', { name: t(other(lang), 'lang.switch') }).click();
      await expect(page).toHaveURL(`/${lang}/runbooks/deploy-um-lync/#${steps[9]}`);
    });

    test('change-window mode keeps the record and its export', async ({ page }) => {
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      const toggle = page.getByRole('button', { name: t(lang, 'cw.toggle') });
      await hydrated(toggle);
      await toggle.click();
      await expect(page.locator('body')).toHaveClass(/change-window/);
      const record = page.getByRole('region', { name: t(lang, 'record.title') });
      await record.scrollIntoViewIfNeeded();
      await expect(record).toBeVisible();
      const exportButton = record.getByRole('button', { name: t(lang, 'record.exportMarkdown') });
      await hydrated(exportButton);
      await record.getByLabel(t(lang, 'record.operator')).fill('Dana Operator');
      await record.getByLabel(t(lang, 'record.operator')).blur();
      const download = page.waitForEvent('download');
      await exportButton.click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^passerelle-record-.*\.md$/);
      const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
      expect(text).toContain('Dana Operator');
    });

    test('Run in lab on step 8 of a fresh lab offers to replay steps 1–7 and says why', async ({ page }) => {
      const steps = runbookSteps('deploy-um-lync')!;
      const step8 = steps[7]!;
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      // Command-block buttons exist once the island runs (it hydrates when visible): scroll to the step first.
      await hydrated(page.locator(`section[data-section="step-${step8.id}"] .command-blocks`));
      const button = page.locator(`section[data-section="step-${step8.id}"] button.command__lab`).first();
      await expect(button).toBeVisible();
      await hydrated(page.locator('.lab-panel'));
      await button.click();
      const offer = page.getByRole('group', { name: /./ }).filter({ has: page.getByRole('button', { name: t(lang, 'terminal.prereq.runAnyway') }) });
      await expect(offer).toBeVisible({ timeout: 15_000 });
      await expect(offer).toContainText(t(lang, 'step.add-servers-to-dial-plans.title'));
      await expect(offer).toContainText('1–7');
      // Why: what the lab answers without the earlier steps (the dial plan does not exist yet).
      await expect(offer.locator('pre')).toContainText('ParisSIP');
      const screen = page.locator('.lab-panel .terminal__screen');
      await expect(screen).toHaveAttribute('data-runs', '0');
      await expect(offer.getByRole('button', { name: t(lang, 'terminal.prereq.replay', { range: '1–7' }) })).toBeFocused();
      const axe = await new AxeBuilder({ page }).include('.lab-panel').analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await offer.getByRole('button', { name: t(lang, 'terminal.prereq.replay', { range: '1–7' }) }).click();
      await expect(offer).toBeHidden();
      await expect(page.locator('.lab-panel .xterm-rows')).toContainText(lang === 'en' ? 'replayed' : 'rejouées', { timeout: 20_000 });
      await expect.poll(async () => screen.getAttribute('data-last-status'), { timeout: 20_000 }).toBe('ok');
    });

    test('search finds a runbook and the lab', async ({ page }) => {
      await page.goto(`/${lang}/`);
      const field = page.getByRole('searchbox', { name: t(lang, 'search.label') });
      const results = page.getByRole('region', { name: t(lang, 'search.label') });
      await field.fill('ExchUcUtil');
      // Pagefind loads on the first search: give it time on a busy machine.
      await expect(results.locator(`a[href^="/${lang}/runbooks/rerun-exchucutil/"]`).first()).toBeVisible({ timeout: 20_000 });
      await field.fill(lang === 'en' ? 'simulated organisation exercises' : 'organisation simulée exercices');
      await expect(results.locator(`a[href^="/${lang}/lab/"]`).first()).toBeVisible({ timeout: 20_000 });
    });

    test('an exercise’s status never gives its solution; hints come in stages', async ({ page }) => {
      await openLab(page, lang);
      const exercise = page.locator('[data-exercise="incompatible-security"]');
      await hydrated(exercise.getByRole('button').first());
      await exercise.getByRole('button', { name: new RegExp(t(lang, 'labPage.start')) }).click();
      const status = exercise.getByRole('status');
      await expect(status).toContainText(t(lang, 'labPage.unsolved'));
      for (const answer of ['Set-UMDialPlan', 'VoIPSecurity', 'SupportEncryption', t(lang, 'lab.hint.test.incompatible-security-setting').slice(0, 30)]) {
        await expect(status).not.toContainText(answer);
      }
      const title = t(lang, 'lab.exercise.incompatible-security.title');
      const stage = (action: string) => exercise.getByRole('button', { name: t(lang, 'labPage.hintStage.named', { action, title }) });
      await expect(exercise.getByText(t(lang, 'lab.exercise.incompatible-security.hint'))).toHaveCount(0);
      await stage(t(lang, 'labPage.hintStage.show')).click();
      await expect(exercise.getByText(t(lang, 'lab.exercise.incompatible-security.hint'))).toBeVisible();
      await expect(exercise.locator('.exercise__solution')).toHaveCount(0);
      await stage(t(lang, 'labPage.hintStage.stronger')).click();
      await expect(exercise).toContainText(t(lang, 'labPage.hintStage.strongerTitle'));
      await expect(exercise).toContainText('RequireEncryption');
      await expect(exercise.locator('.exercise__solution')).toHaveCount(0);
      await stage(t(lang, 'labPage.hintStage.solution')).click();
      await expect(exercise.locator('.exercise__solution pre')).toContainText("Set-UMDialPlan -Identity 'ParisSIP' -VoIPSecurity Secured");
      for (const theme of ['light', 'dark']) {
        await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
        const axe = await new AxeBuilder({ page }).include('.lab-exercises').analyze();
        expect(axe.violations.map((v) => `${theme} ${v.id}`)).toEqual([]);
      }
    });

    test('Get-Help takes -Examples, -Detailed, -Full, -Parameter; X -? and dir work', async ({ page }) => {
      const screen = await openLab(page, lang);
      const rows = page.locator('.xterm-rows').first();
      await typeLine(page, screen, 'Get-Help New-UMDialPlan -Examples');
      await expect(rows).toContainText(t(lang, 'help.examples'));
      await expect(rows).toContainText('PS> New-UMDialPlan -Name ParisSIP');
      await typeLine(page, screen, 'cls');
      await typeLine(page, screen, 'Get-Help Set-UMDialPlan -Parameter VoIPSecurity');
      await expect(rows).toContainText('Unsecured | SIPSecured | Secured');
      await typeLine(page, screen, 'cls');
      await typeLine(page, screen, 'Get-Help Set-UMDialPlan -Detailed');
      await expect(rows).toContainText(t(lang, 'help.common').slice(0, 20));
      await typeLine(page, screen, 'cls');
      await typeLine(page, screen, 'Get-Help Set-UMDialPlan -Full');
      await expect(rows).toContainText(t(lang, 'help.common').slice(0, 20));
      await typeLine(page, screen, 'cls');
      await typeLine(page, screen, 'Get-UMDialPlan -?');
      await expect(rows).toContainText(t(lang, 'help.sets'));
      await expect(rows).not.toContainText('ps-unknown-parameter');
      await typeLine(page, screen, 'cd $exscripts');
      await typeLine(page, screen, 'dir');
      await expect(rows).toContainText('ExchUcUtil.ps1');
      expect(await screen.getAttribute('data-last-status')).toBe('ok');
    });
  });
}

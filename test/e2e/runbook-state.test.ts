/**
 * The runbook's state in a real browser, in both languages, through roles and labels: the
 * interactive encryption table, field messages linked to rules, the summary, import/export, bad
 * input of every kind (storage, file, link) keeping the profile, reset, progress across reloads and
 * change-window mode. Axe runs after the interactions, with errors on screen.
 */
import { formatLoadIssue } from '../../src/domain/messages.ts';
import { exampleProfile } from '../../src/domain/profile/index.ts';
import { SCHEMA_VERSION } from '../../src/domain/profile/schema.ts';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { countOf, t, type Lang } from '../../src/i18n/index.ts';
import { encryptionMatrix } from '../../src/domain/encryption.ts';
import { PROFILE_BACKUP_KEY, PROFILE_STORAGE_KEY } from '../../src/domain/profile/share.ts';
import { loadPage, pagePath, type TableInfo } from '../content/markdown.ts';
import { expect, reachProfileSection, test } from './fixtures.ts';

const langs: Lang[] = ['en', 'fr'];

/** Waits until the island around `locator` has hydrated (Astro removes `ssr` from <astro-island>). */
async function hydrated(locator: Locator): Promise<void> {
  await locator.first().scrollIntoViewIfNeeded();
  await expect(locator.first().locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', { timeout: 10_000 });
}

/**
 * A regular expression for an accessible name: browsers fold non-breaking spaces (French
 * typography) into plain spaces when they compute names, so any run of spaces matches any other.
 */
function nameLike(text: string, anchored = false): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '\\s+');
  return new RegExp(anchored ? `^${escaped}` : escaped);
}

async function axeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
}

/** The dial plan fieldset of the profile form ("Dial plan 1 (ParisSIP)"). */
function dialPlan(page: Page, lang: Lang, n: number, name: string): Locator {
  return page.getByRole('group', { name: t(lang, 'form.itemWithLabel', { item: t(lang, 'form.list.dialPlans.item', { n }), label: name }) });
}

/** The guide's encryption table: for each Lync level (code span), the dial plan values that work. */
function guideTable(lang: Lang): Map<string, string[]> {
  const page = loadPage(pagePath(lang, 'encryption'));
  const table = page.tables.find((candidate: TableInfo) => candidate.cellCode.some((row) => row[0]?.[0] === 'RequireEncryption'))!;
  return new Map(table.cellCode.map((row) => [row[0]![0]!, [...row[1]!].sort()]));
}

for (const lang of langs) {
  test.describe(`runbook state (${lang})`, () => {
    test('the encryption table equals the guide’s and choosing a cell sets the profile', async ({ page }) => {
      await page.goto(`/${lang}/profile/`);
      const table = page.getByRole('table', { name: t(lang, 'enc.caption') });
      await hydrated(table);

      // Rendered table = guide table: per level, the cells marked works/recommended.
      const expected = guideTable(lang);
      for (const [level, working] of expected) {
        const row = table.locator(`tr[data-encryption-level="${level}"]`);
        const works = await row.locator('button[data-verdict="works"], button[data-verdict="recommended"]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.voipSecurity!));
        expect(works.sort(), level).toEqual(working);
      }
      expect(await table.getByRole('button').count()).toBe(encryptionMatrix().length);
      await expect(table.getByRole('button', { name: nameLike(t(lang, 'enc.failure.incompatible-security-setting')) })).toHaveCount(1);

      // The example's pair is pressed; choosing RequireEncryption × SIPSecured sets ParisSIP.
      const cellName = (level: string, security: string) => nameLike(t(lang, 'enc.cellFor', { encryptionLevel: level, voipSecurity: security }), true);
      await expect(table.getByRole('button', { name: cellName('RequireEncryption', 'Secured') })).toHaveAttribute('aria-pressed', 'true');
      const failing = table.getByRole('button', { name: cellName('RequireEncryption', 'SIPSecured') });
      await failing.click();
      await expect(failing).toHaveAttribute('aria-pressed', 'true');
      await expect(table.getByRole('button', { name: cellName('RequireEncryption', 'Secured') })).toHaveAttribute('aria-pressed', 'false');

      // The dial plan form follows, its field is invalid, and the message links to the rule page.
      const form = dialPlan(page, lang, 1, 'ParisSIP');
      await hydrated(form);
      const security = form.getByLabel(t(lang, 'form.field.dialPlans.voipSecurity'));
      await expect(security).toHaveValue('SIPSecured');
      await expect(security).toHaveAttribute('aria-invalid', 'true');
      const describedBy = (await security.getAttribute('aria-describedby'))!;
      const message = page.locator(`[id="${describedBy}"]`);
      await expect(message).toContainText(t(lang, 'severity.error'));
      const ruleLink = message.getByRole('link', { name: t(lang, 'form.ruleLink', { title: t(lang, 'rule.encryption-compatibility.title') }) });
      await expect(ruleLink).toHaveAttribute('href', `/${lang}/reference/rules/encryption-compatibility/`);
      await axeClean(page);

      // Back to the recommended cell: the field is valid again.
      await table.getByRole('button', { name: cellName('RequireEncryption', 'Secured') }).click();
      await expect(security).toHaveValue('Secured');
      await expect(security).not.toHaveAttribute('aria-invalid', 'true');
      await ruleLink.waitFor({ state: 'detached' });
    });

    test('the certificate table marks the matching row, and follows the profile', async ({ page }) => {
      await page.goto(`/${lang}/profile/`);
      const table = page.getByRole('table', { name: t(lang, 'topo.caption') });
      await hydrated(table);
      await expect(table.locator('tr[aria-current="true"]')).toHaveAttribute('data-row', 'T4');
      await expect(table.locator('tr[aria-current="true"]')).toContainText(t(lang, 'topo.req.same-root-as-lync'));
      // Exchange 2016: Client Access and Mailbox together → T3.
      // exact: the wizard above the form asks its own question about the version.
      const version = page.getByLabel(t(lang, 'form.field.exchange.version'), { exact: true });
      await reachProfileSection(page, 'servers');
      await version.selectOption('2016');
      await expect(table.locator('tr[aria-current="true"]')).toHaveAttribute('data-row', 'T3');
    });

    test('export then import round-trips the profile; reset brings the example back', async ({ page }) => {
      await page.goto(`/${lang}/profile/`);
      const label = page.getByLabel(t(lang, 'form.field.name'));
      await reachProfileSection(page, 'organization');
      await label.fill('Fabrikam — Nantes');
      const exportButton = page.getByRole('button', { name: t(lang, 'tools.export') });
      await hydrated(exportButton);
      const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
      expect(download.suggestedFilename()).toBe('passerelle-profile-fabrikam-nantes.json');
      const exported = readFileSync((await download.path())!, 'utf8');
      expect(JSON.parse(exported).name).toBe('Fabrikam — Nantes');

      await page.getByRole('button', { name: t(lang, 'tools.reset') }).click();
      await expect(label).toHaveValue('Contoso — Paris & Lyon');
      await expect(page.getByText(t(lang, 'notice.reset'))).toBeVisible();

      // The import control is a button-like label in the page's language; the browser's own file
      // control ("Choose File", "No file chosen" in the browser's language) is not shown.
      const importer = page.getByLabel(t(lang, 'tools.import'));
      await expect(page.locator('.profile-tools label.file-button')).toHaveText(t(lang, 'tools.import'));
      expect((await importer.boundingBox())!.width).toBeLessThanOrEqual(1);
      await importer.focus();
      await expect(page.locator('.profile-tools label.file-button')).toHaveCSS('outline-style', 'solid');
      await importer.setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await expect(label).toHaveValue('Fabrikam — Nantes');
      await expect(page.getByText(t(lang, 'notice.loaded.import'))).toBeVisible();
      // Survives a reload (localStorage).
      await page.reload();
      await reachProfileSection(page, 'organization');
      await expect(label).toHaveValue('Fabrikam — Nantes');
    });

    test('a malformed import says why, in the reader’s language, and keeps the profile', async ({ page }) => {
      await page.goto(`/${lang}/profile/`);
      const label = page.getByLabel(t(lang, 'form.field.name'));
      await reachProfileSection(page, 'organization');
      await label.fill('Kept');
      const importer = page.getByLabel(t(lang, 'tools.import'));
      await hydrated(importer);
      await importer.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1, "dialPlans": ') });
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(t(lang, 'notice.error.import'));
      await expect(alert).toContainText(t(lang, 'profile.error.json', { detail: '' }).split('(')[0]!.trim());
      await expect(label).toHaveValue('Kept');
      await importer.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 9}') });
      await expect(alert).toContainText(t(lang, 'profile.error.schemaVersion', { found: '9', supported: SCHEMA_VERSION }));
      await expect(label).toHaveValue('Kept');
      // A profile with a field no profile has (a PIN added by hand) and one missing: each is named
      // where it is, in the reader's language.
      const { sipDomain: _, ...organization } = exampleProfile.organization;
      const withPin = { ...exampleProfile, organization, users: [{ ...exampleProfile.users[0], pin: '123456' }] };
      await importer.setInputFiles({ name: 'pin.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withPin)) });
      await expect(alert).toContainText(formatLoadIssue({ code: 'missingField', path: ['organization', 'sipDomain'], params: {} }, lang));
      await expect(alert).toContainText(formatLoadIssue({ code: 'unknownField', path: ['users', 0, 'pin'], params: {} }, lang));
      await expect(label).toHaveValue('Kept');
      await axeClean(page);
    });

    test('corrupted storage is reported, backed up, and the example is shown', async ({ page }) => {
      await page.addInitScript(([key]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, '{"schemaVersion":1,"name":');
          sessionStorage.setItem('seeded', '1');
        }
      }, [PROFILE_STORAGE_KEY]);
      await page.goto(`/${lang}/profile/`);
      const tools = page.getByRole('region', { name: t(lang, 'tools.title') });
      await hydrated(tools.getByRole('button', { name: t(lang, 'tools.export') }));
      await expect(page.getByRole('alert')).toContainText(t(lang, 'notice.error.storage', { key: PROFILE_BACKUP_KEY }));
      expect(await page.evaluate((key) => localStorage.getItem(key), PROFILE_BACKUP_KEY)).toBe('{"schemaVersion":1,"name":');
      const label = page.getByLabel(t(lang, 'form.field.name'));
      await reachProfileSection(page, 'organization');
      await expect(label).toHaveValue('Contoso — Paris & Lyon');
    });

    test('a bad share link is reported and ignored; a good one loads the profile', async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(`/${lang}/profile/`);
      const label = page.getByLabel(t(lang, 'form.field.name'));
      await reachProfileSection(page, 'organization');
      await label.fill('Mine');
      // A fresh load with the link (another page first, so this is not just a hash change).
      await page.goto(`/${lang}/`);
      await page.goto(`/${lang}/profile/#profile=not-a-profile`);
      await hydrated(page.getByRole('button', { name: t(lang, 'tools.export') }));
      await expect(page.getByRole('alert')).toContainText(t(lang, 'notice.error.fragment'));
      await reachProfileSection(page, 'organization');
      await expect(label).toHaveValue('Mine');
      expect(new URL(page.url()).hash).toBe('');

      // A share link made from another profile replaces it, and the previous one can be restored.
      const shared = Buffer.from(JSON.stringify({ ...JSON.parse(readFileSync('src/domain/profile/example.json', 'utf8')), name: 'Shared' })).toString('base64url');
      // Opened on the page already loaded: only the fragment changes (hashchange). It would replace
      // the reader's own profile, so the page asks first; the reader accepts.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.goto(`/${lang}/profile/#profile=${shared}`);
      await reachProfileSection(page, 'organization');
      await expect(label).toHaveValue('Shared');
      await page.getByRole('button', { name: t(lang, 'tools.restorePrevious') }).click();
      await expect(label).toHaveValue('Mine');
    });

    test('progress survives a reload; the summary jumps to a step; change-window mode', async ({ page }) => {
      // The whole deployment runbook is a long page: axe alone takes several seconds on it.
      test.setTimeout(120_000);
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      const title = t(lang, 'step.verify-lync-topology.title');
      const done = page.getByRole('checkbox', { name: t(lang, 'progress.doneLabel', { step: title }) });
      await hydrated(done);
      await done.check();
      await expect(page.locator('[data-step-progress="verify-lync-topology"] time')).toBeVisible();
      await page.reload();
      await hydrated(done);
      await expect(done).toBeChecked();

      // Break a dial plan name in the step's own fields: the summary counts it and its step link goes to the step.
      const values = page.locator('[data-step-values="create-um-dial-plans"]');
      const edit = values.getByRole('button', { name: t(lang, 'stepValues.edit') });
      await hydrated(edit);
      await edit.click();
      const form = dialPlan(page, lang, 2, 'LyonSIP');
      await form.getByLabel(t(lang, 'form.field.dialPlans.name')).fill('Lyon SIP');
      // Folded again: the summary's field link has to open the step's fields by itself.
      await edit.click();
      const summary = page.getByRole('region', { name: t(lang, 'summary.title') });
      await hydrated(summary.getByRole('heading'));
      await expect(summary.getByRole('status')).not.toContainText(countOf(lang, 'error', 0));
      await expect(summary.getByRole('status')).not.toHaveText(t(lang, 'summary.clean'));
      await summary.getByRole('link', { name: t(lang, 'step.create-um-dial-plans.title') }).click();
      await expect(page).toHaveURL(/#step-create-um-dial-plans$/);
      await expect(page.locator('#step-create-um-dial-plans')).toBeInViewport();
      // …and its field link focuses the field.
      // (the first step of the runbook that reads the field opens its "Edit these values").
      await summary.getByRole('link', { name: t(lang, 'summary.goToField') }).and(page.locator('[href="#pf-create-um-dial-plans-dialPlans-1-name"]')).first().click();
      await expect(edit).toHaveAttribute('aria-expanded', 'true');
      await expect(dialPlan(page, lang, 2, 'Lyon SIP').getByLabel(t(lang, 'form.field.dialPlans.name'))).toBeFocused();
      await axeClean(page);

      // Change-window mode: prose hidden, the first unfinished step is current and in view.
      const toggle = page.getByRole('button', { name: t(lang, 'cw.toggle') });
      await page.evaluate(() => window.scrollTo(0, 0));
      await hydrated(toggle);
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('body')).toHaveClass(/change-window/);
      await expect(page.locator('.runbook__lead')).toBeHidden();
      const current = page.locator('.change-window-current');
      await expect(current).toHaveAttribute('data-section', 'step-verify-lync-certificates');
      await expect(current).toBeInViewport();
      await expect(page.getByRole('checkbox', { name: t(lang, 'progress.doneLabel', { step: t(lang, 'step.verify-lync-certificates.title') }) })).toBeVisible();
      await page.reload();
      await expect(page.locator('body')).toHaveClass(/change-window/);
    });
  });
}

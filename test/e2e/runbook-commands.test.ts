/**
 * The runbook page as an operator uses it, in both languages: copy puts exactly the command on the
 * clipboard, a wrong value blocks copying until it is fixed, a warning asks first, downloads carry
 * the header, and hostile values stay quoted text. Labels come from the dictionaries and the
 * expected commands from the engine, so the test follows the product rather than a copy of it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { checkProfile } from '../../src/domain/check.ts';
import { formatFinding } from '../../src/domain/messages.ts';
import { exampleProfile, type Profile } from '../../src/domain/profile/index.ts';
import { encodeProfileFragment, PROFILE_STORAGE_KEY, serializeProfile } from '../../src/domain/profile/share.ts';
import { generateAll } from '../../src/domain/runbook/index.ts';
import { decodeAsWindowsPowerShell } from '../../src/domain/runbook/script-file.ts';
import { countOf, t, type Lang } from '../../src/i18n/index.ts';
import { expect, SITE_ORIGIN, test } from './fixtures.ts';

const RUNBOOK = 'deploy-um-lync';

function clone(): Profile {
  return structuredClone(exampleProfile);
}

/** Opens the runbook, optionally through a share link carrying `profile`. */
async function open(page: Page, lang: Lang, profile?: Profile, slug = RUNBOOK): Promise<void> {
  await page.goto(`/${lang}/runbooks/${slug}/${profile ? `#${encodeProfileFragment(profile)}` : ''}`);
}

/** The live command blocks of a step, once its island has hydrated (it hydrates when the browser is idle). */
async function stepBlocks(page: Page, step: string): Promise<Locator> {
  // In view, as a reader would have it before using its buttons.
  await page.locator(`.command-blocks[data-step="${step}"]`).scrollIntoViewIfNeeded();
  const blocks = page.locator(`astro-island:not([ssr]) .command-blocks[data-step="${step}"]`);
  await expect(blocks).toBeVisible();
  return blocks;
}

/** The group of commands for one shell and machine, found by its visible label. */
function block(blocks: Locator, lang: Lang, shell: string, target: string, verify = false): Locator {
  const name = `${t(lang, `runbook.shell.${shell}`)} — ${target}${verify ? ` (${t(lang, 'runbookPage.verifyBlock')})` : ''}`;
  return blocks.getByRole('group', { name, exact: true });
}

function copyButton(scope: Locator, lang: Lang, n: number): Locator {
  return scope.getByRole('button', { name: `${t(lang, 'runbookPage.copy')} ${t(lang, 'runbookPage.copyCommand', { number: n })}`, exact: true });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message as the page shows it: its `code` spans are elements, so the backticks are gone. */
const plainMessage = (message: string) => message.replaceAll('`', '');

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE_ORIGIN });
});

for (const lang of ['en', 'fr'] as const) {
  const anyExchange = t(lang, 'runbook.target.anyExchangeServer');

  test.describe(`runbook commands (${lang})`, () => {
    test('the page shows every command before scripts run, and copy puts exactly one command on the clipboard', async ({ page }) => {
      await open(page, lang);
      const expected = generateAll(exampleProfile).filter((c) => c.step === 'create-um-dial-plans' && !c.verify);
      // Server-rendered: the text is in the HTML for the example deployment.
      const html = readFileSync(`dist/${lang}/runbooks/${RUNBOOK}/index.html`, 'utf8');
      expect(html).toContain('data-step="create-um-dial-plans"');

      const blocks = await stepBlocks(page, 'create-um-dial-plans');
      const group = block(blocks, lang, 'exchange', anyExchange);
      await expect(group.locator('.language-powershell')).toHaveText(expected.map((c) => c.text));
      await copyButton(group, lang, 2).click();
      await expect(group.getByRole('status')).toHaveText(t(lang, 'runbookPage.copied', { commands: countOf(lang, 'command', 1) }));
      expect(await clipboard(page)).toBe(expected[1]!.text);

      await group.getByRole('button', { name: t(lang, 'runbookPage.copyAll') }).click();
      expect(await clipboard(page)).toBe(expected.map((c) => c.text).join('\n'));

      // Each copy went into the change record with the command's SHA-256.
      const sha = createHash('sha256').update(expected[1]!.text, 'utf8').digest('hex');
      // The step's record shows them once opened (its fields are made then: src/islands/disclosed.ts).
      const progress = page.locator('#progress-create-um-dial-plans');
      await progress.scrollIntoViewIfNeeded();
      await progress.locator('summary').click();
      await expect(progress.locator('code', { hasText: sha }).first()).toBeVisible();
    });

    test('a wrong value typed in the step’s own fields blocks copy with the reason, and fixing it re-enables copy', async ({ page }) => {
      await open(page, lang);
      // The step's "Edit these values" opens the fields it reads (the users among them).
      const values = page.locator('[data-step-values="enable-um-mailboxes"]');
      await values.scrollIntoViewIfNeeded();
      await values.getByRole('button', { name: t(lang, 'stepValues.edit') }).click();
      const extension = values.getByLabel(t(lang, 'form.field.users.extension'), { exact: true }).first();
      await extension.fill('12'); // the dial plan expects 4 digits

      const blocks = await stepBlocks(page, 'enable-um-mailboxes');
      const group = block(blocks, lang, 'exchange', anyExchange);
      await expect(copyButton(group, lang, 1)).toBeDisabled();
      await expect(blocks.getByText(t(lang, 'runbookPage.blocked'))).toBeVisible();
      const ruleLink = blocks.getByRole('link', { name: t(lang, 'runbookPage.ruleLink', { id: 'user-extension-length' }) });
      await expect(ruleLink).toHaveAttribute('href', `/${lang}/reference/rules/user-extension-length/`);
      // The button says why it is disabled (aria-describedby → the reasons).
      await expect(copyButton(group, lang, 1)).toHaveAccessibleDescription(new RegExp(escapeRegExp(t(lang, 'runbookPage.blocked'))));
      // The commands still show what would run, with the wrong value, but cannot be copied.
      await expect(group.locator('.language-powershell').first()).toContainText("-Extensions '12' ");

      await extension.fill(exampleProfile.users[0]!.extension);
      await expect(copyButton(group, lang, 1)).toBeEnabled();
      await expect(blocks.getByText(t(lang, 'runbookPage.blocked'))).toHaveCount(0);
      await copyButton(group, lang, 1).click();
      expect(await clipboard(page)).toBe(generateAll(exampleProfile).find((c) => c.step === 'enable-um-mailboxes')!.text);
    });

    test('a corrected share link re-enables copy too', async ({ page }) => {
      const wrong = clone();
      wrong.users[0]!.extension = '12';
      await open(page, lang, wrong);
      const group = block(await stepBlocks(page, 'enable-um-mailboxes'), lang, 'exchange', anyExchange);
      await expect(copyButton(group, lang, 1)).toBeDisabled();
      // A share link that would replace a different stored profile asks first (journey seams): accept.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.evaluate((fragment) => { location.hash = fragment; }, encodeProfileFragment(exampleProfile));
      await expect(copyButton(group, lang, 1)).toBeEnabled();
    });

    // A runbook page loads the profile rules' messages only for a profile with errors or warnings
    // (src/i18n/message-parts.ts): before it goes live, and after a change made in another tab.
    test('the reasons are worded for a profile with an error, from the start and after another tab’s change', async ({ page, context }) => {
      const wrong = clone();
      wrong.users[0]!.extension = '12';
      const [finding] = checkProfile(wrong).filter((f) => f.ruleId === 'user-extension-length');
      const reason = plainMessage(formatFinding(finding!, lang));
      await open(page, lang, wrong);
      const blocks = await stepBlocks(page, 'enable-um-mailboxes');
      await expect(blocks.getByText(reason).first()).toBeVisible();

      // Another tab fixes it, then breaks a dial plan: this tab follows, the new reason worded.
      const other = await context.newPage();
      await other.goto(`/${lang}/profile/`);
      const broken = clone();
      broken.dialPlans[0]!.name = 'Paris SIP';
      await other.evaluate(([key, text]) => localStorage.setItem(key!, text!), [PROFILE_STORAGE_KEY, serializeProfile(broken)]);
      const spaceFinding = checkProfile(broken).find((f) => f.ruleId === 'dial-plan-name')!;
      const dialPlans = await stepBlocks(page, 'create-um-dial-plans');
      await expect(dialPlans.getByText(plainMessage(formatFinding(spaceFinding, lang))).first()).toBeVisible();
      await expect(blocks.getByText(reason)).toHaveCount(0);
      await other.close();
    });

    test('a warning asks for an inline confirmation before copying', async ({ page }) => {
      const risky = clone();
      risky.lync.encryptionLevel = 'SupportEncryption';
      risky.dialPlans[0]!.voipSecurity = 'SIPSecured'; // works, but not for Lync Phone Edition
      await open(page, lang, risky);
      await page.evaluate(() => navigator.clipboard.writeText('before'));
      const blocks = await stepBlocks(page, 'create-um-dial-plans');
      const group = block(blocks, lang, 'exchange', anyExchange);
      await copyButton(group, lang, 1).click();
      const confirm = group.getByRole('button', { name: t(lang, 'runbookPage.copyAnyway') });
      await expect(confirm).toBeFocused();
      // The warnings above the question read as sentences: their code spans are <code>, not `backticks`.
      const question = group.getByRole('group', { name: t(lang, 'runbookPage.warnings') });
      await expect(question).not.toContainText('`');
      await expect(question.locator('code', { hasText: /^SIPSecured$/ }).first()).toBeVisible();
      expect(await clipboard(page)).toBe('before');
      await group.getByRole('button', { name: t(lang, 'runbookPage.cancel') }).click();
      await expect(confirm).toHaveCount(0);
      expect(await clipboard(page)).toBe('before');

      await copyButton(group, lang, 1).click();
      await page.keyboard.press('Enter');
      await expect.poll(() => clipboard(page)).toContain('-VoIPSecurity SIPSecured');
    });

    test('each step links to its guide section by the page title and section heading the reader sees', async ({ page }) => {
      await open(page, lang);
      // The link sits with the step's purpose and prerequisites, folded under the step heading.
      await page.locator('[data-step="verify-lync-topology"] .runbook-step__about summary').click();
      const guide = page.locator('[data-step="verify-lync-topology"] .runbook-step__guide a');
      const name = (await guide.textContent())!;
      // Not the slug and anchor id ("deployment-sequence § stage-1").
      expect(name).not.toContain('deployment-sequence');
      expect(name).not.toContain('stage-1');
      await guide.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/guide/deployment-sequence/#stage-1$`));
      const [pageTitle, section] = name.split(' — ');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageTitle!);
      await expect(page.locator('#stage-1')).toContainText(section!);
    });

    test('the "example deployment" notice is only for readers without scripts', async ({ page, browser }) => {
      await open(page, lang);
      await expect(page.getByText(t(lang, 'runbookPage.prerender'))).toBeHidden();
      const context = await browser.newContext({ javaScriptEnabled: false });
      const noScripts = await context.newPage();
      await noScripts.goto(`${SITE_ORIGIN}/${lang}/runbooks/${RUNBOOK}/`);
      // (Playwright's text selectors skip <noscript>, so the notice is found by its element.)
      const notice = noScripts.locator('noscript > p.notice');
      await expect(notice).toBeVisible();
      await expect(notice).toHaveText(t(lang, 'runbookPage.prerender'));
      await context.close();
    });

    test('a hostile value is a quoted literal in the commands and text on the page, never markup', async ({ page }) => {
      const hostile = clone();
      hostile.dialPlans[0]!.name = "'; Remove-Item C:\\ -Recurse #";
      hostile.autoAttendants[0]!.name = '$(calc)';
      hostile.certificates[0]!.name = '‘x’';
      hostile.name = '<script>alert(1)</script>';
      hostile.users[0]!.identity = '<img src=x onerror=alert(1)>';
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      await open(page, lang, hostile);

      const dialPlans = await stepBlocks(page, 'create-um-dial-plans');
      const create = block(dialPlans, lang, 'exchange', anyExchange).locator('.language-powershell').first();
      // quote.ts doubles the quote: the whole value is one single-quoted literal…
      await expect(create).toContainText("New-UMDialPlan -Name '''; Remove-Item C:\\ -Recurse #' -URIType");
      // …which the highlighter, reading it as PowerShell would, shows as one string.
      await expect(create.locator('.ps-str').first()).toHaveText("'''; Remove-Item C:\\ -Recurse #'");
      await expect(create.locator('.ps-cmd')).toHaveText(['New-UMDialPlan']);

      const attendants = await stepBlocks(page, 'create-auto-attendants');
      await expect(attendants.locator('.language-powershell').first()).toContainText("-Name '$(calc)'");
      const certificates = await stepBlocks(page, 'request-exchange-certificates');
      // A typographic quote is a quote to PowerShell: it is doubled like an ASCII one.
      await expect(certificates.locator('.language-powershell').first()).toContainText("-FriendlyName '‘‘x’’'");
      const users = await stepBlocks(page, 'enable-lync-users');
      await expect(users.locator('.language-powershell').first()).toContainText("'<img src=x onerror=alert(1)>'");

      // Copy is refused for the steps the hostile names break; nothing ran, nothing was injected.
      await expect(copyButton(block(dialPlans, lang, 'exchange', anyExchange), lang, 1)).toBeDisabled();
      await expect(page.locator('main img, .command-blocks script')).toHaveCount(0);
      expect(dialogs).toBe(0);
    });

    test('download gives a .ps1 per server and shell, with a UTF-8 BOM and the header naming the profile and its hash', async ({ page }) => {
      await open(page, lang);
      const section = page.getByRole('region', { name: t(lang, 'runbookPage.download.title') });
      await section.scrollIntoViewIfNeeded();
      // The file list folds away under its heading (the page stays short): open it.
      await section.getByText(t(lang, 'runbookPage.download.show')).click();
      const fileName = `passerelle-${RUNBOOK}-any-exchange-server-exchange.ps1`;
      const button = section.getByRole('button', { name: t(lang, 'runbookPage.download.file', { file: fileName }) });
      await expect(button).toBeVisible();
      // The list hydrates when it scrolls into view.
      await button.scrollIntoViewIfNeeded();
      await expect(page.locator('astro-island:not([ssr]) .runbook-downloads')).toBeVisible();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe(fileName);
      const bytes = readFileSync((await download.path())!);
      // UTF-8 with its BOM, so that Windows PowerShell 5.1 reads it as generated (not as ANSI).
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = decodeAsWindowsPowerShell(bytes);
      const lines = text.split('\n');
      expect(lines[0]).toBe(`# Passerelle — ${exampleProfile.name}`);
      expect(lines[1]).toMatch(/^# SHA-256: [0-9a-f]{64}$/);
      expect(text).toContain(`# ${lang.toUpperCase()}: `);
      expect(text).toContain(`# ${lang === 'fr' ? 'EN' : 'FR'}: `);
      // Exactly the engine's commands for that machine and shell, in order.
      const expected = generateAll(exampleProfile).filter((c) => c.target === 'any-exchange-server' && c.shell === 'exchange').map((c) => c.text);
      expect(lines.filter((l) => l !== '' && !l.startsWith('#'))).toEqual(expected);
      // Another server gets its own file.
      await expect(section.getByRole('button', { name: t(lang, 'runbookPage.download.file', { file: `passerelle-${RUNBOOK}-mbx01.contoso.com-exchange.ps1` }) })).toBeVisible();
    });

    test('"Run in lab" hands the exact command to whoever listens', async ({ page }) => {
      await open(page, lang, undefined, 'rerun-exchucutil');
      await page.evaluate(() => {
        (window as unknown as { ranInLab: unknown[] }).ranInLab = [];
        window.addEventListener('passerelle:run-in-lab', (event) => (window as unknown as { ranInLab: unknown[] }).ranInLab.push((event as CustomEvent).detail));
      });
      const blocks = await stepBlocks(page, 'restrict-outbound-gateways');
      await blocks.getByRole('button', { name: `${t(lang, 'runbookPage.runInLab')} ${t(lang, 'runbookPage.copyCommand', { number: 1 })}` }).first().click();
      const expected = generateAll(exampleProfile).find((c) => c.step === 'restrict-outbound-gateways')!;
      expect(await page.evaluate(() => (window as unknown as { ranInLab: unknown[] }).ranInLab)).toEqual([
        { text: expected.text, shell: 'exchange', target: 'any-exchange-server', step: 'restrict-outbound-gateways' },
      ]);
    });
  });
}

test('axe: live command blocks, an error, a warning confirmation, in the dark theme', async ({ page }) => {
  // axe over the whole runbook (every step, each laid out for its contrast checks) took 18–29 s
  // against the default 30 s on a loaded 2-core machine.
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  const profile = clone();
  profile.lync.encryptionLevel = 'SupportEncryption';
  profile.dialPlans[0]!.voipSecurity = 'SIPSecured';
  profile.users[0]!.extension = '12';
  await open(page, 'fr', profile);
  const dialPlans = await stepBlocks(page, 'create-um-dial-plans');
  await copyButton(block(dialPlans, 'fr', 'exchange', t('fr', 'runbook.target.anyExchangeServer')), 'fr', 1).click();
  await stepBlocks(page, 'enable-um-mailboxes');
  const results = await new AxeBuilder({ page }).include('.runbook__body').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
});

/**
 * The script editor page (/{lang}/editor/): Monaco loads on demand, styled, with its workers from the
 * site; Passerelle's diagnostics appear as markers and in the problems list with their rule ids; the
 * toolbar follows the stored profile.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { exampleProfile } from '../../src/domain/profile/index.ts';
import { PROFILE_STORAGE_KEY, serializeProfile } from '../../src/domain/profile/share.ts';
import { sha256Hex } from '../../src/domain/runbook/record.ts';
import { DRAFT_KEY, HANDOFF_KEY, type Handoff } from '../../src/islands/editor/handoff.ts';
import { checkProfile } from '../../src/domain/check.ts';
import { runbookSteps } from '../../src/domain/runbook/procedures.ts';
import { renderServerScripts, type ServerScript } from '../../src/domain/runbook/server-scripts.ts';
import { expect, test } from './fixtures.ts';
import { t } from '../../src/i18n/index.ts';

const langs = ['en', 'fr'] as const;

/** A runbook's generated file, as the runbook page renders it for the example deployment. */
export function generatedScript(runbook: string, lang: 'en' | 'fr', fileNamePart: string, profileSha256 = ''): ServerScript {
  const files = renderServerScripts(exampleProfile, { runbook, steps: runbookSteps(runbook)!, lang, profileSha256, findings: checkProfile(exampleProfile) });
  return files.find((f) => f.fileName.includes(fileNamePart))!;
}

/** The editor scenario's three mistakes: a typographic quote, an unknown parameter, a startup mode never restarted. */
export function introduceMistakes(text: string): string {
  return (
    text
      .replace('Set-UMDialPlan -Identity ParisSIP -VoIPSecurity Secured', "Set-UMDialPlan -Identity 'ParisSIP\u2019 -VoIPSecurity Secured")
      .replace('Set-UMDialPlan -Identity LyonSIP -VoIPSecurity Secured', 'Set-UMDialPlan -Identity LyonSIP -VoIPSecurty Secured') +
    'Set-UMService -Identity mbx01.contoso.com -UMStartupMode TLS\n'
  );
}

/**
 * Opens the editor with `handoff` waiting in sessionStorage (the way other pages hand a script
 * over: Monaco then starts at once); without one, starts it as a keyboard reader does, by focusing
 * the editor area.
 */
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
  if (!handoff) {
    await expect(page.locator('astro-island:has(.script-editor)')).not.toHaveAttribute('ssr', /.*/);
    await page.locator('[data-editor-facade] textarea').focus();
  }
  await expect(page.locator('.script-editor')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
}

async function problemRules(page: Page): Promise<string[]> {
  return page.locator('[data-editor-problems] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule') ?? ''));
}

for (const lang of langs) {
  test.describe(`script editor (${lang})`, () => {
    // Monaco is 3 MB of script to parse: on a shared two-core machine a page takes 10–20 s to be ready.
    test.slow();
    test('before Monaco: the draft, coloured and editable; keyboard focus starts Monaco, which takes the text, the caret and the focus', async ({ page }) => {
      const draft = "Set-UMService -Identity mbx01 -UMStartupMode Dual # restart later\n$plan = 'ParisSIP'\n";
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [DRAFT_KEY, draft]);
      const editorChunk = /\/_astro\/editor\.[^/]+\.js$/;
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`/${lang}/editor/`);
      await expect(page.locator('astro-island:has(.script-editor)')).not.toHaveAttribute('ssr', /.*/);
      const area = page.getByRole('textbox', { name: t(lang, 'editor.label') });
      await expect(area).toHaveValue(draft);
      // Our highlighter's colours under the text: the cmdlet, its parameters, the string, the comment.
      const colours = page.locator('[data-editor-facade] .script-facade__colour');
      await expect(colours.locator('.ps-cmd').first()).toHaveText('Set-UMService');
      await expect(colours.locator('.ps-par').first()).toHaveText('-Identity');
      await expect(colours.locator('.ps-str')).toHaveText("'ParisSIP'");
      await expect(colours.locator('.ps-com')).toHaveText('# restart later');
      // Nothing heavy without the reader: the page goes quiet with Monaco never requested.
      await page.waitForLoadState('networkidle');
      expect(requested.filter((path) => editorChunk.test(path))).toEqual([]);
      await expect(page.locator('.script-editor')).toHaveAttribute('data-state', 'idle');
      expect((await new AxeBuilder({ page }).include('.script-editor').analyze()).violations.map((v) => v.id)).toEqual([]);
      const box = await page.locator('[data-editor-host]').boundingBox();
      // Monaco's chunk is held back so the test types while it loads, as a reader on a phone would.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(editorChunk, async (route) => {
        await released;
        await route.fallback();
      });
      await area.focus();
      await expect(page.locator('.script-editor')).toHaveAttribute('data-state', 'loading');
      await expect(page.locator('[data-editor-host]').getByRole('status')).toHaveText(t(lang, 'editor.loading'));
      await page.keyboard.press('Control+End');
      await page.keyboard.type('Restart-Service');
      await expect(area).toHaveValue(`${draft}Restart-Service`);
      await expect(colours.locator('.ps-cmd').last()).toHaveText('Restart-Service');
      release();
      await expect(page.locator('.script-editor')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
      // The focus is in Monaco, with the caret where it was: what is typed next follows the text.
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
      await page.keyboard.type(' -Name MSExchangeUM');
      await expect(page.locator('.monaco-editor .view-lines')).toContainText('Restart-Service\u00a0-Name\u00a0MSExchangeUM');
      const text = (await page.locator('.monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
      expect(text).toContain("Set-UMService -Identity mbx01 -UMStartupMode Dual # restart later\n$plan = 'ParisSIP'\nRestart-Service -Name MSExchangeUM");
      await expect(page.locator('[data-editor-facade]')).toHaveCount(0);
      // The editor area kept its place and size: nothing on the page moved.
      expect(await page.locator('[data-editor-host]').boundingBox()).toEqual(box);
      await expect.poll(() => problemRules(page)).toEqual([]);
    });

    test('before Monaco: a file opened with the picker lands in the editor area, and Save gives it back', async ({ page }) => {
      await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
      await page.goto(`/${lang}/editor/`);
      await expect(page.locator('astro-island:has(.script-editor)')).not.toHaveAttribute('ssr', /.*/);
      await page.locator('[data-editor-file]').setInputFiles({ name: 'ticket-4711.ps1', mimeType: 'text/plain', buffer: Buffer.from('Get-UMDialPlan\n') });
      await expect(page.getByRole('textbox', { name: t(lang, 'editor.label') })).toHaveValue('Get-UMDialPlan\n');
      await expect(page.locator('[data-editor-notice]')).toContainText('ticket-4711.ps1');
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-editor-save]').click()]);
      expect(download.suggestedFilename()).toBe('ticket-4711.ps1');
      expect(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8')).toBe('Get-UMDialPlan\n');
      // The click started Monaco, with the opened text.
      await expect(page.locator('.script-editor')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
      await expect(page.locator('.monaco-editor .view-lines')).toContainText('Get-UMDialPlan');
    });

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

    test('a generated .ps1 with three mistakes: three markers with their rule ids; the quick fixes make it clean', async ({ page }) => {
      const file = generatedScript('move-dial-plan-to-secured', lang, 'any-exchange-server');
      await openEditor(page, lang, { text: file.text, name: file.fileName, shell: 'exchange', target: file.target });
      await expect(page.locator('[data-editor-status]')).toHaveText(lang === 'fr' ? 'Aucun problème trouvé.' : 'No problems found.');
      // The mistakes arrive the way they usually do: pasted over the script.
      await page.locator('.monaco-editor .view-lines').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.insertText(introduceMistakes(file.text));
      await expect.poll(() => problemRules(page)).toEqual(['ps-typographic-character', 'ps-unknown-parameter', 'order-restart-after-startup-mode']);
      await expect(page.locator('.monaco-editor .squiggly-warning')).toHaveCount(2);
      await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
      // The first fix from Monaco itself, by keyboard: go to the problem (Alt+F8 goes to errors first),
      // ask for fixes (Ctrl+.), take the first.
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Alt+F8');
      await expect(page.locator('.monaco-editor .marker-widget')).toContainText('ps-unknown-parameter');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      const action = page.locator('.action-widget .monaco-list-row.action').filter({ hasText: lang === 'fr' ? 'Remplacer' : 'Replace' }).first();
      await expect(action).toBeVisible();
      await page.keyboard.press('Enter');
      await expect.poll(() => problemRules(page)).toEqual(['ps-typographic-character', 'order-restart-after-startup-mode']);
      // The others from the problems list.
      for (const remaining of [1, 0]) {
        await page.locator('[data-editor-problems] li').first().locator('[data-editor-fix]').first().click();
        await expect(page.locator('[data-editor-problems] li')).toHaveCount(remaining);
      }
      await expect(page.locator('[data-editor-status]')).toHaveText(lang === 'fr' ? 'Aucun problème trouvé.' : 'No problems found.');
      const text = await page.evaluate(() => (document.querySelector('.monaco-editor .view-lines') as HTMLElement).innerText);
      expect(text.replace(/\u00a0/g, ' ')).toContain("Set-UMDialPlan -Identity 'ParisSIP' -VoIPSecurity Secured");
      expect(text.replace(/\u00a0/g, ' ')).toContain('Restart-Service -Name MSExchangeUM');
    });

    test('"Open in the editor" on a runbook download; the diff view shows the change; save gives the edited text', async ({ page }) => {
      // The File System Access API would open a native dialog: take the download path here.
      await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
      const file = generatedScript('move-dial-plan-to-secured', lang, 'any-exchange-server', await sha256Hex(serializeProfile(exampleProfile)));
      await page.goto(`/${lang}/runbooks/move-dial-plan-to-secured/`);
      const section = page.getByRole('region', { name: t(lang, 'runbookPage.download.title') });
      await section.scrollIntoViewIfNeeded();
      // The file list folds away under its heading (the page stays short): open it.
      await section.getByText(t(lang, 'runbookPage.download.show')).click();
      const item = page.locator('.runbook-downloads li').filter({ hasText: file.fileName });
      await item.scrollIntoViewIfNeeded();
      await item.locator('[data-open-in-editor]').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/editor/$`));
      await expect(page.locator('.script-editor')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
      // The handoff went through sessionStorage, not the address, and is taken once.
      expect(page.url()).not.toContain('Set-UMDialPlan');
      expect(await page.evaluate((key) => sessionStorage.getItem(key), HANDOFF_KEY)).toBeNull();
      await expect(page.locator('.monaco-editor .view-lines')).toContainText('Set-UMDialPlan');
      // The comparison defaults to the same machine and shell's generated script.
      await expect(page.locator('[data-editor-compare]')).toHaveValue(file.fileName);
      await page.locator('.monaco-editor .view-lines').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText('Get-UMService | Format-List Name\n');
      await page.locator('[data-editor-diff-toggle]').click();
      const diff = page.locator('[data-editor-diff] .monaco-diff-editor');
      await expect(diff).toBeVisible();
      await expect(diff.locator('.line-insert, .char-insert').first()).toBeVisible();
      // Only the reader's line differs: the generated script is the one handed over, hash included.
      await expect(diff.locator('.line-delete, .char-delete')).toHaveCount(0);
      await expect(diff).toContainText('Get-UMService | Format-List Name');
      await page.locator('[data-editor-diff-toggle]').click();
      await expect(diff).toBeHidden();
      // Save: a download of exactly the edited text, under the file's name.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-editor-save]').click()]);
      expect(download.suggestedFilename()).toBe(file.fileName);
      const saved = await (await download.createReadStream()).toArray();
      expect(Buffer.concat(saved).toString('utf8')).toBe(`${file.text}Get-UMService | Format-List Name\n`);
    });

    test('open a .ps1 with the picker or by dropping it; save through the File System Access API', async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async () => ({
          createWritable: async () => ({
            write: async (text: string) => void ((window as unknown as { savedText: string }).savedText = text),
            close: async () => undefined,
          }),
        });
      });
      await openEditor(page, lang, { text: '' });
      await page.locator('[data-editor-file]').setInputFiles({ name: 'ticket-4711.ps1', mimeType: 'text/plain', buffer: Buffer.from('Set-UMService -Identity mbx01 -UMStartupMode Dula\n') });
      await expect(page.locator('[data-editor-notice]')).toContainText('ticket-4711.ps1');
      await expect.poll(() => problemRules(page)).toContain('ps-enum-value');
      await page.locator('[data-editor-host]').evaluate((host) => {
        const data = new DataTransfer();
        data.items.add(new File(['Get-CsUser -Identity sip:ana@contoso.com\n'], 'dropped.ps1', { type: 'text/plain' }));
        host.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        host.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      });
      await expect(page.locator('[data-editor-notice]')).toContainText('dropped.ps1');
      await expect.poll(() => problemRules(page)).toEqual(['ps-wrong-shell']);
      await page.locator('[data-editor-save]').click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { savedText?: string }).savedText)).toBe('Get-CsUser -Identity sip:ana@contoso.com\n');
      // A file too large is refused and the text stays.
      await page.locator('[data-editor-file]').setInputFiles({ name: 'huge.ps1', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') });
      await expect(page.locator('[data-editor-notice]')).toContainText('huge.ps1');
      await expect(page.locator('.monaco-editor .view-lines')).toContainText('Get-CsUser');
    });

    test('"Open in the editor" on a step\'s command group', async ({ page }) => {
      await page.goto(`/${lang}/runbooks/move-dial-plan-to-secured/`);
      const block = page.locator('.command-block[data-shell="exchange"]').first();
      await block.scrollIntoViewIfNeeded();
      await expect(block.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', { timeout: 10_000 });
      const first = (await block.locator('.command code').first().innerText()).trim();
      await block.locator('[data-open-in-editor]').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/editor/$`));
      await expect(page.locator('.script-editor')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
      await expect(page.locator('[data-editor-shell]')).toHaveValue('exchange');
      await expect(page.locator('.monaco-editor .view-lines')).toContainText(first.slice(0, 30).replace(/ /g, '\u00a0'));
    });

    test('"Open the history in the editor" from the lab: the active shell\'s commands, that shell chosen, by keyboard', async ({ page }) => {
      const words = {
        en: { button: 'Open the history in the editor', empty: /Nothing to open/, lync: 'Lync Server Management Shell' },
        fr: { button: 'Ouvrir l’historique dans l’éditeur', empty: /Rien à ouvrir/, lync: 'Lync Server Management Shell' },
      }[lang];
      await page.goto(`/${lang}/lab/`);
      const screen = page.locator('.terminal__screen');
      await expect(page.locator('astro-island:has(.terminal__screen)')).not.toHaveAttribute('ssr', /.*/);
      await page.locator('[data-terminal-preview]').focus();
      await expect(screen).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
      const open = page.getByRole('button', { name: words.button });
      // Nothing run yet: the button says so instead of opening an empty editor.
      await open.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('.terminal__status')).toHaveText(words.empty);
      await expect(page).toHaveURL(new RegExp(`/${lang}/lab/$`));
      const run = async (command: string) => {
        const before = Number(await screen.getAttribute('data-runs'));
        await page.locator('.xterm-helper-textarea').first().focus();
        await page.keyboard.insertText(command);
        await page.keyboard.press('Enter');
        await expect(screen).toHaveAttribute('data-runs', String(before + 1));
      };
      await run('Get-UMDialPlan');
      await page.getByRole('tab', { name: words.lync }).click();
      await expect(screen).toHaveAttribute('data-shell', 'lync');
      await run('Get-CsUser -Identity sip:ana@contoso.com');
      await run('Reset-Lab');
      await run('Get-CsDialPlan');
      await open.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/editor/$`));
      await expect(page.locator('.script-editor')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
      await expect(page.locator('[data-editor-shell]')).toHaveValue('lync');
      const lines = page.locator('.monaco-editor .view-lines');
      await expect(lines).toContainText('Get-CsDialPlan');
      const text = (await lines.innerText()).replace(/\u00a0/g, ' ');
      expect(text).toContain('Get-CsUser -Identity sip:ana@contoso.com');
      expect(text).not.toContain('Get-UMDialPlan'); // the Exchange shell's command stays out
      expect(text).not.toContain('Reset-Lab'); // the lab's own verb is not a script line
      await expect.poll(() => problemRules(page)).toEqual([]);
    });

    test('completion offers a dial plan name from the profile; hover shows the catalog help in the page language', async ({ page }) => {
      const profile = { ...exampleProfile, dialPlans: [{ ...exampleProfile.dialPlans[0]!, name: 'BordeauxSIP' }] };
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [PROFILE_STORAGE_KEY, serializeProfile(profile)]);
      await openEditor(page, lang, { text: '' });
      await page.locator('.monaco-editor .view-lines').click();
      await page.keyboard.insertText('New-UMAutoAttendant -Name Accueil -UMDialPlan Bor');
      await page.keyboard.press('Control+Space');
      const suggestion = page.locator('.monaco-editor .suggest-widget .monaco-list-row').first();
      await expect(suggestion).toContainText('BordeauxSIP');
      await page.keyboard.press('Enter');
      await expect(page.locator('.monaco-editor .view-lines')).toContainText('-UMDialPlan BordeauxSIP');
      // Hover over the cmdlet name, from the keyboard (Ctrl+K Ctrl+I).
      await page.keyboard.press('Home');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator('.monaco-editor .monaco-hover').filter({ hasText: 'New-UMAutoAttendant' });
      await expect(hover).toContainText(lang === 'fr' ? 'Jeux de paramètres' : 'Parameter sets');
    });

    test('the product versions default from the stored profile', async ({ page }) => {
      const profile = { ...exampleProfile, exchange: { ...exampleProfile.exchange, version: '2016' as const }, lync: { ...exampleProfile.lync, version: '2015' as const } };
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [PROFILE_STORAGE_KEY, serializeProfile(profile)]);
      await openEditor(page, lang);
      await expect(page.locator('[data-editor-exchange-version]')).toHaveValue('2016');
      await expect(page.locator('[data-editor-lync-version]')).toHaveValue('2015');
      await expect(page.locator('[data-editor-shell]')).toHaveValue('exchange');
    });

    test('keyboard: the toolbar reaches the screen-reader mode, which Monaco then uses; Ctrl+M lets Tab leave the editor', async ({ page }) => {
      await openEditor(page, lang, { text: 'Get-UMService\nSet-UMService -Identity mbx01 -UMStartupMode Dual\n' });
      const toggle = page.locator('[data-editor-screen-reader]');
      await expect(toggle).toHaveAccessibleName(lang === 'fr' ? 'Mode lecteur d’écran' : 'Screen-reader mode');
      // From the page's first control, Tab reaches the toggle without a mouse.
      await page.locator('[data-editor-shell]').focus();
      for (let i = 0; i < 10 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(toggle).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      // In screen-reader mode Monaco puts the text around the cursor into its focused input (an
      // EditContext element in Chromium, a text area elsewhere), where a screen reader reads it.
      await page.locator('.monaco-editor .view-lines').click();
      await page.keyboard.press('Control+Home');
      const focusedText = () => page.evaluate(() => {
        const active = document.activeElement as HTMLTextAreaElement | null;
        return active?.closest('.monaco-editor') ? `${active.value ?? ''}${active.textContent ?? ''}` : '';
      });
      await expect.poll(focusedText).toContain('Get-UMService');
      // Ctrl+M: Tab moves the focus out of the editor instead of inserting a tab.
      await page.keyboard.press('Control+M');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.monaco-editor') === null)).toBe(true);
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

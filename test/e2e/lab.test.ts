import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { exampleProfile } from '../../src/domain/profile/index.ts';
import { generateAll } from '../../src/domain/runbook/index.ts';
import { labCommands } from '../../src/domain/lab/replay.ts';
import { createSession, prompt } from '../../src/domain/lab/index.ts';
import { PROFILE_STORAGE_KEY, serializeProfile } from '../../src/domain/profile/share.ts';
import { t } from '../../src/i18n/index.ts';
import { bostonProfile } from '../domain/runbook/helpers.ts';
import { expect, test } from './fixtures.ts';

/**
 * The lab terminal in a real browser, in both languages: the whole main runbook typed into the lab
 * for the example profile, a wrong line refused with its rule id, completion, the screen-reader
 * mode, the keyboard way out, an exercise solved, and "Run in lab" from a runbook page.
 *
 * The terminal's screen carries `data-state` (idle → loading → ready), `data-shell`, `data-server`,
 * `data-runs` (commands run) and `data-last-status` (ok | refused | error): what a test waits on,
 * instead of timing. The text itself is read from xterm's DOM rows, as a reader sees it.
 */

const shellTab = {
  en: { exchange: 'Exchange Management Shell', lync: 'Lync Server Management Shell', cmd: 'Command prompt' },
  fr: { exchange: 'Exchange Management Shell', lync: 'Lync Server Management Shell', cmd: 'Invite de commandes' },
} as const;

const words = {
  en: { screenReader: 'Screen-reader mode', exitArmed: /press Tab to leave the terminal/, start: 'Start this exercise', solved: 'Solved', unsolved: 'Not solved yet', runInLab: /Run in lab/ },
  fr: { screenReader: 'Mode lecteur d’écran', exitArmed: /Tab pour quitter le terminal/, start: 'Commencer cet exercice', solved: 'Résolu', unsolved: 'Pas encore résolu', runInLab: /Exécuter dans le labo/ },
} as const;

/**
 * Starts the terminal the way a keyboard reader does: focus on the screen's input line (xterm and
 * the lab load then), and waits until it is ready.
 */
async function startLab(page: Page): Promise<Locator> {
  const screen = page.locator('.terminal__screen');
  await hydrated(page, '.terminal__screen');
  await page.locator('[data-terminal-preview]').focus();
  await expect(screen).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  return screen;
}

/** Opens the lab page and starts the terminal. */
async function openLab(page: Page, lang: 'en' | 'fr'): Promise<Locator> {
  await page.goto(`/${lang}/lab/`);
  return startLab(page);
}

/** Waits until the island holding `inner` has hydrated (Astro drops its `ssr` attribute then). */
async function hydrated(page: Page, inner: string): Promise<void> {
  await expect(page.locator(`astro-island:has(${inner})`).first()).not.toHaveAttribute('ssr', /.*/);
}

/** Focuses xterm's input (the element keystrokes go to). */
async function focusTerminal(page: Page): Promise<void> {
  await page.locator('.xterm-helper-textarea').first().focus();
}

/** What the terminal shows right now (its visible rows). */
async function screenText(page: Page): Promise<string> {
  return page.locator('.xterm-rows').first().innerText();
}

/** Types a command, presses Enter and waits until the lab has answered it. */
async function run(page: Page, screen: Locator, command: string): Promise<string> {
  const before = Number(await screen.getAttribute('data-runs'));
  await page.keyboard.insertText(command);
  await page.keyboard.press('Enter');
  await expect(screen).toHaveAttribute('data-runs', String(before + 1));
  return (await screen.getAttribute('data-last-status')) ?? '';
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`lab terminal (${lang})`, () => {
    test('before the terminal: its welcome and prompt; keyboard focus starts it, the lines typed meanwhile run, and xterm takes the focus', async ({ page }) => {
      const terminalChunk = /\/_astro\/terminal\.[^/]+\.js$/;
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`/${lang}/lab/`);
      await hydrated(page, '.terminal__screen');
      const screen = page.locator('.terminal__screen');
      await expect(screen).toContainText(t(lang, 'terminal.welcome'));
      const firstPrompt = prompt(createSession(exampleProfile, 'exchange'));
      await expect(screen.locator('.terminal__preview-prompt')).toHaveText(firstPrompt);
      // Nothing heavy without the reader: the page goes quiet with xterm and the lab never requested.
      await page.waitForLoadState('networkidle');
      expect(requested.filter((path) => terminalChunk.test(path))).toEqual([]);
      await expect(screen).toHaveAttribute('data-state', 'idle');
      expect((await new AxeBuilder({ page }).include('.terminal-page').analyze()).violations.map((v) => v.id)).toEqual([]);
      const box = await screen.boundingBox();
      // The terminal's chunk is held back so the test types while it loads, as a reader on a phone would.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(terminalChunk, async (route) => {
        await released;
        await route.fallback();
      });
      const input = page.getByRole('textbox', { name: t(lang, 'terminal.inputLabel') });
      await input.focus();
      await expect(screen).toHaveAttribute('data-state', 'loading');
      await page.keyboard.type('Get-UMDialPlan');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Get-UMServ');
      await expect(screen.locator('.terminal__preview p').filter({ hasText: 'Get-UMDialPlan' })).toContainText(firstPrompt);
      await expect(input).toHaveValue('Get-UMServ');
      release();
      await expect(screen).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
      await expect(screen).toHaveAttribute('data-runs', '1');
      await expect(page.locator('.xterm-helper-textarea').first()).toBeFocused();
      // The unfinished line waits at the prompt: the reader finishes it in xterm.
      expect(await run(page, screen, 'ice')).toBe('ok');
      await expect(page.locator('.xterm-rows').first()).toContainText('Get-UMService');
      await expect(page.locator('.xterm-rows').first()).toContainText(/MBX01\s+TCP/);
      await expect(screen.locator('.terminal__preview')).toHaveCount(0);
      // The screen kept its place and size: nothing on the page moved.
      expect(await screen.boundingBox()).toEqual(box);
    });

    test('with the reader’s own deployment stored, the screen names no example machine before the lab starts, then the reader’s', async ({ page }) => {
      const profile = bostonProfile();
      await page.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [PROFILE_STORAGE_KEY, serializeProfile(profile)]);
      await page.goto(`/${lang}/lab/`);
      await hydrated(page, '.terminal__screen');
      const screen = page.locator('.terminal__screen');
      const example = createSession(exampleProfile, 'exchange');
      // The example's prompt sat above this reader's input line before (mbx01.contoso.com).
      await expect(screen.locator('.terminal__preview-prompt')).toHaveText(prompt(example).replace(` ${example.server}`, ''));
      await expect(screen).not.toContainText(example.server);
      await startLab(page);
      await expect(page.locator('.xterm-rows').first()).toContainText(prompt(createSession(profile, 'exchange')));
    });

    test('on a phone, scrolling the screen into view starts the terminal; the page stays 390 px wide', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${lang}/lab/`);
      await hydrated(page, '.terminal__screen');
      const screen = page.locator('.terminal__screen');
      await page.waitForLoadState('networkidle');
      await expect(screen).toHaveAttribute('data-state', 'idle');
      await page.mouse.move(200, 400);
      await page.mouse.wheel(0, 700);
      await expect(screen).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
      // Scrolling does not take the focus: the reader has not asked to type yet.
      await expect(page.locator('.xterm-helper-textarea').first()).not.toBeFocused();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });

    test('the whole main runbook typed into the lab ends with Test-CsExUMConnectivity succeeding', async ({ page }) => {
      test.setTimeout(120_000);
      const screen = await openLab(page, lang);
      await focusTerminal(page);
      const commands = labCommands(generateAll(exampleProfile));
      expect(commands.length).toBeGreaterThan(50);
      let index = 0;
      let machine = '';
      for (const command of commands) {
        const shell = command.shell as 'exchange' | 'lync' | 'cmd';
        const specific = !command.target.startsWith('any-');
        if (specific && (machine !== `${shell} ${command.target}` || (await screen.getAttribute('data-shell')) !== shell)) {
          // A command for one machine: move there with the lab's own verb (a pool means its first
          // Front End). Only when it changes: entering a shell starts it again in its home folder.
          expect(await run(page, screen, `Enter-LabShell ${shell} ${command.target}`)).toBe('ok');
          machine = `${shell} ${command.target}`;
        } else if ((await screen.getAttribute('data-shell')) !== shell) {
          // Otherwise switch shells with the tabs, as a reader would, and come back to the terminal.
          await page.getByRole('tab', { name: shellTab[lang][shell] }).click();
          await expect(screen).toHaveAttribute('data-shell', shell);
          await focusTerminal(page);
        }
        expect(await run(page, screen, command.text), `#${index} ${command.step}: ${command.text}`).toBe('ok');
        index += 1;
      }
      // Finish with the connectivity test itself, its answer on screen.
      if ((await screen.getAttribute('data-shell')) !== 'lync') {
        await page.getByRole('tab', { name: shellTab[lang].lync }).click();
        await focusTerminal(page);
      }
      const connectivity = commands.find((c) => c.text.startsWith('Test-CsExUMConnectivity'))!;
      expect(await run(page, screen, connectivity.text)).toBe('ok');
      await expect(page.locator('.xterm-rows').first()).toContainText(/Result\s+: Success/);
    });

    test('a wrong line is refused with its diagnostic and rule id, under a caret', async ({ page }) => {
      const screen = await openLab(page, lang);
      await focusTerminal(page);
      const status = await run(page, screen, 'Set-UMDialPlan -Identity ParisSIP -VoIPSecurity Securd');
      expect(status).toBe('refused');
      // xterm draws on the next frame: wait for the rows rather than reading them at once.
      const rows = page.locator('.xterm-rows').first();
      await expect(rows).toContainText('ps-enum-value');
      await expect(rows).toContainText(lang === 'en' ? 'error ps-enum-value' : 'erreur ps-enum-value');
      // Six carets, right under "Securd" (the prompt and the line before it are as wide as above).
      const lines = (await screenText(page)).split('\n');
      const echoed = lines.findIndex((l) => l.endsWith('-VoIPSecurity Securd'));
      expect(lines[echoed + 1]!.indexOf('^^^^^^')).toBe(lines[echoed]!.indexOf('Securd'));
      // The same line, corrected, runs (nothing was changed by the refused one).
      expect(await run(page, screen, 'Get-UMDialPlan')).toBe('ok');
    });

    test('completion: Set-UMDial + Tab gives Set-UMDialPlan, then values cycle', async ({ page }) => {
      await openLab(page, lang);
      await focusTerminal(page);
      await page.keyboard.type('Set-UMDial');
      await page.keyboard.press('Tab');
      await expect(page.locator('.xterm-rows').first()).toContainText('Set-UMDialPlan');
      await expect(page.getByRole('status').filter({ hasText: 'Set-UMDialPlan' })).toBeVisible();
      await page.keyboard.type(' -VoIPSec');
      await page.keyboard.press('Tab');
      await expect(page.locator('.xterm-rows').first()).toContainText('Set-UMDialPlan -VoIPSecurity');
      // The values of -VoIPSecurity, in the catalog's order: Tab cycles forwards, Shift+Tab back.
      const rows = page.locator('.xterm-rows').first();
      await page.keyboard.type(' ');
      await page.keyboard.press('Tab');
      await expect(rows).toContainText('-VoIPSecurity Unsecured');
      await page.keyboard.press('Tab');
      await expect(rows).toContainText('-VoIPSecurity SIPSecured');
      await page.keyboard.press('Shift+Tab');
      await expect(rows).toContainText('-VoIPSecurity Unsecured');
      await expect(rows).not.toContainText('SIPSecured');
    });

    test('line editing: history, Ctrl+U, Home/End, Ctrl+C', async ({ page }) => {
      const screen = await openLab(page, lang);
      await focusTerminal(page);
      expect(await run(page, screen, 'Get-UMDialPlan')).toBe('ok');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await expect(screen).toHaveAttribute('data-runs', '2');
      await page.keyboard.type('Plan');
      await page.keyboard.press('Home');
      await page.keyboard.type('Get-UMDial');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await expect(screen).toHaveAttribute('data-runs', '3');
      expect(await screen.getAttribute('data-last-status')).toBe('ok');
      await page.keyboard.type('nonsense');
      await page.keyboard.press('Control+U');
      await page.keyboard.type('Get-UMService');
      await page.keyboard.press('Control+C');
      await expect(page.locator('.xterm-rows').first()).toContainText('Get-UMService^C');
      expect(await screen.getAttribute('data-runs')).toBe('3'); // Ctrl+C ran nothing
    });

    test('a multi-line paste runs each complete line and keeps the last one in the editor', async ({ page }) => {
      const screen = await openLab(page, lang);
      await focusTerminal(page);
      await page.evaluate(() => {
        const data = new DataTransfer();
        data.setData('text/plain', 'Get-UMDialPlan\nGet-UMService\nGet-UMIPGat');
        document.querySelector('.xterm-helper-textarea')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await expect(screen).toHaveAttribute('data-runs', '2');
      await page.keyboard.press('Tab');
      await expect(page.locator('.xterm-rows').first()).toContainText('Get-UMIPGateway');
    });

    test('the screen-reader mode toggles xterm’s accessibility tree', async ({ page }) => {
      await openLab(page, lang);
      const toggle = page.getByRole('checkbox', { name: words[lang].screenReader });
      await expect(page.locator('.xterm-accessibility-tree')).toHaveCount(0);
      await toggle.check();
      await expect(page.locator('.xterm-accessibility-tree')).toHaveCount(1);
      await expect(page.locator('.xterm-accessibility-tree')).toContainText(/Passerelle/);
      await toggle.uncheck();
      await expect(page.locator('.xterm-accessibility-tree')).toHaveCount(0);
    });

    test('Escape then Tab leaves the terminal; the hint says so', async ({ page }) => {
      await openLab(page, lang);
      await focusTerminal(page);
      await page.keyboard.press('Tab'); // inside, Tab completes: focus stays
      await expect(page.locator('.xterm-helper-textarea').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('status').filter({ hasText: words[lang].exitArmed })).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(page.locator('.xterm-helper-textarea').first()).not.toBeFocused();
    });

    test('tabs are an accessible tablist; arrows move between shells', async ({ page }) => {
      const screen = await openLab(page, lang);
      const exchange = page.getByRole('tab', { name: shellTab[lang].exchange });
      await expect(exchange).toHaveAttribute('aria-selected', 'true');
      await exchange.focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('tab', { name: shellTab[lang].lync })).toBeFocused();
      await expect(screen).toHaveAttribute('data-shell', 'lync');
      await expect(page.locator('.xterm-rows').first()).toContainText(/\[(LMS|SfBMS)\]/);
    });

    test('axe finds nothing on the lab page, terminal open, in both themes', async ({ page }) => {
      await openLab(page, lang);
      await focusTerminal(page);
      await page.keyboard.insertText('Gte-UMDialPlan');
      await page.keyboard.press('Enter');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      await page.getByRole('checkbox', { name: words[lang].screenReader }).check();
      const withTree = await new AxeBuilder({ page }).analyze();
      expect(withTree.violations.map((v) => v.id)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    });

    test('the lab is kept across a reload; a damaged save gives a fresh lab and says why', async ({ page }) => {
      const screen = await openLab(page, lang);
      await focusTerminal(page);
      expect(await run(page, screen, "New-UMDialPlan -Name KeepMe -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode '33'")).toBe('ok');
      await page.waitForFunction(() => (localStorage.getItem('passerelle.lab.state') ?? '').includes('KeepMe'));
      await page.reload();
      await startLab(page);
      await focusTerminal(page);
      expect(await run(page, screen, 'Get-UMDialPlan -Identity KeepMe')).toBe('ok');
      await page.evaluate(() => localStorage.setItem('passerelle.lab.state', '{not json'));
      await page.reload();
      await startLab(page);
      await expect(page.locator('.xterm-rows').first()).toContainText(lang === 'en' ? 'could not be read' : 'n’a pas pu être relu');
    });

    test('a keystroke echoes within one frame', async ({ page }) => {
      await openLab(page, lang);
      await focusTerminal(page);
      // In the page: the time from each real keydown to xterm's row showing what was typed so far.
      await page.evaluate(() => {
        const rows = document.querySelector('.xterm-rows')!;
        const state = { typed: '', pending: [] as { text: string; at: number }[], delays: [] as number[] };
        (window as unknown as { echo: typeof state }).echo = state;
        document.addEventListener('keydown', (event) => {
          if (event.key.length !== 1) return;
          state.typed += event.key;
          state.pending.push({ text: `> ${state.typed}`, at: performance.now() });
        }, true);
        new MutationObserver(() => {
          const text = rows.textContent ?? '';
          while (state.pending.length > 0 && text.includes(state.pending[0]!.text)) state.delays.push(performance.now() - state.pending.shift()!.at);
        }).observe(rows, { childList: true, subtree: true, characterData: true });
      });
      await page.keyboard.type('Get-UMDialPlan', { delay: 40 });
      const delays = await page.evaluate(() => (window as unknown as { echo: { delays: number[] } }).echo.delays);
      expect(delays).toHaveLength('Get-UMDialPlan'.length);
      const median = [...delays].sort((a, b) => a - b)[Math.floor(delays.length / 2)]!;
      expect(median).toBeLessThan(1000 / 60 + 4); // one 60 Hz frame (plus timer granularity)
    });

    test('an exercise goes from unsolved to solved as the lab is fixed', async ({ page }) => {
      const screen = await openLab(page, lang);
      const exercise = page.locator('[data-exercise="incompatible-security"]');
      await hydrated(page, '.exercises');
      await exercise.getByRole('button', { name: new RegExp(words[lang].start) }).click();
      await expect(exercise.getByRole('status')).toContainText(words[lang].unsolved);
      // The terminal took the broken lab and the focus.
      await expect(page.locator('.xterm-helper-textarea').first()).toBeFocused();
      // The first hint stage, on request.
      await exercise.getByRole('button', { name: lang === 'en' ? /^Show a hint/ : /^Afficher un indice/ }).click();
      await expect(exercise.locator('.exercise__hint')).toBeVisible();
      // Fix the dial plan's security in the Exchange shell.
      if ((await screen.getAttribute('data-shell')) !== 'exchange') await page.getByRole('tab', { name: shellTab[lang].exchange }).click();
      await focusTerminal(page);
      expect(await run(page, screen, 'Set-UMDialPlan -Identity ParisSIP -VoIPSecurity Secured')).toBe('ok');
      await expect(exercise.getByRole('status')).toContainText(words[lang].solved);
      await expect(exercise.getByRole('status')).not.toContainText(words[lang].unsolved);
    });

    test('Run in lab from a runbook command block opens the panel and runs the command', async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      // Command-block buttons exist once the island runs (it hydrates when visible): scroll to a block first.
      await page.locator('.command-blocks').first().scrollIntoViewIfNeeded();
      const runInLab = page.getByRole('button', { name: words[lang].runInLab }).first();
      await runInLab.scrollIntoViewIfNeeded();
      await hydrated(page, 'button.command__lab');
      await hydrated(page, '.lab-panel');
      await runInLab.click();
      const screen = page.locator('.lab-panel .terminal__screen');
      await expect(screen).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
      await expect(screen).toHaveAttribute('data-runs', '1');
      expect(await screen.getAttribute('data-last-status')).toBe('ok');
      await expect(page.locator('.lab-panel .xterm-helper-textarea')).toBeFocused();
      // The page keeps room at its end for the drawer, so its last lines can scroll above it.
      const roomAtTheEnd = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).paddingBottom));
      expect(await roomAtTheEnd()).toBeGreaterThan(200);
      // The open drawer is as accessible as the page under it.
      const results = await new AxeBuilder({ page }).include('.lab-panel').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      // Close gives the focus back to the button that opened it.
      await page.getByRole('button', { name: lang === 'en' ? 'Close the terminal' : 'Fermer le terminal' }).click();
      await expect(runInLab).toBeFocused();
      expect(await roomAtTheEnd()).toBe(0);
    });

    test('the runbook panel replays every step up to the chosen one into the lab', async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      await hydrated(page, '.lab-panel');
      await page.getByRole('button', { name: lang === 'en' ? 'Open the lab terminal' : 'Ouvrir le terminal du labo' }).click();
      const screen = page.locator('.lab-panel .terminal__screen');
      await expect(screen).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
      const select = page.getByLabel(lang === 'en' ? 'Replay the runbook into the lab up to the step' : 'Rejouer le runbook dans le labo jusqu’à l’étape');
      const last = await select.locator('option').last().getAttribute('value');
      await select.selectOption(last!);
      await page.getByRole('button', { name: lang === 'en' ? 'Replay into the lab' : 'Rejouer dans le labo' }).click();
      const expected = labCommands(generateAll(exampleProfile)).length;
      await expect(screen).toHaveAttribute('data-runs', String(expected), { timeout: 30_000 });
      await expect(page.locator('.lab-panel .xterm-rows')).toContainText(lang === 'en' ? 'Replayed' : 'rejouées');
      // After the whole runbook the lab is configured end to end.
      await page.locator('.lab-panel .xterm-helper-textarea').focus();
      await page.keyboard.insertText('Enter-LabShell lync');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText(generateAll(exampleProfile).find((c) => c.text.startsWith('Test-CsExUMConnectivity'))!.text);
      await page.keyboard.press('Enter');
      await expect(screen).toHaveAttribute('data-runs', String(expected + 2));
      expect(await screen.getAttribute('data-last-status')).toBe('ok');
    });
  });
}

/**
 * The change-window sheet (issue 9, item 3), in both languages: with a profile that is not the
 * example in storage and the page never scrolled, `page.pdf()` gives the sheet — the profile's
 * label, SHA-256, operator and commands grouped by machine and shell in run order, signature
 * lines — and nothing of the screen page: no example value, no button label. The PDF's text is
 * read with pdf.js (legacy build, which runs in Node).
 */
import AxeBuilder from '@axe-core/playwright';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { checkProfile } from '../../src/domain/check.ts';
import type { Profile } from '../../src/domain/profile/schema.ts';
import { PROFILE_STORAGE_KEY, progressStorageKey, serializeProfile } from '../../src/domain/profile/share.ts';
import { runbookSteps } from '../../src/domain/runbook/procedures.ts';
import { emptyProgress, sha256Hex, targetLabel } from '../../src/domain/runbook/record.ts';
import { changeWindowSheet, sheetCommandCount } from '../../src/domain/runbook/sheet.ts';
import { t, type Lang } from '../../src/i18n/index.ts';
import { bostonProfile } from '../domain/runbook/helpers.ts';
import { expect, test } from './fixtures.ts';
import { largeProfile } from './large-profile.ts';

/** Every text item of every page of a PDF, in reading order, one line per item run. */
async function pdfText(data: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    text += '\n';
  }
  await pdf.destroy();
  return text;
}

/** Whitespace (line wraps included) as single spaces, so a phrase is found across a wrap. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const example = ['alice@contoso.com', 'ParisSIP', 'LyonSIP', 'contoso.com', 'lyncpool-paris', 'mbx01'];

for (const lang of ['en', 'fr'] as Lang[]) {
  test.describe(`change-window sheet (${lang})`, () => {
    test.describe.configure({ timeout: 90_000 });

    test('printing gives the stored profile’s sheet, grouped by machine, without the page’s controls', async ({ page }) => {
      const profile = bostonProfile();
      const record = { ...emptyProgress(), operator: 'Dana Okafor' };
      await page.addInitScript(
        ([profileKey, profileText, recordKey, recordText]) => {
          localStorage.setItem(profileKey!, profileText!);
          localStorage.setItem(recordKey!, recordText!);
        },
        [PROFILE_STORAGE_KEY, serializeProfile(profile), progressStorageKey(profile), JSON.stringify(record)],
      );
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      const sha256 = await sha256Hex(serializeProfile(profile));
      // Ready when the browser is idle, with no scrolling: the offer knows the stored profile's hash,
      // but no element of the sheet is made before the reader may print.
      await expect(page.locator('[data-cw-offer]')).toHaveAttribute('data-profile-sha256', sha256, { timeout: 20_000 });
      await expect(page.getByRole('button', { name: t(lang, 'sheet.offer.print') })).toBeEnabled();
      await expect(page.locator('.cw-sheet')).toHaveCount(0);

      // Printing (the browser's own Print, here a PDF) fires beforeprint, which builds the whole sheet.
      const text = await pdfText(await page.pdf({ format: 'A4' }));
      await expect(page.locator('.cw-sheet')).toHaveAttribute('data-profile-sha256', sha256);
      await expect(page.locator('.cw-sheet')).toHaveAttribute('data-complete', 'true');
      await expect(page.locator('html')).toHaveClass(/\bcw-sheet-ready\b/);
      const all = flat(text);
      for (const value of ['Fabrikam Boston', 'fabrikam.com', sha256, 'Dana Okafor', 'BostonSIP', 'ex01.fabrikam.com', 'lyncpool01.fabrikam.com', 'dana@fabrikam.com', '☐']) {
        expect(all, value).toContain(value);
      }
      expect(all).toContain(t(lang, 'sheet.title'));
      for (const who of ['operator', 'reviewer', 'date']) expect(all).toContain(t(lang, `sheet.sign.${who}`));

      // Grouped per machine and shell, in the domain's order, each step in run order inside its group.
      const sheet = changeWindowSheet(profile, runbookSteps('deploy-um-lync')!, checkProfile(profile));
      expect(sheet.groups.length).toBeGreaterThan(2);
      const headings = sheet.groups.map((group) => flat(t(lang, 'sheet.group', { shell: t(lang, `runbook.shell.${group.shell}`), target: targetLabel(group.target, lang) })));
      const starts: number[] = [];
      for (const heading of headings) {
        const where = all.indexOf(heading, (starts.at(-1) ?? -1) + 1);
        expect(where, heading).toBeGreaterThan(starts.at(-1) ?? -1);
        starts.push(where);
      }
      sheet.groups.forEach((group, i) => {
        // Between its heading and the next: the group's first step, then its first command.
        const part = all.slice(starts[i]!, starts[i + 1] ?? all.length);
        const first = group.steps[0]!;
        expect(part).toContain(flat(t(lang, 'sheet.step', { number: first.number, total: sheet.total, title: t(lang, `step.${first.step}.title`) })));
        const command = [...first.actions, ...first.verifications][0]!;
        expect(part, headings[i]).toContain(flat(command.text.slice(0, 24)));
      });

      // Nothing of the example, nothing of the screen's controls.
      for (const value of example) expect(all, value).not.toContain(value);
      const labels = ['runbookPage.copy', 'runbookPage.copyAll', 'runbookPage.runInLab', 'editor.openInEditor', 'sheet.offer.print', 'sheet.offer.operator', 'terminal.open', 'runbookPage.download.title'];
      for (const key of labels) expect(all, key).not.toContain(t(lang, key));
      expect(all).not.toMatch(lang === 'en' ? /\bCopy\b/ : /\bCopier\b/);
    });

    test('a sheet too large to build at print time is built ahead, a slice at a time, without the reader asking', async ({ page }) => {
      const profile = largeProfile(300) as Profile;
      await page.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [PROFILE_STORAGE_KEY, serializeProfile(profile)]);
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      const commands = sheetCommandCount(changeWindowSheet(profile, runbookSteps('deploy-um-lync')!, checkProfile(profile)));
      expect(commands).toBeGreaterThan(400); // more than one slice (mount.tsx)
      await expect(page.locator('.cw-sheet')).toHaveAttribute('data-complete', 'true', { timeout: 30_000 });
      await expect(page.locator('.cw-sheet .cw-sheet__command')).toHaveCount(commands);
      await expect(page.locator('html')).toHaveClass(/\bcw-sheet-ready\b/);
    });

    test('the sheet’s screen part is accessible, in light and dark', async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
        const offer = page.locator('.cw-offer');
        await expect(offer).toBeVisible({ timeout: 20_000 });
        const input = page.getByLabel(t(lang, 'sheet.offer.operator'));
        await input.fill('Eli Marchetti');
        await input.press('Tab');
        // Kept in the record, and printed on the sheet.
        await expect(page.locator('.cw-sheet .cw-sheet__facts')).toContainText('Eli Marchetti');
        const results = await new AxeBuilder({ page }).include('.cw-offer').analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), colorScheme).toEqual([]);
      }
    });
  });
}

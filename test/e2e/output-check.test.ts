/**
 * Checking what the servers answered, in a real browser and both languages: the lab's output of a
 * step pasted back → verified; a wrong value → the mismatched property named; garbage → a clear
 * message; and the record exported with its verdicts and the SHA-256 of each paste.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { replayRunbook } from '../../src/domain/lab/replay.ts';
import { exampleProfile } from '../../src/domain/profile/index.ts';
import { t, type Lang } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

const langs: Lang[] = ['en', 'fr'];

/** What the lab printed for each verification command of a step, in order. */
function labOutputs(step: string, lang: Lang): string[] {
  const { results } = replayRunbook(exampleProfile, { lang, through: 'create-auto-attendants' });
  return results.filter((r) => r.command.step === step && r.command.verify).map((r) => r.result.output.map((l) => l.text).join('\r\n'));
}

/** Browsers fold non-breaking spaces into spaces in accessible names and text. */
function like(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '\\s+'));
}

async function stepCheck(page: Page, lang: Lang, step: string): Promise<Locator> {
  const section = page.locator(`[data-output-check="${step}"]`);
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', { timeout: 10_000 });
  await expect(section.getByRole('heading', { name: t(lang, 'verify.ui.title') })).toBeVisible();
  const open = section.getByRole('button', { name: like(t(lang, 'verify.ui.open', { count: 2 })) });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.click();
  await expect(section.getByRole('button', { name: t(lang, 'verify.ui.close') })).toHaveAttribute('aria-expanded', 'true');
  return section;
}

async function paste(section: Locator, lang: Lang, n: number, total: number, cmdlet: string, text: string): Promise<void> {
  await section.getByLabel(t(lang, 'verify.ui.paste', { n, total, cmdlet })).fill(text);
  await section.getByRole('button', { name: t(lang, 'verify.ui.check', { n }) }).click();
}

for (const lang of langs) {
  test.describe(`output check (${lang})`, () => {
    test('correct output verifies the step; a wrong value is named; garbage gets a clear message; the record exports the verdicts', async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      const section = await stepCheck(page, lang, 'create-um-dial-plans');
      const [paris, lyon] = labOutputs('create-um-dial-plans', lang);
      expect(paris).toContain('VoIPSecurity');

      // Garbage: a clear message naming what was expected, never verified.
      await paste(section, lang, 1, 2, 'Get-UMDialPlan', 'lorem ipsum\u0000\u0001 dolor');
      const first = section.locator('[data-command-index="0"]');
      await expect(first.locator('.output-check__summary')).toHaveText(like(t(lang, 'verify.status.unreadable')));
      await expect(first.locator('.output-check__problem')).toContainText('Get-UMDialPlan');
      await paste(section, lang, 1, 2, 'Get-UMDialPlan', 'The quick brown fox.');
      await expect(first.locator('.output-check__problem')).toContainText('URIType, VoIPSecurity');

      // Wrong: Unsecured instead of Secured → the property is named with what the output shows.
      await paste(section, lang, 1, 2, 'Get-UMDialPlan', paris!.replace(/VoIPSecurity(\s+): Secured/, 'VoIPSecurity$1: Unsecured'));
      const mismatch = first.locator('li[data-status="mismatched"]');
      await expect(mismatch).toHaveCount(1);
      await expect(mismatch).toContainText('VoIPSecurity');
      await expect(mismatch).toContainText('Unsecured');
      await expect(mismatch.getByRole('link', { name: 'encryption-compatibility' })).toHaveAttribute('href', `/${lang}/reference/rules/encryption-compatibility/`);
      await expect(section.getByRole('status').first()).toHaveText(like(t(lang, 'verify.ui.stepNotVerified')));

      // Correct: both dial plans' real output → every expectation matched, step verified.
      await paste(section, lang, 1, 2, 'Get-UMDialPlan', paris!);
      await expect(first.locator('.output-check__summary')).toHaveText(like(t(lang, 'verify.status.verified')));
      await expect(first.locator('li[data-status="matched"]')).toHaveCount(4);
      await expect(section.getByRole('status').first()).toHaveText(like(t(lang, 'verify.ui.stepNotVerified')));
      await paste(section, lang, 2, 2, 'Get-UMDialPlan', lyon!);
      await expect(section.getByRole('status').first()).toHaveText(like(t(lang, 'verify.ui.stepVerified')));
      await expect(section).toHaveAttribute('data-verified', 'true');

      // The record keeps it across a reload, and exports verdicts with hashes and times.
      await page.reload();
      const again = await stepCheck(page, lang, 'create-um-dial-plans');
      await expect(again).toHaveAttribute('data-verified', 'true');
      const panel = page.getByRole('region', { name: t(lang, 'record.title') }).or(page.locator('.record-panel')).first();
      await panel.scrollIntoViewIfNeeded();
      await expect(panel.locator('[data-verified="true"]')).toHaveCount(1);
      const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: t(lang, 'record.exportJson') }).click()]);
      const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      const step = exported.steps.find((s: { id: string }) => s.id === 'create-um-dial-plans');
      expect(step.verified).toBe(true);
      expect(step.verifications.map((v: { status: string }) => v.status)).toEqual(['verified', 'verified']);
      // A textarea's value has LF line ends (HTML normalises CRLF): the hash is of the text as pasted into the page.
      const sha = (text: string) => createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
      expect(step.verifications.map((v: { sha256: string }) => v.sha256)).toEqual([sha(paris!), sha(lyon!)]);
      expect(step.verifications.every((v: { at: string }) => !Number.isNaN(Date.parse(v.at)))).toBe(true);
      const [markdown] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: t(lang, 'record.exportMarkdown') }).click()]);
      const text = readFileSync((await markdown.path())!, 'utf8');
      expect(text).toContain(sha(lyon!));
      expect(text).toContain(t(lang, 'verify.status.verifiedShort'));
    });
  });
}

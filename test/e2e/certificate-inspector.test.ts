/**
 * The certificate inspector in a real browser, in both languages: drop a PEM chain, read a PFX with
 * its password, see the findings, "Use this certificate", and the runbook's commands carry the
 * thumbprint. The password never reaches local storage, session storage, the URL or the record.
 * Certificates are generated here with @peculiar/x509 (Node side) and handed to the page as files.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { t, type Lang } from '../../src/i18n/index.ts';
import { makeCertificate, makePfx, makeRoot, type Issued } from '../domain/certificates/fixtures.ts';
import { expect, test } from './fixtures.ts';

const langs: Lang[] = ['en', 'fr'];
const password = 'Pfx-Pa55word-e2e!';
const shared = ['cas01.contoso.com', 'mbx01.contoso.com', 'mbx02.contoso.com'];

let ca: Issued;
let server: Issued;
let pfx: Buffer;
let thumbprint: string;

test.beforeAll(async () => {
  ca = await makeRoot();
  server = await makeCertificate({ subject: 'CN=cas01.contoso.com', san: shared, issuer: ca, notAfter: '2030-01-01T00:00:00Z' });
  pfx = Buffer.from(await makePfx([server, ca], password));
  thumbprint = Buffer.from(await server.certificate.getThumbprint('SHA-1')).toString('hex').toUpperCase();
});

/** Browsers fold non-breaking spaces into spaces in accessible names. */
function nameLike(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '\\s+'));
}

async function inspector(page: Page, lang: Lang): Promise<Locator> {
  await page.goto(`/${lang}/profile/`);
  const region = page.getByRole('region', { name: t(lang, 'inspector.title') });
  await region.scrollIntoViewIfNeeded();
  await expect(region.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', { timeout: 10_000 });
  return region;
}

/** Drops files on the inspector's drop zone, as a person dragging them from the desktop. */
async function drop(page: Page, region: Locator, files: Array<{ name: string; text: string }>): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name));
    return transfer;
  }, files);
  await region.locator('.inspector-drop').dispatchEvent('drop', { dataTransfer });
}

async function storedEverywhere(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i)!)}`).join('\n');
    return `${location.href}\n${dump(localStorage)}\n${dump(sessionStorage)}`;
  });
}

for (const lang of langs) {
  test.describe(`certificate inspector (${lang})`, () => {
    // The profile page is long and axe reads all of it: slower than the default 30 s on a shared machine.
    test.setTimeout(120_000);
    test('drop a PEM, read a PFX, use the certificate; the runbook enables it by thumbprint; the password is kept nowhere', async ({ page }) => {
      const region = await inspector(page, lang);
      await expect(region.getByText(nameLike(t(lang, 'inspector.local')))).toBeVisible();

      // A PEM chain with junk around it, dropped.
      await drop(page, region, [{ name: 'cas01-chain.pem', text: `notes\n${server.pem}\nmore notes\n${ca.pem}` }]);
      const certificate = region.getByRole('article', { name: /cas01\.contoso\.com/ });
      await expect(certificate).toBeVisible();
      await expect(certificate.getByText(thumbprint, { exact: true })).toBeVisible();
      await expect(certificate.getByText('cas01.contoso.com, mbx01.contoso.com, mbx02.contoso.com').first()).toBeVisible();
      // Findings from the rule machinery, linked to the rule pages.
      await expect(certificate.getByRole('link', { name: nameLike(t(lang, 'form.ruleLink', { title: t(lang, 'rule.certificate-topology.title') })) })).toHaveAttribute(
        'href',
        `/${lang}/reference/rules/certificate-topology/`,
      );

      // The PFX: password first, then the file; the field is cleared after the read.
      const passwordField = region.getByLabel(t(lang, 'inspector.password'));
      await passwordField.fill(password);
      await region.getByLabel(t(lang, 'inspector.files')).setInputFiles({ name: 'cas01.pfx', mimeType: 'application/x-pkcs12', buffer: pfx });
      await expect(region.getByRole('article', { name: /cas01\.contoso\.com.*cas01\.pfx/ })).toBeVisible();
      await expect(passwordField).toHaveValue('');

      // Use it: nothing changes until confirmed.
      const before = await page.evaluate(() => JSON.stringify(localStorage));
      await region.getByRole('button', { name: t(lang, 'inspector.use', { name: 'cas01.contoso.com' }) }).click();
      const confirm = region.getByRole('group', { name: t(lang, 'inspector.confirmTitle') });
      await expect(confirm).toBeVisible();
      expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
      await confirm.getByRole('button', { name: t(lang, 'inspector.confirm') }).click();
      await expect(region.getByText(nameLike(t(lang, 'inspector.applied', { thumbprint })))).toBeVisible();

      // The password is nowhere: storage, URL, the share link, the record.
      expect(await storedEverywhere(page)).not.toContain(password);
      expect(await storedEverywhere(page)).toContain(thumbprint);
      expect(await page.content()).not.toContain(password);

      await axeCheck(page);

      // The runbook's certificate commands carry the thumbprint.
      await page.goto(`/${lang}/runbooks/deploy-um-lync/`);
      const enable = page.locator('#step-enable-um-certificates').locator('xpath=..');
      await enable.scrollIntoViewIfNeeded();
      const quoted = new RegExp(`Enable-ExchangeCertificate -Server cas01\\.contoso\\.com -Thumbprint '?${thumbprint}'? -Services UMCallRouter`);
      await expect(page.getByText(quoted).first()).toBeVisible({ timeout: 15_000 });
      expect(await storedEverywhere(page)).not.toContain(password);
    });

    test('the file chooser speaks the page’s language: a button named in it, not the browser’s own control', async ({ page }) => {
      const region = await inspector(page, lang);
      // The browser's control ("Choose Files", "No file chosen") is in the browser's language.
      const chooser = region.locator('input[type="file"]');
      await expect(chooser).toHaveClass(/visually-hidden/);
      await expect(chooser).toHaveAttribute('multiple', '');
      await expect(region.locator('label.file-button')).toHaveText(t(lang, 'inspector.files'));
    });

    test('bad input: a wrong PFX password and a file that is not a certificate give clear messages; the profile is unchanged', async ({ page }) => {
      const region = await inspector(page, lang);
      const before = await page.evaluate(() => JSON.stringify(localStorage));
      await region.getByLabel(t(lang, 'inspector.password')).fill('not the password');
      await region.getByLabel(t(lang, 'inspector.files')).setInputFiles([
        { name: 'cas01.pfx', mimeType: 'application/x-pkcs12', buffer: pfx },
        { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello, not a certificate') },
      ]);
      await expect(region.getByText(nameLike(t(lang, 'certificate.read.wrong-password', { file: 'cas01.pfx' })))).toBeVisible({ timeout: 15_000 });
      await expect(region.getByText(nameLike(t(lang, 'certificate.read.not-a-certificate', { file: 'notes.txt' })))).toBeVisible();
      await expect(region.getByRole('article')).toHaveCount(0);
      expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
      expect(await storedEverywhere(page)).not.toContain('not the password');
      await axeCheck(page);
    });

    test('paste Get-ExchangeCertificate | Format-List output: read like a file, said to come from the output, usable by thumbprint', async ({ page }) => {
      const region = await inspector(page, lang);
      // A French server prints day-first dates with a 24-hour clock; an English one AM/PM.
      const [notBefore, notAfter] = lang === 'fr' ? ['02/01/2026 08:00:00', '31/12/2029 23:59:59'] : ['1/2/2026 8:00:00 AM', '12/31/2029 11:59:59 PM'];
      const pastedThumbprint = '3F2A9C0E5B7D41A86C2E0F9B7A5D3C1E8F6A4B2D';
      const output = [
        '[PS] C:\\Windows\\system32>Get-ExchangeCertificate -Server cas01 | Format-List',
        '',
        'CertificateDomains : {cas01.contoso.com, mbx01.contoso.com,',
        '                     mbx02.contoso.com}',
        'IsSelfSigned       : False',
        'Issuer             : CN=Contoso Root CA, DC=contoso, DC=com',
        `NotAfter           : ${notAfter}`,
        `NotBefore          : ${notBefore}`,
        'PublicKeySize      : 2048',
        'Services           : IMAP, POP, IIS, SMTP',
        'Subject            : CN=cas01.contoso.com',
        `Thumbprint         : ${pastedThumbprint}`,
        '',
      ].join('\r\n');
      await region.getByLabel(t(lang, 'inspector.paste')).fill(output);
      await region.getByRole('button', { name: t(lang, 'inspector.readPasted') }).click();
      const certificate = region.getByRole('article', { name: /cas01\.contoso\.com/ });
      await expect(certificate).toBeVisible();
      await expect(certificate.getByText(pastedThumbprint, { exact: true })).toBeVisible();
      await expect(certificate.getByText(nameLike(t(lang, 'certificate.value.fromOutput', { cmdlet: 'Get-ExchangeCertificate' })))).toBeVisible();
      await expect(certificate.getByText(nameLike(t(lang, 'certificate.value.validity', { notBefore: '2026-01-02', notAfter: '2029-12-31' })))).toBeVisible();
      await expect(certificate.getByText(nameLike(t(lang, 'certificate.value.unknown'))).first()).toBeVisible();
      // Unknown EKU is no finding; the rule machinery still places it (row T4).
      await expect(certificate.getByRole('link', { name: nameLike(t(lang, 'form.ruleLink', { title: t(lang, 'rule.certificate-server-authentication.title') })) })).toHaveCount(0);
      await expect(certificate.getByRole('link', { name: nameLike(t(lang, 'form.ruleLink', { title: t(lang, 'rule.certificate-topology.title') })) })).toBeVisible();

      await region.getByRole('button', { name: t(lang, 'inspector.use', { name: 'cas01.contoso.com' }) }).click();
      await region.getByRole('group', { name: t(lang, 'inspector.confirmTitle') }).getByRole('button', { name: t(lang, 'inspector.confirm') }).click();
      await expect(region.getByText(nameLike(t(lang, 'inspector.applied', { thumbprint: pastedThumbprint })))).toBeVisible();
      expect(await storedEverywhere(page)).toContain(pastedThumbprint);
      await axeCheck(page);

      // Another cmdlet's output is said to be such.
      await region.getByLabel(t(lang, 'inspector.paste')).fill('Name    : ParisSIP\r\nURIType : SipName\r\n');
      await region.getByRole('button', { name: t(lang, 'inspector.readPasted') }).click();
      await expect(region.getByText(nameLike(t(lang, 'certificate.read.output-not-certificates', { file: t(lang, 'inspector.pastedName') })))).toBeVisible();
    });
  });
}

async function axeCheck(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('.certificate-inspector').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
}

import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The only origin the site may talk to. */
export const SITE_ORIGIN = `http://127.0.0.1:${process.env.PW_PORT ?? 4321}`;

/**
 * The shared fixture: every test fails on a console error, a page error, a failed request, a
 * request to any host other than 127.0.0.1:4321, or a Content-Security-Policy violation. Outside
 * requests are also aborted, so a CDN dependency cannot slip through even if it would have loaded.
 */
export const test = base.extend<{ guard: void; cspViolations: string[]; expectCspViolations: boolean }>({
  /** Set to true (`test.use`) only by the test that proves the policy blocks what it should. */
  expectCspViolations: [false, { option: true }],
  /**
   * Every Content-Security-Policy violation the page reports (`securitypolicyviolation` events on
   * every document the page loads, before any of its scripts run).
   */
  cspViolations: async ({ page }, use) => {
    const violations: string[] = [];
    await page.exposeBinding('__passerelleCspViolation', (_source, text: string) => void violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`;
        (window as unknown as { __passerelleCspViolation(text: string): void }).__passerelleCspViolation(report);
      });
    });
    await use(violations);
  },
  guard: [
    async ({ page, cspViolations, expectCspViolations }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // ERR_ABORTED is the browser cancelling a request itself (a favicon or a fetch cut short because
      // the test navigated on); it is not a failure of the site. Every other network failure is, and so
      // is any response with an error status (404, 500…), which Playwright does not count as failed.
      page.on('requestfailed', (request) => {
        const reason = request.failure()?.errorText ?? '';
        if (reason.includes('ERR_ABORTED')) return;
        problems.push(`request failed: ${request.url()} (${reason})`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(SITE_ORIGIN) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        problems.push(`outside request: ${url}`);
        return route.abort('blockedbyclient');
      });
      await use();
      // A violation report is an event, not always a console message: checked on its own.
      if (!expectCspViolations) expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
      // Chromium also logs each refusal as a console error; those are the expected ones here.
      const unexpected = expectCspViolations ? problems.filter((p) => !/Content Security Policy/i.test(p)) : problems;
      expect(unexpected, 'console errors, failed or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Every built HTML page's path (e.g. `/fr/guide/certificates/`), read from dist/. */
export function builtPages(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        out.push(`/${relative(dist, dir).split('\\').join('/')}${dir === dist ? '' : '/'}`);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** Waits until the page's scripts have run (the theme toggle is wired by the site script). */
export async function ready(page: Page): Promise<void> {
  await page.waitForLoadState('load');
}

/**
 * A section of the profile page's form (`organization`, `users`…), brought on screen and live. Until
 * its island goes live a section reads (labels and values, no controls: src/islands/forms/
 * ProfileForm.tsx); it hydrates as the reader nears it.
 */
export async function reachProfileSection(page: Page, section: string): Promise<Locator> {
  const form = page.locator(`.profile-form[data-section="${section}"]`);
  await form.scrollIntoViewIfNeeded();
  await expect(form).toHaveAttribute('data-live', '', { timeout: 20_000 });
  return form;
}

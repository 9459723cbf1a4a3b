import { expect, test } from './fixtures.ts';

/**
 * The Content-Security-Policy every page carries (src/lib/csp.ts) is in force: an injected inline
 * script and `eval` are refused and reported. Every other test of the suite fails on any violation
 * (the fixture), so the site itself never trips the policy.
 */
test.describe('Content-Security-Policy', () => {
  test('is the first thing in the head after the charset, with no unsafe script source', async ({ page }) => {
    await page.goto('/en/runbooks/deploy-um-lync/');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = policy?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    for (const directive of ["default-src 'self'", "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
      expect(policy).toContain(directive);
    }
    expect(await page.evaluate(() => document.head.children[1]?.getAttribute('http-equiv'))).toBe('content-security-policy');
  });

  test.describe('refuses what an injection would need', () => {
    test.use({ expectCspViolations: true });
    // (`eval` cannot be tried from the test: code evaluated through DevTools is exempt from the policy.)
    test('an inline script and a data: script added to the page are blocked and reported', async ({ page, cspViolations }) => {
      await page.goto('/fr/');
      await page.evaluate(() => {
        const inline = document.createElement('script');
        inline.textContent = 'window.__injected = true';
        document.body.append(inline);
        const data = document.createElement('script');
        data.src = 'data:text/javascript,window.__fromData=true';
        document.body.append(data);
      });
      await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
      expect(await page.evaluate(() => [(window as { __injected?: boolean }).__injected, (window as { __fromData?: boolean }).__fromData])).toEqual([undefined, undefined]);
      expect(cspViolations.join('\n')).toMatch(/script-src(-elem)? blocked \(?inline\)?/);
      expect(cspViolations.join('\n')).toMatch(/script-src(-elem)? blocked data/);
    });
  });
});

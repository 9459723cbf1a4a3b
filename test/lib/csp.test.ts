import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts, scriptHash, withContentSecurityPolicy } from '../../src/lib/csp.ts';

const page = (head: string, body = '') => `<!doctype html><html><head><meta charset="utf-8" />${head}</head><body>${body}</body></html>`;

describe('Content-Security-Policy of a built page', () => {
  it('hashes each inline script exactly as written, and only those', () => {
    const html = page('<script>let a = 1;</script>', '<script type="module" src="/_astro/x.js"></script><script type="module">\n  run();\n</script>');
    expect(inlineScripts(html)).toEqual(['let a = 1;', '\n  run();\n']);
    expect(scriptHash('let a = 1;')).toBe(`'sha256-${createHash('sha256').update('let a = 1;').digest('base64')}'`);
  });

  it('allows scripts from the site and those hashes only: never unsafe-inline or unsafe-eval', () => {
    const policy = contentSecurityPolicy(['a()', 'b()', 'a()']);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc.split(' ').slice(1)).toEqual(["'self'", "'wasm-unsafe-eval'", ...[scriptHash('a()'), scriptHash('b()')].sort()]);
    expect(scriptSrc).not.toMatch(/'unsafe-(inline|eval)'/);
    for (const directive of ["default-src 'self'", "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
      expect(policy.split('; ')).toContain(directive);
    }
  });

  it('puts the policy right after the charset, before any script, and replaces it when built again', () => {
    const html = page('<title>x</title><script>theme()</script>');
    const once = withContentSecurityPolicy(html);
    expect(once).toMatch(/<meta charset="utf-8" \/><meta http-equiv="content-security-policy" content="[^"]+"><title>/);
    expect(once).toContain(scriptHash('theme()'));
    expect(withContentSecurityPolicy(once)).toBe(once);
  });

  it('refuses a page without a head rather than ship it without a policy', () => {
    expect(() => withContentSecurityPolicy('<p>fragment</p>')).toThrow(/head/);
  });
});

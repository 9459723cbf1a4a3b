/**
 * The Content-Security-Policy of every page, as a `<meta http-equiv>` (the site is static: no
 * server to send a header). It is added after the build by the `passerelle:csp` integration
 * (astro.config.mjs), which reads each built page, hashes the inline scripts the build emitted
 * (Astro's island loader, the theme and language scripts) and writes the policy as the first
 * element of `<head>` after `<meta charset>`, so it governs every script after it.
 *
 * - scripts: `'self'` and the SHA-256 of each inline script of that page, never `'unsafe-inline'`
 *   nor `'unsafe-eval'`. `'wasm-unsafe-eval'` lets the search (Pagefind) compile its WebAssembly
 *   module, served from the site; it allows no JavaScript `eval`.
 * - styles: `'self' 'unsafe-inline'`: Astro inlines small stylesheets, islands render `style`
 *   attributes and xterm.js writes its own `<style>` element at run time. CSS cannot run script,
 *   and with every fetch limited to the site itself a style cannot send anything elsewhere.
 * - images from the site and `data:` URLs (Monaco draws its squiggles with them).
 * - everything else from the site only: `default-src`, `connect-src`, `worker-src`,
 *   `font-src` `'self'`; no plugins (`object-src 'none'`), no `<base>` (`base-uri 'none'`), forms
 *   post to the site only (`form-action 'self'`).
 */
import { createHash } from 'node:crypto';

/** The inline scripts of a page: `<script>` elements without `src`, their text exactly as written. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(match[1]!)) continue;
    scripts.push(match[2]!);
  }
  return scripts;
}

/** `'sha256-…'` of a script's text (UTF-8), as CSP compares it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy for a page whose inline scripts are `scripts`. */
export function contentSecurityPolicy(scripts: readonly string[]): string {
  const hashes = [...new Set(scripts.map(scriptHash))].sort();
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${hashes.map((hash) => ` ${hash}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    // data: images: the script editor's error and warning squiggles are SVG data URLs Monaco
    // writes into its theme's CSS at run time. An image cannot run script nor reach another host.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;

/**
 * The page with its policy: an existing policy meta is replaced (building twice changes nothing),
 * otherwise the meta goes right after `<meta charset>` (or at the start of `<head>`).
 * @throws when the page has no `<head>`: a page without a policy must not ship silently.
 */
export function withContentSecurityPolicy(html: string): string {
  const page = html.replace(CSP_META, '');
  const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(inlineScripts(page))}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(page);
  if (charset) return page.slice(0, charset.index + charset[0].length) + meta + page.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(page);
  if (!head) throw new Error('no <head> to carry the Content-Security-Policy');
  return page.slice(0, head.index + head[0].length) + meta + page.slice(head.index + head[0].length);
}

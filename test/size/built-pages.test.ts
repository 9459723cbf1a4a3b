import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/domain/rules/index.ts';

// Checks on the built site that complement the page-weight budgets: a page that Astro rendered
// empty (it only logs Markdown errors) must not ship.
describe('built rule and guide pages carry their content', () => {
  for (const lang of ['fr', 'en']) {
    for (const rule of rules) {
      it(`/${lang}/reference/rules/${rule.id}/`, () => {
        const file = `dist/${lang}/reference/rules/${rule.id}/index.html`;
        expect(existsSync(file)).toBe(true);
        const html = readFileSync(file, 'utf8');
        const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
        expect(article).toMatch(/<h2[^>]*>/);
        expect(article).toMatch(/<pre/);
      });
    }
    it(`every /${lang}/guide/ page has sections`, () => {
      const slugs = readdirSync(`dist/${lang}/guide`).filter((s) => existsSync(`dist/${lang}/guide/${s}/index.html`));
      expect(slugs.length).toBeGreaterThanOrEqual(10);
      for (const slug of slugs) {
        expect(readFileSync(`dist/${lang}/guide/${slug}/index.html`, 'utf8'), slug).toMatch(/<section data-section="[^"]+">[\s\S]*<h2 id=/);
      }
    });
  }
});

// Lighthouse's SEO audit wants valid hreflang links: absolute URLs, one per language and x-default.
describe('every built page links its languages with hreflang', () => {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
      else if (entry.name === 'index.html') pages.push(`${dir}/${entry.name}`);
    }
  };
  walk('dist');

  it('finds the pages', () => expect(pages.length).toBeGreaterThan(40));

  it('gives fr, en and x-default as absolute URLs, its own language pointing at itself', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const links = new Map([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
      const path = file.slice('dist'.length, -'index.html'.length);
      const lang = /^\/(fr|en)\//.exec(path)?.[1];
      expect([...links.keys()].sort(), file).toEqual(['en', 'fr', 'x-default']);
      for (const href of links.values()) expect(new URL(href).protocol, `${file}: ${href}`).toMatch(/^https?:$/);
      const own = new URL(lang ? links.get(lang)! : links.get('x-default')!);
      expect(own.pathname, file).toBe(path);
      if (lang) expect(new URL(links.get('x-default')!).pathname, file).toBe(path.replace(/^\/(fr|en)\//, '/en/'));
    }
  });
});

// Every built page carries its Content-Security-Policy (src/lib/csp.ts, added by the
// `passerelle:csp` integration): first in the head after the charset, with exactly the hashes of
// the inline scripts that page holds.
describe('built pages carry their Content-Security-Policy', async () => {
  const { inlineScripts, scriptHash } = await import('../../src/lib/csp.ts');
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(path);
    }
  };
  walk('dist');

  it('every page, with the hashes of its own inline scripts and nothing unsafe for scripts', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const metas = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)">/g) ?? [];
      expect(metas, file).toHaveLength(1);
      expect(html.indexOf(metas[0]!), file).toBeLessThan(html.search(/<script\b/i) < 0 ? Infinity : html.search(/<script\b/i));
      const policy = /content="([^"]*)"/.exec(metas[0]!)![1]!;
      const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;
      expect(scriptSrc, file).not.toMatch(/'unsafe-(inline|eval)'/);
      const hashes = scriptSrc.split(' ').filter((s) => s.startsWith("'sha256-")).sort();
      expect(hashes, file).toEqual([...new Set(inlineScripts(html).map(scriptHash))].sort());
    }
  });
});

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

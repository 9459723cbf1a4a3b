/**
 * French/English parity of the guide. The English folder is the source of truth: the page list,
 * each page's heading ids (in order) and its table shapes are read from content/en, and
 * content/fr must mirror them exactly — no missing and no extra French page.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT, REPO_ROOT, listPages, loadPage, pagePath, type ParsedPage } from './markdown.ts';

const englishSlugs = listPages(join(CONTENT_ROOT, 'en'));
const frenchSlugs = listPages(join(CONTENT_ROOT, 'fr'));

const headingIds = (page: ParsedPage) =>
  page.headings.filter((h) => h.id !== null).map((h) => `${'#'.repeat(h.depth)} {#${h.id}}`);
const tableShapes = (page: ParsedPage) => page.tables.map((t) => `${t.rows}×${t.columns}`);
const where = (page: ParsedPage, line: number) => `${relative(REPO_ROOT, page.path)}:${line}`;

describe('guide pages: French mirrors English', () => {
  it('has English pages to compare', () => {
    expect(englishSlugs.length).toBeGreaterThan(0);
  });

  it('has no French page without an English counterpart', () => {
    expect(frenchSlugs.filter((slug) => !englishSlugs.includes(slug))).toEqual([]);
  });

  for (const slug of englishSlugs) {
    describe(slug, () => {
      const en = loadPage(pagePath('en', slug));
      const frExists = frenchSlugs.includes(slug);
      const fr = frExists ? loadPage(pagePath('fr', slug)) : null;

      it('exists in French', () => {
        expect(frExists).toBe(true);
      });

      it('has the same heading ids, in the same order and at the same levels', () => {
        expect(fr && headingIds(fr)).toEqual(headingIds(en));
      });

      it('has the same tables (body rows × columns), in the same order', () => {
        expect(fr && tableShapes(fr)).toEqual(tableShapes(en));
      });

      it('has the same front matter order', () => {
        expect(fr?.frontMatter.order).toBe(en.frontMatter.order);
      });
    });
  }
});

describe('guide pages: collection format', () => {
  const pages = [
    ...englishSlugs.map((slug) => loadPage(pagePath('en', slug))),
    ...frenchSlugs.map((slug) => loadPage(pagePath('fr', slug))),
  ];

  for (const page of pages) {
    describe(relative(CONTENT_ROOT, page.path), () => {
      it('has a title, a one-sentence description and a numeric order', () => {
        const { title, description, order } = page.frontMatter;
        expect(typeof title === 'string' && title.trim().length > 0).toBe(true);
        expect(typeof description === 'string' && description.trim().length > 0).toBe(true);
        expect(typeof order).toBe('number');
      });

      it('gives every ## and ### heading a unique explicit id', () => {
        const missing = page.headings
          .filter((h) => (h.depth === 2 || h.depth === 3) && h.id === null)
          .map((h) => `${where(page, h.line)} ${h.text}`);
        expect(missing).toEqual([]);
        const ids = page.headings.flatMap((h) => (h.id ? [h.id] : []));
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      });

      it('has no raw HTML and no task-list checkboxes', () => {
        expect(page.html.map((h) => where(page, h.line))).toEqual([]);
        expect(page.taskItems.map((line) => where(page, line))).toEqual([]);
      });
    });
  }
});

/**
 * Cross-links between guide pages: a link to `/<lang>/guide/<slug>/#<id>` stays in the page's
 * language, and when the target page exists the id is one of its heading ids. A same-page link
 * `#<id>` must name a heading of the page. Links to pages not written yet are not judged here
 * (the parity test already catches a page missing in one language).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_ROOT, LANGUAGES, REPO_ROOT, listPages, loadPage, pagePath } from './markdown.ts';

const GUIDE_LINK = /^\/(en|fr)\/guide\/([a-z0-9-]+)\/?(?:#([A-Za-z0-9_-]+))?$/;

describe.each(LANGUAGES)('guide cross-links (%s)', (language) => {
  const slugs = listPages(join(CONTENT_ROOT, language));
  const idsOf = new Map<string, Set<string>>();
  const ids = (slug: string): Set<string> | null => {
    if (!idsOf.has(slug)) {
      const path = pagePath(language, slug);
      if (!existsSync(path)) return null;
      idsOf.set(slug, new Set(loadPage(path).headings.flatMap((h) => (h.id ? [h.id] : []))));
    }
    return idsOf.get(slug)!;
  };

  for (const slug of slugs) {
    it(`${language}/${slug}: links point to existing ids in the same language`, () => {
      const page = loadPage(pagePath(language, slug));
      const label = relative(REPO_ROOT, page.path);
      const problems: string[] = [];
      for (const link of page.links) {
        if (link.url.startsWith('#')) {
          if (!ids(slug)?.has(link.url.slice(1))) problems.push(`${label}:${link.line}: no heading {${link.url}} on this page`);
          continue;
        }
        const match = GUIDE_LINK.exec(link.url);
        if (!match) continue;
        const [, linkLanguage, target, id] = match;
        if (linkLanguage !== language) problems.push(`${label}:${link.line}: ${link.url} leaves the page's language`);
        const targetIds = ids(target!);
        if (targetIds && id && !targetIds.has(id)) problems.push(`${label}:${link.line}: ${link.url}: no such id on ${target}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, it } from 'vitest';
import remarkHeadingIds from '../../src/markdown/remark-heading-ids.ts';
import remarkStepLinks from '../../src/markdown/remark-step-links.ts';
import rehypeScrollable from '../../src/markdown/rehype-scrollable.ts';
import rehypeSections from '../../src/markdown/rehype-sections.ts';

// Astro's content loader only *logs* a Markdown error and then renders the page empty, so a page
// that breaks one of our plugins would ship blank. This test runs every content page through the
// same plugins as astro.config.mjs and fails on any error (bug seen: rule pages with `## Wrong`
// and no {#id} rendered as empty pages).
function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? markdownFiles(full) : name.endsWith('.md') ? [full] : [];
  });
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkHeadingIds)
  .use(remarkStepLinks)
  .use(remarkRehype)
  .use(rehypeScrollable)
  .use(rehypeSections)
  .use(rehypeStringify);

describe('every content page renders through our Markdown plugins', () => {
  for (const file of markdownFiles('content')) {
    it(file, async () => {
      const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const html = String(await processor.process({ path: file, value: body }));
      expect(html.length).toBeGreaterThan(50);
    });
  }

  it('rejects a level-2 heading without an explicit id', async () => {
    await expect(processor.process('## Wrong\n\ntext')).rejects.toThrow(/no explicit \{#id\}/);
  });
});

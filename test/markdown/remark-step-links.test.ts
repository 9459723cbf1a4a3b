import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, it } from 'vitest';
import { runbookProcedures } from '../../src/domain/runbook/procedures.ts';
import { stepsByGuideSection } from '../../src/domain/runbook/guide-sections.ts';
import { t, type Lang } from '../../src/i18n/index.ts';
import remarkHeadingIds from '../../src/markdown/remark-heading-ids.ts';
import remarkStepLinks, { runbookTitleFromFile } from '../../src/markdown/remark-step-links.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkHeadingIds).use(remarkStepLinks).use(remarkRehype).use(rehypeStringify);

async function render(lang: Lang, slug: string): Promise<string> {
  const path = `content/${lang}/${slug}.md`;
  const value = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return String(await processor.process({ path, value }));
}

/** The links line right under the heading with `id`, or undefined. */
function linksUnder(html: string, id: string): string | undefined {
  const heading = new RegExp(`<h([23]) id="${id}">(?:(?!</h\\1>)[\\s\\S])*</h\\1>\\s*(<p class="guide-step-links[^"]*"[^>]*>[\\s\\S]*?</p>)`).exec(html);
  return heading?.[2];
}

const decode = (html: string) => html.replace(/&#x26;/g, '&').replace(/&#x3C;/g, '<').replace(/&quot;/g, '"');

describe('stepsByGuideSection', () => {
  it('lists every step of every runbook under its guide section, with its number in that runbook', () => {
    const sections = stepsByGuideSection();
    for (const [runbook, steps] of Object.entries(runbookProcedures)) {
      steps.forEach((step, index) => {
        expect(sections.get(step.guide), `${runbook}/${step.id}`).toContainEqual({ runbook, step: step.id, number: index + 1 });
      });
    }
    const total = Object.values(runbookProcedures).reduce((n, steps) => n + steps.length, 0);
    expect([...sections.values()].reduce((n, list) => n + list.length, 0)).toBe(total);
  });
});

describe.each(['en', 'fr'] as Lang[])('remarkStepLinks (%s)', (lang) => {
  it('links every section a step performs to that step, in every runbook that has it, and to the lab', async () => {
    const pages = new Map<string, string>();
    for (const [runbook, steps] of Object.entries(runbookProcedures)) {
      for (const [index, step] of steps.entries()) {
        const [slug, section] = step.guide.split('#') as [string, string];
        if (!pages.has(slug)) pages.set(slug, await render(lang, slug));
        const line = linksUnder(pages.get(slug)!, section);
        expect(line, `${step.guide} has no links line`).toBeDefined();
        const title = t(lang, `step.${step.id}.title`);
        const label =
          runbook === 'deploy-um-lync'
            ? t(lang, 'guide.stepLinks.open', { number: index + 1, title })
            : t(lang, 'guide.stepLinks.openIn', { number: index + 1, title, runbook: runbookTitleFromFile(runbook, lang) });
        expect(decode(line!), `${step.guide} → ${runbook}/${step.id}`).toContain(`<a href="/${lang}/runbooks/${runbook}/#step-${step.id}">${label}</a>`);
        expect(line).toContain(`<a href="/${lang}/lab/">${t(lang, 'guide.stepLinks.lab')}</a>`);
      }
    }
  });

  it('adds nothing under sections no step performs, and nothing outside guide pages', async () => {
    const html = await render(lang, 'exchange-um');
    const performed = [...stepsByGuideSection().keys()].filter((key) => key.startsWith('exchange-um#'));
    expect(performed.length).toBeGreaterThan(5);
    expect((html.match(/class="guide-step-links/g) ?? []).length).toBe(performed.length);
    expect(linksUnder(html, 'd7')).toBeUndefined(); // planning SIP addresses: no step runs it
    const elsewhere = String(await processor.process({ path: 'runbooks/x/en.mdx', value: '## Create the SIP URI dial plan {#d1}\n\ntext' }));
    expect(elsewhere).not.toContain('guide-step-links');
  });

  it('reads the runbook titles from the runbooks’ own files', () => {
    const source = readFileSync(`runbooks/rerun-exchucutil/${lang}.mdx`, 'utf8');
    expect(source).toContain(`title: ${runbookTitleFromFile('rerun-exchucutil', lang)}`);
  });
});

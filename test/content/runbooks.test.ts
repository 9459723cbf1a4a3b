/**
 * The runbooks' MDX: French and English show the same steps and sections in the same order
 * (derived from the English files), every runbook folder is a published runbook, and French
 * prose follows French typography (a non-breaking space before : ; ? ! and inside « »).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runbookProcedures } from '../../src/domain/runbook/procedures.ts';

const ROOT = 'runbooks';
const slugs = readdirSync(ROOT).filter((name) => !name.startsWith('.')).sort();
const read = (slug: string, lang: string) => readFileSync(join(ROOT, slug, `${lang}.mdx`), 'utf8');
const fences = (text: string) => [...text.matchAll(/^```runbook step=([a-z0-9-]+)$/gm)].map((m) => m[1]);
const headingIds = (text: string) => [...text.matchAll(/^#{2,3} .*\\\{#([a-z0-9-]+)\}$/gm)].map((m) => m[1]);
const components = (text: string) => [...text.matchAll(/^<([A-Z]\w+)([^>]*)\/>$/gm)].map((m) => `${m[1]}${m[2]!.replace(/lang="(fr|en)"/, '')}`);
const frontmatter = (text: string) => Object.fromEntries([...text.split('---')[1]!.matchAll(/^(\w+): (.*)$/gm)].map((m) => [m[1], m[2]]));

/** French running text: outside the frontmatter keys, imports, components, fences and code spans. */
function frenchProse(text: string): { line: number; text: string }[] {
  const lines = text.split('\n');
  const out: { line: number; text: string }[] = [];
  let fence = false;
  let dashes = 0;
  lines.forEach((line, i) => {
    if (dashes < 2 && line === '---') return void dashes++;
    if (line.startsWith('```')) return void (fence = !fence);
    if (fence || line.startsWith('import ') || line.startsWith('<')) return;
    const value = dashes < 2 ? line.replace(/^\w+: /, '') : line;
    out.push({ line: i + 1, text: value.replace(/`[^`]*`/g, ' ').replace(/\\\{#[^}]*\}/, '') });
  });
  return out;
}

describe('runbooks', () => {
  it('every folder is a published runbook and every runbook has a folder', () => {
    expect(slugs).toEqual(Object.keys(runbookProcedures).sort());
  });

  describe.each(slugs)('%s', (slug) => {
    const en = read(slug, 'en');
    const fr = read(slug, 'fr');

    it('French shows the English steps, sections and islands, in the same order', () => {
      expect(fences(fr)).toEqual(fences(en));
      expect(headingIds(fr)).toEqual(headingIds(en));
      expect(components(fr)).toEqual(components(en));
      expect(frontmatter(fr).order).toBe(frontmatter(en).order);
    });

    it('shows every step of its runbook, in order', () => {
      expect(fences(en)).toEqual(runbookProcedures[slug as keyof typeof runbookProcedures].map((s) => s.id));
    });

    it('each island is told the language of its file', () => {
      for (const [lang, text] of [['en', en], ['fr', fr]] as const) {
        for (const m of text.matchAll(/^<[A-Z]\w+[^>]*\/>$/gm)) expect(m[0], `${slug}/${lang}`).toContain(`lang="${lang}"`);
      }
    });

    it('French prose uses French typography', () => {
      const problems: string[] = [];
      for (const { line, text } of frenchProse(fr)) {
        if (/ [:;?!](\s|$)/.test(text)) problems.push(`${line}: plain space before : ; ? ! — ${text.trim()}`);
        if (/«(?![\u00A0\u202F])|(?<![\u00A0\u202F])»/.test(text)) problems.push(`${line}: « » without a non-breaking space — ${text.trim()}`);
        if (/"[^"]*"/.test(text)) problems.push(`${line}: "…" instead of « … » — ${text.trim()}`);
      }
      expect(problems).toEqual([]);
    });
  });
});

/**
 * One French term per concept. The glossary data module (src/domain/glossary.ts) is the source of
 * truth: its rejected variants must not appear in any French page (content/fr/**,
 * content/rules/fr/**), and the glossary page must list every entry and every rejected variant.
 *
 * Two places name the rejected variants on purpose and are exempt: the glossary page's
 * "rejected-variants" section (and the English column of its term table, which is not French),
 * and the errata page.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRejectedVariants, foldFrench, glossary, rejectedVariants } from '../../src/domain/glossary.ts';
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { CONTENT_ROOT, REPO_ROOT, listFiles, loadPage, pagePath, type ParsedPage, type TableInfo } from './markdown.ts';
import { proseBlocks, type ProseBlock } from './prose.ts';

const GLOSSARY_SLUG = 'glossary';
const ERRATA_SLUG = 'errata';
/** Section of the glossary page that lists the rejected variants. */
const REJECTED_SECTION = 'rejected-variants';
/** Section of the glossary page that holds the term table. */
const TERMS_SECTION = 'terms';

const frenchFiles = [
  ...listFiles(join(CONTENT_ROOT, 'fr')),
  ...listFiles(join(CONTENT_ROOT, 'rules', 'fr')),
  ...listFiles(join(REPO_ROOT, 'runbooks')).filter((path) => /[\\/]fr\.mdx$/.test(path)),
];
const label = (path: string) => relative(REPO_ROOT, path).split('\\').join('/');
const isPage = (path: string, slug: string) => label(path) === `content/fr/${slug}.md` || label(path) === `content/fr/${slug}.mdx`;

/** The French blocks of a page that the check reads, with the glossary page's exemptions applied. */
function checkedBlocks(path: string, page: ParsedPage): ProseBlock[] {
  const blocks = proseBlocks(page);
  if (!isPage(path, GLOSSARY_SLUG)) return blocks;
  return blocks.filter(
    (block) => block.section !== REJECTED_SECTION && !(block.section === TERMS_SECTION && block.column === 0),
  );
}

/** The first table placed under the heading with this id. */
function tableUnder(page: ParsedPage, id: string): TableInfo | undefined {
  const heading = page.headings.find((h) => h.id === id);
  if (!heading) return undefined;
  const next = page.headings.find((h) => h.line > heading.line && h.depth <= heading.depth);
  return page.tables.find((t) => t.line > heading.line && (!next || t.line < next.line));
}

const normalize = (text: string) => text.replace(/[\s\u00A0\u202F]+/g, ' ').trim();

describe('glossary data', () => {
  it('finds rejected variants as whole words, whatever the case, apostrophe or space', () => {
    expect(findRejectedVariants('un plan en mode SIP sécurisé').map((r) => r.variant)).toEqual(['mode SIP sécurisé']);
    expect(findRejectedVariants('les Serveurs d’accès client').map((r) => r.variant)).toEqual(["serveur d'accès client"]);
    expect(findRejectedVariants('un «\u00A0pool frontal\u00A0»').map((r) => r.variant)).toEqual(['pool frontal']);
    expect(findRejectedVariants('réglé sur Sécurisé SIP')).toEqual([]);
    expect(findRejectedVariants('les serveurs de boîtes aux lettres')).toEqual([]);
    expect(findRejectedVariants("l'autre nom de l'objet (SAN)")).toEqual([]);
  });

  it('has one French term per concept and one concept per English term', () => {
    const duplicates = (values: string[]) => values.filter((value, i) => values.indexOf(value) !== i);
    expect(duplicates(glossary.map((entry) => foldFrench(entry.fr)))).toEqual([]);
    expect(duplicates(glossary.map((entry) => entry.en.toLowerCase()))).toEqual([]);
  });

  it('never chooses a rejected wording, nor rejects a chosen one', () => {
    const clashes = glossary.flatMap((entry) =>
      findRejectedVariants(entry.fr).map((variant) => `${entry.fr} ⊃ ${variant.variant}`),
    );
    expect(clashes).toEqual([]);
    const rejectedPreferred = rejectedVariants.filter((entry) => findRejectedVariants(entry.preferred).length > 0);
    expect(rejectedPreferred).toEqual([]);
  });
});

describe('French pages use no rejected variant', () => {
  it('finds French pages to check', () => {
    expect(frenchFiles.length).toBeGreaterThan(0);
  });

  for (const path of frenchFiles) {
    if (isPage(path, ERRATA_SLUG)) continue;
    it(`${label(path)}`, () => {
      const page = loadPage(path);
      const found: string[] = [];
      for (const block of checkedBlocks(path, page)) {
        for (const variant of findRejectedVariants(block.text)) {
          found.push(`${label(path)}:${block.line}: « ${variant.variant} » → « ${variant.preferred} »`);
        }
      }
      for (const key of ['title', 'description']) {
        const value = page.frontMatter[key];
        if (typeof value !== 'string') continue;
        for (const variant of findRejectedVariants(value)) {
          found.push(`${label(path)}: front matter ${key}: « ${variant.variant} » → « ${variant.preferred} »`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});

describe('French messages use no rejected variant', () => {
  it('src/i18n/fr.json', () => {
    const found = Object.entries(fr as Record<string, string>).flatMap(([key, text]) =>
      findRejectedVariants(text.replace(/`[^`]*`/g, ' ')).map((variant) => `${key}: « ${variant.variant} » → « ${variant.preferred} »`),
    );
    expect(found).toEqual([]);
  });
});

describe('the five concepts issue 13 names have one French term each', () => {
  it.each([
    ['cmdlet', 'cmdlet', 'applet de commande'],
    ['runbook', 'runbook', 'cahier d’exploitation'],
    ['media encryption level (Lync)', 'niveau de chiffrement multimédia', 'chiffrement des médias'],
    ['scope (of a Lync setting or policy)', 'étendue', 'portée'],
    ['Registrar (Lync server role)', 'serveur d’inscriptions', 'bureau d’enregistrement'],
  ])('%s → %s, not %s', (en, chosen, rejected) => {
    expect(glossary.find((entry) => entry.en === en)?.fr).toBe(chosen);
    expect(findRejectedVariants(`une ${rejected}`).map((r) => r.preferred)).toContain(chosen);
  });
});

describe('exempt pages', () => {
  // If these stop finding anything, the check above is blind (wrong section id, folding bug…).
  it('the errata page and the rejected-variants section do name the variants', () => {
    const errata = loadPage(pagePath('fr', ERRATA_SLUG));
    const inErrata = proseBlocks(errata).flatMap((block) => findRejectedVariants(block.text));
    expect(inErrata.length).toBeGreaterThan(0);
    const glossaryPage = loadPage(pagePath('fr', GLOSSARY_SLUG));
    const inSection = proseBlocks(glossaryPage)
      .filter((block) => block.section === REJECTED_SECTION)
      .flatMap((block) => findRejectedVariants(block.text).map((variant) => variant.variant));
    expect(new Set(inSection).size).toBe(rejectedVariants.length);
  });
});

describe('glossary page lists the glossary', () => {
  for (const language of ['en', 'fr'] as const) {
    describe(language, () => {
      const page = loadPage(pagePath(language, GLOSSARY_SLUG));

      it('has every entry, in order, in the term table (English | French | note)', () => {
        const table = tableUnder(page, TERMS_SECTION);
        expect(table, `no table under {#${TERMS_SECTION}}`).toBeDefined();
        const listed = table!.cells.map((row) => `${normalize(row[0] ?? '')} | ${normalize(row[1] ?? '')}`);
        const expected = glossary.map((entry) => `${normalize(entry.en)} | ${normalize(entry.fr)}`);
        expect(listed).toEqual(expected);
      });

      it('has every rejected variant, with its replacement, in the rejected-variants table', () => {
        const table = tableUnder(page, REJECTED_SECTION);
        expect(table, `no table under {#${REJECTED_SECTION}}`).toBeDefined();
        const rows = table!.cells.map((row) => ({ variant: foldFrench(row[0] ?? ''), preferred: foldFrench(row[1] ?? '') }));
        const missing = rejectedVariants.filter(
          (entry) =>
            !rows.some(
              (row) =>
                row.variant.split(' / ').includes(foldFrench(entry.variant)) && row.preferred === foldFrench(entry.preferred),
            ),
        );
        expect(missing.map((entry) => entry.variant)).toEqual([]);
        expect(rows).toHaveLength(rejectedVariants.length);
      });
    });
  }
});

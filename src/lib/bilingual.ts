/** One `<section data-section>` of a rendered guide page. */
export interface RenderedSection {
  id: string;
  html: string;
}

const SECTION = /<section data-section="([^"]*)">([\s\S]*?)<\/section>/g;

/**
 * Splits a guide page's HTML (as wrapped by rehype-sections) into its sections, and prefixes every
 * element id with the language so that French and English can share one page without duplicate ids.
 * Links to those ids inside the section are rewritten the same way.
 * @example splitSections('<section data-section="a"><h2 id="a">A</h2></section>', 'fr')
 *   // → [{ id: 'a', html: '<h2 id="fr-a">A</h2>' }]
 */
export function splitSections(html: string, prefix: string): RenderedSection[] {
  const sections: RenderedSection[] = [];
  for (const match of html.matchAll(SECTION)) {
    const body = match[2]!
      .replace(/ id="([^"]+)"/g, ` id="${prefix}-$1"`)
      .replace(/ href="#([^"]+)"/g, ` href="#${prefix}-$1"`);
    sections.push({ id: match[1]!, html: body });
  }
  return sections;
}

/** A French section and its English partner (either may be missing). */
export interface SectionPair {
  id: string;
  left: string | undefined;
  right: string | undefined;
}

/**
 * Pairs two languages' sections by id, in the first language's order; a section present in only one
 * language gets an empty partner, so the columns stay aligned.
 */
export function pairSections(left: RenderedSection[], right: RenderedSection[]): SectionPair[] {
  const rightById = new Map(right.map((s) => [s.id, s.html]));
  const pairs: SectionPair[] = left.map((s) => ({ id: s.id, left: s.html, right: rightById.get(s.id) }));
  const seen = new Set(left.map((s) => s.id));
  for (const s of right) if (!seen.has(s.id)) pairs.push({ id: s.id, left: undefined, right: s.html });
  return pairs;
}

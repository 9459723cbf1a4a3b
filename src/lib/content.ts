import { getCollection, type CollectionEntry } from 'astro:content';
import { languages, type Lang } from '../i18n/index.ts';
import { otherLang } from '../i18n/routes.ts';

export type GuideEntry = CollectionEntry<'guide'>;

/** Splits a content id such as `fr/certificates` into its language and slug. */
export function splitId(id: string): { lang: Lang; slug: string } {
  const [lang, ...rest] = id.split('/');
  return { lang: lang as Lang, slug: rest.join('/') };
}

/** A page of the guide in one language, or the other language's page when it is missing there. */
export interface LocalizedGuidePage {
  lang: Lang;
  slug: string;
  entry: GuideEntry;
  /** True when `entry` is in the other language (the page shows a notice). */
  fallback: boolean;
}

/**
 * Every guide slug in every language, ordered by `order`. A slug written in only one language is
 * still served in the other, with the written page and a translated notice instead of a 404.
 */
export async function guidePages(): Promise<LocalizedGuidePage[]> {
  const entries = await getCollection('guide');
  const bySlug = new Map<string, Partial<Record<Lang, GuideEntry>>>();
  for (const entry of entries) {
    const { lang, slug } = splitId(entry.id);
    bySlug.set(slug, { ...bySlug.get(slug), [lang]: entry });
  }
  const pages: LocalizedGuidePage[] = [];
  for (const [slug, versions] of bySlug) {
    for (const lang of languages) {
      const own = versions[lang];
      const entry = own ?? versions[otherLang(lang)]!;
      pages.push({ lang, slug, entry, fallback: !own });
    }
  }
  return pages.sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}

import { languages, type Lang } from '../i18n/index.ts';
import { otherLang } from '../i18n/routes.ts';

/** Splits a content id such as `fr/certificates` into its language and slug. */
export function splitId(id: string): { lang: Lang; slug: string } {
  const [lang, ...rest] = id.split('/');
  return { lang: lang as Lang, slug: rest.join('/') };
}

/** A page in one language, or the other language's page when it is missing there. */
export interface LocalizedPage<T> {
  lang: Lang;
  slug: string;
  entry: T;
  /** True when `entry` is in the other language (the page shows a translated notice). */
  fallback: boolean;
}

/**
 * Serves every slug in every language: a page written in only one language is still served in
 * the other, with the written page and `fallback: true`, instead of a 404.
 * @example localize([{ id: 'en/x' }]) // → en/x (own) and fr/x (fallback to en/x)
 */
export function localize<T extends { id: string }>(entries: readonly T[]): LocalizedPage<T>[] {
  const bySlug = new Map<string, Partial<Record<Lang, T>>>();
  for (const entry of entries) {
    const { lang, slug } = splitId(entry.id);
    bySlug.set(slug, { ...bySlug.get(slug), [lang]: entry });
  }
  const pages: LocalizedPage<T>[] = [];
  for (const [slug, versions] of bySlug) {
    for (const lang of languages) {
      const own = versions[lang];
      pages.push({ lang, slug, entry: own ?? versions[otherLang(lang)]!, fallback: !own });
    }
  }
  return pages;
}

import { isLang, languages, type Lang } from './index.ts';

/** The other language of the pair. */
export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/**
 * The same page in another language: only the language prefix changes, so the slug (shared by both
 * languages) and the anchor (shared section ids) stay the same.
 * @example alternatePath('/fr/guide/certificates/#wildcards', 'en') // → '/en/guide/certificates/#wildcards'
 */
export function alternatePath(pathname: string, target: Lang): string {
  const match = /^\/(fr|en)(\/.*)?$/.exec(pathname);
  if (!match) return `/${target}/`;
  return `/${target}${match[2] ?? '/'}`;
}

/** One `<link rel="alternate" hreflang>` of a page. */
export interface HreflangLink {
  hreflang: Lang | 'x-default';
  href: string;
}

/**
 * The hreflang links of a page, as absolute URLs on `site`: the page in French, in English, and
 * `x-default` — the English page for a page that has a language (English is the default language),
 * the language choice `/` for pages outside both languages.
 * @example hreflangLinks('/fr/lab/', 'https://example.org')
 * // → [{ hreflang: 'fr', href: 'https://example.org/fr/lab/' }, { hreflang: 'en', … '/en/lab/' }, { hreflang: 'x-default', … '/en/lab/' }]
 */
export function hreflangLinks(pathname: string, site: string | URL): HreflangLink[] {
  const absolute = (path: string) => new URL(path, site).href;
  const inLanguage = langOfPath(pathname) !== undefined;
  return [
    ...languages.map((lang) => ({ hreflang: lang, href: absolute(alternatePath(pathname, lang)) })),
    { hreflang: 'x-default' as const, href: absolute(inLanguage ? alternatePath(pathname, 'en') : '/') },
  ];
}

/** The language a path belongs to, if any. */
export function langOfPath(pathname: string): Lang | undefined {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}

/** A site path in a language, always with the trailing slash the site uses. */
export function localePath(lang: Lang, ...segments: string[]): string {
  const rest = segments.filter(Boolean).join('/');
  return rest ? `/${lang}/${rest}/` : `/${lang}/`;
}

/**
 * Chooses the reader's language from the browser's preferences (`navigator.languages`), falling
 * back to English. Used by `/`, which cannot see Accept-Language on a static host.
 * @example pickLanguage(['fr-CA', 'en']) // → 'fr'
 */
export function pickLanguage(preferences: readonly string[]): Lang {
  for (const preference of preferences) {
    const base = preference.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

export { languages };

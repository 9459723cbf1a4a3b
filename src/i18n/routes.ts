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

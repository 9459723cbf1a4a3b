/**
 * The browser's stand-in for src/i18n/dictionaries.ts (swapped in by the client build, see
 * astro.config.mjs): it loads only the dictionary of the page's language, read from
 * `<html lang>`, so a page ships one dictionary instead of two (about 32 KB of gzip saved on every
 * page with an island). The module waits for that dictionary (top-level await), so no island
 * renders before its messages are there. Without a document (a worker), both are loaded.
 * The dictionaries were checked when the site was built (src/i18n/dictionaries.ts). What needs
 * both (the bilingual comments of a `.ps1` file) awaits `loadDictionaries` first.
 */
import type { Lang, MessageKey } from './index.ts';

type Dictionary = Record<MessageKey, string>;

async function load(lang: Lang): Promise<Dictionary> {
  const module = lang === 'fr' ? await import('./fr.json') : await import('./en.json');
  return module.default as Dictionary;
}

const pageLang = typeof document === 'undefined' ? undefined : document.documentElement.lang;

export const loadedDictionaries: Partial<Record<Lang, Dictionary>> =
  pageLang === 'fr' || pageLang === 'en'
    ? { [pageLang]: await load(pageLang) }
    : { en: await load('en'), fr: await load('fr') };

/** Loads the dictionaries of `langs` that this page does not hold yet. */
export async function loadDictionaries(langs: readonly Lang[]): Promise<void> {
  for (const lang of langs) loadedDictionaries[lang] ??= await load(lang);
}

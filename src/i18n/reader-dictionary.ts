/**
 * The browser's stand-in for src/i18n/dictionaries.ts (swapped in by the client build, see
 * astro.config.mjs): it loads only the dictionary of the page's language, read from
 * `<html lang>`, so a page ships one dictionary instead of two (about 32 KB of gzip saved on every
 * page with an island). The module waits for that dictionary (top-level await), so no island
 * renders before its messages are there. Without a document (a worker), both are loaded.
 *
 * A page that names a part of the dictionary (`<html data-messages="runbook">`, see
 * src/i18n/message-parts.ts) loads only that part at first: what its early code can print. The
 * whole dictionary follows when something asks for it (`loadDictionaries`): every island that is
 * not marked as printing only the page's part (src/islands/renderer.ts), and what an early island
 * loads on use. Reading a key outside the loaded part logs an error instead of failing quietly.
 * The dictionaries were checked when the site was built (src/i18n/dictionaries.ts). What needs
 * both (the bilingual comments of a `.ps1` file) awaits `loadDictionaries` first.
 */
import type { Lang, MessageKey } from './index.ts';
import type { MessagePart } from './message-parts.ts';

type Dictionary = Record<MessageKey, string>;

async function load(lang: Lang): Promise<Dictionary> {
  const module = lang === 'fr' ? await import('./fr.json') : await import('./en.json');
  return module.default as Dictionary;
}

/**
 * Each part's chunks (src/i18n/vite-message-parts.ts), one per language; a unit test holds this
 * table to src/i18n/message-parts.ts, whose patterns stay out of the browser's code.
 */
export const partLoaders: Record<MessagePart, Record<Lang, () => Promise<{ default: Record<string, string> }>>> = {
  runbook: { en: () => import('./en.json?part=runbook'), fr: () => import('./fr.json?part=runbook') },
  findings: { en: () => import('./en.json?part=findings'), fr: () => import('./fr.json?part=findings') },
};

async function loadPart(lang: Lang, part: MessagePart): Promise<Dictionary> {
  return (await partLoaders[part][lang]()).default as Dictionary;
}

const root = typeof document === 'undefined' ? undefined : document.documentElement;
const pageLang = root?.lang;
const declaredPart = root?.dataset?.messages;

/** The part this page holds instead of its whole dictionary, until the whole one is loaded. */
let partHeld: { lang: Lang; part: MessagePart } | undefined =
  (pageLang === 'fr' || pageLang === 'en') && declaredPart !== undefined && Object.hasOwn(partLoaders, declaredPart)
    ? { lang: pageLang, part: declaredPart as MessagePart }
    : undefined;

export const loadedDictionaries: Partial<Record<Lang, Dictionary>> = partHeld
  ? { [partHeld.lang]: await loadPart(partHeld.lang, partHeld.part) }
  : pageLang === 'fr' || pageLang === 'en'
    ? { [pageLang]: await load(pageLang) }
    : { en: await load('en'), fr: await load('fr') };

const complete = new Set<Lang>(partHeld ? [] : (Object.keys(loadedDictionaries) as Lang[]));

/** Loads the whole dictionaries of `langs` that this page does not hold yet. */
export async function loadDictionaries(langs: readonly Lang[]): Promise<void> {
  for (const lang of langs) {
    if (complete.has(lang)) continue;
    loadedDictionaries[lang] = await load(lang);
    complete.add(lang);
    if (partHeld?.lang === lang) partHeld = undefined;
  }
}

/** The namespaces (first segments of the keys) of the parts this page holds. */
const namespacesHeld = new Set(partHeld ? Object.keys(loadedDictionaries[partHeld.lang] ?? {}).map((key) => key.split('.')[0]) : []);

/** The parts loaded besides the one the page declares, by language. */
const partsAdded = new Set<string>();

/** True when `lang`'s whole dictionary, or the part, is here. */
export function holdsMessagePart(lang: Lang, part: MessagePart): boolean {
  if (complete.has(lang)) return true;
  if (partHeld?.lang === lang && partHeld.part === part) return true;
  return partsAdded.has(`${lang}:${part}`);
}

/** Adds a part of `lang`'s dictionary to what the page holds (nothing to do once it holds the whole). */
export async function loadMessagePart(lang: Lang, part: MessagePart): Promise<void> {
  if (holdsMessagePart(lang, part)) return;
  const messages = await loadPart(lang, part);
  if (complete.has(lang)) return;
  loadedDictionaries[lang] = { ...loadedDictionaries[lang], ...messages } as Dictionary;
  for (const key of Object.keys(messages)) namespacesHeld.add(key.split('.')[0]);
  partsAdded.add(`${lang}:${part}`);
}

/**
 * Called with a key the loaded dictionary lacks, while the page holds only a part: an error when
 * the key is printed (`t`: the reader would see the key) or, for `hasMessage`, which also asks
 * about keys that may not exist (a finding's variant wording), when no message of the key's
 * namespace is held at all. The size test proves the page's early code names no key outside its
 * part; this catches code that ran before asking for the whole dictionary (browser tests fail on it).
 */
export function reportUnloaded(key: string, printed: boolean): void {
  if (!partHeld || complete.has(partHeld.lang)) return;
  if (printed || !namespacesHeld.has(key.split('.')[0])) {
    console.error(`Passerelle: message “${key}” read before the whole dictionary was loaded (this page holds the “${partHeld.part}” part only)`);
  }
}

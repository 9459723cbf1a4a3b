import { holdsMessagePart, loadDictionaries, loadedDictionaries, loadMessagePart, reportUnloaded } from './dictionaries.ts';
import type { MessagePart } from './message-parts.ts';
import type en from './en.json';

/** The site's languages. French first: Passerelle is written for French-speaking administrators too. */
export const languages = ['fr', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';

/** True when `value` is one of the site's languages. */
export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}

export type MessageKey = keyof typeof en;

/**
 * The colon that ends a label, followed by a space: French typography puts a non-breaking space
 * before it ("Serveur : EX01"), English none ("Server: EX01"). `labelled` joins a label to it.
 */
export function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}

/** "Label:" (English) or "Label\u00a0:" (French), with no space after: a label set apart (a `<dt>`, a heading). */
export function labelled(lang: Lang, label: string): string {
  return label + colon(lang).trimEnd();
}

export { dictionaryProblems } from './dictionary-check.ts';

/**
 * The dictionaries this program holds. On the server, in the CLI and in tests that is both, checked
 * at import (src/i18n/dictionaries.ts). In the browser it is only the page's language: the client
 * build swaps in src/i18n/reader-dictionary.ts (see astro.config.mjs), so a French reader never
 * downloads the English messages, nor the other way round.
 */
export const dictionaries: Partial<Record<Lang, Record<MessageKey, string>>> = loadedDictionaries;

/**
 * Makes sure the dictionaries of `langs` are here: in the browser a page holds its reader's language
 * only, and what writes both (a `.ps1` file's `# FR:` / `# EN:` comments) awaits this first.
 */
export function ensureDictionaries(langs: readonly Lang[] = languages): Promise<void> {
  return loadDictionaries(langs);
}

/**
 * Makes sure a part of `lang`'s dictionary is here (src/i18n/message-parts.ts): a runbook page
 * holds its `runbook` part only, and the profile store loads the `findings` part before the page
 * prints a finding.
 */
export function ensureMessagePart(lang: Lang, part: MessagePart): Promise<void> {
  return loadMessagePart(lang, part);
}

/** True when the messages of a part of `lang`'s dictionary are here (always, but on a page that holds a part). */
export function messagePartHeld(lang: Lang, part: MessagePart): boolean {
  return holdsMessagePart(lang, part);
}

/** A dictionary this program holds, the requested language's first. */
function dictionaryFor(lang: Lang): Record<MessageKey, string> | undefined {
  return dictionaries[lang] ?? dictionaries[lang === 'fr' ? 'en' : 'fr'];
}

/** True when `key` names a message (useful for keys built at run time, e.g. `rule.<id>.title`). */
export function hasMessage(key: string): key is MessageKey {
  return held(key, false);
}

function held(key: string, printed: boolean): key is MessageKey {
  const dictionary = dictionaryFor('en');
  if (dictionary !== undefined && Object.hasOwn(dictionary, key)) return true;
  reportUnloaded(key, printed);
  return false;
}

/**
 * Looks up a message and fills its `{placeholders}`. Unknown placeholders stay visible as
 * `{name}` so a missing parameter is noticed instead of silently dropped.
 * @example t('fr', 'nav.guide') // → 'Guide'
 */
export function t(lang: Lang, key: MessageKey | string, params: Readonly<Record<string, string | number | boolean>> = {}): string {
  const template = held(key, true) ? (dictionaryFor(lang)?.[key] ?? key) : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Returns a `t` bound to one language, for components. */
export function translator(lang: Lang) {
  return (key: MessageKey | string, params?: Readonly<Record<string, string | number | boolean>>) => t(lang, key, params);
}

/** Things the interface counts; each has `count.<noun>.one` and `count.<noun>.other` messages. */
export type CountedNoun = 'error' | 'warning' | 'info' | 'command';

const pluralRules: Record<Lang, Intl.PluralRules> = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };

/**
 * A count with its noun, plural chosen by the language's own rules (French: 0 and 1 are singular).
 * @example countOf('fr', 'error', 0) // → '0 erreur'
 * @example countOf('en', 'error', 0) // → '0 errors'
 */
export function countOf(lang: Lang, noun: CountedNoun, count: number): string {
  const form = pluralRules[lang].select(count) === 'one' ? 'one' : 'other';
  return t(lang, `count.${noun}.${form}`, { count });
}

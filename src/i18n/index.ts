import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

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
 * One strict check for both dictionaries: every key of the English file is required and a
 * non-empty string in both, and neither may carry a key the other lacks. A missing French key
 * therefore throws at import time, which fails `astro build`, `astro check` and the unit tests.
 * A plain loop, not a zod schema: it runs in every page and at every CLI start, and building and
 * running a schema of a few thousand keys cost the CLI most of its start-up.
 */
export function dictionaryProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not an object'];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(en)) {
    const message = record[key];
    if (!Object.hasOwn(record, key)) problems.push(`${key}: missing`);
    else if (typeof message !== 'string') problems.push(`${key}: not a string`);
    else if (message.length === 0) problems.push(`${key}: empty`);
  }
  const extra = Object.keys(record).filter((key) => !Object.hasOwn(en, key));
  if (extra.length > 0) problems.push(`extra keys ${extra.join(', ')}`);
  return problems;
}

function parseDictionary(lang: Lang, value: unknown): Record<MessageKey, string> {
  const problems = dictionaryProblems(value);
  if (problems.length > 0) throw new Error(`src/i18n/${lang}.json does not match src/i18n/en.json:\n  ${problems.join('\n  ')}`);
  return value as Record<MessageKey, string>;
}

export const dictionaries: Record<Lang, Record<MessageKey, string>> = {
  en: parseDictionary('en', en),
  fr: parseDictionary('fr', fr),
};

/** True when `key` names a message (useful for keys built at run time, e.g. `rule.<id>.title`). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(dictionaries.en, key);
}

/**
 * Looks up a message and fills its `{placeholders}`. Unknown placeholders stay visible as
 * `{name}` so a missing parameter is noticed instead of silently dropped.
 * @example t('fr', 'nav.guide') // → 'Guide'
 */
export function t(lang: Lang, key: MessageKey | string, params: Readonly<Record<string, string | number | boolean>> = {}): string {
  const template = hasMessage(key) ? dictionaries[lang][key] : key;
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

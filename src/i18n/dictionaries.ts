/**
 * Both dictionaries, checked at import: what the server render, the CLI, the tests and the editor's
 * lint worker use. A dictionary that lacks a key, or has one the other lacks, throws here, which
 * fails `astro build`, `astro check` and the unit tests. The client build replaces this module with
 * src/i18n/reader-dictionary.ts, which loads only the page's language.
 */
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import { dictionaryProblems } from './dictionary-check.ts';
import type { Lang, MessageKey } from './index.ts';
import type { MessagePart } from './message-parts.ts';

function checked(lang: Lang, value: unknown): Record<MessageKey, string> {
  const problems = dictionaryProblems(value);
  if (problems.length > 0) throw new Error(`src/i18n/${lang}.json does not match src/i18n/en.json:\n  ${problems.join('\n  ')}`);
  return value as Record<MessageKey, string>;
}

export const loadedDictionaries: Partial<Record<Lang, Record<MessageKey, string>>> = {
  en: checked('en', en),
  fr: checked('fr', fr),
};

/** Both dictionaries are already here (see reader-dictionary.ts for the browser's version). */
export async function loadDictionaries(_langs: readonly Lang[]): Promise<void> {}

/** Both dictionaries are whole here: every part of them too. */
export async function loadMessagePart(_lang: Lang, _part: MessagePart): Promise<void> {}

/** Both dictionaries are whole here: every part is held. */
export function holdsMessagePart(_lang: Lang, _part: MessagePart): boolean {
  return true;
}

/** Both dictionaries are whole here: nothing is ever missing for want of loading. */
export function reportUnloaded(_key: string, _printed: boolean): void {}

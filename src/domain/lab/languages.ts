/**
 * UM languages of the lab. A dial plan's `-DefaultLanguage` and an auto attendant's `-Language`
 * are chosen "from the list of available languages", en-US alone unless another UM language pack
 * is installed (New-UMDialPlan.md, Set-UMDialPlan.md, Set-UMAutoAttendant.md). Each lab Mailbox
 * server gets en-US plus the packs its profile needs.
 *
 * The profile has no language field yet, so the need is read from what it has: a dial plan's
 * `language` when a profile carries one, else its country code (33 → fr-FR, 49 → de-DE…), a
 * country without a UM language of its own adding nothing.
 */
import type { Profile } from '../profile/schema.ts';
import { fold } from './state.ts';

/** The language every Exchange 2013/2016 UM server has: it ships with the product. */
export const BUILT_IN_UM_LANGUAGE = 'en-US';

/** The UM language pack a country's callers most likely need (E.164 country code → culture). */
const countryLanguages: Readonly<Record<string, string>> = {
  '1': 'en-US',
  '33': 'fr-FR',
  '44': 'en-GB',
  '49': 'de-DE',
  '34': 'es-ES',
  '39': 'it-IT',
  '31': 'nl-NL',
  '351': 'pt-PT',
  '55': 'pt-BR',
  '52': 'es-MX',
  '61': 'en-AU',
  '81': 'ja-JP',
  '82': 'ko-KR',
  '86': 'zh-CN',
  '7': 'ru-RU',
  '48': 'pl-PL',
  '45': 'da-DK',
  '46': 'sv-SE',
  '47': 'nb-NO',
  '358': 'fi-FI',
  '91': 'en-IN',
};

/** The languages the lab's Mailbox servers have installed for `profile`: en-US first, then the rest sorted. */
export function profileUmLanguages(profile: Profile): string[] {
  const needed = new Set<string>();
  for (const dialPlan of profile.dialPlans) {
    // A future profile field wins over the guess from the country code.
    const declared = (dialPlan as { language?: unknown }).language;
    const language = typeof declared === 'string' && declared !== '' ? declared : countryLanguages[String(dialPlan.countryCode).replace(/^\+/, '')];
    if (language && fold(language) !== fold(BUILT_IN_UM_LANGUAGE)) needed.add(language);
  }
  return [BUILT_IN_UM_LANGUAGE, ...[...needed].sort()];
}

/** The installed spelling of `language` on some server (`fr-fr` → `fr-FR`), or undefined. */
export function installedLanguage(available: readonly string[], language: string): string | undefined {
  return available.find((l) => fold(l) === fold(language));
}

/** Times as the progress islands show them: local hours and minutes, in the reader's language. */
import { inertText } from '../../domain/inert-text.ts';
import type { Lang } from '../../i18n/index.ts';

/**
 * A stored ISO time as a short local time (`21:04`, 24-hour in both languages, like the record).
 * The full ISO time stays in the `datetime` attribute and in the exports.
 */
export function shortTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return inertText(iso); // a hand-edited record: shown, inert
  return date.toLocaleTimeString(lang === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
}

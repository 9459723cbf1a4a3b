/**
 * Catalog messages with their `code` spans as <code>, for every island that shows one (findings,
 * notes, expected outputs). Its own module so the runbook's command blocks need nothing else of
 * the form's finding list.
 */
import { inertText } from '../domain/inert-text.ts';
import { wholeWords } from './whole-words.tsx';

/**
 * Splits a catalog message on its `code` spans so they render as <code> (their words kept whole on
 * a line, see ./whole-words.tsx); the rest stays text.
 * @example codeSpans('Set `Secured` now') // → ['Set ', <code>Secured</code>, ' now']
 */
export function codeSpans(message: string) {
  // Messages quote profile and script values: a bidi override or a zero-width character is shown
  // as its code point, so the message reads as the value stored (src/domain/inert-text.ts).
  const text = inertText(message);
  return text.split(/(`[^`]+`)/g).map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? <code key={i}>{wholeWords([{ text: part.slice(1, -1) }])}</code> : part));
}

/**
 * Words a line must not be cut inside, for every place that shows commands: the islands
 * (src/islands/whole-words.tsx) and the guide's code blocks (src/markdown/rehype-whole-words.ts).
 * Each such word becomes a `word` element (global.css: an inline block no wider than the line),
 * which moves to the next line whole. Pure: no DOM.
 */

/**
 * The characters after which (or, for `%`, before a `\`) the Unicode line-breaking rules let a
 * browser end a line inside a word: hyphens and dashes (HY, BA), `|` (BA), `!` and `?` (EX), `/`
 * (SY), `}` (CL) and `%` (PO). Dots, commas, colons, quotes, `$`, `@`, `_`, `=` and `\` between
 * letters break nowhere (IS, QU, PR and AL hold together with letters), so words made of those
 * need no element: the runbook page of a 2,000-user deployment renders about 10,000 commands
 * into its change-window sheet, and each element costs.
 */
const BREAK_AFTER = /[-\u2010-\u2014|!?/}%]/;

/**
 * Where the words to keep whole are: the white-space-separated words of two characters or more
 * with such a character.
 * @example wholeWordRanges('Get-CsPool -Identity a') // → [[0, 10], [11, 20]]
 */
export function wholeWordRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!BREAK_AFTER.test(text)) return ranges;
  for (const match of text.matchAll(/\S{2,}/g)) {
    if (BREAK_AFTER.test(match[0])) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

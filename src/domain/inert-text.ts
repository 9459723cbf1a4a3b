/**
 * Inert text: the one escaping rule for every human-readable output that can carry a profile or
 * script value (the CLI's text format, the lab terminal, `.ps1` comments, the Markdown record, the
 * change-window views).
 *
 * A profile is operator input, and may be imported from someone else. Printed raw, a server FQDN
 * holding `ESC ]0;… BEL` retitles the operator's terminal, `ESC [2J` clears it, a C1 `CSI`
 * (U+009B) does the same without an ESC, and a right-to-left override (U+202E) makes
 * `sip:‮moc.evil@x` read as another address than the one stored. So every character that is not
 * meant to be seen, or that changes how the rest is seen, is shown as its code point instead:
 *
 * - control characters (Unicode Cc: C0, DEL, C1) as `\u{1b}` — the notation JavaScript and
 *   PowerShell 7 read back;
 * - format characters (Unicode Cf: bidi controls, zero-width characters, the BOM, tag
 *   characters…), the line and paragraph separators (Zl, Zp) and unpaired surrogates as
 *   `⟨U+202E⟩`.
 *
 * Everything else, including every letter of every script, is kept as it is. JSON outputs do not
 * use this: they stay exact (see `inertJson`).
 */

export interface InertTextOptions {
  /**
   * Multi-line text (pasted output, a whole report): keep LF and TAB as they are. CR is still shown
   * (a lone CR moves back to the start of the line and lets what follows overwrite it); CR LF is
   * read as LF first.
   */
  multiline?: boolean;
}

/** One character that `inertText` shows as its code point (a code point, not a UTF-16 unit). */
const hidden = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;
const hiddenAll = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;

/** The visible spelling of one hidden character. */
export function codePointLabel(character: string): string {
  const code = character.codePointAt(0)!;
  if (/\p{Cc}/u.test(character)) return `\\u{${code.toString(16)}}`;
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** True when `text` holds a character `inertText` would rewrite. */
export function hasHiddenCharacters(text: string): boolean {
  return hidden.test(text);
}

/**
 * Shows every control, format and separator character of `text` as its code point, so the text
 * can reach a terminal, a comment or a document without acting on it or reading as something else.
 * @example inertText('mbx\x1b[2J.contoso.com') // → 'mbx\\u{1b}[2J.contoso.com'
 * @example inertText('sip:\u202Emoc.evil@x')   // → 'sip:⟨U+202E⟩moc.evil@x'
 */
export function inertText(text: string, options: InertTextOptions = {}): string {
  const source = options.multiline ? text.replace(/\r\n/g, '\n') : text;
  if (!hidden.test(source)) return source;
  return source.replace(hiddenAll, (character) =>
    options.multiline && (character === '\n' || character === '\t') ? character : codePointLabel(character),
  );
}

/**
 * Where a 1-based column of `line` falls once the line is made inert: the caret under a
 * diagnostic must point at the same character after escaping.
 * @example inertColumn('a\x1bb', 3) // → 8 ('a\\u{1b}' is 7 characters long)
 */
export function inertColumn(line: string, column: number): number {
  return inertText(line.slice(0, Math.max(0, column - 1))).length + 1;
}

/**
 * JSON text with the same value, in which nothing acts on a terminal: `JSON.stringify` already
 * writes C0 controls as `\u00XX`, and this also writes DEL, C1 controls, format characters and the
 * line/paragraph separators that way. They can only occur inside strings, so the value is exactly
 * the same for any JSON reader.
 */
export function inertJson(json: string): string {
  return json.replace(/[\u007f-\u009f\p{Cf}\u2028\u2029]|\p{Cs}/gu, (character) =>
    Array.from({ length: character.length }, (_, i) => `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

/**
 * A value quoted in a message, cut to `max` UTF-16 units with `…` when longer, never between the
 * two halves of a surrogate pair (an emoji cut in half would print as a replacement character).
 * @example clipped('abcdef', 3) // → 'abc…'
 */
export function clipped(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

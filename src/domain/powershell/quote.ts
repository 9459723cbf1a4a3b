/**
 * Safe PowerShell literals for values that come from a deployment profile.
 *
 * Every value a generated command carries goes through this module, never through string
 * concatenation: a profile is operator input (and may be imported from someone else), so a dial
 * plan named `x'; Remove-Item C:\ -Recurse #` must stay a dial plan name and never become code.
 *
 * Two facts about PowerShell drive the design:
 * - inside a single-quoted string nothing is expanded (`$`, backtick and `$(…)` are plain text) and
 *   the only escape is doubling a quote character;
 * - PowerShell treats the typographic single quotes U+2018–U+201B (‘ ’ ‚ ‛) exactly like `'`: any of
 *   them ends a single-quoted string. French text pasted from a word processor carries ’ everywhere,
 *   so each of them must be doubled too.
 */

/** The characters PowerShell accepts as single quotes: `'` and U+2018–U+201B. */
export const SINGLE_QUOTE_CHARACTERS = ["'", '\u2018', '\u2019', '\u201A', '\u201B'] as const;

const singleQuotes = /['\u2018-\u201B]/g;

/**
 * Control characters (C0, DEL, C1), format characters (bidi controls, zero-width characters…) and
 * the Unicode line/paragraph separators cannot be written raw inside a single-quoted string: a line
 * break breaks the one-command-one-line layout of the runbook, NUL is truncated by some clipboards
 * and terminals, an escape sequence acts on the terminal that shows the command, and a right-to-left
 * override makes the command read as another one. They are spelled as `[char]0x…` instead (one per
 * UTF-16 unit, so characters beyond U+FFFF and unpaired surrogates are spelled too).
 */
const controlCharacter = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;

/**
 * Quotes a value as a PowerShell single-quoted string: nothing inside is expanded, every quote
 * character (ASCII and typographic) is doubled.
 *
 * A value holding control characters (newline, NUL, tab…) becomes a parenthesised concatenation
 * such as `('a' + [char]0x0A + 'b')` (always starting with a string), which PowerShell evaluates to the same string in both
 * argument and expression mode while keeping the command on one line.
 * @example quoteLiteral("O'Brien") // → 'O''Brien'
 * @example quoteLiteral('$(calc)') // → '$(calc)'
 */
export function quoteLiteral(value: string): string {
  if (!controlCharacter.test(value)) return singleQuoted(value);
  const parts: string[] = [];
  let run = '';
  for (const character of value) {
    if (controlCharacter.test(character)) {
      if (run) parts.push(singleQuoted(run));
      run = '';
      for (let unit = 0; unit < character.length; unit++) {
        parts.push(`[char]0x${character.charCodeAt(unit).toString(16).toUpperCase().padStart(2, '0')}`);
      }
    } else {
      run += character;
    }
  }
  if (run) parts.push(singleQuoted(run));
  // `[char]10 + 'b'` would be numeric addition; starting with a string makes every `+` a concatenation.
  if (!parts[0]!.startsWith("'")) parts.unshift("''");
  return `(${parts.join(' + ')})`;
}

function singleQuoted(value: string): string {
  return `'${value.replace(singleQuotes, (quote) => quote + quote)}'`;
}

/**
 * A bare argument is allowed only when it is provably inert in PowerShell's argument mode:
 * - it starts with an ASCII letter, so it is never a parameter (`-x`), a number (`1e5`, `0x10`,
 *   `0123`, `1kb` would all be converted), a splat (`@x`), a variable (`$x`) or a comment (`#`);
 * - the rest is ASCII letters, digits and `. - _ : @` only, so there is no whitespace, quote,
 *   backtick, `$`, `;`, `|`, `&`, `(`, `)`, `{`, `}`, `,`, `<`, `>`, `#`, `+`, `=`, no typographic dash
 *   (– — ― are parameter dashes to PowerShell) and no control character.
 * FQDNs, `sip:` addresses, `site:Paris` scopes and enum values such as `Dual` pass; anything else
 * is quoted. The length cap keeps a pathological value readable in a quoted form.
 */
const inertBareArgument = /^[A-Za-z][A-Za-z0-9._:@-]{0,254}$/;

/** True when `value` can be written without quotes in argument mode (see `inertBareArgument`). */
export function isInertBareArgument(value: string): boolean {
  return inertBareArgument.test(value);
}

/**
 * Renders a value for a command argument position: bare when the allow-list proves it inert,
 * otherwise single-quoted. Use only in argument mode (after `-Parameter`); in expression mode
 * (hashtables, `-eq` operands, script blocks) a bare word would be a command call — use
 * `quoteLiteral` there.
 * @example bareOrQuoted('mbx01.contoso.com') // → mbx01.contoso.com
 * @example bareOrQuoted('Paris SIP')         // → 'Paris SIP'
 */
export function bareOrQuoted(value: string): string {
  return isInertBareArgument(value) ? value : quoteLiteral(value);
}

/**
 * A comma list for a multi-valued parameter in argument mode. Elements are quoted individually; an
 * empty list is `@()` so the parameter still receives an (empty) array instead of swallowing the
 * next token.
 * @example quoteList(['mbx01.contoso.com', 'a b']) // → mbx01.contoso.com,'a b'
 */
export function quoteList(values: readonly string[]): string {
  if (values.length === 0) return '@()';
  return values.map(bareOrQuoted).join(',');
}

/**
 * The list-modifier hashtable that adds values to a multi-valued property without replacing it:
 * `-DialPlans @{Add='ParisSIP'}`. A hashtable value is in expression mode, so every element is
 * always quoted.
 * @example addToList('ParisSIP')           // → @{Add='ParisSIP'}
 * @example addToList(['ParisSIP', 'Lyon']) // → @{Add='ParisSIP','Lyon'}
 */
export function addToList(value: string | readonly string[]): string {
  const values = typeof value === 'string' ? [value] : value;
  if (values.length === 0) return '@{Add=@()}';
  return `@{Add=${values.map(quoteLiteral).join(',')}}`;
}

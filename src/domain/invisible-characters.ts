/**
 * Invisible and direction-changing characters: Unicode format characters (category Cf), which a
 * reader cannot see but which change what a value is, or how the text around it reads. Shared by the
 * profile rule `invisible-characters` and the script rule `ps-invisible-characters`.
 *
 * - bidi controls (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) reorder what follows:
 *   `sip:\u202Emoc.evil@x` is shown as `sip:x@live.com` while stored as written;
 * - zero-width characters (U+200B–U+200D, U+2060, U+FEFF, U+180E) and the soft hyphen (U+00AD)
 *   make two names that look the same differ (a thumbprint copied from the certificate console
 *   famously starts with an invisible U+200E);
 * - every other Cf character (tag characters, Arabic number signs, interlinear annotation…).
 */

export type InvisibleKind = 'bidi' | 'zero-width' | 'format';

const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const zeroWidth = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/u;
const formatCharacter = /\p{Cf}/gu;

/** The first invisible character of a value and how many there are, or undefined when none. */
export interface InvisibleCharacters {
  kind: InvisibleKind;
  /** `U+202E` */
  codePoint: string;
  /** 1-based position of the first one, in characters (code points) of the value. */
  position: number;
  count: number;
}

/** What kind of invisible character `character` (one code point) is. */
export function invisibleKind(character: string): InvisibleKind {
  if (bidiControls.test(character)) return 'bidi';
  if (zeroWidth.test(character)) return 'zero-width';
  return 'format';
}

/**
 * Finds the format characters of `value`.
 * @example findInvisibleCharacters('sip:\u202Ea@b') // → { kind: 'bidi', codePoint: 'U+202E', position: 5, count: 1 }
 */
export function findInvisibleCharacters(value: string): InvisibleCharacters | undefined {
  const matches = [...value.matchAll(formatCharacter)];
  const first = matches[0];
  if (!first) return undefined;
  const code = first[0].codePointAt(0)!;
  return {
    kind: invisibleKind(first[0]),
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    position: [...value.slice(0, first.index)].length + 1,
    count: matches.length,
  };
}

/** Offsets `[start, end)` of each run of format characters in `text` (UTF-16 offsets). */
export function invisibleRuns(text: string): Array<{ start: number; end: number; first: string }> {
  const runs: Array<{ start: number; end: number; first: string }> = [];
  for (const match of text.matchAll(formatCharacter)) {
    const last = runs[runs.length - 1];
    const start = match.index;
    if (last && last.end === start) last.end = start + match[0].length;
    else runs.push({ start, end: start + match[0].length, first: match[0] });
  }
  return runs;
}

/**
 * The pasted text before any parser sees it: size and binary limits, a byte-order mark, CRLF or
 * CR line ends, and the lines that are not output (a prompt echoing the command).
 */

/** Above this many characters a paste is refused rather than parsed (a verification output is a few KB). */
export const maxOutputLength = 1_000_000;

/** Why a paste cannot be read at all. */
export type UnreadableReason = 'empty' | 'tooLarge' | 'binary';

/** The text split in lines, or why it cannot be read. */
export type PreparedText = { ok: true; lines: string[] } | { ok: false; reason: UnreadableReason; params: Record<string, string | number> };

/**
 * Splits pasted text into lines (CRLF, LF or CR), drops a byte-order mark and trailing spaces.
 * Refuses empty text, text over `maxOutputLength`, and binary (a NUL or many control characters).
 */
export function prepareText(text: string): PreparedText {
  if (typeof text !== 'string') return { ok: false, reason: 'binary', params: {} };
  if (text.length > maxOutputLength) return { ok: false, reason: 'tooLarge', params: { length: text.length, limit: maxOutputLength } };
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (isBinary(body)) return { ok: false, reason: 'binary', params: {} };
  body = body.replace(/\r\n?/g, '\n');
  if (body.trim() === '') return { ok: false, reason: 'empty', params: {} };
  return { ok: true, lines: body.split('\n').map((l) => l.replace(/[ \t]+$/, '')) };
}

/** A NUL, the replacement character, or more than 1 % of control characters (other than tab, CR, LF, form feed). */
function isBinary(text: string): boolean {
  let control = 0;
  const sample = Math.min(text.length, 65_536);
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    if (code === 0 || code === 0xfffd) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  return control > sample / 100;
}

/**
 * A prompt line that echoes the command: `PS C:\> Get-UMDialPlan …`, `[PS] C:\Windows\system32>…`
 * (Exchange Management Shell), the lab's `[EMS] mbx01 PS C:\>` or cmd's `C:\>`. Returns the
 * command typed after it (possibly empty), or undefined when the line is not a prompt.
 */
export function promptCommand(line: string): string | undefined {
  const match = /^(?:\[[^\]]+\]\s+(?:\S+\s+)?)?(?:PS\s+)?[A-Za-z]:\\[^>]*>\s?(.*)$/.exec(line) ?? /^PS\s*>\s?(.*)$/.exec(line);
  return match ? match[1]!.trim() : undefined;
}

/**
 * True when the text is a PowerShell error record (`+ CategoryInfo … FullyQualifiedErrorId`), which
 * both English and French Windows print with these English labels.
 */
export function isErrorRecord(lines: readonly string[]): boolean {
  return lines.some((l) => /^\s*\+\s*(CategoryInfo|FullyQualifiedErrorId)\s*:/.test(l));
}

/** The first line of an error record's message (`Get-UMDialPlan : The operation couldn't be performed…`). */
export function errorRecordMessage(lines: readonly string[]): string {
  const first = lines.find((l) => l.trim() !== '' && promptCommand(l) === undefined) ?? '';
  return first.trim().slice(0, 200);
}

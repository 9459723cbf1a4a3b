/**
 * The bytes of a script file, and how Windows PowerShell 5.1 reads them back.
 *
 * The Exchange 2013/2016 and Lync/Skype for Business management shells run on Windows PowerShell
 * 5.1, which reads a `.ps1` without a byte order mark in the system's ANSI code page (cp1252 on
 * western systems), not in UTF-8. The UTF-8 bytes of many characters then decode to a quote
 * character PowerShell honours: Œ (U+0152) is C5 92, and 0x92 is ’ in cp1252, which closes a
 * single-quoted string. Without a BOM, `'xŒ; Start-Process calc; #'` would run `Start-Process`.
 * So every script file Passerelle writes starts with the UTF-8 BOM, which makes both Windows
 * PowerShell 5.1 and PowerShell 7 read it as UTF-8, exactly as it was generated.
 */

/** The byte order mark, as a character: UTF-8 encodes it as EF BB BF. */
export const utf8Bom = '\uFEFF';

/**
 * The text of a script file as written to disk or standard output: the BOM, then the script.
 * A text that already starts with a BOM is not given a second one.
 * @example scriptFileText('Get-UMDialPlan\n') // → '\uFEFFGet-UMDialPlan\n'
 */
export function scriptFileText(script: string): string {
  return script.startsWith(utf8Bom) ? script : utf8Bom + script;
}

/** The bytes of a script file: UTF-8 with its BOM (see `scriptFileText`). */
export function scriptFileBytes(script: string): Uint8Array {
  return new TextEncoder().encode(scriptFileText(script));
}

/** Which encoding Windows PowerShell 5.1 picks for a script file's bytes. */
export type WindowsPowerShellEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The encoding Windows PowerShell 5.1 reads a script file in: the one its BOM names, and without a
 * BOM the ANSI code page (cp1252 on western systems; other systems have other code pages, all of
 * which misread UTF-8 just as badly).
 */
export function windowsPowerShellEncoding(bytes: Uint8Array): WindowsPowerShellEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'windows-1252';
}

/**
 * Decodes a script file's bytes as Windows PowerShell 5.1 does (see `windowsPowerShellEncoding`),
 * without the BOM. cp1252 here is the WHATWG `windows-1252` table, which maps the five undefined
 * bytes (81 8D 8F 90 9D) to the control characters of the same value, as Windows does.
 * @example decodeAsWindowsPowerShell(new Uint8Array([0x27, 0xc5, 0x92, 0x27])) // → "'Å’'"
 */
export function decodeAsWindowsPowerShell(bytes: Uint8Array): string {
  const encoding = windowsPowerShellEncoding(bytes);
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}

/** True when the bytes hold non-ASCII text and no BOM: Windows PowerShell 5.1 would misread them. */
export function misreadByWindowsPowerShell(bytes: Uint8Array): boolean {
  return windowsPowerShellEncoding(bytes) === 'windows-1252' && bytes.some((b) => b > 0x7f);
}

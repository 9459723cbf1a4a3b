import { Lexer, isDash, isDoubleQuote, isSingleQuote } from '../powershell/tokenizer.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';

const cp1252 = /* @__PURE__ */ new TextDecoder('windows-1252');
const utf8 = /* @__PURE__ */ new TextEncoder();

/** How Windows PowerShell 5.1 reads one character of a BOM-less UTF-8 file: its bytes in cp1252. */
function misread(character: string): string {
  return cp1252.decode(utf8.encode(character));
}

/** True when the misread text holds a character PowerShell takes as a quote or a parameter dash. */
function changesTheCode(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSingleQuote(c) || isDoubleQuote(c) || isDash(c)) return true;
  }
  return false;
}

/**
 * A script file with non-ASCII text and no byte order mark: Windows PowerShell 5.1 — the engine of
 * the Exchange and Lync management shells — reads it in the ANSI code page (cp1252), not in UTF-8.
 * `é` becomes `Ã©` (a warning: a name is wrong on the server); `Œ` becomes `Å’`, whose `’` closes a
 * quoted value and turns the rest of it into code (an error). Saving the file as "UTF-8 with BOM"
 * fixes both. The rule only runs when the caller knows the file's bytes (`byteOrderMark` set):
 * text pasted into the lab or a page has no encoding to get wrong. cmd.exe scripts are left out
 * (cmd reads in the OEM code page and has no BOM handling).
 */
const rule: ScriptRule = {
  id: 'ps-file-encoding',
  kind: 'script',
  severity: 'error',
  check({ source, options }) {
    if (options.byteOrderMark !== false || options.shell === 'cmd') return [];
    let first: { offset: number; character: string } | undefined;
    for (let offset = 0; offset < source.length; ) {
      const code = source.codePointAt(offset)!;
      const character = String.fromCodePoint(code);
      if (code > 0x7f) {
        const reading = misread(character);
        if (changesTheCode(reading)) {
          return [scriptFinding(rule, new Lexer(source).range(offset, offset + character.length), { variant: 'quote', character, misread: reading })];
        }
        first ??= { offset, character };
      }
      offset += character.length;
    }
    if (!first) return [];
    const range = new Lexer(source).range(first.offset, first.offset + first.character.length);
    return [scriptFinding(rule, range, { variant: 'text', character: first.character, misread: misread(first.character) }, 'warning')];
  },
};

export default rule;

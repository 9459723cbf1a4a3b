import type { Finding } from '../finding.ts';
import type { CommandParameterAst } from '../powershell/ast.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';
import { Lexer } from '../powershell/tokenizer.ts';
import { walk } from '../powershell/visit.ts';

/** Typographic characters PowerShell reads as quotes or dashes, with their ASCII form. */
export const typographicCharacters: Readonly<Record<string, { replacement: string; variant: 'quote' | 'dash' }>> = {
  '\u2018': { replacement: "'", variant: 'quote' },
  '\u2019': { replacement: "'", variant: 'quote' },
  '\u201a': { replacement: "'", variant: 'quote' },
  '\u201b': { replacement: "'", variant: 'quote' },
  '\u201c': { replacement: '"', variant: 'quote' },
  '\u201d': { replacement: '"', variant: 'quote' },
  '\u201e': { replacement: '"', variant: 'quote' },
  '\u2013': { replacement: '-', variant: 'dash' },
  '\u2014': { replacement: '-', variant: 'dash' },
  '\u2015': { replacement: '-', variant: 'dash' },
};

const anyTypographic = /[\u2018-\u201e\u2013-\u2015]/;

/**
 * A typographic quote (‘ ’ ‚ ‛ “ ” „) delimiting a string, or a typographic dash (– — ―) starting a
 * parameter: text pasted from a word processor, a mail or a chat. PowerShell itself accepts them,
 * but Windows PowerShell 5.1 reads a `.ps1` file without a byte order mark in the system's ANSI code
 * page, where each of these characters becomes two or three other characters: the string or the
 * parameter then breaks, far from where the file was edited. Characters inside a string's text or a
 * comment are left alone: they are content, not syntax.
 */
const rule: ScriptRule = {
  id: 'ps-typographic-character',
  kind: 'script',
  severity: 'warning',
  check({ source, parsed }) {
    if (!anyTypographic.test(source)) return [];
    const offsets = new Set<number>();
    walk(parsed.script, (node) => {
      if (node.kind === 'CommandParameter') offsets.add((node as CommandParameterAst).start);
      else if (node.kind === 'StringConstant' || node.kind === 'ExpandableString') {
        const quote = (node as unknown as { quote: string }).quote;
        if (quote === 'single' || quote === 'double') {
          offsets.add(node.start);
          offsets.add(node.end - 1);
        }
      }
    });
    const findings: Finding[] = [];
    // One line table for every finding; it reads CR, LF and CR LF as the parser does.
    const lines = new Lexer(source);
    for (const offset of [...offsets].sort((a, b) => a - b)) {
      const character = source[offset]!;
      const known = Object.hasOwn(typographicCharacters, character) ? typographicCharacters[character] : undefined;
      if (!known) continue;
      findings.push(scriptFinding(rule, lines.range(offset, offset + 1), { variant: known.variant, character, replacement: known.replacement }));
    }
    return findings;
  },
};

export default rule;

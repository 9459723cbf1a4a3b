import type { Finding } from '../finding.ts';
import { invisibleKind, invisibleRuns } from '../invisible-characters.ts';
import { highlightPowerShell, type HighlightKind } from '../powershell/highlight.ts';
import { scriptFinding, type ScriptRule } from '../powershell/script-rule.ts';
import { Lexer } from '../powershell/tokenizer.ts';

/**
 * No invisible or direction-changing character (Unicode category Cf: bidi controls, zero-width
 * characters…) in a script. In a string literal or an argument it is an error: the value sent to
 * the shell is not the one the reader sees (`'sip:\u202Emoc.evil@x'` reads as `sip:x@live.com`),
 * and the same character in code makes the line read as another command (Trojan Source). In a
 * comment it only changes how the script reads: a warning. The profile's values are checked by
 * `invisible-characters`; generated commands spell such characters as `[char]0x…`, never raw.
 */
const rule: ScriptRule = {
  id: 'ps-invisible-characters',
  kind: 'script',
  severity: 'error',
  check({ source, options }) {
    const runs = invisibleRuns(source);
    if (runs.length === 0) return [];
    // Where each run falls: comment, string or other code (cmd.exe scripts: all code).
    const spans: Array<{ kind: HighlightKind; end: number }> = [];
    if (options.shell !== 'cmd') {
      let offset = 0;
      for (const span of highlightPowerShell(source)) spans.push({ kind: span.kind, end: (offset += span.text.length) });
    }
    const kindAt = (offset: number) => spans.find((span) => offset < span.end)?.kind ?? 'plain';
    const lexer = new Lexer(source);
    return runs.map((run): Finding => {
      const where = kindAt(run.start);
      const code = run.first.codePointAt(0)!;
      return scriptFinding(
        rule,
        lexer.range(run.start, run.end),
        {
          variant: invisibleKind(run.first),
          codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
          where: where === 'comment' ? 'comment' : where === 'string' ? 'string' : 'code',
        },
        where === 'comment' ? 'warning' : 'error',
      );
    });
  },
};

export default rule;

/**
 * A small parser for cmd.exe lines (`net stop MSExchangeUM && net start MSExchangeUM`,
 * `cd /d "%CommonProgramFiles%\…\Support"`, `OcsUmUtil.exe`). It builds the same tree as the
 * PowerShell parser — commands whose arguments are plain words — so the same rules (wrong shell,
 * unknown command) apply. cmd.exe has no syntax errors worth reporting here.
 */
import type { CommandAst, ExpressionAst, ParseResult, StatementAst, StringConstantAst } from './ast.ts';
import { isBlank, isNewline, Lexer } from './tokenizer.ts';

/** Parses cmd.exe text. Never throws; never reports diagnostics. */
export function parseCmd(source: string): ParseResult {
  const lx = new Lexer(source);
  const commands: CommandAst[] = [];
  const statements: StatementAst[] = [];
  const len = source.length;
  let pos = 0;

  const word = (start: number, end: number, value: string, quoted: boolean): StringConstantAst => ({
    kind: 'StringConstant',
    value,
    quote: quoted ? 'double' : 'bare',
    start,
    end,
  });

  /** One command up to an operator or line end; null for an empty or comment line. */
  const command = (): CommandAst | null => {
    while (pos < len && isBlank(source.charCodeAt(pos))) pos++;
    if (source.charCodeAt(pos) === 0x40 /* @ */) pos++;
    const start = pos;
    const words: StringConstantAst[] = [];
    while (pos < len) {
      const c = source.charCodeAt(pos);
      if (isNewline(c) || c === 0x26 || c === 0x7c) break;
      if (isBlank(c)) {
        pos++;
        continue;
      }
      if (c === 0x3e || c === 0x3c || ((c >= 0x30 && c <= 0x39) && source.charCodeAt(pos + 1) === 0x3e)) {
        // redirection: skip the operator and its target
        while (pos < len && /[0-9<>&]/.test(source[pos]!)) pos++;
        while (pos < len && isBlank(source.charCodeAt(pos))) pos++;
        while (pos < len && !isBlank(source.charCodeAt(pos)) && !isNewline(source.charCodeAt(pos))) pos++;
        continue;
      }
      const wordStart = pos;
      let value = '';
      let segment = pos;
      let quoted = false;
      while (pos < len) {
        const d = source.charCodeAt(pos);
        if (isBlank(d) || isNewline(d) || d === 0x26 || d === 0x7c || d === 0x3e || d === 0x3c) break;
        if (d === 0x5e /* ^ */ && pos + 1 < len) {
          value += source.slice(segment, pos) + source[pos + 1];
          pos += 2;
          segment = pos;
          continue;
        }
        if (d === 0x22) {
          quoted = true;
          value += source.slice(segment, pos);
          const close = source.indexOf('"', pos + 1);
          const lineEnd = source.slice(pos + 1).search(/[\r\n]/);
          const end = close < 0 || (lineEnd >= 0 && close > pos + 1 + lineEnd) ? (lineEnd < 0 ? len : pos + 1 + lineEnd) : close;
          value += source.slice(pos + 1, end);
          pos = end < len && source.charCodeAt(end) === 0x22 ? end + 1 : end;
          segment = pos;
          continue;
        }
        pos++;
      }
      value += source.slice(segment, pos);
      if (words.length === 0 && (/^rem$/i.test(value) || value.startsWith('::'))) {
        while (pos < len && !isNewline(source.charCodeAt(pos))) pos++;
        return null;
      }
      words.push(word(wordStart, pos, value, quoted));
    }
    if (words.length === 0) return null;
    const [name, ...rest] = words as [StringConstantAst, ...StringConstantAst[]];
    const end = words[words.length - 1]!.end;
    const node: CommandAst = {
      kind: 'Command',
      invocation: null,
      name,
      nameText: name.value,
      elements: rest as ExpressionAst[],
      redirections: [],
      receivesPipelineInput: false,
      pipelineIndex: 0,
        start,
      end,
    };
    commands.push(node);
    return node;
  };

  while (pos < len) {
    const c = source.charCodeAt(pos);
    if (isNewline(c) || isBlank(c)) {
      pos++;
      continue;
    }
    let left: StatementAst | null = null;
    let index = 0;
    let pending: '&&' | '||' | '&' = '&';
    for (;;) {
      const cmd = command();
      let statement: StatementAst | null = null;
      if (cmd) {
        cmd.pipelineIndex = index;
        cmd.receivesPipelineInput = index > 0;
        statement = { kind: 'Pipeline', elements: [cmd], background: false, start: cmd.start, end: cmd.end };
      }
      if (statement) {
        left = left
          ? { kind: 'Chain', left, operator: pending, right: statement, start: left.start, end: statement.end }
          : statement;
      }
      const d = source.charCodeAt(pos);
      if (d === 0x26 || d === 0x7c) {
        const doubled = source.charCodeAt(pos + 1) === d;
        index = d === 0x7c && !doubled ? index + 1 : 0;
        pending = doubled ? (d === 0x26 ? '&&' : '||') : '&';
        pos += doubled ? 2 : 1;
        continue;
      }
      break;
    }
    if (left) statements.push(left);
    while (pos < len && !isNewline(source.charCodeAt(pos))) pos++;
  }
  return {
    script: { kind: 'Script', statements, start: 0, end: len },
    commands,
    diagnostics: [],
    source,
    lines: lx.lines,
  };
}

import { describe, expect, it } from 'vitest';
import { parseCmd } from '../../../src/domain/powershell/cmd-parser.ts';
import { rangeOf } from '../../../src/domain/powershell/script-rule.ts';

const commands = (source: string) =>
  parseCmd(source).commands.map((c) => [c.nameText, ...c.elements.map((e) => (e.kind === 'StringConstant' ? e.value : e.kind))]);

describe('cmd.exe parser', () => {
  it('splits on && || & | and newlines', () => {
    expect(commands('net stop MSExchangeUM && net start MSExchangeUM')).toEqual([
      ['net', 'stop', 'MSExchangeUM'],
      ['net', 'start', 'MSExchangeUM'],
    ]);
    const r = parseCmd('a || b & c\nd | e');
    expect(r.commands.map((c) => [c.nameText, c.receivesPipelineInput])).toEqual([
      ['a', false],
      ['b', false],
      ['c', false],
      ['d', false],
      ['e', true],
    ]);
    const chain = r.script.statements[0]!;
    expect(chain.kind === 'Chain' && chain.left.kind === 'Chain' && [chain.left.operator, chain.operator]).toEqual(['||', '&']);
  });

  it('keeps quoted words whole, handles ^ escapes, @ and comments', () => {
    expect(commands('cd /d "%CommonProgramFiles%\\Microsoft Lync Server 2013\\Support"')).toEqual([
      ['cd', '/d', '%CommonProgramFiles%\\Microsoft Lync Server 2013\\Support'],
    ]);
    expect(commands('echo a^&b')).toEqual([['echo', 'a&b']]);
    expect(commands('@echo off\nrem note\n:: note\nOcsUmUtil.exe')).toEqual([['echo', 'off'], ['OcsUmUtil.exe']]);
  });

  it('drops redirections', () => {
    expect(commands('net start MSExchangeUM > c:\\log.txt 2>&1')).toEqual([['net', 'start', 'MSExchangeUM']]);
  });

  it('gives exact ranges and no diagnostics', () => {
    const r = parseCmd('net stop X\r\n  net start X');
    expect(r.diagnostics).toEqual([]);
    expect(rangeOf(r, r.commands[1]!)).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 14 });
  });
});

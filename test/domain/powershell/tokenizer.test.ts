import { describe, expect, it } from 'vitest';
import { isDash, isDoubleQuote, isSingleQuote, Lexer, lineStarts } from '../../../src/domain/powershell/tokenizer.ts';

const arg = (source: string, pos = 0) => new Lexer(source).scanArgument(pos);
const expr = (source: string, pos = 0) => new Lexer(source).scanExpression(pos);

describe('character classes', () => {
  it('knows the quote and dash characters PowerShell accepts', () => {
    for (const c of "'\u2018\u2019\u201A\u201B") expect(isSingleQuote(c.charCodeAt(0)), c).toBe(true);
    for (const c of '"\u201C\u201D\u201E') expect(isDoubleQuote(c.charCodeAt(0)), c).toBe(true);
    for (const c of '-\u2013\u2014\u2015') expect(isDash(c.charCodeAt(0)), c).toBe(true);
    expect(isSingleQuote('`'.charCodeAt(0))).toBe(false);
    expect(isDoubleQuote('\u00AB'.charCodeAt(0))).toBe(false); // « is not a quote
    expect(isDash('\u2212'.charCodeAt(0))).toBe(false); // the minus sign is not a dash
  });
});

describe('argument mode', () => {
  it.each([
    ['-Identity', 'parameter', 'Identity', false],
    ['-Name:value', 'parameter', 'Name', true],
    ['\u2013Identity x', 'parameter', 'Identity', false],
    ['\u2014Name', 'parameter', 'Name', false],
  ] as const)('%s is a parameter', (source, kind, value, colon) => {
    const t = arg(source);
    expect([t.kind, t.value, t.colon]).toEqual([kind, value, colon]);
  });

  it.each([
    ['MSExchangeUM', 'MSExchangeUM'],
    ['1:1', '1:1'],
    ['C:\\Program` Files\\x', 'C:\\Program Files\\x'],
    ['10.0.0.1', '10.0.0.1'],
    ["a'b c'd", 'ab cd'],
    ['sip:alice@contoso.com', 'sip:alice@contoso.com'],
    ['-', '-'],
    ['7z.exe', '7z.exe'],
  ])('%s is one word with value %s', (source, value) => {
    const t = arg(source);
    expect([t.kind, t.value, t.end]).toEqual(['word', value, source.length]);
  });

  it('stops words at separators', () => {
    expect(arg('UM,UMCallRouter').end).toBe(2);
    expect(arg('a;b').end).toBe(1);
    expect(arg('a|b').end).toBe(1);
    expect(arg('a)').end).toBe(1);
    expect(arg('a b').end).toBe(1);
    expect(arg('a>b').end).toBe(1);
  });

  it.each([
    ['5060', 5060],
    ['-5', -5],
    ['0x1F', 31],
    ['1kb', 1024],
    ['2.5', 2.5],
    ['1e3', 1000],
  ])('%s is the number %d', (source, value) => {
    const t = arg(source);
    expect([t.kind, t.number]).toEqual(['number', value]);
  });

  it('reads variables, splats and openers', () => {
    expect([arg('$exscripts').kind, arg('$exscripts').value]).toEqual(['variable', 'exscripts']);
    expect(arg('${a b}').value).toBe('a b');
    expect(arg('$env:ExchangeInstallPath').value).toBe('env:ExchangeInstallPath');
    expect([arg('@params').kind, arg('@params').value]).toEqual(['splat', 'params']);
    expect(arg('$(x)').kind).toBe('$(');
    expect(arg('@(x)').kind).toBe('@(');
    expect(arg('@{a=1}').kind).toBe('@{');
    expect(arg('$exscripts\\ExchUcUtil.ps1').kind).toBe('word');
    expect(arg('$exscripts\\ExchUcUtil.ps1').expandable).toBe(true);
  });

  it('reads --, --% and redirections', () => {
    expect(arg('-- -x').kind).toBe('--');
    expect(arg('--% a b').kind).toBe('--%');
    expect(arg('2>&1').value).toBe('2>&1');
    expect(arg('>> log.txt').value).toBe('>>');
    expect(arg('*> x').value).toBe('*>');
  });
});

describe('strings', () => {
  it('doubles quotes in single-quoted strings, any quote character', () => {
    expect(arg("'it''s'").value).toBe("it's");
    expect(arg("'it\u2019\u2019s'").value).toBe('it\u2019s');
    expect(arg("'it'\u2019s'").value).toBe('it\u2019s');
    expect(arg("'$(not) `n expanded'").value).toBe('$(not) `n expanded');
  });

  it('processes backtick escapes and doubled quotes in double-quoted strings', () => {
    expect(arg('"a`tb`n"').value).toBe('a\tb\n');
    expect(arg('"say ""hi"""').value).toBe('say "hi"');
    expect(arg('"a`"b"').value).toBe('a"b');
    // any double quote closes, so “ right after the opening " ends the string; doubled, it escapes
    expect(arg('"\u201Ctypographic\u201D"').value).toBe('typographic');
    expect(arg('"a\u201C\u201Db"').value).toBe('a\u201Db');
  });

  it('keeps a sub-expression with its own quotes inside a double-quoted string', () => {
    const t = arg('"a $(Get-Date -Format ")") b" rest');
    expect([t.kind, t.end, t.expandable]).toEqual(['string', 29, true]);
  });

  it('flags unterminated strings', () => {
    expect(arg("'abc").unterminated).toBe(true);
    expect(arg('"abc').unterminated).toBe(true);
    expect(arg('"a $(b"').unterminated).toBe(true);
  });

  it('reads here-strings', () => {
    const single = arg("@'\nline 'one'\n  two\n'@");
    expect([single.kind, single.quote, single.value]).toEqual(['string', 'hereSingle', "line 'one'\n  two"]);
    const double = arg('@"\r\nhello $name\r\n"@');
    expect([double.quote, double.value, double.expandable]).toEqual(['hereDouble', 'hello $name', true]);
    expect(arg("@'\nno end").unterminated).toBe(true);
    expect(arg("@'x'@").kind).toBe('word'); // not a here-string: the opener must end its line
  });

  it('lists the expandable parts of a string body', () => {
    const source = '"$a and ${b c} and $env:X and $(1+1) and $x.Name"';
    const lexer = new Lexer(source);
    const t = lexer.scanArgument(0);
    const parts = lexer.expandableParts(t.contentStart!, t.contentEnd!);
    expect(parts.map((p) => [p.kind, p.name ?? source.slice(p.innerStart!, p.innerEnd!)])).toEqual([
      ['variable', 'a'],
      ['variable', 'b c'],
      ['variable', 'env:X'],
      ['subexpression', '1+1'],
      ['variable', 'x'],
    ]);
  });
});

describe('expression mode', () => {
  it.each([
    ['-eq', '-eq'],
    ['-IMatch', '-imatch'],
    ['\u2013and', '-and'],
    ['-f', '-f'],
    ['..', '..'],
    ['++', '++'],
    ['!', '!'],
  ])('%s is the operator %s', (source, value) => {
    const t = expr(source);
    expect([t.kind, t.value]).toEqual(['operator', value]);
  });

  it('separates a number from a range operator', () => {
    const t = expr('1..5');
    expect([t.kind, t.end]).toEqual(['number', 1]);
  });

  it('reads identifiers, assignment operators and ::', () => {
    expect(expr('Password)').kind).toBe('identifier');
    expect(expr('+= 1').kind).toBe('assign');
    expect(expr('::ReadAllBytes').kind).toBe('::');
    expect(expr('-foo').kind).toBe('parameter');
  });
});

describe('trivia and positions', () => {
  it('skips comments, block comments and line continuations', () => {
    const source = 'a `\n  # comment\n<# block #> b';
    const lexer = new Lexer(source);
    expect(lexer.skipTrivia(1, false)).toBe(source.indexOf('\n<#')); // stops at the newline after the comment
    expect(lexer.skipTrivia(1, true)).toBe(source.lastIndexOf('b'));
  });

  it('maps offsets to 1-based lines and columns for LF, CRLF and CR', () => {
    const lexer = new Lexer('ab\ncd\r\nef\rgh');
    expect(lexer.position(0)).toEqual({ line: 1, column: 1 });
    expect(lexer.position(4)).toEqual({ line: 2, column: 2 });
    expect(lexer.position(7)).toEqual({ line: 3, column: 1 });
    expect(lexer.position(10)).toEqual({ line: 4, column: 1 });
    expect(lexer.range(3, 5)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 3 });
  });

  it('finds line starts alike in a text with LF only (searched for) and one with CR (read character by character)', () => {
    expect(lineStarts('ab\ncd\n\nef\n')).toEqual([0, 3, 6, 7, 10]);
    expect(lineStarts('')).toEqual([0]);
    expect(lineStarts('ab')).toEqual([0]);
    expect(lineStarts('\n')).toEqual([0, 1]);
    expect(lineStarts('ab\r\ncd\n\ref\r')).toEqual([0, 4, 7, 8, 11]);
  });

  it('reports an unclosed block comment', () => {
    const starts: number[] = [];
    const lexer = new Lexer('a <# never');
    expect(lexer.skipTrivia(1, false, (s) => starts.push(s))).toBe(10);
    expect(starts).toEqual([2]);
  });
});

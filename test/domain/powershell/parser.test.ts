import { describe, expect, it } from 'vitest';
import type { CommandAst, ExpressionAst, StatementAst } from '../../../src/domain/powershell/ast.ts';
import { maxNesting, parseScript, statementExpression } from '../../../src/domain/powershell/parser.ts';
import { staticValue } from '../../../src/domain/powershell/values.ts';
import { nameRange } from '../../../src/domain/powershell/rule-support.ts';
import { rangeOf } from '../../../src/domain/powershell/script-rule.ts';

/** A compact, readable picture of a command: name, then -Param[:kind] and argument kinds/values. */
function picture(command: CommandAst): string {
  const parts = [command.nameText ?? `<${command.name.kind}>`];
  for (const e of command.elements) {
    if (e.kind === 'CommandParameter') parts.push(`-${e.name}${e.colon ? ':' : ''}${e.argument ? describeExpr(e.argument) : ''}`);
    else if (e.kind === 'EndOfParameters') parts.push('--');
    else if (e.kind === 'StopParsing') parts.push(`--% ${e.text}`);
    else parts.push(describeExpr(e));
  }
  return parts.join(' ');
}

function describeExpr(e: ExpressionAst): string {
  const v = staticValue(e);
  switch (e.kind) {
    case 'StringConstant':
      return `'${e.value}'`;
    case 'Number':
      return String(e.value);
    case 'Variable':
      return `${e.splatted ? '@' : '$'}${e.name}`;
    case 'ArrayLiteral':
      return `[${e.elements.map(describeExpr).join(',')}]`;
    default:
      return v.kind === 'unknown' ? e.kind : `${e.kind}`;
  }
}

const commandsOf = (source: string) => {
  const r = parseScript(source);
  expect(r.diagnostics, source).toEqual([]);
  return r.commands.map(picture);
};

describe('commands in argument mode', () => {
  it.each([
    ['Get-UMService', ['Get-UMService']],
    ['Set-UMService -Identity mbx01 -UMStartupMode Dual', ["Set-UMService -Identity 'mbx01' -UMStartupMode 'Dual'"]],
    ['Set-UMIPGateway -Identity 1:1 -OutcallsAllowed:$false', ["Set-UMIPGateway -Identity '1:1' -OutcallsAllowed:$false"]],
    ['Set-UMIPGateway -Identity: 1:1', ["Set-UMIPGateway -Identity:'1:1'"]],
    ['Enable-ExchangeCertificate -Services UM,UMCallRouter', ["Enable-ExchangeCertificate -Services ['UM','UMCallRouter']"]],
    ['Format-Table Name, Address ,Port', ["Format-Table ['Name','Address','Port']"]],
    ['Format-List Name,\n  Address', ["Format-List ['Name','Address']"]],
    ['Set-X -Port 5060 -Size 10MB -Neg -1', ['Set-X -Port 5060 -Size 10485760 -Neg -1']],
    ["Set-UMDialPlan -Identity 'it''s'", ["Set-UMDialPlan -Identity 'it's'"]],
    ['Set-UMDialPlan \u2013Identity \u2018x\u2019', ["Set-UMDialPlan -Identity 'x'"]],
    ['Get-X -- -NotAParameter', ["Get-X -- '-NotAParameter'"]],
    ['icacls.exe --% /grant x:(F)', ['icacls.exe --% /grant x:(F)']],
    ['Get-UMService @params -Verbose', ['Get-UMService @params -Verbose']],
    ['Get-X C:\\Program` Files\\x.txt', ["Get-X 'C:\\Program Files\\x.txt'"]],
  ])('%s', (source, expected) => {
    expect(commandsOf(source)).toEqual(expected);
  });

  it('parses member access and static calls in arguments', () => {
    const r = parseScript("Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('C:\\c.pfx')) -Password (Get-Credential).Password");
    expect(r.diagnostics).toEqual([]);
    const cmd = r.commands[0]!;
    const fileData = cmd.elements[1]!;
    expect(fileData.kind).toBe('ParenExpression');
    const inner = fileData.kind === 'ParenExpression' ? statementExpression(fileData.pipeline) : undefined;
    expect(inner?.kind).toBe('InvokeMember');
    if (inner?.kind === 'InvokeMember') {
      expect(inner.isStatic).toBe(true);
      expect(inner.target.kind).toBe('TypeLiteral');
      expect(inner.arguments.map((a) => staticValue(a))).toEqual([{ kind: 'string', value: 'C:\\c.pfx', quote: 'single' }]);
    }
    const password = cmd.elements[3]!;
    expect(password.kind).toBe('MemberAccess');
    expect(r.commands.map((c) => c.nameText)).toEqual(['Import-ExchangeCertificate', 'Get-Credential']);
  });

  it('parses hashtables of list modifiers', () => {
    const r = parseScript(`Set-UMService -Identity mbx01 -DialPlans @{Add="ParisSIP","LyonSIP"; Remove='Old'}`);
    expect(r.diagnostics).toEqual([]);
    const value = r.commands[0]!.elements[3]!;
    expect(value.kind).toBe('Hashtable');
    const sv = staticValue(value as ExpressionAst);
    expect(sv.kind).toBe('hashtable');
    if (sv.kind === 'hashtable') {
      expect([...sv.entries.keys()]).toEqual(['add', 'remove']);
      expect(sv.entries.get('add')).toMatchObject({ kind: 'list', items: [{ value: 'ParisSIP' }, { value: 'LyonSIP' }] });
    }
  });

  it('parses multi-line hashtables without semicolons', () => {
    const r = parseScript('$p = @{\n  Identity = "mbx01"\n  UMStartupMode = "Dual"\n}\nSet-UMService @p');
    expect(r.diagnostics).toEqual([]);
    expect(r.script.statements.map((s) => s.kind)).toEqual(['Assignment', 'Pipeline']);
  });

  it('records which commands receive pipeline input', () => {
    const r = parseScript("Get-ExchangeCertificate | Where-Object { $_.Services -match 'UM' } | ft Thumbprint,Subject");
    expect(r.diagnostics).toEqual([]);
    expect(r.commands.map((c) => [c.nameText, c.receivesPipelineInput, c.pipelineIndex])).toEqual([
      ['Get-ExchangeCertificate', false, 0],
      ['Where-Object', true, 1],
      ['ft', true, 2],
    ]);
    const block = r.commands[1]!.elements[0]!;
    expect(block.kind).toBe('ScriptBlock');
    if (block.kind === 'ScriptBlock') {
      const e = statementExpression(block.body.statements[0]);
      expect(e).toMatchObject({ kind: 'Binary', operator: '-match', left: { kind: 'MemberAccess' }, right: { kind: 'StringConstant', value: 'UM' } });
    }
  });

  it('an expression first in a pipeline feeds the command', () => {
    const r = parseScript('"MSExchangeUM","MSExchangeUMCR" | Restart-Service');
    expect(r.diagnostics).toEqual([]);
    expect(r.commands[0]!.receivesPipelineInput).toBe(true);
  });

  it('parses invocations: & call, dot-source, script paths and native programs', () => {
    expect(commandsOf('& "C:\\Program Files\\x.exe" /a')).toEqual(["C:\\Program Files\\x.exe '/a'"]);
    expect(commandsOf('& $cmd -x')).toEqual(['<Variable> -x']);
    expect(commandsOf('. .\\helpers.ps1')).toEqual(['.\\helpers.ps1']);
    expect(commandsOf('cd $exscripts; .\\ExchUcUtil.ps1 -Forest:"corp.contoso.com"')).toEqual(['cd $exscripts', ".\\ExchUcUtil.ps1 -Forest:'corp.contoso.com'"]);
    expect(commandsOf('net stop MSExchangeUM')).toEqual(["net 'stop' 'MSExchangeUM'"]);
  });

  it('keeps redirections out of the arguments', () => {
    const r = parseScript('Get-UMService > c:\\um.txt 2>&1');
    expect(r.diagnostics).toEqual([]);
    expect(r.commands[0]!.elements).toEqual([]);
    expect(r.commands[0]!.redirections.map((x) => x.operator)).toEqual(['>', '2>&1']);
  });
});

describe('statements', () => {
  const kinds = (source: string) => {
    const r = parseScript(source);
    expect(r.diagnostics, source).toEqual([]);
    return r.script.statements.map((s: StatementAst) => s.kind);
  };

  it('separates statements with ; and newlines, and continues lines with a backtick', () => {
    expect(kinds('a; b\nc')).toEqual(['Pipeline', 'Pipeline', 'Pipeline']);
    const r = parseScript('Set-UMService -Identity mbx01 `\n  -UMStartupMode Dual');
    expect(r.diagnostics).toEqual([]);
    expect(r.commands.map(picture)).toEqual(["Set-UMService -Identity 'mbx01' -UMStartupMode 'Dual'"]);
  });

  it('ignores comments', () => {
    expect(kinds('# a comment\nGet-UMService # trailing\n<# block\ncomment #>\nGet-UMDialPlan')).toEqual(['Pipeline', 'Pipeline']);
    expect(commandsOf('Get-X a#b')).toEqual(["Get-X 'a#b'"]);
  });

  it('parses assignments', () => {
    const r = parseScript('$c = Get-Credential "contoso\\alice"; $n += 1; $a, $b = 1, 2');
    expect(r.diagnostics).toEqual([]);
    expect(r.script.statements.map((s) => (s.kind === 'Assignment' ? s.operator : s.kind))).toEqual(['=', '+=', '=']);
    expect(r.commands.map(picture)).toEqual(["Get-Credential 'contoso\\alice'"]);
  });

  it('parses control statements and finds the commands inside them', () => {
    const source = [
      'param([string]$Server = "mbx01", [switch]$Force)',
      'function Restart-Um { param($Name) Restart-Service $Name }',
      'foreach ($s in @("mbx01","mbx02")) { Set-UMService -Identity $s -UMStartupMode Dual }',
      'if ($Force) { Restart-Um MSExchangeUM } elseif ($x -gt 1) { Write-Host a } else { Write-Host b }',
      'for ($i = 0; $i -lt 3; $i++) { Start-Sleep 1 }',
      'while ($false) { break }',
      'do { $i-- } until ($i -le 0)',
      'try { Get-UMService -ErrorAction Stop } catch [System.Exception] { Write-Warning $_ } finally { Write-Host done }',
      'switch -regex ($mode) { "^TLS" { Write-Host tls } default { Write-Host other } }',
      'return',
    ].join('\n');
    const r = parseScript(source);
    expect(r.diagnostics).toEqual([]);
    expect(r.script.statements.map((s) => s.kind)).toEqual(['ParamBlock', 'Function', 'Loop', 'If', 'Loop', 'Loop', 'Loop', 'Try', 'Switch', 'Flow']);
    expect(r.commands.map((c) => c.nameText)).toEqual([
      'Restart-Service', 'Set-UMService', 'Restart-Um', 'Write-Host', 'Write-Host', 'Start-Sleep',
      'Get-UMService', 'Write-Warning', 'Write-Host', 'Write-Host', 'Write-Host',
    ]);
  });

  it('parses expressions with PowerShell precedence', () => {
    const r = parseScript('$x = 1 + 2 * 3 -eq 7 -and -not $false');
    expect(r.diagnostics).toEqual([]);
    const a = r.script.statements[0]!;
    const value = a.kind === 'Assignment' ? statementExpression(a.value) : undefined;
    expect(value).toMatchObject({
      kind: 'Binary',
      operator: '-and',
      left: { kind: 'Binary', operator: '-eq', left: { operator: '+', right: { operator: '*' } } },
      right: { kind: 'Unary', operator: '-not' },
    });
  });

  it('parses sub-expressions inside double-quoted strings, with their commands', () => {
    const r = parseScript('Write-Host "Mode: $((Get-UMService -Identity mbx01).UMStartupMode) on $env:COMPUTERNAME"');
    expect(r.diagnostics).toEqual([]);
    expect(r.commands.map((c) => c.nameText)).toEqual(['Write-Host', 'Get-UMService']);
    const arg = r.commands[0]!.elements[0]!;
    expect(arg.kind).toBe('ExpandableString');
    if (arg.kind === 'ExpandableString') expect(arg.nested.map((n) => n.kind)).toEqual(['SubExpression', 'Variable']);
  });

  it('parses casts, type literals, indexes and method calls', () => {
    const r = parseScript("$b = [int]'5'; $t = [System.IO.Path]::GetTempPath(); $first = $list[0].Name.ToUpper()");
    expect(r.diagnostics).toEqual([]);
  });
});

describe('ranges', () => {
  it('gives every node its exact 1-based range, end exclusive', () => {
    const source = 'Get-UMService |\n  Set-UMService -UMStartupMode Dual';
    const r = parseScript(source);
    const set = r.commands[1]!;
    expect(rangeOf(r, set)).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 36 });
    const parameter = set.elements[0]!;
    expect(parameter.kind === 'CommandParameter' && nameRange(r, parameter)).toEqual({ line: 2, column: 17, endLine: 2, endColumn: 31 });
    expect(source.slice(set.start, set.end)).toBe('Set-UMService -UMStartupMode Dual');
  });
});

describe('diagnostics', () => {
  it.each([
    ["Get-X 'abc", 'unclosed', { opener: "'", expected: "'" }, 1, 7],
    ['Get-X "abc', 'unclosed', { opener: '"', expected: '"' }, 1, 7],
    ['(Get-X', 'unclosed', { opener: '(', expected: ')' }, 1, 1],
    ['Get-X @{a=1', 'unclosed', { opener: '@{', expected: '}' }, 1, 7],
    ['Get-X {\n a', 'unclosed', { opener: '{', expected: '}' }, 1, 7],
    ['$x = $(Get-X', 'unclosed', { opener: '$(', expected: ')' }, 1, 6],
    ["$t = @'\nabc", 'unclosed', { opener: "@'", expected: "'@" }, 1, 6],
    ['Get-X )', 'unexpected', { token: ')' }, 1, 7],
    ['Get-X |', 'unexpected', { token: '|' }, 1, 7],
    ['a && b', 'chain', { operator: '&&' }, 1, 3],
    ['$x -eq foo', 'unexpected', { token: 'foo' }, 1, 8],
    ['Get-X -P a,', 'unexpected', { token: ',' }, 1, 11],
  ] as const)('%s', (source, code, params, line, column) => {
    const r = parseScript(source);
    expect(r.diagnostics[0]).toMatchObject({ code, params, range: { line, column } });
  });

  it('recovers after an error and still parses what follows', () => {
    const r = parseScript('Get-X )\nSet-UMService -Identity mbx01');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.commands.map((c) => c.nameText)).toEqual(['Get-X', 'Set-UMService']);
  });

  it('survives very deep nesting without a stack overflow, with one diagnostic of its own', () => {
    const r = parseScript('('.repeat(5000) + 'x' + ')'.repeat(5000));
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'unexpected', params: expect.objectContaining({ variant: 'too-deep', limit: String(maxNesting) }) })]);
  });

  it.each([
    ['parentheses', (n: number) => `Write-Output ${'('.repeat(n)}1${')'.repeat(n)}`],
    ['parentheses in an assignment', (n: number) => `$x = ${'('.repeat(n)}1${')'.repeat(n)}`],
    ['array subexpressions', (n: number) => `$x = ${'@('.repeat(n)}1${')'.repeat(n)}`],
    ['subexpressions in a string', (n: number) => `"${'$('.repeat(n)}1${')'.repeat(n)}"`],
    ['script blocks', (n: number) => `$x = ${'{'.repeat(n)}1${'}'.repeat(n)}`],
    ['hashtables', (n: number) => `$x = ${'@{a='.repeat(n)}1${'}'.repeat(n)}`],
    ['if blocks', (n: number) => `${'if ($true) {'.repeat(n)}1${'}'.repeat(n)}`],
  ])('parses %s nested 60 and 250 deep as PowerShell does; past the limit, one too-deep diagnostic', (_, nest) => {
    expect(parseScript(nest(60)).diagnostics).toEqual([]);
    expect(parseScript(nest(250)).diagnostics).toEqual([]);
    const deep = parseScript(nest(2 * maxNesting));
    expect(deep.diagnostics).toHaveLength(1);
    expect(deep.diagnostics[0]!.params.variant).toBe('too-deep');
  });
});

/**
 * The lab's ConvertTo-Json and what the inventory scripts lean on: Windows PowerShell 5.1's
 * layout (four spaces from the column a nested value starts at, two after each colon, the
 * serializer's escapes), -Depth and -Compress, calculated properties, [string[]] casts, and lists
 * of one item kept in assignments and hashtables.
 */
import { describe, expect, it } from 'vitest';
import { convertToJson } from '../../../src/domain/lab/json.ts';
import { Tab, text } from './helpers.ts';

const json = (line: string) => {
  const tab = new Tab();
  return text(tab.ok(line));
};

describe('ConvertTo-Json in the lab', () => {
  it('lays nested values out as Windows PowerShell 5.1 does', () => {
    // The shape of the 5.1 output quoted in PowerShell/PowerShell#2736.
    expect(json("@{ foo = @{ second = 'bbbbbbbb' }; dan = 15 } | ConvertTo-Json")).toBe(
      ['{', '    "foo":  {', '                "second":  "bbbbbbbb"', '            },', '    "dan":  15', '}'].join('\n'),
    );
    expect(json("@{ a = @(1, 2); b = @() } | ConvertTo-Json")).toBe(
      ['{', '    "a":  [', '              1,', '              2', '          ],', '    "b":  [', '', '          ]', '}'].join('\n'),
    );
  });

  it('-Compress writes one line; the serializer escapes quotes, <, >, & and apostrophes', () => {
    expect(json(`@{ name = "Tom's <a&b> ""x""" ; ok = $true; none = $null } | ConvertTo-Json -Compress`)).toBe('{"name":"Tom\\u0027s \\u003ca\\u0026b\\u003e \\"x\\"","ok":true,"none":null}');
  });

  it('-Depth (default 2) writes deeper containers as their text; several piped objects make a list', () => {
    expect(json('@{ a = @{ b = @{ c = 1 } } } | ConvertTo-Json -Compress')).toBe('{"a":{"b":"System.Collections.Hashtable"}}');
    expect(json('@{ a = @{ b = @{ c = 1 } } } | ConvertTo-Json -Depth 3 -Compress')).toBe('{"a":{"b":{"c":1}}}');
    // Nothing piped in: nothing printed.
    expect(json('Get-UMIPGateway | ConvertTo-Json -Compress')).toBe('');
    expect(json("'a', 'b' | ConvertTo-Json -Compress")).toBe('["a","b"]');
    const tab = new Tab();
    expect(tab.run('@{} | ConvertTo-Json -Depth 101').status).toBe('error');
  });

  it('Select-Object builds calculated properties (Name/Label, Expression, prefixes) from $_', () => {
    const out = json("Get-ExchangeServer | Select-Object -Property Name, @{Name='Upper'; Expression={ $_.Fqdn.ToUpper() }}, @{l='Roles'; e={ [string[]]@($_.ServerRole) }} | ConvertTo-Json -Compress");
    expect(JSON.parse(out)).toEqual([
      { Name: 'CAS01', Upper: 'CAS01.CONTOSO.COM', Roles: 'ClientAccess' },
      { Name: 'MBX01', Upper: 'MBX01.CONTOSO.COM', Roles: 'Mailbox' },
      { Name: 'MBX02', Upper: 'MBX02.CONTOSO.COM', Roles: 'Mailbox' },
    ]);
    const tab = new Tab();
    expect(tab.run("Get-ExchangeServer | Select-Object -Property @{Name='X'}").status).toBe('error');
  });

  it('keeps a list of one item in an assignment and a hashtable entry, as PowerShell does', () => {
    expect(json('$x = @(1); $x | ConvertTo-Json -Compress')).toBe('1');
    expect(json('$x = @(1); @{ a = $x } | ConvertTo-Json -Compress')).toBe('{"a":[1]}');
    expect(json('@{ a = @(1) } | ConvertTo-Json -Compress')).toBe('{"a":[1]}');
    expect(json('$x = @(7); $x.Count')).toBe('1');
  });

  it('Get-ExchangeServer | Where-Object … | Get-UMCallRouterSettings reads every piped server', () => {
    const out = json("Get-ExchangeServer | Where-Object { $_.ServerRole -match 'ClientAccess' } | Get-UMCallRouterSettings | Select-Object -Property Name | ConvertTo-Json -Compress");
    expect(out).toBe('{"Name":"CAS01"}');
  });

  it('[PSCustomObject]@{…} is an object: its keys are properties, in order, for Select-Object and ConvertTo-Json', () => {
    expect(json("[PSCustomObject]@{ b = 1; a = 'x' } | Select-Object -Property a, b | ConvertTo-Json -Compress")).toBe('{"a":"x","b":1}');
    expect(json("[pscustomobject]@{ Name = 'ParisSIP' } | Where-Object Name -eq 'ParisSIP' | ConvertTo-Json -Compress")).toBe('{"Name":"ParisSIP"}');
  });

  it('convertToJson never indents a scalar and prints numbers as numbers', () => {
    expect(convertToJson(4, { depth: 2, compress: false })).toBe('4');
    expect(convertToJson([], { depth: 2, compress: true })).toBe('[]');
  });
});

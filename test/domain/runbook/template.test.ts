import { describe, expect, it } from 'vitest';
import {
  commandTemplates,
  placeholderSources,
  placeholdersOf,
  renderTemplate,
  templatePlaceholders,
  TemplateError,
} from '../../../src/domain/runbook/index.ts';
import { schemaHasPath } from '../../../src/domain/runbook/template-check.ts';

describe('renderTemplate', () => {
  it('quotes by default, and writes argument-mode values bare only when inert', () => {
    expect(renderTemplate('Set-UMService -Identity {server.fqdn:bare} -DialPlans {server.dialPlans:add}', {
      'server.fqdn': 'mbx01.contoso.com',
      'server.dialPlans': ['ParisSIP', 'LyonSIP'],
    })).toBe("Set-UMService -Identity mbx01.contoso.com -DialPlans @{Add='ParisSIP','LyonSIP'}");
    expect(renderTemplate('Where-Object { $_.Address -ne {gateways.outboundPool} }', { 'gateways.outboundPool': 'pool.contoso.com' }))
      .toBe("Where-Object { $_.Address -ne 'pool.contoso.com' }");
    expect(renderTemplate('X -N {a.b:bare}', { 'a.b': "x'; calc #" })).toBe("X -N 'x''; calc #'");
  });

  it('writes integers and booleans from typed bindings only', () => {
    expect(renderTemplate('X -N {a.n:int} -B {a.b:bool}', { 'a.n': 4, 'a.b': false })).toBe('X -N 4 -B $false');
    expect(() => renderTemplate('X -N {a.n:int}', { 'a.n': '4; calc' })).toThrow(TemplateError);
    expect(() => renderTemplate('X -N {a.n:int}', { 'a.n': 1.5 })).toThrow(TemplateError);
    expect(() => renderTemplate('X -B {a.b:bool}', { 'a.b': 'true' })).toThrow(TemplateError);
  });

  it('refuses a bare value in expression mode, an unknown mode and a missing binding', () => {
    expect(() => renderTemplate('@{Add={a.b:bare}}', { 'a.b': 'x' })).toThrow(/argument mode/);
    expect(() => renderTemplate('$x -eq {a.b:list}', { 'a.b': ['x'] })).toThrow(/argument mode/);
    expect(() => renderTemplate('$_.Address -ne {a.b:bare}', { 'a.b': 'x' })).toThrow(/argument mode/);
    expect(() => renderTemplate('$a -cnotlike:{a.b:bare}', { 'a.b': 'x' })).toThrow(/argument mode/);
    expect(() => renderTemplate('X -N {a.b:raw}', { 'a.b': 'x' })).toThrow(/unknown placeholder mode/);
    expect(() => renderTemplate('X -N {a.b}', {})).toThrow(/no value bound/);
  });

  it('leaves PowerShell braces alone', () => {
    expect(placeholdersOf('ForEach-Object { Stop-CsWindowsService -Name RTCSRV -ComputerName $_ }')).toEqual([]);
    expect(placeholdersOf('-PstnGatewayList @{Add=(Get-CsService -PstnGateway)}')).toEqual([]);
  });
});

describe('command templates', () => {
  it.each(Object.entries(commandTemplates))('%s compiles and names only known placeholders', (id, template) => {
    const names = templatePlaceholders[id as keyof typeof commandTemplates];
    expect(names).toEqual([...new Set(placeholdersOf(template).map((p) => p.name))]);
    for (const name of names) expect(Object.keys(placeholderSources)).toContain(name);
  });

  it.each(Object.entries(placeholderSources))('%s comes from a real profile field (%o)', (_name, source) => {
    expect(schemaHasPath(source.profilePath), source.profilePath).toBe(true);
  });

  it('every listed placeholder is used by some template', () => {
    const used = new Set(Object.values(templatePlaceholders).flat());
    for (const name of Object.keys(placeholderSources)) expect(used, name).toContain(name);
  });

  it('schemaHasPath itself tells a wrong path', () => {
    expect(schemaHasPath('dialPlans[].nom')).toBe(false);
    expect(schemaHasPath('dialPlans.name')).toBe(false);
  });
});

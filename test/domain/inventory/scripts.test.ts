import { describe, expect, it } from 'vitest';
import { inventoryScripts, inventoryShells, isInventoryCmdlet } from '../../../src/domain/inventory/scripts.ts';
import { lintScript } from '../../../src/domain/powershell/linter.ts';
import { parseScript } from '../../../src/domain/powershell/parser.ts';

describe.each(inventoryShells)('the %s inventory script', (shell) => {
  const script = inventoryScripts[shell];

  it.each([
    ['2013', '2013'],
    ['2016', '2010'],
    ['2016', '2015'],
  ] as const)('lints clean (Exchange %s, Lync %s): no finding at all', (exchangeVersion, lyncVersion) => {
    expect(lintScript(script, { shell, exchangeVersion, lyncVersion })).toEqual([]);
  });

  it('calls only Get-*/Test-* cmdlets, Select-Object, Where-Object and ConvertTo-Json', () => {
    const { commands, diagnostics } = parseScript(script);
    expect(diagnostics).toEqual([]);
    const names = commands.map((c) => c.nameText ?? '<computed>');
    expect(names.length).toBeGreaterThan(8);
    expect(names.filter((n) => !isInventoryCmdlet(n))).toEqual([]);
    expect(names.at(-1)).toBe('ConvertTo-Json');
  });

  it('is plain ASCII, so Windows PowerShell 5.1 reads a saved copy right without a byte order mark', () => {
    expect(script).toMatch(/^[\x09\x0a\x20-\x7e]*$/);
  });

  it('prints one JSON document with its format, schema version and shell, deep enough for nested lists', () => {
    expect(script).toMatch(/\$inventory \| ConvertTo-Json -Depth \d+\n$/);
    expect(script).toContain("format = 'passerelle-inventory'");
    expect(script).toContain('schemaVersion = 1');
    expect(script).toContain(`shell = '${shell}'`);
  });
});

describe('isInventoryCmdlet', () => {
  it.each([
    ['Get-UMDialPlan', true],
    ['Test-Path', true],
    ['ConvertTo-Json', true],
    ['Set-UMDialPlan', false],
    ['Restart-Service', false],
    ['ForEach-Object', false],
    ['Invoke-Expression', false],
  ])('%s → %s', (name, allowed) => expect(isInventoryCmdlet(name)).toBe(allowed));
});

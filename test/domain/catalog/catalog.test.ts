import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Catalog, catalog, exchangeProduct, lyncProduct } from '../../../src/domain/catalog/index.ts';
import { editDistance, nearest } from '../../../src/domain/catalog/suggest.ts';

describe('catalog data', () => {
  it('holds the 80 integration cmdlets and the 31 core cmdlets, each in its shell', () => {
    const shells = [...catalog.cmdlets.values()].map((c) => c.shell);
    expect(shells.filter((s) => s === 'exchange')).toHaveLength(40);
    expect(shells.filter((s) => s === 'lync')).toHaveLength(40);
    expect(shells.filter((s) => s === 'core')).toHaveLength(31);
    expect(catalog.missingCmdlets).toEqual(['New-CsPstnUsage']);
  });

  it('knows New-/Remove-CsMediaConfiguration (documented since Lync 2010): site-scoped media configuration lints clean', async () => {
    const { lintScript } = await import('../../../src/domain/powershell/linter.ts');
    for (const name of ['New-CsMediaConfiguration', 'Remove-CsMediaConfiguration']) {
      const cmdlet = catalog.getCmdlet(name);
      expect(cmdlet?.shell, name).toBe('lync');
      expect(Catalog.covers(cmdlet!.appliesTo, lyncProduct['2010']), name).toBe(true);
    }
    const script = 'New-CsMediaConfiguration -Identity site:Lyon -EncryptionLevel SupportEncryption\nRemove-CsMediaConfiguration -Identity site:Lyon';
    expect(lintScript(script, { shell: 'lync' })).toEqual([]);
    expect(lintScript('New-CsMediaConfiguration -Identity site:Lyon -EncryptionLevl SupportEncryption', { shell: 'lync' }).map((f) => f.ruleId)).toEqual(['ps-unknown-parameter']);
  });

  // ../shared sits beside the project in the workspace, not in a clone of the project alone: the
  // comparison is skipped there, with a note, instead of passing without comparing anything.
  for (const file of ['cmdlets.json', 'core-cmdlets.json']) {
    const shared = new URL(`../../../../shared/reference/${file}`, import.meta.url);
    const present = existsSync(shared);
    if (!present) console.warn(`note: ../shared/reference/${file} is absent (a clone without ../shared): the catalog comparison is skipped.`);
    it.runIf(present)(`${file} is the same as shared/reference${present ? '' : ' (skipped: ../shared/reference is absent in this clone)'}`, () => {
      const local = readFileSync(new URL(`../../../src/domain/catalog/data/${file}`, import.meta.url), 'utf8');
      expect(local, file).toBe(readFileSync(shared, 'utf8'));
    });
  }

  it('names every set member after a real parameter, and compiles every pattern', () => {
    for (const cmdlet of catalog.cmdlets.values()) {
      for (const set of cmdlet.sets) {
        for (const name of [...set.required, ...set.positional]) expect(cmdlet.parameters.has(name), `${cmdlet.name} ${set.name} ${name}`).toBe(true);
      }
      for (const p of cmdlet.parameters.values()) if (p.pattern) expect(p.pattern).toBeInstanceOf(RegExp);
    }
  });

  it('uses the product names the target versions map to', () => {
    const products = new Set([...catalog.cmdlets.values()].flatMap((c) => c.appliesTo));
    for (const product of [...Object.values(exchangeProduct), ...Object.values(lyncProduct)]) expect(products.has(product), product).toBe(true);
    expect(Catalog.covers(catalog.getCmdlet('Test-CsExUMConnectivity')!.appliesTo, lyncProduct['2010'])).toBe(false);
    expect(Catalog.covers(catalog.getCmdlet('Test-CsExUMConnectivity')!.appliesTo, lyncProduct['2015'])).toBe(true);
    expect(Catalog.covers([], 'Exchange Server 2013')).toBeUndefined();
    expect(Catalog.covers(null, 'Exchange Server 2013')).toBeUndefined();
  });
});

describe('command lookup', () => {
  it('finds cmdlets whatever the case', () => {
    expect(catalog.getCmdlet('set-umservice')?.name).toBe('Set-UMService');
    expect(catalog.resolveCommand('GET-CSPOOL')).toMatchObject({ kind: 'cmdlet', cmdlet: { name: 'Get-CsPool', shell: 'lync' } });
  });

  it.each([
    ['ft', 'Format-Table'],
    ['FL', 'Format-List'],
    ['?', 'Where-Object'],
    ['where', 'Where-Object'],
    ['%', 'ForEach-Object'],
    ['foreach', 'ForEach-Object'],
    ['cd', 'Set-Location'],
    ['select', 'Select-Object'],
    ['gsv', 'Get-Service'],
    ['icm', 'Invoke-Command'],
  ])('resolves the alias %s to %s', (alias, name) => {
    expect(catalog.resolveCommand(alias)).toMatchObject({ kind: 'cmdlet', cmdlet: { name }, viaAlias: alias });
  });

  it('resolves every documented alias to a described cmdlet', () => {
    expect(catalog.aliases.size).toBe(33);
    for (const [alias, target] of catalog.aliases) expect(catalog.resolveCommand(alias), alias).toMatchObject({ kind: 'cmdlet', cmdlet: { name: target } });
  });

  it('knows cmdlets outside the catalog, with their shell', () => {
    expect(catalog.resolveCommand('Start-Sleep')).toEqual({ kind: 'known', name: 'Start-Sleep', shell: 'core' });
    expect(catalog.resolveCommand('get-cstopology')).toEqual({ kind: 'known', name: 'Get-CsTopology', shell: 'lync' });
    expect(catalog.resolveCommand('Get-MailboxDatabase')).toMatchObject({ kind: 'known', shell: 'exchange' });
  });

  it('knows native programs and the two Exchange scripts, by file name from any path', () => {
    expect(catalog.resolveCommand('net')).toMatchObject({ kind: 'native', native: { name: 'net.exe' } });
    expect(catalog.resolveCommand('OcsUmUtil')).toMatchObject({ kind: 'native', native: { name: 'OcsUmUtil.exe', shells: ['lync', 'cmd'] } });
    const script = catalog.resolveCommand('C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Scripts\\ExchUcUtil.ps1');
    expect(script).toMatchObject({ kind: 'native', native: { name: 'ExchUcUtil.ps1', shells: ['exchange'] } });
    expect(script.kind === 'native' && [...script.script!.parameters.keys()]).toEqual(['Forest', 'Verify']);
    expect(catalog.resolveCommand('.\\ExchUcUtil.ps1').kind).toBe('native');
  });

  it('gives cmd.exe its own built-ins and no PowerShell aliases', () => {
    expect(catalog.resolveCommand('cd', 'cmd')).toMatchObject({ kind: 'native', native: { kind: 'cmd-builtin' } });
    expect(catalog.resolveCommand('sc', 'cmd')).toMatchObject({ kind: 'native', native: { name: 'sc.exe' } });
    expect(catalog.resolveCommand('sc')).toMatchObject({ kind: 'cmdlet', cmdlet: { name: 'Set-Content' } }); // PowerShell's alias wins
    expect(catalog.resolveCommand('pause').kind).toBe('unknown'); // a cmd.exe built-in is not a PowerShell command
  });

  it.each([
    ['Create-ExchangeCertificate', 'New-ExchangeCertificate'],
    ['Set-UMServer', 'Set-UMService'],
    ['Set-UMCallRouterService', 'Set-UMCallRouterSettings'],
    ['New-CsPstnUsage', 'Set-CsPstnUsage'],
    ['Get-UMSevrice', 'Get-UMService'],
    ['Delete-UMHuntGroup', 'Remove-UMHuntGroup'],
  ])('suggests %s → %s', (written, suggestion) => {
    expect(catalog.resolveCommand(written)).toEqual({ kind: 'unknown', suggestion });
  });

  it('suggests nothing for a name far from every command', () => {
    expect(catalog.resolveCommand('Frobnicate-Everything')).toEqual({ kind: 'unknown' });
  });
});

describe('parameter resolution', () => {
  const setUmService = catalog.getCmdlet('Set-UMService')!;
  const getCsUser = catalog.getCmdlet('Get-CsUser')!;

  it('resolves exact names, aliases and unique prefixes, case-insensitively', () => {
    expect(catalog.resolveParameter(setUmService, 'identity')).toMatchObject({ kind: 'exact', parameter: { name: 'Identity' } });
    expect(catalog.resolveParameter(setUmService, 'cf')).toMatchObject({ kind: 'alias', parameter: { name: 'Confirm' } });
    expect(catalog.resolveParameter(setUmService, 'ea')).toMatchObject({ kind: 'alias', parameter: { name: 'ErrorAction', common: true } });
    expect(catalog.resolveParameter(setUmService, 'UMStart')).toMatchObject({ kind: 'prefix', parameter: { name: 'UMStartupMode' } });
  });

  it('reports ambiguous prefixes with every candidate, common parameters included', () => {
    const r = catalog.resolveParameter(setUmService, 'D');
    expect(r.kind).toBe('ambiguous');
    expect(r.kind === 'ambiguous' && r.candidates.map((c) => c.name)).toEqual(['DialPlans', 'DomainController', 'Debug']);
  });

  it('prefers an exact name over an alias of another parameter (Get-CsUser -OnLyncServer)', () => {
    expect(catalog.resolveParameter(getCsUser, 'OnLyncServer')).toMatchObject({ kind: 'exact', parameter: { name: 'OnLyncServer' } });
  });

  it('suggests the nearest parameter for an unknown one', () => {
    expect(catalog.resolveParameter(setUmService, 'DialPlna')).toEqual({ kind: 'unknown', suggestion: 'DialPlans' });
    expect(catalog.resolveParameter(setUmService, 'Zzz')).toEqual({ kind: 'unknown' });
  });

  it('has the 11 common parameters on every cmdlet, and -WhatIf only where documented', () => {
    for (const cmdlet of catalog.cmdlets.values()) {
      for (const common of catalog.commonParameters) expect(cmdlet.parameters.has(common.name), `${cmdlet.name} ${common.name}`).toBe(true);
    }
    expect(catalog.getCmdlet('Get-UMService')!.parameters.has('WhatIf')).toBe(false);
    expect(setUmService.parameters.has('WhatIf')).toBe(true);
  });

  it('classifies parameter types for value checks', () => {
    const p = (cmdlet: string, name: string) => catalog.getCmdlet(cmdlet)!.parameters.get(name)!;
    expect(p('Set-UMIPGateway', 'OutcallsAllowed').isBoolean).toBe(true);
    expect(p('New-UMDialPlan', 'NumberOfDigitsInExtension')).toMatchObject({ isInteger: true, range: { min: 1, max: 20 } });
    expect(p('Get-UMMailbox', 'ResultSize')).toMatchObject({ isInteger: true, specialValues: ['Unlimited'] });
    expect(p('Set-UMService', 'IrmLogMaxDirectorySize').isInteger).toBe(false); // a byte size, not a count
    expect(p('Set-UMService', 'UMStartupMode')).toMatchObject({ enumIsClosed: true, enum: ['TCP', 'TLS', 'Dual'] });
    expect(p('Get-CsCertificate', 'Type').enumIsClosed).toBe(false); // partial list
    expect(p('Where-Object', 'FilterScript').isScriptBlock).toBe(true);
    expect(p('Write-Host', 'Object').takesRemaining).toBe(true);
    expect(p('Set-UMService', 'Identity').acceptsPipeline).toBe(true);
  });
});

describe('suggestions', () => {
  it('measures edit distance with transpositions', () => {
    expect(editDistance('Server', 'Server')).toBe(0);
    expect(editDistance('Sevrer', 'Server')).toBe(1);
    expect(editDistance('Dula', 'Dual')).toBe(1);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3); // stops early past the limit
  });

  it('picks the nearest candidate within a budget that grows with the word', () => {
    expect(nearest('dual', ['TCP', 'TLS', 'Dual'])).toBe('Dual');
    expect(nearest('Secure', ['Unsecured', 'SIPSecured', 'Secured'])).toBe('Secured');
    expect(nearest('xyz', ['TCP', 'TLS', 'Dual'])).toBeUndefined();
  });
});

describe('everyday built-in aliases', () => {
  it.each([
    ['cls', 'known', 'Clear-Host'],
    ['sleep', 'known', 'Start-Sleep'],
    ['help', 'cmdlet', 'Get-Help'],
    ['rm', 'known', 'Remove-Item'],
  ] as const)('%s', (alias, kind, name) => {
    const r = catalog.resolveCommand(alias);
    expect(r.kind).toBe(kind);
    expect(r.kind === 'cmdlet' ? r.cmdlet.name : r.kind === 'known' ? r.name : '').toBe(name);
  });

  it('still resolves cmd.exe built-ins of the same name in cmd.exe', () => {
    expect(catalog.resolveCommand('start', 'cmd')).toMatchObject({ kind: 'native', native: { kind: 'cmd-builtin' } });
    expect(catalog.resolveCommand('toString').kind).toBe('unknown'); // no prototype leaks
  });
});

describe('names that are also Object.prototype keys', () => {
  it.each(['constructor', 'Constructor-Foo', 'toString', '__proto__', 'hasOwnProperty-X', 'valueOf'])('%s resolves without throwing', (name) => {
    expect(() => catalog.resolveCommand(name)).not.toThrow();
    expect(() => catalog.resolveParameter(catalog.getCmdlet('Set-UMService')!, name)).not.toThrow();
  });
});

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Catalog, buildCmdlet } from '../../../src/domain/catalog/index.ts';
import { browserCatalogView } from '../../../src/domain/catalog/browser-view.ts';
import type { CatalogFileJson } from '../../../src/domain/catalog/types.ts';
import { compareScriptFindings, prepareScript } from '../../../src/domain/powershell/linter.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { scriptRules } from '../../../src/domain/rules/index.ts';
import { generateAll } from '../../../src/domain/runbook/index.ts';

const files = ['cmdlets.json', 'core-cmdlets.json'].map(
  (name) => JSON.parse(readFileSync(`src/domain/catalog/data/${name}`, 'utf8')) as CatalogFileJson,
);

/** A cmdlet spec as plain data, without its doc path (the one thing the view drops on purpose). */
function linterView(file: CatalogFileJson, name: string) {
  const spec = buildCmdlet(name, file.cmdlets[name]!, file.commonParameters);
  const parameters = [...spec.parameters.values()].map((p) => ({ ...p, sets: [...p.sets], requiredIn: [...p.requiredIn], pattern: p.pattern?.source }));
  return { name: spec.name, shell: spec.shell, appliesTo: spec.appliesTo, sets: spec.sets, defaultSet: spec.defaultSet, parameters };
}

describe('browserCatalogView', () => {
  it('keeps every cmdlet, and every parameter as the linter builds it', () => {
    for (const file of files) {
      const reduced = browserCatalogView(file);
      expect(Object.keys(reduced.cmdlets)).toEqual(Object.keys(file.cmdlets));
      for (const name of Object.keys(file.cmdlets)) expect(linterView(reduced, name), name).toEqual(linterView(file, name));
    }
  });

  it('lints every runbook line, and wrong ones, to the same findings', () => {
    const reducedCatalog = new Catalog(files.map(browserCatalogView));
    const fullCatalog = new Catalog(files);
    const lines = generateAll(exampleProfile)
      .filter((c) => c.shell !== 'gui')
      .map((c) => ({ text: c.text, shell: c.shell as 'exchange' | 'lync' | 'cmd' }))
      .concat([
        { text: 'Set-UMDialPlan -Identity ParisSIP -VoIPSecurity Securd', shell: 'exchange' },
        { text: 'Write-Host a b c -ForegroundColor Purple', shell: 'exchange' },
        { text: 'Set-CsMediaConfiguration -EncryptionLevel Required -Verbos', shell: 'lync' },
        { text: 'New-UMDialPlan -Name A -NumberOfDigitsInExtension 40', shell: 'exchange' },
      ]);
    const lint = (catalog: Catalog, text: string, shell: 'exchange' | 'lync' | 'cmd') => {
      const input = prepareScript(text, { shell }, catalog);
      return scriptRules.flatMap((rule) => rule.check(input)).sort(compareScriptFindings);
    };
    let findings = 0;
    for (const { text, shell } of lines) {
      const expected = lint(fullCatalog, text, shell);
      findings += expected.length;
      expect(lint(reducedCatalog, text, shell), text).toEqual(expected);
    }
    expect(findings, 'the wrong lines really produce findings').toBeGreaterThanOrEqual(3);
  });

  it('drops the documentation provenance', () => {
    const reduced = browserCatalogView(files[0]!);
    const text = JSON.stringify(reduced);
    expect(text).not.toContain('exchange-ps/ExchangePowerShell');
    expect(Object.values(reduced.cmdlets).every((c) => c.sourcePath === '')).toBe(true);
    expect(Object.values(reduced.cmdlets).flatMap((c) => Object.values(c.parameters)).every((p) => p.enumSource === null)).toBe(true);
  });

  it('is markedly lighter gzipped (what the terminal chunk ships)', () => {
    const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
    const full = files.reduce((n, f) => n + gz(f), 0);
    const reduced = files.reduce((n, f) => n + gz(browserCatalogView(f)), 0);
    expect(reduced).toBeLessThan(full * 0.75);
  });
});

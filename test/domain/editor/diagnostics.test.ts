import { describe, expect, it } from 'vitest';
import { defaultSettings, editorDiagnostics, rulePageHref, type EditorSettings } from '../../../src/domain/editor/diagnostics.ts';
import { lintScript } from '../../../src/domain/powershell/linter.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';

const exchange: EditorSettings = { shell: 'exchange', exchangeVersion: '2016', lyncVersion: '2013' };

describe('editorDiagnostics', () => {
  it('gives every finding of the linter, in the same order, worded in the page language and linked to its rule page', () => {
    const script = 'Set-UMService -Identity mbx01 -UMStartupMode Dula\nSet-UMDialPlan -Identity ParisSIP -Foo 3';
    const findings = lintScript(script, { shell: 'exchange', exchangeVersion: '2016', lyncVersion: '2013' });
    const en = editorDiagnostics(script, exchange, 'en');
    const fr = editorDiagnostics(script, exchange, 'fr');
    expect(en.map((d) => d.ruleId)).toEqual(findings.map((f) => f.ruleId));
    expect(en.map((d) => d.ruleId)).toEqual(['order-restart-after-startup-mode', 'ps-enum-value', 'ps-unknown-parameter']);
    const enumEn = en.find((d) => d.ruleId === 'ps-enum-value')!;
    const enumFr = fr.find((d) => d.ruleId === 'ps-enum-value')!;
    expect(enumEn.range).toEqual({ line: 1, column: 46, endLine: 1, endColumn: 50 });
    expect(enumEn.message).toContain('Did you mean `Dual`');
    expect(enumFr.message).not.toEqual(enumEn.message);
    expect(enumFr.message).toContain('Dual');
    expect(enumEn.href).toBe('/en/reference/rules/ps-enum-value/');
    expect(enumFr.href).toBe('/fr/reference/rules/ps-enum-value/');
    expect(enumEn.severity).toBe('error');
  });

  it('checks the shell chosen in the toolbar: a Lync cmdlet in the Exchange shell is flagged, not in the Lync shell', () => {
    const script = 'Get-CsUser -Identity "sip:ana@contoso.com"';
    expect(editorDiagnostics(script, exchange, 'en').map((d) => d.ruleId)).toContain('ps-wrong-shell');
    expect(editorDiagnostics(script, { ...exchange, shell: 'lync' }, 'en').map((d) => d.ruleId)).not.toContain('ps-wrong-shell');
  });

  it('compares names with the profile when one is given (profile contradictions)', () => {
    const script = 'Set-UMService -Identity mbx01.contoso.com -DialPlans NoSuchPlan -UMStartupMode Dual\nRestart-Service MSExchangeUM';
    expect(editorDiagnostics(script, exchange, 'en').map((d) => d.ruleId)).not.toContain('ps-profile-contradiction');
    expect(editorDiagnostics(script, exchange, 'en', exampleProfile).map((d) => d.ruleId)).toContain('ps-profile-contradiction');
  });

  it('a clean script has no diagnostics', () => {
    expect(editorDiagnostics('Get-UMService | Format-List Name, UMStartupMode', exchange, 'en')).toEqual([]);
  });

  it('defaults the toolbar from the profile: Exchange shell and the profile versions', () => {
    expect(defaultSettings(exampleProfile)).toEqual({ shell: 'exchange', exchangeVersion: exampleProfile.exchange.version, lyncVersion: exampleProfile.lync.version });
    const other = { ...exampleProfile, exchange: { ...exampleProfile.exchange, version: '2016' as const }, lync: { ...exampleProfile.lync, version: '2015' as const } };
    expect(defaultSettings(other)).toMatchObject({ exchangeVersion: '2016', lyncVersion: '2015' });
  });

  it('rule page links escape the id', () => {
    expect(rulePageHref('a/b', 'fr')).toBe('/fr/reference/rules/a%2Fb/');
  });
});

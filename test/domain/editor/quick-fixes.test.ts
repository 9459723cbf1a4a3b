import { describe, expect, it } from 'vitest';
import { editorDiagnostics, type EditorSettings } from '../../../src/domain/editor/diagnostics.ts';
import { applyEdits } from '../../../src/domain/editor/quick-fixes.ts';

const exchange: EditorSettings = { shell: 'exchange', exchangeVersion: '2016', lyncVersion: '2013' };

/** Applies the preferred fix of every diagnostic of `ruleId`, as the editor would one by one. */
function fix(script: string, ruleId: string, settings = exchange): { text: string; titles: string[] } {
  const diagnostics = editorDiagnostics(script, settings, 'en').filter((d) => d.ruleId === ruleId);
  expect(diagnostics.length, `${ruleId} in ${script}`).toBeGreaterThan(0);
  const fixes = diagnostics.map((d) => d.fixes[0]!);
  return { text: applyEdits(script, fixes.flatMap((f) => f.edits)), titles: fixes.map((f) => f.title) };
}

const rules = (script: string, settings = exchange) => editorDiagnostics(script, settings, 'en').map((d) => d.ruleId);

describe('quick fixes', () => {
  it('typographic quotes and dashes become ASCII, and the script is then clean of them', () => {
    const script = 'Set-UMDialPlan –Identity ‘ParisSIP’ -VoIPSecurity Secured';
    const { text, titles } = fix(script, 'ps-typographic-character');
    expect(text).toBe("Set-UMDialPlan -Identity 'ParisSIP' -VoIPSecurity Secured");
    expect(titles[0]).toBe('Replace – with -');
    expect(rules(text)).toEqual([]);
  });

  it('an invalid enum value becomes the suggested one, keeping its quotes', () => {
    expect(fix('Set-UMService -Identity mbx01 -UMStartupMode Dula\nRestart-Service MSExchangeUM', 'ps-enum-value').text).toBe(
      'Set-UMService -Identity mbx01 -UMStartupMode Dual\nRestart-Service MSExchangeUM',
    );
    expect(fix("Set-UMDialPlan -Identity x -VoIPSecurity 'SIPSecure'", 'ps-enum-value').text).toBe("Set-UMDialPlan -Identity x -VoIPSecurity 'SIPSecured'");
  });

  it('offers no value fix for an item inside one string list (not certain where it sits)', () => {
    const diagnostics = editorDiagnostics('Enable-ExchangeCertificate -Thumbprint 5113AE0233A72FCCB75A1D0198628675333D010E -Services "UM,UMCallRouters"', exchange, 'en');
    expect(diagnostics.find((d) => d.ruleId === 'ps-enum-value')!.fixes).toEqual([]);
  });

  it('an unknown parameter becomes the suggested one', () => {
    const { text } = fix('Set-UMCallRouterSettings -Serverr cas01 -UMStartupMode Dual\nRestart-Service MSExchangeUMCR', 'ps-unknown-parameter');
    expect(text).toBe('Set-UMCallRouterSettings -Server cas01 -UMStartupMode Dual\nRestart-Service MSExchangeUMCR');
  });

  it('a switch followed by a separate $true/$false is joined with a colon', () => {
    const { text, titles } = fix('Set-UMIPGateway -Identity x -Confirm $false', 'ps-unexpected-argument');
    expect(text).toBe('Set-UMIPGateway -Identity x -Confirm:$false');
    expect(titles).toEqual(['Write -Confirm:$false']);
    expect(rules(text)).toEqual([]);
    expect(fix('Set-UMIPGateway -Identity x -Confirm `\n  $false', 'ps-unexpected-argument').text).toBe('Set-UMIPGateway -Identity x -Confirm:$false');
  });

  it('no colon fix for a stray argument that is not $true/$false', () => {
    const diagnostics = editorDiagnostics('Set-UMIPGateway -Identity x -Confirm no', exchange, 'en');
    expect(diagnostics.find((d) => d.ruleId === 'ps-unexpected-argument')?.fixes).toEqual([]);
  });

  it('missing mandatory parameters are inserted as placeholders PowerShell cannot run', () => {
    const { text } = fix('New-UMDialPlan -Name ParisSIP | Out-Null', 'ps-missing-mandatory');
    expect(text).toBe('New-UMDialPlan -Name ParisSIP -CountryOrRegionCode <CountryOrRegionCode> -NumberOfDigitsInExtension <NumberOfDigitsInExtension> | Out-Null');
    // The placeholders are not values: the line is still reported until each one is filled in.
    expect(rules(text).length).toBeGreaterThan(0);
    const filled = text.replace('<CountryOrRegionCode>', '33').replace('<NumberOfDigitsInExtension>', '4');
    expect(rules(filled)).toEqual([]);
  });

  it('a command of another shell names the shell to check the script for', () => {
    const diagnostic = editorDiagnostics('Get-CsUser', exchange, 'fr').find((d) => d.ruleId === 'ps-wrong-shell')!;
    expect(diagnostic.fixes).toEqual([{ title: 'Vérifier le script pour le Lync Server Management Shell', edits: [], preferred: false, shell: 'lync' }]);
  });

  it('lines ended by a lone carriage return (as PowerShell and the editor count them): each fix edits its own line', () => {
    // The findings' ranges count \r, \n and \r\n as line ends; a fix computed with another count
    // would edit the first line instead.
    expect(fix('Get-UMService\rSet-UMIPGateway -Identity x -Confirm $false', 'ps-unexpected-argument').text).toBe('Get-UMService\rSet-UMIPGateway -Identity x -Confirm:$false');
    expect(fix('Get-UMService\rSet-UMService -Identity mbx01 -UMStartupMode Dula\rRestart-Service MSExchangeUM', 'ps-enum-value').text).toBe(
      'Get-UMService\rSet-UMService -Identity mbx01 -UMStartupMode Dual\rRestart-Service MSExchangeUM',
    );
  });

  it('a startup-mode change without a restart gets the restart inserted after it, indented like it', () => {
    const script = 'foreach ($s in $list) {\r\n    Set-UMService -Identity mbx01 -UMStartupMode Dual\r\n}';
    const { text } = fix(script, 'order-restart-after-startup-mode');
    expect(text).toBe('foreach ($s in $list) {\r\n    Set-UMService -Identity mbx01 -UMStartupMode Dual\n    Restart-Service -Name MSExchangeUM\r\n}');
    expect(rules(text)).not.toContain('order-restart-after-startup-mode');
  });
});

import { describe, expect, it } from 'vitest';
import { buildCmdlet, catalog } from '../../../src/domain/catalog/index.ts';
import { HELP_VALUES_SHOWN, formatCmdletHelp } from '../../../src/domain/catalog/help.ts';
import { t } from '../../../src/i18n/index.ts';

const help = (name: string, lang: 'en' | 'fr' = 'en') => formatCmdletHelp(catalog.getCmdlet(name)!, lang);
const text = (name: string, lang: 'en' | 'fr' = 'en') => help(name, lang).map((l) => l.text).join('\n');

describe('formatCmdletHelp', () => {
  it('starts with the cmdlet name as a heading and names its shell', () => {
    const lines = help('Set-UMDialPlan');
    expect(lines[0]).toEqual({ kind: 'heading', text: 'Set-UMDialPlan' });
    expect(lines[1]!.text).toContain(t('en', 'help.shell.exchange'));
    expect(lines[1]!.text).toContain('Exchange Server 2013');
    expect(help('Set-CsMediaConfiguration')[1]!.text).toContain(t('en', 'help.shell.lync'));
  });

  it('gives the required parameters of each set with their types', () => {
    const out = text('Enable-ExchangeCertificate');
    // Two sets: by thumbprint (Thumbprint and Services required) and by identity (Services required).
    expect(out).toContain('Enable-ExchangeCertificate -Thumbprint <String> -Services');
    expect(out).toContain(t('en', 'help.set', { name: 'Thumbprint' }));
    expect(out).toContain(t('en', 'help.set', { name: 'Identity' }));
  });

  it('lists the closed values of enum parameters', () => {
    const out = text('Set-UMDialPlan');
    expect(out).toMatch(/-VoIPSecurity: (Unsecured|SIPSecured|Secured)( \| (Unsecured|SIPSecured|Secured)){2}/);
    expect(text('Set-CsMediaConfiguration')).toContain('RequireEncryption');
  });

  it('lists Boolean parameters as $true/$false', () => {
    expect(text('New-ExchangeCertificate')).toMatch(/\$true.*-PrivateKeyExportable/);
  });

  it('never lists the common parameters by name among the optional ones', () => {
    const optional = help('Set-UMDialPlan').find((l) => l.text.trim().startsWith(t('en', 'help.optional')))!;
    expect(optional.text).toContain('-VoIPSecurity');
    expect(optional.text).not.toContain('-Verbose');
  });

  it('is written in the reader’s language', () => {
    const fr = text('Set-UMDialPlan', 'fr');
    expect(fr).toContain(t('fr', 'help.sets'));
    expect(fr).toContain(t('fr', 'help.values'));
    expect(fr).not.toContain(t('en', 'help.sets'));
  });

  it('cuts the value lists after HELP_VALUES_SHOWN parameters and says how many more', () => {
    // No catalog cmdlet has that many enum parameters today, so build one the way the catalog does.
    const parameters = Object.fromEntries(
      Array.from({ length: HELP_VALUES_SHOWN + 2 }, (_, i) => [`Mode${i}`, {
        type: 'String', switch: false, position: null, aliases: [], sets: ['__AllParameterSets'], requiredIn: [],
        enum: ['On', 'Off'], enumSource: null, enumConfidence: 'listed', constraint: null, appliesTo: [], pipelineInput: 'False', multiValue: false,
      }]),
    );
    const spec = buildCmdlet('Set-Many', {
      shell: 'exchange', appliesTo: [], sourcePath: 'test', defaultParameterSet: null,
      parameterSets: [{ name: '__AllParameterSets', required: [], optional: [], positional: [] }], parameters,
    } as unknown as Parameters<typeof buildCmdlet>[1], []);
    const lines = formatCmdletHelp(spec, 'en');
    expect(lines.filter((l) => /^ {2}-Mode\d+: On \| Off$/.test(l.text))).toHaveLength(HELP_VALUES_SHOWN);
    expect(lines.map((l) => l.text)).toContain(`  ${t('en', 'help.more', { count: 2 })}`);
  });
});

import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/domain/catalog/index.ts';
import { labHelp, parseHelpRequest, runbookExamples } from '../../../src/domain/lab/help.ts';
import { simulatedCommandNames } from '../../../src/domain/lab/index.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { t } from '../../../src/i18n/index.ts';
import { Tab } from './helpers.ts';

const options = { lang: 'en' as const, profile: exampleProfile };
const text = (line: string, lang: 'en' | 'fr' = 'en') => (labHelp(line, 'exchange', { ...options, lang }) ?? []).map((l) => l.text).join('\n');

describe('parseHelpRequest', () => {
  it.each([
    ['Get-Help Set-UMDialPlan', { kind: 'help', name: 'Set-UMDialPlan', view: 'summary' }],
    ['help Set-UMDialPlan -Examples', { kind: 'help', name: 'Set-UMDialPlan', view: 'examples' }],
    ['man -Name Set-UMDialPlan -det', { kind: 'help', name: 'Set-UMDialPlan', view: 'detailed' }],
    ['get-help Set-UMDialPlan -Full', { kind: 'help', name: 'Set-UMDialPlan', view: 'full' }],
    ['Get-Help Set-UMDialPlan -Online', { kind: 'help', name: 'Set-UMDialPlan', view: 'online' }],
    ['Get-Help Set-UMDialPlan -Parameter VoIPSecurity', { kind: 'parameter', name: 'Set-UMDialPlan', parameter: 'VoIPSecurity' }],
    ['Get-Help -Parameter:VoIPSecurity Set-UMDialPlan', { kind: 'parameter', name: 'Set-UMDialPlan', parameter: 'VoIPSecurity' }],
    ['Set-UMDialPlan -?', { kind: 'help', name: 'Set-UMDialPlan', view: 'summary' }],
    ['Get-Help', { kind: 'usage' }],
  ] as const)('%s', (line, expected) => {
    expect(parseHelpRequest(line)).toEqual(expected);
  });

  it('leaves ordinary commands alone', () => {
    expect(parseHelpRequest('Get-UMDialPlan')).toBeUndefined();
    expect(parseHelpRequest("Set-UMDialPlan -Identity '-?'")).toBeUndefined();
    expect(parseHelpRequest('')).toBeUndefined();
  });
});

describe('labHelp', () => {
  it('-Examples shows the runbook’s own commands for the profile', () => {
    const examples = text('Get-Help New-UMDialPlan -Examples');
    expect(examples).toContain(t('en', 'help.examples'));
    expect(examples).toContain('New-UMDialPlan -Name ParisSIP');
    expect(runbookExamples('New-UMDialPlan', exampleProfile).length).toBeGreaterThanOrEqual(2);
  });

  it('-Examples falls back to the shortest form when no runbook command uses the cmdlet', () => {
    expect(runbookExamples('Remove-UMDialPlan', exampleProfile)).toEqual([]);
    expect(text('Get-Help Remove-UMDialPlan -Examples')).toMatch(/PS> Remove-UMDialPlan -Identity </);
  });

  it('-Detailed lists every parameter with its values; -Full adds positions and pipeline input', () => {
    const detailed = text('Get-Help Set-UMDialPlan -Detailed');
    const full = text('Get-Help Set-UMDialPlan -Full');
    expect(detailed).toContain(t('en', 'help.parameters'));
    expect(detailed).toMatch(/-VoIPSecurity <\w+>\n\s+optional\n\s+values: Unsecured \| SIPSecured \| Secured/);
    expect(detailed).not.toContain('position 0');
    expect(full).toMatch(/-Identity <\w+>\n\s+required in [^\n]*position 0[^\n]*accepts pipeline input/);
    expect(full.length).toBeGreaterThan(detailed.length);
  });

  it('-Parameter shows one parameter (by name, alias or wildcard), or says it does not exist', () => {
    const one = text('Get-Help Set-UMDialPlan -Parameter VoIPSecurity');
    expect(one.split('\n')[0]).toBe('Set-UMDialPlan');
    expect(one).toContain('-VoIPSecurity');
    expect(one).not.toContain('-Identity');
    expect(text('Get-Help Set-UMDialPlan -Parameter *Security').split('\n').filter((l) => l.startsWith('  -')).length).toBeGreaterThanOrEqual(1);
    expect(text('Get-Help Set-UMDialPlan -Parameter Nope')).toBe(t('en', 'help.param.unknown', { cmdlet: 'Set-UMDialPlan', name: 'Nope' }));
  });

  it('is worded in French too', () => {
    expect(text('Get-Help New-UMDialPlan -Examples', 'fr')).toContain(t('fr', 'help.examplesFromRunbook'));
  });

  it('X -? works on every simulated cmdlet, like Get-Help X', () => {
    const cmdlets = simulatedCommandNames.filter((name) => catalog.resolveCommand(name).kind === 'cmdlet');
    expect(cmdlets.length).toBeGreaterThan(60);
    for (const name of cmdlets) {
      const help = text(`${name} -?`);
      expect(help, name).toBe(text(`Get-Help ${name}`));
      expect(help.split('\n')[0], name).toBe(catalog.resolveCommand(name).kind === 'cmdlet' ? (catalog.resolveCommand(name) as { cmdlet: { name: string } }).cmdlet.name : name);
    }
  });

  it('is not answered in cmd.exe', () => {
    expect(labHelp('help dir', 'cmd', options)).toBeUndefined();
  });
});

describe('aliases as in PowerShell', () => {
  it('dir, ls and gci list the current folder; cd moves; wildcards filter', () => {
    const tab = new Tab();
    expect(tab.ok('dir').output.map((o) => o.text).join('\n')).toMatch(/d-----\s+Program Files/);
    tab.ok('cd $exscripts');
    for (const alias of ['ls', 'gci', 'dir', 'Get-ChildItem']) expect(tab.ok(alias).output.map((o) => o.text).join('\n'), alias).toMatch(/-a----\s+ExchUcUtil\.ps1/);
    const filtered = tab.ok('dir Get-*.ps1').output.map((o) => o.text).join('\n');
    expect(filtered).toContain('Get-UCPool.ps1');
    expect(filtered).not.toContain('ExchUcUtil.ps1');
    expect(tab.ok('dir | Where-Object Name -like Exch*').output.map((o) => o.text).join('\n')).not.toContain('Get-UCPool');
    expect(tab.run('dir C:\\nowhere').status).toBe('error');
    for (const alias of ['cls', 'clear']) expect(tab.run(alias).status, alias).toBe('ok');
  });
});

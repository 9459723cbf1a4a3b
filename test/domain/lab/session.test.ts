/**
 * The lab's contract: lint first (errors refuse, warnings run), immutable sessions, prompts, shell
 * switching, Reset-Lab, saving and restoring, Passerelle's verbs, the end-to-end tests' failures,
 * and the PowerShell the evaluator understands.
 */
import { describe, expect, it } from 'vitest';
import { createLab, createSession, prompt, restoreLab, runLine, serializeLab, diagnoseExUm } from '../../../src/domain/lab/index.ts';
import { replayRunbook } from '../../../src/domain/lab/replay.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { cloneExample, Tab, lines, text } from './helpers.ts';

const opts = { lang: 'en' as const, profile: exampleProfile };

describe('runLine', () => {
  it('refuses a line with lint errors, with the diagnostic’s range and rule id, and runs nothing', () => {
    const session = createSession(exampleProfile);
    const result = runLine(session, 'Set-UMService -Identity mbx01.contoso.com -UMStartupMode Dula', opts);
    expect(result.status).toBe('refused');
    expect(result.session).toBe(session);
    expect(result.output).toContainEqual(expect.objectContaining({ kind: 'diagnostic', ruleId: 'ps-enum-value', range: { line: 1, column: 58, endLine: 1, endColumn: 62 } }));
    expect(result.output.every((line) => line.kind === 'diagnostic')).toBe(true);
  });

  it('shows warnings and still runs the line', () => {
    const tab = new Tab();
    tab.ok('New-UMDialPlan -Name ParisSIP -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33');
    const result = tab.ok('Set-UMService -Identity mbx01.contoso.com -DialPlans ParisSIP');
    expect(result.output[0]).toMatchObject({ kind: 'diagnostic', ruleId: 'dial-plans-replace-list' });
    expect(tab.lab.exchange.servers[1]!.umService!.dialPlans).toEqual(['ParisSIP']);
  });

  it('never changes the session it was given', () => {
    const session = createSession(exampleProfile);
    const before = serializeLab(session.lab);
    const result = runLine(session, 'New-UMDialPlan -Name ParisSIP -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33', opts);
    expect(serializeLab(session.lab)).toBe(before);
    expect(result.session.lab).not.toBe(session.lab);
    expect(result.session.lab.exchange.dialPlans).toHaveLength(1);
  });

  it('is deterministic', () => {
    expect(serializeLab(replayRunbook(exampleProfile, { lang: 'en' }).lab)).toBe(serializeLab(replayRunbook(exampleProfile, { lang: 'fr' }).lab));
  });

  it('answers an empty line with nothing', () => {
    const session = createSession(exampleProfile);
    expect(runLine(session, '   ', opts)).toEqual({ session, output: [], status: 'ok' });
  });

  it('refuses a command of the other shell (the linter knows where each cmdlet runs)', () => {
    const tab = new Tab();
    const result = tab.run('Get-CsUser');
    expect(result.status).toBe('refused');
    expect(result.output[0]!.ruleId).toBe('ps-wrong-shell');
  });

  it('words hints in the reader’s language', () => {
    const tab = new Tab();
    const fr = tab.run('Get-UMDialPlan Nowhere', 'fr');
    expect(lines(fr, 'hint')[0]).toBe('Aucun plan de numérotation de messagerie unifiée nommé Nowhere. Get-UMDialPlan les liste.');
  });
});

describe('sessions, prompts and shell switching', () => {
  it('prompts with the shell, the machine and the folder', () => {
    const tab = new Tab();
    expect(prompt(tab.session)).toBe('[EMS] mbx01.contoso.com PS C:\\>');
    tab.ok('cd $exscripts');
    expect(prompt(tab.session)).toBe('[EMS] mbx01.contoso.com PS C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Scripts>');
    tab.on('lync', 'lyncpool-lyon.contoso.com');
    expect(prompt(tab.session)).toBe('[LMS] lyncpool-lyon.contoso.com PS C:\\>');
    tab.ok('use cmd cas01');
    expect(prompt(tab.session)).toBe('[cmd] cas01.contoso.com C:\\>');
  });

  it('refuses an unknown machine or shell', () => {
    const tab = new Tab();
    expect(tab.run('Enter-LabShell exchange lyncpool-paris.contoso.com').status).toBe('error');
    expect(tab.run('use powershell7').status).toBe('error');
    expect(text(tab.run('Set-Location C:\\Nowhere'))).toContain("Cannot find path 'C:\\Nowhere' because it does not exist.");
  });

  it('keeps variables in the session', () => {
    const tab = new Tab();
    tab.ok('$name = "ParisSIP"');
    tab.ok('New-UMDialPlan -Name $name -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33');
    expect(text(tab.ok('"Plan: $name"'))).toBe('Plan: ParisSIP');
  });

  it('Reset-Lab starts over', () => {
    const tab = new Tab();
    tab.ok('New-UMDialPlan -Name ParisSIP -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33');
    tab.ok('Reset-Lab');
    expect(tab.lab).toEqual(createLab(exampleProfile));
  });
});

describe('the seeded lab', () => {
  it('has the profile’s servers and pools, the Lync encryption level, and users not yet enabled', () => {
    const lab = createLab(exampleProfile);
    expect(lab.exchange.servers.map((s) => [s.fqdn, Boolean(s.umService), Boolean(s.callRouter)])).toEqual([
      ['cas01.contoso.com', false, true],
      ['mbx01.contoso.com', true, false],
      ['mbx02.contoso.com', true, false],
    ]);
    expect(lab.exchange.servers.every((s) => s.certificates.length === 1 && s.certificates[0]!.selfSigned)).toBe(true);
    expect(lab.lync.pools.map((p) => [p.adCn, p.computers.length])).toEqual([
      ['1:1', 2],
      ['2:1', 1],
    ]);
    expect(lab.lync.mediaConfigurations).toEqual({ Global: 'RequireEncryption' });
    expect(lab.users.every((u) => u.lync === null && u.um === null)).toBe(true);
  });

  it('takes the profile’s encryption level', () => {
    const profile = cloneExample();
    profile.lync.encryptionLevel = 'SupportEncryption';
    expect(createLab(profile).lync.mediaConfigurations.Global).toBe('SupportEncryption');
  });
});

describe('saving and restoring', () => {
  it('round-trips a configured lab', () => {
    const { lab } = replayRunbook(exampleProfile, { lang: 'en' });
    expect(restoreLab(serializeLab(lab))).toEqual(lab);
  });

  it.each([
    ['{', 'invalid-json'],
    ['null', 'not-a-lab'],
    ['{"format":"other"}', 'not-a-lab'],
    ['{"format":"passerelle-lab","version":99,"state":{}}', 'unsupported-version'],
    ['{"format":"passerelle-lab","version":1,"state":{"version":1}}', 'invalid-state'],
  ])('returns an error value for %s', (json, error) => {
    expect(restoreLab(json)).toMatchObject({ error });
  });

  it('rejects a state with a wrong value deep inside', () => {
    const lab = createLab(exampleProfile);
    const broken = JSON.parse(serializeLab(lab));
    broken.state.exchange.servers[1].umService.umStartupMode = 'Quadruple';
    expect(restoreLab(JSON.stringify(broken))).toMatchObject({ error: 'invalid-state', path: 'exchange.servers.1.umService.umStartupMode' });
  });
});

describe('Test-CsExUMConnectivity failures', () => {
  const test = 'Test-CsExUMConnectivity -TargetFqdn lyncpool-paris.contoso.com -UserSipAddress sip:alice@contoso.com -UserCredential (Get-Credential alice@contoso.com)';

  it('reports "Incompatible security setting" first when encryption and dial plan security disagree', () => {
    const { lab } = replayRunbook(exampleProfile, { lang: 'en' });
    const tab = new Tab(exampleProfile, 'lync', lab);
    tab.ok('Set-CsMediaConfiguration -Identity global -EncryptionLevel DoNotSupportEncryption');
    expect(text(tab.run(test))).toContain('Incompatible security setting: dial plan ParisSIP uses Secured');
    tab.on('exchange').ok('Set-UMDialPlan ParisSIP -VoIPSecurity SIPSecured');
    tab.on('lync').ok('Set-CsMediaConfiguration -Identity global -EncryptionLevel RequireEncryption');
    const failed = tab.run(test);
    expect(failed.status).toBe('error');
    expect(lines(failed, 'text')).toContainEqual(expect.stringMatching(/^Error\s+: Incompatible security setting$/));
    expect(lines(failed, 'hint')).toHaveLength(1);
  });

  it('lists one reason per missing piece on a fresh lab', () => {
    const tab = new Tab(exampleProfile, 'lync');
    const result = tab.run(test);
    expect(lines(result, 'hint')).toEqual([expect.stringContaining('sip:alice@contoso.com')]);
    expect(diagnoseExUm(tab.lab, { targetFqdn: 'nowhere.contoso.com', userSipAddress: 'sip:alice@contoso.com' })).toEqual([{ code: 'pool-not-found', params: { pool: 'nowhere.contoso.com' } }]);
  });

  it('does not exist in the Lync Server 2010 shell', () => {
    const profile = cloneExample();
    profile.lync.version = '2010';
    profile.lync.cumulativeUpdate = 3;
    const tab = new Tab(profile, 'lync');
    const result = tab.run(test);
    expect(result.status).not.toBe('ok');
    expect(text(result)).toMatch(/Test-CsExUMConnectivity/);
  });

  it('needs two different users for the voice mail test', () => {
    const { lab } = replayRunbook(exampleProfile, { lang: 'en' });
    const tab = new Tab(exampleProfile, 'lync', lab);
    const result = tab.run('Test-CsExUMVoiceMail -TargetFqdn lyncpool-paris.contoso.com -ReceiverSipAddress sip:alice@contoso.com -SenderSipAddress sip:alice@contoso.com -SenderCredential (Get-Credential alice@contoso.com)');
    expect(lines(result, 'hint')).toEqual(['The sender and the receiver must be two different users.']);
  });
});

describe('Passerelle verbs', () => {
  it('generate prints the profile’s commands, one step with --step', () => {
    const tab = new Tab();
    const all = lines(tab.ok('passerelle generate'), 'text');
    expect(all).toContain('New-UMDialPlan -Name ParisSIP -URIType SipName -VoIPSecurity Secured -NumberOfDigitsInExtension 4 -CountryOrRegionCode \'33\' -DefaultLanguage fr-FR -AccessTelephoneNumbers \'+33140001000\'');
    const one = lines(tab.ok('passerelle generate --step run-exchucutil', 'fr'), 'text');
    expect(one[0]).toMatch(/^# 13\/21 run-exchucutil — /);
    expect(one.some((l) => l.includes('ExchUcUtil.ps1'))).toBe(true);
    expect(tab.run('passerelle generate --step nope').status).toBe('error');
  });

  it('matrix marks the profile’s row', () => {
    const marked = lines(new Tab().ok('passerelle matrix', 'fr'), 'table').filter((l) => l.includes('◀'));
    expect(marked).toEqual([expect.stringMatching(/^RequireEncryption\s+Secured\s+.*◀ votre profil$/)]);
  });

  it('check lists the findings in the reader’s language and the summary', () => {
    const profile = cloneExample();
    profile.dialPlans[0]!.voipSecurity = 'SIPSecured';
    const tab = new Tab(profile);
    const out = tab.ok('passerelle check', 'fr');
    expect(out.output.some((l) => l.ruleId === 'encryption-compatibility' && l.kind === 'error')).toBe(true);
    expect(lines(out, 'text').at(-1)).toMatch(/^1 erreur, 0 avertissement, \d+ remarques?\.$/);
  });
});

describe('the evaluator', () => {
  const tab = () => {
    const t = new Tab();
    t.ok('New-UMDialPlan -Name ParisSIP -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33');
    t.ok('New-UMDialPlan -Name LyonSIP -URIType SipName -NumberOfDigitsInExtension 5 -CountryOrRegionCode 33');
    return t;
  };

  it.each([
    ["Get-UMDialPlan | Where-Object { $_.NumberOfDigitsInExtension -gt 4 } | ForEach-Object { $_.Name }", 'LyonSIP'],
    ['Get-UMDialPlan | Where-Object Name -match "^p" | Select-Object -ExpandProperty Name', 'ParisSIP'],
    ['Get-UMDialPlan | Where-Object Name -ne ParisSIP | % Name', 'LyonSIP'],
    ['Get-UMDialPlan | Sort-Object -Property Name | Select-Object -First 1 -ExpandProperty Name', 'LyonSIP'],
    ['(Get-UMDialPlan).Count', '2'],
    ['(Get-UMDialPlan | ? { $_.Name -like "*SIP" -and $_.NumberOfDigitsInExtension -lt 5 }).Name', 'ParisSIP'],
    ['@(Get-UMDialPlan).Name -join ","', 'ParisSIP,LyonSIP'],
    ['"{0}-{1}" -f "a","b"', 'a-b'],
  ])('%s → %s', (line, expected) => {
    expect(text(tab().ok(line))).toBe(expected);
  });

  it('formats tables and lists with chosen properties', () => {
    expect(lines(tab().ok('Get-UMDialPlan | ft Name,NumberOfDigitsInExtension'), 'table')).toEqual([
      '',
      'Name     NumberOfDigitsInExtension',
      '----     -------------------------',
      'ParisSIP 4',
      'LyonSIP  5',
      '',
    ]);
    expect(lines(tab().ok('Get-UMDialPlan LyonSIP | fl Name,Phone*'), 'text')).toEqual(['', 'Name         : LyonSIP', 'PhoneContext : LyonSIP.contoso.com', '']);
  });
});

describe('odd input', () => {
  it.each([
    '$x = ',
    'Get-UMDialPlan | ',
    '@{ a = }',
    '$null.Foo.Bar',
    '1 / 0',
    '"$(Get-UMDialPlan)"',
    'Get-UMDialPlan | ForEach-Object { $_ | Where-Object { $_ } }',
    'foreach ($d in Get-UMDialPlan) { $d.Name }',
    'if ($true) { "yes" } else { "no" }',
    '& $nothing',
    '[System.Math]::Round(1.5)',
    'Get-UMDialPlan -Identity @()',
    "'unterminated",
    'Reset-Lab; Get-UMDialPlan',
  ])('never throws for %s', (line) => {
    const tab = new Tab();
    expect(() => tab.run(line)).not.toThrow();
    expect(['ok', 'refused', 'error']).toContain(tab.last.status);
  });
});

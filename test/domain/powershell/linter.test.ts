/**
 * The linter on real command lines: every command of DOMAIN-FACTS §2 and §4 (placeholders filled
 * with Contoso values) and everyday admin lines must lint clean in the shell they belong to; the
 * known mistakes must not.
 */
import { describe, expect, it } from 'vitest';
import { lintScript, prepareScript } from '../../../src/domain/powershell/linter.ts';
import { scalarText, staticValue } from '../../../src/domain/powershell/values.ts';
import type { LintOptions } from '../../../src/domain/powershell/script-rule.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { scriptRules } from '../../../src/domain/rules/index.ts';

const ps = scriptRules.filter((r) => r.id.startsWith('ps-'));
const lint = (source: string, options: LintOptions) => lintScript(source, options, ps);

const exchange: string[] = [
  // O3 verification
  'Get-ExchangeServer',
  'Get-UMService',
  'Get-UMCallRouterSettings -Server cas01.contoso.com',
  // O4 / D2 certificates
  'New-ExchangeCertificate -GenerateRequest -SubjectName "CN=mbx01.contoso.com,O=Contoso,C=FR" -DomainName mbx01.contoso.com,cas01.contoso.com -PrivateKeyExportable $true -FriendlyName "Contoso UM" -Server mbx01',
  "Import-ExchangeCertificate -Server mbx01 -FileData ([System.IO.File]::ReadAllBytes('\\\\fs01\\certs\\um.pfx')) -Password (Get-Credential).Password",
  'Enable-ExchangeCertificate -Server mbx01 -Thumbprint 5113AE0233A72FCCB75A1D0198628675333D010E -Services UM,UMCallRouter',
  'Get-ExchangeCertificate | Format-List Thumbprint,Subject,CertificateDomains,Services',
  // O5 / D1 / D3 dial plans
  'New-UMDialPlan -Name ParisSIP -URIType SipName -VoIPSecurity Secured -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33 -AccessTelephoneNumbers "+33140001000" -DefaultLanguage fr-FR',
  'New-UMDialPlan -Name "RedmondDialPlan" -VoIPSecurity "Secured" -NumberOfDigitsInExtension 3 -URIType "SipName" -CountryOrRegionCode 1',
  'Set-UMDialPlan ParisSIP -ConfiguredInCountryOrRegionGroups "Anywhere,*,*,*" -AllowedInCountryOrRegionGroups "Anywhere"',
  '(Get-UMDialPlan ParisSIP).PhoneContext',
  'Set-UMDialPlan -Identity ParisSIP -VoIPSecurity Secured',
  // O6 / D4 / D5 servers and startup mode
  'Set-UMService -Identity mbx01 -DialPlans @{Add="ParisSIP"}',
  'Set-UMCallRouterSettings -Server cas01 -DialPlans @{Add="ParisSIP"}',
  'Get-UMService -Identity mbx01 | Format-List DialPlans,UMStartupMode',
  'Get-UMCallRouterSettings -Server cas01 | Format-List DialPlans,UMStartupMode,SipTcpListeningPort,SipTlsListeningPort',
  'Set-UMService -Identity mbx01 -UMStartupMode Dual',
  'Set-UMCallRouterSettings -Server cas01 -UMStartupMode Dual',
  'Set-UMCallRouterSettings -Server cas01 -SipTlsListeningPort 5061',
  'Set-UMCallRouterSettings -Server cas01 -SipTcpListeningPort 5060',
  'Restart-Service MSExchangeUM',
  'Restart-Service MSExchangeUMCR',
  'Set-UMService -Identity mbx01 -SIPAccessService lyncpool-paris.contoso.com:5061',
  'Set-UMService -Identity mbx01 -DialPlans @{Add="ParisSIP"} -UMStartupMode Dual',
  // D6 auto attendant
  'New-UMAutoAttendant -Name ParisStandard -UMDialPlan ParisSIP -PilotIdentifierList "+33140001001" -SpeechEnabled $true -Status Enabled',
  // O7 / D8 ExchUcUtil and gateways
  'cd $exscripts\n.\\ExchUcUtil.ps1',
  '.\\ExchUcUtil.ps1 -Forest:"corp.contoso.com"',
  'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed $false',
  'Get-UMIPGateway | Format-List Name,Address,OutcallsAllowed,MessageWaitingIndicatorAllowed,HuntGroups',
  'Get-UMHuntGroup | Format-List Name,PilotIdentifier,UMDialPlan,UMIPGateway',
  // O11 / D9 users
  'Enable-UMMailbox -Identity alice@contoso.com -UMMailboxPolicy "ParisSIP Default Policy" -Extensions 1234 -SIPResourceIdentifier "alice@contoso.com" -PIN 482915 -PINExpired $true',
  'New-UMMailboxPolicy -Name ParisPolicy -UMDialPlan ParisSIP',
  // §4 table rows
  'New-UMIPGateway -Name ParisPool -Address lyncpool-paris.contoso.com',
  'New-UMHuntGroup -Name ParisSIP -PilotIdentifier ParisSIP -UMDialPlan ParisSIP -UMIPGateway ParisPool',
  // everyday lines from the brief
  'Get-UMService | Format-List DialPlans,UMStartupMode',
  "Get-ExchangeCertificate | Where-Object { $_.Services -match 'UM' } | ft Thumbprint,Subject",
  'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed:$false',
  'cd $exscripts; .\\ExchUcUtil.ps1 -Forest:"corp.contoso.com"',
  'Get-UMDialPlan | Where-Object URIType -eq SipName | Select-Object Name,PhoneContext,VoIPSecurity',
  'Get-UMMailbox -ResultSize Unlimited | Sort-Object DisplayName | Format-Table DisplayName,Extensions,UMDialPlan -AutoSize',
  'foreach ($server in "mbx01","mbx02") { Set-UMService -Identity $server -DialPlans @{Add="ParisSIP","LyonSIP"} -UMStartupMode Dual }',
  '$cert = Get-ExchangeCertificate -Server mbx01 | Where-Object { $_.Subject -like "CN=mbx01*" }\nEnable-ExchangeCertificate -Server mbx01 -Thumbprint $cert.Thumbprint -Services UM',
  'Get-Service MSExchangeUM*, MSExchangeUMCR -ComputerName mbx01 | Select-Object Name, Status',
  'Invoke-Command -ComputerName mbx01 -ScriptBlock { Restart-Service MSExchangeUM }',
  'Test-NetConnection -ComputerName lyncpool-paris.contoso.com -Port 5061',
  'Resolve-DnsName lyncpool-paris.contoso.com',
];

const lync: string[] = [
  'Get-CsPool',
  'Get-CsService',
  'Get-CsMediaConfiguration',
  'Set-CsMediaConfiguration -Identity global -EncryptionLevel RequireEncryption',
  'Get-CsCertificate',
  'Stop-CsWindowsService -Name RTCSRV -ComputerName fe01.contoso.com',
  'Start-CsWindowsService -Name RTCSRV',
  'New-CsDialPlan -Identity site:Paris -SimpleName Paris -Description "Paris location profile"',
  'New-CsDialPlan -Identity Registrar:lyncpool-paris.contoso.com -SimpleName ParisPool',
  "New-CsVoiceNormalizationRule -Identity \"site:Paris/Four digits\" -Pattern '^(\\d{4})$' -Translation '+3314000$1'",
  'Set-CsPstnUsage -Identity global -Usage @{Add="Paris Local"}',
  'New-CsVoicePolicy -Identity site:Paris -PstnUsages @{Add="Paris Local"}',
  'New-CsVoiceRoute -Identity ParisRoute -NumberPattern \'^\\+33\' -PstnUsages @{Add="Paris Local"} -PstnGatewayList @{Add="PstnGateway:gw01.contoso.com"} -Priority 1',
  'Enable-CsUser -Identity "Alice Martin" -RegistrarPool lyncpool-paris.contoso.com -SipAddress "sip:alice@contoso.com"',
  'Set-CsUser -Identity "Alice Martin" -EnterpriseVoiceEnabled $true -LineURI "tel:+33140001234;ext=1234"',
  'Grant-CsVoicePolicy -Identity "Alice Martin" -PolicyName ParisVoice',
  'Grant-CsDialPlan -Identity "Alice Martin" -PolicyName Paris',
  'New-CsExUmContact -SipAddress sip:paris-aa@contoso.com -RegistrarPool lyncpool-paris.contoso.com -OU "OU=UM,DC=contoso,DC=com" -DisplayNumber "+33140001001" -AutoAttendant $true',
  'Grant-CsOUPermission -ObjectType Contact -OU "OU=UM,DC=contoso,DC=com"',
  '$c = Get-Credential "contoso\\alice"; Test-CsExUMConnectivity -TargetFqdn pool.contoso.com -UserSipAddress "sip:alice@contoso.com" -UserCredential $c',
  '$c = Get-Credential "contoso\\bob"; Test-CsExUMVoiceMail -TargetFqdn lyncpool-paris.contoso.com -ReceiverSipAddress "sip:alice@contoso.com" -SenderSipAddress "sip:bob@contoso.com" -SenderCredential $c',
  'Get-CsUser -Filter {EnterpriseVoiceEnabled -eq $true} | Format-Table DisplayName, SipAddress, LineURI',
  'Get-CsHostedVoicemailPolicy',
];

const cmd: string[] = [
  'net stop MSExchangeUM && net start MSExchangeUM',
  'net stop MSExchangeUMCR & net start MSExchangeUMCR',
  'cd /d "%CommonProgramFiles%\\Microsoft Lync Server 2013\\Support"\nOcsUmUtil.exe',
  '@echo off\nrem restart UM\nnet stop MSExchangeUM\nnet start MSExchangeUM',
];

describe('real lines lint clean in their shell', () => {
  it.each(exchange)('Exchange Management Shell (2013 and 2016): %s', (source) => {
    expect(lint(source, { shell: 'exchange', exchangeVersion: '2013' })).toEqual([]);
    const on2016 = lint(source, { shell: 'exchange', exchangeVersion: '2016' });
    expect(on2016).toEqual([]);
  });

  it.each(lync)('Lync Server Management Shell (2013 and 2015): %s', (source) => {
    expect(lint(source, { shell: 'lync', lyncVersion: '2013' })).toEqual([]);
    expect(lint(source, { shell: 'lync', lyncVersion: '2015' })).toEqual([]);
  });

  it.each(cmd)('cmd.exe: %s', (source) => {
    expect(lint(source, { shell: 'cmd' })).toEqual([]);
  });

  it('the Exchange lines with the example profile raise nothing either, when they name its objects', () => {
    const named = exchange.filter((s) => !/Redmond|Anywhere|ParisPolicy|\$server|cert =/.test(s));
    for (const source of named) expect(lint(source, { shell: 'exchange', exchangeVersion: '2013', profile: exampleProfile }), source).toEqual([]);
  });
});

describe('known mistakes are caught', () => {
  it.each([
    ['net stop MSExchangeUM && net start MSExchangeUM', { shell: 'exchange' }, ['ps-chain-operator']],
    ['Create-ExchangeCertificate -GenerateRequest', { shell: 'exchange' }, ['ps-unknown-cmdlet']],
    ['Set-UMCallRouterService -Server cas01 -UMStartupMode Dual', { shell: 'exchange' }, ['ps-unknown-cmdlet']],
    ['New-UMAutoAttendant -Name ParisAA -UMDialPlan ParisSIP -Enabled $false', { shell: 'exchange' }, ['ps-unknown-parameter']],
    ['New-UMIPGateway -Identity gw -Address pool.contoso.com', { shell: 'exchange' }, ['ps-missing-mandatory', 'ps-unknown-parameter']],
    ['New-UMDialPlan -Name ParisSIP -URIType SipName -NumberofDigits 4', { shell: 'exchange' }, ['ps-missing-mandatory']],
    ['Set-UMService -Identity mbx01 -UMStartupMode Dula', { shell: 'exchange' }, ['ps-enum-value']],
    ['Set-UMIPGateway -Identity 1:1 -OutcallsAllowed false', { shell: 'exchange' }, ['ps-boolean-value']],
    ['.\\ExchUcUtil.ps1 -UMIPGateway gw', { shell: 'exchange' }, ['ps-unknown-parameter']],
    ['Test-CsExUMConnectivity -TargetFqdn pool.contoso.com -UserSipAddress "sip:a@contoso.com"', { shell: 'lync', lyncVersion: '2010' }, ['ps-product-version']],
    ['Get-CsMediaConfiguration', { shell: 'exchange' }, ['ps-wrong-shell']],
    ['Set-UMService -Identity mbx01 -Status Disabled', { shell: 'exchange' }, []],
    ["Set-UMDialPlan -Identity 'ParisSIP", { shell: 'exchange' }, ['ps-parse-error']],
  ] as const)('%s', (source, options, ruleIds) => {
    expect(lint(source, options as LintOptions).map((f) => f.ruleId)).toEqual(ruleIds);
  });
});

describe('lintScript', () => {
  it('sorts findings by position', () => {
    const findings = lint('Set-UMService -Identity mbx01 -UMStartupMode Dula\nGet-Frobnicator\nSet-UMIPGateway -Identity x -OutcallsAllowed no', { shell: 'exchange' });
    expect(findings.map((f) => [f.ruleId, f.range?.line])).toEqual([
      ['ps-enum-value', 1],
      ['ps-unknown-cmdlet', 2],
      ['ps-boolean-value', 3],
    ]);
  });

  it('uses every registered script rule by default', () => {
    expect(lintScript('Get-Frobnicator').map((f) => f.ruleId)).toContain('ps-unknown-cmdlet');
  });

  it('never puts prose in a finding: params are scalars', () => {
    const findings = lint('Set-UMService -D x; New-UMDialPlan -Name x -NumberOfDigitsInExtension 99', { shell: 'exchange' });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) for (const value of Object.values(f.params)) expect(['string', 'number', 'boolean']).toContain(typeof value);
  });
});

describe('prepareScript: the per-command model', () => {
  it('resolves aliases, binds by name, alias, prefix and position, and knows pipeline input', () => {
    const input = prepareScript('Get-UMService | fl DialPlans,UMStartupMode; Set-UMDialPlan ParisSIP -VoIPSec Secured -cf:$false');
    const [get, fl, set] = input.bindings;
    expect(get!.resolvedName).toBe('Get-UMService');
    expect(fl!.resolvedName).toBe('Format-List');
    expect(fl!.receivesPipelineInput).toBe(true);
    expect(fl!.byName.get('Property')?.literals).toEqual(['DialPlans', 'UMStartupMode']);
    expect(set!.byName.get('Identity')).toMatchObject({ literal: 'ParisSIP', positional: true, resolution: 'positional' });
    expect(set!.byName.get('VoIPSecurity')).toMatchObject({ literal: 'Secured', written: 'VoIPSec', resolution: 'prefix' });
    expect(set!.byName.get('Confirm')).toMatchObject({ literal: 'False', resolution: 'alias' });
    expect(set!.parameterSet).toBe('__AllParameterSets');
  });

  it('reads what the command node says and evaluates values when asked, with the same answers every time', () => {
    const source = 'net stop MSExchangeUM @rest --% x\nGet-Service | Set-UMService mbx01 -DialPlans @{Add="ParisSIP"} -UMStartupMode:Dual -Confirm:$false -UMStartupMode TCP';
    const input = prepareScript(source, { shell: 'exchange' });
    const [net, get, set] = input.bindings;
    expect(net!.written).toBe('net');
    expect(net!.arguments.map((a) => source.slice(a.start, a.end))).toEqual(['stop', 'MSExchangeUM']);
    expect([net!.hasSplat, net!.stopParsing, net!.byName.size]).toEqual([true, true, 0]);
    expect([get!.receivesPipelineInput, set!.receivesPipelineInput, set!.written]).toEqual([false, true, 'Set-UMService']);
    const identity = set!.byName.get('Identity')!;
    expect([identity.positional, identity.written, source.slice(identity.start, identity.end)]).toEqual([true, null, 'mbx01']);
    const mode = set!.byName.get('UMStartupMode')!;
    // The first occurrence is the one looked up; the duplicate stays in the list.
    expect([mode.written, mode.literal, source.slice(mode.start, mode.end)]).toEqual(['UMStartupMode', 'Dual', '-UMStartupMode:Dual']);
    expect(set!.parameters.map((p) => p.name)).toEqual(['Identity', 'DialPlans', 'UMStartupMode', 'Confirm', 'UMStartupMode']);
    for (const parameter of set!.parameters) {
      const first = parameter.staticValue;
      expect(first).toEqual(staticValue(parameter.value));
      expect(parameter.staticValue).toBe(first);
      expect(parameter.literal).toBe(scalarText(first));
    }
    expect(set!.byName.get('DialPlans')!.staticValue).toMatchObject({ kind: 'hashtable' });
    expect(set!.byName.get('Confirm')!.literals).toEqual(['False']);
    // A table over more than a dozen parameters (a Map inside) answers like the short one.
    const many = prepareScript(`New-UMDialPlan -Name a ${'-Name b '.repeat(14)}-URIType SipName`).bindings[0]!;
    expect([many.parameters.length, many.byName.get('Name')!.literal, many.byName.get('URIType')!.literal, many.byName.size]).toEqual([16, 'a', 'SipName', 2]);
  });

  it('value rules share one pass per script: each answers for its own script, alone or among the others', () => {
    const valueRules = ['ps-enum-value', 'ps-integer-value', 'ps-value-length', 'ps-value-pattern', 'ps-value-range'].map((id) => scriptRules.find((r) => r.id === id)!);
    const options: LintOptions = { shell: 'exchange' };
    const a = prepareScript('Set-UMService -Identity mbx01 -UMStartupMode Dula\nNew-UMDialPlan -Name x -NumberOfDigitsInExtension four', options);
    const b = prepareScript(`New-UMIPGateway -Name ${'G'.repeat(65)} -Address pool.contoso.com\nSet-UMMailboxPolicy x -MinPINLength 40`, options);
    // One script's pass never answers for another, whichever rule runs first on which script.
    const [enumRule, integerRule, lengthRule, , rangeRule] = valueRules;
    expect(lengthRule!.check(b).map((f) => f.range?.line)).toEqual([1]);
    expect(enumRule!.check(a).map((f) => f.params.value)).toEqual(['Dula']);
    expect(enumRule!.check(b)).toEqual([]);
    expect(integerRule!.check(a).map((f) => f.params.value)).toEqual(['four']);
    expect(rangeRule!.check(b).map((f) => f.params.value)).toEqual(['40']);
    // A caller that changes the list it got does not change the next answer.
    enumRule!.check(a).length = 0;
    expect(enumRule!.check(a)).toHaveLength(1);
    // Each rule alone finds what it finds among all the rules.
    const source = `${a.source}\n${b.source}`;
    const all = lintScript(source, options);
    for (const rule of valueRules) expect(lintScript(source, options, [rule])).toEqual(all.filter((f) => f.ruleId === rule.id));
  });

  it('chooses the parameter set the arguments fit', () => {
    const input = prepareScript('Restart-Service MSExchangeUM; Get-UMService | Where-Object { $_ }; Get-UMService | Where-Object Name -Like mbx*');
    expect(input.bindings.map((b) => b.parameterSet)).toEqual(['Default', '__AllParameterSets', 'ScriptBlockSet', '__AllParameterSets', 'LikeSet']);
  });
});

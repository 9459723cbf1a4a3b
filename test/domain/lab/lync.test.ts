/** Lync cmdlets in the lab: encryption, dial plans, voice routing, users, contacts, Front End. */
import { describe, expect, it } from 'vitest';
import { Tab, lines, text } from './helpers.ts';

const lync = () => new Tab(undefined, 'lync');

describe('media configuration', () => {
  it('starts at the profile’s level and changes the global scope', () => {
    const tab = lync();
    expect(text(tab.ok('Get-CsMediaConfiguration | Format-List Identity,EncryptionLevel'))).toContain('EncryptionLevel : RequireEncryption');
    tab.ok('Set-CsMediaConfiguration -Identity global -EncryptionLevel DoNotSupportEncryption');
    expect(tab.lab.lync.mediaConfigurations).toEqual({ Global: 'DoNotSupportEncryption' });
    // No site-scoped configuration exists until one is created.
    expect(text(tab.run('Set-CsMediaConfiguration -Identity site:Lyon -EncryptionLevel SupportEncryption'))).toContain('Management object not found for identity "Site:Lyon".');
  });
});

describe('dial plans and normalization rules', () => {
  it('creates a site dial plan with a placeholder rule, replaced by the first real rule', () => {
    const tab = lync();
    tab.ok('New-CsDialPlan -Identity site:Paris -SimpleName Paris');
    expect(tab.lab.lync.dialPlans[1]!.normalizationRules.map((r) => r.name)).toEqual(['Prefix All']);
    tab.ok("New-CsVoiceNormalizationRule -Identity 'site:Paris/Ext' -Pattern '^(\\d{4})$' -Translation '+3314000$1'");
    expect(tab.lab.lync.dialPlans[1]!.normalizationRules.map((r) => r.name)).toEqual(['Ext']);
    expect(text(tab.run('New-CsDialPlan -Identity site:Paris'))).toContain('already exists');
    expect(text(tab.run("New-CsVoiceNormalizationRule -Identity 'site:Lyon/Ext' -Pattern '^1$' -Translation '+1'"))).toContain('Management object not found');
  });

  it('grants only per-user dial plans', () => {
    const tab = lync();
    tab.ok('Enable-CsUser -Identity alice@contoso.com -RegistrarPool lyncpool-paris.contoso.com -SipAddress sip:alice@contoso.com');
    tab.ok('New-CsDialPlan -Identity site:Paris -SimpleName Paris');
    expect(text(tab.run('Grant-CsDialPlan -Identity alice@contoso.com -PolicyName Paris'))).toContain('does not exist');
    tab.ok('New-CsDialPlan -Identity ParisUsers');
    tab.ok('Grant-CsDialPlan -Identity alice@contoso.com -PolicyName ParisUsers');
    expect(tab.lab.users[0]!.lync!.dialPlan).toBe('ParisUsers');
  });
});

describe('PSTN usages, voice policies and routes', () => {
  it('needs the usage in the global list first, and a topology gateway', () => {
    const tab = lync();
    expect(text(tab.run("New-CsVoicePolicy -Identity site:Paris -PstnUsages @{Add='PSTN-Paris'}"))).toContain('not in the global list');
    tab.ok("Set-CsPstnUsage -Identity global -Usage @{Add='PSTN-Paris'}");
    tab.ok("New-CsVoicePolicy -Identity site:Paris -PstnUsages @{Add='PSTN-Paris'}");
    expect(text(tab.run("New-CsVoiceRoute -Identity R1 -PstnUsages @{Add='PSTN-Paris'} -PstnGatewayList @{Add='PstnGateway:nowhere.contoso.com'}"))).toContain('Cannot find gateway');
    tab.ok("New-CsVoiceRoute -Identity R1 -NumberPattern '^\\+\\d+$' -PstnUsages @{Add='PSTN-Paris'} -PstnGatewayList @{Add=(Get-CsService -PstnGateway | Select-Object -ExpandProperty Identity)}");
    expect(tab.lab.lync.voiceRoutes[1]).toMatchObject({ identity: 'R1', pstnGatewayList: ['PstnGateway:pstngw01.contoso.com'] });
    expect(text(tab.ok('Get-CsPstnUsage'))).toContain('Usage    : {PSTN-Paris}');
  });
});

describe('users', () => {
  it('enables a user, then Enterprise Voice with a line URI', () => {
    const tab = lync();
    expect(text(tab.run('Set-CsUser -Identity alice@contoso.com -EnterpriseVoiceEnabled $true'))).toContain('Management object not found for identity "alice@contoso.com".');
    tab.ok('Enable-CsUser -Identity alice@contoso.com -RegistrarPool lyncpool-paris.contoso.com -SipAddress sip:alice@contoso.com');
    expect(text(tab.run('Enable-CsUser -Identity bruno@contoso.com -RegistrarPool lyncpool-paris.contoso.com -SipAddress sip:alice@contoso.com'))).toContain('already used');
    // The linter refuses a line URI without tel: before the lab sees it.
    const refused = tab.run("Set-CsUser -Identity alice@contoso.com -LineURI '+33140001234'");
    expect(refused.status).toBe('refused');
    expect(refused.output[0]).toMatchObject({ kind: 'diagnostic', ruleId: 'ps-value-pattern' });
    tab.ok("Set-CsUser -Identity alice@contoso.com -EnterpriseVoiceEnabled $true -LineURI 'tel:+33140001234;ext=1234'");
    expect(tab.lab.users[0]!.lync).toMatchObject({ enterpriseVoiceEnabled: true, lineUri: 'tel:+33140001234;ext=1234', registrarPool: 'lyncpool-paris.contoso.com' });
    expect(text(tab.ok('Get-CsUser sip:alice@contoso.com | Format-List LineURI'))).toContain('LineURI : tel:+33140001234;ext=1234');
    expect(tab.run('Get-CsUser -Identity nobody@contoso.com').status).toBe('error');
  });
});

describe('Exchange UM contacts', () => {
  it('creates contacts with unique SIP addresses and display numbers', () => {
    const tab = lync();
    const contact = (sip: string, number: string) => `New-CsExUmContact -SipAddress ${sip} -RegistrarPool lyncpool-paris.contoso.com -OU 'OU=UM,DC=contoso,DC=com' -DisplayNumber '${number}' -AutoAttendant $true`;
    tab.ok(contact('sip:aa@contoso.com', '+33140001001'));
    expect(text(tab.run(contact('sip:aa@contoso.com', '+33140001002')))).toContain('already in use');
    expect(text(tab.run(contact('sip:aa2@contoso.com', '+33140001001')))).toContain('DisplayNumber');
    expect(tab.run(contact('aa3@contoso.com', '+33140001003')).status).toBe('refused');
    expect(text(tab.ok('Get-CsExUmContact | Format-List DisplayNumber,AutoAttendant'))).toContain('AutoAttendant : True');
  });
});

describe('the Front-End service', () => {
  it('restarts only when stopped then started, on a Front End server of the topology', () => {
    const tab = lync();
    const fe = () => tab.lab.lync.pools[0]!.frontEnd['lyncpool-paris-fe01.contoso.com']!;
    tab.ok('Start-CsWindowsService -Name RTCSRV');
    expect(fe().startedAt).toBe(0);
    tab.ok('Stop-CsWindowsService -Name RTCSRV');
    expect(lines(tab.ok('Get-CsWindowsService -Name RTCSRV'), 'table')[3]).toMatch(/^Stopped RTCSRV/);
    tab.ok('Start-CsWindowsService -Name RTCSRV');
    expect(fe()).toMatchObject({ running: true });
    expect(fe().startedAt).toBeGreaterThan(0);
    expect(text(tab.run('Start-CsWindowsService -Name RTCSRV -ComputerName mbx01.contoso.com'))).toContain('Cannot find computer');
  });

  it('lists the pools with their computers', () => {
    const tab = lync();
    expect(text(tab.ok('Get-CsPool -Identity lyncpool-paris.contoso.com | Format-List Identity,Site,Computers'))).toContain(
      'Computers : {lyncpool-paris-fe01.contoso.com, lyncpool-paris-fe02.contoso.com}',
    );
    expect(text(tab.ok('(Get-CsPool lyncpool-lyon.contoso.com).Computers'))).toBe('lyncpool-lyon.contoso.com');
  });
});

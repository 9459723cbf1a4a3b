/** ExchUcUtil.ps1 in the lab does what the real script does (DOMAIN-FACTS O7/D8, §6). */
import { describe, expect, it } from 'vitest';
import { Tab, lines, text } from './helpers.ts';

function ready(): Tab {
  const tab = new Tab();
  tab.ok('New-UMDialPlan -Name ParisSIP -URIType SipName -VoIPSecurity Secured -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33');
  tab.ok('New-UMDialPlan -Name LyonSIP -URIType SipName -VoIPSecurity Secured -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33');
  tab.ok('New-UMDialPlan -Name HQ -URIType TelExtn -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33');
  return tab;
}

describe('ExchUcUtil.ps1', () => {
  it('must start in the Scripts folder: the linter refuses it elsewhere', () => {
    const tab = ready();
    const refused = tab.run('.\\ExchUcUtil.ps1');
    expect(refused.status).toBe('refused');
    expect(refused.output[0]!.ruleId).toBe('exchucutil-from-scripts-folder');
    expect(tab.lab.exchange.ipGateways).toEqual([]);
  });

  it('runs from $exscripts: one gateway per pool named after its AD CN, one hunt group per SIP dial plan', () => {
    const tab = ready();
    tab.ok('Set-Location $exscripts');
    expect(tab.session.cwd).toBe('C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Scripts');
    const run = tab.ok('.\\ExchUcUtil.ps1');
    expect(tab.lab.exchange.ipGateways.map((g) => [g.name, g.address, g.outcallsAllowed, g.messageWaitingIndicatorAllowed])).toEqual([
      ['1:1', 'lyncpool-paris.contoso.com', true, true],
      ['2:1', 'lyncpool-lyon.contoso.com', true, true],
    ]);
    expect(tab.lab.exchange.huntGroups.map((h) => `${h.umIpGateway}\\${h.name}=${h.pilotIdentifier}`)).toEqual([
      '1:1\\ParisSIP=ParisSIP',
      '1:1\\LyonSIP=LyonSIP',
      '2:1\\ParisSIP=ParisSIP',
      '2:1\\LyonSIP=LyonSIP',
    ]);
    expect(tab.lab.exchange.permissions.map((p) => `${p.group}:${p.objectName}`)).toEqual([
      'RTCUniversalServerAdmins:Contoso',
      'RTCUniversalServerAdmins:UM DialPlan Container',
      'RTCUniversalServerAdmins:UM AutoAttendant Container',
      'RTCComponentUniversalServices:Contoso',
      'RTCComponentUniversalServices:UM DialPlan Container',
      'RTCComponentUniversalServices:UM AutoAttendant Container',
    ]);
    expect(lines(run, 'table')).toContain('lyncpool-paris.contoso.com 1:1         ParisSIP LyonSIP');
    expect(lines(run, 'hint')).toHaveLength(1);
  });

  it('matches existing gateways by Address, re-allows outgoing calls and recreates hunt groups on every run', () => {
    const tab = ready();
    tab.ok('New-UMIPGateway -Name Paris -Address lyncpool-paris.contoso.com');
    tab.ok('New-UMHuntGroup -Name Old -UMIPGateway Paris -UMDialPlan ParisSIP -PilotIdentifier Old');
    tab.ok('Set-UMIPGateway -Identity Paris -OutcallsAllowed $false');
    tab.ok('Set-Location $exscripts');
    tab.ok('.\\ExchUcUtil.ps1 -Verify');
    expect(tab.lab.exchange.ipGateways.map((g) => [g.name, g.outcallsAllowed])).toEqual([
      ['Paris', true],
      ['2:1', true],
    ]);
    expect(tab.lab.exchange.huntGroups.filter((h) => h.umIpGateway === 'Paris').map((h) => h.name)).toEqual(['ParisSIP', 'LyonSIP']);
  });

  it('says "(not found)" when no SIP dial plan exists', () => {
    const tab = new Tab();
    tab.ok('Set-Location $exscripts');
    expect(text(tab.ok('.\\ExchUcUtil.ps1'))).toContain('(not found)');
  });

  it('needs .\\ even in the Scripts folder, and is an Exchange script', () => {
    const tab = ready();
    tab.ok('Set-Location $exscripts');
    expect(text(tab.run('ExchUcUtil.ps1'))).toContain("The term 'ExchUcUtil.ps1' is not recognized");
    tab.on('lync');
    expect(tab.run('.\\ExchUcUtil.ps1').status).not.toBe('ok');
  });
});

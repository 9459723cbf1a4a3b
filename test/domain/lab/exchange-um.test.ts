/** Exchange UM cmdlets in the lab: their effects on the state, their output and their real errors. */
import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { Tab, exchange2016Profile, lines, text } from './helpers.ts';

const newParis = "New-UMDialPlan -Name ParisSIP -URIType SipName -VoIPSecurity Secured -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33";
const newTel = 'New-UMDialPlan -Name HQ -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33';

function withDialPlans(): Tab {
  const tab = new Tab();
  tab.ok(newParis);
  tab.ok("New-UMDialPlan -Name LyonSIP -URIType SipName -VoIPSecurity Secured -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33 -AccessTelephoneNumbers '+33472001000'");
  tab.ok(newTel);
  return tab;
}

describe('New-UMDialPlan / Get-UMDialPlan / Set-UMDialPlan', () => {
  it('creates the dial plan, its default mailbox policy and its phone context', () => {
    const tab = withDialPlans();
    expect(tab.lab.exchange.dialPlans.map((d) => [d.name, d.uriType, d.phoneContext])).toEqual([
      ['ParisSIP', 'SipName', 'ParisSIP.contoso.com'],
      ['LyonSIP', 'SipName', 'LyonSIP.contoso.com'],
      ['HQ', 'TelExtn', 'HQ.contoso.com'],
    ]);
    expect(tab.lab.exchange.mailboxPolicies.map((p) => p.name)).toEqual(['ParisSIP Default Policy', 'LyonSIP Default Policy', 'HQ Default Policy']);
    expect(text(tab.ok('(Get-UMDialPlan ParisSIP).PhoneContext'))).toBe('ParisSIP.contoso.com');
  });

  it('defaults to TelExtn and Unsecured, as New-UMDialPlan does', () => {
    const tab = withDialPlans();
    expect(tab.lab.exchange.dialPlans[2]).toMatchObject({ uriType: 'TelExtn', voipSecurity: 'Unsecured' });
  });

  it('refuses a duplicate name with Active Directory’s error and a hint', () => {
    const tab = withDialPlans();
    const result = tab.run(newParis.replace('ParisSIP', 'parissip'));
    expect(result.status).toBe('error');
    expect(lines(result, 'error')[0]).toMatch(/^New-UMDialPlan : Active Directory operation failed on dc01\.contoso\.com\. The object 'CN=parissip,CN=UM DialPlan Container,.*' already exists\.$/);
    expect(lines(result, 'hint')).toHaveLength(1);
  });

  it('changes VoIPSecurity and refuses an unknown identity', () => {
    const tab = withDialPlans();
    tab.ok('Set-UMDialPlan -Identity ParisSIP -VoIPSecurity SIPSecured');
    expect(tab.lab.exchange.dialPlans[0]!.voipSecurity).toBe('SIPSecured');
    const missing = tab.run('Get-UMDialPlan -Identity Nowhere');
    expect(missing.status).toBe('error');
    expect(text(missing)).toContain("The operation couldn't be performed because object 'Nowhere' couldn't be found on 'dc01.contoso.com'.");
  });

  it('prints a table by default and the chosen properties with Format-List', () => {
    const tab = withDialPlans();
    expect(lines(tab.ok('Get-UMDialPlan'), 'table').slice(1, 3)).toEqual([
      'Name     NumberOfDigitsInExtension URIType VoIPSecurity',
      '----     ------------------------- ------- ------------',
    ]);
    expect(lines(tab.ok('Get-UMDialPlan LyonSIP | Format-List Name,AccessTelephoneNumbers'), 'text')).toEqual(['', 'Name                   : LyonSIP', 'AccessTelephoneNumbers : {+33472001000}', '']);
  });
});

describe('Set-UMService / Set-UMCallRouterSettings', () => {
  it('adds with @{Add=…}, replaces with a list, empties with $null', () => {
    const tab = withDialPlans();
    tab.ok("Set-UMService -Identity mbx01.contoso.com -DialPlans @{Add='ParisSIP'}");
    tab.ok("Set-UMService -Identity mbx01 -DialPlans @{Add='LyonSIP'}");
    expect(tab.lab.exchange.servers[1]!.umService!.dialPlans).toEqual(['ParisSIP', 'LyonSIP']);
    tab.run('Set-UMService -Identity mbx01.contoso.com -DialPlans LyonSIP');
    expect(tab.lab.exchange.servers[1]!.umService!.dialPlans).toEqual(['LyonSIP']);
    tab.ok("Set-UMService -Identity mbx01.contoso.com -DialPlans @{Remove='LyonSIP'}");
    expect(tab.lab.exchange.servers[1]!.umService!.dialPlans).toEqual([]);
  });

  it('refuses a non-SIP dial plan on the UM service and on the call router', () => {
    const tab = withDialPlans();
    for (const line of ["Set-UMService -Identity mbx01.contoso.com -DialPlans @{Add='HQ'}", "Set-UMCallRouterSettings -Server cas01.contoso.com -DialPlans @{Add='HQ'}"]) {
      const result = tab.run(line);
      expect(result.status).toBe('error');
      expect(text(result)).toContain('Exchange 2013 servers can be associated only with SIP URI dial plans');
    }
    expect(tab.lab.exchange.servers.every((s) => (s.umService ?? s.callRouter)!.dialPlans.length === 0)).toBe(true);
  });

  it('refuses the UM service on a Client Access server and the call router on a 2013 Mailbox server', () => {
    const tab = withDialPlans();
    expect(tab.run('Set-UMService -Identity cas01.contoso.com -UMStartupMode Dual').status).toBe('error');
    expect(tab.run('Get-UMCallRouterSettings -Server mbx01.contoso.com').status).toBe('error');
  });

  it('keeps the new startup mode pending until the service restarts', () => {
    const tab = withDialPlans();
    const result = tab.ok('Set-UMService -Identity mbx01.contoso.com -UMStartupMode Dual');
    expect(lines(result, 'warning')[0]).toMatch(/^WARNING: .*restarted on MBX01\.$/);
    expect(tab.lab.exchange.servers[1]!.umService).toMatchObject({ umStartupMode: 'Dual', effectiveStartupMode: 'TCP' });
    tab.on('exchange', 'mbx01.contoso.com').ok('Restart-Service MSExchangeUM');
    expect(tab.lab.exchange.servers[1]!.umService!.effectiveStartupMode).toBe('Dual');
  });

  it('applies -Server to the local machine when omitted, and both services run on a 2016 Mailbox server', () => {
    const tab = new Tab(exchange2016Profile());
    tab.ok(newParis);
    tab.ok("Set-UMCallRouterSettings -DialPlans @{Add='ParisSIP'} -UMStartupMode TLS");
    expect(tab.lab.exchange.servers[0]!.callRouter).toMatchObject({ dialPlans: ['ParisSIP'], umStartupMode: 'TLS' });
    expect(tab.lab.exchange.servers[0]!.umService).not.toBeNull();
  });
});

describe('IP gateways and hunt groups', () => {
  it('creates, lists, filters and sets gateways through the pipeline', () => {
    const tab = withDialPlans();
    tab.ok('New-UMIPGateway -Name GW1 -Address gw1.contoso.com');
    tab.ok('New-UMIPGateway -Name GW2 -Address gw2.contoso.com');
    expect(tab.run('New-UMIPGateway -Name gw1 -Address x.contoso.com').status).toBe('error');
    tab.ok("Get-UMIPGateway | Where-Object { $_.Name -like '*2' } | Set-UMIPGateway -OutcallsAllowed $false");
    expect(tab.lab.exchange.ipGateways.map((g) => g.outcallsAllowed)).toEqual([true, false]);
    expect(lines(tab.ok('Get-UMIPGateway | Where-Object OutcallsAllowed -eq $false | Format-Table Name'), 'table')).toEqual(['', 'Name', '----', 'GW2', '']);
    tab.ok('Disable-UMIPGateway -Identity GW1');
    expect(tab.lab.exchange.ipGateways[0]!.status).toBe('Disabled');
  });

  it('creates hunt groups on a gateway, refuses a duplicate pilot, removes them with the gateway', () => {
    const tab = withDialPlans();
    tab.ok('New-UMIPGateway -Name GW1 -Address gw1.contoso.com');
    tab.ok('New-UMHuntGroup -Name Paris -UMIPGateway GW1 -UMDialPlan ParisSIP -PilotIdentifier ParisSIP');
    expect(tab.run('New-UMHuntGroup -Name Other -UMIPGateway GW1 -UMDialPlan LyonSIP -PilotIdentifier ParisSIP').status).toBe('error');
    expect(text(tab.ok('Get-UMHuntGroup -Identity GW1\\Paris | Format-List Identity'))).toContain('Identity : GW1\\Paris');
    tab.ok('Remove-UMIPGateway -Identity GW1');
    expect(tab.lab.exchange.huntGroups).toEqual([]);
  });
});

describe('auto attendants and UM mailboxes', () => {
  it('creates an auto attendant disabled by default, enabled with -Status Enabled', () => {
    const tab = withDialPlans();
    tab.ok('New-UMAutoAttendant -Name AA1 -UMDialPlan ParisSIP');
    tab.ok("New-UMAutoAttendant -Name AA2 -UMDialPlan ParisSIP -PilotIdentifierList '+33140001001' -Status Enabled");
    expect(tab.lab.exchange.autoAttendants.map((a) => a.status)).toEqual(['Disabled', 'Enabled']);
    expect(tab.run('New-UMAutoAttendant -Name AA3 -UMDialPlan Nowhere').status).toBe('error');
  });

  it('enables a mailbox with the dial plan’s checks', () => {
    const tab = withDialPlans();
    const enable = (rest: string) => tab.run(`Enable-UMMailbox -Identity alice@contoso.com -UMMailboxPolicy 'ParisSIP Default Policy' ${rest}`);
    expect(text(enable('-Extensions 123 -SIPResourceIdentifier alice@contoso.com'))).toContain('must have 4 digits');
    expect(text(enable('-Extensions 1234'))).toContain('The SIP resource identifier is required');
    expect(enable('-Extensions 1234 -SIPResourceIdentifier alice@contoso.com').status).toBe('ok');
    expect(text(enable('-Extensions 1234 -SIPResourceIdentifier alice@contoso.com'))).toContain('already enabled for Unified Messaging');
    expect(text(tab.run("Enable-UMMailbox -Identity bruno@contoso.com -UMMailboxPolicy 'ParisSIP Default Policy' -Extensions 1234 -SIPResourceIdentifier bruno@contoso.com"))).toContain('already assigned to "alice@contoso.com"');
    expect(tab.lab.users[0]!.um).toEqual({ umMailboxPolicy: 'ParisSIP Default Policy', extensions: ['1234'], sipResourceIdentifier: 'alice@contoso.com' });
    expect(text(tab.run('Get-UMMailbox -Identity bruno'))).toContain("isn't enabled for Unified Messaging");
    expect(text(tab.run('Get-UMMailbox -Identity nobody@contoso.com'))).toContain("couldn't be found");
  });
});

describe('Get-ExchangeServer', () => {
  it('lists the profile’s servers with their roles and version', () => {
    const tab = new Tab();
    expect(lines(tab.ok('Get-ExchangeServer | Format-Table Name,ServerRole,AdminDisplayVersion'), 'table').slice(3)).toEqual([
      'CAS01 ClientAccess Version 15.0 (Build 1497.2)',
      'MBX01 Mailbox      Version 15.0 (Build 1497.2)',
      'MBX02 Mailbox      Version 15.0 (Build 1497.2)',
      '',
    ]);
  });
});

it('the example profile is the default', () => {
  expect(new Tab().profile).toBe(exampleProfile);
});

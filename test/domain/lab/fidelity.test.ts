/**
 * Lab behaviours checked against Microsoft's cmdlet reference (issue 13, items 10–15): removing UM
 * and Lync objects with their in-use checks, whose mailbox Test-CsExUMVoiceMail checks, and more.
 */
import { describe, expect, it } from 'vitest';
import { replayRunbook } from '../../../src/domain/lab/replay.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { Tab, lines, text } from './helpers.ts';

/** A tab on the lab the whole runbook built. */
function configured(shell: 'exchange' | 'lync' = 'exchange'): Tab {
  return new Tab(exampleProfile, shell, replayRunbook(exampleProfile, { lang: 'en' }).lab);
}

describe('Remove-UMDialPlan (Remove-UMDialPlan.md: refused while a server, gateway or policy references it)', () => {
  it('refuses a dial plan in use, says by what, and removes nothing', () => {
    const tab = configured();
    const before = tab.lab.exchange;
    const result = tab.run('Remove-UMDialPlan ParisSIP');
    expect(result.status).toBe('error');
    expect(lines(result, 'error')[0]).toBe('Remove-UMDialPlan : The UM dial plan "ParisSIP" can\'t be removed because it\'s associated with servers: cas01, mbx01, mbx02.');
    expect(lines(result, 'hint')[0]).toContain('ParisSIP is still used by: cas01, mbx01, mbx02, 1:1\\ParisSIP, 2:1\\ParisSIP, ParisSIP Default Policy, ParisStandard.');
    expect(tab.lab.exchange).toEqual(before);
  });

  it('names the next reference once the servers are unlinked, and removes the plan once nothing uses it', () => {
    const tab = new Tab();
    tab.ok('New-UMDialPlan -Name Trial -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33');
    tab.ok("Set-UMService -Identity mbx01.contoso.com -DialPlans @{Add='Trial'}");
    expect(lines(tab.run('Remove-UMDialPlan Trial'), 'error')[0]).toContain('associated with servers: mbx01');
    tab.ok("Set-UMService -Identity mbx01.contoso.com -DialPlans @{Remove='Trial'}");
    expect(lines(tab.run('Remove-UMDialPlan Trial'), 'error')[0]).toContain('associated with UM mailbox policies: Trial Default Policy');
    tab.ok("Remove-UMMailboxPolicy 'Trial Default Policy'");
    tab.ok('Remove-UMDialPlan Trial');
    expect(tab.lab.exchange.dialPlans).toEqual([]);
    expect(lines(tab.run('Get-UMDialPlan Trial'), 'error')[0]).toContain("couldn't be found");
  });

  it('counts hunt groups (the gateway’s link) and auto attendants as uses', () => {
    const tab = new Tab();
    tab.ok('New-UMDialPlan -Name Trial -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33 -GenerateUMMailboxPolicy:$false');
    tab.ok('New-UMIPGateway -Name GW -Address lyncpool-paris.contoso.com');
    tab.ok('New-UMHuntGroup -Name Trial -UMIPGateway GW -UMDialPlan Trial -PilotIdentifier Trial');
    tab.ok('New-UMAutoAttendant -Name Desk -UMDialPlan Trial -PilotIdentifierList +33140009999');
    expect(lines(tab.run('Remove-UMDialPlan Trial'), 'error')[0]).toContain('associated with UM hunt groups: GW\\Trial');
    const removed = tab.ok('Remove-UMHuntGroup GW\\Trial');
    expect(lines(removed, 'hint')).toEqual([expect.stringContaining('UM IP gateway GW has no hunt group left')]);
    expect(lines(tab.run('Remove-UMDialPlan Trial'), 'error')[0]).toContain('associated with UM auto attendants: Desk');
    tab.ok('Remove-UMAutoAttendant Desk');
    expect(tab.lab.exchange.autoAttendants).toEqual([]);
    tab.ok('Remove-UMDialPlan Trial');
    expect(tab.lab.exchange.dialPlans).toEqual([]);
  });
});

describe('Remove-UMMailboxPolicy (refused while UM-enabled mailboxes use it)', () => {
  it('refuses, then removes after the mailboxes are disabled', () => {
    const tab = configured();
    const refused = tab.run("Remove-UMMailboxPolicy 'LyonSIP Default Policy'");
    expect(lines(refused, 'error')[0]).toBe('Remove-UMMailboxPolicy : The UM mailbox policy "LyonSIP Default Policy" can\'t be removed because it\'s associated with UM-enabled mailboxes: chloe@contoso.com.');
    expect(lines(tab.run("Remove-UMMailboxPolicy 'LyonSIP Default Policy'", 'fr'), 'hint')[0]).toMatch(/^Des boîtes aux lettres activées pour la messagerie unifiée utilisent encore LyonSIP Default Policy\u00a0: chloe@contoso\.com\./);
    tab.ok('Disable-UMMailbox chloe@contoso.com');
    tab.ok("Remove-UMMailboxPolicy 'LyonSIP Default Policy'");
    expect(tab.lab.exchange.mailboxPolicies.map((p) => p.name)).toEqual(['ParisSIP Default Policy']);
    expect(lines(tab.run('Remove-UMMailboxPolicy Nowhere'), 'error')[0]).toContain("couldn't be found");
  });

  it('Set-UMMailbox moves a mailbox to another policy of its dial plan only', () => {
    const tab = configured();
    tab.ok("New-UMMailboxPolicy -Name 'Paris Staff' -UMDialPlan ParisSIP");
    tab.ok("Set-UMMailbox alice@contoso.com -UMMailboxPolicy 'Paris Staff'");
    expect(tab.lab.users.find((u) => u.identity === 'alice@contoso.com')!.um!.umMailboxPolicy).toBe('Paris Staff');
    expect(lines(tab.run("Set-UMMailbox alice@contoso.com -UMMailboxPolicy 'LyonSIP Default Policy'"), 'error')[0]).toContain('belongs to dial plan "LyonSIP"');
  });
});

describe('Remove-CsDialPlan (Remove-CsDialPlan.md)', () => {
  it('removes a per-user plan and its users fall back; the global plan is reset, not removed', () => {
    const tab = configured('lync');
    tab.ok('New-CsDialPlan -Identity Trial');
    tab.ok('Grant-CsDialPlan -Identity alice@contoso.com -PolicyName Trial');
    expect(tab.lab.users.find((u) => u.identity === 'alice@contoso.com')!.lync!.dialPlan).toBe('Trial');
    tab.ok('Remove-CsDialPlan -Identity Trial');
    expect(tab.lab.lync.dialPlans.some((d) => d.identity === 'Tag:Trial')).toBe(false);
    expect(tab.lab.users.find((u) => u.identity === 'alice@contoso.com')!.lync!.dialPlan).toBeNull();
    tab.ok("New-CsVoiceNormalizationRule -Identity 'Global/Eleven' -Pattern '^(\\d{11})$' -Translation '+$1'");
    tab.ok('Remove-CsDialPlan -Identity Global');
    expect(tab.lab.lync.dialPlans.find((d) => d.identity === 'Global')!.normalizationRules.map((r) => r.name)).toEqual(['Keep All']);
    expect(tab.run('Remove-CsDialPlan -Identity Nowhere').status).toBe('error');
  });
});

describe('Test-CsExUMVoiceMail checks the receiver’s mailbox', () => {
  it('passes for a sender without a UM mailbox, and fails when the receiver has none', () => {
    const tab = configured();
    tab.ok('Disable-UMMailbox alice@contoso.com');
    tab.on('lync');
    const aliceSends = tab.run('Test-CsExUMVoiceMail -TargetFqdn lyncpool-paris.contoso.com -ReceiverSipAddress sip:bruno@contoso.com -SenderSipAddress sip:alice@contoso.com');
    expect(aliceSends.status).toBe('ok');
    expect(text(aliceSends)).toMatch(/Result\s+: Success/);
    const aliceReceives = tab.run('Test-CsExUMVoiceMail -TargetFqdn lyncpool-paris.contoso.com -ReceiverSipAddress sip:alice@contoso.com -SenderSipAddress sip:bruno@contoso.com');
    expect(aliceReceives.status).toBe('error');
    expect(text(aliceReceives)).toMatch(/Result\s+: Failure/);
    expect(lines(aliceReceives, 'hint').join('\n')).toContain('alice@contoso.com');
  });
});

describe('UM languages (New-UMDialPlan.md, Set-UMAutoAttendant.md: chosen from the available languages)', () => {
  it('gives the Mailbox servers en-US plus the profile’s language (country code 33 → fr-FR)', () => {
    const lab = new Tab().lab;
    const mailbox = lab.exchange.servers.filter((s) => s.umService);
    expect(mailbox.length).toBeGreaterThan(0);
    for (const server of mailbox) expect(server.umLanguages).toEqual(['en-US', 'fr-FR']);
    for (const server of lab.exchange.servers.filter((s) => !s.umService)) expect(server.umLanguages).toBeUndefined();
  });

  it('accepts an installed language in its installed spelling, refuses one no server has, and shows both', () => {
    const tab = new Tab();
    tab.ok('New-UMDialPlan -Name ParisSIP -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33 -DefaultLanguage fr-fr');
    expect(text(tab.ok('Get-UMDialPlan ParisSIP | Format-List Name,DefaultLanguage'))).toContain('DefaultLanguage : fr-FR');
    const refused = tab.run('New-UMDialPlan -Name BerlinSIP -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 49 -DefaultLanguage de-DE');
    expect(lines(refused, 'error')[0]).toBe('New-UMDialPlan : The language "de-DE" isn\'t available. Install the UM language pack on the Mailbox servers first. Available languages: en-US, fr-FR.');
    expect(lines(refused, 'hint')[0]).toContain('Setup.exe /AddUmLanguagePack:de-DE');
    expect(tab.lab.exchange.dialPlans.map((d) => d.name)).toEqual(['ParisSIP']);
    expect(tab.run('Set-UMDialPlan ParisSIP -DefaultLanguage xx-XX').status).toBe('error');
    expect(tab.lab.exchange.dialPlans[0]!.defaultLanguage).toBe('fr-FR');

    tab.ok('New-UMAutoAttendant -Name Desk -UMDialPlan ParisSIP -PilotIdentifierList +33140001001');
    expect(text(tab.ok('Get-UMAutoAttendant Desk | Format-List Name,Language'))).toContain('Language : fr-FR');
    tab.ok('Set-UMAutoAttendant Desk -Language en-US');
    expect(text(tab.ok('Get-UMAutoAttendant Desk | Format-List Language'))).toContain('Language : en-US');
    expect(tab.run('Set-UMAutoAttendant Desk -Language de-DE').status).toBe('error');
  });

  it('offers only en-US on a freshly installed server of a profile without another country', () => {
    const profile = structuredClone(exampleProfile);
    for (const dialPlan of profile.dialPlans) dialPlan.countryCode = '1';
    const tab = new Tab(profile);
    expect(tab.lab.exchange.servers.find((s) => s.umService)!.umLanguages).toEqual(['en-US']);
    expect(tab.run('New-UMDialPlan -Name P -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 1 -DefaultLanguage fr-FR').status).toBe('error');
  });
});

describe('site-scoped media configuration (New-CsMediaConfiguration -Identity site:…)', () => {
  it('takes precedence over the global one for the pools of its site only', () => {
    const tab = configured();
    tab.ok("Set-UMDialPlan -Identity ParisSIP -VoIPSecurity SIPSecured");
    tab.ok("Set-UMDialPlan -Identity LyonSIP -VoIPSecurity SIPSecured");
    tab.on('lync');
    const test = (pool: string, user: string) => tab.run(`Test-CsExUMConnectivity -TargetFqdn ${pool} -UserSipAddress sip:${user}@contoso.com`);
    expect(text(test('lyncpool-paris.contoso.com', 'alice'))).toContain('Incompatible security setting');
    tab.ok('New-CsMediaConfiguration -Identity site:Paris -EncryptionLevel SupportEncryption');
    expect(text(tab.ok('Get-CsMediaConfiguration -Identity site:Paris | Format-List Identity,EncryptionLevel'))).toContain('EncryptionLevel : SupportEncryption');
    expect(test('lyncpool-paris.contoso.com', 'alice').status).toBe('ok');
    expect(text(test('lyncpool-lyon.contoso.com', 'chloe'))).toContain('Incompatible security setting');
    tab.ok('Remove-CsMediaConfiguration -Identity site:Paris');
    expect(text(test('lyncpool-paris.contoso.com', 'alice'))).toContain('Incompatible security setting');
  });
});

describe('TLS names between Lync and UM', () => {
  it('fails the connectivity test with the real reason when the UM certificate does not name the server', () => {
    const tab = configured();
    // A certificate from the trusted CA that names cas01 only, assigned to mbx02's UM service and loaded.
    tab.on('exchange', 'mbx02.contoso.com');
    tab.ok("New-ExchangeCertificate -GenerateRequest -SubjectName 'CN=cas01.contoso.com' -DomainName cas01.contoso.com -PrivateKeyExportable $true | Set-Content -LiteralPath C:\\vm.req");
    tab.ok('Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes("C:\\vm.cer"))');
    const thumbprint = tab.lab.exchange.servers.find((s) => s.fqdn === 'mbx02.contoso.com')!.certificates.find((c) => c.certificateDomains.join() === 'cas01.contoso.com')!.thumbprint;
    tab.ok(`Enable-ExchangeCertificate -Thumbprint ${thumbprint} -Services UM`);
    tab.ok('Restart-Service MSExchangeUM');
    tab.on('lync');
    const result = tab.run('Test-CsExUMConnectivity -TargetFqdn lyncpool-paris.contoso.com -UserSipAddress sip:alice@contoso.com');
    expect(result.status).toBe('error');
    expect(text(result)).toMatch(/Error\s+: TLS negotiation with Exchange UM failed \(mbx02\): the certificate's subject and subject alternative names \(cas01\.contoso\.com\) do not include mbx02\.contoso\.com\./);
    expect(lines(result, 'hint')).toContainEqual(expect.stringContaining('The UM certificate on mbx02.contoso.com names cas01.contoso.com, not mbx02.contoso.com'));
  });

  it('accepts a wildcard for exactly one label', async () => {
    const { certificateNames } = await import('../../../src/domain/lab/readiness.ts');
    expect(certificateNames('CN=x', ['*.contoso.com'], 'mbx01.contoso.com')).toBe(true);
    expect(certificateNames('CN=x', ['*.contoso.com'], 'a.mbx01.contoso.com')).toBe(false);
    expect(certificateNames('CN=MBX01.contoso.com', [], 'mbx01.contoso.com')).toBe(true);
    expect(certificateNames('CN=cas01.contoso.com', ['cas01.contoso.com'], 'mbx01.contoso.com')).toBe(false);
  });
});

describe('-PrivateKeyExportable (New-ExchangeCertificate.md: $false, the default, cannot be exported)', () => {
  function requested(exportable: boolean): Tab {
    const tab = new Tab();
    tab.on('exchange', 'mbx01.contoso.com');
    tab.ok(`New-ExchangeCertificate -GenerateRequest -SubjectName 'CN=cas01.contoso.com' -DomainName cas01.contoso.com,mbx01.contoso.com,mbx02.contoso.com${exportable ? ' -PrivateKeyExportable $true' : ''} | Set-Content -LiteralPath C:\\um.req`);
    tab.ok('Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes("C:\\um.cer"))');
    return tab;
  }
  const thumbprintOf = (tab: Tab) => tab.lab.exchange.servers.find((s) => s.fqdn === 'mbx01.contoso.com')!.certificates.find((c) => c.subject === 'CN=cas01.contoso.com')!.thumbprint;

  it('refuses to export a non-exportable key, and no PFX of it exists for the other servers', () => {
    const tab = requested(false);
    const refused = tab.run(`Export-ExchangeCertificate -Thumbprint ${thumbprintOf(tab)} -FileName C:\\um.pfx -Password (Get-Credential).Password`);
    expect(refused.status).toBe('error');
    expect(lines(refused, 'error')[0]).toBe(`Export-ExchangeCertificate : The private key of the certificate with thumbprint ${thumbprintOf(tab)} can't be exported: it was created with PrivateKeyExportable $false.`);
    expect(lines(refused, 'hint')[0]).toContain('-PrivateKeyExportable $true');
    tab.on('exchange', 'mbx02.contoso.com');
    expect(tab.run('Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes("C:\\um.pfx")) -Password (Get-Credential).Password').status).toBe('error');
  });

  it('exports an exportable key to a PFX that another server imports', () => {
    const tab = requested(true);
    tab.ok(`Export-ExchangeCertificate -Thumbprint ${thumbprintOf(tab)} -FileName C:\\exported.pfx -Password (Get-Credential).Password`);
    tab.on('exchange', 'mbx02.contoso.com');
    tab.ok('Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes("C:\\exported.pfx")) -Password (Get-Credential).Password');
    expect(tab.lab.exchange.servers.find((s) => s.fqdn === 'mbx02.contoso.com')!.certificates.some((c) => c.thumbprint === thumbprintOf(tab) && c.status === 'Valid')).toBe(true);
  });
});

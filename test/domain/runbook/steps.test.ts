import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { hasMessage } from '../../../src/i18n/index.ts';
import {
  anyExchangeServer,
  generateAll,
  stepById,
  stepIds,
  stepMessageKeys,
  steps,
  type RunbookCommand,
  type StepId,
} from '../../../src/domain/runbook/index.ts';
import { cloneExample, exchange2016Profile } from './helpers.ts';

const texts = (commands: RunbookCommand[], step: StepId, filter: (c: RunbookCommand) => boolean = () => true) =>
  commands.filter((c) => c.step === step && filter(c)).map((c) => c.text);
const actions = (c: RunbookCommand) => !c.verify;

describe('steps', () => {
  it('have unique kebab-case ids and depend only on earlier steps (a topological order)', () => {
    expect(new Set(stepIds).size).toBe(stepIds.length);
    steps.forEach((step, index) => {
      expect(step.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const dependency of step.dependsOn) {
        expect(stepIds.indexOf(dependency), `${step.id} depends on ${dependency}`).toBeGreaterThanOrEqual(0);
        expect(stepIds.indexOf(dependency), `${step.id} depends on ${dependency}`).toBeLessThan(index);
      }
    });
  });

  it('keep the §3.1 order for the constraints that matter', () => {
    const before = (a: StepId, b: StepId) => expect(stepIds.indexOf(a), `${a} before ${b}`).toBeLessThan(stepIds.indexOf(b));
    before('check-media-encryption', 'create-um-dial-plans');
    before('import-exchange-certificates', 'enable-um-certificates');
    before('set-startup-mode', 'enable-um-certificates');
    before('enable-um-certificates', 'restart-um-services');
    before('create-um-dial-plans', 'run-exchucutil');
    before('run-exchucutil', 'restrict-outbound-gateways');
    before('run-exchucutil', 'restart-lync-front-end');
    before('create-auto-attendants', 'create-exum-contacts');
    before('enable-lync-users', 'enable-um-mailboxes');
    expect(stepIds.at(-1)).toBe('test-exum');
  });

  it.each(stepIds)('%s has its title, purpose, preconditions and verify texts in both languages', (id) => {
    for (const key of Object.values(stepMessageKeys(id))) expect(hasMessage(key), key).toBe(true);
  });

  it.each(steps.map((s) => [s.id, s.guide] as const))('%s points at a guide section that exists (%s)', (_id, guide) => {
    const [slug, section] = guide.split('#');
    for (const lang of ['en', 'fr']) {
      const page = readFileSync(new URL(`../../../content/${lang}/${slug}.md`, import.meta.url), 'utf8');
      expect(page, `${lang}/${slug}.md #${section}`).toContain(`{#${section}}`);
    }
  });

  it('every command note has its text', () => {
    for (const profile of [exampleProfile, exchange2016Profile()]) {
      for (const c of generateAll(profile)) if (c.note) expect(hasMessage(`runbook.note.${c.note}`), c.note).toBe(true);
    }
  });

  it('generate is pure: same profile, same commands; the profile is not changed', () => {
    const profile = cloneExample();
    const snapshot = JSON.stringify(profile);
    expect(generateAll(profile)).toEqual(generateAll(profile));
    expect(JSON.stringify(profile)).toBe(snapshot);
  });
});

describe('commands for the example (Exchange 2013, split roles, Lync 2013)', () => {
  const commands = generateAll(exampleProfile);

  it('checks media encryption without changing the Lync default', () => {
    expect(texts(commands, 'check-media-encryption')).toEqual(['Get-CsMediaConfiguration | Format-List Identity,EncryptionLevel']);
  });

  it('creates SIP URI dial plans with every required parameter', () => {
    expect(texts(commands, 'create-um-dial-plans', actions)).toEqual([
      "New-UMDialPlan -Name ParisSIP -URIType SipName -VoIPSecurity Secured -NumberOfDigitsInExtension 4 -CountryOrRegionCode '33' -DefaultLanguage fr-FR -AccessTelephoneNumbers '+33140001000'",
      "New-UMDialPlan -Name LyonSIP -URIType SipName -VoIPSecurity Secured -NumberOfDigitsInExtension 4 -CountryOrRegionCode '33' -DefaultLanguage fr-FR -AccessTelephoneNumbers '+33472001000'",
    ]);
    expect(texts(commands, 'create-um-dial-plans', (c) => c.verify === true)[0]).toContain('DefaultLanguage');
  });

  it('sets each dial plan’s language from the profile (New-UMDialPlan -DefaultLanguage)', () => {
    const profile = cloneExample();
    profile.dialPlans[1]!.language = 'en-US';
    expect(texts(generateAll(profile), 'create-um-dial-plans', actions)[1]).toContain('-DefaultLanguage en-US');
  });

  it('requests the certificate once, with the subject and the SAN list of the profile', () => {
    expect(texts(commands, 'request-exchange-certificates')).toEqual([
      "New-ExchangeCertificate -Server cas01.contoso.com -GenerateRequest -SubjectName 'CN=cas01.contoso.com' -DomainName cas01.contoso.com,mbx01.contoso.com,mbx02.contoso.com -PrivateKeyExportable $true -FriendlyName 'Contoso Exchange UM' | Set-Content -LiteralPath 'C:\\Passerelle\\certificates\\1-Contoso-Exchange-UM.req'",
    ]);
  });

  it('completes the request on the first server and imports the PFX elsewhere, prompting for the password', () => {
    const imports = texts(commands, 'import-exchange-certificates', (c) => c.shell === 'exchange' && !c.verify);
    expect(imports[0]).toMatch(/^Import-ExchangeCertificate -Server cas01\.contoso\.com -FileData \(\[System\.IO\.File\]::ReadAllBytes\('.*\.cer'\)\)$/);
    expect(imports.slice(1)).toEqual(
      ['mbx01', 'mbx02'].map(
        (host) =>
          `Import-ExchangeCertificate -Server ${host}.contoso.com -FileData ([System.IO.File]::ReadAllBytes('C:\\Passerelle\\certificates\\1-Contoso-Exchange-UM.pfx')) -Password (Get-Credential).Password`,
      ),
    );
    expect(commands.filter((c) => c.step === 'import-exchange-certificates' && c.shell === 'gui')).toHaveLength(1);
  });

  it('adds servers with @{Add=…}: Set-UMService -Identity on Mailbox, Set-UMCallRouterSettings -Server on CAS', () => {
    expect(texts(commands, 'add-servers-to-dial-plans', actions)).toEqual([
      "Set-UMCallRouterSettings -Server cas01.contoso.com -DialPlans @{Add='ParisSIP','LyonSIP'}",
      "Set-UMService -Identity mbx01 -DialPlans @{Add='ParisSIP','LyonSIP'}",
      "Set-UMService -Identity mbx02 -DialPlans @{Add='ParisSIP','LyonSIP'}",
    ]);
    // Set-/Get-UMService identify a server by name (Set-UMService.md), not by FQDN.
    expect(texts(commands, 'add-servers-to-dial-plans', (c) => c.verify === true)).toContain(
      'Get-UMService -Identity mbx01 | Format-List DialPlans,UMStartupMode',
    );
    expect(commands.filter((c) => /^(Set|Get)-UMService /.test(c.text)).every((c) => !/-Identity \S+\./.test(c.text))).toBe(true);
  });

  it('sets Dual on each role', () => {
    expect(texts(commands, 'set-startup-mode', actions)).toEqual([
      'Set-UMCallRouterSettings -Server cas01.contoso.com -UMStartupMode Dual',
      'Set-UMService -Identity mbx01 -UMStartupMode Dual',
      'Set-UMService -Identity mbx02 -UMStartupMode Dual',
    ]);
  });

  it('assigns UMCallRouter on the CAS and UM on Mailbox servers, finding the thumbprint by subject', () => {
    const enable = texts(commands, 'enable-um-certificates', actions);
    expect(enable).toHaveLength(3);
    expect(enable[0]).toBe(
      "Enable-ExchangeCertificate -Server cas01.contoso.com -Thumbprint (Get-ExchangeCertificate -Server cas01.contoso.com | Where-Object { $_.Subject -eq 'CN=cas01.contoso.com' } | Sort-Object -Property NotAfter -Descending | Select-Object -First 1).Thumbprint -Services UMCallRouter",
    );
    expect(enable[1]).toMatch(/-Server mbx01\.contoso\.com .* -Services UM$/);
  });

  it('uses the profile thumbprint when there is one', () => {
    const profile = cloneExample();
    profile.certificates[0]!.thumbprint = '0123456789ABCDEF0123456789ABCDEF01234567';
    expect(texts(generateAll(profile), 'enable-um-certificates', actions)[1]).toBe(
      'Enable-ExchangeCertificate -Server mbx01.contoso.com -Thumbprint '.concat("'0123456789ABCDEF0123456789ABCDEF01234567' -Services UM"),
    );
  });

  it('verifies that very certificate by thumbprint when the profile has one, after the import and after enabling', () => {
    const profile = cloneExample();
    profile.certificates[0]!.thumbprint = '3F2A9C0B7D1E4A5B6C7D8E9F0A1B2C3D4E5F6A7B';
    const all = generateAll(profile);
    for (const step of ['import-exchange-certificates', 'enable-um-certificates'] as const) {
      const checks = all.filter((c) => c.step === step && c.verify).map((c) => c.text);
      expect(checks).toContain(
        "Get-ExchangeCertificate -Server mbx02.contoso.com -Thumbprint '3F2A9C0B7D1E4A5B6C7D8E9F0A1B2C3D4E5F6A7B' | Format-List Thumbprint,Subject,CertificateDomains,Services,NotAfter",
      );
    }
    expect(all.some((c) => c.step === 'enable-um-certificates' && c.text.includes('Where-Object'))).toBe(false);
  });

  it('restarts each service on its own server', () => {
    const restarts = commands.filter((c) => c.step === 'restart-um-services' && !c.verify);
    expect(restarts.map((c) => [c.target, c.text])).toEqual([
      ['cas01.contoso.com', 'Restart-Service -Name MSExchangeUMCR'],
      ['mbx01.contoso.com', 'Restart-Service -Name MSExchangeUM'],
      ['mbx02.contoso.com', 'Restart-Service -Name MSExchangeUM'],
    ]);
  });

  it('creates enabled auto attendants (there is no -Enabled parameter)', () => {
    expect(texts(commands, 'create-auto-attendants', actions)).toEqual([
      "New-UMAutoAttendant -Name ParisStandard -UMDialPlan ParisSIP -PilotIdentifierList '+33140001001' -SpeechEnabled $true -Status Enabled",
      // New-UMAutoAttendant has no -Language: the dial plan's language is set right after.
      'Set-UMAutoAttendant -Identity ParisStandard -Language fr-FR',
    ]);
  });

  it('runs ExchUcUtil.ps1 from $exscripts on a Mailbox server, then restricts outcalls by gateway address', () => {
    const run = commands.filter((c) => c.step === 'run-exchucutil' && !c.verify);
    expect(run.map((c) => c.text)).toEqual(['Set-Location -Path $exscripts; .\\ExchUcUtil.ps1']);
    expect(run.every((c) => c.target === 'mbx01.contoso.com')).toBe(true);
    expect(texts(commands, 'restrict-outbound-gateways', actions)).toEqual([
      "Get-UMIPGateway | Where-Object { $_.Address.ToString() -ne 'lyncpool-paris.contoso.com' } | Set-UMIPGateway -OutcallsAllowed $false",
    ]);
  });

  it('restarts RTCSRV on every Front End pool, not on Directors', () => {
    const profile = cloneExample();
    profile.lync.pools.push({ fqdn: 'dir.contoso.com', edition: 'Enterprise', site: 'Paris', director: true });
    const restarts = texts(generateAll(profile), 'restart-lync-front-end', actions);
    expect(restarts).toHaveLength(2);
    expect(restarts.join('\n')).not.toContain('dir.contoso.com');
    expect(restarts[0]).toContain('Stop-CsWindowsService -Name RTCSRV');
  });

  it('starts every Lync service RTCSRV’s stop took down, checks them all, and warns of the Standard Edition outage', () => {
    const restart = commands.filter((c) => c.step === 'restart-lync-front-end');
    // Stop-CsWindowsService also stops RTCSRV's dependents: the start names no service, so all start again.
    for (const c of restart.filter(actions)) expect(c.text).toContain('Start-CsWindowsService -ComputerName $_ }');
    for (const c of restart.filter((x) => x.verify)) expect(c.text).toContain('Get-CsWindowsService -ComputerName $_ }');
    expect(restart.filter(actions).map((c) => [c.text.split(' ')[2], c.note])).toEqual([
      ['lyncpool-paris.contoso.com', undefined],
      ['lyncpool-lyon.contoso.com', 'standardEditionOutage'],
    ]);
  });

  it('checks Lync certificates on each Front End server and each Mediation Server (Get-CsCertificate reads the local computer)', () => {
    const checks = commands.filter((c) => c.step === 'verify-lync-certificates');
    expect(checks.map((c) => c.target)).toEqual([
      'lyncpool-paris-fe01.contoso.com',
      'lyncpool-paris-fe02.contoso.com',
      'lyncpool-lyon.contoso.com',
      'med01.contoso.com',
    ]);
    expect(checks.every((c) => c.text.startsWith('Get-CsCertificate |') && c.verify)).toBe(true);
    const profile = cloneExample();
    delete profile.lync.pools[0]!.frontEndServers;
    const unlisted = generateAll(profile).filter((c) => c.step === 'verify-lync-certificates');
    expect(unlisted.map((c) => [c.target, c.note])).toEqual([
      ['lyncpool-paris.contoso.com', 'eachFrontEndServer'],
      ['lyncpool-lyon.contoso.com', undefined],
      ['med01.contoso.com', undefined],
    ]);
  });

  it('creates site-scoped Lync dial plans with an extension normalization rule proven by the users', () => {
    expect(texts(commands, 'create-lync-dial-plans', actions)).toEqual([
      'New-CsDialPlan -Identity site:Paris -SimpleName Paris',
      "New-CsVoiceNormalizationRule -Identity 'site:Paris/4DigitExtensions' -Pattern '^(\\d{4})$' -Translation '+3314000$1'",
      'New-CsDialPlan -Identity site:Lyon -SimpleName Lyon',
      "New-CsVoiceNormalizationRule -Identity 'site:Lyon/4DigitExtensions' -Pattern '^(\\d{4})$' -Translation '+3347200$1'",
    ]);
  });

  it('makes a pool-scoped Lync dial plan with Registrar:, homes its users there and grants nothing', () => {
    const profile = cloneExample();
    profile.dialPlans[1]!.lyncDialPlan = 'Registrar:lyncpool-lyon.contoso.com';
    const all = generateAll(profile);
    expect(texts(all, 'create-lync-dial-plans', actions)).toContain(
      'New-CsDialPlan -Identity Registrar:lyncpool-lyon.contoso.com -SimpleName lyncpool-lyon.contoso.com',
    );
    expect(texts(all, 'enable-lync-users', actions)).toContain(
      'Enable-CsUser -Identity chloe@contoso.com -RegistrarPool lyncpool-lyon.contoso.com -SipAddress sip:chloe@contoso.com',
    );
    expect(texts(all, 'enable-lync-users', actions).filter((t) => t.startsWith('Grant-CsDialPlan'))).toEqual([]);
  });

  it('makes a per-user Lync dial plan, granted to its users, when the profile names no scope', () => {
    const profile = cloneExample();
    profile.dialPlans[0]!.lyncDialPlan = 'ParisUsers';
    const all = generateAll(profile);
    expect(texts(all, 'create-lync-dial-plans', actions)[0]).toBe('New-CsDialPlan -Identity ParisUsers -SimpleName ParisUsers');
    // Only the per-user plan is granted; the site-scoped Lyon plan applies to its users by itself.
    expect(texts(all, 'enable-lync-users', actions)).not.toContain('Grant-CsDialPlan -Identity chloe@contoso.com -PolicyName site:Lyon');
    expect(texts(all, 'enable-lync-users', actions)).toContain('Grant-CsDialPlan -Identity alice@contoso.com -PolicyName ParisUsers');
    expect(texts(all, 'enable-lync-users', actions).filter((t) => t.startsWith('Grant-CsDialPlan'))).toHaveLength(2);
  });

  it('omits the normalization rule when the users do not prove one prefix', () => {
    const profile = cloneExample();
    profile.users[1]!.lineUri = 'tel:+33199991235;ext=1235';
    expect(texts(generateAll(profile), 'create-lync-dial-plans', actions)).not.toContain(
      "New-CsVoiceNormalizationRule -Identity 'site:Paris/4DigitExtensions' -Pattern '^(\\d{4})$' -Translation '+3314000$1'",
    );
  });

  it('creates the contacts with OcsUmUtil.exe (launched from cmd, the dialog filled from the profile, checked in AD), never New-CsExUmContact', () => {
    const contacts = commands.filter((c) => c.step === 'create-exum-contacts');
    expect(contacts.some((c) => c.text.includes('New-CsExUmContact'))).toBe(false);
    expect(contacts.filter((c) => c.shell === 'cmd').map((c) => [c.target, c.text])).toEqual([
      ['lyncpool-paris-fe01.contoso.com', 'cd /d "%CommonProgramFiles%\\Microsoft Lync Server 2013\\Support"'],
      ['lyncpool-paris-fe01.contoso.com', 'OcsUmUtil.exe'],
    ]);
    const dialog = contacts.filter((c) => c.shell === 'gui' && !c.verify);
    expect(dialog.map((c) => c.text)).toEqual([
      "OcsUmUtil.exe > Load Data > SIP Dial Plans: 'ParisSIP' > Add > Organizational Unit: 'OU=Exchange UM Contacts,DC=contoso,DC=com' > Name: 'ParisStandard Auto Attendant' > SIP Address: 'sip:ParisStandard.AutoAttendant@contoso.com' > Server or Pool: 'lyncpool-paris.contoso.com' > Phone Number: '+33140001001' > Contact Type: 'Auto Attendant' > OK",
      "OcsUmUtil.exe > Load Data > SIP Dial Plans: 'ParisSIP' > Add > Organizational Unit: 'OU=Exchange UM Contacts,DC=contoso,DC=com' > Name: 'ParisSIP Subscriber Access' > SIP Address: 'sip:ParisSIP.SubscriberAccess@contoso.com' > Server or Pool: 'lyncpool-paris.contoso.com' > Phone Number: '+33140001000' > Contact Type: 'Subscriber Access' > OK",
      "OcsUmUtil.exe > Load Data > SIP Dial Plans: 'LyonSIP' > Add > Organizational Unit: 'OU=Exchange UM Contacts,DC=contoso,DC=com' > Name: 'LyonSIP Subscriber Access' > SIP Address: 'sip:LyonSIP.SubscriberAccess@contoso.com' > Server or Pool: 'lyncpool-lyon.contoso.com' > Phone Number: '+33472001000' > Contact Type: 'Subscriber Access' > OK",
    ]);
    expect(dialog.every((c) => c.note === 'ocsUmUtilDialog')).toBe(true);
    // One number, one contact: no two dialog entries share a number.
    const numbers = dialog.map((c) => /Phone Number: '([^']+)'/.exec(c.text)![1]);
    expect(new Set(numbers).size).toBe(numbers.length);
    // The lab simulates the dialog once per dial plan.
    expect(dialog.map((c) => c.lab)).toEqual(['OcsUmUtil.exe /lab:ParisSIP', undefined, 'OcsUmUtil.exe /lab:LyonSIP']);
    expect(contacts.filter((c) => c.verify).map((c) => c.text)).toContain(
      "Active Directory Users and Computers > 'OU=Exchange UM Contacts,DC=contoso,DC=com' > 'LyonSIP Subscriber Access' ('sip:LyonSIP.SubscriberAccess@contoso.com')",
    );
  });

  it('defines a PSTN usage, a site voice policy and a route per Lync site', () => {
    expect(texts(commands, 'configure-voice-routing', actions).slice(0, 3)).toEqual([
      "Set-CsPstnUsage -Identity global -Usage @{Add='PSTN-Paris'}",
      "New-CsVoicePolicy -Identity site:Paris -PstnUsages @{Add='PSTN-Paris'}",
      "New-CsVoiceRoute -Identity PSTN-Paris -NumberPattern '^\\+\\d+$' -PstnUsages @{Add='PSTN-Paris'} -PstnGatewayList @{Add=(Get-CsService -PstnGateway | Select-Object -ExpandProperty Identity)}",
    ]);
  });

  it('enables Lync users on the pool of their site, with Enterprise Voice and their line URI', () => {
    expect(texts(commands, 'enable-lync-users', actions).slice(0, 2)).toEqual([
      'Enable-CsUser -Identity alice@contoso.com -RegistrarPool lyncpool-paris.contoso.com -SipAddress sip:alice@contoso.com',
      "Set-CsUser -Identity alice@contoso.com -EnterpriseVoiceEnabled $true -LineURI 'tel:+33140001234;ext=1234'",
    ]);
    expect(texts(commands, 'enable-lync-users', actions)).toContain(
      'Enable-CsUser -Identity chloe@contoso.com -RegistrarPool lyncpool-lyon.contoso.com -SipAddress sip:chloe@contoso.com',
    );
  });

  it('enables UM mailboxes with the default policy, a quoted extension, the SIP address without sip: and no PIN', () => {
    const enable = texts(commands, 'enable-um-mailboxes', actions);
    expect(enable[0]).toBe(
      "Enable-UMMailbox -Identity alice@contoso.com -UMMailboxPolicy 'ParisSIP Default Policy' -Extensions '1234' -SIPResourceIdentifier alice@contoso.com",
    );
    expect(enable.join('\n')).not.toMatch(/-PIN/);
  });

  it('tests with prompted credentials on Lync 2013', () => {
    expect(texts(commands, 'test-exum')).toEqual([
      "Test-CsExUMConnectivity -TargetFqdn lyncpool-paris.contoso.com -UserSipAddress sip:alice@contoso.com -UserCredential (Get-Credential -Credential 'alice@contoso.com')",
      "Test-CsExUMVoiceMail -TargetFqdn lyncpool-paris.contoso.com -ReceiverSipAddress sip:bruno@contoso.com -SenderSipAddress sip:alice@contoso.com -SenderCredential (Get-Credential -Credential 'alice@contoso.com')",
    ]);
  });

  it('says the tests are unavailable on Lync 2010 and gives the Lync 2010 OcsUmUtil folder', () => {
    const profile = cloneExample();
    profile.lync.version = '2010';
    const all = generateAll(profile);
    expect(texts(all, 'test-exum')).toEqual([]);
    expect(stepById('test-exum')!.unavailable!(profile)).toBe('step.test-exum.unavailable');
    expect(stepById('test-exum')!.unavailable!(exampleProfile)).toBeUndefined();
    const folder = all.find((c) => c.step === 'create-exum-contacts' && c.shell === 'cmd')!;
    expect(folder.text).toContain('Microsoft Lync Server 2010');
    expect(folder.note).toBe('ocsUmUtilFolderUnverified');
  });

  it('writes the encryption level back only when the profile departs from the Lync default', () => {
    const profile = cloneExample();
    profile.lync.encryptionLevel = 'SupportEncryption';
    expect(texts(generateAll(profile), 'check-media-encryption', actions)).toEqual([
      'Set-CsMediaConfiguration -Identity global -EncryptionLevel SupportEncryption',
    ]);
  });
});

describe('commands for Exchange 2016 (Mailbox servers carry both UM services)', () => {
  const commands = generateAll(exchange2016Profile());

  it('adds each Mailbox server with both cmdlets', () => {
    expect(texts(commands, 'add-servers-to-dial-plans', actions)).toEqual([
      "Set-UMService -Identity mbx01 -DialPlans @{Add='ParisSIP','LyonSIP'}",
      "Set-UMCallRouterSettings -Server mbx01.contoso.com -DialPlans @{Add='ParisSIP','LyonSIP'}",
      "Set-UMService -Identity mbx02 -DialPlans @{Add='ParisSIP','LyonSIP'}",
      "Set-UMCallRouterSettings -Server mbx02.contoso.com -DialPlans @{Add='ParisSIP','LyonSIP'}",
    ]);
  });

  it('assigns UM and UMCallRouter on each Mailbox server', () => {
    const enable = texts(commands, 'enable-um-certificates', actions);
    expect(enable).toHaveLength(2);
    for (const text of enable) expect(text).toMatch(/-Services UM,UMCallRouter$/);
  });

  it('restarts both services on each Mailbox server', () => {
    const restarts = commands.filter((c) => c.step === 'restart-um-services' && !c.verify);
    expect(restarts.map((c) => [c.target, c.text])).toEqual([
      ['mbx01.contoso.com', 'Restart-Service -Name MSExchangeUM'],
      ['mbx01.contoso.com', 'Restart-Service -Name MSExchangeUMCR'],
      ['mbx02.contoso.com', 'Restart-Service -Name MSExchangeUM'],
      ['mbx02.contoso.com', 'Restart-Service -Name MSExchangeUMCR'],
    ]);
  });

  it('requests on the first Mailbox server and never names a Client Access server', () => {
    expect(texts(commands, 'request-exchange-certificates')[0]).toContain('-Server mbx01.contoso.com');
    expect(commands.some((c) => c.text.includes('cas01') || c.target.includes('cas01'))).toBe(false);
    expect(commands.filter((c) => c.target === anyExchangeServer).length).toBeGreaterThan(0);
  });
});

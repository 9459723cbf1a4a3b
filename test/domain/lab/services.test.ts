/** Windows services, cmd.exe and OcsUmUtil.exe in the lab. */
import { describe, expect, it } from 'vitest';
import { Tab, lines, text } from './helpers.ts';

describe('Restart-Service and net stop/start', () => {
  it('make a pending startup mode effective, on the machine of the shell only', () => {
    const tab = new Tab();
    tab.ok('Set-UMService -Identity mbx02.contoso.com -UMStartupMode TLS');
    tab.on('exchange', 'mbx01.contoso.com').ok('Restart-Service MSExchangeUM');
    expect(tab.lab.exchange.servers[2]!.umService!.effectiveStartupMode).toBe('TCP');
    tab.on('cmd', 'mbx02.contoso.com');
    const stop = tab.ok('net stop MSExchangeUM && net start MSExchangeUM');
    expect(lines(stop, 'text')).toEqual([
      'The Microsoft Exchange Unified Messaging service is stopping.',
      'The Microsoft Exchange Unified Messaging service was stopped successfully.',
      'The Microsoft Exchange Unified Messaging service is starting.',
      'The Microsoft Exchange Unified Messaging service was started successfully.',
    ]);
    expect(tab.lab.exchange.servers[2]!.umService!.effectiveStartupMode).toBe('TLS');
  });

  it('refuses a service the machine does not have, with the real messages', () => {
    const tab = new Tab();
    expect(text(tab.run('Restart-Service MSExchangeUMCR'))).toContain("Cannot find any service with service name 'MSExchangeUMCR'.");
    tab.on('cmd', 'cas01.contoso.com');
    expect(text(tab.run('net start MSExchangeUM'))).toContain('The service name is invalid.');
    expect(text(tab.run('net start MSExchangeUMCR'))).toContain('The requested service has already been started.');
  });

  it('runs the right side of && only after success', () => {
    const tab = new Tab(undefined, 'cmd');
    const result = tab.run('net stop Nothing && hostname');
    expect(result.status).toBe('error');
    expect(lines(result, 'text')).toEqual([]);
  });

  it('shows service status', () => {
    const tab = new Tab();
    expect(lines(tab.ok('Get-Service MSExchangeUM'), 'table')[3]).toBe('Running MSExchangeUM Microsoft Exchange Unified Messaging');
  });
});

describe('cmd.exe and OcsUmUtil.exe', () => {
  const folder = 'cd /d "%CommonProgramFiles%\\Microsoft Lync Server 2013\\Support"';

  it('tracks cd /d with environment variables, and refuses unknown folders', () => {
    const tab = new Tab(undefined, 'cmd');
    tab.ok(folder);
    expect(tab.session.cwd).toBe('C:\\Program Files\\Common Files\\Microsoft Lync Server 2013\\Support');
    expect(text(tab.run('cd /d C:\\Nowhere'))).toContain('The system cannot find the path specified.');
  });

  it('finds OcsUmUtil.exe only in the Support folder of a Front End server', () => {
    const tab = new Tab(undefined, 'cmd');
    expect(text(tab.run('OcsUmUtil.exe'))).toContain("'OcsUmUtil.exe' is not recognized as an internal or external command");
    tab.ok(folder);
    expect(lines(tab.ok('OcsUmUtil.exe'), 'text')[0]).toContain('OcsUmUtil.exe');
    expect(tab.lab.lync.exUmContacts).toEqual([]);
  });

  it('creates the dial plan’s contacts with the lab-only /lab: option', () => {
    const tab = new Tab();
    tab.ok("New-UMDialPlan -Name ParisSIP -URIType SipName -VoIPSecurity Secured -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33 -AccessTelephoneNumbers '+33140001000'");
    tab.ok("New-UMAutoAttendant -Name ParisAA -UMDialPlan ParisSIP -PilotIdentifierList '+33140001001' -Status Enabled");
    tab.on('cmd').ok(folder);
    tab.ok('OcsUmUtil.exe /lab:ParisSIP');
    expect(tab.lab.lync.exUmContacts.map((c) => [c.sipAddress, c.displayNumber, c.autoAttendant, c.registrarPool])).toEqual([
      ['sip:ParisAA.AutoAttendant@contoso.com', '+33140001001', true, 'lyncpool-paris.contoso.com'],
      ['sip:ParisSIP.SubscriberAccess@contoso.com', '+33140001000', false, 'lyncpool-paris.contoso.com'],
    ]);
    expect(text(tab.ok('OcsUmUtil.exe /lab:ParisSIP'))).toContain('skipped');
  });

  it('does not know PowerShell cmdlets', () => {
    const tab = new Tab(undefined, 'cmd');
    expect(tab.run('Get-UMDialPlan').status).not.toBe('ok');
  });
});

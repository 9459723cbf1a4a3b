/** Certificates in the lab: request, issue, import, PFX, enable for UM in the right order. */
import { describe, expect, it } from 'vitest';
import { Tab, lines, text } from './helpers.ts';

const request =
  "New-ExchangeCertificate -Server cas01.contoso.com -GenerateRequest -SubjectName 'CN=cas01.contoso.com' -DomainName cas01.contoso.com,mbx01.contoso.com -PrivateKeyExportable $true -FriendlyName 'UM' | Set-Content -LiteralPath 'C:\\Passerelle\\certificates\\um.req'";
const importCer = (server: string) => `Import-ExchangeCertificate -Server ${server} -FileData ([System.IO.File]::ReadAllBytes('C:\\Passerelle\\certificates\\um.cer'))`;
const importPfx = (server: string) => `Import-ExchangeCertificate -Server ${server} -FileData ([System.IO.File]::ReadAllBytes('C:\\Passerelle\\certificates\\um.pfx')) -Password (Get-Credential).Password`;

function requested(): Tab {
  const tab = new Tab();
  tab.ok(request);
  return tab;
}

describe('certificate requests and imports', () => {
  it('keeps a pending request on the server and writes the request file', () => {
    const tab = requested();
    const cas = tab.lab.exchange.servers[0]!;
    expect(cas.certificates.map((c) => c.status)).toEqual(['Valid', 'PendingRequest']);
    expect(tab.lab.files['c:\\passerelle\\certificates\\um.req']).toMatchObject({ kind: 'request', server: 'cas01.contoso.com' });
  });

  it('completes the request with the issued .cer, on the requesting server only', () => {
    const tab = requested();
    expect(text(tab.run(importCer('mbx01.contoso.com')))).toContain('no pending request for it exists there');
    tab.ok(importCer('cas01.contoso.com'));
    expect(tab.lab.exchange.servers[0]!.certificates[1]!.status).toBe('Valid');
  });

  it('has no .pfx before the certificate is installed, and needs a password for it', () => {
    const tab = requested();
    expect(text(tab.run(importPfx('mbx01.contoso.com')))).toContain('Could not find file');
    tab.ok(importCer('cas01.contoso.com'));
    expect(text(tab.run(importPfx('mbx01.contoso.com').replace(' -Password (Get-Credential).Password', '')))).toContain('password');
    tab.ok(importPfx('mbx01.contoso.com'));
    expect(text(tab.run(importPfx('mbx01.contoso.com')))).toContain('already exists');
  });

  it('lists certificates with their services; the setup certificate is self-signed', () => {
    const tab = new Tab();
    expect(text(tab.ok('Get-ExchangeCertificate -Server mbx01 | Format-List Subject,Services,IsSelfSigned'))).toContain('Services     : IMAP, POP, IIS, SMTP');
  });
});

describe('Enable-ExchangeCertificate', () => {
  function installed(): Tab {
    const tab = requested();
    tab.ok(importCer('cas01.contoso.com'));
    tab.ok(importPfx('mbx01.contoso.com'));
    return tab;
  }
  const thumbprint = (tab: Tab) => tab.lab.exchange.servers[0]!.certificates[1]!.thumbprint;

  it('refuses UM and UMCallRouter while the startup mode is TCP', () => {
    const tab = installed();
    const result = tab.run(`Enable-ExchangeCertificate -Server mbx01.contoso.com -Thumbprint ${thumbprint(tab)} -Services UM`);
    expect(result.status).toBe('error');
    expect(lines(result, 'error')[0]).toContain('because the UMStartupMode is TCP');
    expect(lines(result, 'hint')).toHaveLength(1);
    expect(tab.lab.exchange.servers[1]!.umService!.certificateThumbprint).toBeNull();
  });

  it('assigns the certificate once the mode is Dual; the service loads it at its next start', () => {
    const tab = installed();
    tab.ok('Set-UMService -Identity mbx01.contoso.com -UMStartupMode Dual');
    const result = tab.ok(`Enable-ExchangeCertificate -Server mbx01.contoso.com -Thumbprint ${thumbprint(tab)} -Services UM`);
    expect(lines(result, 'warning')[0]).toContain('after the MSExchangeUM service is restarted on MBX01');
    const um = () => tab.lab.exchange.servers[1]!.umService!;
    expect(um().certificateThumbprint).toBe(thumbprint(tab));
    expect(um().loadedCertificateThumbprint).toBeNull();
    tab.on('exchange', 'mbx01').ok('Restart-Service -Name MSExchangeUM');
    expect(um().loadedCertificateThumbprint).toBe(thumbprint(tab));
    expect(text(tab.ok('Get-ExchangeCertificate | Where-Object { $_.Services -match "UM" } | Format-List Services'))).toContain('Services : UM');
  });

  it('refuses a service the server does not run, a pending request and an unknown thumbprint', () => {
    const tab = installed();
    tab.ok('Set-UMService -Identity mbx01.contoso.com -UMStartupMode Dual');
    expect(text(tab.run(`Enable-ExchangeCertificate -Server mbx01.contoso.com -Thumbprint ${thumbprint(tab)} -Services UMCallRouter`))).toContain("isn't installed");
    tab.ok("New-ExchangeCertificate -Server mbx02.contoso.com -GenerateRequest -SubjectName 'CN=mbx02.contoso.com' | Set-Content -LiteralPath 'C:\\x.req'");
    const pending = tab.lab.exchange.servers[2]!.certificates[1]!.thumbprint;
    expect(text(tab.run(`Enable-ExchangeCertificate -Server mbx02.contoso.com -Thumbprint ${pending} -Services SMTP`))).toContain('pending request');
    expect(text(tab.run('Enable-ExchangeCertificate -Server mbx02.contoso.com -Thumbprint 00FF -Services SMTP'))).toContain('was not found on server MBX02');
  });
});

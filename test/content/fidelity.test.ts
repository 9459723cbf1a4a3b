/**
 * What the guide says must match Microsoft's reference (issue 13), in both languages: the
 * certificate procedure completes the request on the server that made it and imports the PFX
 * only on the others (Import-ExchangeCertificate.md, example 3 with a .p7b); the service check asks
 * each Exchange 2013 role only for its own service; restarting RTCSRV brings back every Lync
 * service that its stop took down (Stop-/Start-CsWindowsService.md); the pilot identifier wording
 * that replaces the original text's has its erratum.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, pagePath } from './markdown.ts';

const read = (lang: string, slug: string) => readFileSync(pagePath(lang as 'en', slug), 'utf8');

/** The text of the section whose heading carries `{#id}`, up to the next heading of any level 2. */
function section(source: string, id: string): string {
  const start = source.indexOf(`{#${id}}`);
  if (start < 0) throw new Error(`no section #${id}`);
  const next = source.indexOf('\n## ', start);
  return source.slice(start, next < 0 ? undefined : next);
}

const codeLines = (text: string) =>
  [...text.matchAll(/```powershell\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));

describe.each(LANGUAGES)('guide fidelity (%s)', (lang) => {
  it('exchange-um D2: the requesting server imports the CA answer without a password, the others import the PFX', () => {
    const imports = codeLines(section(read(lang, 'exchange-um'), 'd2')).filter((l) => l.startsWith('Import-ExchangeCertificate'));
    expect(imports).toHaveLength(2);
    expect(imports[0]).toMatch(/-Server mbx01 .*\.(p7b|cer)'\)\)$/);
    expect(imports[0]).not.toContain('-Password');
    expect(imports[1]).toMatch(/\.pfx'\)\) -Password \(Get-Credential\)\.Password$/);
    expect(imports[1]).not.toContain('-Server mbx01 ');
  });

  it('exchange-um D5: each Exchange 2013 role is asked only for its own UM service', () => {
    const checks = codeLines(section(read(lang, 'exchange-um'), 'd5')).filter((l) => l.startsWith('Get-Service'));
    expect(checks).toEqual(['Get-Service MSExchangeUM', 'Get-Service MSExchangeUMCR', 'Get-Service MSExchangeUM,MSExchangeUMCR']);
  });

  it('lync-tasks: after stopping RTCSRV every Lync service starts again, and a Standard Edition pool is down meanwhile', () => {
    const text = section(read(lang, 'lync-tasks'), 'restart-front-end');
    const starts = codeLines(text).filter((l) => l.startsWith('Start-CsWindowsService'));
    expect(starts).toEqual(['Start-CsWindowsService -ComputerName lyncpool-paris-fe01.contoso.com']);
    expect(text).toContain('Standard Edition');
    expect(text).not.toMatch(/Get-CsWindowsService -Name RTCSRV/);
  });

  it('lync-tasks L6: New-CsExUmContact is an alternative never used for a number OcsUmUtil covers', () => {
    expect(section(read(lang, 'lync-tasks'), 'l6')).toMatch(/New-CsExUmContact` (for a number|le contact d['’]un numéro)[^\n]*OcsUmUtil\.exe/);
  });

  it('errata: the pilot identifier wording (first label of PhoneContext) has its entry', () => {
    const row = read(lang, 'errata').split('\n').find((l) => l.startsWith('| E-29 |'));
    expect(row).toBeDefined();
    expect(row).toContain('PhoneContext');
    expect(row).toContain('line 141'.replace('line', lang === 'fr' ? 'ligne' : 'line'));
  });
});

/** French sentences that used to say something else than the English (issue 13, item 17). */
describe('French says what the English says', () => {
  const fr = (slug: string) => read('fr', slug);

  it('exchange-um D2 heading: import a CA-issued certificate on each server', () => {
    const heading = fr('exchange-um').split('\n').find((l) => l.endsWith('{#d2}'))!;
    expect(heading).toMatch(/^## Importer un certificat délivré par une autorité de certification sur chaque serveur/);
  });

  it('deployment-sequence and lync-tasks: the Front-End service restarts, not the server', () => {
    const links = [...fr('deployment-sequence').matchAll(/\[([^\]]+)\]\(\/fr\/guide\/lync-tasks\/#restart-front-end\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const text of links) expect(text).toMatch(/^Redémarrer le service Serveur principal Lync Server/);
    expect(fr('lync-tasks')).toContain('## Redémarrer le service Serveur principal Lync Server après ExchUcUtil.ps1 {#restart-front-end}');
  });

  it('lync-tasks L3: mutual root trust is a requirement, not a fallback', () => {
    const l3 = section(fr('lync-tasks'), 'l3');
    expect(l3).toMatch(/chaque partie doit approuver le certificat racine de l['’]autre/);
    expect(l3).not.toMatch(/à défaut|au moins/);
  });

  it('versions is titled as the differences between versions, not release notes', () => {
    expect(fr('versions')).toMatch(/^---\ntitle: "Différences entre versions"/);
  });
});

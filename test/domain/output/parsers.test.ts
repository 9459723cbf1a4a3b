import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseConvertToJson,
  parseFormatList,
  parseFormatTable,
  parseNetStart,
  parseScQuery,
  prepareText,
  propertyItems,
  readShellOutput,
  shellProperty,
  type ShellObject,
} from '../../../src/domain/output/index.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const lines = (name: string) => {
  const prepared = prepareText(fixture(name));
  if (!prepared.ok) throw new Error(`fixture ${name} unreadable`);
  return prepared.lines;
};
const value = (object: ShellObject | undefined, name: string) => (object ? shellProperty(object, name)?.text : undefined);

describe('prepareText', () => {
  it('splits CRLF, LF and CR alike and drops a byte-order mark', () => {
    const a = prepareText('\uFEFFa : 1\r\nb : 2\rc : 3\n');
    expect(a).toEqual({ ok: true, lines: ['a : 1', 'b : 2', 'c : 3', ''] });
  });
  it.each([
    ['', 'empty'],
    ['   \n\t\n', 'empty'],
    ['abc\u0000def', 'binary'],
    ['\u0001\u0002\u0003\u0004 PK', 'binary'],
    ['x'.repeat(10 * 1024 * 1024), 'tooLarge'],
  ])('refuses %#', (text, reason) => {
    const result = prepareText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });
});

describe('parseFormatList', () => {
  it('reads several objects separated by blank lines, skipping the prompt line (reference example)', () => {
    const { objects, strayLines } = parseFormatList(lines('teams-upgrade-policy.list.txt'));
    expect(objects.map((o) => value(o, 'Identity'))).toEqual(['Global', 'Tag:UpgradeToTeams', 'Tag:Islands']);
    expect(value(objects[2], 'Action')).toBe('None');
    expect(value(objects[0], 'description')).toBe('Users can use either Skype for Business client or Teams client');
    expect(strayLines).toEqual([]);
  });

  it('joins a wrapped collection after its comma and reads CRLF text (Get-ExchangeCertificate)', () => {
    const { objects } = parseFormatList(lines('exchange-certificate.crlf.list.txt'));
    expect(objects).toHaveLength(2);
    const domains = shellProperty(objects[0]!, 'CertificateDomains')!;
    expect(domains.items).toEqual(['cas01.contoso.com', 'mbx01.contoso.com', 'mbx02.contoso.com', 'um01.contoso.com', 'um02.contoso.com']);
    expect(propertyItems(shellProperty(objects[0]!, 'Services')!)).toEqual(['IMAP', 'POP', 'IIS', 'SMTP', 'UM']);
    expect(shellProperty(objects[1]!, 'CertificateDomains')!.items).toEqual([]);
    expect(value(objects[0], 'NotAfter')).toBe('12/31/2028 11:59:59 PM');
  });

  it('joins a value cut at the console width without adding a space', () => {
    const { objects } = parseFormatList(lines('wrapped.list.txt'));
    expect(value(objects[0], 'Identity')).toBe('CN={sip:ParisStandard.AutoAttendant@contoso.com},OU=Exchange UM Contacts,DC=contoso,DC=com');
    expect(value(objects[0], 'AutoAttendant')).toBe('True');
  });

  it('marks a collection cut by $FormatEnumerationLimit as truncated (reference: Get-CsPstnUsage)', () => {
    const usage = shellProperty(parseFormatList(lines('pstn-usage.list.txt')).objects[0]!, 'Usage')!;
    expect(usage).toMatchObject({ items: ['Internal', 'Local', 'Long Distance', 'International'], truncated: true });
    const ellipsis = shellProperty(parseFormatList(['Usage : {Internal, Local…}']).objects[0]!, 'Usage')!;
    expect(ellipsis).toMatchObject({ items: ['Internal', 'Local'], truncated: true });
  });

  it('keeps headings out of objects and reports them as stray lines (reference: Get-DnssecStatusForVerifiedDomain)', () => {
    const { objects, strayLines } = parseFormatList(lines('dnssec-status.list.txt'));
    expect(objects.map((o) => o.properties.map((p) => p.name))).toEqual([
      ['DnssecSupport', 'Errors', 'Warnings'],
      ['Status', 'ActualMxRecords', 'Errors', 'Warnings'],
    ]);
    expect(strayLines).toEqual([1, 6, 8]);
  });

  it('starts a new object when a name repeats without a blank line, and reads empty values', () => {
    const { objects } = parseFormatList(['Name : a', 'Error :', 'Name : b', 'Error : x']);
    expect(objects.map((o) => [value(o, 'Name'), value(o, 'Error')])).toEqual([['a', ''], ['b', 'x']]);
  });

  it('keeps a Lync normalization rule (semicolons, braces) as one item', () => {
    const { objects } = parseFormatList(['NormalizationRules : {Description=;Pattern=^(\\d{4})$;Translation=+3314000$1;Name=4DigitExtensions;IsInternalExtension=False}']);
    expect(shellProperty(objects[0]!, 'NormalizationRules')!.items).toEqual(['Description=;Pattern=^(\\d{4})$;Translation=+3314000$1;Name=4DigitExtensions;IsInternalExtension=False']);
  });
});

describe('parseFormatTable', () => {
  it('cuts columns from the dash rule, values with spaces stay whole (reference: Test-ServicePrincipalAuthorization)', () => {
    const { objects, headers } = parseFormatTable(lines('service-principal.table.txt'));
    expect(headers).toEqual([['RoleName', 'GrantedPermissions', 'AllowedResourceScope', 'ScopeType', 'InScope']]);
    expect(objects.map((o) => value(o, 'RoleName'))).toEqual(['Application Mail.Read', 'Application Calendars.Read', 'Application Contacts.Read']);
    expect(value(objects[0], 'AllowedResourceScope')).toBe('Canadian Employees');
    expect(shellProperty(objects[1]!, 'AllowedResourceScope')).toMatchObject({ text: '4d819ce9-9257-44', truncated: true });
    expect(value(objects[1], 'InScope')).toBe('False');
  });

  it('reads right-aligned cells and a -Wrap continuation line', () => {
    const { objects } = parseFormatTable(lines('wrapped.table.txt'));
    expect(objects.map((o) => [value(o, 'Name'), value(o, 'Address'), value(o, 'OutcallsAllowed')])).toEqual([
      ['1:1', 'lyncpool-paris.contoso.com', 'True'],
      ['2:1', 'lyncpool-lyon.contoso.com', 'False'],
      ['A very long gateway name', 'gw03.contoso.com', 'False'],
    ]);
  });

  it('marks cells cut with ... or … as truncated', () => {
    const { objects } = parseFormatTable(lines('truncated.table.txt'));
    expect(shellProperty(objects[0]!, 'Name')).toMatchObject({ text: 'ParisSt', truncated: true });
    expect(shellProperty(objects[0]!, 'PilotIdentifierList')).toMatchObject({ items: ['+33140001001', '+33140001002', '+33140001003', '+3314000'], truncated: true });
    expect(shellProperty(objects[1]!, 'PilotIdentifierList')).toMatchObject({ items: [], truncated: false });
    expect(shellProperty(objects[1]!, 'UMDialPlan')).toMatchObject({ text: '', truncated: true });
  });

  it('reads two tables one after the other', () => {
    const { objects, headers } = parseFormatTable(['', 'Name Status', '---- ------', 'a    Running', '', 'Id Mode', '-- ----', '1  Dual', '']);
    expect(headers).toEqual([['Name', 'Status'], ['Id', 'Mode']]);
    expect(objects.map((o) => o.properties.map((p) => p.text))).toEqual([['a', 'Running'], ['1', 'Dual']]);
  });
});

describe('parseConvertToJson', () => {
  it('reads Windows PowerShell 5.1 output: odd indentation, \\u0027, /Date()/, empty arrays, nulls', () => {
    const result = parseConvertToJson(fixture('dial-plan.ps51.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [paris, lyon] = result.objects;
    expect(value(paris, 'NumberOfDigitsInExtension')).toBe('4');
    expect(shellProperty(paris!, 'AccessTelephoneNumbers')!.items).toEqual(['+33140001000']);
    expect(value(paris, 'WhenChanged')).toBe('2026-01-01');
    expect(value(paris, 'Notes')).toBe("Paris 'main' plan");
    expect(shellProperty(lyon!, 'AccessTelephoneNumbers')!.items).toEqual([]);
    expect(value(lyon, 'Notes')).toBe('');
  });
  it('reads a single object, booleans as True/False, and reports broken JSON without throwing', () => {
    const one = parseConvertToJson('{"OutcallsAllowed": true, "Address": {"Address": "x", "Value": "pool.contoso.com"}}');
    expect(one.ok && one.objects.map((o) => o.properties.map((p) => p.text))).toEqual([['True', 'pool.contoso.com']]);
    const broken = parseConvertToJson('{"Name": ');
    expect(broken.ok).toBe(false);
  });
});

describe('cmd.exe listings', () => {
  it.each([
    ['sc-query.en.txt', [['MSExchangeUM', 'Microsoft Exchange Unified Messaging', 'Running'], ['MSExchangeUMCR', 'Microsoft Exchange Unified Messaging Call Router', 'Stopped']]],
    ['sc-query.fr.txt', [['MSExchangeUM', 'Messagerie unifiée Microsoft Exchange', 'Running']]],
  ])('sc query (%s): name, display name and state, whatever the labels’ language', (name, expected) => {
    const services = parseScQuery(lines(name))!;
    expect(services.map((s) => ['Name', 'DisplayName', 'Status'].map((p) => value(s, p)))).toEqual(expected);
  });

  it.each([
    ['net-start.en.txt', 'en', ['Application Information', 'Microsoft Exchange Active Directory Topology', 'msexchangeum', 'Windows Event Log']],
    ['net-start.fr.txt', 'fr', ['Informations d’application', 'msexchangeum', 'msexchangeumcr']],
  ])('net start (%s): the running services, display names mapped to service names', (name, language, expected) => {
    const result = parseNetStart(lines(name))!;
    expect(result.language).toBe(language);
    expect(result.services.map((s) => value(s, 'Name'))).toEqual(expected);
    expect(result.services.every((s) => value(s, 'Status') === 'Running')).toBe(true);
  });

  it('is not fooled by other text', () => {
    expect(parseNetStart(['Name : x'])).toBeUndefined();
    expect(parseScQuery(['SERVICE_NAME: x', 'no state here'])).toBeUndefined();
  });
});

describe('readShellOutput', () => {
  it.each([
    ['teams-upgrade-policy.list.txt', 'list', 3],
    ['exchange-certificate.crlf.list.txt', 'list', 2],
    ['service-principal.table.txt', 'table', 3],
    ['wrapped.table.txt', 'table', 3],
    ['dial-plan.ps51.json', 'json', 2],
    ['sc-query.fr.txt', 'scQuery', 1],
    ['net-start.fr.txt', 'netStart', 3],
  ])('%s is read as %s with %i objects', (name, format, count) => {
    const output = readShellOutput(fixture(name));
    expect(output.ok && [output.format, output.objects.length]).toEqual([format, count]);
  });

  it('remembers the command echoed by a prompt', () => {
    const output = readShellOutput(fixture('teams-upgrade-policy.list.txt'));
    expect(output.ok && output.commands).toEqual(['Get-CsTeamsUpgradePolicy']);
  });

  it.each([
    ['error-record.txt', 'errorRecord'],
    ['error-record.fr.txt', 'errorRecord'],
  ])('%s is an error record, with its first line as message', (name, problem) => {
    const output = readShellOutput(fixture(name));
    expect(output.ok).toBe(false);
    if (!output.ok) {
      expect(output.problem).toBe(problem);
      expect(String(output.params.message)).toMatch(/^Get-/);
    }
  });

  it.each([
    ['', 'empty'],
    ['lorem ipsum dolor sit amet\nconsectetur', 'noObjects'],
    ['{ "broken": ', 'invalidJson'],
    ['[1, 2, 3]', 'noObjects'],
    ['\u0000\u0001binary', 'binary'],
    ['Name : x\n'.repeat(150_000), 'tooLarge'],
  ])('refuses case %# as %s without throwing', (text, problem) => {
    const output = readShellOutput(text);
    expect(output.ok ? 'ok' : output.problem).toBe(problem);
  });

  it('never throws on random input (fuzz)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['a', ' ', ':', '\n', '\r\n', '{', '}', ',', '-', '.', '…', 'Name', ' : ', '---', '[', ']', '"', '\t'];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: Math.floor(random() * 80) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(() => readShellOutput(text)).not.toThrow();
    }
  });
});

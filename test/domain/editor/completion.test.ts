import { describe, expect, it } from 'vitest';
import { completionsAt, hoverAt, logicalLine, profileValuesFor } from '../../../src/domain/editor/completion.ts';
import type { EditorSettings } from '../../../src/domain/editor/diagnostics.ts';
import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';

const exchange2013: EditorSettings = { shell: 'exchange', exchangeVersion: '2013', lyncVersion: '2013' };
const exchange2016: EditorSettings = { ...exchange2013, exchangeVersion: '2016' };
const lync2010: EditorSettings = { ...exchange2013, shell: 'lync', lyncVersion: '2010' };

/** Completions at the `|` of `marked` (or at the end). */
function complete(marked: string, settings = exchange2016, profile: Profile | null = exampleProfile) {
  const at = marked.indexOf('|') >= 0 && !marked.includes(' | ') ? marked.indexOf('|') : marked.length;
  const source = at === marked.length ? marked : marked.slice(0, at) + marked.slice(at + 1);
  const answer = completionsAt(source, at, settings, profile ?? undefined);
  return { ...answer, labels: answer.items.map((i) => i.label), inserts: answer.items.map((i) => i.insertText), replaced: source.slice(answer.start, answer.end) };
}

describe('completionsAt: commands', () => {
  it('offers the cmdlets of the chosen shell, by prefix, whatever the case', () => {
    expect(complete('set-umdial').labels).toEqual(['Set-UMDialPlan']);
    expect(complete('Get-UMService | Set-UMSer').labels).toEqual(['Set-UMService']);
    expect(complete('$x = Get-UMServ').labels).toEqual(['Get-UMService']);
    expect(complete('Get-CsUs', exchange2016).labels).toEqual([]);
    expect(complete('Get-CsUs', lync2010).labels).toContain('Get-CsUser');
  });

  it('leaves out the cmdlets the chosen product version does not have', () => {
    expect(complete('Test-CsExUM', { ...lync2010, lyncVersion: '2013' }).labels).toEqual(['Test-CsExUMConnectivity', 'Test-CsExUMVoiceMail']);
    expect(complete('Test-CsExUM', lync2010).labels).toEqual([]);
  });

  it('replaces the whole word under the cursor', () => {
    const answer = complete('Set-UM|Service -Identity mbx01');
    expect(answer.replaced).toBe('Set-UMService');
    expect(answer.labels).toContain('Set-UMService');
  });
});

describe('completionsAt: parameters', () => {
  it('offers the parameters not yet written, own ones first, with their dash', () => {
    const answer = complete('Set-UMService -Identity mbx01 -');
    expect(answer.labels).not.toContain('-Identity');
    expect(answer.labels).toContain('-UMStartupMode');
    expect(answer.labels.indexOf('-WhatIf')).toBeLessThan(answer.labels.indexOf('-Verbose'));
    expect(complete('Set-UMService -UMStart').inserts).toEqual(['-UMStartupMode']);
  });

  it('keeps to the parameter sets still possible', () => {
    const answer = complete('Import-ExchangeCertificate -FileData $bytes -', exchange2013);
    expect(answer.labels).toContain('-Password');
    expect(answer.labels).not.toContain('-FileName');
    expect(answer.labels).not.toContain('-Instance');
    expect(complete('Import-ExchangeCertificate -', exchange2013).labels).toContain('-FileName');
  });

  it('leaves out parameters the chosen version does not have', () => {
    expect(complete('Import-ExchangeCertificate -File', exchange2013).labels).toEqual(['-FileData', '-FileName']);
    expect(complete('Import-ExchangeCertificate -File', exchange2016).labels).toEqual(['-FileData']);
  });

  it('reads the command across backtick line continuations', () => {
    expect(complete('Set-UMService -Identity mbx01 `\n  -UMStart').labels).toEqual(['-UMStartupMode']);
    expect(complete('Set-UMService -Identity mbx01 `\r\n  -UMStart').labels).toEqual(['-UMStartupMode']);
  });
});

describe('completionsAt: values', () => {
  it('offers enum values after the parameter, with a space or a colon', () => {
    expect(complete('Set-UMService -UMStartupMode D').labels).toEqual(['Dual']);
    const colon = complete('Set-UMService -UMStartupMode:T');
    expect(colon.labels).toEqual(['TCP', 'TLS']);
    expect(colon.replaced).toBe('T');
    expect(complete('Enable-ExchangeCertificate -Services UM,U').labels).toEqual(['UM', 'UMCallRouter']);
    expect(complete('Set-UMDialPlan -Identity x -VoIPSecurity ').labels).toEqual(['Unsecured', 'SIPSecured', 'Secured']);
  });

  it('offers $true and $false for a Boolean parameter', () => {
    expect(complete('Set-UMIPGateway -Identity x -OutcallsAllowed ').labels).toEqual(['$true', '$false']);
  });

  it('offers the profile values a parameter refers to: dial plans, servers, pools, SIP addresses', () => {
    const dialPlans = exampleProfile.dialPlans.map((d) => d.name);
    expect(complete('New-UMAutoAttendant -Name x -UMDialPlan ').labels).toEqual(dialPlans);
    expect(complete('Set-UMService -Identity mbx01 -DialPlans ').labels).toEqual(dialPlans);
    expect(complete('Set-UMService -Identity ').labels).toEqual(exampleProfile.exchange.servers.filter((s) => s.roles.includes('Mailbox')).map((s) => s.fqdn));
    expect(complete('Enable-CsUser -Identity x -RegistrarPool ', lync2010).labels).toEqual(exampleProfile.lync.pools.map((p) => p.fqdn));
    expect(complete('Enable-UMMailbox -Identity a -SIPResourceIdentifier ').labels).toEqual(exampleProfile.users.map((u) => u.sipAddress));
    expect(complete('Set-UMService -Identity mbx01 -DialPlans ', exchange2016, null).labels).toEqual([]);
  });

  it('quotes a profile value that needs it, and keeps the quote the reader opened', () => {
    const profile = { ...exampleProfile, dialPlans: [{ ...exampleProfile.dialPlans[0]!, name: "Paris O'Hare" }] };
    expect(complete('New-UMAutoAttendant -UMDialPlan P', exchange2016, profile).inserts).toEqual(["'Paris O''Hare'"]);
    expect(complete("New-UMAutoAttendant -UMDialPlan 'P", exchange2016).inserts).toEqual([`'${exampleProfile.dialPlans[0]!.name}'`]);
  });

  it('offers nothing for a switch, a variable or an unknown command', () => {
    expect(complete('Set-UMService -Confirm ').labels).toEqual([]);
    expect(complete('Set-UMService -UMStartupMode $').labels).toEqual([]);
    expect(complete('Do-Something -Foo ').labels).toEqual([]);
  });

  it('maps parameters to profile values only where the cmdlet takes them', () => {
    expect(profileValuesFor(exampleProfile, 'Set-UMService', 'Identity')?.source).toBe('exchange.mailboxServers');
    expect(profileValuesFor(exampleProfile, 'Set-UMIPGateway', 'Identity')).toBeUndefined();
  });
});

describe('logicalLine', () => {
  it('joins lines that end with a backtick', () => {
    const source = 'a\nb `\nc `\r\nd\ne';
    const line = logicalLine(source, source.indexOf('c'));
    expect(source.slice(line.start, line.end)).toBe('b `\nc `\r\nd');
    expect(source.slice(logicalLine(source, 0).start, logicalLine(source, 0).end)).toBe('a');
  });
});

describe('hoverAt', () => {
  it('gives the cmdlet help in the page language over the command name', () => {
    const en = hoverAt('Get-UMService | Set-UMService -UMStartupMode Dual', 20, exchange2016, 'en')!;
    const fr = hoverAt('Get-UMService | Set-UMService -UMStartupMode Dual', 20, exchange2016, 'fr')!;
    expect(en.range).toEqual({ line: 1, column: 17, endLine: 1, endColumn: 30 });
    expect(en.lines[0]).toBe('**Set-UMService**');
    expect(en.lines.join('\n')).toContain('Parameter sets');
    expect(fr.lines.join('\n')).toContain('Jeux de paramètres');
  });

  it('gives a parameter its type, values and whether it is required', () => {
    const source = 'Set-UMService -Identity mbx01 `\n  -UMStartupMode Dual';
    const hover = hoverAt(source, source.indexOf('UMStartupMode') + 2, exchange2016, 'en')!;
    expect(hover.range).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 17 });
    expect(hover.lines.join('\n')).toContain('`TCP`, `TLS`, `Dual`');
    const identity = hoverAt(source, 16, exchange2016, 'fr')!;
    expect(identity.lines.join('\n')).toContain('Obligatoire');
  });

  it('says nothing over a value, an unknown command or in cmd.exe', () => {
    expect(hoverAt('Set-UMService -UMStartupMode Dual', 31, exchange2016, 'en')).toBeUndefined();
    expect(hoverAt('Do-Something -Foo', 3, exchange2016, 'en')).toBeUndefined();
    expect(hoverAt('Set-UMService', 3, { ...exchange2016, shell: 'cmd' }, 'en')).toBeUndefined();
  });
});

/**
 * Locks the linter's exact output on a corpus of scripts, so that work on its speed cannot change
 * what it finds: every finding's rule, severity, range, message key and params, in order, is
 * digested per script and option set, and compared with fixtures/lint-findings.json (written by
 * `npx vitest run -u test/domain/powershell/lint-equivalence.test.ts` when a change of findings is
 * meant). The corpus: the bench's generated scripts, the runbooks' commands, the inventory scripts,
 * and a seeded mix of the generated lines with known mistakes, so that every script rule fires.
 * The same corpus also goes through the editor's incremental linter, edit by edit.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../../bench/lint.ts';
import { findingMessageKey } from '../../../src/domain/check.ts';
import type { Finding } from '../../../src/domain/finding.ts';
import { inventoryScripts, inventoryShells } from '../../../src/domain/inventory/scripts.ts';
import { IncrementalScript } from '../../../src/domain/powershell/incremental.ts';
import { compareScriptFindings, lintScript } from '../../../src/domain/powershell/linter.ts';
import type { LintOptions } from '../../../src/domain/powershell/script-rule.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { scriptRules } from '../../../src/domain/rules/index.ts';
import { generateAll } from '../../../src/domain/runbook/index.ts';

/** Lines that each break at least one rule, mixed into the generated script. */
const mistakes: readonly string[] = [
  'Set-UMService -Id mbx01 -UMS Dual',
  'Set-UMService -Identity mbx01 -D x',
  'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed 0 -MessageWaitingIndicatorAllowed 1',
  'Set-UMIPGateway -Identity 1:1 -OutcallsAllowed yes',
  'net stop MSExchangeUM && net start MSExchangeUM',
  'Set-UMService -Identity mbx01 -DialPlans ParisSIP -DialPlans LyonSIP',
  'Set-UMService -Identity mbx01 -Ident mbx02',
  'Set-UMService -Identity mbx01 -UMStartupMode Dula',
  'Set-UMDialPlan x -VoIPSecurity "secure"',
  'Set-UMCallRouterSettings -SipTlsListeningPort 5O61',
  'Set-UMCallRouterSettings -SipTcpListeningPort 99999',
  'New-UMDialPlan -Name x -NumberOfDigitsInExtension 20 -CountryOrRegionCode 1',
  'Set-UMService -Identity -UMStartupMode Dual',
  'New-UMDialPlan -URIType SipName',
  'Enable-ExchangeCertificate -Identity x -Thumbprint y -Services UM',
  "Set-UMDialPlan -Identity \u2018ParisSIP\u2019 -VoIPSecurity Secured",
  'Write-Host "a $(Get-Date -Format ")") b"',
  'Import-ExchangeCertificate -FileName "\\\\srv\\c.pfx"',
  'Set-UMService -Identity nowhere -DialPlans @{Add="Elsewhere"}',
  'Set-UMService -Identity MBX02 -DialPlans parissip',
  'Get-UMIPGateway -IncludeSimulator $true',
  '# l\u2019\u00e9quipe \u2013 \u00e9tape 1',
  "Write-Host 'il a dit \u201coui\u201d'",
  'Get-UMDialPlan ParisSIP extra words here',
  'Format-List Name,',
  'Get-UMServce -Identity mbx01',
  'Restart-Service -ServiceName MSExchangeUM',
  'Get-CsMediaConfiguration',
  'Grant-CsOUPermission -OU "ou=c,dc=contoso,dc=com" -ObjectType User,Computer,Contact,InetOrgPerson',
  `New-UMIPGateway -Name ${'G'.repeat(65)} -Address pool.contoso.com`,
  'Set-CsUser -Identity alice -LineURI "TEL:+33140001234"',
  'Enable-UMMailbox -Identity alice -UMMailboxPolicy "ParisSIP Default Policy" -PIN 12a456',
  'Set-UMMailboxPolicy x -MinPINLength 40',
  "Set-CsUser -Identity alice -SipAddress 'sip:\u202emoc.evil@x'",
  'Set-UMAutoAttendant -Identity aa\u200b -SpeechEnabled $true',
  'Set-UMService -Identity mbx01 -DialPlans ParisSIP',
  'New-UMDialPlan -Name "Paris/SIP" -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33',
  'Set-UMIPGateway gw2 -OutcallsAllowed:$false',
  'Set-UMService mbx01.contoso.com -UMStartupMode TLS',
  'Enable-ExchangeCertificate -Server mbx01.contoso.com -Thumbprint 5113AE0233A72FCCB75A1D0198628675333D010E -Services UM',
  'Set-Location C:\\temp',
  '.\\ExchUcUtil.ps1',
  'Get-CsUser -Filter {VoicePolicy -ne $null} | Where-Object { Get-Foo }',
  'Get-UMService | Set-UMService -UMStartupMode Dual',
  'Write-Host @params --% -x "y"',
  'if ($a) { Set-UMService -Identity mbx03 -UMStartupMode TCP',
  '}',
  ')',
  'function Set-Things { param([string]$Name) Set-UMDialPlan $Name -VoIPSecurity Unsecured }',
  'Set-Things -Name ParisSIP -Bogus 1',
  'Set-UMService mbx01 -MaxCallsAllowed 1000',
  'Start-CsWindowsService RTCSRV',
];

/** A small deterministic generator (mulberry32), so the mixed corpus is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generated script of `lineCount` lines with about one line in `every` replaced by a mistake. */
function withMistakes(lineCount: number, every: number, seed: number): string {
  const random = seeded(seed);
  const lines = generateScript(lineCount).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (random() < 1 / every) lines[i] = mistakes[Math.floor(random() * mistakes.length)]!;
  }
  return lines.join('\n');
}

const exchange2013: LintOptions = { shell: 'exchange', exchangeVersion: '2013' };
const optionSets: Record<string, LintOptions> = {
  'exchange 2013': exchange2013,
  'exchange 2016, profile': { shell: 'exchange', exchangeVersion: '2016', profile: exampleProfile, byteOrderMark: false },
  'lync 2010': { shell: 'lync', lyncVersion: '2010' },
  any: {},
};

function runbookScript(): string {
  return generateAll(exampleProfile)
    .filter((c) => c.shell !== 'gui' && c.shell !== 'cmd')
    .map((c) => c.text)
    .join('\n');
}

/** The scripts of the corpus and the option sets each is linted with. */
const corpus: { name: string; script: string; options: Record<string, LintOptions> }[] = [
  { name: 'generated, 300 lines', script: generateScript(300), options: optionSets },
  { name: 'generated, 2,000 lines', script: generateScript(2000), options: { 'exchange 2013': exchange2013 } },
  { name: 'generated, 20,000 lines', script: generateScript(20000), options: { 'exchange 2013': exchange2013 } },
  { name: 'generated with mistakes, 600 lines', script: withMistakes(600, 3, 1), options: optionSets },
  { name: 'generated with mistakes, 5,000 lines', script: withMistakes(5000, 8, 2), options: { 'exchange 2013': exchange2013, any: {} } },
  { name: 'the mistakes alone', script: mistakes.join('\n'), options: optionSets },
  { name: 'the runbook', script: runbookScript(), options: { 'any, profile': { profile: exampleProfile, exchangeVersion: '2013', lyncVersion: '2013' } } },
  ...inventoryShells.map((shell) => ({ name: `the ${shell} inventory script`, script: inventoryScripts[shell], options: { [shell]: { shell } as LintOptions } })),
  {
    name: 'cmd.exe lines',
    script: 'net stop MSExchangeUM && net start MSExchangeUM\necho Zo\u00eb\nsc query MSExchangeUM\r\nnet start RTCSRV',
    options: { cmd: { shell: 'cmd', byteOrderMark: false } },
  },
];

/** One finding as a line of text: everything a reader or a quick fix can see of it. */
function findingLine(finding: Finding): string {
  const r = finding.range;
  const params = Object.keys(finding.params)
    .sort()
    .map((key) => `${key}=${JSON.stringify(finding.params[key])}`)
    .join(' ');
  return `${r ? `${r.line}:${r.column}-${r.endLine}:${r.endColumn}` : '-'} ${finding.severity} ${finding.ruleId} ${findingMessageKey(finding)} ${params}`;
}

/** What the fixture keeps of a lint: how many findings of each rule, and a digest of them all in order. */
function summary(findings: readonly Finding[]): { count: number; byRule: Record<string, number>; sha256: string } {
  const byRule: Record<string, number> = {};
  for (const f of findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  const sorted = Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1)));
  const sha256 = createHash('sha256').update(findings.map(findingLine).join('\n')).digest('hex');
  return { count: findings.length, byRule: sorted, sha256 };
}

describe('the linter on a fixed corpus', () => {
  const results: Record<string, ReturnType<typeof summary>> = {};
  const fired = new Set<string>();
  for (const { name, script, options } of corpus) {
    for (const [optionName, lintOptions] of Object.entries(options)) {
      const findings = lintScript(script, lintOptions);
      for (const f of findings) fired.add(f.ruleId);
      results[`${name} (${optionName})`] = summary(findings);
    }
  }

  it('finds exactly what it found when the fixture was written', async () => {
    await expect(`${JSON.stringify(results, null, 2)}\n`).toMatchFileSnapshot('./fixtures/lint-findings.json');
  });

  it('is a corpus that makes every script rule fire', () => {
    expect(scriptRules.map((rule) => rule.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});

describe('the incremental linter on the same corpus', () => {
  it('finds what lintScript finds after each of a series of edits', () => {
    const script = withMistakes(600, 3, 1);
    const options = optionSets['exchange 2016, profile']!;
    const incremental = new IncrementalScript();
    const random = seeded(7);
    let text = script;
    for (let edit = 0; edit < 12; edit++) {
      const at = Math.floor(random() * text.length);
      const removed = Math.floor(random() * 40);
      const inserted = mistakes[Math.floor(random() * mistakes.length)]!;
      text = `${text.slice(0, at)}${edit % 3 === 0 ? '\n' : ''}${inserted}${text.slice(at + removed)}`;
      const input = incremental.prepare(text, options);
      const findings = scriptRules.flatMap((rule) => rule.check(input)).sort(compareScriptFindings);
      expect(findings.map(findingLine)).toEqual(lintScript(text, options).map(findingLine));
    }
  }, 60_000);
});

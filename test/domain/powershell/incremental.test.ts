/**
 * The incremental parser gives exactly what a full parse gives: after each edit of a sequence
 * (typing, deleting, opening and closing braces, strings, comments, here-strings, continuations),
 * the same statements, commands, diagnostics, bindings and rule findings, at the same positions;
 * and an edit re-parses only the chunks near it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_MIN_LINES, IncrementalScript } from '../../../src/domain/powershell/incremental.ts';
import { compareScriptFindings, prepareScript } from '../../../src/domain/powershell/linter.ts';
import { rangeOf, type LintOptions, type ScriptRuleInput, type Span } from '../../../src/domain/powershell/script-rule.ts';
import { scriptRules } from '../../../src/domain/rules/index.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';

/** Lines of a runbook-like script, with the constructs that span lines. */
const blocks: readonly string[] = [
  'Set-UMService -Identity mbx01.contoso.com -UMStartupMode Dual',
  'Set-UMCallRouterSettings -Server mbx01 -DialPlans @{Add="ParisSIP"} -UMStartupMode TLS',
  '# a comment',
  'Get-UMService | Format-List Name,UMStartupMode',
  'if ($x -eq 1) {\n  Restart-Service MSExchangeUM\n}\nelse {\n  Write-Host "no"\n}',
  'foreach ($s in "a","b") {\n    Set-UMService -Identity $s -UMStartupMode Dual -Confirm:$false\n}',
  '<#\n a block comment\n Set-UMService -Identity x\n#>',
  '$text = @"\nSet-UMService -Identity inside-here-string\n"@',
  'Enable-UMMailbox -Identity ana@contoso.com -UMMailboxPolicy "ParisSIP Default Policy" `\n    -Extensions 1234 -PINExpired $true',
  'cd $exscripts\n.\\ExchUcUtil.ps1',
  'Set-UMIPGateway -Identity gw1 -OutcallsAllowed $false',
  'do {\n  $n += 1\n}\nwhile ($n -lt 3)',
  'try { Get-UMDialPlan -Identity ParisSIP }\ncatch { Write-Warning $_ }',
  'Get-CsUser -Identity sip:ana@contoso.com',
  'function Set-Pilot {\n  param($Number)\n  Set-UMDialPlan -Identity ParisSIP -PilotIdentifierList $Number\n}',
  '$settings = @{\n  Identity = "mbx01"\n  UMStartupMode = "Dual"\n}\nSet-UMService @settings',
  'Get-UMService |\n  Where-Object { $_.UMStartupMode -ne "Dual" } |\n  Format-Table Name',
  'switch ($mode) {\n  "TLS" { Restart-Service MSExchangeUM }\n  default { }\n}',
  "Write-Host 'it''s done' # trailing comment",
  '',
];

function baseScript(statements: number, seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < statements; i++) out.push(blocks[(i * 7 + seed) % blocks.length]!);
  return `${out.join('\n')}\n`;
}

const fragments = fc.constantFrom(
  '{', '}', '"', "'", '@"\n', '\n"@', '<#', '#>', '`', '|', ',', '(', ')', '\n', '\r\n', '\r', "@'\n", "\n'@", ' ', 'x', '# ', 'else {}', '\nelse { Get-Date }',
  'Set-UMService -Identity mbx02 -UMStartupMode TLS\n', ' -VoIPSecurty Secured', '\u2019', '$(', 'while ($true) {}', 'catch {}', '\n\n',
);
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: fc.array(fragments, { maxLength: 3 }).map((p) => p.join('')) });

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

/** What must be equal: positions of every statement, command and diagnostic, the bindings, the findings. */
function summary(input: ScriptRuleInput) {
  const findings = scriptRules.flatMap((rule) => rule.check(input)).sort(compareScriptFindings);
  const at = (span: Span) => rangeOf(input.parsed, span);
  return {
    statements: input.parsed.script.statements.map((s) => [s.kind, s.start, s.end, at(s)]),
    script: [at(input.parsed.script), input.parsed.script.end],
    commands: input.parsed.commands.map((c) => [c.start, c.end, at(c), at(c.name)]),
    diagnostics: input.parsed.diagnostics,
    bindings: input.bindings.map((b) => [
      b.command.start,
      b.resolvedName,
      b.parameterSet,
      b.parameters.map((p) => [p.name, p.start, p.end, at(p), p.value ? at(p.value) : null]),
      b.problems.map((p) => [p.kind, p.node.start, p.node.end, at(p.node)]),
    ]),
    findings,
  };
}

const options: LintOptions = { shell: 'exchange', exchangeVersion: '2016', lyncVersion: '2013', profile: exampleProfile };

describe('IncrementalScript', () => {
  it('equals a full parse after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: blocks.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (seed, edits) => {
        let text = baseScript(90, seed);
        const script = new IncrementalScript();
        script.prepare(text, options);
        for (const e of edits) {
          text = applyEdit(text, e);
          expect(summary(script.prepare(text, options)), JSON.stringify({ seed, edits })).toEqual(summary(prepareScript(text, options)));
        }
      }),
      { numRuns: 60 },
    );
    // About 2.7 s on an idle 2-core machine; a loaded one (CI, parallel workers) needs more than 5 s.
  }, 30_000);

  it('re-parses only the chunks near a one-character edit', () => {
    let text = baseScript(600, 0);
    const script = new IncrementalScript();
    script.prepare(text, options);
    expect(script.lastParsedCharacters).toBe(text.length);
    const middle = text.indexOf('Set-UMIPGateway', text.length >> 1);
    text = `${text.slice(0, middle)}x${text.slice(middle)}`;
    const input = script.prepare(text, options);
    expect(script.lastParsedCharacters).toBeGreaterThan(0);
    expect(script.lastParsedCharacters).toBeLessThan(text.length / 10);
    expect(summary(input)).toEqual(summary(prepareScript(text, options)));
    // Typing at the end of the script re-parses only the last chunk.
    text += '# done';
    script.prepare(text, options);
    expect(script.lastParsedCharacters).toBeLessThan(text.length / 10);
  });

  it('an unclosed brace re-parses to the end of the script, and closing it gives the chunks back', () => {
    let text = baseScript(300, 3);
    const script = new IncrementalScript();
    script.prepare(text, options);
    const at = text.indexOf('\n', 200) + 1;
    text = `${text.slice(0, at)}{\n${text.slice(at)}`;
    expect(summary(script.prepare(text, options))).toEqual(summary(prepareScript(text, options)));
    expect(script.lastParsedCharacters).toBeGreaterThan(text.length - at - 2);
    text = `${text.slice(0, at + 2)}}\n${text.slice(at + 2)}`;
    expect(summary(script.prepare(text, options))).toEqual(summary(prepareScript(text, options)));
    text = `${text.slice(0, 10)}#${text.slice(10)}`;
    script.prepare(text, options);
    expect(script.lastParsedCharacters).toBeLessThan(CHUNK_MIN_LINES * 200);
  });

  it('a change of shell to cmd.exe and back parses the whole script again', () => {
    const text = baseScript(60, 1);
    const script = new IncrementalScript();
    script.prepare(text, options);
    expect(summary(script.prepare(text, { ...options, shell: 'cmd' }))).toEqual(summary(prepareScript(text, { ...options, shell: 'cmd' })));
    expect(summary(script.prepare(text, options))).toEqual(summary(prepareScript(text, options)));
  });
});

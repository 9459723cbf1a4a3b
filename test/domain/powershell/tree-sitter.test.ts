/**
 * Our parser against tree-sitter-powershell, an independent parser, on inputs where tree-sitter is
 * right: statement boundaries, quoted literals (which quote kind, verbatim or expandable),
 * sub-expressions and parse errors. Bare comma lists in command mode are left out (tree-sitter
 * wrongly rejects them; see TOOLCHAIN.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { parseScript } from '../../../src/domain/powershell/parser.ts';
import { commandArguments, descendants, topStatements, treeSitter } from './tree-sitter-oracle.ts';

let ts: Parser;
beforeAll(async () => {
  ts = await treeSitter();
});

const agreeing = [
  'Get-UMService',
  "Set-UMDialPlan -Identity 'it''s' -VoIPSecurity Secured",
  'Set-UMDialPlan -Identity "Paris $x" -VoIPSecurity "Secured"',
  '$c = Get-Credential "contoso\\alice"; Test-CsExUMConnectivity -TargetFqdn pool.contoso.com -UserSipAddress "sip:alice@contoso.com" -UserCredential $c',
  "Import-ExchangeCertificate -Server mbx01 -FileData ([System.IO.File]::ReadAllBytes('C:\\c.pfx')) -Password (Get-Credential).Password",
  'Write-Host "Mode: $((Get-UMService -Identity mbx01).UMStartupMode)"',
  'Get-UMService | Where-Object { $_.Name -eq "mbx01" } | Format-List',
  'Set-UMService -Identity mbx01 -DialPlans @{Add="ParisSIP"; Remove="Old"}',
  '# comment\nGet-UMService # trailing\n<# block #>\nGet-UMDialPlan ParisSIP',
  'a; b; c',
  'Set-UMService -Identity mbx01 `\n  -UMStartupMode Dual',
  "$t = @'\nline 'one'\n'@\nWrite-Host $t",
  'if ($x -eq 1) { Get-UMService } else { Get-UMDialPlan }',
  'foreach ($s in $servers) { Restart-Service MSExchangeUM }',
  '$x = 1 + 2 * 3',
  "Get-UMService -Identity 'mbx01'; Get-UMService -Identity \"mbx02\"",
  "Set-UMDialPlan -Identity ''",
  'Write-Host "a $(Get-Date -Format "yyyy") b"',
];

const broken = ["Set-UMDialPlan -Identity 'ParisSIP", 'Get-UMDialPlan "ParisSIP', '(Get-UMService', 'Get-UMService | Where-Object { $_.Name', '$x = @{a=1'];

describe('tree-sitter agrees', () => {
  it.each(agreeing)('on the statements and literals of: %s', (source) => {
    const ours = parseScript(source);
    const tree = ts.parse(source)!;
    expect(tree.rootNode.hasError).toBe(false);
    expect(ours.diagnostics).toEqual([]);
    // same number of top-level statements
    expect(ours.script.statements.length).toBe(topStatements(tree.rootNode).length);
    // same number of commands, nested ones included (tree-sitter nests them the same way)
    expect(ours.commands.length).toBe(descendants(tree.rootNode, 'command').length);
    // the same quoted literals, of the same kind, in the same order
    const theirs = descendants(tree.rootNode, 'string_literal')
      .map((n) => n.firstNamedChild?.type ?? '')
      .map((t) => (t.startsWith('verbatim_here') ? 'hereSingle' : t.startsWith('verbatim') ? 'single' : t.startsWith('expandable_here') ? 'hereDouble' : 'double'));
    const mine: string[] = [];
    const collect = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(collect);
      const n = node as Record<string, unknown>;
      if ((n.kind === 'StringConstant' || n.kind === 'ExpandableString') && n.quote !== 'bare') mine.push(n.quote as string);
      for (const [key, value] of Object.entries(n)) if (key !== 'range') collect(value);
    };
    collect(ours.script);
    expect(mine.sort()).toEqual(theirs.sort());
  });

  it.each(broken)('that this is broken: %s', (source) => {
    expect(ts.parse(source)!.rootNode.hasError).toBe(true);
    expect(parseScript(source).diagnostics.length).toBeGreaterThan(0);
  });

  it('counts the arguments of a command the same way (quoted values)', () => {
    const source = "Set-UMAutoAttendant -Identity 'aa' -BusinessHoursKeyMapping \"1,Sales,,SalesAA\" 'extra'";
    const tree = ts.parse(source)!;
    const command = descendants(tree.rootNode, 'command')[0]!;
    const ours = parseScript(source).commands[0]!;
    // our tree keeps `-Name value` as a parameter element followed by the value element, as tree-sitter does
    const ourArguments = ours.elements.filter((e) => e.kind !== 'CommandParameter').length;
    expect(ourArguments).toBe(commandArguments(command).length);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightClass, highlightPowerShell, type HighlightSpan } from '../../../src/domain/powershell/highlight.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { generateAll } from '../../../src/domain/runbook/index.ts';
import { exchange2016Profile } from '../runbook/helpers.ts';

const kinds = (spans: HighlightSpan[]) => spans.filter((s) => s.kind !== 'plain').map((s) => [s.kind, s.text]);

describe('highlightPowerShell', () => {
  it('colours a command line as PowerShell reads it', () => {
    expect(kinds(highlightPowerShell("Set-UMService -Identity 'mbx 01' -DialPlans @{Add='ParisSIP'} # why"))).toEqual([
      ['command', 'Set-UMService'],
      ['parameter', '-Identity'],
      ['string', "'mbx 01'"],
      ['parameter', '-DialPlans'],
      ['operator', '='],
      ['string', "'ParisSIP'"],
      ['comment', '# why'],
    ]);
  });

  it('knows commands after a pipe, inside ( ) and { }, and type literals', () => {
    const spans = kinds(highlightPowerShell("Get-UMIPGateway | Where-Object { $_.Address -ne 'x' } | Set-UMIPGateway -OutcallsAllowed $false"));
    expect(spans.filter(([k]) => k === 'command').map(([, t]) => t)).toEqual(['Get-UMIPGateway', 'Where-Object', 'Set-UMIPGateway']);
    expect(spans).toContainEqual(['operator', '-ne']);
    expect(spans).toContainEqual(['variable', '$false']);
    const nested = kinds(highlightPowerShell("Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('C:\\x.pfx')) -Password (Get-Credential).Password"));
    expect(nested).toContainEqual(['type', '[System.IO.File]']);
    expect(nested).toContainEqual(['command', 'Get-Credential']);
  });

  it('shows a hostile quoted value as one string, not as code', () => {
    const spans = kinds(highlightPowerShell("New-UMDialPlan -Name '''; Remove-Item C:\\ -Recurse #' -URIType SipName"));
    expect(spans).toEqual([
      ['command', 'New-UMDialPlan'],
      ['parameter', '-Name'],
      ['string', "'''; Remove-Item C:\\ -Recurse #'"],
      ['parameter', '-URIType'],
    ]);
  });

  it('keeps every character of every generated command, in order', () => {
    for (const profile of [exampleProfile, exchange2016Profile()]) {
      for (const command of generateAll(profile)) expect(highlightPowerShell(command.text).map((s) => s.text).join('')).toBe(command.text);
    }
  });

  it('never throws and never loses text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab-$@(){}[]\'"`#<>|;,.:= \n\u2018\u201c9'.split('')), maxLength: 60 }), (source) => {
        expect(highlightPowerShell(source).map((s) => s.text).join('')).toBe(source);
      }),
      { numRuns: 500 },
    );
  });

  it('gives each kind a short class', () => {
    expect(highlightClass('command')).toBe('ps-cmd');
    expect(highlightClass('string')).toBe('ps-str');
  });
});

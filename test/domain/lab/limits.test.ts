/**
 * Nothing typed in the lab hangs the tab (issue 16, item 2): hostile wildcards and regular
 * expressions, values that double on every line, loops inside loops and huge outputs all end with
 * a clear message in the reader's language, and the session stays usable.
 */
import { describe, expect, it } from 'vitest';
import { labLimits } from '../../../src/domain/lab/limits.ts';
import { Tab, lines, text } from './helpers.ts';

const as = 'a'.repeat(200);

describe('lab limits', () => {
  it('answers the -like pattern that hung the tab', () => {
    const tab = new Tab();
    expect(text(tab.ok(`'${as}' -like '*a*a*a*a*a*a*b'`))).toBe('False');
    expect(text(tab.ok(`'${as}b' -like '*a*a*a*a*a*a*b'`))).toBe('True');
    expect(text(tab.ok(`'${as}' -notlike '*a*a*a*a*a*a*b'`))).toBe('True');
  });

  it('stops a runaway -match at its step budget with a message in the reader’s language, then keeps working', () => {
    const tab = new Tab();
    const en = tab.run(`'${as}' -match '(a+)+b'`);
    expect(en.status).toBe('error');
    expect(lines(en, 'error')).toEqual([
      '-match: the lab stopped this regular expression after 1,000,000 steps on a text of 200 characters: its backtracking grows without bound. Simplify the pattern, for example without nested quantifiers such as (a+)+.',
    ]);
    const fr = tab.run(`'${as}' -match '(a+)+b'`, 'fr');
    expect(lines(fr, 'error')[0]).toContain('le laboratoire a arrêté cette expression régulière après 1\u202f000\u202f000 étapes');
    expect(text(tab.ok("'mbx01.contoso.com' -match '^MBX\\d+\\.'"))).toBe('True');
  });

  it('filters with -match and -like in Where-Object through the same matchers', () => {
    const tab = new Tab();
    tab.ok('New-UMDialPlan -Name ParisSIP -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33');
    tab.ok('New-UMDialPlan -Name LyonSIP -URIType SipName -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33');
    expect(text(tab.ok('Get-UMDialPlan | Where-Object { $_.Name -match "^(p|q)ar" } | Select-Object -ExpandProperty Name'))).toBe('ParisSIP');
    expect(text(tab.ok('Get-UMDialPlan | Where-Object { $_.Name -clike "*sip" } | Select-Object -ExpandProperty Name'))).toBe('');
    expect(text(tab.ok('Get-UMDialPlan | Where-Object { $_.Name -like "[l]*" } | Select-Object -ExpandProperty Name'))).toBe('LyonSIP');
  });

  it('prints .NET’s reason for an invalid pattern', () => {
    const result = new Tab().run("'x' -match '['");
    expect(lines(result, 'error')).toEqual(['-match : parsing "[" - Unterminated [] set.', '    + CategoryInfo          : OperationStopped: (:) [], ArgumentException']);
  });

  it('refuses to double a list past the item limit, keeping the previous value', () => {
    const tab = new Tab();
    tab.ok('$a=@(1,2)');
    let stopped = 0;
    for (let i = 0; i < 17; i++) {
      const result = tab.run('$a=$a+$a');
      if (result.status === 'error') {
        stopped++;
        expect(lines(result, 'error')[0]).toBe(`The lab stopped this statement (+): a value would hold more than 100,000 items, the most it keeps. Nothing was assigned.`);
      }
    }
    // 2 × 2^15 = 65,536 is the last size under 100,000: the 16th and 17th doublings are refused.
    expect(stopped).toBe(2);
    expect(text(tab.ok('$a.Count'))).toBe('65536');
  });

  it('prints at most the output limit of one line and says how much it cut', () => {
    const tab = new Tab();
    tab.ok('$a=@(1,2)');
    for (let i = 0; i < 15; i++) tab.ok('$a=$a+$a');
    const en = tab.ok('$a');
    expect(en.output).toHaveLength(labLimits.outputLines + 1);
    expect(en.output.at(-1)).toEqual({
      kind: 'warning',
      text: 'Output cut: 63,536 more lines not printed, 0 long lines shortened (the lab prints at most 2,000 lines of 4,000 characters per command).',
    });
    const fr = tab.ok('$a', 'fr');
    expect(fr.output.at(-1)!.text).toBe(
      'Sortie tronquée\u00a0: 63\u202f536 lignes de plus non affichées, 0 lignes trop longues raccourcies (le laboratoire affiche au plus 2\u202f000 lignes de 4\u202f000 caractères par commande).',
    );
  });

  it('shortens one very long printed line and caps the strings a line may build', () => {
    const tab = new Tab();
    tab.ok('$s="ab"');
    for (let i = 0; i < 18; i++) tab.ok('$s=$s+$s');
    expect(text(tab.ok('$s.Length'))).toBe(String(2 ** 19));
    const printed = tab.ok('$s');
    expect(printed.output[0]!.text).toHaveLength(labLimits.lineChars + 1);
    expect(printed.output.at(-1)!.text).toContain('1 long lines shortened');
    const doubled = tab.run('$s=$s+$s');
    expect(lines(doubled, 'error')[0]).toContain('a string would hold more than 1,000,000 characters');
    expect(text(tab.ok('$s.Length'))).toBe(String(2 ** 19));
  });

  it('stops loops within loops after the statement limit', () => {
    const tab = new Tab();
    tab.ok('$a=@(1,2)');
    for (let i = 0; i < 9; i++) tab.ok('$a=$a+$a');
    const result = tab.run('foreach ($x in $a) { foreach ($y in $a) { $z = 1 } }');
    expect(result.status).toBe('error');
    expect(lines(result, 'error')).toEqual(['The lab stopped this line after 200,000 statements: a loop that long would freeze the page. The rest of the line did not run.']);
  });
});

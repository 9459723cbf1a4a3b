/**
 * The lab's pattern matching: `-like` wildcards by a linear scan, `-match` by a budgeted
 * backtracking machine. JavaScript's RegExp is the oracle where .NET and JavaScript agree; the
 * hostile inputs of issue 16 must end at once (wildcards) or within the step budget (regex).
 */
import { describe, expect, it } from 'vitest';
import { labLimits } from '../../../src/domain/lab/limits.ts';
import { compileRegex, PatternError, regexMatch, wildcardMatch } from '../../../src/domain/lab/patterns.ts';

describe('wildcardMatch (-like)', () => {
  it.each([
    ['mbx01.contoso.com', 'MBX*', true],
    ['mbx01.contoso.com', '*.contoso.???', true],
    ['mbx01.contoso.com', '*.contoso.??', false],
    ['ParisSIP', '*SIP', true],
    ['ParisSIP', '*sip*', true],
    ['ParisSIP', 'Paris', false],
    ['', '*', true],
    ['', '?', false],
    ['abc', 'a*b*c*', true],
    ['abcbd', 'a*b?', true],
    ['ab', 'a**b', true],
    ['mbx1', 'mbx[0-9]', true],
    ['mbxa', 'mbx[0-9]', false],
    ['mbxB', 'mbx[abc]', true],
    ['a*b', 'a`*b', true],
    ['axb', 'a`*b', false],
    ['a.b', 'a.b', true],
    ['axb', 'a.b', false],
    ['(x)', '(x)', true],
  ])('%s -like %s → %s', (text, pattern, expected) => {
    expect(wildcardMatch(text, pattern)).toBe(expected);
  });

  it('is case-sensitive for -clike', () => {
    expect(wildcardMatch('ParisSIP', '*sip', false)).toBe(false);
    expect(wildcardMatch('ParisSIP', '*SIP', false)).toBe(true);
  });

  it('answers the pattern that hung the tab (200 × a against *a*a*a*a*a*a*b) without backtracking', () => {
    // A `.*` regular expression tries every split of the 200 characters among six stars; the
    // two-pointer scan fails after at most length × tokens comparisons.
    const text = 'a'.repeat(200);
    expect(wildcardMatch(text, '*a*a*a*a*a*a*b')).toBe(false);
    expect(wildcardMatch(`${text}b`, '*a*a*a*a*a*a*b')).toBe(true);
    expect(wildcardMatch('a'.repeat(100_000), `${'*a'.repeat(50)}*b`)).toBe(false);
  });
});

describe('regexMatch (-match)', () => {
  const cases: Array<[string, string]> = [
    ['^mbx(\\d+)\\.', 'MBX01.contoso.com'],
    ['contoso\\.com$', 'mbx01.contoso.com'],
    ['^sip:(?<user>[^@]+)@(.+)$', 'sip:alice@contoso.com'],
    ['(a|ab)(c|bcd)(d*)', 'abcd'],
    ['a+?b', 'aaab'],
    ['x*', 'aaa'],
    ['\\bUM\\b', 'UM, SMTP'],
    ['\\bUM\\b', 'UMCallRouter'],
    ['[^a-c]+', 'abcdef'],
    ['[A-Z]{2,3}\\d', 'ab12 XYZ9'],
    ['(\\w)\\1', 'hello'],
    ['^(?:(?!x).)*$', 'abc'],
    ['^(?:(?!x).)*$', 'abxc'],
    ['^(a*)*$', 'aaaa'],
    ['^(a*)*b$', 'aaaac'],
    ['colou?r', 'The COLOR'],
    ['\\d{3}-\\d{4}', 'call 555-0100 now'],
    ['\\s+', 'no-space'],
    ['a{2}', 'baab'],
    ['a{2,}', 'ba'],
    ['[.]', 'a.b'],
    ['\\x41', 'xa'],
    ['^$', ''],
  ];
  it.each(cases)('%s on %s matches as RegExp does', (pattern, text) => {
    const expected = new RegExp(pattern, 'i').exec(text);
    const actual = regexMatch(compileRegex(pattern), text);
    expect(actual?.[0]).toBe(expected?.[0]);
    expect(actual?.slice(1)).toEqual(expected ? [...expected].slice(1) : undefined);
  });

  it('is case-sensitive for -cmatch', () => {
    expect(regexMatch(compileRegex('^mbx', false), 'MBX01')).toBeNull();
    expect(regexMatch(compileRegex('^MBX', false), 'MBX01')).not.toBeNull();
  });

  it('stops a catastrophic pattern with its step budget instead of hanging', () => {
    const regex = compileRegex('(a+)+b');
    let caught: unknown;
    try {
      regexMatch(regex, 'a'.repeat(200));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PatternError);
    expect((caught as PatternError).reason).toBe('budget');
    expect((caught as PatternError).detail).toBe(String(labLimits.matchSteps));
  });

  it('reports .NET’s reason for an invalid pattern', () => {
    expect(() => compileRegex('[')).toThrow(/Unterminated \[\] set/);
    expect(() => compileRegex('(a')).toThrow(/Not enough \)'s/);
    expect(() => compileRegex('a)')).toThrow(/Too many \)'s/);
    expect(() => compileRegex('*a')).toThrow(/following nothing/);
    expect(() => compileRegex('a**')).toThrow(/Nested quantifier/);
    expect(() => compileRegex('\\q')).toThrow(/Unrecognized escape/);
  });

  it('refuses constructs it does not run, and patterns too large once expanded', () => {
    expect(() => compileRegex('(?<=a)b')).toThrow(expect.objectContaining({ reason: 'unsupported' }));
    expect(() => compileRegex('(?i)a')).toThrow(expect.objectContaining({ reason: 'unsupported' }));
    expect(() => compileRegex('(a{1000}){1000}')).toThrow(expect.objectContaining({ reason: 'size' }));
  });
});

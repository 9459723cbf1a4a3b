/**
 * `runScriptRules`, the one loop every front end runs its script rules through: the value rules in
 * the list it is given are checked together in one walk over the bindings, only those, with the
 * findings (and their order) of each rule's own `check` run one after the other, and nothing kept
 * from one script to the next.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateScript } from '../../../bench/lint.ts';
import type { Finding } from '../../../src/domain/finding.ts';
import { lintScript, prepareScript, runScriptRules } from '../../../src/domain/powershell/linter.ts';
import { valueRule } from '../../../src/domain/powershell/rule-support.ts';
import { rangeOf, scriptFinding, type LintOptions, type ScriptRule, type ScriptRuleInput } from '../../../src/domain/powershell/script-rule.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { scriptRules } from '../../../src/domain/rules/index.ts';

const valueRuleIds = ['ps-enum-value', 'ps-integer-value', 'ps-value-range', 'ps-value-length', 'ps-value-pattern'];
const ruleOf = (id: string): ScriptRule => scriptRules.find((rule) => rule.id === id)!;
const options: LintOptions = { shell: 'exchange', exchangeVersion: '2013' };

/** Lines on which every value rule fires, some several times on one command or one value. */
const valueMistakes = [
  'Set-UMService -Identity mbx01 -UMStartupMode Dula -DialPlans ParisSIP',
  'Enable-ExchangeCertificate -Identity x -Services "UM, Bogus, IIS, Nope"',
  'New-UMDialPlan -Name x -NumberOfDigitsInExtension four -CountryOrRegionCode 33 -URIType SipNam -VoIPSecurity secure',
  'Set-UMCallRouterSettings -SipTlsListeningPort 5O61 -SipTcpListeningPort 99999',
  `New-UMIPGateway -Name ${'G'.repeat(65)} -Address pool.contoso.com`,
  'Set-UMMailboxPolicy x -MinPINLength 40 -MinPINLength 2',
  'Set-CsUser -Identity alice -LineURI "TEL:+33140001234" -SipAddress alice@contoso.com',
  'Enable-UMMailbox -Identity alice -UMMailboxPolicy "ParisSIP Default Policy" -PIN 12a456',
  'Write-Host @params --% -UMStartupMode Dula',
  'Set-UMService -Identity mbx02 -DialPlans @{Add="ParisSIP"; Remove="LyonSIP"} -UMStartupMode TLS',
];

/** The generated script with the value mistakes mixed in, so both the walk and the other rules have work. */
function mixedScript(): string {
  const lines = generateScript(400).split('\n');
  valueMistakes.forEach((line, i) => lines.splice(i * 37, 0, line));
  return lines.join('\n');
}

/** Each rule's `check`, one after the other: what `runScriptRules` must return. */
const oneByOne = (input: ScriptRuleInput, rules: readonly ScriptRule[]): Finding[] => rules.flatMap((rule) => rule.check(input));

/** The parameters the value walk offers to each check: those of commands without `--%`. */
const walkedParameters = (input: ScriptRuleInput): number => input.bindings.filter((b) => !b.stopParsing).reduce((n, b) => n + b.parameters.length, 0);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runScriptRules', () => {
  it('the value rules are built as data: each has its value check and a check that works alone', () => {
    const input = prepareScript(valueMistakes.join('\n'), options);
    for (const id of valueRuleIds) {
      const rule = ruleOf(id);
      expect(rule.valueCheck, id).toBeDefined();
      const alone = rule.check(input);
      expect(alone.length, id).toBeGreaterThan(0);
      expect(alone.every((f) => f.ruleId === id)).toBe(true);
      expect(runScriptRules(input, [rule])).toEqual(alone);
    }
    // No other script rule claims a value check it would not report.
    expect(scriptRules.filter((rule) => rule.valueCheck).map((rule) => rule.id).sort()).toEqual([...valueRuleIds].sort());
  });

  it('returns what each rule finds run one by one, in the order of the list, for the whole list, a subset and other orders', () => {
    const input = prepareScript(mixedScript(), { ...options, profile: exampleProfile });
    const all = oneByOne(input, scriptRules);
    for (const id of valueRuleIds) expect(all.some((f) => f.ruleId === id), id).toBe(true);
    expect(runScriptRules(input, scriptRules)).toEqual(all);
    const reversed = [...scriptRules].reverse();
    expect(runScriptRules(input, reversed)).toEqual(oneByOne(input, reversed));
    // Value rules between others, one of them twice: its findings come twice, where it stands.
    const mixed = [ruleOf('ps-value-range'), ruleOf('ps-unknown-parameter'), ruleOf('ps-enum-value'), ruleOf('ps-boolean-value'), ruleOf('ps-value-range')];
    const expected = oneByOne(input, mixed);
    expect(expected.filter((f) => f.ruleId === 'ps-value-range').length).toBeGreaterThan(1);
    expect(runScriptRules(input, mixed)).toEqual(expected);
    expect(runScriptRules(input, [])).toEqual([]);
  });

  it('walks only the value checks of the rules it is given', () => {
    const input = prepareScript(mixedScript(), options);
    const parameters = walkedParameters(input);
    expect(parameters).toBeGreaterThan(100);
    const spies = new Map(valueRuleIds.map((id) => [id, vi.spyOn(ruleOf(id).valueCheck!, 'select')]));
    const calls = () => Object.fromEntries([...spies].map(([id, spy]) => [id, spy.mock.calls.length]));
    const none = Object.fromEntries(valueRuleIds.map((id) => [id, 0]));

    // One value rule: its findings only, and no other value rule's select is asked anything.
    const range = runScriptRules(input, [ruleOf('ps-value-range')]);
    expect(range.length).toBeGreaterThan(0);
    expect(range.every((f) => f.ruleId === 'ps-value-range')).toBe(true);
    expect(calls()).toEqual({ ...none, 'ps-value-range': parameters });

    // No value rule in the list: no value walk at all.
    for (const spy of spies.values()) spy.mockClear();
    runScriptRules(input, [ruleOf('ps-unknown-parameter'), ruleOf('ps-missing-argument')]);
    expect(calls()).toEqual(none);

    // All of them: one walk, so each select is asked once per parameter, not once per rule.
    for (const spy of spies.values()) spy.mockClear();
    runScriptRules(input, scriptRules);
    expect(calls()).toEqual(Object.fromEntries(valueRuleIds.map((id) => [id, parameters])));

    // A caller's filtered list through lintScript: the same.
    for (const spy of spies.values()) spy.mockClear();
    const filtered = scriptRules.filter((rule) => rule.id === 'ps-enum-value' || rule.id === 'ps-value-length');
    expect(new Set(lintScript(input.source, options, filtered).map((f) => f.ruleId))).toEqual(new Set(['ps-enum-value', 'ps-value-length']));
    expect(calls()).toEqual({ ...none, 'ps-enum-value': parameters, 'ps-value-length': parameters });
  });

  it('works for value rules made anywhere, at any time, in any order (no registry)', () => {
    const made = (id: string, word: string): ScriptRule => {
      const rule: ScriptRule = valueRule({
        id,
        severity: 'warning',
        valueCheck: {
          select: (spec) => (spec.name === 'Identity' ? word : undefined),
          check: (item, selected, _parameter, _binding, parsed) =>
            item.text.includes(selected) ? scriptFinding(rule, rangeOf(parsed, item.node), { value: item.text }) : undefined,
        },
      });
      return rule;
    };
    const second = made('test-second', 'mbx');
    const first = made('test-first', '01');
    const input = prepareScript('Set-UMService -Identity mbx01\nSet-UMService -Identity cas01\nSet-UMService -Identity mbx02', options);
    const found = runScriptRules(input, [first, ruleOf('ps-enum-value'), second]);
    expect(found.map((f) => [f.ruleId, f.range?.line])).toEqual([
      ['test-first', 1],
      ['test-first', 2],
      ['test-second', 1],
      ['test-second', 3],
    ]);
    expect(found).toEqual(oneByOne(input, [first, ruleOf('ps-enum-value'), second]));
    expect(first.check(input).map((f) => f.params.value)).toEqual(['mbx01', 'cas01']);
  });

  it('keeps nothing from one script or one call to the next', () => {
    const a = prepareScript('Set-UMService -Identity mbx01 -UMStartupMode Dula\nNew-UMDialPlan -Name x -NumberOfDigitsInExtension four', options);
    const b = prepareScript('Set-UMMailboxPolicy x -MinPINLength 40\nSet-UMService -Identity mbx01 -UMStartupMode Dual', options);
    const enumRule = ruleOf('ps-enum-value');
    expect(enumRule.check(a).map((f) => f.params.value)).toEqual(['Dula']);
    // The same input object with other bindings: answered from its bindings now, not from a cache of the first call.
    const changed: ScriptRuleInput = { ...a };
    expect(enumRule.check(changed)).toHaveLength(1);
    changed.bindings = b.bindings;
    changed.parsed = b.parsed;
    expect(enumRule.check(changed)).toEqual([]);
    expect(runScriptRules(changed, scriptRules)).toEqual(oneByOne(b, scriptRules));
    // One list's run does not shape the next list's answer on the same input.
    expect(runScriptRules(a, [ruleOf('ps-value-range')])).toEqual([]);
    expect(runScriptRules(a, [ruleOf('ps-integer-value')]).map((f) => f.params.value)).toEqual(['four']);
    expect(runScriptRules(a, valueRuleIds.map(ruleOf))).toEqual(oneByOne(a, valueRuleIds.map(ruleOf)));
    // Changing a returned list changes nothing for the next call.
    runScriptRules(a, scriptRules).length = 0;
    enumRule.check(a).length = 0;
    expect(runScriptRules(a, [enumRule])).toHaveLength(1);
  });
});

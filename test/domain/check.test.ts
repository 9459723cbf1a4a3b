import { describe, expect, it } from 'vitest';
import { checkProfile, compareFindings, comparePaths, findingMessageKey } from '../../src/domain/check.ts';
import type { Finding } from '../../src/domain/finding.ts';
import { profileFacts } from '../../src/domain/profile-facts.ts';
import { exampleProfile } from '../../src/domain/profile/index.ts';
import { profileRules } from '../../src/domain/rules/index.ts';
import type { ProfileRule } from '../../src/domain/rules/types.ts';
import { mutate } from './rules/helpers.ts';

describe('checkProfile', () => {
  it('finds no error and no warning in the example profile', () => {
    expect(checkProfile(exampleProfile).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('runs every profile rule', () => {
    const seen: string[] = [];
    const spies = profileRules.map((rule): ProfileRule => ({ ...rule, check: (p) => (seen.push(rule.id), rule.check(p)) }));
    checkProfile(exampleProfile, spies);
    expect(seen).toEqual(profileRules.map((r) => r.id));
  });

  it('sorts errors, then warnings, then info, each by position in the profile', () => {
    const profile = mutate((p) => {
      p.users[1]!.mailboxVersion = '2010'; // warning at users[1]
      p.users[0]!.lineUri = 'tel:+33140001234'; // warning at users[0]
      p.dialPlans[1]!.countryCode = '+33'; // error at dialPlans[1]
      p.certificates[0]!.selfSigned = true; // error at certificates[0]
    });
    const problems = checkProfile(profile).filter((f) => f.severity !== 'info');
    expect(problems.map((f) => [f.severity, f.ruleId, f.path])).toEqual([
      ['error', 'certificate-not-self-signed', ['certificates', 0, 'selfSigned']],
      ['error', 'dial-plan-country-code', ['dialPlans', 1, 'countryCode']],
      ['warning', 'user-line-uri', ['users', 0, 'lineUri']],
      ['warning', 'missed-call-notifications', ['users', 1, 'mailboxVersion']],
    ]);
  });

  it('gives the same findings as running each rule alone (shared facts change nothing)', () => {
    const profile = mutate((p) => {
      p.exchange.servers[2]!.fqdn = 'mbx03.contoso.com';
      p.users[2]!.dialPlan = 'Nowhere';
    });
    const alone = profileRules.flatMap((rule) => rule.check(profile)).sort(compareFindings);
    expect(checkProfile(profile)).toEqual(alone);
  });

  it('never reuses facts of a profile changed in place after a check', () => {
    const profile = mutate();
    checkProfile(profile);
    profile.certificates[0]!.servers.pop();
    expect(checkProfile(profile).some((f) => f.ruleId === 'server-has-certificate')).toBe(true);
    expect(profileFacts(profile).certificatesByHost.has('mbx02.contoso.com')).toBe(false);
  });

  it('is cheap enough for every keystroke: median well under a millisecond on the example', () => {
    for (let i = 0; i < 50; i++) checkProfile(exampleProfile);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      checkProfile(exampleProfile);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    // Budget: check + command generation ≤ 2 ms median; the check takes at most half of it.
    expect(times[100]!).toBeLessThan(1);
  });
});

describe('comparePaths', () => {
  it.each([
    [['users', 2], ['users', 10], -1],
    [['users', 1], ['users', 1, 'extension'], -1],
    [['dialPlans'], ['certificates'], 1],
    [['users', 0, 'lineUri'], ['users', 0, 'lineUri'], 0],
  ] as const)('%j vs %j', (a, b, sign) => {
    expect(Math.sign(comparePaths(a, b))).toBe(sign);
  });
});

describe('findingMessageKey', () => {
  const finding = (params: Finding['params']) => ({ ruleId: 'dial-plan-name', params });
  it('names the variant message when a finding has a variant', () => {
    expect(findingMessageKey(finding({ variant: 'space' }))).toBe('rule.dial-plan-name.message.space');
  });
  it('names the rule message otherwise', () => {
    expect(findingMessageKey(finding({ dialPlan: 'x' }))).toBe('rule.dial-plan-name.message');
    expect(findingMessageKey(finding({ variant: '' }))).toBe('rule.dial-plan-name.message');
  });
});

/**
 * The whole main runbook, typed into the lab in order — each command in its shell, on its machine —
 * ends with Test-CsExUMConnectivity succeeding, for Exchange 2013 (split roles) and 2016. Leaving
 * out any one essential step makes the test fail with that step's reason.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseExUm, type ExUmProblem } from '../../../src/domain/lab/index.ts';
import { labCommands, replayRunbook } from '../../../src/domain/lab/replay.ts';
import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';
import { generateAll, type StepId } from '../../../src/domain/runbook/index.ts';
import { exchange2016Profile } from './helpers.ts';

const variants: [string, Profile][] = [
  ['Exchange 2013, split roles', exampleProfile],
  ['Exchange 2016', exchange2016Profile()],
];

function testLines(results: ReturnType<typeof replayRunbook>['results']) {
  return results.filter((r) => r.command.step === 'test-exum');
}

describe.each(variants)('the main runbook in the lab (%s)', (_name, profile) => {
  const { lab, results } = replayRunbook(profile, { lang: 'en' });

  it('runs every generated command without a refusal or an error', () => {
    const failures = results.filter((r) => r.result.status !== 'ok').map((r) => `${r.command.text}\n${r.result.output.map((o) => o.text).join('\n')}`);
    expect(failures).toEqual([]);
    expect(results.length).toBe(labCommands(generateAll(profile)).length);
  });

  it('ends with Test-CsExUMConnectivity and Test-CsExUMVoiceMail succeeding', () => {
    const tests = testLines(results);
    expect(tests.map((t) => t.command.text.split(' ')[0])).toEqual(['Test-CsExUMConnectivity', 'Test-CsExUMVoiceMail']);
    for (const test of tests) {
      expect(test.result.status).toBe('ok');
      expect(test.result.output.map((o) => o.text)).toContainEqual(expect.stringMatching(/^Result\s+: Success$/));
    }
  });

  it('leaves the lab in the state the runbook describes', () => {
    const gateways = lab.exchange.ipGateways;
    expect(gateways.map((g) => [g.name, g.address, g.outcallsAllowed])).toEqual([
      ['1:1', 'lyncpool-paris.contoso.com', true],
      ['2:1', 'lyncpool-lyon.contoso.com', false],
    ]);
    expect(lab.exchange.huntGroups).toHaveLength(4);
    for (const server of lab.exchange.servers) {
      for (const settings of [server.umService, server.callRouter]) {
        if (!settings) continue;
        expect(settings.effectiveStartupMode).toBe('Dual');
        expect(settings.loadedCertificateThumbprint).toBe(settings.certificateThumbprint);
        expect(settings.dialPlans).toEqual(['ParisSIP', 'LyonSIP']);
      }
    }
    expect(lab.users.every((u) => u.lync?.enterpriseVoiceEnabled && u.um)).toBe(true);
  });
});

/**
 * Each essential step, and the first reason the test gives without it. The runbook is replayed
 * without that one step; the connectivity test of the example user must then fail for that reason.
 */
const essential: [StepId, ExUmProblem['code']][] = [
  ['create-um-dial-plans', 'user-not-um-enabled'],
  ['import-exchange-certificates', 'certificate-not-enabled'],
  ['add-servers-to-dial-plans', 'server-not-in-dial-plan'],
  ['set-startup-mode', 'startup-mode-tcp'],
  ['enable-um-certificates', 'certificate-not-enabled'],
  ['restart-um-services', 'startup-mode-pending'],
  ['run-exchucutil', 'no-gateway'],
  ['restart-lync-front-end', 'front-end-not-restarted'],
  ['create-exum-contacts', 'auto-attendant-contact-missing'],
  ['enable-lync-users', 'user-not-lync-enabled'],
  ['enable-um-mailboxes', 'user-not-um-enabled'],
];

/*
 * Without the auto attendant, OcsUmUtil lists no auto attendant to create a contact for: the
 * subscriber access contacts alone are made, and a user's voice mail still works.
 */
describe.each(variants)('skipping the auto attendants (%s)', (_name, profile) => {
  it('leaves no contact without its auto attendant (OcsUmUtil only lists existing ones)', () => {
    const { lab, results } = replayRunbook(profile, { lang: 'en', skip: ['create-auto-attendants'] });
    expect(lab.lync.exUmContacts.map((c) => c.autoAttendant)).toEqual([false, false]);
    expect(testLines(results).every((t) => t.result.status === 'ok')).toBe(true);
  });
});

describe.each(variants)('skipping one essential step (%s)', (_name, profile) => {
  const user = profile.users[0]!;
  const pool = profile.lync.pools[0]!.fqdn;
  it.each(essential)('without %s the test fails with %s', (step, code) => {
    const { lab, results } = replayRunbook(profile, { lang: 'en', skip: [step] });
    const problems = diagnoseExUm(lab, { targetFqdn: pool, userSipAddress: user.sipAddress });
    expect(problems.map((p) => p.code)).toContain(code);
    const connectivity = testLines(results)[0]!;
    expect(connectivity.result.status).toBe('error');
    expect(connectivity.result.output.map((o) => o.text)).toContainEqual(expect.stringMatching(/^Result\s+: Failure$/));
  });
});

describe.each(variants)('outbound gateways are advice, not a failure of the test (%s)', (_name, profile) => {
  it('without restrict-outbound-gateways the tests still succeed, and say that several gateways place calls', () => {
    const { results } = replayRunbook(profile, { lang: 'en', skip: ['restrict-outbound-gateways'] });
    for (const test of testLines(results)) {
      expect(test.result.status).toBe('ok');
      const text = test.result.output.map((o) => o.text);
      expect(text).toContainEqual(expect.stringMatching(/^Result\s+: Success$/));
      expect(text).toContainEqual(expect.stringMatching(/^This does not fail the test .* several UM IP gateways of dial plan \w+ allow the calls Exchange UM places/));
    }
  });
});

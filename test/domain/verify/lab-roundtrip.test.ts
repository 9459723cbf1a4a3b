/**
 * The lab's own output passes its own checks: the whole deploy-um-lync runbook replayed in the lab,
 * each verification command's output pasted into its check, verified everywhere — in both languages.
 */
import { describe, expect, it } from 'vitest';
import { languages } from '../../../src/i18n/index.ts';
import { replayRunbook } from '../../../src/domain/lab/replay.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { runbookSteps } from '../../../src/domain/runbook/procedures.ts';
import { checkOutput, outputCheckFor, stepOutputChecks, stepVerified, verdictLines, verdictSummary } from '../../../src/domain/verify/index.ts';
import { profile2016 } from './helpers.ts';

/** What the operator copies from the terminal: every printed line, CRLF as on Windows. */
const pasted = (lines: readonly { text: string }[]) => lines.map((l) => l.text).join('\r\n');

describe.each(languages)('lab round trip (%s)', (lang) => {
  it.each([
    ['example (Exchange 2013, Lync 2013)', exampleProfile],
    ['Exchange 2016, thumbprints in the profile', profile2016()],
  ])('every verification of deploy-um-lync is verified for the %s profile', (_name, profile) => {
    const { results } = replayRunbook(profile, { lang });
    const verifications = results.filter((r) => r.command.verify);
    expect(verifications.length).toBeGreaterThan(30);
    const byStep = new Map<string, boolean[]>();
    for (const { command, result } of verifications) {
      expect(result.status, command.text).toBe('ok');
      const check = outputCheckFor(profile, command);
      expect(check, `no check for ${command.text}`).toBeDefined();
      const verdict = checkOutput(check!, pasted(result.output));
      const failures = verdictLines(verdict, lang).filter((l) => l.status !== 'matched').map((l) => `${l.expectation}: ${l.reason}`);
      expect({ command: command.text, status: verdict.status, failures, problem: verdict.problem }).toEqual({
        command: command.text,
        status: 'verified',
        failures: [],
        problem: undefined,
      });
      expect(verdictSummary(verdict, lang)).toBe(lang === 'fr' ? 'Vérifié' : 'Verified');
      byStep.set(command.step, [...(byStep.get(command.step) ?? []), verdict.status === 'verified']);
    }
    // Every step of the runbook that has verification commands ends verified.
    for (const step of runbookSteps('deploy-um-lync')!) {
      const checks = stepOutputChecks(profile, step);
      if (checks.length === 0) continue;
      expect(stepVerified((byStep.get(step.id) ?? []).map((ok) => ({ status: ok ? 'verified' : 'mismatch', results: [] }))), step.id).toBe(true);
    }
  });
});

describe('lab round trip catches a step left out', () => {
  it('without set-startup-mode, the startup-mode checks fail on UMStartupMode', () => {
    const { results } = replayRunbook(exampleProfile, { lang: 'en', skip: ['set-startup-mode', 'enable-um-certificates', 'restart-um-services'] });
    const umService = results.find((r) => r.command.step === 'add-servers-to-dial-plans' && /Get-UMService/.test(r.command.text))!;
    // The same output, checked as the set-startup-mode verification would check it.
    const check = outputCheckFor(exampleProfile, { ...umService.command, step: 'set-startup-mode' })!;
    const verdict = checkOutput(check, pasted(umService.result.output));
    expect(verdict.status).toBe('mismatch');
    expect(verdict.results.find((r) => r.status !== 'matched')).toMatchObject({ expectation: { property: 'UMStartupMode' }, reason: 'differs', actual: 'TCP' });
  });

  it('without restrict-outbound-gateways, ExchUcUtil’s gateways all allow outgoing calls', () => {
    const { results } = replayRunbook(exampleProfile, { lang: 'en' });
    const gateways = results.find((r) => r.command.step === 'run-exchucutil' && /Get-UMIPGateway/.test(r.command.text))!;
    const restrict = results.find((r) => r.command.step === 'restrict-outbound-gateways' && r.command.verify)!;
    const verdict = checkOutput(outputCheckFor(exampleProfile, restrict.command)!, pasted(gateways.result.output));
    expect(verdict.status).toBe('mismatch');
    expect(verdict.results[0]).toMatchObject({ reason: 'counted', actual: '2' });
  });
});

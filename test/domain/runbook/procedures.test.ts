import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { anyStepById, isRunbookSlug, procedureSteps, runbookProcedures, runbookSteps } from '../../../src/domain/runbook/procedures.ts';
import { stepMessageKeys, steps as deploymentSteps } from '../../../src/domain/runbook/index.ts';
import { checkStepTemplates } from '../../../src/domain/runbook/template-check.ts';
import { hasMessage } from '../../../src/i18n/index.ts';
import { cloneExample, exchange2016Profile } from './helpers.ts';

const runbooks = Object.entries(runbookProcedures);
const everyStep = runbooks.flatMap(([slug, steps]) => steps.map((step) => [slug, step] as const));

describe('runbook procedures', () => {
  it('the deployment runbook is every deployment step, in order', () => {
    expect(runbookProcedures['deploy-um-lync'].map((s) => s.id)).toEqual(deploymentSteps.map((s) => s.id));
  });

  it.each(runbooks)('%s: unique steps, each depending only on earlier steps of the same runbook', (_slug, steps) => {
    const ids = steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    steps.forEach((step, index) => {
      for (const dependency of step.dependsOn) {
        const at = ids.indexOf(dependency);
        if (at >= 0) expect(at, `${step.id} after ${dependency}`).toBeLessThan(index);
      }
    });
  });

  it('each runbook has its folder with both languages', () => {
    for (const [slug] of runbooks) {
      for (const lang of ['en', 'fr']) expect(() => readFileSync(`runbooks/${slug}/${lang}.mdx`, 'utf8'), `${slug}/${lang}`).not.toThrow();
    }
  });

  it.each(everyStep.map(([slug, step]) => [`${slug}/${step.id}`, step] as const))('%s has its texts and an existing guide section', (_name, step) => {
    for (const key of Object.values(stepMessageKeys(step.id))) expect(hasMessage(key), key).toBe(true);
    const [slug, section] = step.guide.split('#');
    for (const lang of ['en', 'fr']) expect(readFileSync(`content/${lang}/${slug}.md`, 'utf8')).toContain(`{#${section}}`);
  });

  it.each(everyStep.map(([slug, step]) => [`${slug}/${step.id}`, step] as const))('%s: templates name profile fields, cmdlets exist, commands lint clean (2013 and 2016)', (_name, step) => {
    expect(checkStepTemplates(step)).toEqual([]);
    expect(checkStepTemplates(step, { profile: exchange2016Profile() })).toEqual([]);
  });

  it('looks steps and runbooks up by id', () => {
    expect(isRunbookSlug('rerun-exchucutil')).toBe(true);
    expect(isRunbookSlug('toString')).toBe(false);
    expect(runbookSteps('nope')).toBeUndefined();
    expect(anyStepById('secure-dial-plans')).toBe(procedureSteps[1]);
    expect(anyStepById('run-exchucutil')?.id).toBe('run-exchucutil');
  });

  it('inside move-dial-plan-to-secured, the restart waits for the dial plan change', () => {
    const restart = runbookProcedures['move-dial-plan-to-secured'].find((s) => s.id === 'restart-um-services')!;
    expect(restart.dependsOn).toContain('secure-dial-plans');
    // …without changing the deployment's own step.
    expect(deploymentSteps.find((s) => s.id === 'restart-um-services')!.dependsOn).not.toContain('secure-dial-plans');
  });
});

describe('secure-dial-plans', () => {
  const step = anyStepById('secure-dial-plans')!;

  it('sets Secured on each SIP URI dial plan the profile marks Secured, then shows it', () => {
    const profile = cloneExample();
    profile.dialPlans[1]!.voipSecurity = 'SIPSecured';
    expect(step.generate(profile).map((c) => [c.text, c.verify ?? false])).toEqual([
      ['Set-UMDialPlan -Identity ParisSIP -VoIPSecurity Secured', false],
      [expect.stringMatching(/^Get-UMDialPlan -Identity ParisSIP \| Format-List .*VoIPSecurity/), true],
    ]);
  });

  it('leaves TelExtn dial plans alone and quotes a hostile name', () => {
    const profile = cloneExample();
    profile.dialPlans[0]!.uriType = 'TelExtn';
    profile.dialPlans[1]!.name = "x'; Remove-Item C:\\ #";
    expect(step.generate(profile)[0]!.text).toBe("Set-UMDialPlan -Identity 'x''; Remove-Item C:\\ #' -VoIPSecurity Secured");
  });

  it('is unavailable when Lync does not support encryption', () => {
    const profile = cloneExample();
    expect(step.unavailable?.(profile)).toBeUndefined();
    profile.lync.encryptionLevel = 'DoNotSupportEncryption';
    expect(step.unavailable?.(profile)).toBe('step.secure-dial-plans.unavailable');
  });
});

describe('verify-exchucutil-rerun', () => {
  it('lists the gateways still allowed to call out, the hunt groups, and RTCSRV on every Front End pool', () => {
    const commands = anyStepById('verify-exchucutil-rerun')!.generate(exampleProfile);
    expect(commands.every((c) => c.verify)).toBe(true);
    expect(commands[0]!.text).toBe('Get-UMIPGateway | Where-Object { $_.OutcallsAllowed } | Format-List -Property Name,Address');
    expect(commands.filter((c) => c.shell === 'lync').map((c) => c.text)).toEqual(
      exampleProfile.lync.pools.map((p) => expect.stringContaining(`Get-CsPool -Identity ${p.fqdn} `)),
    );
  });
});

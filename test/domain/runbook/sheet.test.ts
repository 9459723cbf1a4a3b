import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../../src/domain/check.ts';
import type { Finding } from '../../../src/domain/finding.ts';
import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';
import { runbookProcedures } from '../../../src/domain/runbook/procedures.ts';
import { machineShellGroups } from '../../../src/domain/runbook/server-scripts.ts';
import { generateRunbookSteps } from '../../../src/domain/runbook/script.ts';
import { changeWindowSheet, sheetCommandCount, usersSheetCommands } from '../../../src/domain/runbook/sheet.ts';
import { bostonProfile, cloneExample } from './helpers.ts';

const deploy = runbookProcedures['deploy-um-lync'];

const sheetOf = (profile: Profile, runbook = deploy, findings: readonly Finding[] = checkProfile(profile)) => changeWindowSheet(profile, runbook, findings);

describe('changeWindowSheet', () => {
  for (const [name, profile] of [['example', exampleProfile], ['Boston', bostonProfile()]] as const) {
    it(`puts every command of the runbook exactly once, in its machine and shell group, in run order (${name})`, () => {
      const generated = generateRunbookSteps(profile, deploy, checkProfile(profile));
      const all = generated.flatMap((g) => g.commands);
      const sheet = sheetOf(profile);
      const keys = [...new Set(all.map((c) => `${c.shell}@${c.target}`))];
      // Groups in the order their machine and shell first appear in the runbook.
      expect(sheet.groups.map((g) => `${g.shell}@${g.target}`)).toEqual(keys);
      for (const group of sheet.groups) {
        const here = all.filter((c) => c.shell === group.shell && c.target === group.target);
        const numbers = group.steps.map((s) => s.number);
        expect(numbers, 'steps in run order').toEqual([...numbers].sort((a, b) => a - b));
        // Actions then verifications within a step; across steps, the run order of the runbook.
        const onSheet = group.steps.flatMap((s) => [...s.actions, ...s.verifications]);
        const expected = group.steps.flatMap((s) => {
          const mine = here.filter((c) => c.step === s.step);
          return [...mine.filter((c) => !c.verify), ...mine.filter((c) => c.verify)];
        });
        expect(onSheet).toEqual(expected);
        expect(onSheet).toHaveLength(here.length);
        for (const s of group.steps) {
          expect(s.actions.every((c) => !c.verify) && s.verifications.every((c) => c.verify)).toBe(true);
          expect(deploy[s.number - 1]!.id).toBe(s.step);
        }
      }
      expect(sheet.total).toBe(deploy.length);
    });
  }

  it('names the profile’s own machines, never the example’s', () => {
    const sheet = sheetOf(bostonProfile());
    const targets = sheet.groups.map((g) => g.target);
    expect(targets).toContain('ex01.fabrikam.com');
    expect(targets).toContain('lyncpool01.fabrikam.com');
    expect(targets.some((t) => t.includes('contoso'))).toBe(false);
    expect(sheet.held).toEqual([]);
  });

  it('prints a step’s expected outcome beside its verifications, or everywhere the step appears when it has none', () => {
    const sheet = sheetOf(exampleProfile);
    const entries = sheet.groups.flatMap((g) => g.steps);
    for (const entry of entries) {
      const verifiedSomewhere = entries.some((e) => e.step === entry.step && e.verifications.length > 0);
      expect(entry.expectation, `${entry.step} #${entry.number}`).toBe(verifiedSomewhere ? entry.verifications.length > 0 : true);
    }
    // Every step with commands has its expectation printed at least once.
    for (const id of new Set(entries.map((e) => e.step))) expect(entries.some((e) => e.step === id && e.expectation), id).toBe(true);
  });

  it('lists withheld steps apart, with their findings, and gives them no commands', () => {
    const error: Finding = { ruleId: 'test-rule', severity: 'error', path: ['gateways', 'outboundPool'], params: {} };
    const sheet = sheetOf(exampleProfile, deploy, [error]);
    const held = sheet.held.find((h) => h.step === 'restrict-outbound-gateways');
    expect(held?.withheld).toEqual([error]);
    expect(held?.number).toBe(deploy.findIndex((s) => s.id === 'restrict-outbound-gateways') + 1);
    expect(sheet.held.some((h) => h.step === 'test-exum')).toBe(true);
    const onSheet = new Set(sheet.groups.flatMap((g) => g.steps.map((s) => s.step)));
    for (const h of sheet.held) expect(onSheet.has(h.step), h.step).toBe(false);
  });

  it('lists a step these versions cannot run with the reason’s key', () => {
    const profile = cloneExample();
    profile.lync.encryptionLevel = 'DoNotSupportEncryption';
    const sheet = sheetOf(profile, runbookProcedures['move-dial-plan-to-secured'], []);
    expect(sheet.held).toContainEqual({ number: 2, step: 'secure-dial-plans', unavailable: 'step.secure-dial-plans.unavailable' });
  });

  it('lists a step with nothing to run for this profile, so the sheet never silently lacks it', () => {
    const profile = cloneExample();
    for (const dialPlan of profile.dialPlans) dialPlan.voipSecurity = 'SIPSecured';
    const sheet = sheetOf(profile, runbookProcedures['move-dial-plan-to-secured'], []);
    expect(sheet.held).toEqual([{ number: 2, step: 'secure-dial-plans', empty: true }]);
    expect(sheet.groups.flatMap((g) => g.steps.map((s) => s.number))).not.toContain(2);
  });

  it('uses the same groups as the per-server script files', () => {
    const generated = generateRunbookSteps(exampleProfile, deploy, []);
    expect(sheetOf(exampleProfile, deploy, []).groups.map((g) => [g.target, g.shell])).toEqual(machineShellGroups(generated).map((g) => [g.target, g.shell]));
  });
});

describe('usersSheetCommands', () => {
  const withUsers = (count: number): Profile => {
    const profile = cloneExample();
    const [first] = profile.users;
    profile.users = Array.from({ length: count }, (_, i) => ({
      ...first!,
      identity: `user${i}@contoso.com`,
      sipAddress: `sip:user${i}@contoso.com`,
      lineUri: `tel:+3314000${1000 + i};ext=${1000 + i}`,
      extension: String(1000 + i),
    }));
    return profile;
  };

  // `perUser` is what a page reads to know a sheet is large without building it: a step whose
  // commands grow with the users without saying so (or by more than it says) would make the page
  // wrong about the sheet it will print.
  for (const [id, runbook] of Object.entries(runbookProcedures)) {
    it(`is held to what each step of ${id} makes as users are added`, () => {
      const few = withUsers(2);
      const many = withUsers(50);
      for (const step of runbook) {
        const added = step.generate(many).length - step.generate(few).length;
        if (step.perUser === undefined) expect(added, step.id).toBe(0);
        else {
          expect(added, step.id).toBeLessThanOrEqual(step.perUser * 48);
          // A bound, but a close one: each user makes at least all but one of them.
          expect(added, step.id).toBeGreaterThanOrEqual((step.perUser - 1) * 48);
        }
      }
    });
  }

  it('bounds the users’ part of the sheet from above and tells a large sheet without building it', () => {
    for (const count of [0, 3, 100, 300]) {
      const profile = withUsers(count);
      const built = sheetCommandCount(sheetOf(profile));
      const usersPart = built - sheetCommandCount(sheetOf(withUsers(0)));
      expect(usersSheetCommands(profile, deploy)).toBeGreaterThanOrEqual(usersPart);
      expect(usersSheetCommands(profile, deploy)).toBeLessThanOrEqual(Math.ceil(usersPart * 1.25));
    }
    expect(usersSheetCommands(exampleProfile, deploy)).toBe(18);
    // A runbook without a per-user step has no users' part, however many users there are.
    expect(usersSheetCommands(withUsers(300), runbookProcedures['rerun-exchucutil'])).toBe(0);
  });
});

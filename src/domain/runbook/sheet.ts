/**
 * The change-window sheet: what an operator prints for the change ticket. The runbook's commands
 * grouped by machine and shell (the same groups as the per-server `.ps1` files, see
 * `machineShellGroups`), each step in run order with its actions, its verification commands and
 * whether the step's expected outcome is printed there; the steps that profile errors withhold,
 * that these product versions cannot run or that have nothing to run for this profile are listed
 * apart, so the sheet never silently lacks one.
 * Pure data: the page words it (src/islands/sheet/).
 */
import type { Finding } from '../finding.ts';
import type { Profile } from '../profile/schema.ts';
import { generateRunbookSteps } from './script.ts';
import { machineShellGroups } from './server-scripts.ts';
import type { RunbookCommand, RunbookStep, Shell, StepId } from './types.ts';

/** One step as it appears in one machine-and-shell group of the sheet. */
export interface SheetStep {
  /** 1-based position in the runbook (the operator interleaves groups by this number). */
  number: number;
  step: StepId;
  /** Commands that change something, in run order: each gets a tick box. */
  actions: RunbookCommand[];
  /** Read-only checks of the step on this machine, in run order: each gets a tick box too. */
  verifications: RunbookCommand[];
  /**
   * Whether the step's expected outcome (`step.<id>.verify`) is printed here: beside its
   * verification commands, or beside every part of a step that has none.
   */
  expectation: boolean;
}

/** The commands of one machine and shell. */
export interface SheetGroup {
  target: string;
  shell: Shell;
  steps: SheetStep[];
}

/** A step with no commands on the sheet, and why. */
export interface HeldStep {
  number: number;
  step: StepId;
  /** Profile errors that withhold it (at this step or a step it depends on). */
  withheld?: Finding[];
  /** The i18n key saying why these product versions cannot run it. */
  unavailable?: string;
  /** True when the step has nothing to run for this profile (say, no dial plan to secure). */
  empty?: true;
}

export interface ChangeWindowSheet {
  /** How many steps the runbook has. */
  total: number;
  groups: SheetGroup[];
  held: HeldStep[];
}

/**
 * The sheet of a runbook for a profile and its findings.
 * @example changeWindowSheet(exampleProfile, runbookSteps('rerun-exchucutil')!, []).groups.map((g) => `${g.shell}@${g.target}`)
 * // → ['exchange@any-exchange-server', 'lync@any-lync-server', …] (first appearance order)
 */
export function changeWindowSheet(profile: Profile, runbook: readonly RunbookStep[], findings: readonly Finding[]): ChangeWindowSheet {
  const generated = generateRunbookSteps(profile, runbook, findings);
  const verifiedSomewhere = new Set(generated.filter((g) => g.commands.some((c) => c.verify)).map((g) => g.step.id));
  const groups = machineShellGroups(generated).map(({ target, shell, steps }) => ({
    target,
    shell,
    steps: steps.map(({ number, step, commands }): SheetStep => {
      const verifications = commands.filter((c) => c.verify);
      return {
        number,
        step: step.id,
        actions: commands.filter((c) => !c.verify),
        verifications,
        expectation: verifications.length > 0 || !verifiedSomewhere.has(step.id),
      };
    }),
  }));
  const held: HeldStep[] = [];
  generated.forEach(({ step, commands, withheld, unavailable }, index) => {
    if (withheld) held.push({ number: index + 1, step: step.id, withheld });
    else if (unavailable) held.push({ number: index + 1, step: step.id, unavailable });
    else if (commands.length === 0) held.push({ number: index + 1, step: step.id, empty: true });
  });
  return { total: runbook.length, groups, held };
}

/**
 * The most commands a runbook's sheet holds for the profile's users (its steps' `perUser` times the
 * number of users), known without generating a command: a page can tell at once whether a sheet is
 * large, where building one to count it takes tens of milliseconds even for a small deployment.
 * @example usersSheetCommands(exampleProfile, runbookSteps('deploy-um-lync')!) // → 18 (3 users × 6)
 */
export function usersSheetCommands(profile: Profile, runbook: readonly RunbookStep[]): number {
  let perUser = 0;
  for (const step of runbook) perUser += step.perUser ?? 0;
  return perUser * profile.users.length;
}

/** How many commands (actions and verifications, each with its tick box) a sheet holds. */
export function sheetCommandCount(sheet: ChangeWindowSheet): number {
  return sheet.groups.reduce((n, group) => n + group.steps.reduce((m, entry) => m + entry.actions.length + entry.verifications.length, 0), 0);
}

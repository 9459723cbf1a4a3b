/**
 * How a runbook page shows a step: its commands cut into blocks, one per target machine, shell and
 * kind (the action, then its verification), and whether the reader may copy them given the
 * profile's findings. The command block island, the server-rendered page and the tests all call
 * these functions, so the page and the downloads group commands the same way.
 */
import type { Finding } from '../finding.ts';
import type { RunbookCommand, RunbookStep, Shell, StepId } from './types.ts';
import { withheldSteps } from './withhold.ts';

/** Commands of one step that run in the same shell on the same machine, in run order. */
export interface CommandBlock {
  /** Stable within a step: `<shell>@<target>` plus `#verify` for verification blocks. */
  key: string;
  step: StepId;
  shell: Shell;
  target: string;
  /** True when every command of the block is a read-only verification. */
  verify: boolean;
  commands: RunbookCommand[];
}

/**
 * Groups a step's commands into blocks by shell, target and kind, keeping the order in which each
 * block first appears (so "create on any Exchange server" comes before "verify").
 * @example commandBlocks([{ step: 's', shell: 'exchange', target: 'a', text: 'Set-X' }, { …, text: 'Get-X', verify: true }])
 * // → two blocks: `exchange@a` (Set-X) and `exchange@a#verify` (Get-X)
 */
export function commandBlocks(commands: readonly RunbookCommand[]): CommandBlock[] {
  const blocks = new Map<string, CommandBlock>();
  for (const command of commands) {
    const verify = command.verify === true;
    const key = `${command.shell}@${command.target}${verify ? '#verify' : ''}`;
    let block = blocks.get(key);
    if (!block) {
      block = { key, step: command.step, shell: command.shell, target: command.target, verify, commands: [] };
      blocks.set(key, block);
    }
    block.commands.push(command);
  }
  return [...blocks.values()];
}

/** Whether a step's commands may be copied, and why not. */
export interface StepStatus {
  /** The step's own error findings (its `reads` cover their paths). */
  errors: Finding[];
  /** Earlier steps of the same runbook whose errors hold this one back. */
  blockedBy: StepId[];
  /** Warnings on what the step reads: copying asks for a confirmation first. */
  warnings: Finding[];
}

/** True when a finding's profile path is at, under or above a `reads` path (same as withhold.ts). */
function touches(path: readonly (string | number)[], read: string): boolean {
  const parts = read.split('.');
  const n = Math.min(parts.length, path.length);
  for (let i = 0; i < n; i++) if (String(path[i]) !== parts[i]) return false;
  return true;
}

/**
 * The status of every step of a runbook for a set of profile findings: errors withhold a step and
 * the steps after it that depend on it (the same decision as the `.ps1` download), warnings only
 * ask for confirmation, info findings change nothing.
 * @example stepStatuses(steps, checkProfile(profile)).get('create-um-dial-plans')?.errors.length // → 0 on the example
 */
export function stepStatuses(steps: readonly RunbookStep[], findings: readonly Finding[]): Map<StepId, StepStatus> {
  const withheld = withheldSteps(steps, findings);
  const warnings = findings.filter((f) => f.severity === 'warning' && f.path !== undefined);
  const result = new Map<StepId, StepStatus>();
  for (const step of steps) {
    const own = withheld.get(step.id) ?? [];
    result.set(step.id, {
      errors: own,
      blockedBy: withheld.has(step.id) ? step.dependsOn.filter((id) => withheld.has(id)) : [],
      warnings: warnings.filter((f) => step.reads.some((read) => touches(f.path!, read))),
    });
  }
  return result;
}

/** True when a step's commands must not be copied. */
export function isBlocked(status: StepStatus | undefined): boolean {
  return status !== undefined && (status.errors.length > 0 || status.blockedBy.length > 0);
}

/** The text "Copy all for this server" puts on the clipboard: the block's commands, one per line. */
export function blockText(block: { readonly commands: readonly RunbookCommand[] }): string {
  return block.commands.map((c) => c.text).join('\n');
}

/**
 * Replays runbook commands into the lab, each in its own shell on its own machine, the way an
 * operator would: one terminal tab per (shell, machine), all sharing one organisation. Runbook pages
 * use it to bring the lab up to the current step; tests and exercises use it to build states.
 */
import type { Lang } from '../../i18n/index.ts';
import type { Profile } from '../profile/schema.ts';
import { anyExchangeServer, anyLyncServer, generateAll, stepIds, type RunbookCommand, type StepId } from '../runbook/index.ts';
import type { LabSession, LabShell } from './context.ts';
import { runLine, type LabResult } from './index.ts';
import { defaultServer, homeFolder, resolveServer } from './session.ts';
import { createLab, type LabState } from './state.ts';

/** One replayed command and what the lab answered. */
export interface ReplayedCommand {
  command: RunbookCommand;
  result: LabResult;
}

/** The machine a runbook command runs on in the lab. */
export function labTarget(lab: LabState, shell: LabShell, target: string): string {
  if (target === anyExchangeServer || target === anyLyncServer) return defaultServer(lab, shell);
  return resolveServer(lab, shell, target) ?? defaultServer(lab, shell);
}

/**
 * What the lab runs for runbook commands, in order: shell commands as they are; a console action
 * as its lab equivalent in cmd.exe on the same machine when it has one (the OcsUmUtil dialog),
 * otherwise nothing — the lab has no windows.
 */
export function labCommands<C extends Pick<RunbookCommand, 'shell' | 'target' | 'text' | 'lab'>>(commands: readonly C[]): C[] {
  return commands.flatMap((command) => {
    if (command.shell !== 'gui') return [command];
    return command.lab ? [{ ...command, shell: 'cmd' as const, text: command.lab }] : [];
  });
}

/**
 * Runs `commands` in order (console actions are skipped, or run as their lab equivalent: see `labCommands`). Sessions are kept per
 * shell and machine, so `Set-Location $exscripts` then `.\ExchUcUtil.ps1` on the same server works.
 */
export function replayCommands(
  lab: LabState,
  commands: readonly Pick<RunbookCommand, 'shell' | 'target' | 'text' | 'lab'>[],
  options: { lang: Lang; profile: Profile },
): { lab: LabState; results: { command: Pick<RunbookCommand, 'shell' | 'target' | 'text'>; result: LabResult }[] } {
  const sessions = new Map<string, LabSession>();
  const results: { command: Pick<RunbookCommand, 'shell' | 'target' | 'text'>; result: LabResult }[] = [];
  let current = lab;
  for (const command of labCommands(commands)) {
    if (command.shell === 'gui') continue;
    const shell = command.shell;
    const server = labTarget(current, shell, command.target);
    const key = `${shell}@${server}`;
    const session: LabSession = { ...(sessions.get(key) ?? { shell, server, cwd: homeFolder(shell), variables: {} }), lab: current };
    const result = runLine(session, command.text, options);
    sessions.set(key, result.session);
    current = result.session.lab;
    results.push({ command, result });
  }
  return { lab: current, results };
}

/**
 * Replays the main runbook for a profile on a fresh lab (or `lab`), up to and including step
 * `through` (all steps by default). `skip` leaves out whole steps — what the tests use to prove
 * each essential step is needed.
 */
export function replayRunbook(
  profile: Profile,
  options: { lang: Lang; through?: StepId; skip?: readonly StepId[]; lab?: LabState },
): { lab: LabState; results: ReplayedCommand[] } {
  const last = options.through ? stepIds.indexOf(options.through) : stepIds.length - 1;
  const commands = generateAll(profile).filter((c) => stepIds.indexOf(c.step) <= last && !(options.skip ?? []).includes(c.step));
  const { lab, results } = replayCommands(options.lab ?? createLab(profile), commands, { lang: options.lang, profile });
  return { lab, results: results as ReplayedCommand[] };
}

/**
 * "Run in lab" on a step of a runbook whose earlier steps have not run in the lab: a command such
 * as `Set-UMDialPlan ParisSIP …` fails on a fresh lab because `New-UMDialPlan` (an earlier step)
 * never ran. This module tells the terminal so before it runs the command, with the reason, so it
 * can offer to replay the earlier steps first. Pure: it runs the commands on copies of the lab.
 */
import type { Lang } from '../../i18n/index.ts';
import type { Profile } from '../profile/schema.ts';
import { anyStepById } from '../runbook/procedures.ts';
import type { RunbookCommand } from '../runbook/types.ts';
import { replayCommands } from './replay.ts';
import type { LabState } from './state.ts';

/** A runbook command as "Run in lab" sends it. */
export type LabRequest = Pick<RunbookCommand, 'shell' | 'target' | 'text'>;

/** The earlier steps a command needs, and what the lab answers without them. */
export interface MissingSteps {
  /** The runbook's steps before the command's own, in order (what a replay runs). */
  steps: string[];
  /** The first error line the command gives in the lab as it is (English, as the shells print it). */
  reason: string;
}

/** The commands of `stepIds`, in order, for a profile. */
export function stepCommands(profile: Profile, stepIds: readonly string[]): RunbookCommand[] {
  return stepIds.flatMap((id) => anyStepById(id)?.generate(profile) ?? []);
}

/**
 * What a runbook command of step `step` would need before it can run in `lab`: undefined when it
 * runs cleanly as it is, or when replaying the earlier steps would not help either (the command
 * itself is the problem, and the reader should see its own error). Otherwise the earlier steps of
 * `pageSteps` (the runbook's steps in order) and the error the command gives now.
 * @example missingSteps(createLab(p), p, setStartupModeCommand, 'set-startup-mode', stepIdsOfPage, 'en')
 *   // → { steps: ['verify-lync-topology', …, 'add-servers-to-dial-plans'], reason: "Set-UMCallRouterSettings : …" }
 */
export function missingSteps(
  lab: LabState,
  profile: Profile,
  request: LabRequest,
  step: string,
  pageSteps: readonly string[],
  lang: Lang,
): MissingSteps | undefined {
  if (request.shell === 'gui') return undefined;
  const index = pageSteps.indexOf(step);
  if (index <= 0) return undefined;
  const options = { lang, profile };
  const asIs = replayCommands(lab, [request], options).results[0]?.result;
  if (!asIs || asIs.status === 'ok') return undefined;
  const earlier = pageSteps.slice(0, index);
  const prepared = replayCommands(lab, stepCommands(profile, earlier), options).lab;
  const after = replayCommands(prepared, [request], options).results[0]?.result;
  if (!after || after.status !== 'ok') return undefined;
  const firstError = asIs.output.find((line) => line.kind === 'error' || line.kind === 'diagnostic') ?? asIs.output[0];
  return { steps: earlier, reason: firstError?.text ?? '' };
}

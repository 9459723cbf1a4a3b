/**
 * Which runbook steps a profile path concerns, read from each step's `reads`. The page's summary
 * uses it to count findings per step and jump to them; `withheldSteps` applies the same matching to
 * decide what cannot be handed out.
 */
import type { ProfilePath } from '../finding.ts';
import { steps as allSteps } from './steps.ts';
import type { RunbookStep, StepId } from './types.ts';

/**
 * True when `path` and the dotted `read` overlap: the path is the read itself, lies under it
 * (`dialPlans[0].name` under `dialPlans`) or above it (a finding on `lync` concerns a step reading
 * `lync.pools`).
 * @example pathTouches(['dialPlans', 0, 'name'], 'dialPlans') // → true
 */
export function pathTouches(path: ProfilePath, read: string): boolean {
  const parts = read.split('.');
  const n = Math.min(parts.length, path.length);
  for (let i = 0; i < n; i++) if (String(path[i]) !== parts[i]) return false;
  return true;
}

/**
 * The steps that read a profile path, in runbook order. A path no step reads (the deployment's
 * label, for instance) gives [].
 * @example stepsForPath(['lync', 'encryptionLevel']).map((s) => s.id)
 * // → ['check-media-encryption', 'create-um-dial-plans']
 */
export function stepsForPath(path: ProfilePath, steps: readonly RunbookStep[] = allSteps): StepId[] {
  return steps.filter((step) => step.reads.some((read) => pathTouches(path, read))).map((step) => step.id);
}

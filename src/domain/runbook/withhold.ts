import { type Finding } from '../finding.ts';
import type { RunbookStep, StepId } from './types.ts';

/**
 * Which steps must not be handed out because the profile has errors in what they read, and the
 * findings that explain it. A step is withheld when an error finding's path lies at or under one
 * of its `reads` paths; a step that depends on a withheld step is withheld too (with no findings
 * of its own), because running it on top of a missing step breaks the deployment order.
 * Warnings and info never withhold. Findings without a profile path (script findings) are ignored.
 */
export function withheldSteps(steps: readonly RunbookStep[], findings: readonly Finding[]): Map<StepId, Finding[]> {
  const errors = findings.filter((f) => f.severity === 'error' && f.path !== undefined);
  const withheld = new Map<StepId, Finding[]>();
  for (const step of steps) {
    const own = errors.filter((f) => step.reads.some((read) => pathWithin(f.path!, read)));
    const blockedByDependency = step.dependsOn.some((id) => withheld.has(id));
    if (own.length || blockedByDependency) withheld.set(step.id, own);
  }
  return withheld;
}

/** True when a finding's path is `read` itself, under it, or above it (a whole-section finding). */
function pathWithin(path: readonly (string | number)[], read: string): boolean {
  const parts = read.split('.');
  const n = Math.min(parts.length, path.length);
  for (let i = 0; i < n; i++) if (String(path[i]) !== parts[i]) return false;
  return true;
}

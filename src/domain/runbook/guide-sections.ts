/**
 * Which runbook steps perform each guide section: every step names the guide section that explains
 * it (`guide: '<slug>#<section>'`); read the other way, a guide section knows the steps that carry
 * it out, in every published runbook. The guide pages link each such section to its steps
 * (src/markdown/remark-step-links.ts), so those links follow the runbooks, never a hand-kept list.
 */
import { runbookProcedures, type RunbookSlug } from './procedures.ts';
import type { RunbookStep, StepId } from './types.ts';

/** One step of one runbook that performs a guide section. */
export interface SectionStep {
  runbook: RunbookSlug;
  step: StepId;
  /** 1-based position of the step in its runbook (what the runbook page shows as "Step N"). */
  number: number;
}

/**
 * Guide section (`<slug>#<section>`) → the steps that perform it, runbook by runbook in the order
 * of `runbooks`, steps in run order.
 * @example stepsByGuideSection().get('exchange-um#d1') // → [{ runbook: 'deploy-um-lync', step: 'create-um-dial-plans', number: 5 }]
 */
export function stepsByGuideSection(
  runbooks: Readonly<Record<string, readonly RunbookStep[]>> = runbookProcedures,
): Map<string, SectionStep[]> {
  const sections = new Map<string, SectionStep[]>();
  for (const [runbook, steps] of Object.entries(runbooks)) {
    steps.forEach((step, index) => {
      const list = sections.get(step.guide) ?? [];
      list.push({ runbook: runbook as RunbookSlug, step: step.id, number: index + 1 });
      sections.set(step.guide, list);
    });
  }
  return sections;
}

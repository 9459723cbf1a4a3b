/**
 * The reader's words for an inventory import: why a text was refused, one sentence per drift
 * line, and the link to the step that fixes it. Shared by the profile page and `passerelle drift`.
 */
import { t, type Lang } from '../../i18n/index.ts';
import { localePath } from '../../i18n/routes.ts';
import type { StepId } from '../runbook/types.ts';
import type { InventoryProblem } from './document.ts';
import { runbookOfStep, type DriftLine } from './drift.ts';

/** Why an inventory text was not read, in the reader's language. */
export function describeInventoryProblem(problem: InventoryProblem, lang: Lang): string {
  if (problem.code === 'notInventory') {
    const { found } = problem.params;
    if (found === 'profile') return t(lang, 'inventory.problem.profileGiven', { button: t(lang, 'tools.import') });
    return t(lang, 'inventory.problem.notInventory', { found: found.startsWith('format:') ? found.slice(7) : t(lang, `inventory.found.${found}`) });
  }
  if (problem.code === 'sameShellTwice') return t(lang, 'inventory.problem.sameShellTwice', { shell: t(lang, `inventory.shell.${problem.params.shell}`) });
  return t(lang, `inventory.problem.${problem.code}`, problem.params);
}

/** The page and anchor of a runbook step: `/<lang>/runbooks/<slug>/#step-<id>`. */
export function stepHref(step: StepId, lang: Lang): string {
  return `${localePath(lang, 'runbooks', runbookOfStep(step))}#step-${step}`;
}

/** One drift line, ready to show. */
export interface DriftView {
  id: string;
  kind: DriftLine['kind'];
  /** What differs: `UM dial plan ParisSIP — VoIPSecurity`. */
  what: string;
  profileValue: string;
  serverValue: string;
  /** One sentence saying the difference. */
  sentence: string;
  stepTitle: string;
  href: string;
}

/** A drift line in the reader's words, with the link to its fixing step. */
export function describeDrift(line: DriftLine, lang: Lang): DriftView {
  const object = t(lang, `inventory.object.${line.object}`);
  const what = line.property ? t(lang, 'inventory.what.property', { object, name: line.name, property: line.property }) : t(lang, 'inventory.what.object', { object, name: line.name });
  const shown = (value: string | null, absent: 'notInProfile' | 'notOnServers') => (value === null ? t(lang, `inventory.${absent}`) : value === '' ? t(lang, 'inventory.emptyValue') : value);
  const profileValue = shown(line.profileValue, 'notInProfile');
  const serverValue = shown(line.serverValue, 'notOnServers');
  return {
    id: line.id,
    kind: line.kind,
    what,
    profileValue,
    serverValue,
    sentence: t(lang, `inventory.kind.${line.kind}`, { what, profile: profileValue, server: serverValue }),
    stepTitle: t(lang, `step.${line.step}.title`),
    href: stepHref(line.step, lang),
  };
}

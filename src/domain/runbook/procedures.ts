/**
 * The runbooks the site publishes, each as an ordered list of steps: the full deployment, and two
 * shorter procedures an operator runs on a live system — re-running ExchUcUtil.ps1 safely, and
 * moving a dial plan to Secured. The shorter ones reuse deployment steps where the commands are the
 * same and add their own steps here (not in steps.ts, whose order is the deployment's).
 *
 * The page, the remark plugin, the downloads and the tests all read `runbookProcedures`, so a step
 * added to a runbook shows up everywhere at once.
 */
import type { Profile } from '../profile/schema.ts';
import { sipDialPlans, frontEndPools } from './derive.ts';
import { steps as deploymentSteps, stepById } from './steps.ts';
import { renderTemplate, type Bindings } from './template.ts';
import { commandTemplates, type TemplateId } from './templates.ts';
import { anyExchangeServer, anyLyncServer, type RunbookCommand, type RunbookStep, type Shell, type StepId } from './types.ts';

function command(step: StepId, shell: Shell, target: string, template: TemplateId, bindings: Bindings = {}, verify = false): RunbookCommand {
  const result: RunbookCommand = { step, shell, target, text: renderTemplate(commandTemplates[template], bindings) };
  if (verify) result.verify = true;
  return result;
}

/** Read the Lync media encryption level, without writing it back (unlike `check-media-encryption`). */
export const readMediaEncryption: RunbookStep = {
  id: 'read-media-encryption',
  dependsOn: [],
  guide: 'encryption#check',
  reads: ['lync.encryptionLevel'],
  generate: () => [command('read-media-encryption', 'lync', anyLyncServer, 'getMediaConfiguration', {}, true)],
};

/**
 * Set Secured on every SIP URI dial plan the profile marks Secured (the profile is the wanted
 * state: the reader sets the dial plan to Secured in the form, then runs this). VoIP security can
 * be changed in place; the URI type cannot. With Lync at "no encryption" Secured cannot work
 * (DOMAIN-FACTS §8), so the step says so instead of producing a command that breaks calls.
 */
export const secureDialPlans: RunbookStep = {
  id: 'secure-dial-plans',
  dependsOn: ['read-media-encryption'],
  guide: 'exchange-um#d3',
  reads: ['dialPlans', 'lync.encryptionLevel'],
  unavailable: (profile: Profile) =>
    profile.lync.encryptionLevel === 'DoNotSupportEncryption' ? 'step.secure-dial-plans.unavailable' : undefined,
  generate: (profile) =>
    sipDialPlans(profile)
      .filter((dialPlan) => dialPlan.voipSecurity === 'Secured')
      .flatMap((dialPlan) => {
        const bindings = { 'dialPlan.name': dialPlan.name };
        return [
          command('secure-dial-plans', 'exchange', anyExchangeServer, 'setDialPlanSecured', bindings),
          command('secure-dial-plans', 'exchange', anyExchangeServer, 'verifyUmDialPlan', bindings, true),
        ];
      }),
};

/** After a re-run: one gateway still allows outgoing calls, hunt groups exist, Front Ends run. */
export const verifyExchUcUtilRerun: RunbookStep = {
  id: 'verify-exchucutil-rerun',
  dependsOn: ['restrict-outbound-gateways', 'restart-lync-front-end'],
  guide: 'exchange-um#d8',
  reads: ['gateways', 'lync.pools'],
  generate: (profile) => [
    command('verify-exchucutil-rerun', 'exchange', anyExchangeServer, 'verifyOutcallsOnlyOutbound', {}, true),
    command('verify-exchucutil-rerun', 'exchange', anyExchangeServer, 'verifyUmHuntGroups', {}, true),
    ...frontEndPools(profile).map((pool) =>
      command('verify-exchucutil-rerun', 'lync', anyLyncServer, 'verifyFrontEnd', { 'pool.fqdn': pool.fqdn }, true),
    ),
  ],
};

/** The extra steps of the shorter procedures, by id. */
export const procedureSteps: readonly RunbookStep[] = [readMediaEncryption, secureDialPlans, verifyExchUcUtilRerun];

/** A deployment step reused in a procedure, with extra prerequisites inside that procedure. */
function reuse(id: StepId, after: readonly StepId[] = []): RunbookStep {
  const step = stepById(id);
  if (!step) throw new Error(`no deployment step ${id}`);
  return after.length ? { ...step, dependsOn: [...step.dependsOn, ...after] } : step;
}

/** The published runbooks: slug → ordered steps. Slugs are the folders of `runbooks/`. */
export const runbookProcedures = {
  'deploy-um-lync': deploymentSteps,
  'rerun-exchucutil': [
    reuse('run-exchucutil'),
    reuse('restrict-outbound-gateways'),
    reuse('restart-lync-front-end'),
    verifyExchUcUtilRerun,
  ],
  'move-dial-plan-to-secured': [
    readMediaEncryption,
    secureDialPlans,
    // The UM services pick the change up at their next configuration read; a restart makes it now.
    reuse('restart-um-services', ['secure-dial-plans']),
    reuse('test-exum', ['restart-um-services']),
  ],
} as const satisfies Record<string, readonly RunbookStep[]>;

export type RunbookSlug = keyof typeof runbookProcedures;

/** True when `slug` names a published runbook. */
export function isRunbookSlug(slug: string): slug is RunbookSlug {
  return Object.hasOwn(runbookProcedures, slug);
}

/** Every step any runbook uses (deployment first, then procedure-only steps), by id. */
export function anyStepById(id: string): RunbookStep | undefined {
  return stepById(id) ?? procedureSteps.find((s) => s.id === id);
}

/** The steps of one runbook, or undefined for an unknown slug. */
export function runbookSteps(slug: string): readonly RunbookStep[] | undefined {
  return isRunbookSlug(slug) ? runbookProcedures[slug] : undefined;
}

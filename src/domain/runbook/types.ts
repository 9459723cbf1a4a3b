import type { Profile } from '../profile/schema.ts';

/** Where a command is typed: Exchange Management Shell, Lync Server Management Shell, cmd.exe, or a console (GUI). */
export type Shell = 'exchange' | 'lync' | 'cmd' | 'gui';

/** Markers for commands that do not have to run on one particular machine. */
export const anyExchangeServer = 'any-exchange-server';
export const anyLyncServer = 'any-lync-server';

/** A step's stable id, used in URLs, i18n keys (`step.<id>.title`) and `generate --step`. */
export type StepId =
  | 'verify-lync-topology'
  | 'verify-lync-certificates'
  | 'verify-exchange-servers'
  | 'check-media-encryption'
  | 'create-um-dial-plans'
  | 'request-exchange-certificates'
  | 'import-exchange-certificates'
  | 'add-servers-to-dial-plans'
  | 'set-startup-mode'
  | 'enable-um-certificates'
  | 'restart-um-services'
  | 'create-auto-attendants'
  | 'run-exchucutil'
  | 'restrict-outbound-gateways'
  | 'restart-lync-front-end'
  | 'create-lync-dial-plans'
  | 'create-exum-contacts'
  | 'configure-voice-routing'
  | 'enable-lync-users'
  | 'enable-um-mailboxes'
  | 'test-exum'
  // Steps of the shorter procedures only (src/domain/runbook/procedures.ts).
  | 'read-media-encryption'
  | 'secure-dial-plans'
  | 'verify-exchucutil-rerun';

/** Bilingual notes a command may carry; rendered as comments next to it (`runbook.note.<id>`). */
export type CommandNote =
  | 'ocsUmUtilFolderUnverified'
  | 'registrarPoolGuessed'
  | 'pstnGatewaysAll'
  | 'reapplyAfterExchUcUtil'
  | 'exportPfx'
  | 'completeRequest'
  | 'encryptionLevelChange'
  | 'ocsUmUtilDialog'
  | 'standardEditionOutage'
  | 'eachFrontEndServer';

/** One generated command. */
export interface RunbookCommand {
  step: StepId;
  shell: Shell;
  /** The server FQDN (or pool FQDN) to run it on, or `anyExchangeServer` / `anyLyncServer`. */
  target: string;
  /** The command line; for `gui`, the console action (rendered as a comment, never run). */
  text: string;
  /** True for a read-only check that confirms the step worked. */
  verify?: boolean;
  /** A caution or context to show with the command. */
  note?: CommandNote;
  /**
   * For a console action (`gui`) the lab can simulate: what to type in the lab's cmd.exe on the
   * same machine instead (the lab has no windows). Never shown as a command to run on a server.
   */
  lab?: string;
}

/** A deployment step: what it depends on, where the guide explains it, and its commands. */
export interface RunbookStep {
  id: StepId;
  /** Steps that must be done before this one (DOMAIN-FACTS §3.1 "Depends on"). */
  dependsOn: readonly StepId[];
  /** The guide page and section that explain the step, as `<slug>#<section-id>`. */
  guide: string;
  /**
   * Profile paths (dotted, top-level first) the step reads. An error finding at or under one of
   * them withholds the step (and the steps that depend on it).
   */
  reads: readonly string[];
  /** When the step cannot run with this profile's product versions: the i18n key that says why. */
  unavailable?(profile: Profile): `step.${StepId}.unavailable` | undefined;
  /**
   * The most commands the step makes per user, when it makes commands for each of the profile's
   * users; absent when the number of its commands does not grow with the users. A test holds it to
   * what `generate` makes.
   */
  perUser?: number;
  /** The step's commands for a profile, in the order to run them. Pure and total. */
  generate(profile: Profile): RunbookCommand[];
}

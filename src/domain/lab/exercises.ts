/**
 * Training exercises: each starts the lab in a realistic broken state (built by replaying the
 * runbook, then breaking it the way it breaks in the field) and checks a goal against the lab
 * state — never against the commands typed, so any correct way of fixing it counts, and a right
 * command in the wrong order does not.
 *
 * Texts are i18n keys: `lab.exercise.<id>.title|goal|hint`, goal parameters from `goalParams`.
 * `check` answers with the first thing still missing, as an i18n key and its parameters.
 */
import type { Lang } from '../../i18n/index.ts';
import type { Profile } from '../profile/schema.ts';
import { foldEq } from './call.ts';
import { createSession, runLine } from './index.ts';
import { diagnoseExUm, serviceReadiness, userBySip, userDialPlan } from './readiness.ts';
import { replayRunbook } from './replay.ts';
import { freshExchangeServer, type LabState } from './state.ts';
import { EXCHANGE_SCRIPTS } from './context.ts';
import { addToList, quoteLiteral } from '../powershell/quote.ts';
import { anyExchangeServer } from '../runbook/index.ts';
import { stepCommands, type LabRequest } from './prerequisites.ts';

/** What `check` says: done, or the first missing piece (an i18n key and its parameters). */
export interface ExerciseCheck {
  done: boolean;
  missing?: string;
  params?: Record<string, string>;
}

export interface LabExercise {
  id: string;
  /** i18n keys. */
  title: string;
  goal: string;
  hint: string;
  /** Parameters of the goal sentence for this profile (`{server}`, `{pool}`…). */
  goalParams(profile: Profile): Record<string, string>;
  /** The broken starting state. */
  setup(profile: Profile): LabState;
  /** Is the goal reached in this state? */
  check(lab: LabState, profile: Profile): ExerciseCheck;
  /**
   * One way to reach the goal from `setup(profile)`: commands for their shell and machine, as
   * "Run in lab" sends them. Shown only when the reader asks for the solution (the last hint stage).
   */
  solution(profile: Profile): LabRequest[];
}

const lang: Lang = 'en';

const keys = (id: string) => ({ title: `lab.exercise.${id}.title`, goal: `lab.exercise.${id}.goal`, hint: `lab.exercise.${id}.hint` });

/** Runs lines in one shell (on its default machine, or `server`) and returns the new state. */
function apply(lab: LabState, profile: Profile, shell: 'exchange' | 'lync', lines: readonly string[], server?: string): LabState {
  let session = createSession(profile, shell, lab);
  if (server) session = { ...session, server };
  for (const line of lines) session = runLine(session, line, { lang, profile }).session;
  return session.lab;
}

/** The profile's first user, the one the exercises test with. */
function firstUser(profile: Profile) {
  return profile.users[0]!;
}

/** Readiness as an exercise answer: done when Test-CsExUMConnectivity would pass for `sip`. */
function readiness(lab: LabState, sip: string): ExerciseCheck {
  const user = userBySip(lab, sip);
  const pool = user?.lync?.registrarPool ?? lab.lync.pools[0]?.fqdn ?? '';
  const problems = diagnoseExUm(lab, { targetFqdn: pool, userSipAddress: sip });
  const first = problems[0];
  return first ? { done: false, missing: `lab.hint.test.${first.code}`, params: first.params } : { done: true };
}

const incompatibleSecurity: LabExercise = {
  id: 'incompatible-security',
  ...keys('incompatible-security'),
  goalParams: () => ({}),
  setup(profile) {
    const { lab } = replayRunbook(profile, { lang });
    const user = firstUser(profile);
    // SIP-only security against a pool that requires media encryption: the seed's failure mode.
    return [
      (l: LabState) => apply(l, profile, 'exchange', [`Set-UMDialPlan -Identity '${user.dialPlan}' -VoIPSecurity SIPSecured`]),
      (l: LabState) => apply(l, profile, 'lync', ['Set-CsMediaConfiguration -Identity global -EncryptionLevel RequireEncryption']),
    ].reduce((l, step) => step(l), lab);
  },
  check: (lab, profile) => readiness(lab, firstUser(profile).sipAddress),
  // Lync requires encryption here: only Secured (SRTP) works.
  solution: (profile) => [exchangeLine(`Set-UMDialPlan -Identity ${quoteLiteral(firstUser(profile).dialPlan)} -VoIPSecurity Secured`)],
};

/** A line for the Exchange Management Shell on any Exchange server. */
function exchangeLine(text: string): LabRequest {
  return { shell: 'exchange', target: anyExchangeServer, text };
}

/** The first free `mbxNN` name in the domain. */
function newServerName(existing: readonly string[], domain: string): string {
  for (let n = 1; ; n++) {
    const fqdn = `mbx${String(n).padStart(2, '0')}.${domain}`;
    if (!existing.some((s) => foldEq(s, fqdn))) return fqdn;
  }
}

const addMailboxServer: LabExercise = {
  id: 'add-mailbox-server',
  ...keys('add-mailbox-server'),
  goalParams: (profile) => ({ server: newServerName(profile.exchange.servers.map((s) => s.fqdn), profile.organization.sipDomain) }),
  setup(profile) {
    const { lab } = replayRunbook(profile, { lang });
    // A telephone-extension dial plan too, so that "every SIP dial plan" is a real choice.
    const withTel = apply(lab, profile, 'exchange', [`New-UMDialPlan -Name HQTelExtn -URIType TelExtn -NumberOfDigitsInExtension 4 -CountryOrRegionCode 33`]);
    const fqdn = newServerName(withTel.exchange.servers.map((s) => s.fqdn), withTel.sipDomain);
    const next = structuredClone(withTel);
    next.clock++;
    next.exchange.servers.push(freshExchangeServer(fqdn, ['Mailbox'], next.exchangeVersion));
    return next;
  },
  check(lab): ExerciseCheck {
    const server = lab.exchange.servers[lab.exchange.servers.length - 1]!;
    const sip = lab.exchange.dialPlans.filter((d) => d.uriType === 'SipName').map((d) => d.name);
    for (const settings of [server.umService, server.callRouter]) {
      if (!settings) continue;
      const missing = sip.filter((name) => !settings.dialPlans.some((d) => foldEq(d, name)));
      if (missing.length > 0) return { done: false, missing: 'lab.exercise.missing.dialPlans', params: { server: server.fqdn, dialPlans: missing.join(', ') } };
      if (settings.dialPlans.some((d) => !sip.some((name) => foldEq(name, d)))) return { done: false, missing: 'lab.exercise.missing.nonSipDialPlan', params: { server: server.fqdn } };
    }
    return { done: true };
  },
  solution(profile) {
    const server = addMailboxServer.goalParams(profile).server!;
    const sip = addToList(profile.dialPlans.filter((d) => d.uriType === 'SipName').map((d) => d.name));
    const lines = [exchangeLine(`Set-UMService -Identity ${quoteLiteral(server)} -DialPlans ${sip}`)];
    // Exchange 2016 runs the call router on the Mailbox server too.
    if (profile.exchange.version === '2016') lines.push(exchangeLine(`Set-UMCallRouterSettings -Server ${quoteLiteral(server)} -DialPlans ${sip}`));
    return lines;
  },
};

const singleOutboundGateway: LabExercise = {
  id: 'single-outbound-gateway',
  ...keys('single-outbound-gateway'),
  goalParams: (profile) => ({ pool: profile.gateways.outboundPool }),
  setup(profile) {
    const { lab } = replayRunbook(profile, { lang });
    // A later re-run of ExchUcUtil.ps1 opens outgoing calls on every pool gateway again.
    return apply(lab, profile, 'exchange', [`Set-Location '${EXCHANGE_SCRIPTS}'`, '.\\ExchUcUtil.ps1']);
  },
  check(lab, profile) {
    const open = lab.exchange.ipGateways.filter((g) => g.outcallsAllowed);
    const done = open.length === 1 && foldEq(open[0]!.address, profile.gateways.outboundPool);
    return done ? { done } : { done, missing: 'lab.exercise.missing.outbound', params: { pool: profile.gateways.outboundPool, gateways: open.map((g) => g.name).join(', ') || '—' } };
  },
  solution: (profile) => stepCommands(profile, ['restrict-outbound-gateways']),
};

/** The last user of the profile on a SIP dial plan: enabled for Lync, not yet for UM. */
function traineeUser(profile: Profile) {
  const sipPlans = profile.dialPlans.filter((d) => d.uriType === 'SipName').map((d) => d.name);
  return [...profile.users].reverse().find((u) => sipPlans.includes(u.dialPlan)) ?? profile.users[0]!;
}

const enableUserUm: LabExercise = {
  id: 'enable-user-um',
  ...keys('enable-user-um'),
  goalParams: (profile) => ({ user: traineeUser(profile).identity, dialPlan: traineeUser(profile).dialPlan }),
  setup(profile) {
    const { lab } = replayRunbook(profile, { lang });
    return apply(lab, profile, 'exchange', [`Disable-UMMailbox -Identity '${traineeUser(profile).identity}'`]);
  },
  check(lab, profile) {
    const wanted = traineeUser(profile);
    const user = userBySip(lab, wanted.sipAddress);
    const dialPlan = user ? userDialPlan(lab, user) : undefined;
    if (user?.um && dialPlan && !foldEq(dialPlan.name, wanted.dialPlan)) {
      return { done: false, missing: 'lab.exercise.missing.wrongDialPlan', params: { user: wanted.identity, actual: dialPlan.name, expected: wanted.dialPlan } };
    }
    return readiness(lab, wanted.sipAddress);
  },
  solution(profile) {
    const user = traineeUser(profile);
    return stepCommands(profile, ['enable-um-mailboxes']).filter((command) => command.text.includes(quoteLiteral(user.identity)) || command.text.includes(user.identity));
  },
};

const certificateOrder: LabExercise = {
  id: 'certificate-order',
  ...keys('certificate-order'),
  goalParams: () => ({}),
  setup: (profile) => replayRunbook(profile, { lang, through: 'add-servers-to-dial-plans' }).lab,
  check(lab) {
    const first = serviceReadiness(lab)[0];
    return first ? { done: false, missing: `lab.hint.test.${first.code}`, params: first.params } : { done: true };
  },
  solution: (profile) => stepCommands(profile, ['set-startup-mode', 'enable-um-certificates', 'restart-um-services']),
};

const restartFrontEnd: LabExercise = {
  id: 'restart-front-end',
  ...keys('restart-front-end'),
  goalParams: () => ({}),
  setup: (profile) => replayRunbook(profile, { lang, skip: ['restart-lync-front-end'] }).lab,
  check: (lab, profile) => readiness(lab, firstUser(profile).sipAddress),
  solution: (profile) => stepCommands(profile, ['restart-lync-front-end']),
};

/**
 * What the status line of a started exercise may say about what is missing: only facts that
 * restate the goal (`lab.exercise.missing.*`: which servers, gateways or dial plans are not there
 * yet). The lab's diagnoses (`lab.hint.test.*`) name the fix, so they are kept for the stronger
 * hint, shown on request; the status then says only that the goal is not reached.
 */
export function exerciseStatus(result: ExerciseCheck): { key: string; params: Record<string, string> } | undefined {
  if (result.done || !result.missing?.startsWith('lab.exercise.missing.')) return undefined;
  return { key: result.missing, params: result.params ?? {} };
}

/** Every exercise, in the order the lab page offers them. */
export const exercises: readonly LabExercise[] = [incompatibleSecurity, addMailboxServer, singleOutboundGateway, enableUserUm, certificateOrder, restartFrontEnd];

/** An exercise by id. */
export function exerciseById(id: string): LabExercise | undefined {
  return exercises.find((e) => e.id === id);
}


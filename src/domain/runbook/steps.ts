/**
 * The deployment, step by step, in the dependency-safe order of DOMAIN-FACTS §3.1. Rows 1–3
 * (topology, Lync certificates, Exchange setup) are done in installers and consoles, so their
 * steps only verify; row 6 is split into request and import; row 7 into dial-plan membership and
 * startup mode, so that the certificate can be enabled between the startup mode and the restart.
 */
import type { Profile } from '../profile/schema.ts';
import { renderTemplate, type Bindings } from './template.ts';
import { commandTemplates, type TemplateId } from './templates.ts';
import {
  certificateFiles,
  certificateServices,
  exchangeCertificates,
  exUmContacts,
  extensionNormalizationRule,
  dialPlanLanguage,
  firstMailboxServer,
  frontEndPools,
  frontEndServersOf,
  serverName,
  frontEndSites,
  lyncDialPlanScope,
  mailboxPolicyOf,
  poolForDialPlan,
  sipDialPlans,
  sipResourceIdentifier,
  umServers,
  certificateOf,
} from './derive.ts';
import { anyExchangeServer, anyLyncServer, type CommandNote, type RunbookCommand, type RunbookStep, type Shell, type StepId } from './types.ts';

/** Builds one command from a template; the only way steps produce command text. */
function command(
  step: StepId,
  shell: Shell,
  target: string,
  template: TemplateId,
  bindings: Bindings = {},
  options: { verify?: boolean; note?: CommandNote | undefined; lab?: string | undefined } = {},
): RunbookCommand {
  const result: RunbookCommand = { step, shell, target, text: renderTemplate(commandTemplates[template], bindings) };
  if (options.verify) result.verify = true;
  if (options.note) result.note = options.note;
  if (options.lab) result.lab = options.lab;
  return result;
}

const verify = { verify: true } as const;

export const steps: readonly RunbookStep[] = [
  {
    id: 'verify-lync-topology',
    dependsOn: [],
    guide: 'deployment-sequence#stage-1',
    reads: ['lync.pools', 'lync.mediationServers'],
    generate: (profile) =>
      profile.lync.pools.map((pool) =>
        command('verify-lync-topology', 'lync', anyLyncServer, 'verifyPool', { 'pool.fqdn': pool.fqdn }, verify),
      ),
  },
  {
    id: 'verify-lync-certificates',
    dependsOn: ['verify-lync-topology'],
    guide: 'deployment-sequence#stage-2',
    reads: ['lync.pools', 'lync.mediationServers', 'certificates'],
    /*
     * Get-CsCertificate reads the computer it runs on (it has no -ComputerName): once on each Front
     * End server and each Mediation Server. An Enterprise pool whose members the profile does not
     * list gets one command on the pool, with a note to run it on each of its servers.
     */
    generate: (profile) => {
      const seen = new Set<string>();
      const commands: RunbookCommand[] = [];
      const on = (computer: string, note?: CommandNote) => {
        const key = computer.trim().toLowerCase();
        if (seen.has(key)) return;
        seen.add(key);
        commands.push(command('verify-lync-certificates', 'lync', computer, 'verifyLyncCertificates', {}, { verify: true, note }));
      };
      for (const pool of frontEndPools(profile)) {
        const servers = frontEndServersOf(pool);
        if (servers) servers.forEach((server) => on(server));
        else on(pool.fqdn, 'eachFrontEndServer');
      }
      profile.lync.mediationServers.filter((s) => s.trim() !== '').forEach((server) => on(server));
      return commands;
    },
  },
  {
    id: 'verify-exchange-servers',
    dependsOn: [],
    guide: 'deployment-sequence#stage-3',
    reads: ['exchange'],
    generate: (profile) =>
      profile.exchange.servers.map((server) =>
        command('verify-exchange-servers', 'exchange', anyExchangeServer, 'verifyExchangeServer', { 'server.fqdn': server.fqdn }, verify),
      ),
  },
  {
    id: 'check-media-encryption',
    dependsOn: ['verify-lync-topology'],
    guide: 'encryption#check',
    reads: ['lync.encryptionLevel', 'lync.version'],
    generate: (profile) => {
      const commands = [command('check-media-encryption', 'lync', anyLyncServer, 'getMediaConfiguration', {}, verify)];
      // RequireEncryption is Lync's default; only a deliberate other choice is written back.
      if (profile.lync.encryptionLevel !== 'RequireEncryption') {
        commands.unshift(
          command('check-media-encryption', 'lync', anyLyncServer, 'setMediaConfiguration', { 'lync.encryptionLevel': profile.lync.encryptionLevel }, { note: 'encryptionLevelChange' }),
        );
      }
      return commands;
    },
  },
  {
    id: 'create-um-dial-plans',
    dependsOn: ['check-media-encryption', 'verify-exchange-servers'],
    guide: 'exchange-um#d1',
    reads: ['dialPlans', 'lync.encryptionLevel'],
    generate: (profile) =>
      profile.dialPlans.flatMap((dialPlan) => {
        const bindings = {
          'dialPlan.name': dialPlan.name,
          'dialPlan.uriType': dialPlan.uriType,
          'dialPlan.voipSecurity': dialPlan.voipSecurity,
          'dialPlan.extensionDigits': dialPlan.extensionDigits,
          'dialPlan.countryCode': dialPlan.countryCode,
          'dialPlan.accessNumbers': dialPlan.accessNumbers,
          'dialPlan.language': dialPlan.language,
        };
        return [
          command('create-um-dial-plans', 'exchange', anyExchangeServer, dialPlan.accessNumbers.length ? 'newUmDialPlanWithAccessNumbers' : 'newUmDialPlan', bindings),
          command('create-um-dial-plans', 'exchange', anyExchangeServer, 'verifyUmDialPlan', bindings, verify),
        ];
      }),
  },
  {
    id: 'request-exchange-certificates',
    dependsOn: ['verify-exchange-servers'],
    guide: 'exchange-um#d2',
    reads: ['certificates', 'exchange.servers'],
    // One request per certificate, made on the first UM server that will carry it (its private key stays there).
    generate: (profile) =>
      exchangeCertificates(profile).map(({ certificate, index, servers }) =>
        command('request-exchange-certificates', 'exchange', anyExchangeServer, 'requestCertificate', {
          'server.fqdn': servers[0]!.server.fqdn,
          'certificate.subject': certificate.subject,
          'certificate.san': certificate.san,
          'certificate.name': certificate.name,
          'certificate.requestPath': certificateFiles(certificate, index).requestPath,
        }),
      ),
  },
  {
    id: 'import-exchange-certificates',
    dependsOn: ['request-exchange-certificates'],
    guide: 'exchange-um#d2',
    reads: ['certificates', 'exchange.servers'],
    /*
     * The server that made the request completes it with the CA's answer (.cer); the other servers
     * import a PFX exported from it, the password prompted by Get-Credential and never written down.
     */
    generate: (profile) =>
      exchangeCertificates(profile).flatMap(({ certificate, index, servers }) => {
        const files = certificateFiles(certificate, index);
        const [first, ...others] = servers;
        const commands = [
          command('import-exchange-certificates', 'exchange', anyExchangeServer, 'importIssuedCertificate', {
            'server.fqdn': first!.server.fqdn,
            'certificate.issuedPath': files.issuedPath,
          }, { note: 'completeRequest' }),
        ];
        if (others.length) {
          commands.push(
            command('import-exchange-certificates', 'gui', first!.server.fqdn, 'guiExportCertificate', {
              'server.fqdn': first!.server.fqdn,
              'certificate.name': certificate.name,
              'certificate.pfxPath': files.pfxPath,
            }, { note: 'exportPfx' }),
          );
        }
        for (const other of others) {
          commands.push(
            command('import-exchange-certificates', 'exchange', anyExchangeServer, 'importPfxCertificate', {
              'server.fqdn': other.server.fqdn,
              'certificate.pfxPath': files.pfxPath,
            }),
          );
        }
        for (const server of servers) {
          commands.push(
            certificate.thumbprint
              ? command('import-exchange-certificates', 'exchange', anyExchangeServer, 'verifyExchangeCertificateByThumbprint', { 'server.fqdn': server.server.fqdn, 'certificate.thumbprint': certificate.thumbprint }, verify)
              : command('import-exchange-certificates', 'exchange', anyExchangeServer, 'verifyExchangeCertificates', { 'server.fqdn': server.server.fqdn }, verify),
          );
        }
        return commands;
      }),
  },
  {
    id: 'add-servers-to-dial-plans',
    dependsOn: ['create-um-dial-plans'],
    guide: 'exchange-um#d4',
    reads: ['dialPlans', 'exchange'],
    generate: (profile) => {
      const dialPlans = sipDialPlans(profile).map((d) => d.name);
      if (dialPlans.length === 0) return [];
      return umServers(profile).flatMap((s) => {
        const bindings = { 'server.fqdn': s.server.fqdn, 'server.name': serverName(s.server.fqdn), 'server.dialPlans': dialPlans };
        return [
          ...(s.runsUmService
            ? [
                command('add-servers-to-dial-plans', 'exchange', anyExchangeServer, 'addUmServiceDialPlans', bindings),
                command('add-servers-to-dial-plans', 'exchange', anyExchangeServer, 'verifyUmService', bindings, verify),
              ]
            : []),
          ...(s.runsCallRouter
            ? [
                command('add-servers-to-dial-plans', 'exchange', anyExchangeServer, 'addCallRouterDialPlans', bindings),
                command('add-servers-to-dial-plans', 'exchange', anyExchangeServer, 'verifyCallRouter', bindings, verify),
              ]
            : []),
        ];
      });
    },
  },
  {
    id: 'set-startup-mode',
    dependsOn: ['add-servers-to-dial-plans'],
    guide: 'exchange-um#d5',
    reads: ['exchange'],
    generate: (profile) =>
      umServers(profile).flatMap((s) => {
        const bindings = { 'server.fqdn': s.server.fqdn, 'server.name': serverName(s.server.fqdn) };
        return [
          ...(s.runsUmService
            ? [
                command('set-startup-mode', 'exchange', anyExchangeServer, 'setUmServiceStartupMode', bindings),
                command('set-startup-mode', 'exchange', anyExchangeServer, 'verifyUmService', bindings, verify),
              ]
            : []),
          ...(s.runsCallRouter
            ? [
                command('set-startup-mode', 'exchange', anyExchangeServer, 'setCallRouterStartupMode', bindings),
                command('set-startup-mode', 'exchange', anyExchangeServer, 'verifyCallRouter', bindings, verify),
              ]
            : []),
        ];
      }),
  },
  {
    id: 'enable-um-certificates',
    dependsOn: ['import-exchange-certificates', 'set-startup-mode'],
    guide: 'exchange-um#d5',
    reads: ['certificates', 'exchange'],
    generate: (profile) =>
      umServers(profile).flatMap((s) => {
        const found = certificateOf(profile, s.server.fqdn);
        if (!found) return [];
        const bindings = {
          'server.fqdn': s.server.fqdn,
          'server.certificateServices': certificateServices(s),
          'certificate.subject': found.certificate.subject,
          'certificate.thumbprint': found.certificate.thumbprint ?? '',
        };
        return [
          command('enable-um-certificates', 'exchange', anyExchangeServer, found.certificate.thumbprint ? 'enableCertificateByThumbprint' : 'enableCertificateBySubject', bindings),
          command('enable-um-certificates', 'exchange', anyExchangeServer, found.certificate.thumbprint ? 'verifyExchangeCertificateByThumbprint' : 'verifyExchangeCertificates', bindings, verify),
        ];
      }),
  },
  {
    id: 'restart-um-services',
    dependsOn: ['set-startup-mode', 'enable-um-certificates'],
    guide: 'exchange-um#d5',
    reads: ['exchange'],
    // Restart-Service acts on the local machine, so the target is each server itself.
    generate: (profile) =>
      umServers(profile).flatMap((s) => [
        ...(s.runsUmService
          ? [
              command('restart-um-services', 'exchange', s.server.fqdn, 'restartUmService'),
              command('restart-um-services', 'exchange', s.server.fqdn, 'verifyUmServiceRunning', {}, verify),
            ]
          : []),
        ...(s.runsCallRouter
          ? [
              command('restart-um-services', 'exchange', s.server.fqdn, 'restartCallRouter'),
              command('restart-um-services', 'exchange', s.server.fqdn, 'verifyCallRouterRunning', {}, verify),
            ]
          : []),
      ]),
  },
  {
    id: 'create-auto-attendants',
    dependsOn: ['create-um-dial-plans'],
    guide: 'exchange-um#d6',
    reads: ['autoAttendants', 'dialPlans'],
    generate: (profile) =>
      profile.autoAttendants.flatMap((aa) => {
        const language = dialPlanLanguage(profile, aa.dialPlan);
        const bindings = {
          'autoAttendant.name': aa.name,
          'autoAttendant.dialPlan': aa.dialPlan,
          'autoAttendant.pilotNumbers': aa.pilotNumbers,
          'autoAttendant.speechEnabled': aa.speechEnabled,
          'autoAttendant.language': language ?? '',
        };
        return [
          command('create-auto-attendants', 'exchange', anyExchangeServer, aa.pilotNumbers.length ? 'newAutoAttendant' : 'newAutoAttendantWithoutPilot', bindings),
          // New-UMAutoAttendant has no -Language: the auto attendant speaks its dial plan's language.
          ...(language ? [command('create-auto-attendants', 'exchange', anyExchangeServer, 'setAutoAttendantLanguage', bindings)] : []),
          command('create-auto-attendants', 'exchange', anyExchangeServer, 'verifyAutoAttendant', bindings, verify),
        ];
      }),
  },
  {
    id: 'run-exchucutil',
    dependsOn: ['create-um-dial-plans', 'verify-lync-topology'],
    guide: 'exchange-um#d8',
    reads: ['exchange', 'dialPlans', 'lync.pools'],
    generate: (profile) => {
      const mailbox = firstMailboxServer(profile);
      if (!mailbox) return [];
      return [
        command('run-exchucutil', 'exchange', mailbox.fqdn, 'runExchUcUtil'),
        command('run-exchucutil', 'exchange', anyExchangeServer, 'verifyUmIpGateways', {}, verify),
        command('run-exchucutil', 'exchange', anyExchangeServer, 'verifyUmHuntGroups', {}, verify),
      ];
    },
  },
  {
    id: 'restrict-outbound-gateways',
    dependsOn: ['run-exchucutil'],
    guide: 'exchange-um#d8',
    reads: ['gateways', 'lync.pools'],
    generate: (profile) => [
      command('restrict-outbound-gateways', 'exchange', anyExchangeServer, 'restrictOutcalls', { 'gateways.outboundPool': profile.gateways.outboundPool }, { note: 'reapplyAfterExchUcUtil' }),
      command('restrict-outbound-gateways', 'exchange', anyExchangeServer, 'verifyOutcalls', {}, verify),
    ],
  },
  {
    id: 'restart-lync-front-end',
    dependsOn: ['run-exchucutil'],
    guide: 'lync-tasks#restart-front-end',
    reads: ['lync.pools'],
    generate: (profile) =>
      frontEndPools(profile).flatMap((pool) => [
        // A Standard Edition pool is one server: its users lose Lync (and voice mail) during the restart.
        command('restart-lync-front-end', 'lync', anyLyncServer, 'restartFrontEnd', { 'pool.fqdn': pool.fqdn }, {
          note: pool.edition === 'Standard' ? 'standardEditionOutage' : undefined,
        }),
        command('restart-lync-front-end', 'lync', anyLyncServer, 'verifyFrontEnd', { 'pool.fqdn': pool.fqdn }, verify),
      ]),
  },
  {
    id: 'create-lync-dial-plans',
    dependsOn: ['verify-lync-topology'],
    guide: 'lync-tasks#l1',
    reads: ['dialPlans', 'lync.pools', 'users'],
    generate: (profile) => {
      const seen = new Set<string>();
      return profile.dialPlans.flatMap((dialPlan) => {
        const { identity, simpleName } = lyncDialPlanScope(profile, dialPlan.lyncDialPlan);
        const key = identity.toLowerCase();
        if (seen.has(key)) return [];
        seen.add(key);
        const bindings = { 'lyncDialPlan.identity': identity, 'lyncDialPlan.simpleName': simpleName };
        const rule = extensionNormalizationRule(profile, dialPlan.lyncDialPlan, identity);
        return [
          command('create-lync-dial-plans', 'lync', anyLyncServer, 'newCsDialPlan', bindings),
          ...(rule
            ? [
                command('create-lync-dial-plans', 'lync', anyLyncServer, 'newNormalizationRule', {
                  'normalizationRule.identity': rule.identity,
                  'normalizationRule.pattern': rule.pattern,
                  'normalizationRule.translation': rule.translation,
                }),
              ]
            : []),
          command('create-lync-dial-plans', 'lync', anyLyncServer, 'verifyCsDialPlan', bindings, verify),
        ];
      });
    },
  },
  {
    id: 'create-exum-contacts',
    dependsOn: ['create-um-dial-plans', 'create-auto-attendants', 'create-lync-dial-plans'],
    guide: 'lync-tasks#l6',
    reads: ['autoAttendants', 'dialPlans', 'organization', 'lync.pools'],
    /*
     * OcsUmUtil.exe is the documented on-premises tool (DOMAIN-FACTS O8/L6): launched from cmd on a
     * Front End server, then one dialog entry per number, then a check in Active Directory.
     * New-CsExUmContact is documented for hosted UM only; the guide shows it as a labelled
     * alternative and the runbook never generates it, so no number gets two contacts.
     */
    generate: (profile) => {
      const contacts = exUmContacts(profile);
      const pool = frontEndPools(profile)[0];
      if (!pool || contacts.length === 0) return [];
      const frontEnd = frontEndServersOf(pool)?.[0] ?? pool.fqdn;
      const folder = `openOcsUmUtilFolder${profile.lync.version}` as const;
      const commands: RunbookCommand[] = [
        command('create-exum-contacts', 'cmd', frontEnd, folder, {}, { note: profile.lync.version === '2013' ? undefined : 'ocsUmUtilFolderUnverified' }),
        command('create-exum-contacts', 'cmd', frontEnd, 'runOcsUmUtil'),
      ];
      // The lab has no window: its OcsUmUtil.exe takes `/lab:<dial plan>` and creates that plan's contacts.
      const simulated = new Set<string>();
      for (const contact of contacts) {
        const key = contact.dialPlan.trim().toLowerCase();
        const lab = !simulated.has(key) && /^[A-Za-z0-9._-]+$/.test(contact.dialPlan) ? `OcsUmUtil.exe /lab:${contact.dialPlan}` : undefined;
        simulated.add(key);
        commands.push(
          command('create-exum-contacts', 'gui', frontEnd, 'guiOcsUmUtilContact', {
            'dialPlan.name': contact.dialPlan,
            'exUmContact.ou': contact.ou,
            'exUmContact.name': contact.name,
            'exUmContact.sipAddress': contact.sipAddress,
            'pool.fqdn': contact.pool.fqdn,
            'exUmContact.displayNumber': contact.displayNumber,
            'exUmContact.type': contact.autoAttendant ? 'Auto Attendant' : 'Subscriber Access',
          }, { note: contact.poolGuessed ? 'registrarPoolGuessed' : 'ocsUmUtilDialog', lab }),
        );
      }
      for (const contact of contacts) {
        commands.push(
          command('create-exum-contacts', 'gui', frontEnd, 'guiVerifyContactInAd', {
            'exUmContact.ou': contact.ou,
            'exUmContact.name': contact.name,
            'exUmContact.sipAddress': contact.sipAddress,
          }, verify),
        );
      }
      return commands;
    },
  },
  {
    id: 'configure-voice-routing',
    dependsOn: ['verify-lync-topology'],
    guide: 'lync-tasks#l4',
    reads: ['lync.pools'],
    generate: (profile) =>
      frontEndSites(profile).flatMap((site) => {
        const bindings = {
          'site.scope': `site:${site}`,
          'site.pstnUsage': `PSTN-${site}`,
          'site.voiceRoute': `PSTN-${site}`,
          'site.numberPattern': '^\\+\\d+$',
        };
        return [
          command('configure-voice-routing', 'lync', anyLyncServer, 'addPstnUsage', bindings),
          command('configure-voice-routing', 'lync', anyLyncServer, 'newVoicePolicy', bindings),
          command('configure-voice-routing', 'lync', anyLyncServer, 'newVoiceRoute', bindings, { note: 'pstnGatewaysAll' }),
          command('configure-voice-routing', 'lync', anyLyncServer, 'verifyVoicePolicy', bindings, verify),
          command('configure-voice-routing', 'lync', anyLyncServer, 'verifyVoiceRoute', bindings, verify),
        ];
      }),
  },
  {
    id: 'enable-lync-users',
    dependsOn: ['create-lync-dial-plans', 'configure-voice-routing'],
    guide: 'lync-tasks#l5',
    reads: ['users', 'dialPlans', 'lync.pools'],
    perUser: 4,
    generate: (profile) =>
      profile.users.flatMap((user) => {
        const home = poolForDialPlan(profile, user.dialPlan);
        if (!home) return [];
        const dialPlan = profile.dialPlans.find((d) => d.name.trim().toLowerCase() === user.dialPlan.trim().toLowerCase());
        const bindings = {
          'user.identity': user.identity,
          'user.registrarPool': home.pool.fqdn,
          'user.sipAddress': user.sipAddress,
          'user.lineUri': user.lineUri,
          'dialPlan.lyncDialPlan': dialPlan?.lyncDialPlan ?? '',
        };
        const perUser = dialPlan !== undefined && lyncDialPlanScope(profile, dialPlan.lyncDialPlan).perUser;
        return [
          command('enable-lync-users', 'lync', anyLyncServer, 'enableCsUser', bindings, { note: home.guessed ? 'registrarPoolGuessed' : undefined }),
          command('enable-lync-users', 'lync', anyLyncServer, 'setCsUserVoice', bindings),
          ...(perUser ? [command('enable-lync-users', 'lync', anyLyncServer, 'grantCsDialPlan', bindings)] : []),
          command('enable-lync-users', 'lync', anyLyncServer, 'verifyCsUser', bindings, verify),
        ];
      }),
  },
  {
    id: 'enable-um-mailboxes',
    dependsOn: ['create-um-dial-plans', 'enable-lync-users'],
    guide: 'exchange-um#d9',
    reads: ['users', 'dialPlans'],
    perUser: 2,
    generate: (profile) =>
      profile.users.flatMap((user) => {
        const bindings = {
          'user.identity': user.identity,
          'user.mailboxPolicy': mailboxPolicyOf(user),
          'user.extension': user.extension,
          'user.sipResourceIdentifier': sipResourceIdentifier(user.sipAddress),
        };
        return [
          command('enable-um-mailboxes', 'exchange', anyExchangeServer, 'enableUmMailbox', bindings),
          command('enable-um-mailboxes', 'exchange', anyExchangeServer, 'verifyUmMailbox', bindings, verify),
        ];
      }),
  },
  {
    id: 'test-exum',
    dependsOn: [
      'restart-um-services',
      'restrict-outbound-gateways',
      'restart-lync-front-end',
      'create-exum-contacts',
      'enable-um-mailboxes',
    ],
    guide: 'closing-notes#end-to-end-tests',
    reads: ['users', 'lync.version', 'lync.pools'],
    // Test-CsExUMConnectivity and Test-CsExUMVoiceMail were introduced in Lync Server 2013.
    unavailable: (profile) => (profile.lync.version === '2010' ? 'step.test-exum.unavailable' : undefined),
    generate: (profile) => {
      if (profile.lync.version === '2010') return [];
      const [sender, receiver] = profile.users;
      if (!sender) return [];
      const home = poolForDialPlan(profile, sender.dialPlan);
      if (!home) return [];
      const bindings = {
        'user.registrarPool': home.pool.fqdn,
        'user.sipAddress': sender.sipAddress,
        'user.identity': sender.identity,
        'receiver.sipAddress': receiver?.sipAddress ?? '',
      };
      return [
        command('test-exum', 'lync', anyLyncServer, 'testExUmConnectivity', bindings, verify),
        ...(receiver ? [command('test-exum', 'lync', anyLyncServer, 'testExUmVoiceMail', bindings, verify)] : []),
      ];
    },
  },
];

/** A step by id. */
export function stepById(id: string): RunbookStep | undefined {
  return steps.find((s) => s.id === id);
}

/** Every step id, in run order. */
export const stepIds: readonly StepId[] = steps.map((s) => s.id);

/** The commands of every step for a profile, in run order. */
export function generateAll(profile: Profile): RunbookCommand[] {
  return steps.flatMap((step) => step.generate(profile));
}

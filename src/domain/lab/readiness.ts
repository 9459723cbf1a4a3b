/**
 * Is the lab really configured end to end for a user's voice mail? The answer behind
 * Test-CsExUMConnectivity / Test-CsExUMVoiceMail and behind the exercises' checks: one problem
 * per missing piece, as a code and parameters (worded by i18n `lab.test.<code>`), in the order a
 * call meets them — Lync user, UM mailbox, dial plan and encryption, Exchange servers, the
 * ExchUcUtil objects, the Front End, the contacts.
 */
import { assessEncryption } from '../encryption.ts';
import type { EncryptionLevel } from '../profile/schema.ts';
import { foldEq } from './call.ts';
import { fold, shortName, type ExchangeServerState, type LabState, type LabUser, type UmServiceSettings } from './state.ts';

/** What is missing, as a code and its parameters. */
export interface ExUmProblem {
  code:
    | 'pool-not-found'
    | 'user-not-lync-enabled'
    | 'user-other-pool'
    | 'user-not-ev-enabled'
    | 'user-no-line-uri'
    | 'user-not-um-enabled'
    | 'sip-resource-mismatch'
    | 'extension-mismatch'
    | 'dial-plan-not-sip'
    | 'incompatible-security-setting'
    | 'media-encryption-disabled'
    | 'unsecured-with-lync'
    | 'server-not-in-dial-plan'
    | 'startup-mode-tcp'
    | 'startup-mode-pending'
    | 'service-stopped'
    | 'certificate-not-enabled'
    | 'certificate-not-loaded'
    | 'certificate-self-signed'
    | 'certificate-untrusted'
    | 'certificate-name-mismatch'
    | 'no-gateway'
    | 'no-hunt-group'
    | 'no-outbound-gateway'
    | 'several-outbound-gateways'
    | 'permissions-missing'
    | 'front-end-not-restarted'
    | 'front-end-stopped'
    | 'auto-attendant-contact-missing'
    | 'contact-target-missing'
    | 'same-sender-receiver';
  params: Record<string, string>;
}

/** The encryption level that applies to a pool: its site's media configuration, else the global one. */
export function effectiveEncryptionLevel(lab: LabState, poolFqdn: string): EncryptionLevel {
  const pool = lab.lync.pools.find((p) => foldEq(p.fqdn, poolFqdn));
  const site = pool ? Object.entries(lab.lync.mediaConfigurations).find(([id]) => foldEq(id, `Site:${pool.site}`)) : undefined;
  return site?.[1] ?? lab.lync.mediaConfigurations.Global ?? 'RequireEncryption';
}

export function userBySip(lab: LabState, sip: string): LabUser | undefined {
  const wanted = sip.toLowerCase().startsWith('sip:') ? sip : `sip:${sip}`;
  return lab.users.find((u) => u.lync && foldEq(u.lync.sipAddress, wanted));
}

/** The UM dial plan a user's mailbox policy points to. */
export function userDialPlan(lab: LabState, user: LabUser) {
  const policy = user.um ? lab.exchange.mailboxPolicies.find((p) => foldEq(p.name, user.um!.umMailboxPolicy)) : undefined;
  return policy ? lab.exchange.dialPlans.find((d) => foldEq(d.name, policy.dialPlan)) : undefined;
}

function userProblems(lab: LabState, sip: string, targetFqdn: string): { problems: ExUmProblem[]; user?: LabUser } {
  const problems: ExUmProblem[] = [];
  const user = userBySip(lab, sip);
  if (!user?.lync) return { problems: [{ code: 'user-not-lync-enabled', params: { sip } }] };
  if (!foldEq(user.lync.registrarPool, targetFqdn)) problems.push({ code: 'user-other-pool', params: { sip, pool: targetFqdn, userPool: user.lync.registrarPool } });
  if (!user.lync.enterpriseVoiceEnabled) problems.push({ code: 'user-not-ev-enabled', params: { user: user.identity } });
  if (!user.lync.lineUri) problems.push({ code: 'user-no-line-uri', params: { user: user.identity } });
  if (!user.um) {
    problems.push({ code: 'user-not-um-enabled', params: { user: user.identity } });
    return { problems, user };
  }
  const expected = user.lync.sipAddress.replace(/^sip:/i, '');
  if (!user.um.sipResourceIdentifier || !foldEq(user.um.sipResourceIdentifier.replace(/^sip:/i, ''), expected)) {
    problems.push({ code: 'sip-resource-mismatch', params: { user: user.identity, expected, actual: user.um.sipResourceIdentifier ?? '' } });
  }
  const ext = /;ext=(\d+)/i.exec(user.lync.lineUri)?.[1];
  if (ext !== undefined && !user.um.extensions.includes(ext)) {
    problems.push({ code: 'extension-mismatch', params: { user: user.identity, extension: user.um.extensions.join(', '), lineUri: user.lync.lineUri } });
  }
  return { problems, user };
}

function serviceProblems(server: ExchangeServerState, settings: UmServiceSettings, service: 'MSExchangeUM' | 'MSExchangeUMCR', dialPlan: string | null, lab: LabState): ExUmProblem[] {
  const problems: ExUmProblem[] = [];
  const name = server.fqdn;
  const serviceLabel = service === 'MSExchangeUM' ? 'UM' : 'UMCallRouter';
  if (dialPlan !== null && !settings.dialPlans.some((d) => foldEq(d, dialPlan))) problems.push({ code: 'server-not-in-dial-plan', params: { server: name, service, dialPlan } });
  if (!settings.service.running) problems.push({ code: 'service-stopped', params: { server: name, service } });
  if (settings.umStartupMode === 'TCP') problems.push({ code: 'startup-mode-tcp', params: { server: name, service } });
  else if (settings.effectiveStartupMode !== settings.umStartupMode) {
    problems.push({ code: 'startup-mode-pending', params: { server: name, service, mode: settings.umStartupMode } });
  }
  if (!settings.certificateThumbprint) {
    problems.push({ code: 'certificate-not-enabled', params: { server: name, service: serviceLabel } });
  } else {
    const certificate = server.certificates.find((c) => c.thumbprint === settings.certificateThumbprint);
    if (settings.loadedCertificateThumbprint !== settings.certificateThumbprint) problems.push({ code: 'certificate-not-loaded', params: { server: name, service } });
    if (certificate?.selfSigned) problems.push({ code: 'certificate-self-signed', params: { server: name } });
    else if (certificate && lab.lync.certificates.length > 0 && !lab.lync.certificates.some((c) => fold(c.issuer) === fold(certificate.issuer))) {
      problems.push({ code: 'certificate-untrusted', params: { server: name, issuer: certificate.issuer } });
    }
    // TLS checks names: Lync connects to the server by its FQDN, which the certificate must carry.
    if (certificate && !certificateNames(certificate.subject, certificate.certificateDomains, name)) {
      problems.push({ code: 'certificate-name-mismatch', params: { server: name, names: certificateNameList(certificate.subject, certificate.certificateDomains).join(', ') } });
    }
  }
  return problems;
}

/** The subject CN and the subject alternative names of a certificate, without duplicates. */
export function certificateNameList(subject: string, domains: readonly string[]): string[] {
  const cn = /CN=([^,]+)/i.exec(subject)?.[1]?.trim();
  return [...new Set([...(cn ? [cn] : []), ...domains].map((n) => n.trim()).filter(Boolean))];
}

/**
 * Does a certificate name `fqdn`? An exact name, or a wildcard `*.contoso.com` standing for exactly
 * one leftmost label (RFC 6125), as TLS clients check it.
 */
export function certificateNames(subject: string, domains: readonly string[], fqdn: string): boolean {
  const host = fold(fqdn);
  return certificateNameList(subject, domains).some((name) => {
    const pattern = fold(name);
    if (!pattern.startsWith('*.')) return pattern === host;
    const dot = host.indexOf('.');
    return dot > 0 && host.slice(dot) === pattern.slice(1);
  });
}

/**
 * The UM services alone: each runs in TLS or Dual mode (effective, not only configured) with a
 * CA certificate assigned and loaded. Dial plan membership is not looked at.
 */
export function serviceReadiness(lab: LabState): ExUmProblem[] {
  return lab.exchange.servers.flatMap((server) => [
    ...(server.callRouter ? serviceProblems(server, server.callRouter, 'MSExchangeUMCR', null, lab) : []),
    ...(server.umService ? serviceProblems(server, server.umService, 'MSExchangeUM', null, lab) : []),
  ]);
}

/**
 * Every problem standing between Lync pool `targetFqdn` and Exchange UM for the user with SIP
 * address `userSipAddress` (and, for Test-CsExUMVoiceMail, the receiver). Empty = the test passes.
 */
export function diagnoseExUm(lab: LabState, test: { targetFqdn: string; userSipAddress: string; receiverSipAddress?: string }): ExUmProblem[] {
  const pool = lab.lync.pools.find((p) => foldEq(p.fqdn, test.targetFqdn));
  if (!pool) return [{ code: 'pool-not-found', params: { pool: test.targetFqdn } }];
  const problems: ExUmProblem[] = [];
  const sender = userProblems(lab, test.userSipAddress, pool.fqdn);
  let subject = sender.user;
  if (test.receiverSipAddress === undefined) problems.push(...sender.problems);
  else {
    // Test-CsExUMVoiceMail leaves a voice mail in the receiver's mailbox: the sender only signs in
    // to the pool and calls, so only its Lync account matters; the UM mailbox checked is the receiver's.
    problems.push(...sender.problems.filter((p) => p.code === 'user-not-lync-enabled' || p.code === 'user-other-pool'));
    if (foldEq(test.receiverSipAddress.replace(/^sip:/i, ''), test.userSipAddress.replace(/^sip:/i, ''))) problems.push({ code: 'same-sender-receiver', params: {} });
    const receiver = userProblems(lab, test.receiverSipAddress, pool.fqdn);
    // The receiver may live on another pool: only its mailbox and Lync identity matter.
    problems.push(...receiver.problems.filter((p) => p.code !== 'user-other-pool'));
    subject = receiver.user;
  }
  const dialPlan = subject ? userDialPlan(lab, subject) : undefined;
  if (!dialPlan) return problems;
  if (dialPlan.uriType !== 'SipName') {
    problems.push({ code: 'dial-plan-not-sip', params: { dialPlan: dialPlan.name } });
    return problems;
  }
  const encryptionLevel = effectiveEncryptionLevel(lab, pool.fqdn);
  const verdict = assessEncryption(encryptionLevel, dialPlan.voipSecurity);
  if (!verdict.compatible) problems.push({ code: verdict.failure!, params: { dialPlan: dialPlan.name, voipSecurity: dialPlan.voipSecurity, encryptionLevel } });
  for (const server of lab.exchange.servers) {
    if (server.callRouter) problems.push(...serviceProblems(server, server.callRouter, 'MSExchangeUMCR', dialPlan.name, lab));
    if (server.umService) problems.push(...serviceProblems(server, server.umService, 'MSExchangeUM', dialPlan.name, lab));
  }
  const gateway = lab.exchange.ipGateways.find((g) => foldEq(g.address, pool.fqdn));
  if (!gateway) problems.push({ code: 'no-gateway', params: { pool: pool.fqdn } });
  else if (!lab.exchange.huntGroups.some((h) => foldEq(h.umIpGateway, gateway.name) && foldEq(h.umDialPlan, dialPlan.name))) {
    problems.push({ code: 'no-hunt-group', params: { pool: pool.fqdn, gateway: gateway.name, dialPlan: dialPlan.name } });
  }
  if (lab.exchange.permissions.length === 0) problems.push({ code: 'permissions-missing', params: {} });
  for (const computer of pool.computers) {
    const frontEnd = pool.frontEnd[fold(computer)];
    if (!frontEnd?.running) problems.push({ code: 'front-end-stopped', params: { computer } });
    else if (lab.exchange.exchUcUtilRunAt !== null && frontEnd.startedAt <= lab.exchange.exchUcUtilRunAt) problems.push({ code: 'front-end-not-restarted', params: { computer } });
  }
  for (const autoAttendant of lab.exchange.autoAttendants.filter((a) => foldEq(a.umDialPlan, dialPlan.name) && a.status === 'Enabled')) {
    const contact = lab.lync.exUmContacts.some((c) => c.autoAttendant && autoAttendant.pilotIdentifierList.includes(c.displayNumber));
    if (!contact) problems.push({ code: 'auto-attendant-contact-missing', params: { autoAttendant: autoAttendant.name } });
  }
  // A contact must lead somewhere: an enabled auto attendant's pilot number, or a SIP dial plan's
  // subscriber access number (what OcsUmUtil lists when it creates one).
  for (const contact of lab.lync.exUmContacts) {
    const target = contact.autoAttendant
      ? lab.exchange.autoAttendants.some((a) => a.status === 'Enabled' && a.pilotIdentifierList.includes(contact.displayNumber))
      : lab.exchange.dialPlans.some((d) => d.uriType === 'SipName' && d.accessTelephoneNumbers.includes(contact.displayNumber));
    if (!target) problems.push({ code: 'contact-target-missing', params: { sipAddress: contact.sipAddress, number: contact.displayNumber } });
  }
  return problems;
}

/**
 * What the connectivity tests do not check but the reader should hear about: the calls Exchange UM
 * places (Play on Phone, notifications) leave through the gateways that allow outgoing calls —
 * exactly one should (INV-07). `OutcallsAllowed` governs only those calls (Set-UMIPGateway.md), so
 * a Lync user reaching voice mail never fails because of it.
 */
export function exUmAdvisories(lab: LabState, dialPlanName: string): ExUmProblem[] {
  const linked = lab.exchange.ipGateways.filter((g) => lab.exchange.huntGroups.some((h) => foldEq(h.umIpGateway, g.name) && foldEq(h.umDialPlan, dialPlanName)));
  const outbound = linked.filter((g) => g.outcallsAllowed && g.status === 'Enabled');
  if (linked.length > 0 && outbound.length === 0) return [{ code: 'no-outbound-gateway', params: { dialPlan: dialPlanName } }];
  if (outbound.length > 1) return [{ code: 'several-outbound-gateways', params: { dialPlan: dialPlanName, gateways: outbound.map((g) => g.name).join(', ') } }];
  return [];
}

/** The English text the real test would print in its Error field for the first problem. */
export function problemErrorText(problem: ExUmProblem): string {
  const p = problem.params;
  switch (problem.code) {
    case 'incompatible-security-setting':
      return 'Incompatible security setting';
    case 'media-encryption-disabled':
    case 'unsecured-with-lync':
      return `Incompatible security setting: dial plan ${p.dialPlan} uses ${p.voipSecurity} while the pool's EncryptionLevel is ${p.encryptionLevel}.`;
    case 'pool-not-found':
      return `Cannot find pool "${p.pool}" in the topology.`;
    case 'user-not-lync-enabled':
      return `User "${p.sip}" was not found or is not enabled for Lync Server.`;
    case 'user-other-pool':
      return `User "${p.sip}" is homed on ${p.userPool}, not on ${p.pool}.`;
    case 'user-not-ev-enabled':
    case 'user-no-line-uri':
      return `The user is not enabled for Enterprise Voice with a line URI.`;
    case 'user-not-um-enabled':
    case 'sip-resource-mismatch':
    case 'extension-mismatch':
      return `404 Not Found: no UM-enabled mailbox answers for this SIP address.`;
    case 'dial-plan-not-sip':
      return `The user's UM dial plan ${p.dialPlan} is not a SIP URI dial plan.`;
    case 'server-not-in-dial-plan':
    case 'startup-mode-tcp':
    case 'startup-mode-pending':
    case 'certificate-not-enabled':
    case 'certificate-not-loaded':
    case 'certificate-self-signed':
    case 'certificate-untrusted':
    case 'service-stopped':
      return `TLS negotiation with Exchange UM failed (${shortName(p.server ?? '')}).`;
    case 'certificate-name-mismatch':
      return `TLS negotiation with Exchange UM failed (${shortName(p.server ?? '')}): the certificate's subject and subject alternative names (${p.names}) do not include ${p.server}.`;
    case 'no-gateway':
    case 'no-hunt-group':
    case 'permissions-missing':
      return '404 Not Found: Lync found no Exchange UM route for this user.';
    case 'front-end-not-restarted':
    case 'front-end-stopped':
      return '404 Not Found: the Front End has not loaded the Exchange UM configuration.';
    case 'no-outbound-gateway':
    case 'several-outbound-gateways':
      return `Outbound calls from Exchange UM are not restricted to a single UM IP gateway.`;
    case 'auto-attendant-contact-missing':
      return `No contact object for auto attendant ${p.autoAttendant}.`;
    case 'contact-target-missing':
      return `Contact ${p.sipAddress} leads to ${p.number}, which no auto attendant or subscriber access number answers.`;
    case 'same-sender-receiver':
      return 'The sender and the receiver must be different users.';
  }
}

/**
 * The objects the Get-* cmdlets emit, built from lab state: the property names and order the real
 * cmdlets print (a subset), and each type's default view. Exchange prints most objects as tables;
 * Lync cmdlets print lists.
 */
import type { ExchangeCertificate, ExchangeServerState, LabState, LabUser, LyncPoolState, UmAutoAttendant, UmDialPlan, UmHuntGroup, UmIpGateway, UmServiceSettings } from './state.ts';
import { fold, shortName } from './state.ts';
import { psObject, type PsObject } from './values.ts';

const exchangeVersionText = { '2013': 'Version 15.0 (Build 1497.2)', '2016': 'Version 15.1 (Build 2507.6)' } as const;

export function exchangeServerObject(lab: LabState, server: ExchangeServerState): PsObject {
  const roles = lab.exchangeVersion === '2016' ? 'Mailbox' : server.roles.join(', ');
  return psObject(
    'Microsoft.Exchange.Data.Directory.Management.ExchangeServer',
    {
      Name: shortName(server.fqdn).toUpperCase(),
      Fqdn: server.fqdn,
      Site: `${lab.sipDomain}/Configuration/Sites/Default-First-Site-Name`,
      ServerRole: roles,
      Edition: 'Enterprise',
      AdminDisplayVersion: exchangeVersionText[lab.exchangeVersion],
      Identity: shortName(server.fqdn).toUpperCase(),
    },
    { tableColumns: ['Name', 'Site', 'ServerRole', 'Edition', 'AdminDisplayVersion'], display: shortName(server.fqdn).toUpperCase() },
  );
}

export function dialPlanObject(lab: LabState, dialPlan: UmDialPlan): PsObject {
  const gateways = lab.exchange.huntGroups.filter((h) => fold(h.umDialPlan) === fold(dialPlan.name)).map((h) => h.umIpGateway);
  return psObject(
    'Microsoft.Exchange.Data.Directory.SystemConfiguration.UMDialPlan',
    {
      Name: dialPlan.name,
      NumberOfDigitsInExtension: dialPlan.numberOfDigitsInExtension,
      URIType: dialPlan.uriType,
      VoIPSecurity: dialPlan.voipSecurity,
      CountryOrRegionCode: dialPlan.countryOrRegionCode,
      AccessTelephoneNumbers: [...dialPlan.accessTelephoneNumbers],
      PhoneContext: dialPlan.phoneContext,
      DefaultLanguage: dialPlan.defaultLanguage,
      UMIPGateway: [...new Set(gateways)],
      UMAutoAttendants: lab.exchange.autoAttendants.filter((a) => fold(a.umDialPlan) === fold(dialPlan.name)).map((a) => a.name),
      UMMailboxPolicies: lab.exchange.mailboxPolicies.filter((p) => fold(p.dialPlan) === fold(dialPlan.name)).map((p) => p.name),
      Identity: dialPlan.name,
    },
    { tableColumns: ['Name', 'NumberOfDigitsInExtension', 'URIType', 'VoIPSecurity'], display: dialPlan.name },
  );
}

export function mailboxPolicyObject(policy: { name: string; dialPlan: string }): PsObject {
  return psObject(
    'Microsoft.Exchange.Data.Directory.SystemConfiguration.UMMailboxPolicy',
    { Name: policy.name, UMDialPlan: policy.dialPlan, Identity: policy.name },
    { tableColumns: ['Name', 'UMDialPlan'], display: policy.name },
  );
}

export function umServiceObject(server: ExchangeServerState, settings: UmServiceSettings): PsObject {
  return psObject(
    'Microsoft.Exchange.Data.Directory.SystemConfiguration.UMServer',
    {
      Name: shortName(server.fqdn).toUpperCase(),
      DialPlans: [...settings.dialPlans],
      UMStartupMode: settings.umStartupMode,
      UMCertificateThumbprint: settings.certificateThumbprint,
      MaxCallsAllowed: 100,
      IPAddressFamily: 'Any',
      Identity: shortName(server.fqdn).toUpperCase(),
    },
    { tableColumns: ['Name', 'UMStartupMode', 'DialPlans'], display: shortName(server.fqdn).toUpperCase() },
  );
}

export function callRouterObject(server: ExchangeServerState, settings: UmServiceSettings): PsObject {
  return psObject(
    'Microsoft.Exchange.Data.Directory.SystemConfiguration.SIPFEServerConfiguration',
    {
      Name: shortName(server.fqdn).toUpperCase(),
      DialPlans: [...settings.dialPlans],
      UMStartupMode: settings.umStartupMode,
      SipTcpListeningPort: settings.sipTcpListeningPort ?? 5060,
      SipTlsListeningPort: settings.sipTlsListeningPort ?? 5061,
      UMCertificateThumbprint: settings.certificateThumbprint,
      IPAddressFamily: 'Any',
      Identity: shortName(server.fqdn).toUpperCase(),
    },
    { tableColumns: ['Name', 'UMStartupMode', 'DialPlans'], display: shortName(server.fqdn).toUpperCase() },
  );
}

export function ipGatewayObject(lab: LabState, gateway: UmIpGateway): PsObject {
  const huntGroups = lab.exchange.huntGroups.filter((h) => fold(h.umIpGateway) === fold(gateway.name));
  return psObject(
    'Microsoft.Exchange.Data.Directory.SystemConfiguration.UMIPGateway',
    {
      Name: gateway.name,
      Address: gateway.address,
      OutcallsAllowed: gateway.outcallsAllowed,
      MessageWaitingIndicatorAllowed: gateway.messageWaitingIndicatorAllowed,
      Status: gateway.status,
      Port: gateway.port,
      HuntGroups: huntGroups.map((h) => h.name),
      GlobalCallRoutingScheme: 'None',
      Identity: gateway.name,
    },
    { tableColumns: ['Name', 'Address', 'OutcallsAllowed', 'Status'], display: gateway.name },
  );
}

export function huntGroupObject(huntGroup: UmHuntGroup): PsObject {
  return psObject(
    'Microsoft.Exchange.Data.Directory.SystemConfiguration.UMHuntGroup',
    {
      Name: huntGroup.name,
      PilotIdentifier: huntGroup.pilotIdentifier,
      UMDialPlan: huntGroup.umDialPlan,
      UMIPGateway: huntGroup.umIpGateway,
      Identity: `${huntGroup.umIpGateway}\\${huntGroup.name}`,
    },
    { tableColumns: ['Name', 'PilotIdentifier', 'UMDialPlan', 'UMIPGateway'], display: `${huntGroup.umIpGateway}\\${huntGroup.name}` },
  );
}

export function autoAttendantObject(autoAttendant: UmAutoAttendant): PsObject {
  return psObject(
    'Microsoft.Exchange.Data.Directory.SystemConfiguration.UMAutoAttendant',
    {
      Name: autoAttendant.name,
      UMDialPlan: autoAttendant.umDialPlan,
      PilotIdentifierList: [...autoAttendant.pilotIdentifierList],
      SpeechEnabled: autoAttendant.speechEnabled,
      Status: autoAttendant.status,
      Language: autoAttendant.language ?? null,
      Identity: autoAttendant.name,
    },
    { tableColumns: ['Name', 'Status', 'UMDialPlan', 'SpeechEnabled'], display: autoAttendant.name },
  );
}

export function umMailboxObject(user: LabUser): PsObject {
  return psObject(
    'Microsoft.Exchange.Data.Directory.Management.UMMailbox',
    {
      Name: user.displayName,
      UMEnabled: user.um !== null,
      UMMailboxPolicy: user.um?.umMailboxPolicy ?? null,
      Extensions: user.um ? [...user.um.extensions] : [],
      SIPResourceIdentifier: user.um?.sipResourceIdentifier ?? null,
      EmailAddresses: user.um ? [`SMTP:${user.identity}`, ...user.um.extensions.map((e) => `EUM:${e};phone-context=…`)] : [`SMTP:${user.identity}`],
      Identity: user.identity,
    },
    { tableColumns: ['Name', 'UMEnabled', 'Extensions', 'UMMailboxPolicy'], display: user.identity },
  );
}

export function mailboxObject(user: LabUser, server: string): PsObject {
  return psObject(
    'Microsoft.Exchange.Data.Directory.Management.Mailbox',
    { Name: user.displayName, Alias: user.identity.split('@')[0]!, ServerName: shortName(server), UserPrincipalName: user.identity, UMEnabled: user.um !== null, Identity: user.identity },
    { tableColumns: ['Name', 'Alias', 'ServerName'], display: user.identity },
  );
}

export function certificateObject(certificate: ExchangeCertificate, services: string[]): PsObject {
  return psObject(
    'Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate',
    {
      Thumbprint: certificate.thumbprint,
      Subject: certificate.subject,
      Issuer: certificate.issuer,
      CertificateDomains: [...certificate.certificateDomains],
      FriendlyName: certificate.friendlyName,
      Services: services.join(', ') || 'None',
      Status: certificate.status,
      IsSelfSigned: certificate.selfSigned,
      NotAfter: certificate.notAfter,
    },
    { tableColumns: ['Thumbprint', 'Services', 'Subject'], display: certificate.thumbprint },
  );
}

export function poolObject(pool: LyncPoolState, lab: LabState): PsObject {
  const services = [`UserServer:${pool.fqdn}`, `Registrar:${pool.fqdn}`, ...lab.lync.mediationServers.map((m) => `MediationServer:${m}`)];
  return psObject(
    'Microsoft.Rtc.Management.Xds.DisplayPool',
    { Identity: pool.fqdn, Services: services, Computers: [...pool.computers], Fqdn: pool.fqdn, Site: `Site:${pool.site}` },
    { view: 'list', display: pool.fqdn },
  );
}

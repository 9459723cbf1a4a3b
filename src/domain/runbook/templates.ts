import { placeholdersOf } from './template.ts';

/**
 * Every command the runbook generates, written once as a template (see `template.ts` for the
 * placeholder modes). Fixed parts — cmdlet names, enum values such as `Dual`, `$true` — are plain
 * text; everything that comes from the profile is a placeholder, so it can only reach the command
 * through `quote.ts`.
 *
 * The `gui*` templates are not PowerShell: they name a console action for the operator and are
 * rendered as comments.
 */
export const commandTemplates = {
  // Prerequisites (rows 1–3 of DOMAIN-FACTS §3.1): verification only.
  verifyPool: 'Get-CsPool -Identity {pool.fqdn:bare} | Format-List Identity,Site,Computers',
  // Get-CsCertificate has no -ComputerName: it reads the computer it runs on (one per Front End / Mediation Server).
  verifyLyncCertificates: 'Get-CsCertificate | Format-List Use,Subject,AlternativeNames,Issuer,Thumbprint,NotAfter',
  verifyExchangeServer: 'Get-ExchangeServer -Identity {server.fqdn:bare} | Format-List Name,ServerRole,AdminDisplayVersion',

  // Lync media encryption (§8): read it before choosing the dial plans' VoIP security.
  getMediaConfiguration: 'Get-CsMediaConfiguration | Format-List Identity,EncryptionLevel',
  setMediaConfiguration: 'Set-CsMediaConfiguration -Identity global -EncryptionLevel {lync.encryptionLevel:bare}',

  // SIP URI dial plans.
  newUmDialPlan:
    'New-UMDialPlan -Name {dialPlan.name:bare} -URIType {dialPlan.uriType:bare} -VoIPSecurity {dialPlan.voipSecurity:bare} -NumberOfDigitsInExtension {dialPlan.extensionDigits:int} -CountryOrRegionCode {dialPlan.countryCode:bare} -DefaultLanguage {dialPlan.language:bare}',
  newUmDialPlanWithAccessNumbers:
    'New-UMDialPlan -Name {dialPlan.name:bare} -URIType {dialPlan.uriType:bare} -VoIPSecurity {dialPlan.voipSecurity:bare} -NumberOfDigitsInExtension {dialPlan.extensionDigits:int} -CountryOrRegionCode {dialPlan.countryCode:bare} -DefaultLanguage {dialPlan.language:bare} -AccessTelephoneNumbers {dialPlan.accessNumbers:list}',
  // Move an existing dial plan to Secured (procedure move-dial-plan-to-secured); changeable in place.
  setDialPlanSecured: 'Set-UMDialPlan -Identity {dialPlan.name:bare} -VoIPSecurity Secured',
  verifyUmDialPlan:
    'Get-UMDialPlan -Identity {dialPlan.name:bare} | Format-List Name,URIType,VoIPSecurity,NumberOfDigitsInExtension,DefaultLanguage,AccessTelephoneNumbers,PhoneContext',

  // Certificates: request once, import on every server that carries the certificate.
  requestCertificate:
    'New-ExchangeCertificate -Server {server.fqdn:bare} -GenerateRequest -SubjectName {certificate.subject} -DomainName {certificate.san:list} -PrivateKeyExportable $true -FriendlyName {certificate.name} | Set-Content -LiteralPath {certificate.requestPath}',
  importIssuedCertificate:
    'Import-ExchangeCertificate -Server {server.fqdn:bare} -FileData ([System.IO.File]::ReadAllBytes({certificate.issuedPath}))',
  guiExportCertificate: 'EAC > Servers > Certificates > {server.fqdn} > {certificate.name} > Export Exchange certificate > {certificate.pfxPath}',
  importPfxCertificate:
    'Import-ExchangeCertificate -Server {server.fqdn:bare} -FileData ([System.IO.File]::ReadAllBytes({certificate.pfxPath})) -Password (Get-Credential).Password',
  verifyExchangeCertificates:
    'Get-ExchangeCertificate -Server {server.fqdn:bare} | Format-List Thumbprint,Subject,CertificateDomains,Services,NotAfter',
  // With the thumbprint read from the certificate file (the certificate inspector), that one certificate.
  verifyExchangeCertificateByThumbprint:
    'Get-ExchangeCertificate -Server {server.fqdn:bare} -Thumbprint {certificate.thumbprint:bare} | Format-List Thumbprint,Subject,CertificateDomains,Services,NotAfter',

  /*
   * Servers join every SIP dial plan; list modifiers, never a replacing list (INV-12).
   * Set-/Get-UMService identify the server by name, DN, ExchangeLegacyDN or GUID (Set-UMService.md),
   * not by FQDN; Set-/Get-UMCallRouterSettings -Server take the FQDN.
   */
  addUmServiceDialPlans: 'Set-UMService -Identity {server.name:bare} -DialPlans {server.dialPlans:add}',
  addCallRouterDialPlans: 'Set-UMCallRouterSettings -Server {server.fqdn:bare} -DialPlans {server.dialPlans:add}',
  verifyUmService: 'Get-UMService -Identity {server.name:bare} | Format-List DialPlans,UMStartupMode',
  verifyCallRouter:
    'Get-UMCallRouterSettings -Server {server.fqdn:bare} | Format-List DialPlans,UMStartupMode,SipTcpListeningPort,SipTlsListeningPort',

  // Startup mode Dual (Microsoft's recommendation: every server answers every dial plan).
  setUmServiceStartupMode: 'Set-UMService -Identity {server.name:bare} -UMStartupMode Dual',
  setCallRouterStartupMode: 'Set-UMCallRouterSettings -Server {server.fqdn:bare} -UMStartupMode Dual',

  // Assign the certificate to UM / UMCallRouter: only once the startup mode is TLS or Dual (INV-04).
  enableCertificateByThumbprint:
    'Enable-ExchangeCertificate -Server {server.fqdn:bare} -Thumbprint {certificate.thumbprint:bare} -Services {server.certificateServices:list}',
  // Without a thumbprint in the profile, look it up by subject on that server (newest first).
  enableCertificateBySubject:
    'Enable-ExchangeCertificate -Server {server.fqdn:bare} -Thumbprint (Get-ExchangeCertificate -Server {server.fqdn:bare} | Where-Object { $_.Subject -eq {certificate.subject} } | Sort-Object -Property NotAfter -Descending | Select-Object -First 1).Thumbprint -Services {server.certificateServices:list}',

  // Restart, on the server itself (Restart-Service has no -ComputerName in Windows PowerShell 5.1).
  restartUmService: 'Restart-Service -Name MSExchangeUM',
  restartCallRouter: 'Restart-Service -Name MSExchangeUMCR',
  verifyUmServiceRunning: 'Get-Service -Name MSExchangeUM | Format-List Name,Status',
  verifyCallRouterRunning: 'Get-Service -Name MSExchangeUMCR | Format-List Name,Status',

  // Auto attendants: -Status Enabled (the default is Disabled; there is no -Enabled parameter).
  newAutoAttendant:
    'New-UMAutoAttendant -Name {autoAttendant.name:bare} -UMDialPlan {autoAttendant.dialPlan:bare} -PilotIdentifierList {autoAttendant.pilotNumbers:list} -SpeechEnabled {autoAttendant.speechEnabled:bool} -Status Enabled',
  newAutoAttendantWithoutPilot:
    'New-UMAutoAttendant -Name {autoAttendant.name:bare} -UMDialPlan {autoAttendant.dialPlan:bare} -SpeechEnabled {autoAttendant.speechEnabled:bool} -Status Enabled',
  // New-UMAutoAttendant has no -Language: the language is set afterwards, among the dial plan's languages.
  setAutoAttendantLanguage: 'Set-UMAutoAttendant -Identity {autoAttendant.name:bare} -Language {autoAttendant.language:bare}',
  verifyAutoAttendant:
    'Get-UMAutoAttendant -Identity {autoAttendant.name:bare} | Format-List Name,UMDialPlan,PilotIdentifierList,SpeechEnabled,Language,Status',

  /*
   * ExchUcUtil.ps1 calls .\get-ucpool.ps1 by a path relative to the current location: it must run
   * from the Scripts folder. One line, so the folder change can never be copied without the run.
   */
  runExchUcUtil: 'Set-Location -Path $exscripts; .\\ExchUcUtil.ps1',
  verifyUmIpGateways: 'Get-UMIPGateway | Format-List Name,Address,OutcallsAllowed,MessageWaitingIndicatorAllowed,HuntGroups',
  verifyUmHuntGroups: 'Get-UMHuntGroup | Format-List Name,PilotIdentifier,UMDialPlan,UMIPGateway',

  /*
   * Outgoing calls through one gateway only. ExchUcUtil names each gateway after the pool's AD
   * object (a CN such as `1:1`, not predictable from the profile) but always sets its Address to
   * the pool FQDN and matches existing gateways by Address — so the address is the stable key.
   * The guide says "all UM IP gateways except one", including gateways made before the script,
   * hence a filter over every gateway rather than a list of names. `.ToString()` because Address
   * is a UMSmartHost (deserialised in remote EMS), not a string.
   */
  restrictOutcalls:
    'Get-UMIPGateway | Where-Object { $_.Address.ToString() -ne {gateways.outboundPool} } | Set-UMIPGateway -OutcallsAllowed $false',
  verifyOutcalls: 'Get-UMIPGateway | Format-Table -Property Name,Address,OutcallsAllowed',
  // After a re-run of ExchUcUtil: only the outbound pool's gateway may still allow outgoing calls.
  verifyOutcallsOnlyOutbound: 'Get-UMIPGateway | Where-Object { $_.OutcallsAllowed } | Format-List -Property Name,Address',

  /*
   * The Lync Front-End service must be restarted after ExchUcUtil, one pool member at a time.
   * Stopping RTCSRV also stops the services that depend on it (Stop-CsWindowsService.md), so the
   * start names no service: Start-CsWindowsService without -Name starts every Lync service of the
   * computer (Start-CsWindowsService.md), and the check lists them all.
   */
  restartFrontEnd:
    'Get-CsPool -Identity {pool.fqdn:bare} | Select-Object -ExpandProperty Computers | ForEach-Object { Stop-CsWindowsService -Name RTCSRV -ComputerName $_; Start-CsWindowsService -ComputerName $_ }',
  verifyFrontEnd:
    'Get-CsPool -Identity {pool.fqdn:bare} | Select-Object -ExpandProperty Computers | ForEach-Object { Get-CsWindowsService -ComputerName $_ }',

  // Lync dial plans (location profiles).
  // Identity `site:<site>`, `Registrar:<pool FQDN>` or a per-user name (New-CsDialPlan.md).
  newCsDialPlan: 'New-CsDialPlan -Identity {lyncDialPlan.identity:bare} -SimpleName {lyncDialPlan.simpleName:bare}',
  newNormalizationRule:
    'New-CsVoiceNormalizationRule -Identity {normalizationRule.identity} -Pattern {normalizationRule.pattern} -Translation {normalizationRule.translation}',
  verifyCsDialPlan: 'Get-CsDialPlan -Identity {lyncDialPlan.identity:bare} | Format-List Identity,SimpleName,NormalizationRules',

  /*
   * Contacts for auto attendants and subscriber access: OcsUmUtil.exe, a window launched from cmd
   * on a Front End server (DOMAIN-FACTS O8/L6). Its dialog's choices come from the profile, one
   * contact per number, then each contact is checked in Active Directory.
   */
  guiOcsUmUtilContact:
    'OcsUmUtil.exe > Load Data > SIP Dial Plans: {dialPlan.name} > Add > Organizational Unit: {exUmContact.ou} > Name: {exUmContact.name} > SIP Address: {exUmContact.sipAddress} > Server or Pool: {pool.fqdn} > Phone Number: {exUmContact.displayNumber} > Contact Type: {exUmContact.type} > OK',
  guiVerifyContactInAd: 'Active Directory Users and Computers > {exUmContact.ou} > {exUmContact.name} ({exUmContact.sipAddress})',
  /*
   * New-CsExUmContact is documented for hosted Exchange UM (its contacts work only once a hosted
   * voice mail policy applies): shown in the guide as a labelled alternative, never generated
   * next to OcsUmUtil for the same number.
   */
  newExUmContact:
    'New-CsExUmContact -SipAddress {exUmContact.sipAddress:bare} -RegistrarPool {pool.fqdn:bare} -OU {exUmContact.ou} -DisplayNumber {exUmContact.displayNumber} -AutoAttendant {exUmContact.autoAttendant:bool}',
  verifyExUmContact: 'Get-CsExUmContact -Identity {exUmContact.sipAddress:bare} | Format-List Identity,DisplayNumber,AutoAttendant,RegistrarPool',
  openOcsUmUtilFolder2010: 'cd /d "%CommonProgramFiles%\\Microsoft Lync Server 2010\\Support"',
  openOcsUmUtilFolder2013: 'cd /d "%CommonProgramFiles%\\Microsoft Lync Server 2013\\Support"',
  openOcsUmUtilFolder2015: 'cd /d "%CommonProgramFiles%\\Skype for Business Server 2015\\Support"',
  runOcsUmUtil: 'OcsUmUtil.exe',

  // Voice routing per Lync site: PSTN usage, site voice policy, route.
  addPstnUsage: 'Set-CsPstnUsage -Identity global -Usage {site.pstnUsage:add}',
  newVoicePolicy: 'New-CsVoicePolicy -Identity {site.scope:bare} -PstnUsages {site.pstnUsage:add}',
  newVoiceRoute:
    'New-CsVoiceRoute -Identity {site.voiceRoute:bare} -NumberPattern {site.numberPattern} -PstnUsages {site.pstnUsage:add} -PstnGatewayList @{Add=(Get-CsService -PstnGateway | Select-Object -ExpandProperty Identity)}',
  verifyVoicePolicy: 'Get-CsVoicePolicy -Identity {site.scope:bare} | Format-List Identity,PstnUsages',
  verifyVoiceRoute: 'Get-CsVoiceRoute -Identity {site.voiceRoute:bare} | Format-List Identity,NumberPattern,PstnUsages,PstnGatewayList',

  // Users: Lync first (SIP address, Enterprise Voice, line URI), then the UM mailbox.
  enableCsUser: 'Enable-CsUser -Identity {user.identity:bare} -RegistrarPool {user.registrarPool:bare} -SipAddress {user.sipAddress:bare}',
  setCsUserVoice: 'Set-CsUser -Identity {user.identity:bare} -EnterpriseVoiceEnabled $true -LineURI {user.lineUri:bare}',
  grantCsDialPlan: 'Grant-CsDialPlan -Identity {user.identity:bare} -PolicyName {dialPlan.lyncDialPlan:bare}',
  verifyCsUser:
    'Get-CsUser -Identity {user.identity:bare} | Format-List SipAddress,RegistrarPool,EnterpriseVoiceEnabled,LineURI,DialPlan,VoicePolicy',
  // No -PIN: the PIN is system-generated (and expired) so no secret ever sits in a profile or script.
  enableUmMailbox:
    'Enable-UMMailbox -Identity {user.identity:bare} -UMMailboxPolicy {user.mailboxPolicy} -Extensions {user.extension} -SIPResourceIdentifier {user.sipResourceIdentifier:bare}',
  verifyUmMailbox: 'Get-UMMailbox -Identity {user.identity:bare} | Format-List UMEnabled,UMMailboxPolicy,Extensions,SIPResourceIdentifier',

  // End-to-end tests (Lync 2013 and later). Credentials are prompted for, never stored.
  testExUmConnectivity:
    'Test-CsExUMConnectivity -TargetFqdn {user.registrarPool:bare} -UserSipAddress {user.sipAddress:bare} -UserCredential (Get-Credential -Credential {user.identity})',
  testExUmVoiceMail:
    'Test-CsExUMVoiceMail -TargetFqdn {user.registrarPool:bare} -ReceiverSipAddress {receiver.sipAddress:bare} -SenderSipAddress {user.sipAddress:bare} -SenderCredential (Get-Credential -Credential {user.identity})',
} as const satisfies Record<string, string>;

export type TemplateId = keyof typeof commandTemplates;

/** Where a placeholder's value comes from: a profile field, or a value derived from fields. */
export interface PlaceholderSource {
  /** Path in the profile with `[]` for "each element", e.g. `exchange.servers[].fqdn`. */
  profilePath: string;
  /** Set when the value is computed from `profilePath` rather than copied: how. */
  derived?: string;
}

/**
 * Every placeholder name and its source, so documentation tooling (a remark plugin) can check that
 * a placeholder in prose names a real profile field. A test proves each template placeholder is
 * listed here and each `profilePath` exists in the profile schema.
 */
export const placeholderSources = {
  'server.fqdn': { profilePath: 'exchange.servers[].fqdn' },
  'server.name': { profilePath: 'exchange.servers[].fqdn', derived: 'the server name: the first label of its FQDN' },
  'server.dialPlans': { profilePath: 'dialPlans[].name', derived: 'every SIP URI dial plan' },
  'server.certificateServices': {
    profilePath: 'exchange.servers[].roles',
    derived: 'UM on servers running MSExchangeUM, UMCallRouter on servers running MSExchangeUMCR',
  },
  'pool.fqdn': { profilePath: 'lync.pools[].fqdn' },
  'lync.encryptionLevel': { profilePath: 'lync.encryptionLevel' },
  'dialPlan.name': { profilePath: 'dialPlans[].name' },
  'dialPlan.uriType': { profilePath: 'dialPlans[].uriType' },
  'dialPlan.voipSecurity': { profilePath: 'dialPlans[].voipSecurity' },
  'dialPlan.extensionDigits': { profilePath: 'dialPlans[].extensionDigits' },
  'dialPlan.countryCode': { profilePath: 'dialPlans[].countryCode' },
  'dialPlan.accessNumbers': { profilePath: 'dialPlans[].accessNumbers' },
  'dialPlan.lyncDialPlan': { profilePath: 'dialPlans[].lyncDialPlan' },
  'dialPlan.language': { profilePath: 'dialPlans[].language' },
  'certificate.name': { profilePath: 'certificates[].name' },
  'certificate.subject': { profilePath: 'certificates[].subject' },
  'certificate.san': { profilePath: 'certificates[].san' },
  'certificate.thumbprint': { profilePath: 'certificates[].thumbprint' },
  'certificate.requestPath': { profilePath: 'certificates[].name', derived: 'C:\\Passerelle\\certificates\\<name>.req' },
  'certificate.issuedPath': { profilePath: 'certificates[].name', derived: 'C:\\Passerelle\\certificates\\<name>.cer' },
  'certificate.pfxPath': { profilePath: 'certificates[].name', derived: 'C:\\Passerelle\\certificates\\<name>.pfx' },
  'gateways.outboundPool': { profilePath: 'gateways.outboundPool' },
  'autoAttendant.name': { profilePath: 'autoAttendants[].name' },
  'autoAttendant.dialPlan': { profilePath: 'autoAttendants[].dialPlan' },
  'autoAttendant.pilotNumbers': { profilePath: 'autoAttendants[].pilotNumbers' },
  'autoAttendant.speechEnabled': { profilePath: 'autoAttendants[].speechEnabled' },
  'autoAttendant.language': { profilePath: 'autoAttendants[].dialPlan', derived: 'the language of the auto attendant’s dial plan' },
  'lyncDialPlan.identity': {
    profilePath: 'dialPlans[].lyncDialPlan',
    derived: 'site:<site>, Registrar:<pool FQDN> or the per-user name, prefix spelled as documented',
  },
  'lyncDialPlan.simpleName': { profilePath: 'dialPlans[].lyncDialPlan', derived: 'the site, the pool FQDN or the per-user name' },
  'normalizationRule.identity': { profilePath: 'dialPlans[].lyncDialPlan', derived: '<dial plan identity>/<n>DigitExtensions' },
  'normalizationRule.pattern': { profilePath: 'dialPlans[].extensionDigits', derived: '^(\\d{n})$' },
  'normalizationRule.translation': {
    profilePath: 'users[].lineUri',
    derived: 'the E.164 prefix shared by the dial plan users’ line URIs, then $1',
  },
  'exUmContact.sipAddress': {
    profilePath: 'organization.sipDomain',
    derived: 'sip:<auto attendant>.AutoAttendant@<sipDomain> or sip:<dial plan>.SubscriberAccess@<sipDomain>',
  },
  'exUmContact.ou': { profilePath: 'organization.sipDomain', derived: 'OU=Exchange UM Contacts,DC=<each label>' },
  'exUmContact.displayNumber': { profilePath: 'autoAttendants[].pilotNumbers', derived: 'or dialPlans[].accessNumbers' },
  'exUmContact.name': { profilePath: 'autoAttendants[].name', derived: '<auto attendant> Auto Attendant or <dial plan> Subscriber Access' },
  'exUmContact.type': { profilePath: 'autoAttendants', derived: 'Auto Attendant for an auto attendant, Subscriber Access for a dial plan’s access number' },
  'exUmContact.autoAttendant': { profilePath: 'autoAttendants', derived: 'true for an auto attendant, false for subscriber access' },
  'site.scope': { profilePath: 'lync.pools[].site', derived: 'site:<site>' },
  'site.pstnUsage': { profilePath: 'lync.pools[].site', derived: 'PSTN-<site>' },
  'site.voiceRoute': { profilePath: 'lync.pools[].site', derived: 'PSTN-<site>' },
  'site.numberPattern': { profilePath: 'lync.pools[].site', derived: 'every E.164 number: ^\\+\\d+$' },
  'user.identity': { profilePath: 'users[].identity' },
  'user.sipAddress': { profilePath: 'users[].sipAddress' },
  'user.lineUri': { profilePath: 'users[].lineUri' },
  'user.extension': { profilePath: 'users[].extension' },
  'user.mailboxPolicy': { profilePath: 'users[].mailboxPolicy', derived: 'or "<dial plan> Default Policy"' },
  'user.sipResourceIdentifier': { profilePath: 'users[].sipAddress', derived: 'without the sip: prefix' },
  'user.registrarPool': {
    profilePath: 'users[].dialPlan',
    derived: 'the pool whose site is the Lync dial plan of the user’s UM dial plan, else the first Front End pool',
  },
  'receiver.sipAddress': { profilePath: 'users[].sipAddress', derived: 'another user than the sender' },
} as const satisfies Record<string, PlaceholderSource>;

export type PlaceholderName = keyof typeof placeholderSources;

/** The placeholder names each template uses (deduplicated, in order of first use). */
export const templatePlaceholders: Readonly<Record<TemplateId, readonly string[]>> = Object.fromEntries(
  Object.entries(commandTemplates).map(([id, template]) => [id, [...new Set(placeholdersOf(template).map((p) => p.name))]]),
) as unknown as Record<TemplateId, readonly string[]>;

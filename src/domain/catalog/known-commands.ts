/**
 * Commands that are real but have no parameter data in the catalogs: well-known Windows PowerShell
 * 5.1 cmdlets, other Exchange 2013/2016 and Lync/SfB cmdlets, native programs and the two Exchange
 * scripts of the integration. The linter knows them (no "unknown cmdlet" finding, a shell to check)
 * but cannot check their parameters — except for ExchUcUtil.ps1, whose `param()` block is known.
 */
import type { CatalogCmdletJson } from './types.ts';

/** Where a command can run: a management shell, any PowerShell, or cmd.exe. */
export type CommandShell = 'exchange' | 'lync' | 'core' | 'cmd';

const core = `Add-Content Add-Member Add-PSSnapin Add-Type Clear-Content Clear-Host Clear-Item Clear-Variable
Compare-Object ConvertFrom-Csv ConvertFrom-Json ConvertFrom-SecureString ConvertFrom-StringData ConvertTo-Csv
ConvertTo-Html ConvertTo-Json ConvertTo-SecureString ConvertTo-Xml Copy-Item Disable-PSRemoting Enable-PSRemoting
Exit-PSSession Export-Clixml Export-Csv Export-ModuleMember Export-PSSession Format-Custom Format-Wide Get-Acl
Get-Alias Get-CimInstance Get-Culture Get-Date Get-Event Get-EventLog Get-ExecutionPolicy Get-History Get-Host
Get-HotFix Get-Member Get-Module Get-NetAdapter Get-NetFirewallRule Get-NetIPAddress Get-NetIPConfiguration
Get-NetTCPConnection Get-PfxCertificate Get-Process Get-PSDrive Get-PSProvider Get-PSSession Get-PSSnapin
Get-Random Get-TimeZone Get-Unique Get-Variable Get-WinEvent Get-WmiObject Get-WindowsFeature Group-Object
Import-Clixml Import-Csv Import-PfxCertificate Install-WindowsFeature Invoke-Expression Invoke-Item
Invoke-RestMethod Invoke-WebRequest Invoke-WmiMethod Join-Path Measure-Command Measure-Object Move-Item
New-Item New-ItemProperty New-NetFirewallRule New-Object New-PSDrive New-PSSessionOption New-SelfSignedCertificate
New-TimeSpan New-Variable Out-Default Out-GridView Out-Host Out-Null Out-Printer Out-String Pop-Location
Read-Host Receive-Job Register-PSSessionConfiguration Remove-Item Remove-ItemProperty Remove-Module
Remove-PSDrive Remove-PSSession Remove-PSSnapin Remove-Variable Rename-Item Resolve-Path Restart-Computer
Select-String Select-Xml Send-MailMessage Set-Acl Set-Alias Set-Date Set-ExecutionPolicy Set-Item
Set-ItemProperty Set-PSDebug Set-Service Set-StrictMode Set-Variable Split-Path Start-Job Start-Process
Start-Sleep Start-Transcript Stop-Computer Stop-Job Stop-Process Stop-Transcript Tee-Object Test-Connection
Test-WSMan Trace-Command Unblock-File Update-Help Wait-Job Wait-Process Write-Debug Write-Error Write-Host
Write-Information Write-Progress Write-Verbose Write-Warning Get-ItemProperty Get-Job Remove-Job Export-Certificate
Import-Certificate Get-Certificate Get-DnsClientServerAddress Clear-DnsClientCache Get-SmbShare Get-Counter
Get-ADUser Set-ADUser Get-ADGroup Get-ADGroupMember Add-ADGroupMember Get-ADComputer Get-ADObject Set-ADObject
Get-ADOrganizationalUnit Get-ADDomain Get-ADForest Get-ADDomainController Get-ADServiceAccount`;

const exchange = `Add-ADPermission Get-ADPermission Get-ClientAccessServer Get-ClientAccessService Get-ExchangeServerAccessLicense
Get-Recipient Get-User Set-User Get-MailboxDatabase Get-MailboxServer Set-Mailbox Set-MailboxServer Get-MailUser
Get-OrganizationConfig Get-AcceptedDomain Get-Contact Get-MailContact Get-ServerHealth Get-HealthReport
Get-ServerComponentState Set-ServerComponentState Test-ServiceHealth Get-ExchangeDiagnosticInfo Get-EventLogLevel
Set-EventLogLevel Export-ExchangeCertificate Remove-ExchangeCertificate Get-ExchangeCertificate
Get-UMActiveCalls Get-UMCallDataRecord Get-UMCallSummaryReport Export-UMCallDataRecord Get-UMMailboxPIN
Get-UMMailboxPlayOnPhone Set-UMMailboxPlayOnPhone Get-UMCallAnsweringRule New-UMCallAnsweringRule
Set-UMCallAnsweringRule Remove-UMCallAnsweringRule Enable-UMCallAnsweringRule Disable-UMCallAnsweringRule
Remove-UMDialPlan Remove-UMAutoAttendant Disable-UMAutoAttendant Remove-UMMailboxPolicy Copy-UMCustomPrompt
Export-UMPrompt Import-UMPrompt Get-UMMailboxConfiguration Set-UMMailboxConfiguration Get-UMPhoneSession
Start-UMPhoneSession Stop-UMPhoneSession Test-ExchangeUMCallFlow Get-UMCallRouterSettings Get-ExchangeServer
New-UMCallAnsweringRule Get-TransportService Get-FrontendTransportService Get-DatabaseAvailabilityGroup
Get-MailboxDatabaseCopyStatus Test-MAPIConnectivity Get-OwaVirtualDirectory Get-Queue`;

const lync = `Get-CsTopology Publish-CsTopology Enable-CsTopology Get-CsSite Get-CsComputer Get-CsAdUser Disable-CsUser
Move-CsUser Get-CsVoiceNormalizationRule Set-CsVoiceNormalizationRule Remove-CsVoiceNormalizationRule
Test-CsVoiceNormalizationRule Remove-CsDialPlan Test-CsDialPlan Set-CsVoicePolicy Remove-CsVoicePolicy
Remove-CsVoiceRoute Test-CsVoiceRoute Test-CsVoiceUser Test-CsVoicePolicy Move-CsExUmContact
Get-CsTrunkConfiguration Set-CsTrunkConfiguration New-CsTrunkConfiguration Get-CsTrustedApplication
Get-CsTrustedApplicationPool Get-CsManagementStoreReplicationStatus Invoke-CsManagementStoreReplication
Get-CsServerVersion Get-CsRegistrarConfiguration Get-CsMediationServer Get-CsExUmContact Set-CsHostedVoicemailPolicy
New-CsHostedVoicemailPolicy Remove-CsHostedVoicemailPolicy Get-CsClientPolicy Set-CsClientPolicy Get-CsAccessEdgeConfiguration
Test-CsRegistration Test-CsPhoneBootstrap Test-CsPstnOutboundCall Test-CsPstnPeerToPeerCall Test-CsTopology
Enable-CsComputer Get-CsCertificate Get-CsDatabase Install-CsDatabase Set-CsUser Get-CsUser Get-CsPool
Start-CsPool Get-CsPoolUpgradeReadinessState Get-CsHealthMonitoringConfiguration New-CsHealthMonitoringConfiguration
Get-CsPstnUsage Get-CsSimpleUrlConfiguration Get-CsDialInConferencingAccessNumber Get-CsVoiceConfiguration
Get-CsTestUserCredential Set-CsTestUserCredential Get-CsVoiceTestConfiguration Test-CsClientAuth
Grant-CsClientPolicy Grant-CsConferencingPolicy Get-CsConferencingPolicy`;

/** Cmdlet names that are real but not described by the catalogs, by shell. */
export const knownCmdletNames: Readonly<Record<'core' | 'exchange' | 'lync', readonly string[]>> = {
  core: core.split(/\s+/).filter(Boolean),
  exchange: exchange.split(/\s+/).filter(Boolean),
  lync: lync.split(/\s+/).filter(Boolean),
};

/**
 * Built-in Windows PowerShell 5.1 aliases (and the `help`/`mkdir` functions) beyond the 33 the core
 * catalog documents, so everyday shorthand such as `cls`, `sleep 5` or `help Set-UMService` is
 * recognised. Lower-case alias → command name.
 */
export const extraAliases: Readonly<Record<string, string>> = {
  cls: 'Clear-Host', clear: 'Clear-Host', sleep: 'Start-Sleep', help: 'Get-Help', man: 'Get-Help', gm: 'Get-Member',
  measure: 'Measure-Object', group: 'Group-Object', tee: 'Tee-Object', iex: 'Invoke-Expression', iwr: 'Invoke-WebRequest',
  irm: 'Invoke-RestMethod', curl: 'Invoke-WebRequest', wget: 'Invoke-WebRequest', copy: 'Copy-Item', cp: 'Copy-Item',
  cpi: 'Copy-Item', del: 'Remove-Item', erase: 'Remove-Item', rm: 'Remove-Item', ri: 'Remove-Item', rd: 'Remove-Item',
  rmdir: 'Remove-Item', move: 'Move-Item', mv: 'Move-Item', mi: 'Move-Item', ren: 'Rename-Item', rni: 'Rename-Item',
  ni: 'New-Item', mkdir: 'New-Item', md: 'New-Item', kill: 'Stop-Process', ps: 'Get-Process', gps: 'Get-Process',
  gwmi: 'Get-WmiObject', gal: 'Get-Alias', gv: 'Get-Variable', sv: 'Set-Variable', set: 'Set-Variable', h: 'Get-History',
  history: 'Get-History', ghy: 'Get-History', popd: 'Pop-Location', ac: 'Add-Content', clc: 'Clear-Content',
  gp: 'Get-ItemProperty', sp: 'Set-ItemProperty', ogv: 'Out-GridView', oh: 'Out-Host', rvpa: 'Resolve-Path',
  sajb: 'Start-Job', start: 'Start-Process', saps: 'Start-Process', diff: 'Compare-Object', compare: 'Compare-Object',
  fw: 'Format-Wide', fc: 'Format-Custom', exsn: 'Exit-PSSession', gsn: 'Get-PSSession', rsn: 'Remove-PSSession',
  gmo: 'Get-Module', rmo: 'Remove-Module', ipcsv: 'Import-Csv', epcsv: 'Export-Csv', gci: 'Get-ChildItem',
};

/** A native program or script: where it runs and, for scripts, their `param()` block. */
export interface NativeCommandSpec {
  /** Canonical spelling, e.g. `OcsUmUtil.exe`. */
  name: string;
  kind: 'exe' | 'script' | 'cmd-builtin';
  /** Shells where running it makes sense; `any` = every shell. */
  shells: readonly (CommandShell | 'any')[];
  /** For scripts with a known `param()` block: its parameters, in catalog form, so they are checked. */
  script?: CatalogCmdletJson;
}

const param = (type: string, position: number | null, isSwitch = false) => ({
  type,
  switch: isSwitch,
  position,
  aliases: [],
  sets: ['__AllParameterSets'],
  requiredIn: [],
  enum: null,
  enumSource: null,
  enumConfidence: null,
  constraint: null,
  appliesTo: [],
  pipelineInput: 'False',
  multiValue: false,
});

/**
 * ExchUcUtil.ps1 declares `param($Forest = $null, [Switch]$Verify)` with no [CmdletBinding()]:
 * `-Forest` is positional (first), `-Verify` a switch, and no common parameters exist (DOMAIN-FACTS §6).
 */
const exchUcUtil: CatalogCmdletJson = {
  shell: 'exchange',
  appliesTo: ['Exchange Server 2013', 'Exchange Server 2016'],
  sourcePath: 'ExchUcUtil.ps1 (DOMAIN-FACTS §6)',
  defaultParameterSet: null,
  parameterSets: [{ name: '__AllParameterSets', required: [], optional: ['Forest', 'Verify'], positional: ['Forest'] }],
  parameters: { Forest: param('Object', 0), Verify: param('SwitchParameter', null, true) },
};

/** Native programs, cmd.exe built-ins and known scripts, keyed by lower-case name (with and without `.exe`). */
export const nativeCommands: readonly NativeCommandSpec[] = [
  { name: 'ExchUcUtil.ps1', kind: 'script', shells: ['exchange'], script: exchUcUtil },
  { name: 'Get-UCPool.ps1', kind: 'script', shells: ['exchange'] },
  { name: 'OcsUmUtil.exe', kind: 'exe', shells: ['lync', 'cmd'] },
  ...[
    'net', 'net1', 'sc', 'ipconfig', 'ping', 'nslookup', 'certutil', 'netstat', 'netsh', 'whoami', 'hostname',
    'tracert', 'telnet', 'powershell', 'cmd', 'notepad', 'mmc', 'klist', 'setspn', 'dcdiag', 'repadmin',
    'iisreset', 'cscript', 'wscript', 'msiexec', 'robocopy', 'xcopy', 'findstr', 'tasklist', 'taskkill',
    'nltest', 'gpupdate', 'w32tm', 'shutdown', 'certreq', 'portqry', 'setup', 'ldifde', 'csvde', 'dsquery', 'timeout',
  ].map((name): NativeCommandSpec => ({ name: `${name}.exe`, kind: 'exe', shells: ['any'] })),
  ...[
    'cd', 'chdir', 'echo', 'set', 'rem', 'pushd', 'popd', 'start', 'cls', 'dir', 'copy', 'del', 'erase', 'type',
    'exit', 'if', 'for', 'call', 'title', 'pause', 'ver', 'md', 'mkdir', 'rd', 'rmdir', 'move', 'ren', 'setlocal',
    'endlocal', 'goto', 'shift', 'path', 'prompt', 'color', 'vol', 'verify', 'mklink', 'assoc',
  ].map((name): NativeCommandSpec => ({ name, kind: 'cmd-builtin', shells: ['cmd'] })),
];

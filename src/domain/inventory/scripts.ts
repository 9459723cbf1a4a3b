/**
 * Read-only inventory scripts, one per management shell: they collect what an existing deployment
 * has (dial plans, UM services and call-router settings, certificates, gateways and hunt groups,
 * auto attendants; Lync pools, media configuration, dial plans, Exchange UM contacts…) and print
 * one JSON document with `ConvertTo-Json -Depth`. Only `Get-*` cmdlets, `Where-Object`,
 * `Select-Object` and `ConvertTo-Json` are used — a test proves it with the project's parser, and
 * that both lint clean; another runs them in the lab and reads their output back
 * (test/domain/inventory/roundtrip.test.ts). `src/domain/inventory/document.ts` reads the output.
 *
 * Enum and collection values are cast to strings in calculated properties, so the document says
 * `"Dual"`, never the enum's number, whether the shell is local or remote (deserialised objects).
 */

/** The inventory document's format name and the schema version these scripts write. */
export const inventoryFormat = 'passerelle-inventory';
export const inventorySchemaVersion = 1;

/** The shells an inventory script exists for. */
export const inventoryShells = ['exchange', 'lync'] as const;
export type InventoryShell = (typeof inventoryShells)[number];

/** `Name` as a string, `@{Name='X'; Expression={ [string]$_.X }}`, `@{…[string[]]…}` for lists. */
function text(name: string): string {
  return `@{Name='${name}'; Expression={ [string]$_.${name} }}`;
}
function list(name: string): string {
  return `@{Name='${name}'; Expression={ [string[]]@($_.${name}) }}`;
}

/** One `key = @(Get-X | Select-Object -Property …)` line of the inventory hashtable. */
function collect(key: string, command: string, properties: readonly string[]): string {
  return `    ${key} = @(${command} | Select-Object -Property ${properties.join(', ')})`;
}

const header = (shell: InventoryShell, title: string) => [
  `# Passerelle inventory: ${title}. Read-only: Get-* cmdlets, Where-Object, Select-Object and ConvertTo-Json only.`,
  '# Run it in that shell, save what it prints (for example: > inventory.json) and import it on the profile page',
  '# or with: passerelle drift --profile P inventory.json',
  '$inventory = @{',
  `    format = '${inventoryFormat}'`,
  `    schemaVersion = ${inventorySchemaVersion}`,
  `    shell = '${shell}'`,
  // The machine it ran on: Get-ExchangeCertificate and Get-CsCertificate read that computer's store only.
  '    computer = $env:COMPUTERNAME',
];

/** The inventory scripts' text, by shell. */
export const inventoryScripts: Readonly<Record<InventoryShell, string>> = {
  exchange: [
    ...header('exchange', 'Exchange Management Shell'),
    collect('dialPlans', 'Get-UMDialPlan', ['Name', text('URIType'), text('VoIPSecurity'), 'NumberOfDigitsInExtension', text('CountryOrRegionCode'), list('AccessTelephoneNumbers'), text('DefaultLanguage')]),
    collect('umServices', 'Get-UMService', ['Name', list('DialPlans'), text('UMStartupMode'), 'UMCertificateThumbprint']),
    // The call router runs on Client Access servers (2013) and on Mailbox servers (2016): ask those only.
    collect('callRouters', `Get-ExchangeServer | Where-Object { $_.ServerRole -match 'ClientAccess' -or ($_.ServerRole -match 'Mailbox' -and [string]$_.AdminDisplayVersion -match '^Version 15\\.1') } | Get-UMCallRouterSettings`, [text('Identity'), list('DialPlans'), text('UMStartupMode'), 'UMCertificateThumbprint']),
    collect('certificates', 'Get-ExchangeCertificate', ['Thumbprint', 'Subject', list('CertificateDomains'), 'Issuer', 'FriendlyName', text('Services'), text('NotAfter')]),
    collect('gateways', 'Get-UMIPGateway', ['Name', text('Address'), 'OutcallsAllowed']),
    collect('huntGroups', 'Get-UMHuntGroup', ['Name', 'PilotIdentifier', text('UMDialPlan'), text('UMIPGateway')]),
    collect('autoAttendants', 'Get-UMAutoAttendant', ['Name', text('UMDialPlan'), list('PilotIdentifierList'), 'SpeechEnabled', text('Status')]),
    collect('servers', 'Get-ExchangeServer', ['Name', 'Fqdn', text('ServerRole'), text('AdminDisplayVersion')]),
    '}',
    '$inventory | ConvertTo-Json -Depth 4',
    '',
  ].join('\n'),
  lync: [
    ...header('lync', 'Lync Server Management Shell'),
    collect('pools', 'Get-CsPool', [text('Identity'), text('Site'), list('Computers'), list('Services')]),
    collect('mediaConfiguration', 'Get-CsMediaConfiguration', [text('Identity'), text('EncryptionLevel')]),
    collect('dialPlans', 'Get-CsDialPlan', [text('Identity'), 'SimpleName', list('NormalizationRules')]),
    collect('exUmContacts', 'Get-CsExUmContact', [text('Identity'), 'SipAddress', 'DisplayNumber', 'AutoAttendant', text('RegistrarPool')]),
    collect('certificates', 'Get-CsCertificate', [text('Use'), 'Subject', list('AlternativeNames'), 'Issuer', 'Thumbprint', text('NotAfter')]),
    collect('voicePolicies', 'Get-CsVoicePolicy', [text('Identity'), list('PstnUsages')]),
    collect('voiceRoutes', 'Get-CsVoiceRoute', [text('Identity'), 'NumberPattern', list('PstnUsages'), list('PstnGatewayList')]),
    '}',
    '$inventory | ConvertTo-Json -Depth 4',
    '',
  ].join('\n'),
};

/** The cmdlets an inventory script may call: reading ones, and the two that shape its output. */
export function isInventoryCmdlet(name: string): boolean {
  return /^(Get|Test)-\w+$/i.test(name) || /^(ConvertTo-Json|Select-Object|Where-Object)$/i.test(name);
}

/**
 * Reading what the inventory scripts printed: one JSON document per shell, pasted or saved to a
 * file, possibly both one after the other. The reader checks the format name and the schema
 * version, then turns each document into plain typed records (`Inventory`), tolerant of how
 * Windows PowerShell serialises: a one-item list printed as its item, an empty list as `null`,
 * Booleans as `true` or `"True"`. It never throws; a refusal is a code and parameters, worded by
 * `inventory.problem.*` in the dictionaries.
 */
import { inventoryFormat, inventorySchemaVersion, inventoryShells, type InventoryShell } from './scripts.ts';

/** Longest inventory text read (a large organisation prints a few hundred kilobytes). */
export const INVENTORY_MAX_CHARACTERS = 4_000_000;

export interface InventoryDialPlan {
  name: string;
  uriType: string;
  voipSecurity: string;
  extensionDigits: number | null;
  countryCode: string;
  accessNumbers: string[];
  language: string;
}

/** The UM service (MSExchangeUM) or call router (MSExchangeUMCR) settings of one server. */
export interface InventoryUmSettings {
  /** The server's name as the cmdlet prints it (`MBX01`). */
  server: string;
  dialPlans: string[];
  startupMode: string;
  certificateThumbprint: string;
}

export interface InventoryCertificate {
  thumbprint: string;
  subject: string;
  san: string[];
  issuer: string;
  friendlyName: string;
  services: string;
  notAfter: string;
}

export interface InventoryExchange {
  computer: string;
  servers: { name: string; fqdn: string; roles: string[]; version: '2013' | '2016' | null }[];
  dialPlans: InventoryDialPlan[];
  umServices: InventoryUmSettings[];
  callRouters: InventoryUmSettings[];
  certificates: InventoryCertificate[];
  gateways: { name: string; address: string; outcallsAllowed: boolean }[];
  huntGroups: { name: string; pilotIdentifier: string; dialPlan: string; gateway: string }[];
  autoAttendants: { name: string; dialPlan: string; pilotNumbers: string[]; speechEnabled: boolean; status: string }[];
}

export interface InventoryLync {
  computer: string;
  pools: { fqdn: string; site: string; computers: string[]; services: string[] }[];
  /** EncryptionLevel by scope (`Global`, `Site:Paris`). */
  mediaConfigurations: { identity: string; encryptionLevel: string }[];
  dialPlans: { identity: string; simpleName: string }[];
  exUmContacts: { sipAddress: string; displayNumber: string; autoAttendant: boolean; registrarPool: string }[];
  certificates: { use: string; subject: string; san: string[]; issuer: string; thumbprint: string; notAfter: string }[];
  voicePolicies: { identity: string; pstnUsages: string[] }[];
  voiceRoutes: { identity: string; numberPattern: string; pstnUsages: string[] }[];
}

/** One organisation as the scripts read it: the Exchange part, the Lync part, or both. */
export interface Inventory {
  exchange?: InventoryExchange;
  lync?: InventoryLync;
}

/** Why a text is not read as an inventory (`inventory.problem.<code>`). */
export type InventoryProblem =
  | { code: 'empty'; params: Record<string, never> }
  | { code: 'tooLarge'; params: { size: number; limit: number } }
  | { code: 'binary'; params: Record<string, never> }
  | { code: 'invalidJson'; params: { detail: string } }
  | { code: 'notInventory'; params: { found: string } }
  | { code: 'newerSchema'; params: { version: string; supported: number } }
  | { code: 'unknownSchema'; params: { version: string; supported: number } }
  | { code: 'unknownShell'; params: { shell: string } }
  | { code: 'sameShellTwice'; params: { shell: InventoryShell } }
  | { code: 'tooManyDocuments'; params: { count: number } };

export type InventoryReadResult = { ok: true; inventory: Inventory } | { ok: false; problem: InventoryProblem };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isRecord = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Bytes of a saved inventory as text. Windows PowerShell 5.1's `>` writes UTF-16 LE with a byte
 * order mark, `Out-File -Encoding utf8` UTF-8 with one; both are read, and UTF-8 without a mark.
 */
export function decodeInventoryBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Splits text into its top-level JSON values (`{…}{…}`, or `{…}` then `{…}` on the next lines),
 * skipping strings so braces inside values do not count. Returns the pieces, or null when the
 * text holds something that is not a JSON object or list at the top level.
 */
function topLevelValues(text: string): string[] | null {
  const pieces: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth < 0) return null;
      if (depth === 0) pieces.push(text.slice(start, i + 1));
    } else if (depth === 0 && !/\s/.test(text[i]!)) return null;
  }
  if (depth !== 0 || inString) return null;
  return pieces;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // A SyntaxError, or a RangeError for absurd nesting: either way, not an inventory.
    return { ok: false, detail: error instanceof Error ? error.message.slice(0, 160) : 'invalid' };
  }
}

// ── Tolerant field readers ──────────────────────────────────────────────────────────────────

/** A JSON value as text: `null` is empty, numbers and Booleans as PowerShell prints them. */
function text(value: Json | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return value.map(text).join(', ');
  return '';
}

/** A list: PowerShell prints a one-item list as its item and an empty one as `null`. */
function list(value: Json | undefined): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map(text).filter((v) => v !== '');
  const one = text(value);
  return one === '' ? [] : [one];
}

function bool(value: Json | undefined): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

function integer(value: Json | undefined): number | null {
  const n = typeof value === 'number' ? value : Number(text(value));
  return Number.isInteger(n) ? n : null;
}

/** The records of a collection: a list of objects, or one object printed alone. */
function records(value: Json | undefined): JsonObject[] {
  if (Array.isArray(value)) return value.filter(isRecord);
  return isRecord(value) ? [value] : [];
}

/** A property, whatever its case (PowerShell names are case-insensitive). */
function field(record: JsonObject, name: string): Json | undefined {
  if (Object.hasOwn(record, name)) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

const exchangeVersionOf = (adminDisplayVersion: string): '2013' | '2016' | null =>
  /Version 15\.0\b/.test(adminDisplayVersion) ? '2013' : /Version 15\.1\b/.test(adminDisplayVersion) ? '2016' : null;

function umSettings(record: JsonObject): InventoryUmSettings {
  return {
    server: text(field(record, 'Name')) || text(field(record, 'Identity')),
    dialPlans: list(field(record, 'DialPlans')),
    startupMode: text(field(record, 'UMStartupMode')),
    certificateThumbprint: text(field(record, 'UMCertificateThumbprint')).toUpperCase(),
  };
}

function readExchange(doc: JsonObject): InventoryExchange {
  const at = (name: string) => records(field(doc, name));
  return {
    computer: text(field(doc, 'computer')),
    servers: at('servers').map((r) => ({
      name: text(field(r, 'Name')),
      fqdn: text(field(r, 'Fqdn')),
      roles: text(field(r, 'ServerRole')).split(/[,\s]+/).filter(Boolean),
      version: exchangeVersionOf(text(field(r, 'AdminDisplayVersion'))),
    })),
    dialPlans: at('dialPlans').map((r) => ({
      name: text(field(r, 'Name')),
      uriType: text(field(r, 'URIType')),
      voipSecurity: text(field(r, 'VoIPSecurity')),
      extensionDigits: integer(field(r, 'NumberOfDigitsInExtension')),
      countryCode: text(field(r, 'CountryOrRegionCode')),
      accessNumbers: list(field(r, 'AccessTelephoneNumbers')),
      language: text(field(r, 'DefaultLanguage')),
    })),
    umServices: at('umServices').map(umSettings),
    callRouters: at('callRouters').map(umSettings),
    certificates: at('certificates').map((r) => ({
      thumbprint: text(field(r, 'Thumbprint')).toUpperCase(),
      subject: text(field(r, 'Subject')),
      san: list(field(r, 'CertificateDomains')),
      issuer: text(field(r, 'Issuer')),
      friendlyName: text(field(r, 'FriendlyName')),
      services: text(field(r, 'Services')),
      notAfter: text(field(r, 'NotAfter')),
    })),
    gateways: at('gateways').map((r) => ({ name: text(field(r, 'Name')), address: text(field(r, 'Address')), outcallsAllowed: bool(field(r, 'OutcallsAllowed')) })),
    huntGroups: at('huntGroups').map((r) => ({
      name: text(field(r, 'Name')),
      pilotIdentifier: text(field(r, 'PilotIdentifier')),
      dialPlan: text(field(r, 'UMDialPlan')),
      gateway: text(field(r, 'UMIPGateway')),
    })),
    autoAttendants: at('autoAttendants').map((r) => ({
      name: text(field(r, 'Name')),
      dialPlan: text(field(r, 'UMDialPlan')),
      pilotNumbers: list(field(r, 'PilotIdentifierList')),
      speechEnabled: bool(field(r, 'SpeechEnabled')),
      status: text(field(r, 'Status')),
    })),
  };
}

function readLync(doc: JsonObject): InventoryLync {
  const at = (name: string) => records(field(doc, name));
  return {
    computer: text(field(doc, 'computer')),
    pools: at('pools').map((r) => ({
      fqdn: text(field(r, 'Identity')),
      // Get-CsPool prints the site as its identity, `Site:Paris`.
      site: text(field(r, 'Site')).replace(/^site:/i, ''),
      computers: list(field(r, 'Computers')),
      services: list(field(r, 'Services')),
    })),
    mediaConfigurations: at('mediaConfiguration').map((r) => ({ identity: text(field(r, 'Identity')), encryptionLevel: text(field(r, 'EncryptionLevel')) })),
    dialPlans: at('dialPlans').map((r) => ({ identity: text(field(r, 'Identity')), simpleName: text(field(r, 'SimpleName')) })),
    exUmContacts: at('exUmContacts').map((r) => ({
      sipAddress: text(field(r, 'SipAddress')),
      displayNumber: text(field(r, 'DisplayNumber')),
      autoAttendant: bool(field(r, 'AutoAttendant')),
      registrarPool: text(field(r, 'RegistrarPool')),
    })),
    certificates: at('certificates').map((r) => ({
      use: text(field(r, 'Use')),
      subject: text(field(r, 'Subject')),
      san: list(field(r, 'AlternativeNames')),
      issuer: text(field(r, 'Issuer')),
      thumbprint: text(field(r, 'Thumbprint')).toUpperCase(),
      notAfter: text(field(r, 'NotAfter')),
    })),
    voicePolicies: at('voicePolicies').map((r) => ({ identity: text(field(r, 'Identity')), pstnUsages: list(field(r, 'PstnUsages')) })),
    voiceRoutes: at('voiceRoutes').map((r) => ({ identity: text(field(r, 'Identity')), numberPattern: text(field(r, 'NumberPattern')), pstnUsages: list(field(r, 'PstnUsages')) })),
  };
}

/** What a JSON document that is not an inventory looks like, for the refusal (`a Passerelle profile`, `an array`…). */
function describeOther(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (!isRecord(value)) return value === null ? 'null' : typeof value;
  if ('organization' in value && 'schemaVersion' in value) return 'profile';
  if ('format' in value && typeof value.format === 'string') return `format:${value.format.slice(0, 60)}`;
  return 'object';
}

/** Checks one document's format, schema version and shell. */
function readDocument(value: unknown): { ok: true; shell: InventoryShell; doc: JsonObject } | { ok: false; problem: InventoryProblem } {
  if (!isRecord(value) || field(value, 'format') !== inventoryFormat) {
    return { ok: false, problem: { code: 'notInventory', params: { found: describeOther(value) } } };
  }
  const version = field(value, 'schemaVersion');
  if (version !== inventorySchemaVersion) {
    const shown = typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 40) : typeof version;
    const newer = typeof version === 'number' && Number.isInteger(version) && version > inventorySchemaVersion;
    return { ok: false, problem: { code: newer ? 'newerSchema' : 'unknownSchema', params: { version: shown, supported: inventorySchemaVersion } } };
  }
  const shell = text(field(value, 'shell'));
  if (!(inventoryShells as readonly string[]).includes(shell)) return { ok: false, problem: { code: 'unknownShell', params: { shell: shell.slice(0, 40) } } };
  return { ok: true, shell: shell as InventoryShell, doc: value };
}

/**
 * Reads inventory text: one document, or the Exchange and the Lync documents one after the other
 * (or in a JSON list), merged into one `Inventory`. Never throws.
 * @example readInventory('{"format":"passerelle-inventory","schemaVersion":1,"shell":"lync","pools":[]}') // → { ok: true, inventory: { lync: … } }
 */
export function readInventory(input: string): InventoryReadResult {
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (source.length > INVENTORY_MAX_CHARACTERS) return { ok: false, problem: { code: 'tooLarge', params: { size: source.length, limit: INVENTORY_MAX_CHARACTERS } } };
  if (source.trim() === '') return { ok: false, problem: { code: 'empty', params: {} } };
  // NUL and most C0 controls never appear in JSON text outside strings, where JSON forbids them raw.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(source)) return { ok: false, problem: { code: 'binary', params: {} } };
  const pieces = topLevelValues(source);
  const values: unknown[] = [];
  if (pieces === null || pieces.length === 0) {
    const parsed = parseJson(source);
    if (!parsed.ok) return { ok: false, problem: { code: 'invalidJson', params: { detail: parsed.detail } } };
    values.push(parsed.value);
  } else {
    for (const piece of pieces) {
      const parsed = parseJson(piece);
      if (!parsed.ok) return { ok: false, problem: { code: 'invalidJson', params: { detail: parsed.detail } } };
      // A JSON list of documents is read as its documents.
      if (Array.isArray(parsed.value) && parsed.value.some((v) => isRecord(v) && field(v, 'format') === inventoryFormat)) values.push(...parsed.value);
      else values.push(parsed.value);
    }
  }
  if (values.length > inventoryShells.length) return { ok: false, problem: { code: 'tooManyDocuments', params: { count: values.length } } };
  const inventory: Inventory = {};
  for (const value of values) {
    const read = readDocument(value);
    if (!read.ok) return read;
    if (inventory[read.shell]) return { ok: false, problem: { code: 'sameShellTwice', params: { shell: read.shell } } };
    if (read.shell === 'exchange') inventory.exchange = readExchange(read.doc);
    else inventory.lync = readLync(read.doc);
  }
  return { ok: true, inventory };
}

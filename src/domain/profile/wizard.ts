/**
 * The new-deployment wizard: about ten answers an operator knows by heart (SIP domain, versions,
 * servers, pools, dial plans, encryption, auto attendants, a pasted list of users) and the whole
 * profile derived from them — certificate subjects and SANs per the guide's topology table, Lync
 * dial plan names, VoIP security from the encryption table, subscriber access and pilot numbers,
 * line URIs and extensions. Pure: the island only collects the answers and shows the result.
 *
 * Each list answer is text, one item per line, words separated by spaces (what one pastes from a
 * spreadsheet or an inventory). A line that cannot be read is reported with its field and line
 * number (`WizardIssue`) and left out; everything else is still derived, so the reader sees both
 * the profile's findings and what to fix in the answers.
 *
 * @example
 * const { profile } = profileFromAnswers({ ...emptyAnswers, sipDomain: 'fabrikam.com',
 *   exchangeServers: 'ex01', lyncPools: 'lyncpool01', dialPlans: 'BostonSIP 5 1 +16175550100',
 *   users: 'dana@fabrikam.com' });
 * profile.users[0].lineUri // → 'tel:+16175550101;ext=50101'
 */
import { RECOMMENDED_VOIP_SECURITY, workingVoipSecurities } from '../encryption.ts';
import {
  SCHEMA_VERSION,
  type AutoAttendant,
  type Certificate,
  type DialPlan,
  type EncryptionLevel,
  type ExchangeRole,
  type ExchangeServer,
  type ExchangeVersion,
  type LyncPool,
  type LyncVersion,
  type Profile,
  type User,
} from './schema.ts';

/** The wizard's answers, as typed. */
export interface WizardAnswers {
  /** A label for the deployment (optional; the SIP domain otherwise). */
  label: string;
  sipDomain: string;
  exchangeVersion: ExchangeVersion;
  lyncVersion: LyncVersion;
  /** One server per line: `fqdn [ClientAccess|Mailbox|both]` (a bare host name gets the SIP domain). */
  exchangeServers: string;
  /** One pool per line: `fqdn [Standard|Enterprise] [site]`. */
  lyncPools: string;
  /** One dial plan per line: `name digits countryCode [mainNumber]` (main number in E.164, `+…`). */
  dialPlans: string;
  encryptionLevel: EncryptionLevel;
  /** One auto attendant per line: `name [dialPlan]`. */
  autoAttendants: string;
  /** One user per line: `address [extension] [dialPlan]` (address = UPN and SIP address). */
  users: string;
  /** The issuing CA's name, the same for Exchange and Lync (derived from the domain when empty). */
  issuer: string;
}

/** The fields of the answers that hold lists (one item per line). */
export type WizardListField = 'exchangeServers' | 'lyncPools' | 'dialPlans' | 'autoAttendants' | 'users';

/** A line of an answer that could not be used: a code for the message catalog, and its parameters. */
export interface WizardIssue {
  field: keyof WizardAnswers;
  /** 1-based line of a list answer. */
  line?: number;
  code: 'required' | 'digits' | 'countryCode' | 'number' | 'role' | 'edition' | 'dialPlan' | 'extension' | 'address' | 'duplicate';
  params: Record<string, string | number>;
}

/** Blank answers with the versions and encryption level most deployments start from. */
export const emptyAnswers: WizardAnswers = {
  label: '',
  sipDomain: '',
  exchangeVersion: '2016',
  lyncVersion: '2013',
  exchangeServers: '',
  lyncPools: '',
  dialPlans: '',
  encryptionLevel: 'RequireEncryption',
  autoAttendants: '',
  users: '',
  issuer: '',
};

/** The non-empty lines of a list answer, with their 1-based line numbers and words. */
function lines(text: string): { line: number; words: string[] }[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, words: raw.trim().split(/[\s,;\t]+/).filter(Boolean) }))
    .filter((entry) => entry.words.length > 0);
}

/** A host name completed with the SIP domain when it has no dot (`ex01` → `ex01.fabrikam.com`). */
export function qualify(host: string, domain: string): string {
  const name = host.trim().toLowerCase();
  return name.includes('.') || domain === '' ? name : `${name}.${domain.toLowerCase()}`;
}

/** The default issuing CA for a domain: `CN=Fabrikam Root CA, DC=fabrikam, DC=com`. */
export function defaultIssuer(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length === 0) return '';
  const org = labels[0]!.charAt(0).toUpperCase() + labels[0]!.slice(1);
  return `CN=${org} Root CA, ${labels.map((label) => `DC=${label}`).join(', ')}`;
}

/**
 * The Lync dial plan (location profile) simple name for a UM dial plan: the UM name without a
 * trailing `SIP` (`BostonSIP` → `Boston`), unique among those already taken.
 */
export function lyncDialPlanName(umName: string, taken: ReadonlySet<string>): string {
  const base = umName.replace(/[-_ ]?sip$/i, '') || umName;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}${n}`;
  return name;
}

/** An E.164 number plus `n` (`+16175550100`, 1 → `+16175550101`), or undefined when not a number. */
export function addToNumber(number: string, n: number): string | undefined {
  if (!/^\+\d+$/.test(number)) return undefined;
  const digits = number.slice(1);
  const next = (BigInt(digits) + BigInt(n)).toString().padStart(digits.length, '0');
  return next.length === digits.length ? `+${next}` : undefined;
}

const roleWords: Readonly<Record<string, readonly ExchangeRole[]>> = {
  clientaccess: ['ClientAccess'],
  cas: ['ClientAccess'],
  mailbox: ['Mailbox'],
  mbx: ['Mailbox'],
  both: ['ClientAccess', 'Mailbox'],
  all: ['ClientAccess', 'Mailbox'],
};

interface DialPlanAnswer {
  dialPlan: DialPlan;
  /** The main number (subscriber access), when given. */
  main?: string;
}

/**
 * The profile the answers describe, and the answer lines that could not be used. The profile is
 * always a valid profile (schema-wise); `checkProfile` then says what it still lacks.
 */
export function profileFromAnswers(answers: WizardAnswers): { profile: Profile; issues: WizardIssue[] } {
  const issues: WizardIssue[] = [];
  const domain = answers.sipDomain.trim().toLowerCase();
  if (domain === '') issues.push({ field: 'sipDomain', code: 'required', params: {} });

  // Exchange servers: 2016 has only the Mailbox role; 2013 servers carry both unless told otherwise.
  const servers: ExchangeServer[] = [];
  for (const { line, words } of lines(answers.exchangeServers)) {
    const fqdn = qualify(words[0]!, domain);
    if (servers.some((s) => s.fqdn === fqdn)) {
      issues.push({ field: 'exchangeServers', line, code: 'duplicate', params: { name: fqdn } });
      continue;
    }
    const roleWord = words[1]?.toLowerCase();
    const roles = roleWord === undefined ? undefined : roleWords[roleWord];
    if (roleWord !== undefined && !roles) issues.push({ field: 'exchangeServers', line, code: 'role', params: { value: words[1]! } });
    servers.push({ fqdn, roles: answers.exchangeVersion === '2016' ? ['Mailbox'] : [...(roles ?? ['ClientAccess', 'Mailbox'])] });
  }
  if (servers.length === 0) issues.push({ field: 'exchangeServers', code: 'required', params: {} });

  // Lync pools: Standard Edition unless told; the site defaults to the pool's host name.
  const pools: LyncPool[] = [];
  for (const { line, words } of lines(answers.lyncPools)) {
    const fqdn = qualify(words[0]!, domain);
    if (pools.some((p) => p.fqdn === fqdn)) {
      issues.push({ field: 'lyncPools', line, code: 'duplicate', params: { name: fqdn } });
      continue;
    }
    const editionWord = words[1]?.toLowerCase();
    const edition = editionWord === undefined || editionWord === 'standard' ? 'Standard' : editionWord === 'enterprise' ? 'Enterprise' : undefined;
    if (!edition) issues.push({ field: 'lyncPools', line, code: 'edition', params: { value: words[1]! } });
    pools.push({ fqdn, edition: edition ?? 'Standard', site: words.slice(2).join(' ') || fqdn.split('.')[0]! });
  }
  if (pools.length === 0) issues.push({ field: 'lyncPools', code: 'required', params: {} });

  // Dial plans: SIP URI, VoIP security from the encryption table, one Lync dial plan each.
  const working = workingVoipSecurities(answers.encryptionLevel);
  const voipSecurity = working.includes(RECOMMENDED_VOIP_SECURITY) ? RECOMMENDED_VOIP_SECURITY : working[0]!;
  const dialPlans: DialPlanAnswer[] = [];
  const lyncNames = new Set<string>();
  for (const { line, words } of lines(answers.dialPlans)) {
    const [name, digitsWord, countryWord, mainWord] = words as [string, string?, string?, string?];
    if (dialPlans.some((d) => d.dialPlan.name.toLowerCase() === name.toLowerCase())) {
      issues.push({ field: 'dialPlans', line, code: 'duplicate', params: { name } });
      continue;
    }
    const digits = Number(digitsWord);
    if (!digitsWord || !Number.isInteger(digits) || digits < 1 || digits > 20) {
      issues.push({ field: 'dialPlans', line, code: 'digits', params: { value: digitsWord ?? '' } });
      continue;
    }
    const countryCode = (countryWord ?? '').replace(/^\+/, '');
    if (!/^\d{1,4}$/.test(countryCode)) {
      issues.push({ field: 'dialPlans', line, code: 'countryCode', params: { value: countryWord ?? '' } });
      continue;
    }
    const main = mainWord?.replace(/[^\d+]/g, '');
    if (mainWord !== undefined && !/^\+\d{6,15}$/.test(main!)) issues.push({ field: 'dialPlans', line, code: 'number', params: { value: mainWord } });
    const lyncDialPlan = lyncDialPlanName(name, lyncNames);
    lyncNames.add(lyncDialPlan.toLowerCase());
    const goodMain = main !== undefined && /^\+\d{6,15}$/.test(main) ? main : undefined;
    dialPlans.push({
      // en-US: the UM language every server has until a language pack is added (New-UMDialPlan -DefaultLanguage).
      dialPlan: { name, countryCode, extensionDigits: digits, uriType: 'SipName', voipSecurity, lyncDialPlan, language: 'en-US', accessNumbers: goodMain ? [goodMain] : [] },
      ...(goodMain ? { main: goodMain } : {}),
    });
  }
  if (dialPlans.length === 0) issues.push({ field: 'dialPlans', code: 'required', params: {} });
  const findDialPlan = (word: string | undefined) => (word === undefined ? dialPlans[0] : dialPlans.find((d) => d.dialPlan.name.toLowerCase() === word.toLowerCase()));

  // Numbers handed out after each dial plan's main number: pilots first, then users' lines.
  const nextOffset = new Map<string, number>();
  const takeNumber = (entry: DialPlanAnswer) => {
    const offset = (nextOffset.get(entry.dialPlan.name) ?? 0) + 1;
    nextOffset.set(entry.dialPlan.name, offset);
    return entry.main ? addToNumber(entry.main, offset) : undefined;
  };

  const autoAttendants: AutoAttendant[] = [];
  for (const { line, words } of lines(answers.autoAttendants)) {
    const entry = findDialPlan(words[1]);
    if (!entry) {
      issues.push({ field: 'autoAttendants', line, code: 'dialPlan', params: { value: words[1] ?? '' } });
      continue;
    }
    const pilot = takeNumber(entry);
    autoAttendants.push({ name: words[0]!, dialPlan: entry.dialPlan.name, pilotNumbers: pilot ? [pilot] : [], speechEnabled: false });
  }

  const users: User[] = [];
  for (const { line, words } of lines(answers.users)) {
    const address = words[0]!.replace(/^sip:/i, '').toLowerCase();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) {
      issues.push({ field: 'users', line, code: 'address', params: { value: words[0]! } });
      continue;
    }
    const extensionWord = words[1] !== undefined && /^\d+$/.test(words[1]) ? words[1] : undefined;
    const entry = findDialPlan(extensionWord === undefined ? words[1] : words[2]);
    if (!entry) {
      issues.push({ field: 'users', line, code: 'dialPlan', params: { value: (extensionWord === undefined ? words[1] : words[2]) ?? '' } });
      continue;
    }
    const digits = entry.dialPlan.extensionDigits;
    let number: string | undefined;
    let extension: string;
    if (extensionWord !== undefined) {
      extension = extensionWord;
      if (extension.length !== digits) issues.push({ field: 'users', line, code: 'extension', params: { value: extension, digits } });
      // The user's number: the main number's leading digits, then the extension.
      number = entry.main && entry.main.length - 1 > extension.length ? `${entry.main.slice(0, entry.main.length - extension.length)}${extension}` : undefined;
    } else {
      number = takeNumber(entry);
      extension = number ? number.slice(-digits) : String(10 ** (digits - 1) + users.length + 1).slice(-digits);
    }
    const lineUri = number ? `tel:${number};ext=${extension}` : `tel:+${entry.dialPlan.countryCode}${extension};ext=${extension}`;
    users.push({ identity: address, sipAddress: `sip:${address}`, lineUri, extension, dialPlan: entry.dialPlan.name, mailboxVersion: answers.exchangeVersion });
  }

  // Certificates per the topology table (T3/T4: every Exchange server, the same root as Lync): one
  // UM certificate for the Exchange servers, named by the first and listing all; one per pool.
  const issuer = answers.issuer.trim() || defaultIssuer(domain);
  const certificates: Certificate[] = [];
  if (servers.length > 0) {
    certificates.push({
      name: 'Exchange UM',
      servers: servers.map((s) => s.fqdn),
      subject: `CN=${servers[0]!.fqdn}`,
      san: servers.map((s) => s.fqdn),
      issuer,
    });
  }
  for (const pool of pools) {
    certificates.push({ name: `Lync ${pool.site}`, servers: [pool.fqdn], subject: `CN=${pool.fqdn}`, san: [pool.fqdn], issuer });
  }

  const profile: Profile = {
    schemaVersion: SCHEMA_VERSION,
    name: answers.label.trim() || domain,
    organization: { sipDomain: domain },
    exchange: { version: answers.exchangeVersion, servers },
    lync: {
      version: answers.lyncVersion,
      pools,
      // Lync 2013 and later collocate the Mediation Server with the Front End pool.
      mediationServers: pools.map((p) => p.fqdn),
      encryptionLevel: answers.encryptionLevel,
      phoneEdition: false,
      ...(answers.lyncVersion === '2010' ? { cumulativeUpdate: 3 } : {}),
    },
    certificates,
    dialPlans: dialPlans.map((d) => d.dialPlan),
    gateways: { outboundPool: pools[0]?.fqdn ?? '' },
    autoAttendants,
    users,
  };
  return { profile, issues };
}

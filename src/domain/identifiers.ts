/**
 * Syntax of the identifiers a deployment profile carries: host names (FQDNs), E.164 numbers, SIP
 * addresses, Lync line URIs and X.500 certificate names. Pure functions that answer with a problem
 * code (or a parsed value), never with prose, so rules can put the code in a finding's params.
 */

/** Why a string is not a usable host FQDN. */
export type FqdnProblem =
  | 'empty'
  | 'too-long'
  | 'empty-label'
  | 'label-too-long'
  | 'bad-character'
  | 'hyphen-edge'
  | 'single-label'
  | 'numeric-tld'
  | 'wildcard';

const labelCharacters = /^[a-z0-9-]+$/i;

/**
 * Checks a host FQDN the way DNS host names are written (RFC 1123): labels of 1–63 letters, digits
 * or hyphens, no hyphen at either end, at most 253 characters, at least two labels and a top-level
 * label that is not all digits (so an IP address is not taken for an FQDN). A trailing dot is
 * refused: Exchange and Lync fields take the name without it. `allowWildcard` accepts a leading
 * `*.` label, which certificates may carry in their SAN list (never in their subject).
 * @example fqdnProblem('mbx01.contoso.com') // → null
 * @example fqdnProblem('mbx01') // → 'single-label'
 * @example fqdnProblem('*.contoso.com', { allowWildcard: true }) // → null
 */
export function fqdnProblem(value: string, options: { allowWildcard?: boolean } = {}): FqdnProblem | null {
  if (value.length === 0) return 'empty';
  if (value.length > 253) return 'too-long';
  const labels = value.split('.');
  if (labels[0] === '*') {
    if (!options.allowWildcard) return 'wildcard';
    labels.shift();
    // A wildcard must still stand in front of a real domain: `*.com` or `*` alone are refused.
    if (labels.length < 2) return 'single-label';
  }
  for (const label of labels) {
    if (label.length === 0) return 'empty-label';
    if (label.length > 63) return 'label-too-long';
    if (label.includes('*')) return 'wildcard';
    if (!labelCharacters.test(label)) return 'bad-character';
    if (label.startsWith('-') || label.endsWith('-')) return 'hyphen-edge';
  }
  if (labels.length < 2) return 'single-label';
  if (/^\d+$/.test(labels[labels.length - 1]!)) return 'numeric-tld';
  return null;
}

/** The form FQDNs are compared in: DNS names are case-insensitive, stray blanks are typing noise. */
export function normalizeFqdn(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * True when a certificate name (a SAN entry or a subject CN) covers a host: an exact,
 * case-insensitive match, or a `*.` wildcard standing for exactly one leftmost label.
 * @example certificateNameCovers('*.contoso.com', 'mbx01.contoso.com') // → true
 * @example certificateNameCovers('*.contoso.com', 'a.b.contoso.com') // → false
 */
export function certificateNameCovers(certificateName: string, host: string): boolean {
  const name = normalizeFqdn(certificateName);
  const target = normalizeFqdn(host);
  if (name === target) return true;
  if (!name.startsWith('*.')) return false;
  const dot = target.indexOf('.');
  return dot > 0 && target.slice(dot + 1) === name.slice(2);
}

/**
 * The common name (CN) of an X.500 name such as `CN=mbx01.contoso.com, O=Contoso, C=FR`, or null
 * when the name has no CN. The first CN wins; a double-quoted value keeps its commas.
 * @example subjectCommonName('C=FR, CN=mbx01.contoso.com') // → 'mbx01.contoso.com'
 */
export function subjectCommonName(subject: string): string | null {
  for (const part of splitDistinguishedName(subject)) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim().toUpperCase() === 'CN') {
      const value = part.slice(eq + 1).trim();
      return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
    }
  }
  return null;
}

/**
 * The form issuer and subject names are compared in: attribute types upper-cased, blanks around
 * `,` and `=` removed, values case-folded (directory names compare case-insensitively).
 * @example normalizeDistinguishedName('cn=Contoso Root CA,  DC=contoso') // → 'CN=contoso root ca,DC=contoso'
 */
export function normalizeDistinguishedName(name: string): string {
  return splitDistinguishedName(name)
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return part.trim().toLowerCase();
      return `${part.slice(0, eq).trim().toUpperCase()}=${part.slice(eq + 1).trim().toLowerCase()}`;
    })
    .join(',');
}

/** Splits an X.500 name on commas that are neither escaped (`\,`) nor inside double quotes. */
function splitDistinguishedName(name: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === '\\' && i + 1 < name.length) {
      current += c + name[i + 1];
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (c === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts.filter((part) => part.trim().length > 0);
}

/**
 * True for an E.164 number as Exchange UM and Lync expect it: `+`, a country code that does not
 * start with 0, at most 15 digits in all, nothing else (no spaces, dots or dashes).
 * @example isE164('+33140001000') // → true
 * @example isE164('0140001000') // → false
 */
export function isE164(value: string): boolean {
  return /^\+[1-9]\d{1,14}$/.test(value);
}

/** A Lync line URI split into its E.164 digits (without `+`) and its optional `;ext=` digits. */
export interface LineUri {
  digits: string;
  ext?: string;
}

/**
 * Parses a Lync line URI `tel:+<E.164>[;ext=<digits>]` (Set-CsUser -LineURI). The `tel:` prefix
 * is case-insensitive; anything else (spaces, other URI parameters) makes it null.
 * @example parseLineUri('tel:+33140001234;ext=1234') // → { digits: '33140001234', ext: '1234' }
 */
export function parseLineUri(value: string): LineUri | null {
  const match = /^tel:\+([1-9]\d{1,14})(?:;ext=(\d+))?$/i.exec(value);
  if (!match) return null;
  return match[2] === undefined ? { digits: match[1]! } : { digits: match[1]!, ext: match[2] };
}

/** A SIP address split into its user part and its domain. */
export interface SipAddress {
  user: string;
  domain: string;
}

/**
 * Parses a Lync SIP address `sip:<user>@<domain>` (the prefix is case-insensitive: OcsUmUtil shows
 * it as `SIP:`). Null when the prefix is missing or the address is not `user@domain`.
 * @example parseSipAddress('sip:alice@contoso.com') // → { user: 'alice', domain: 'contoso.com' }
 */
export function parseSipAddress(value: string): SipAddress | null {
  const match = /^sip:([^@\s:;]+)@([^@\s:;]+)$/i.exec(value);
  return match ? { user: match[1]!, domain: match[2]! } : null;
}

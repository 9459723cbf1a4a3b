/**
 * Reads certificates from pasted shell output, for an operator who has no certificate file but can
 * run on the server `Get-ExchangeCertificate | Format-List` (Exchange Management Shell) or
 * `Get-CsCertificate` (Lync Server Management Shell, which prints a list by default). The output
 * parsers of the output checks do the reading (`src/domain/output`); this module turns each
 * printed certificate into the `InspectedCertificate` the file reader produces, as far as the
 * output carries the facts. What it does not carry (key algorithm, EKU, chain; for Lync, whether
 * it is self-signed) is listed in `fromOutput.unknown`, never invented: the checks skip what they
 * cannot know.
 *
 * Dates are printed in the server's culture and local time: `12/31/2027 11:59:59 PM` (en-US,
 * month first, 12-hour clock), `31/12/2027 23:59:59` (fr-FR, en-GB: day first, 24-hour clock),
 * `31.12.2027 23:59:59` (de-DE), `2027-12-31` (the lab, ISO cultures). The clock says which order
 * a slashed date uses; a date whose order nothing settles is unknown. Times are read as UTC (the
 * server's zone is not printed): a few hours off at most, never a day's order.
 *
 * Pure and total: never throws, bad input becomes a coded `CertificateReadProblem`.
 */
import { subjectCommonName } from '../identifiers.ts';
import { propertyItems, readShellOutput, shellProperty, type ShellObject } from '../output/index.ts';
import type {
  CertificateOutputCmdlet,
  CertificateReadProblem,
  CertificateReading,
  InspectedCertificate,
  UnknownCertificateFact,
} from './types.ts';

/** Properties only `Get-ExchangeCertificate` prints. */
const exchangeProperties = ['CertificateDomains', 'Services', 'IsSelfSigned', 'PublicKeySize', 'HasPrivateKey', 'RootCAType', 'Status'];
/** Properties only `Get-CsCertificate` prints. */
const lyncProperties = ['AlternativeNames', 'Use'];

/**
 * Whether pasted text is shell output this module should read (rather than a certificate file):
 * it parses as shell objects, or is an error record. PEM text is never output.
 */
export function looksLikeCertificateOutput(text: string): boolean {
  if (text.includes('-----BEGIN')) return false;
  const output = readShellOutput(text);
  if (output.ok) return output.objects.some((o) => shellProperty(o, 'Thumbprint') !== undefined) || output.format === 'list' || output.format === 'table';
  return output.problem === 'errorRecord';
}

/**
 * Reads the certificates of pasted `Get-ExchangeCertificate | Format-List` or `Get-CsCertificate`
 * output. `file` names the paste in messages and in each certificate's source.
 * @example readCertificateOutput('Thumbprint : 3F2A…\r\nSubject : CN=mbx01.contoso.com\r\n…', 'pasted output')
 * // → { certificates: [{ thumbprint: '3F2A…', fromOutput: { cmdlet: 'Get-ExchangeCertificate', unknown: ['keyAlgorithm', …] } }], problems: [] }
 */
export function readCertificateOutput(text: string, file: string): CertificateReading {
  try {
    return read(text, file);
  } catch (error) {
    // Every step is total; this keeps the promise "never throws" against a future regression.
    return { certificates: [], problems: [{ file, code: 'output-not-certificates', params: { detail: String((error as Error)?.message ?? error) } }] };
  }
}

function read(text: string, file: string): CertificateReading {
  const output = readShellOutput(typeof text === 'string' ? text : '');
  const problems: CertificateReadProblem[] = [];
  if (!output.ok) {
    if (output.problem === 'errorRecord') return none(file, 'output-error-record', { message: String(output.params.message ?? '') });
    if (output.problem === 'empty' || output.problem === 'tooLarge' || output.problem === 'binary') {
      return none(file, 'output-unreadable', { reason: output.problem });
    }
    return none(file, 'output-not-certificates', {});
  }
  const candidates = output.objects.filter((o) => shellProperty(o, 'Thumbprint') !== undefined);
  if (candidates.length === 0) return none(file, 'output-not-certificates', {});
  if (output.format === 'table') return none(file, 'output-table', {});
  const dateOrder = pasteDateOrder(candidates);
  const certificates: InspectedCertificate[] = [];
  const seen = new Set<string>();
  for (const object of candidates) {
    const thumbprint = (shellProperty(object, 'Thumbprint')?.text ?? '').replace(/\s/g, '').toUpperCase();
    if (!/^[0-9A-F]{40}$/.test(thumbprint)) {
      problems.push({ file, code: 'output-no-thumbprint', params: { line: object.line } });
      continue;
    }
    if (seen.has(thumbprint)) continue;
    seen.add(thumbprint);
    certificates.push(describe(object, thumbprint, dateOrder, { file, index: certificates.length }));
  }
  return { certificates, problems };
}

function none(file: string, code: CertificateReadProblem['code'], params: Record<string, string | number>): CertificateReading {
  return { certificates: [], problems: [{ file, code, params }] };
}

function cmdletOf(object: ShellObject): CertificateOutputCmdlet {
  if (exchangeProperties.some((p) => shellProperty(object, p) !== undefined)) return 'Get-ExchangeCertificate';
  if (lyncProperties.some((p) => shellProperty(object, p) !== undefined)) return 'Get-CsCertificate';
  return 'other';
}

function describe(object: ShellObject, thumbprint: string, order: DateOrder, source: { file: string; index: number }): InspectedCertificate {
  const cmdlet = cmdletOf(object);
  const unknown: UnknownCertificateFact[] = ['keyAlgorithm', 'extendedKeyUsages', 'certificateAuthority', 'chain'];
  const text = (name: string) => shellProperty(object, name)?.text.trim() ?? '';
  const subject = text('Subject');
  const issuer = text('Issuer');
  const sanProperty = shellProperty(object, 'CertificateDomains') ?? shellProperty(object, 'AlternativeNames') ?? shellProperty(object, 'DnsNameList');
  const san = sanProperty ? propertyItems(sanProperty).map((n) => n.trim()).filter((n) => n !== '') : [];
  if (sanProperty?.truncated) unknown.push('san');
  const notBefore = readPrintedDate(text('NotBefore'), order);
  const notAfter = readPrintedDate(text('NotAfter'), order);
  if (notBefore === null) unknown.push('notBefore');
  if (notAfter === null) unknown.push('notAfter');
  const keySize = /^\d+$/.test(text('PublicKeySize')) ? Number(text('PublicKeySize')) : null;
  if (keySize === null) unknown.push('keySize');
  const selfSignedText = text('IsSelfSigned').toLowerCase();
  const selfSigned = selfSignedText === 'true' ? true : selfSignedText === 'false' ? false : null;
  if (selfSigned === null) unknown.push('selfSigned');
  const serialNumber = text('SerialNumber').replace(/\s/g, '').toUpperCase();
  if (serialNumber === '') unknown.push('serialNumber');
  return {
    thumbprint,
    subject,
    commonName: subjectCommonName(subject),
    san,
    issuer,
    serialNumber,
    notBefore: notBefore ?? '',
    notAfter: notAfter ?? '',
    keyAlgorithm: '',
    keySize,
    extendedKeyUsages: null,
    // Unknown: the Server Authentication check is skipped (see `isUnknown`), this is no claim.
    serverAuthentication: true,
    // When IsSelfSigned is not printed, the profile rule falls back to issuer = subject.
    selfSigned: selfSigned ?? false,
    certificateAuthority: false,
    chain: [],
    chainEndsAtRoot: false,
    source,
    fromOutput: { cmdlet, unknown },
  };
}

/** Which number comes first in a slashed date: month (en-US) or day (fr-FR, en-GB…). */
export type DateOrder = 'month-first' | 'day-first' | null;

const slashed = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?)?$/;
const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z?)?$/;

/**
 * The order the paste's slashed dates use, from the dates that settle it: a first number above 12
 * (day first), a second above 12 (month first), an AM/PM clock (en-US, month first) or a time
 * without AM/PM (the slashed cultures with a 24-hour clock put the day first). Null when nothing settles it or
 * the dates disagree.
 */
export function pasteDateOrder(objects: readonly ShellObject[]): DateOrder {
  const votes = new Set<Exclude<DateOrder, null>>();
  for (const object of objects) {
    for (const name of ['NotBefore', 'NotAfter']) {
      const match = slashed.exec(shellProperty(object, name)?.text.trim() ?? '');
      if (!match) continue;
      const first = Number(match[1]);
      const second = Number(match[3]);
      if (first > 12) votes.add('day-first');
      if (second > 12) votes.add('month-first');
      if (match[8]) votes.add('month-first');
      else if (match[5] !== undefined && match[2] === '/') votes.add('day-first');
    }
  }
  return votes.size === 1 ? [...votes][0]! : null;
}

/**
 * A printed date as an ISO 8601 instant (read as UTC), or null when it cannot be read without
 * guessing. A dotted date (`31.12.2027`) is always day first; a year-first date is unambiguous.
 * @example readPrintedDate('12/31/2027 11:59:59 PM', 'month-first') // → '2027-12-31T23:59:59.000Z'
 */
export function readPrintedDate(value: string, order: DateOrder): string | null {
  const iso = yearFirst.exec(value);
  if (iso) return instant(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0));
  const match = slashed.exec(value);
  if (!match) return null;
  const a = Number(match[1]);
  const b = Number(match[3]);
  const dayFirst = match[2] === '.' ? true : order === null ? null : order === 'day-first';
  // A date whose two numbers can swap needs the order; one that cannot is read either way only if
  // the order (when known) agrees.
  let month: number;
  let day: number;
  if (dayFirst === null) {
    if (a === b) [month, day] = [a, b];
    else return null;
  } else [day, month] = dayFirst ? [a, b] : [b, a];
  let hour = Number(match[5] ?? 0);
  const marker = match[8]?.toUpperCase();
  if (marker) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (marker === 'PM' ? 12 : 0);
  }
  return instant(Number(match[4]), month, day, hour, Number(match[6] ?? 0), Number(match[7] ?? 0));
}

function instant(year: number, month: number, day: number, hour: number, minute: number, second: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // 31/02 rolls over to March: not a date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString();
}

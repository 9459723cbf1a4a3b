/**
 * `passerelle cert FILE… [--profile P] [--format text|json] [--password-file F] [--change-date D]`:
 * the certificate inspector on the command line. Reads the files (PEM, DER, PKCS#7, PKCS#12, or
 * text holding pasted `Get-ExchangeCertificate | Format-List` / `Get-CsCertificate` output),
 * describes each certificate and checks it against the profile with the same domain functions as
 * the site. The PFX password comes from `--password-file` (first line) or the
 * PASSERELLE_PFX_PASSWORD environment variable, never from the command line, where `ps` would
 * show it; it is used for this run only.
 *
 * Exit codes: 0 nothing wrong, 1 an error finding or a file that could not be read, 2 usage, I/O
 * or an unreadable profile.
 */
import { CliError, type ParsedArgs } from './args.ts';
import { readText, type Io } from './io.ts';
import { formatDiagnosticText, summary, toJsonDiagnostic } from './diagnostics.ts';
import type { Finding } from '../domain/finding.ts';
import { t, type Lang } from '../i18n/index.ts';

/** The environment variable that may carry the PFX password (for scripts; never logged). */
export const PASSWORD_ENVIRONMENT_VARIABLE = 'PASSERELLE_PFX_PASSWORD';

export async function certVerb(args: ParsedArgs, io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const { lang, options } = args;
  if (args.positionals.length === 0) throw new CliError('cli.error.missingCertificate');
  const changeDate = parseChangeDate(options['change-date']);
  const password = options['password-file'] !== undefined ? await passwordFrom(io, options['password-file']) : env[PASSWORD_ENVIRONMENT_VARIABLE];
  const profile = options.profile === undefined ? null : await loadProfile(io, options.profile, lang);

  const files = [];
  for (const path of args.positionals) {
    let bytes: Buffer;
    try {
      bytes = await io.read(path);
    } catch (error) {
      throw new CliError('cli.error.readFile', { path, reason: (error as NodeJS.ErrnoException).code ?? 'EIO' });
    }
    files.push({ name: path, bytes: new Uint8Array(bytes), ...(password !== undefined ? { password } : {}) });
  }
  const { readCertificateFiles } = await import('../domain/certificates/read.ts');
  const { checkCertificates } = await import('../domain/certificates/check.ts');
  const { describeCertificate, formatReadProblem } = await import('../domain/certificates/present.ts');
  const reading = await readCertificateFiles(files);
  const reports = checkCertificates(profile, reading.certificates, { changeDate });
  const byThumbprint = new Map(reading.certificates.map((c) => [c.thumbprint, c]));
  const findings: Finding[] = reports.flatMap((r) => r.findings);

  if (options.format === 'json') {
    io.stdout(
      `${JSON.stringify(
        {
          certificates: reading.certificates.map((certificate) => {
            const report = reports.find((r) => r.thumbprint === certificate.thumbprint);
            return {
              ...certificate,
              servers: report?.servers ?? [],
              profileIndex: report?.profileIndex ?? null,
              diagnostics: (report?.findings ?? []).map((f) => toJsonDiagnostic(f, lang)),
            };
          }),
          problems: reading.problems.map((p) => ({ ...p, message: formatReadProblem(p, lang) })),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    for (const problem of reading.problems) io.stderr(`${t(lang, 'cli.severity.error')}: ${formatReadProblem(problem, lang)}\n`);
    for (const certificate of reading.certificates) {
      const report = reports.find((r) => r.thumbprint === certificate.thumbprint);
      const rows = describeCertificate(certificate, byThumbprint, report ?? null, lang);
      const width = Math.max(...rows.map(([label]) => [...label].length));
      io.stdout(`${certificate.commonName ?? certificate.subject}  (${certificate.source.file})\n`);
      for (const [label, value] of rows) io.stdout(`  ${label.padEnd(width)}  ${value}\n`);
      for (const finding of report?.findings ?? []) io.stdout(`  ${formatDiagnosticText({ ...finding, path: undefined } as Finding, lang).replace(/\n/g, '\n  ')}\n`);
      io.stdout('\n');
    }
    io.stdout(`${summary(findings, lang)}\n`);
  }
  return findings.some((f) => f.severity === 'error') || reading.problems.length > 0 ? 1 : 0;
}

function parseChangeDate(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new CliError('cli.error.badDate', { option: '--change-date', value });
  return date;
}

/** The first line of the password file, without its line ending. */
async function passwordFrom(io: Io, path: string): Promise<string> {
  const { text } = await readText(io, path);
  return text.split(/\r?\n/)[0] ?? '';
}

async function loadProfile(io: Io, path: string, lang: Lang) {
  const { loadProfile: load } = await import('../domain/profile/load.ts');
  const { formatLoadIssue } = await import('../domain/messages.ts');
  const { text } = await readText(io, path);
  const result = load(text);
  if (!result.ok) {
    throw new CliError('cli.error.profile', { path, issues: result.issues.map((issue) => `  - ${formatLoadIssue(issue, lang)}`).join('\n') });
  }
  return result.profile;
}

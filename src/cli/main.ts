/**
 * `passerelle`: the command-line front end over src/domain. Argument parsing and I/O live here;
 * every answer comes from the same domain functions the site uses.
 *
 * Exit codes: 0 no error found, 1 errors found, 2 usage, I/O or unreadable profile.
 * `verify`: 0 verified, 1 mismatches, 2 unreadable output (or usage).
 * `drift`: 0 no drift, 1 drift, 2 unreadable or refused inventory (or usage).
 */
import { createHash } from 'node:crypto';
import { CliError, environmentLang, parseArgs, type ParsedArgs } from './args.ts';
import { processIo, readText, writeBytes, type Io } from './io.ts';
import { certVerb } from './cert.ts';
import { formatDiagnosticText, summary, toJsonDiagnostic } from './diagnostics.ts';
import type { Finding } from '../domain/finding.ts';
import type { ExchangeVersion, LyncVersion } from '../domain/profile/schema.ts';
import type { ScriptShell } from '../domain/powershell/script-rule.ts';
import { isLang, t, type Lang } from '../i18n/index.ts';
import { inertJson, inertText } from '../domain/inert-text.ts';

/**
 * Everything the CLI prints goes through the one escaping rule (src/domain/inert-text.ts): a
 * profile or script value never sends a control sequence to the operator's terminal. Line breaks
 * and tabs of multi-line output are kept, and so is a byte-order mark opening a `.ps1` document.
 * JSON is escaped by `inertJson` before, so this changes nothing in it.
 */
export function inertIo(io: Io): Io {
  const clean = (text: string) => (text.startsWith('\uFEFF') ? `\uFEFF${inertText(text.slice(1), { multiline: true })}` : inertText(text, { multiline: true }));
  // Files (--out) are written as generated: their comments are inert already, their values quoted.
  return { stdout: (text) => io.stdout(clean(text)), stderr: (text) => io.stderr(clean(text)), read: (path) => io.read(path), write: (path, data) => io.write(path, data) };
}

/** Runs one command line; returns the exit code. Never throws for user errors. */
export async function main(argv: readonly string[], rawIo: Io = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const io = inertIo(rawIo);
  let lang = sniffLang(argv) ?? environmentLang(env);
  try {
    const args = parseArgs(argv, lang);
    lang = args.lang;
    return await run(args, io, env);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`passerelle: ${t(lang, error.key, error.params)}\n`);
      if (error.key.startsWith('cli.error.unknown') || error.key === 'cli.error.tooManyArguments') io.stderr(`${t(lang, 'cli.seeHelp')}\n`);
      return 2;
    }
    // A bug, not a user error: say so in one line, still without a stack trace.
    io.stderr(`passerelle: ${t(lang, 'cli.error.internal', { detail: String((error as Error)?.message ?? error) })}\n`);
    return 2;
  }
}

/** `--lang` from the raw arguments, so even a usage error is worded in the chosen language. */
function sniffLang(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (isLang(value)) return value;
  }
  return undefined;
}

async function run(args: ParsedArgs, io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  switch (args.verb) {
    case 'help':
      io.stdout(`${t(args.lang, 'cli.usage')}\n`);
      return 0;
    case 'schema':
      return schemaVerb(io);
    case 'matrix':
      return matrixVerb(args, io);
    case 'rules':
      return rulesVerb(args, io);
    case 'check':
      return checkVerb(args, io);
    case 'generate':
      return generateVerb(args, io);
    case 'lint':
      return lintVerb(args, io);
    case 'cert':
      return certVerb(args, io, env);
    case 'verify':
      return verifyVerb(args, io);
    case 'inventory':
      return inventoryVerb(args, io);
    case 'drift':
      return driftVerb(args, io);
  }
}

/** Exact JSON, with the characters that could act on a terminal written as `\uXXXX` escapes. */
const json = (value: unknown) => `${inertJson(JSON.stringify(value, null, 2))}\n`;
const hasErrors = (findings: readonly Finding[]) => findings.some((f) => f.severity === 'error');

/** Reads and validates a profile file; a bad one is a usage error (exit 2) listing every issue. */
async function loadProfileFile(io: Io, path: string | undefined, lang: Lang) {
  if (path === undefined) throw new CliError('cli.error.missingProfile');
  const { loadProfile } = await import('../domain/profile/load.ts');
  const { formatLoadIssue } = await import('../domain/messages.ts');
  const { text, bytes } = await readText(io, path);
  const result = loadProfile(text);
  if (!result.ok) {
    const issues = result.issues.map((issue) => `  - ${formatLoadIssue(issue, lang)}`).join('\n');
    throw new CliError('cli.error.profile', { path, issues });
  }
  return { profile: result.profile, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function schemaVerb(io: Io): Promise<number> {
  const { toJsonSchema } = await import('@valibot/to-json-schema');
  const { profileSchema } = await import('../domain/profile/schema.ts');
  io.stdout(json(toJsonSchema(profileSchema, { target: 'draft-2020-12' })));
  return 0;
}

async function matrixVerb(args: ParsedArgs, io: Io): Promise<number> {
  const { encryptionMatrix } = await import('../domain/encryption.ts');
  const cells = encryptionMatrix().map(({ encryptionLevel, voipSecurity, compatible, recommended }) => ({
    encryptionLevel,
    voipSecurity,
    compatible,
    recommended,
  }));
  if (args.options.format === 'json') {
    io.stdout(json({ cells }));
    return 0;
  }
  const { lang } = args;
  const header = [t(lang, 'cli.matrix.encryptionLevel'), t(lang, 'cli.matrix.voipSecurity'), t(lang, 'cli.matrix.verdict')];
  const rows = cells.map((cell) => [
    cell.encryptionLevel,
    cell.voipSecurity,
    t(lang, cell.recommended ? 'cli.matrix.recommended' : cell.compatible ? 'cli.matrix.compatible' : 'cli.matrix.incompatible'),
  ]);
  io.stdout(table([header, ...rows]));
  return 0;
}

/** Left-aligned columns separated by two spaces. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...row[column]!].length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}

async function rulesVerb(args: ParsedArgs, io: Io): Promise<number> {
  const { rules } = await import('../domain/rules/index.ts');
  const { ruleTitle } = await import('../domain/rule-title.ts');
  const list = rules.map((rule) => ({ id: rule.id, kind: rule.kind, severity: rule.severity, title: ruleTitle(rule.id, args.lang) }));
  if (args.options.format === 'json') {
    io.stdout(json({ rules: list }));
    return 0;
  }
  io.stdout(table(list.map((r) => [r.id, r.kind, t(args.lang, `cli.severity.${r.severity}`), r.title])));
  return 0;
}

async function checkVerb(args: ParsedArgs, io: Io): Promise<number> {
  const { profile } = await loadProfileFile(io, args.options.profile, args.lang);
  const { checkProfile } = await import('../domain/check.ts');
  const findings = checkProfile(profile);
  if (args.options.format === 'json') {
    io.stdout(json({ diagnostics: findings.map((f) => toJsonDiagnostic(f, args.lang)) }));
  } else {
    for (const finding of findings) io.stdout(`${formatDiagnosticText(finding, args.lang)}\n`);
    io.stdout(`${summary(findings, args.lang)}\n`);
  }
  return hasErrors(findings) ? 1 : 0;
}

async function generateVerb(args: ParsedArgs, io: Io): Promise<number> {
  const { profile, sha256 } = await loadProfileFile(io, args.options.profile, args.lang);
  const { checkProfile } = await import('../domain/check.ts');
  const { generateSteps, renderRunbookScript, stepIds } = await import('../domain/runbook/index.ts');
  const { scriptFileText } = await import('../domain/runbook/script-file.ts');
  const stepOption = args.options.step;
  const only = stepOption === undefined ? undefined : stepIds.filter((id) => id === stepOption);
  if (only && only.length === 0) throw new CliError('cli.error.unknownStep', { step: stepOption!, steps: stepIds.join(', ') });
  const findings = checkProfile(profile);
  const generated = generateSteps(profile, findings, only);
  // Only the findings that withhold a shown step make the run fail; the rest are still reported.
  const withheld = generated.filter((g) => g.withheld);
  // A script file starts with the UTF-8 BOM, on disk and on standard output alike: Windows
  // PowerShell 5.1 reads a BOM-less .ps1 as ANSI, where the UTF-8 bytes of Œ or ‑ turn into a
  // closing quote (src/domain/runbook/script-file.ts). JSON stays plain UTF-8.
  const output =
    args.options.format === 'json'
      ? json({
          diagnostics: findings.map((f) => toJsonDiagnostic(f, args.lang)),
          commands: generated.flatMap((g) => g.commands.map(({ step, shell, target, text }) => ({ step, shell, target, text }))),
          withheld: withheld.map((g) => g.step.id),
        })
      : scriptFileText(renderRunbookScript(profile, { lang: args.lang, profileSha256: sha256, findings, ...(only ? { only } : {}) }));
  if (args.options.out === undefined) io.stdout(output);
  else await writeBytes(io, args.options.out, new TextEncoder().encode(output));
  if (args.options.format !== 'json') {
    for (const finding of findings.filter((f) => f.severity === 'error')) io.stderr(`${formatDiagnosticText(finding, args.lang)}\n`);
  }
  return hasErrors(findings) ? 1 : 0;
}

async function lintVerb(args: ParsedArgs, io: Io): Promise<number> {
  const path = args.positionals[0] ?? '-';
  const { text, bytes } = await readText(io, path);
  const { SCRIPT_MAX_CHARACTERS } = await import('../domain/powershell/linter.ts');
  if (text.length > SCRIPT_MAX_CHARACTERS) throw new CliError('cli.error.scriptTooLarge', { path, size: text.length, limit: SCRIPT_MAX_CHARACTERS });
  const loaded = args.options.profile === undefined ? undefined : await loadProfileFile(io, args.options.profile, args.lang);
  const { lintScript } = await import('../domain/powershell/linter.ts');
  // Without --shell: cmd.exe for .cmd/.bat files, otherwise `any` (a runbook mixes both management shells).
  const shell = (args.options.shell ?? (/\.(cmd|bat)$/i.test(path) ? 'cmd' : 'any')) as ScriptShell;
  const exchangeVersion = (args.options.exchange ?? loaded?.profile.exchange.version ?? '2013') as ExchangeVersion;
  const lyncVersion = (args.options.lync ?? loaded?.profile.lync.version ?? '2013') as LyncVersion;
  const findings = lintScript(text, {
    shell,
    exchangeVersion,
    lyncVersion,
    // Whether Windows PowerShell 5.1 will read the file as UTF-8 (ps-file-encoding).
    byteOrderMark: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
    ...(loaded ? { profile: loaded.profile } : {}),
  });
  if (args.options.format === 'json') {
    io.stdout(json({ diagnostics: findings.map((f) => toJsonDiagnostic(f, args.lang)) }));
  } else {
    const source = { name: path === '-' ? '<stdin>' : path, lines: text.split(/\r\n|\r|\n/) };
    for (const finding of findings) io.stdout(`${formatDiagnosticText(finding, args.lang, source)}\n\n`);
    io.stdout(`${summary(findings, args.lang)}\n`);
  }
  return hasErrors(findings) ? 1 : 0;
}

/**
 * `verify --profile P --step ID [--command N] [FILE|-]`: checks a pasted output against the step's
 * verification commands (all of them, or the N-th). Exit 0 when every check is verified, 1 when
 * one does not hold, 2 when the output cannot be read as the expected command's output.
 */
async function verifyVerb(args: ParsedArgs, io: Io): Promise<number> {
  const { lang } = args;
  const { profile } = await loadProfileFile(io, args.options.profile, lang);
  const { anyStepById, runbookSteps } = await import('../domain/runbook/procedures.ts');
  const { stepOutputChecks, checkOutput, verdictLines, verdictProblem, verdictSummary } = await import('../domain/verify/index.ts');
  const stepId = args.options.step;
  if (stepId === undefined) throw new CliError('cli.error.missingStep');
  const slug = args.options.runbook ?? 'deploy-um-lync';
  const steps = runbookSteps(slug);
  if (!steps) throw new CliError('cli.error.unknownRunbook', { runbook: slug });
  const step = steps.find((s) => s.id === stepId) ?? (args.options.runbook ? undefined : anyStepById(stepId));
  if (!step) throw new CliError('cli.error.unknownStep', { step: stepId, steps: steps.map((s) => s.id).join(', ') });
  let checks = stepOutputChecks(profile, step);
  if (checks.length === 0) throw new CliError('cli.error.noChecks', { step: stepId });
  if (args.options.command !== undefined) {
    const n = Number(args.options.command);
    if (!Number.isInteger(n) || n < 1 || n > checks.length) {
      throw new CliError('cli.error.badValue', { option: '--command', value: args.options.command, expected: `1…${checks.length}` });
    }
    checks = [checks[n - 1]!];
  }
  const { text } = await readText(io, args.positionals[0] ?? '-');
  const verdicts = checks.map((check) => ({ check, verdict: checkOutput(check, text) }));
  if (args.options.format === 'json') {
    io.stdout(
      json({
        step: stepId,
        verdicts: verdicts.map(({ check, verdict }) => ({
          command: check.command.text,
          status: verdict.status,
          problem: verdict.problem ? { code: verdict.problem.code, message: verdictProblem(verdict, check, lang) } : null,
          expectations: verdict.results.map((r, i) => ({
            id: r.expectation.id,
            property: r.expectation.property,
            expected: r.expectation.expected,
            status: r.status,
            reason: r.reason,
            actual: r.actual ?? null,
            message: verdictLines(verdict, lang)[i]!.reason,
          })),
        })),
      }),
    );
  } else {
    for (const { check, verdict } of verdicts) {
      io.stdout(`${check.command.text}\n  ${verdictSummary(verdict, lang)}\n`);
      const problem = verdictProblem(verdict, check, lang);
      if (problem) io.stdout(`  ${problem}\n`);
      for (const line of verdictLines(verdict, lang)) {
        const mark = line.status === 'matched' ? '✓' : '✗';
        io.stdout(`  ${mark} ${line.expectation} — ${line.reason} (${line.refLabel})\n`);
      }
    }
  }
  if (verdicts.some((v) => v.verdict.status === 'unreadable')) return 2;
  return verdicts.every((v) => v.verdict.status === 'verified') ? 0 : 1;
}

/** `inventory --shell exchange|lync`: prints the read-only inventory script of that shell. */
async function inventoryVerb(args: ParsedArgs, io: Io): Promise<number> {
  const shell = args.options.shell;
  if (shell !== 'exchange' && shell !== 'lync') throw new CliError('cli.error.missingShell');
  const { inventoryScripts } = await import('../domain/inventory/scripts.ts');
  io.stdout(inventoryScripts[shell]);
  return 0;
}

/**
 * `drift --profile P [INVENTORY…|-]`: reads what the inventory scripts printed (one file holding
 * both documents, or one file per shell; UTF-16 as PowerShell's `>` saves it is read too) and
 * lists each difference with the step that fixes it. Exit 0 no drift, 1 drift, 2 refused input.
 */
async function driftVerb(args: ParsedArgs, io: Io): Promise<number> {
  const { lang } = args;
  const { profile } = await loadProfileFile(io, args.options.profile, lang);
  const { decodeInventoryBytes, readInventory } = await import('../domain/inventory/document.ts');
  const { inventoryDrift } = await import('../domain/inventory/drift.ts');
  const { describeDrift, describeInventoryProblem } = await import('../domain/inventory/messages.ts');
  const paths = args.positionals.length > 0 ? args.positionals : ['-'];
  const texts: string[] = [];
  for (const path of paths) {
    const { bytes } = await readText(io, path);
    texts.push(decodeInventoryBytes(bytes));
  }
  const result = readInventory(texts.join('\n'));
  if (!result.ok) {
    const message = describeInventoryProblem(result.problem, lang);
    if (args.options.format === 'json') io.stdout(json({ status: 'refused', problem: { code: result.problem.code, message }, drift: [] }));
    else io.stderr(`passerelle: ${paths.join(', ')}: ${message}\n`);
    return 2;
  }
  const drift = inventoryDrift(profile, result.inventory);
  const views = drift.map((line) => ({ line, view: describeDrift(line, lang) }));
  if (args.options.format === 'json') {
    io.stdout(
      json({
        status: drift.length === 0 ? 'noDrift' : 'drift',
        read: (['exchange', 'lync'] as const).filter((shell) => result.inventory[shell]),
        drift: views.map(({ line, view }) => ({ ...line, message: view.sentence, href: view.href })),
      }),
    );
  } else {
    for (const shell of ['exchange', 'lync'] as const) {
      const part = result.inventory[shell];
      if (part) io.stdout(`${t(lang, `inventory.read.${shell}`, { computer: part.computer || '?' })}\n`);
    }
    for (const { line, view } of views) {
      io.stdout(`✗ ${view.sentence}\n    ${t(lang, 'inventory.fix', { step: `${view.stepTitle} — ${line.step}` })} (${view.href})\n`);
    }
    io.stdout(`${drift.length === 0 ? t(lang, 'inventory.summary.none') : t(lang, 'inventory.summary.some', { count: drift.length })}\n`);
  }
  return drift.length === 0 ? 0 : 1;
}

/**
 * The lab: a simulated Exchange 2013/2016 + Lync 2010/2013/SfB 2015 organisation for the terminal.
 *
 * `runLine` first lints the line with the engine's linter (errors refuse it, with their ranges and
 * rule ids; warnings are shown and it runs), then executes it against the lab state. Everything is
 * pure and deterministic: a session goes in, a new session comes out, the old one is untouched.
 *
 * Several terminal tabs share one organisation: after a line, give the returned `session.lab` to
 * the other tabs with `withLab(tab, lab)`.
 *
 * @example
 * let session = createSession(exampleProfile, 'exchange');
 * const result = runLine(session, "Get-UMDialPlan", { lang: 'en', profile: exampleProfile });
 * session = result.session; // result.output: the lines to print; result.status: 'ok'
 */
import { findingHeadline } from '../messages.ts';
import { compareScriptFindings, prepareScript, runScriptRules } from '../powershell/linter.ts';
import type { CommandAst } from '../powershell/ast.ts';
import type { CommandBinding } from '../powershell/binder.ts';
import type { Profile } from '../profile/schema.ts';
import { scriptRules } from '../rules/index.ts';
import type { Finding } from '../finding.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { labCommands } from './commands.ts';
import { EXCHANGE_SCRIPTS, LabContext, type LabSession, type LabShell } from './context.ts';
import { runProgram } from './interpreter.ts';
import { runLabVerb } from './lab-verbs.ts';
import type { OutputLine } from './output.ts';
import { defaultServer, homeFolder } from './session.ts';
import { createLab, fold, type LabState } from './state.ts';

export type { LabSession, LabShell } from './context.ts';
export type { OutputLine, LabHint } from './output.ts';
export type { LabState } from './state.ts';
export { createLab } from './state.ts';
export { serializeLab, restoreLab, isLabLoadError, type LabLoadError } from './serialize.ts';
export { simulatedCommandNames } from './commands.ts';
export { diagnoseExUm, type ExUmProblem } from './readiness.ts';
export { defaultServer, resolveServer } from './session.ts';

/** What one line did: the next session, what to print, and whether it ran. */
export interface LabResult {
  session: LabSession;
  output: OutputLine[];
  /** `refused`: the linter found errors, nothing ran. `error`: it ran and a command failed. */
  status: 'ok' | 'refused' | 'error';
}

export interface RunOptions {
  lang: Lang;
  profile: Profile;
}

/** A new terminal tab on a fresh lab (or `lab`), in `shell` on its default server. */
export function createSession(profile: Profile, shell: LabShell = 'exchange', lab: LabState = createLab(profile)): LabSession {
  return { lab, shell, server: defaultServer(lab, shell), cwd: homeFolder(shell), variables: {} };
}

/** The same tab over another lab state (another tab changed the organisation). */
export function withLab(session: LabSession, lab: LabState): LabSession {
  return { ...session, lab };
}

/** The prompt of a tab: shell tag, machine, folder. */
export function prompt(session: LabSession): string {
  if (session.shell === 'cmd') return `[cmd] ${session.server} ${session.cwd}>`;
  const tag = session.shell === 'exchange' ? 'EMS' : session.lab.lyncVersion === '2015' ? 'SfBMS' : 'LMS';
  return `[${tag}] ${session.server} PS ${session.cwd}>`;
}

/** The folder where `$exscripts` points. */
export const exchangeScriptsFolder = EXCHANGE_SCRIPTS;

/**
 * The linter's findings for a lab line. The lab knows one fact a one-line script cannot show the
 * linter: the current folder. When the tab already stands in the Exchange Scripts folder,
 * `.\ExchUcUtil.ps1` is right, so that rule's finding is dropped.
 */
function lintLine(session: LabSession, line: string, profile: Profile): { findings: Finding[]; bindings: Map<CommandAst, CommandBinding>; input: ReturnType<typeof prepareScript> } {
  const input = prepareScript(line, {
    shell: session.shell,
    exchangeVersion: session.lab.exchangeVersion,
    lyncVersion: session.lab.lyncVersion,
    profile,
  });
  const inScripts = fold(session.cwd) === fold(EXCHANGE_SCRIPTS);
  const all = runScriptRules(input, scriptRules);
  const findings = inScripts ? all.filter((finding) => finding.ruleId !== 'exchucutil-from-scripts-folder') : all;
  // Parse errors are refused even if no rule words them yet (ast.ts maps codes to rule ids).
  const parseRule = { unclosed: 'ps-parse-error', unexpected: 'ps-unexpected-token', chain: 'ps-chain-operator' } as const;
  for (const diagnostic of input.parsed.diagnostics) {
    const ruleId = parseRule[diagnostic.code];
    if (!findings.some((f) => f.ruleId === ruleId)) findings.push({ ruleId, severity: 'error', range: diagnostic.range, params: diagnostic.params });
  }
  findings.sort(compareScriptFindings);
  const bindings = new Map<CommandAst, CommandBinding>();
  input.parsed.commands.forEach((command, i) => bindings.set(command, input.bindings[i]!));
  return { findings, bindings, input };
}

function diagnosticLine(finding: Finding, lang: Lang): OutputLine {
  return {
    kind: 'diagnostic',
    text: findingHeadline(finding, lang),
    ...(finding.range ? { range: finding.range } : {}),
    ruleId: finding.ruleId,
  };
}

/**
 * Lints and runs one line (possibly several statements, or a multi-line paste) in a session.
 * Never throws for anything typed; returns the next session.
 */
export function runLine(session: LabSession, line: string, opts: RunOptions): LabResult {
  if (line.trim() === '') return { session, output: [], status: 'ok' };
  const verb = runLabVerb(session, line, opts);
  if (verb) return verb;
  const { findings, bindings, input } = lintLine(session, line, opts.profile);
  const output: OutputLine[] = findings.map((f) => diagnosticLine(f, opts.lang));
  if (findings.some((f) => f.severity === 'error')) return { session, output, status: 'refused' };
  const ctx = new LabContext(session, opts.lang, opts.profile);
  try {
    runProgram({ parsed: input.parsed, bindings, commands: labCommands }, ctx);
  } catch (error) {
    // A bug of the lab, not of the line: say so, keep the session as it was.
    for (const line of ctx.out) output.push(line);
    output.push({ kind: 'error', text: t(opts.lang, 'lab.internalError', { detail: String((error as Error)?.message ?? error) }) });
    return { session, output, status: 'error' };
  }
  for (const line of ctx.out) output.push(line);
  const cut = ctx.cutNotice();
  if (cut) output.push(cut);
  return {
    session: { lab: ctx.lab, shell: ctx.shell, server: ctx.server, cwd: ctx.cwd, variables: ctx.variables },
    output,
    status: ctx.failed ? 'error' : 'ok',
  };
}

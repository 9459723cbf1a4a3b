/**
 * Commands that belong to the lab, not to Windows: `Reset-Lab`, `Enter-LabShell <shell> [server]`
 * (alias `use`), and Passerelle's own verbs over the current profile — `passerelle generate
 * [--step <id>]`, `passerelle matrix`, `passerelle check`. They are answered before the linter
 * sees the line (the linter rightly knows no such cmdlets). Output comes from the same domain
 * functions the CLI uses: checkProfile, generateSteps, encryptionMatrix, formatFinding.
 */
import { checkProfile } from '../check.ts';
import { encryptionMatrix } from '../encryption.ts';
import { formatProfilePath } from '../finding.ts';
import { formatFinding } from '../messages.ts';
import { generateSteps, stepIds, steps as allSteps, anyExchangeServer, anyLyncServer, type StepId } from '../runbook/index.ts';
import { countOf, t, type Lang } from '../../i18n/index.ts';
import type { LabSession, LabShell } from './context.ts';
import { textTable } from './format.ts';
import type { OutputLine } from './output.ts';
import { createLab } from './state.ts';
import type { LabResult, RunOptions } from './index.ts';
import { defaultServer, homeFolder, resolveServer } from './session.ts';

/** Splits a lab verb line into words; quotes group words. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const match of line.trim().matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(match[1] ?? match[2] ?? match[3] ?? '');
  return out;
}

const shellNames: Readonly<Record<string, LabShell>> = {
  exchange: 'exchange',
  ems: 'exchange',
  lync: 'lync',
  lms: 'lync',
  sfb: 'lync',
  skype: 'lync',
  cmd: 'cmd',
};

const labVerbs = new Set(['reset-lab', 'enter-labshell', 'use', 'passerelle']);

/** Is this line one of the lab's own verbs? */
export function isLabVerb(line: string): boolean {
  const first = words(line)[0]?.toLowerCase();
  return first !== undefined && labVerbs.has(first);
}

const text = (lines: readonly string[], kind: OutputLine['kind'] = 'text'): OutputLine[] => lines.map((l) => ({ kind, text: l }));

/** Runs a lab verb, or returns undefined when the line is not one. */
export function runLabVerb(session: LabSession, line: string, opts: RunOptions): LabResult | undefined {
  const [verb, ...args] = words(line);
  if (!verb || !labVerbs.has(verb.toLowerCase())) return undefined;
  const { lang, profile } = opts;
  switch (verb.toLowerCase()) {
    case 'reset-lab': {
      const lab = createLab(profile);
      const server = session.shell === 'exchange' || session.shell === 'lync' ? defaultServer(lab, session.shell) : session.server;
      return { session: { ...session, lab, server, variables: {} }, output: text([t(lang, 'lab.verb.reset')], 'hint'), status: 'ok' };
    }
    case 'enter-labshell':
    case 'use': {
      const shell = shellNames[(args[0] ?? '').toLowerCase()];
      if (!shell) return { session, output: text([t(lang, 'lab.verb.useUsage')], 'error'), status: 'error' };
      const server = args[1] === undefined ? defaultServer(session.lab, shell) : resolveServer(session.lab, shell, args[1]);
      if (!server) return { session, output: text([t(lang, 'lab.verb.unknownServer', { server: args[1]!, shell })], 'error'), status: 'error' };
      return { session: { ...session, shell, server, cwd: homeFolder(shell) }, output: [], status: 'ok' };
    }
    default:
      return passerelle(session, args, lang, opts);
  }
}

function passerelle(session: LabSession, args: string[], lang: Lang, { profile }: RunOptions): LabResult {
  const ok = (output: OutputLine[]): LabResult => ({ session, output, status: 'ok' });
  switch ((args[0] ?? 'help').toLowerCase()) {
    case 'generate': {
      const stepIndex = args.findIndex((a) => a === '--step' || a.startsWith('--step='));
      const step = stepIndex < 0 ? undefined : args[stepIndex]!.includes('=') ? args[stepIndex]!.split('=')[1] : args[stepIndex + 1];
      if (stepIndex >= 0 && !stepIds.includes(step as StepId)) {
        return { session, output: text([t(lang, 'cli.error.unknownStep', { step: step ?? '', steps: stepIds.join(', ') })], 'error'), status: 'error' };
      }
      return ok(generateLines(profile, lang, step as StepId | undefined));
    }
    case 'matrix':
      return ok(matrixLines(profile, lang));
    case 'check':
      return ok(checkLines(profile, lang));
    default:
      return ok(text(t(lang, 'lab.verb.passerelleUsage').split('\n')));
  }
}

function targetLabel(lang: Lang, target: string): string {
  if (target === anyExchangeServer) return t(lang, 'runbook.target.anyExchangeServer');
  if (target === anyLyncServer) return t(lang, 'runbook.target.anyLyncServer');
  return target;
}

/** The runbook's commands for the profile, step by step, grouped by shell and machine. */
function generateLines(profile: RunOptions['profile'], lang: Lang, only?: StepId): OutputLine[] {
  const lines: OutputLine[] = [];
  for (const { step, commands, withheld, unavailable } of generateSteps(profile, checkProfile(profile), only ? [only] : undefined)) {
    lines.push({ kind: 'text', text: `# ${allSteps.indexOf(step) + 1}/${allSteps.length} ${step.id} — ${t(lang, `step.${step.id}.title`)}` });
    if (withheld) {
      lines.push({ kind: 'warning', text: `# ${t(lang, 'runbook.script.withheld')}` });
      continue;
    }
    if (unavailable) {
      lines.push({ kind: 'warning', text: `# ${t(lang, unavailable)}` });
      continue;
    }
    let group = '';
    for (const command of commands) {
      const key = `${command.shell}@${command.target}`;
      if (key !== group) {
        group = key;
        lines.push({ kind: 'text', text: `# [${t(lang, `runbook.shell.${command.shell}`)} — ${targetLabel(lang, command.target)}]` });
      }
      lines.push({ kind: 'text', text: command.shell === 'gui' ? `# ${command.text}` : command.text });
    }
    lines.push({ kind: 'text', text: '' });
  }
  return lines;
}

/** The checked encryption table; rows matching the profile's settings carry a marker. */
function matrixLines(profile: RunOptions['profile'], lang: Lang): OutputLine[] {
  const used = new Set(profile.dialPlans.filter((d) => d.uriType === 'SipName').map((d) => d.voipSecurity));
  const marker = t(lang, 'lab.matrix.profile');
  const rows = encryptionMatrix().map((cell) => [
    cell.encryptionLevel,
    cell.voipSecurity,
    t(lang, cell.recommended ? 'cli.matrix.recommended' : cell.compatible ? 'cli.matrix.compatible' : 'cli.matrix.incompatible'),
    cell.encryptionLevel === profile.lync.encryptionLevel && used.has(cell.voipSecurity) ? `◀ ${marker}` : '',
  ]);
  const header = [t(lang, 'cli.matrix.encryptionLevel'), t(lang, 'cli.matrix.voipSecurity'), t(lang, 'cli.matrix.verdict'), ''];
  return textTable(header, rows, '  ').map((l) => ({ kind: 'table', text: l }));
}

/** The profile's findings in the reader's language, then the CLI's summary line. */
function checkLines(profile: RunOptions['profile'], lang: Lang): OutputLine[] {
  const findings = checkProfile(profile);
  const lines: OutputLine[] = [];
  for (const finding of findings) {
    const kind: OutputLine['kind'] = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'text';
    lines.push({ kind, text: `${t(lang, `cli.severity.${finding.severity}`)} ${finding.ruleId}: ${formatFinding(finding, lang)}`, ruleId: finding.ruleId });
    if (finding.path) lines.push({ kind: 'text', text: `  ${t(lang, 'cli.at')} ${formatProfilePath(finding.path)}` });
  }
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  lines.push({ kind: 'text', text: t(lang, 'cli.summary', { errors: countOf(lang, 'error', count('error')), warnings: countOf(lang, 'warning', count('warning')), infos: countOf(lang, 'info', count('info')) }) });
  return lines;
}

/**
 * `Get-Help` in the lab, as Windows PowerShell takes it: `Get-Help X`, `help X`, `man X`, with
 * `-Examples`, `-Detailed`, `-Full`, `-Parameter <name>` (and `-Online`, which the offline lab
 * declines), and `X -?` on any cmdlet. Help comes from the catalog's facts; examples come from the
 * runbook's own commands for the reader's profile (real, checked commands), never from copied prose.
 *
 * @example labHelp('Get-UMDialPlan -?', 'exchange', { lang: 'en', profile }) // → the summary lines
 * @example labHelp('Get-UMDialPlan', 'exchange', …) // → undefined (not a help request)
 */
import { formatCmdletHelp, type HelpLine } from '../catalog/help.ts';
import { catalog, type CmdletSpec, type ParameterSpec } from '../catalog/index.ts';
import type { Profile } from '../profile/schema.ts';
import { generateAll } from '../runbook/index.ts';
import { procedureSteps } from '../runbook/procedures.ts';
import { t, type Lang } from '../../i18n/index.ts';
import type { LabShell } from './context.ts';

export type { HelpLine } from '../catalog/help.ts';

/** What a help line asks for. */
export type HelpRequest =
  | { kind: 'usage' }
  | { kind: 'help'; name: string; view: 'summary' | 'examples' | 'detailed' | 'full' | 'online' }
  | { kind: 'parameter'; name: string; parameter: string };

const HELP_NAMES = /^(?:get-help|help|man)$/i;

/**
 * Reads a line as a help request, or undefined when it is not one. Accepts `-Name X` or `X` in
 * any position, switch prefixes (`-ex`, `-det`) as PowerShell does, `-Parameter:X`, and `X -?`.
 */
export function parseHelpRequest(line: string): HelpRequest | undefined {
  const words = line.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  // `Set-UMDialPlan -?` (anything else on the line is ignored, as in PowerShell).
  if (words.length >= 2 && words.slice(1).includes('-?') && /^[\w.-]+$/.test(words[0]!) && !HELP_NAMES.test(words[0]!)) {
    return { kind: 'help', name: words[0]!, view: 'summary' };
  }
  if (!HELP_NAMES.test(words[0]!)) return undefined;
  let name: string | undefined;
  let view: 'summary' | 'examples' | 'detailed' | 'full' | 'online' = 'summary';
  let parameter: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith('-')) {
      name ??= word;
      continue;
    }
    const [switchName, inline] = word.slice(1).split(':', 2) as [string, string | undefined];
    const lower = switchName.toLowerCase();
    const is = (full: string, min: number) => lower.length >= min && full.startsWith(lower);
    if (is('name', 1)) name = inline ?? words[++i];
    else if (is('examples', 1)) view = 'examples';
    else if (is('detailed', 1)) view = 'detailed';
    else if (is('full', 1)) view = 'full';
    else if (is('online', 2)) view = 'online';
    else if (is('parameter', 1)) parameter = inline ?? words[++i];
    else if (lower === '?') view = 'summary';
    // Other switches (-Category, -ShowWindow…) change nothing in a terminal.
  }
  if (!name) return { kind: 'usage' };
  if (parameter) return { kind: 'parameter', name, parameter };
  return { kind: 'help', name, view };
}

/** The runbook's commands (every step, this profile) that start with the cmdlet, in run order. */
export function runbookExamples(cmdlet: string, profile: Profile): string[] {
  const commands = [...generateAll(profile), ...procedureSteps.flatMap((step) => step.generate(profile))];
  const found: string[] = [];
  for (const command of commands) {
    for (const line of command.text.split('\n')) {
      const first = line.trim().split(/\s+/)[0] ?? '';
      const resolved = first ? catalog.resolveCommand(first) : undefined;
      const name = resolved?.kind === 'cmdlet' ? resolved.cmdlet.name : first;
      if (name.toLowerCase() === cmdlet.toLowerCase() && !found.includes(line.trim())) found.push(line.trim());
    }
  }
  return found;
}

function own(cmdlet: CmdletSpec): ParameterSpec[] {
  return [...cmdlet.parameters.values()].filter((p) => !p.common);
}

/** One parameter's facts: type, required or optional (by set), position, pipeline, aliases, values. */
function parameterLines(cmdlet: CmdletSpec, p: ParameterSpec, lang: Lang, full = true): HelpLine[] {
  const facts: string[] = [];
  const requiredSets = [...p.requiredIn].map((set) => (set === '__AllParameterSets' ? t(lang, 'help.setAll').replace(/:$/, '') : set));
  facts.push(requiredSets.length > 0 ? t(lang, 'help.param.required', { sets: requiredSets.join(', ') }) : t(lang, 'help.param.optional'));
  const positions = cmdlet.sets.map((set) => set.positional.indexOf(p.name)).filter((n) => n >= 0);
  // -Detailed: required or not, and the values; -Full and -Parameter: every attribute.
  if (full && positions.length > 0) facts.push(t(lang, 'help.param.position', { position: Math.min(...positions) }));
  if (full && p.acceptsPipeline) facts.push(t(lang, 'help.param.pipeline'));
  if (full && p.aliases.length > 0) facts.push(t(lang, 'help.param.aliases', { names: p.aliases.join(', ') }));
  const lines: HelpLine[] = [{ kind: 'text', text: `  ${p.isSwitch ? `-${p.name}` : `-${p.name} <${p.type}>`}` }, { kind: 'text', text: `      ${facts.join(' · ')}` }];
  if (p.enum && p.enum.length > 0) lines.push({ kind: 'text', text: `      ${t(lang, 'help.param.values', { values: p.enum.join(' | ') })}` });
  return lines;
}

function examplesLines(cmdlet: CmdletSpec, lang: Lang, profile: Profile): HelpLine[] {
  const lines: HelpLine[] = [{ kind: 'heading', text: t(lang, 'help.examples') }];
  const examples = runbookExamples(cmdlet.name, profile);
  if (examples.length > 0) {
    lines.push({ kind: 'text', text: `  ${t(lang, 'help.examplesFromRunbook')}` });
    examples.slice(0, 6).forEach((example, i) => lines.push({ kind: 'text', text: `  ${i + 1}. PS> ${example}` }));
  } else {
    const set = cmdlet.sets.find((s) => s.isDefault) ?? cmdlet.sets[0];
    const required = (set?.required ?? []).map((name) => cmdlet.parameters.get(name)).filter((p): p is ParameterSpec => p !== undefined);
    lines.push({ kind: 'text', text: `  ${t(lang, 'help.examplesSyntax')}` });
    lines.push({ kind: 'text', text: `  PS> ${[cmdlet.name, ...required.map((p) => (p.isSwitch ? `-${p.name}` : `-${p.name} <${p.type}>`))].join(' ')}` });
  }
  return lines;
}

/**
 * The lines `Get-Help` prints for a request (undefined when the line is not a help request).
 * Help needs a PowerShell shell: in cmd.exe, `help` is cmd's own and not handled here.
 */
export function labHelp(line: string, shell: LabShell, options: { lang: Lang; profile: Profile }): HelpLine[] | undefined {
  if (shell === 'cmd') return undefined;
  const request = parseHelpRequest(line);
  if (!request) return undefined;
  const { lang, profile } = options;
  if (request.kind === 'usage') return [{ kind: 'text', text: t(lang, 'help.usage') }];
  const resolved = catalog.resolveCommand(request.name);
  const cmdlet = resolved.kind === 'cmdlet' ? resolved.cmdlet : resolved.kind === 'native' ? resolved.script : undefined;
  if (!cmdlet) return [{ kind: 'text', text: t(lang, 'help.unknown', { name: request.name }) }];
  if (request.kind === 'parameter') {
    const wanted = request.parameter.replace(/^-/, '').toLowerCase();
    const matches = own(cmdlet).filter((p) => (wanted.includes('*') ? new RegExp(`^${wanted.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(p.name.toLowerCase()) : p.name.toLowerCase() === wanted || p.aliases.some((a) => a.toLowerCase() === wanted)));
    if (matches.length === 0) return [{ kind: 'text', text: t(lang, 'help.param.unknown', { cmdlet: cmdlet.name, name: request.parameter.replace(/^-/, '') }) }];
    return [{ kind: 'heading', text: cmdlet.name }, ...matches.flatMap((p) => parameterLines(cmdlet, p, lang))];
  }
  switch (request.view) {
    case 'summary':
      return [...formatCmdletHelp(cmdlet, lang), { kind: 'text', text: `  ${t(lang, 'help.remarks', { name: cmdlet.name })}` }];
    case 'examples':
      return [{ kind: 'heading', text: cmdlet.name }, ...examplesLines(cmdlet, lang, profile)];
    case 'online':
      return [{ kind: 'text', text: t(lang, 'help.online') }];
    case 'detailed':
    case 'full': {
      const summary = formatCmdletHelp(cmdlet, lang);
      // The common-parameters note closes the summary: keep it for the end.
      const common = summary.pop()!;
      const full = request.view === 'full';
      return [...summary, { kind: 'heading', text: t(lang, 'help.parameters') }, ...own(cmdlet).flatMap((p) => parameterLines(cmdlet, p, lang, full)), ...examplesLines(cmdlet, lang, profile), common];
    }
  }
}

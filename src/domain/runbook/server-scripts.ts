/**
 * A runbook as downloadable `.ps1` files, one per machine and shell: what an operator carries to
 * `mbx01` for the Exchange Management Shell is a different file from what runs in the Lync Server
 * Management Shell. Same comments as the single-file script (`script.ts`): bilingual, a header
 * naming the profile and its SHA-256, withheld steps listed with their reasons instead of commands.
 */
import { formatProfilePath, type Finding } from '../finding.ts';
import { formatFinding } from '../messages.ts';
import type { Profile } from '../profile/schema.ts';
import { lyncProductNames } from './products.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { commentSafe, generateRunbookSteps, type GeneratedStep } from './script.ts';
import { anyExchangeServer, anyLyncServer, type RunbookCommand, type RunbookStep, type Shell } from './types.ts';

/** One downloadable file. */
export interface ServerScript {
  /** A safe file name: `passerelle-<runbook>-<target>-<shell>.ps1`. */
  fileName: string;
  target: string;
  shell: Shell;
  text: string;
}

export interface ServerScriptOptions {
  /** The runbook's slug (file names) and its steps, in order. */
  runbook: string;
  steps: readonly RunbookStep[];
  /** The language whose comment comes first; both are always written. */
  lang: Lang;
  /** SHA-256 (hex) of the profile as exported, so the file can be matched to it later. */
  profileSha256: string;
  findings: readonly Finding[];
}

const order = (lang: Lang): readonly Lang[] => (lang === 'fr' ? ['fr', 'en'] : ['en', 'fr']);

function bilingual(lang: Lang, key: string, params?: Record<string, string | number>): string[] {
  return order(lang).map((l) => `# ${l.toUpperCase()}: ${commentSafe(t(l, key, params))}`);
}

function targetLabel(lang: Lang, target: string): string {
  if (target === anyExchangeServer) return t(lang, 'runbook.target.anyExchangeServer');
  if (target === anyLyncServer) return t(lang, 'runbook.target.anyLyncServer');
  return target;
}

/** File-name part from a target: letters, digits, dots and dashes only. */
function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'x';
}

/** The machines and shells a runbook's commands run on, each with its steps' commands there. */
export interface MachineShellGroup {
  target: string;
  shell: Shell;
  /** The steps with at least one command on this machine in this shell, in run order. */
  steps: Array<{ /** 1-based position in the runbook. */ number: number; step: RunbookStep; commands: RunbookCommand[] }>;
}

/**
 * Groups generated steps by machine and shell: one group per (target, shell) that has at least one
 * command, in the order the machines first appear in the runbook; inside a group, the steps in run
 * order with only their commands for that machine and shell. Withheld and unavailable steps have
 * no commands, so they are in no group (callers list them on their own).
 * @example machineShellGroups(generateRunbookSteps(profile, steps, findings))[0]
 * // → { target: 'lyncpool-paris.contoso.com', shell: 'lync', steps: [{ number: 1, step, commands: […] }, …] }
 */
export function machineShellGroups(generated: readonly GeneratedStep[]): MachineShellGroup[] {
  const groups = new Map<string, MachineShellGroup>();
  generated.forEach(({ step, commands }, index) => {
    for (const command of commands) {
      const key = `${command.target}\u0000${command.shell}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { target: command.target, shell: command.shell, steps: [] }));
      const last = group.steps.at(-1);
      if (last?.step === step) last.commands.push(command);
      else group.steps.push({ number: index + 1, step, commands: [command] });
    }
  });
  return [...groups.values()];
}

/**
 * The runbook's files for a profile: one per (target, shell) that has at least one command, in
 * the order the machines first appear in the runbook (`machineShellGroups`). A step held back by
 * profile errors is named in every file with its reasons, so no file silently lacks a step.
 * cmd.exe lines and console actions stay comments, so every file remains valid PowerShell.
 */
export function renderServerScripts(profile: Profile, options: ServerScriptOptions): ServerScript[] {
  const { lang } = options;
  const generated = generateRunbookSteps(profile, options.steps, options.findings);
  const files = machineShellGroups(generated);

  return files.map(({ target, shell }) => {
    const lines: string[] = [];
    lines.push(`# Passerelle — ${commentSafe(profile.name ?? '')}`.trimEnd());
    lines.push(`# SHA-256: ${commentSafe(options.profileSha256)}`);
    lines.push(`# ${t(lang, `runbook.shell.${shell}`)} — ${commentSafe(targetLabel(lang, target))}`);
    lines.push(...bilingual(lang, 'runbook.script.versions', { exchange: profile.exchange.version, lync: lyncProductNames[profile.lync.version] }));
    lines.push(...bilingual(lang, 'runbook.script.notOneScript'));
    generated.forEach(({ step, commands, withheld: reasons }, index) => {
      const here = commands.filter((c) => c.target === target && c.shell === shell);
      if (!reasons && here.length === 0) return;
      lines.push('', `# ── ${index + 1}/${options.steps.length} · ${step.id} ${'─'.repeat(Math.max(3, 60 - step.id.length))}`);
      lines.push(...bilingual(lang, `step.${step.id}.title`));
      if (reasons) {
        lines.push(...bilingual(lang, 'runbook.script.withheld'));
        for (const finding of reasons) {
          const where = finding.path ? ` (${formatProfilePath(finding.path)})` : '';
          for (const l of order(lang)) {
            lines.push(`#   ${l.toUpperCase()}: ${finding.severity} ${finding.ruleId}: ${commentSafe(formatFinding(finding, l))}${commentSafe(where)}`);
          }
        }
        return;
      }
      for (const command of here) {
        if (command.note) lines.push(...bilingual(lang, `runbook.note.${command.note}`));
        if (command.verify) lines.push(`# ${t(lang, 'runbook.script.verify')}`);
        lines.push(shell === 'exchange' || shell === 'lync' ? command.text : `# ${shell}> ${commentSafe(command.text)}`);
      }
    });
    return {
      fileName: `passerelle-${fileNamePart(options.runbook)}-${fileNamePart(target)}-${shell}.ps1`,
      target,
      shell,
      text: lines.join('\n') + '\n',
    };
  });
}

/**
 * The runbook as one annotated `.ps1` document: commands grouped by step, then by consecutive
 * shell and machine, with bilingual comments (`# FR: … / # EN: …`), a header naming the profile
 * and its SHA-256, and the steps withheld because of profile errors listed with their diagnostics
 * instead of their commands. The CLI writes it; the site offers the same download.
 *
 * It is a runbook, not one script to run top to bottom: Exchange and Lync commands run in their own
 * management shells on the machines named above each group. cmd.exe and console actions are
 * written as comments, so the file stays valid PowerShell.
 */
import { formatProfilePath, type Finding } from '../finding.ts';
import { inertText } from '../inert-text.ts';
import { formatFinding } from '../messages.ts';
import type { Profile } from '../profile/schema.ts';
import { lyncProductNames } from './products.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { steps as allSteps } from './steps.ts';
import { anyExchangeServer, anyLyncServer, type RunbookCommand, type RunbookStep, type StepId } from './types.ts';
import { withheldSteps } from './withhold.ts';

/**
 * Makes text safe inside a `#` comment: a line break (CR, LF, NEL, U+2028/2029, VT, FF) would end the
 * comment and turn the rest into code, and a control or bidi character would act on the reader's
 * terminal or editor; `inertText` shows each of them as its code point (`\u{a}`, `⟨U+202E⟩`).
 * Profile values reach comments through finding parameters and the profile name.
 */
export function commentSafe(text: string): string {
  return inertText(text);
}

export interface RunbookScriptOptions {
  /** The language whose comment comes first; both are always written. */
  lang: Lang;
  /** SHA-256 of the profile file as read (hex), for the change record. */
  profileSha256: string;
  /** Profile findings: error findings withhold steps. */
  findings: readonly Finding[];
  /** Only these steps (default: all). */
  only?: readonly StepId[];
}

/** One result of generation per step: its commands, or why it is withheld / unavailable. */
export interface GeneratedStep {
  step: RunbookStep;
  commands: RunbookCommand[];
  /** Set when profile errors (at this step or a step it depends on) withhold the commands. */
  withheld?: Finding[];
  /** Set when the step cannot run with these product versions: the i18n key saying why. */
  unavailable?: string;
}

/** Generates every deployment step (or `only` those), withholding those that profile errors make unsafe. */
export function generateSteps(profile: Profile, findings: readonly Finding[], only?: readonly StepId[]): GeneratedStep[] {
  return generateRunbookSteps(profile, allSteps, findings, only);
}

/**
 * Generates the steps of one runbook (or `only` those), in order: a step that profile errors make
 * unsafe (or that depends on such a step) is withheld with its findings, a step these product
 * versions cannot run says why, every other step gets its commands. The single-file script, the
 * per-server files and the change-window sheet all start from this.
 */
export function generateRunbookSteps(profile: Profile, runbook: readonly RunbookStep[], findings: readonly Finding[], only?: readonly StepId[]): GeneratedStep[] {
  const withheld = withheldSteps(runbook, findings);
  return runbook
    .filter((step) => !only || only.includes(step.id))
    .map((step): GeneratedStep => {
      const blocked = withheld.get(step.id);
      if (blocked) return { step, commands: [], withheld: blocked };
      const unavailable = step.unavailable?.(profile);
      return unavailable ? { step, commands: [], unavailable } : { step, commands: step.generate(profile) };
    });
}

const bilingual = (lang: Lang, key: string, params?: Record<string, string | number>) => {
  const order: Lang[] = lang === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
  return order.map((l) => `# ${l.toUpperCase()}: ${commentSafe(t(l, key, params))}`);
};

function targetLabel(lang: Lang, target: string): string {
  if (target === anyExchangeServer) return t(lang, 'runbook.target.anyExchangeServer');
  if (target === anyLyncServer) return t(lang, 'runbook.target.anyLyncServer');
  return target;
}

/** The annotated `.ps1` text of the runbook for a profile. */
export function renderRunbookScript(profile: Profile, options: RunbookScriptOptions): string {
  const { lang } = options;
  const lines: string[] = [];
  lines.push(`# Passerelle — ${commentSafe(profile.name ?? '')}`.trimEnd());
  lines.push(`# SHA-256: ${commentSafe(options.profileSha256)}`);
  lines.push(...bilingual(lang, 'runbook.script.versions', { exchange: profile.exchange.version, lync: lyncProductNames[profile.lync.version] }));
  lines.push(...bilingual(lang, 'runbook.script.notOneScript'));
  const generated = generateSteps(profile, options.findings, options.only);
  generated.forEach(({ step, commands, withheld, unavailable }) => {
    const number = allSteps.indexOf(step) + 1;
    lines.push('', `# ── ${number}/${allSteps.length} · ${step.id} ${'─'.repeat(Math.max(3, 60 - step.id.length))}`);
    lines.push(...bilingual(lang, `step.${step.id}.title`));
    lines.push(...bilingual(lang, `step.${step.id}.purpose`));
    if (withheld) {
      lines.push(...bilingual(lang, 'runbook.script.withheld'));
      for (const finding of withheld) {
        const where = finding.path ? ` (${formatProfilePath(finding.path)})` : '';
        for (const l of lang === 'fr' ? (['fr', 'en'] as const) : (['en', 'fr'] as const)) {
          lines.push(`#   ${l.toUpperCase()}: ${finding.severity} ${finding.ruleId}: ${commentSafe(formatFinding(finding, l))}${commentSafe(where)}`);
        }
      }
      return;
    }
    if (unavailable) {
      lines.push(...bilingual(lang, unavailable));
      return;
    }
    lines.push(...bilingual(lang, `step.${step.id}.preconditions`).map((line) => line.replace(/^# (..): /, '# $1: ⚑ ')));
    let group = '';
    for (const command of commands) {
      const key = `${command.shell}@${command.target}`;
      if (key !== group) {
        group = key;
        lines.push(`# [${t(lang, `runbook.shell.${command.shell}`)} — ${commentSafe(targetLabel(lang, command.target))}]`);
      }
      if (command.note) lines.push(...bilingual(lang, `runbook.note.${command.note}`));
      if (command.verify) lines.push(`# ${t(lang, 'runbook.script.verify')}`);
      // cmd.exe lines and console actions are not PowerShell: keep them as comments.
      lines.push(command.shell === 'exchange' || command.shell === 'lync' ? command.text : `# ${command.shell}> ${commentSafe(command.text)}`);
    }
    lines.push(...bilingual(lang, `step.${step.id}.verify`).map((line) => line.replace(/^# (..): /, '# $1: ✔ ')));
  });
  return lines.join('\n') + '\n';
}

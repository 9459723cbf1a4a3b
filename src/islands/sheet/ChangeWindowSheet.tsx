/**
 * The change-window sheet as printed: the deployment, the profile's SHA-256, the date and the
 * operator; then the commands grouped by machine and shell in run order, each with a tick box, the
 * step's verification commands and its expected outcome; the steps left out and why; signature
 * lines. No control of any kind: it is paper. The data is `changeWindowSheet` (src/domain/runbook/sheet.ts);
 * this file only words it. Shown by the print stylesheet only
 * (src/components/runbook/change-window-sheet.css).
 */
import { Component } from 'preact';
import { formatProfilePath } from '../../domain/finding.ts';
import { inertText } from '../../domain/inert-text.ts';
import { formatFinding } from '../../domain/messages.ts';
import type { Profile } from '../../domain/profile/schema.ts';
import { lyncProductNames } from '../../domain/runbook/products.ts';
import { targetLabel } from '../../domain/runbook/record.ts';
import { sheetCommandCount, type ChangeWindowSheet as Sheet, type SheetStep } from '../../domain/runbook/sheet.ts';
import type { RunbookCommand } from '../../domain/runbook/types.ts';
import { labelled, t, type Lang } from '../../i18n/index.ts';
import { codeSpans } from '../code-spans.tsx';
import { WholeWords } from '../whole-words.tsx';

export interface ChangeWindowSheetProps {
  lang: Lang;
  /** The runbook's title, as the page shows it. */
  title: string;
  profile: Profile;
  /** SHA-256 (hex) of the profile as exported ("" while it is being computed). */
  profileSha256: string;
  sheet: Sheet;
  /** The operator's name from the record, or "" for a line to write on. */
  operator: string;
  /** The printing date, already worded for the language. */
  date: string;
  /**
   * How many commands to show, in sheet order (default: all). The page renders a large sheet a
   * slice at a time when the browser is idle, so no single task builds thousands of rows.
   */
  limit?: number;
  /**
   * Whether the findings' messages are loaded (default: yes). Until they are, a withheld step's
   * findings are named by their rule; the page does not print the sheet before (see mount.tsx).
   */
  worded?: boolean;
  /**
   * Whether the commands' words are kept whole on a line (src/islands/whole-words.tsx; default:
   * yes). The page builds a large sheet ahead without them, since about 10,000 commands would take
   * some 40,000 more elements, and adds them when the reader prints (see mount.tsx).
   */
  wholeWords?: boolean;
}



/** One command with its tick box (and its caution, if any). */
function Command({ command, lang, wholeWords }: { command: RunbookCommand; lang: Lang; wholeWords: boolean }) {
  return (
    <li class="cw-sheet__command">
      {command.note && <p class="cw-sheet__note">{codeSpans(t(lang, `runbook.note.${command.note}`))}</p>}
      <div class="cw-sheet__line">
        <span class="cw-sheet__box" aria-hidden="true">☐</span>
        <code>{wholeWords ? <WholeWords text={command.text} /> : command.text}</code>
      </div>
    </li>
  );
}

interface StepProps {
  entry: SheetStep;
  total: number;
  lang: Lang;
  /** How many of the entry's commands to show (actions first, then verifications). */
  shown: number;
  wholeWords: boolean;
}

/**
 * One step of a group. A class only for `shouldComponentUpdate`: while the sheet grows a slice at
 * a time, the steps already complete are not rendered again.
 */
class Step extends Component<StepProps> {
  override shouldComponentUpdate(next: StepProps): boolean {
    const { entry, total, lang, shown, wholeWords } = this.props;
    return next.entry !== entry || next.total !== total || next.lang !== lang || next.shown !== shown || next.wholeWords !== wholeWords;
  }

  override render({ entry, total, lang, shown, wholeWords }: StepProps) {
    const actions = entry.actions.slice(0, shown);
    const verifications = entry.verifications.slice(0, Math.max(0, shown - entry.actions.length));
    const complete = shown >= entry.actions.length + entry.verifications.length;
    return (
      <div class="cw-sheet__step">
        <h3>{t(lang, 'sheet.step', { number: entry.number, total, title: t(lang, `step.${entry.step}.title`) })}</h3>
        {actions.length > 0 && (
          <ul class="cw-sheet__commands">
            {actions.map((command, i) => <Command key={i} command={command} lang={lang} wholeWords={wholeWords} />)}
          </ul>
        )}
        {verifications.length > 0 && (
          <>
            <p class="cw-sheet__label">{labelled(lang, t(lang, 'sheet.verification'))}</p>
            <ul class="cw-sheet__commands">
              {verifications.map((command, i) => <Command key={i} command={command} lang={lang} wholeWords={wholeWords} />)}
            </ul>
          </>
        )}
        {complete && entry.expectation && (
          <p class="cw-sheet__expected">
            <strong>{labelled(lang, t(lang, 'sheet.expected'))}</strong> {codeSpans(t(lang, `step.${entry.step}.verify`))}
          </p>
        )}
      </div>
    );
  }
}

/** The sheet (see the top of the file). */
export default function ChangeWindowSheet({ lang, title, profile, profileSha256, sheet, operator, date, limit = Infinity, worded = true, wholeWords = true }: ChangeWindowSheetProps) {
  const deployment = profile.name ? `${profile.name} (${profile.organization.sipDomain})` : profile.organization.sipDomain;
  const facts: Array<[string, string]> = [
    [t(lang, 'sheet.deployment'), inertText(deployment)],
    [t(lang, 'sheet.runbook'), title],
    [t(lang, 'sheet.sha256'), profileSha256],
    [t(lang, 'sheet.date'), date],
  ];
  let offset = 0; // commands before the current step, in sheet order
  return (
    <article class="cw-sheet" lang={lang} data-profile-sha256={profileSha256} data-complete={limit >= sheetCommandCount(sheet) ? 'true' : 'false'}>
      <h1>{t(lang, 'sheet.title')}</h1>
      <dl class="cw-sheet__facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{labelled(lang, label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>{labelled(lang, t(lang, 'sheet.operator'))}</dt>
          <dd class={operator ? undefined : 'cw-sheet__blank'}>{inertText(operator)}</dd>
        </div>
      </dl>
      <p>{t(lang, 'runbook.script.versions', { exchange: profile.exchange.version, lync: lyncProductNames[profile.lync.version] })}</p>

      {sheet.held.length > 0 && (
        <section class="cw-sheet__held">
          <h2>{t(lang, 'sheet.held')}</h2>
          <ul>
            {sheet.held.map((held) => (
              <li key={held.step}>
                {t(lang, 'sheet.step', { number: held.number, total: sheet.total, title: t(lang, `step.${held.step}.title`) })} —{' '}
                {codeSpans(t(lang, held.unavailable ?? (held.empty ? 'runbookPage.noCommands' : 'sheet.heldWithheld')))}
                {held.withheld && held.withheld.length > 0 && (
                  <ul>
                    {held.withheld.map((finding, i) => (
                      <li key={i}>
                        {worded ? codeSpans(formatFinding(finding, lang)) : finding.ruleId}
                        {finding.path && ` (${inertText(formatProfilePath(finding.path))})`}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {sheet.groups.length === 0 && <p>{t(lang, 'sheet.empty')}</p>}
      {sheet.groups.map((group) => {
        if (offset >= limit) return null;
        return (
          <section class="cw-sheet__group" key={`${group.shell}@${group.target}`}>
            <h2>{t(lang, 'sheet.group', { shell: t(lang, `runbook.shell.${group.shell}`), target: inertText(targetLabel(group.target, lang)) })}</h2>
            {group.steps.map((entry) => {
              const count = entry.actions.length + entry.verifications.length;
              const shown = Math.max(0, Math.min(count, limit - offset));
              offset += count;
              return shown > 0 ? <Step key={entry.number} entry={entry} total={sheet.total} lang={lang} shown={shown} wholeWords={wholeWords} /> : null;
            })}
          </section>
        );
      })}

      <section class="cw-sheet__signatures">
        <h2>{t(lang, 'sheet.signatures')}</h2>
        {(['operator', 'reviewer', 'date'] as const).map((who) => (
          <p key={who} class="cw-sheet__signature">
            <span>{labelled(lang, t(lang, `sheet.sign.${who}`))}</span>
            <span class="cw-sheet__blank" />
          </p>
        ))}
      </section>
    </article>
  );
}

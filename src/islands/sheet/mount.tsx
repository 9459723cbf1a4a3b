/**
 * Starts the change-window sheet on a runbook page (loaded when the browser is idle, see
 * src/scripts/sheet-boot.ts): the sheet is rendered at the end of <body> from the stored profile
 * and the record's operator once the reader may print (see `mountChangeWindowSheet`), and kept up
 * to date when either changes, so printing (or a PDF made by a browser) gives the reader's
 * commands without any scrolling. The screen part — the operator's name and a print button — goes
 * into the page's offer section. The styles live with
 * the offer (src/components/runbook/change-window-sheet.css), loaded with the page.
 */
import { useStore } from '@nanostores/preact';
import { render } from 'preact';
import type { Profile } from '../../domain/profile/schema.ts';
import { runbookSteps } from '../../domain/runbook/procedures.ts';
import { profileSha256 } from '../../domain/profile/fingerprint.ts';
import { changeWindowSheet, sheetCommandCount, usersSheetCommands, type ChangeWindowSheet as Sheet } from '../../domain/runbook/sheet.ts';
import { isLang, type Lang } from '../../i18n/index.ts';
import { $findings, $findingsWorded, $profile } from '../state/profile.ts';
import { $progress, setOperator } from '../state/progress.ts';
import ChangeWindowSheet from './ChangeWindowSheet.tsx';
import SheetControls from './SheetControls.tsx';

/** The operator's name (kept in the record, like the record panel's) and the print button, live. */
function LiveSheetControls({ lang }: { lang: Lang }) {
  const record = useStore($progress);
  return <SheetControls lang={lang} operator={record.operator} live={{ setOperator, print: () => window.print() }} />;
}

/** The printing date in the reader's language (`6 December 2026`, `6 décembre 2026`). */
function today(lang: Lang): string {
  return new Date().toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Commands added to the sheet per idle task: a 2,000-user sheet holds about 10,000. */
const SLICE = 400;


/**
 * Renders the sheet for the runbook named by the offer section (`data-runbook`, `data-lang`,
 * `data-title`) and makes the offer's controls live. Nobody sees the sheet before printing, so its
 * elements are not made until the reader may print: `beforeprint` (which the Print button and a
 * browser's own Print both fire) builds it whole at once, and a reader who reaches for the offer
 * (focus or pointer) gets it built ahead, a slice of commands per idle task. The sheet of a large
 * deployment is built ahead from the start, so printing it never waits on building it; printing
 * only adds the elements that keep the commands' words whole on a line (src/islands/whole-words.tsx:
 * about 40,000 for 10,000 commands, which built ahead doubled the page's time to quiet). The sheet
 * follows profile and record changes once built. Once whole and hashed, it replaces the page in print.
 */
export function mountChangeWindowSheet(offer: HTMLElement): void {
  const lang: Lang = isLang(offer.dataset.lang) ? offer.dataset.lang : 'en';
  const steps = runbookSteps(offer.dataset.runbook ?? '');
  if (!steps) return;
  const title = offer.dataset.title ?? '';
  const root = document.createElement('div');
  root.className = 'cw-sheet-root';
  document.body.append(root);

  const hashes = new WeakMap<Profile, string>();
  let shown: { profile: Profile; sheet: Sheet; commands: number } | undefined;
  let limit = 0;
  let pending = false;
  /** Whether the sheet's elements are wanted (see above); until then nothing is rendered. */
  let wanted = false;
  /** Whether the reader has printed: the words are kept whole from then on (see ChangeWindowSheet). */
  let printing = false;

  /** The sheet of the current profile (built once per profile). */
  const current = () => {
    const profile = $profile.get();
    if (shown?.profile !== profile) {
      const sheet = changeWindowSheet(profile, steps, $findings.get());
      shown = { profile, sheet, commands: sheetCommandCount(sheet) };
      limit = 0;
    }
    return shown;
  };
  const paint = () => {
    if (!shown || !wanted) return;
    const profileSha256 = hashes.get(shown.profile) ?? '';
    const worded = $findingsWorded.get();
    render(
      <ChangeWindowSheet lang={lang} title={title} profile={shown.profile} profileSha256={profileSha256} sheet={shown.sheet} operator={$progress.get().operator} date={today(lang)} limit={limit} worded={worded} wholeWords={printing} />,
      root,
    );
    // Print shows the sheet instead of the page only once it is whole, names its profile and words its findings.
    if (profileSha256 && limit >= shown.commands && worded) document.documentElement.classList.add('cw-sheet-ready');
  };
  const work = () => {
    pending = false;
    const { commands } = current();
    limit = Math.min(commands, limit + SLICE);
    paint();
    if (limit < commands) schedule();
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 1000 });
    else setTimeout(work, 50);
  };

  const want = () => {
    if (wanted) return;
    wanted = true;
    schedule();
  };

  $profile.subscribe((profile) => {
    if (wanted) schedule();
    // A sheet of more than a slice is built ahead: printing it never waits on it. The users' part
    // of the sheet says so without building it (583 commands for 100 users, 98 for the example's 3).
    else if (usersSheetCommands(profile, steps) >= SLICE) want();
    void profileSha256(profile).then((hash) => {
      hashes.set(profile, hash);
      // The offer says which profile a print would show (tests wait on it before printing).
      if ($profile.get() === profile) offer.dataset.profileSha256 = hash;
      if (shown?.profile === profile) paint();
    });
  });
  $progress.listen(paint);
  $findingsWorded.listen(paint);
  // Printing now: the whole sheet of the current profile, with the printing day's date.
  window.addEventListener('beforeprint', () => {
    wanted = true;
    printing = true;
    limit = current().commands;
    paint();
  });
  offer.addEventListener('focusin', want, { once: true });
  offer.addEventListener('pointerover', want, { once: true });

  const controls = offer.querySelector<HTMLElement>('[data-cw-offer-controls]');
  if (controls) {
    // The server's disabled copy gives way to the live controls in the same task: nothing moves.
    controls.replaceChildren();
    render(<LiveSheetControls lang={lang} />, controls);
  }
}

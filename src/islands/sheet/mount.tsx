/**
 * Starts the change-window sheet on a runbook page (loaded when the browser is idle, see
 * src/scripts/sheet-boot.ts): the sheet is rendered at the end of <body> from the stored profile
 * and the record's operator, and kept up to date when either changes, so printing (or a PDF made
 * by a browser) gives the reader's commands without any scrolling. The screen part — the
 * operator's name and a print button — goes into the page's offer section. The styles live with
 * the offer (src/components/runbook/change-window-sheet.css), loaded with the page.
 */
import { useStore } from '@nanostores/preact';
import { render } from 'preact';
import { serializeProfile } from '../../domain/profile/share.ts';
import { runbookSteps } from '../../domain/runbook/procedures.ts';
import { sha256Hex } from '../../domain/runbook/record.ts';
import { changeWindowSheet } from '../../domain/runbook/sheet.ts';
import { isLang, t, type Lang } from '../../i18n/index.ts';
import { $findings, $profile } from '../state/profile.ts';
import { $progress, setOperator } from '../state/progress.ts';
import ChangeWindowSheet from './ChangeWindowSheet.tsx';

/** The operator's name (kept in the record, like the record panel's) and the print button. */
function SheetControls({ lang }: { lang: Lang }) {
  const record = useStore($progress);
  return (
    <p class="cw-offer__controls">
      <label for="sheet-operator">{t(lang, 'sheet.offer.operator')}</label>{' '}
      <input id="sheet-operator" type="text" autocomplete="name" value={record.operator} onChange={(event) => setOperator(event.currentTarget.value.trim())} />{' '}
      <button type="button" onClick={() => window.print()}>
        {t(lang, 'sheet.offer.print')}
      </button>
    </p>
  );
}

/** The printing date in the reader's language (`6 December 2026`, `6 décembre 2026`). */
function today(lang: Lang): string {
  return new Date().toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * Renders the sheet for the runbook named by the offer section (`data-runbook`, `data-lang`,
 * `data-title`) and shows the offer. Re-renders when the browser is idle after a change, so a
 * burst of edits costs one rendering.
 */
export function mountChangeWindowSheet(offer: HTMLElement): void {
  const lang: Lang = isLang(offer.dataset.lang) ? offer.dataset.lang : 'en';
  const steps = runbookSteps(offer.dataset.runbook ?? '');
  if (!steps) return;
  const title = offer.dataset.title ?? '';
  const root = document.createElement('div');
  root.className = 'cw-sheet-root';
  document.body.append(root);

  let profileSha256 = '';
  let scheduled = false;
  const draw = () => {
    scheduled = false;
    const profile = $profile.get();
    const sheet = changeWindowSheet(profile, steps, $findings.get());
    render(<ChangeWindowSheet lang={lang} title={title} profile={profile} profileSha256={profileSha256} sheet={sheet} operator={$progress.get().operator} date={today(lang)} />, root);
    // Print shows the sheet instead of the page only once it holds the reader's profile.
    if (profileSha256) document.documentElement.classList.add('cw-sheet-ready');
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    if ('requestIdleCallback' in window) requestIdleCallback(draw, { timeout: 1000 });
    else setTimeout(draw, 50);
  };

  $profile.subscribe((profile) => {
    void sha256Hex(serializeProfile(profile)).then((hash) => {
      if ($profile.get() !== profile) return; // a newer profile's hash is on its way
      profileSha256 = hash;
      schedule();
    });
  });
  $progress.listen(schedule);
  // Printed later in the day: the date is the printing day's.
  window.addEventListener('beforeprint', draw);

  const controls = offer.querySelector<HTMLElement>('[data-cw-offer-controls]');
  if (controls) render(<SheetControls lang={lang} />, controls);
  offer.hidden = false;
}

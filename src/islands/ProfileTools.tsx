/**
 * The profile's own controls: export it as a JSON file, import one, copy a share link (the profile
 * in the URL fragment), reset to the example deployment, and the notice that says what happened —
 * including why a stored profile, an imported file or a share link could not be used (each
 * problem worded by formatLoadIssue, in the reader's language). Nothing is ever lost: what an
 * import, a link or a reset replaces can be restored from here.
 *
 * Props: `lang` (required, `fr` | `en`).
 * Usage in MDX: `<ProfileTools lang="en" client:load />` near the top of the page, so that a
 * problem with the stored profile is reported as soon as the page opens.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatLoadIssue } from '../domain/messages.ts';
import { PROFILE_BACKUP_KEY } from '../domain/profile/share.ts';
import { t, type Lang } from '../i18n/index.ts';
import { download } from './download.ts';
import { FileButton } from './FileButton.tsx';
import { $profileNotice, dismissProfileNotice, previousProfile, exportProfileFile, importProfileText, resetProfile, setProfile, shareLink, type ProfileNotice } from './state/profile.ts';
import './runbook-state.css';

export interface ProfileToolsProps {
  lang: Lang;
}

function noticeText(notice: ProfileNotice, lang: Lang): string {
  switch (notice.kind) {
    case 'error':
      return t(lang, `notice.error.${notice.source}`, { key: PROFILE_BACKUP_KEY });
    case 'loaded':
      return t(lang, `notice.loaded.${notice.source}${notice.previousInTabOnly ? '.previousInTab' : ''}`);
    case 'reset':
      return t(lang, notice.previousInTabOnly ? 'notice.reset.previousInTab' : 'notice.reset');
    case 'declined':
      return t(lang, `notice.declined.${notice.source}`);
    case 'storageFailed':
      return t(lang, notice.after ? `notice.storageFailed.${notice.after}` : 'notice.storageFailed');
  }
}

/** The tools (see the top of the file). */
export default function ProfileTools({ lang }: ProfileToolsProps) {
  // The notice is empty on the server; it only exists in the browser (hydration-safe).
  const notice = useStore($profileNotice, { ssr: () => null });
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);
  const [restored, setRestored] = useState(false);
  const canRestore = notice !== null && (notice.kind === 'loaded' || notice.kind === 'reset');

  const restorePrevious = () => {
    const previous = previousProfile();
    if (!previous) return;
    setProfile(previous);
    dismissProfileNotice();
    setRestored(true);
  };

  return (
    <section class="runbook-state profile-tools" aria-labelledby="profile-tools-title">
      <h2 id="profile-tools-title">{t(lang, 'tools.title')}</h2>
      <p>{t(lang, 'tools.lead')}</p>
      <div class="actions">
        <button
          type="button"
          onClick={() => {
            const file = exportProfileFile();
            download(file.name, file.text, 'application/json');
          }}
        >
          {t(lang, 'tools.export')}
        </button>
        <FileButton
          label={t(lang, 'tools.import')}
          accept="application/json,.json"
          onFile={async (file) => {
            setRestored(false);
            importProfileText(await file.text());
          }}
        />
        <button
          type="button"
          onClick={async () => {
            const url = shareLink();
            let copied = false;
            try {
              await navigator.clipboard.writeText(url);
              copied = true;
            } catch {
              // Clipboard refused (permissions, insecure context): the link is shown to copy by hand.
            }
            setLink({ url, copied });
          }}
        >
          {t(lang, 'tools.share')}
        </button>
        <button
          type="button"
          onClick={() => {
            setRestored(false);
            resetProfile();
          }}
        >
          {t(lang, 'tools.reset')}
        </button>
      </div>
      {link && (
        <div class="notice">
          <p>{t(lang, link.copied ? 'tools.shareCopied' : 'tools.shareManual')}</p>
          <label>
            {t(lang, 'tools.shareLabel')} <input type="text" readOnly value={link.url} size={40} onFocus={(event) => event.currentTarget.select()} />
          </label>
        </div>
      )}
      <div aria-live="polite">
        {restored && <p class="notice">{t(lang, 'notice.restored')}</p>}
        {notice && (
          <div class={`notice${notice.kind === 'error' || notice.kind === 'storageFailed' ? ' notice-error' : ''}`} role={notice.kind === 'error' || notice.kind === 'storageFailed' ? 'alert' : undefined}>
            <p>{noticeText(notice, lang)}</p>
            {notice.kind === 'error' && (
              <ul>
                {notice.issues.map((issue, i) => (
                  <li key={i}>{formatLoadIssue(issue, lang)}</li>
                ))}
              </ul>
            )}
            <div class="actions">
              {canRestore && (
                <button type="button" onClick={restorePrevious}>
                  {t(lang, 'tools.restorePrevious')}
                </button>
              )}
              <button type="button" onClick={dismissProfileNotice}>
                {t(lang, 'tools.dismiss')}
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

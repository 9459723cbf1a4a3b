/**
 * The change-window record: the operator's name, per step what was done and when, by whom, the
 * commands copied with their SHA-256; downloadable as Markdown and JSON in the reader's language
 * (the formats are pure functions in src/domain/runbook/record.ts).
 *
 * Props: `lang` (required, `fr` | `en`).
 * Usage in MDX, at the end of a runbook: `<RecordPanel lang="en" client:deployment />`.
 */
import { inertText } from '../../domain/inert-text.ts';
import { shortHash } from '../../domain/profile/fingerprint.ts';
import { profileFileName } from '../../domain/profile/share.ts';
import { recordToJson, recordToMarkdown } from '../../domain/runbook/record-export.ts';
import { stepIds } from '../../domain/runbook/steps.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { download } from '../download.ts';
import { useHydrated, useProfile, useProgress } from '../state/hooks.ts';
import { $progress, setOperator } from '../state/progress.ts';
import { $profile } from '../state/profile.ts';
import { shortTime } from './format.ts';
import { PendingField } from '../pending-field.tsx';
import '../runbook-state.css';

export interface RecordPanelProps {
  lang: Lang;
}

/** The file name of a record export: the profile's name with `-record` and the date. */
function recordFileName(extension: 'md' | 'json', exportedAt: string): string {
  return profileFileName($profile.get()).replace(/^passerelle-profile/, 'passerelle-record').replace(/\.json$/, `-${exportedAt.slice(0, 10)}.${extension}`);
}

/** The panel (see the top of the file). */
export default function RecordPanel({ lang }: RecordPanelProps) {
  const hydrated = useHydrated();
  const record = useProgress(hydrated);
  const profile = useProfile(hydrated);
  const rows = recordToJson(record, { profile, lang, stepIds, exportedAt: '' }).steps;

  const exportAs = (format: 'md' | 'json') => {
    const exportedAt = new Date().toISOString();
    const context = { profile: $profile.get(), lang, stepIds, exportedAt };
    const current = $progress.get();
    if (format === 'md') download(recordFileName('md', exportedAt), recordToMarkdown(current, context), 'text/markdown');
    else download(recordFileName('json', exportedAt), `${JSON.stringify(recordToJson(current, context), null, 2)}\n`, 'application/json');
  };

  return (
    <section class="runbook-state record-panel" aria-labelledby="record-panel-title" data-change-window="keep">
      <h2 id="record-panel-title">{t(lang, 'record.title')}</h2>
      <p>
        <label for="record-operator">{t(lang, 'record.operator')}</label>{' '}
        {hydrated ? (
          <input id="record-operator" type="text" autocomplete="name" value={record.operator} onChange={(event) => setOperator(event.currentTarget.value.trim())} />
        ) : (
          <PendingField kind="line" />
        )}
      </p>
      {rows.length === 0 ? (
        <p>{t(lang, 'record.empty')}</p>
      ) : (
        // The table's own name: a second region named as the panel would be two landmarks of one name.
        <div class="scrollable" tabIndex={0} role="region" aria-labelledby="record-panel-caption">
          <table class="state-table">
            <caption id="record-panel-caption" class="visually-hidden">
              {t(lang, 'record.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'record.stepColumn')}</th>
                <th scope="col">{t(lang, 'record.statusColumn')}</th>
                <th scope="col">{t(lang, 'record.byColumn')}</th>
                <th scope="col">{t(lang, 'record.copiesColumn')}</th>
                <th scope="col">{t(lang, 'record.verifiedColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  {/* Ids, names and targets come from the stored record and the profile: shown inert. */}
                  <th scope="row">{inertText(row.title)}</th>
                  <td>
                    {row.statusLabel}
                    {row.at && (
                      <>
                        {' — '}
                        <time dateTime={row.at}>{shortTime(row.at, lang)}</time>
                      </>
                    )}
                  </td>
                  <td>{inertText(row.operator ?? '')}</td>
                  <td>
                    {row.copies.length > 0 && (
                      <ul>
                        {row.copies.map((copy, i) => (
                          <li key={i}>
                            <time dateTime={copy.at}>{shortTime(copy.at, lang)}</time> — {inertText(copy.targetLabel)} — <code>{shortHash(copy.sha256)}…</code>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td data-verified={row.verified === null ? undefined : String(row.verified)}>
                    {row.verified !== null && t(lang, row.verified ? 'verify.status.verifiedShort' : 'verify.status.mismatchShort')}
                    {row.verifications.length > 0 && (
                      <ul>
                        {row.verifications.map((v, i) => (
                          <li key={i}>
                            {v.statusLabel} — <code>{shortHash(v.sha256)}…</code>
                            {v.failed.length > 0 && ` — ${v.failed.join(', ')}`}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="actions">
        <button type="button" onClick={() => exportAs('md')}>
          {t(lang, 'record.exportMarkdown')}
        </button>
        <button type="button" onClick={() => exportAs('json')}>
          {t(lang, 'record.exportJson')}
        </button>
      </div>
    </section>
  );
}

/**
 * Download buttons for a runbook: one `.ps1` file per machine and shell, built in the browser from
 * the current profile by the same domain function the tests check (`renderServerScripts`), handed
 * over as a Blob — nothing is sent anywhere. Each file starts with the UTF-8 BOM. The header carries the SHA-256 of the profile exactly
 * as "Export" writes it, so a file can be matched to the profile it came from.
 */
import { useMemo } from 'preact/hooks';
import { profileSha256 } from '../domain/profile/fingerprint.ts';
import { runbookSteps } from '../domain/runbook/procedures.ts';
import { targetLabel } from '../domain/runbook/record.ts';
import { scriptFileText } from '../domain/runbook/script-file.ts';
import { renderServerScripts } from '../domain/runbook/server-scripts.ts';
import { ensureDictionaries, t, type Lang } from '../i18n/index.ts';
import { download } from './download.ts';
import { handOff } from './editor/handoff.ts';
import { localePath } from '../i18n/routes.ts';
import { useFindings, useHydrated, useProfile } from './state/hooks.ts';

interface Props {
  runbook: string;
  lang: Lang;
}

export default function RunbookDownload({ runbook, lang }: Props) {
  const hydrated = useHydrated();
  const profile = useProfile(hydrated);
  const findings = useFindings(hydrated);
  const steps = runbookSteps(runbook) ?? [];
  // The file list (names, targets) with a placeholder hash; the real hash is computed on click.
  const files = useMemo(
    () => renderServerScripts(profile, { runbook, steps, lang, profileSha256: '', findings }),
    [profile, findings, runbook, steps, lang],
  );

  async function downloadFile(index: number) {
    await ensureDictionaries(); // the file's comments are in both languages
    const file = renderServerScripts(profile, { runbook, steps, lang, profileSha256: await profileSha256(profile), findings })[index];
    // With its UTF-8 BOM: Windows PowerShell 5.1 reads a BOM-less script as ANSI (script-file.ts).
    if (file) download(file.fileName, scriptFileText(file.text), 'text/plain;charset=utf-8');
  }

  async function openInEditor(index: number) {
    await ensureDictionaries();
    const file = renderServerScripts(profile, { runbook, steps, lang, profileSha256: await profileSha256(profile), findings })[index];
    if (!file) return;
    const shell = file.shell === 'gui' ? undefined : file.shell;
    if (handOff({ text: file.text, name: file.fileName, shell, target: file.target })) window.location.assign(localePath(lang, 'editor'));
  }

  if (files.length === 0) return <p>{t(lang, 'runbookPage.download.none')}</p>;
  return (
    <ul class="runbook-downloads">
      {files.map((file, i) => (
        <li key={file.fileName}>
          <button type="button" onClick={() => void downloadFile(i)}>{t(lang, 'runbookPage.download.file', { file: file.fileName })}</button>{' '}
          <button type="button" class="runbook-downloads__editor" data-open-in-editor onClick={() => void openInEditor(i)}>
            {t(lang, 'editor.openInEditor')}<span class="visually-hidden"> ({file.fileName})</span>
          </button>{' '}
          <span class="runbook-downloads__where">{t(lang, `runbook.shell.${file.shell}`)} — {targetLabel(file.target, lang)}</span>
        </li>
      ))}
    </ul>
  );
}

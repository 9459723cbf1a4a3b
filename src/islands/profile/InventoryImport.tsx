/**
 * "Import an inventory" on the profile page: the read-only inventory scripts to download, then what
 * they printed — pasted, or a saved file (UTF-16 as PowerShell's `>` writes it is read too) —
 * compared with the stored profile (the drift, one row per difference, each with a link to the
 * step that fixes it), or turned into a new profile after the reader confirms the replacement.
 * Refused input is worded in the reader's language and never touches the stored profile.
 *
 * Props: `lang` (required, `fr` | `en`).
 */
import { useRef, useState } from 'preact/hooks';
import { decodeInventoryBytes, INVENTORY_MAX_CHARACTERS, readInventory, type Inventory, type InventoryProblem } from '../../domain/inventory/document.ts';
import { inventoryDrift } from '../../domain/inventory/drift.ts';
import { describeDrift, describeInventoryProblem, type DriftView } from '../../domain/inventory/messages.ts';
import { profileFromInventory } from '../../domain/inventory/profile-from.ts';
import { inventoryScripts, inventoryShells } from '../../domain/inventory/scripts.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { download } from '../download.ts';
import { FileButton } from '../FileButton.tsx';
import { PendingField } from '../pending-field.tsx';
import { useHydrated } from '../state/hydration.ts';
import { $profile, adoptProfile } from '../state/profile.ts';
import '../runbook-state.css';

export interface InventoryImportProps {
  lang: Lang;
}

/** What the last action showed. */
type Outcome =
  | { kind: 'problem'; message: string }
  | { kind: 'drift'; read: string[]; lines: DriftView[] }
  | { kind: 'confirm'; inventory: Inventory }
  | { kind: 'replaced' }
  | { kind: 'kept' };

export default function InventoryImport({ lang }: InventoryImportProps) {
  const live = useHydrated();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const question = useRef<HTMLParagraphElement>(null);

  /** Reads the current text; a refusal is shown and gives null. */
  const read = (): Inventory | null => {
    const result = readInventory(text);
    if (result.ok) return result.inventory;
    setOutcome({ kind: 'problem', message: describeInventoryProblem(result.problem, lang) });
    return null;
  };

  const compare = () => {
    const inventory = read();
    if (!inventory) return;
    const shells = inventoryShells.flatMap((shell) => {
      const part = inventory[shell];
      return part ? [t(lang, `inventory.read.${shell}`, { computer: part.computer || '?' })] : [];
    });
    setOutcome({ kind: 'drift', read: shells, lines: inventoryDrift($profile.get(), inventory).map((line) => describeDrift(line, lang)) });
  };

  const create = () => {
    const inventory = read();
    if (!inventory) return;
    setOutcome({ kind: 'confirm', inventory });
    // The question takes the focus, so a keyboard or screen-reader user meets it at once.
    setTimeout(() => question.current?.focus(), 0);
  };

  const onFile = async (file: File) => {
    try {
      const decoded = decodeInventoryBytes(new Uint8Array(await file.arrayBuffer()));
      if (decoded.length > INVENTORY_MAX_CHARACTERS) {
        const problem: InventoryProblem = { code: 'tooLarge', params: { size: decoded.length, limit: INVENTORY_MAX_CHARACTERS } };
        setOutcome({ kind: 'problem', message: describeInventoryProblem(problem, lang) });
        return;
      }
      setText(decoded);
      setOutcome(null);
    } catch (error) {
      setOutcome({ kind: 'problem', message: t(lang, 'inventory.ui.fileError', { detail: String((error as Error)?.message ?? error) }) });
    }
  };

  return (
    <section class="runbook-state inventory-import" aria-labelledby="inventory-import-title">
      <h2 id="inventory-import-title">{t(lang, 'inventory.ui.heading')}</h2>
      <p>{t(lang, 'inventory.ui.intro')}</p>
      <p class="inventory-import__scope">{t(lang, 'inventory.ui.notCompared')}</p>
      <div class="actions" role="group" aria-label={t(lang, 'inventory.ui.scripts')}>
        {inventoryShells.map((shell) => (
          <button type="button" key={shell} onClick={() => download(`passerelle-inventory-${shell}.ps1`, inventoryScripts[shell], 'text/plain')}>
            {t(lang, `inventory.ui.download.${shell}`)}
          </button>
        ))}
      </div>
      <p class="field">
        <label for="inventory-text">{t(lang, 'inventory.ui.paste')}</label>
        {live ? (
          <textarea id="inventory-text" rows={8} spellcheck={false} value={text} onInput={(event) => setText(event.currentTarget.value)} />
        ) : (
          <PendingField kind="area" rows={8} />
        )}
      </p>
      <div class="actions">
        <FileButton label={t(lang, 'inventory.ui.file')} accept="application/json,.json,.txt" onFile={onFile} />
        <button type="button" onClick={compare}>
          {t(lang, 'inventory.ui.compare')}
        </button>
        <button type="button" onClick={create}>
          {t(lang, 'inventory.ui.create')}
        </button>
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'problem' && (
          <p class="notice notice-error" role="alert">
            {outcome.message}
          </p>
        )}
        {outcome?.kind === 'drift' && <DriftTable lang={lang} read={outcome.read} lines={outcome.lines} />}
        {outcome?.kind === 'confirm' && (
          <div class="notice">
            <p ref={question} tabIndex={-1}>
              {t(lang, 'inventory.ui.confirm')}
            </p>
            <div class="actions">
              <button
                type="button"
                onClick={() => {
                  adoptProfile(profileFromInventory(outcome.inventory, $profile.get()), 'inventory');
                  setOutcome({ kind: 'replaced' });
                }}
              >
                {t(lang, 'inventory.ui.confirmYes')}
              </button>
              <button type="button" onClick={() => setOutcome({ kind: 'kept' })}>
                {t(lang, 'inventory.ui.confirmNo')}
              </button>
            </div>
          </div>
        )}
        {outcome?.kind === 'replaced' && <p class="notice">{t(lang, 'inventory.ui.replaced')}</p>}
        {outcome?.kind === 'kept' && <p class="notice">{t(lang, 'inventory.ui.kept')}</p>}
      </div>
    </section>
  );
}

/** The drift: a summary, then one row per difference with the link to its fixing step. */
function DriftTable({ lang, read, lines }: { lang: Lang; read: string[]; lines: DriftView[] }) {
  return (
    <div>
      {read.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p class={`summary-counts${lines.length === 0 ? ' summary-clean' : ''}`}>
        {lines.length === 0 ? t(lang, 'inventory.summary.none') : t(lang, 'inventory.summary.some', { count: lines.length })}
      </p>
      {lines.length > 0 && (
        <div class="scrollable" tabIndex={0} role="region" aria-labelledby="inventory-drift-caption">
          <table class="state-table">
            <caption id="inventory-drift-caption">{t(lang, 'inventory.ui.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'inventory.ui.colWhat')}</th>
                <th scope="col">{t(lang, 'inventory.ui.colProfile')}</th>
                <th scope="col">{t(lang, 'inventory.ui.colServers')}</th>
                <th scope="col">{t(lang, 'inventory.ui.colFix')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id}>
                  <th scope="row">{line.what}</th>
                  <td>{line.profileValue}</td>
                  <td>{line.serverValue}</td>
                  <td>
                    <a href={line.href}>{line.stepTitle}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

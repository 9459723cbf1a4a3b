/**
 * The screen part of the change-window sheet's offer: the operator's name (kept in the record) and
 * the print button. The runbook page renders it on the server, disabled, so the offer holds its
 * final size from the first paint (nothing moves when the sheet's code arrives); src/islands/sheet/mount.tsx
 * renders it again, live, in its place.
 */
import { t, type Lang } from '../../i18n/index.ts';

interface Props {
  lang: Lang;
  operator: string;
  /** Without handlers: the server's copy, until the sheet is mounted. */
  live?: { setOperator: (name: string) => void; print: () => void };
}

export default function SheetControls({ lang, operator, live }: Props) {
  return (
    <p class="cw-offer__controls">
      <label for="sheet-operator">{t(lang, 'sheet.offer.operator')}</label>{' '}
      <input id="sheet-operator" type="text" autocomplete="name" value={operator} disabled={!live} onChange={live ? (event) => live.setOperator(event.currentTarget.value.trim()) : undefined} />{' '}
      <button type="button" disabled={!live} onClick={live?.print}>
        {t(lang, 'sheet.offer.print')}
      </button>
    </p>
  );
}

/**
 * The encryption-setting table, interactive: every Lync media encryption level (rows) × UM dial plan
 * VoIP security (columns) cell as `encryptionMatrix()` computes it — works, recommended, or fails
 * and why. The cell of the chosen dial plan's current pair is pressed; each cell also names the
 * dial plans whose pair it is. Choosing a cell sets the Lync encryption level and that dial plan's
 * VoIP security in the profile.
 *
 * Props: `lang` (required, `fr` | `en`); `folded` when the table sits in a closed disclosure (a
 * runbook's aside): the dial plan's select is then made when the reader opens it (./disclosed.ts),
 * and the chosen dial plan is named in text until then.
 * Usage in MDX: `<EncryptionTable lang="en" client:deployment />`.
 */
import { useRef, useState } from 'preact/hooks';
import { useDisclosed } from './disclosed.ts';
import { encryptionMatrix, type EncryptionAssessment } from '../domain/encryption.ts';
import { encryptionLevels, voipSecurities } from '../domain/profile/schema.ts';
import { colon, t, type Lang } from '../i18n/index.ts';
import { useHydrated, useProfile } from './state/hooks.ts';
import { $profile, setProfile } from './state/profile.ts';
import './runbook-state.css';

export interface EncryptionTableProps {
  lang: Lang;
  folded?: boolean;
}

/** The verdict of a cell as a code: what the table shows and what the test reads. */
export function verdictOf(cell: EncryptionAssessment): 'recommended' | 'works' | 'fails' {
  return cell.recommended ? 'recommended' : cell.compatible ? 'works' : 'fails';
}

// The matrix is static: compute it once per page.
const matrix = encryptionMatrix();

/** The interactive table (see the top of the file). */
export default function EncryptionTable({ lang, folded = false }: EncryptionTableProps) {
  const hydrated = useHydrated();
  const root = useRef<HTMLDivElement>(null);
  const disclosed = useDisclosed(root, !folded);
  const profile = useProfile(hydrated);
  const [chosen, setChosen] = useState(0);
  const [status, setStatus] = useState('');
  const dialPlans = profile.dialPlans;
  const selected = Math.min(chosen, Math.max(0, dialPlans.length - 1));
  const current = dialPlans[selected];
  const selectId = 'encryption-table-dial-plan';

  const choose = (cell: EncryptionAssessment) => {
    // Read the latest profile (not the rendered one) so that a quick second choice never undoes the first.
    const latest = $profile.get();
    const target = latest.dialPlans[selected];
    setProfile({
      ...latest,
      lync: { ...latest.lync, encryptionLevel: cell.encryptionLevel },
      dialPlans: latest.dialPlans.map((dialPlan, i) => (i === selected ? { ...dialPlan, voipSecurity: cell.voipSecurity } : dialPlan)),
    });
    setStatus(
      target
        ? t(lang, 'enc.set', { encryptionLevel: cell.encryptionLevel, dialPlan: target.name, voipSecurity: cell.voipSecurity })
        : t(lang, 'enc.setLevelOnly', { encryptionLevel: cell.encryptionLevel }),
    );
  };

  return (
    <div class="runbook-state encryption-table" ref={root}>
      {/* The select is made once the island is live and its disclosure open (a select examined by
          the browser's autofill at load costs a layout of the whole block: ./pending-field.tsx);
          until then the dial plan is named, on a line of the same height. */}
      {dialPlans.length > 0 && !(disclosed && hydrated) ? (
        <p>
          {t(lang, 'enc.dialPlan')}
          {colon(lang)}
          <strong>{current?.name || t(lang, 'form.list.dialPlans.item', { n: selected + 1 })}</strong>
        </p>
      ) : dialPlans.length > 0 ? (
        <p>
          <label for={selectId}>{t(lang, 'enc.dialPlan')}</label>{' '}
          <select id={selectId} value={String(selected)} onChange={(event) => setChosen(Number(event.currentTarget.value))}>
            {dialPlans.map((dialPlan, i) => (
              <option key={i} value={String(i)}>
                {dialPlan.name || t(lang, 'form.list.dialPlans.item', { n: i + 1 })}
              </option>
            ))}
          </select>
        </p>
      ) : (
        <p>{t(lang, 'enc.noDialPlan')}</p>
      )}
      <div class="scrollable" tabIndex={0} role="region" aria-labelledby="encryption-table-caption">
        <table class="state-table">
          <caption id="encryption-table-caption">{t(lang, 'enc.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'enc.levelHeader')}</th>
              {voipSecurities.map((security) => (
                <th scope="col" key={security}>
                  {t(lang, `enum.voipSecurity.${security}`)} (<code>{security}</code>)
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {encryptionLevels.map((level) => (
              <tr key={level} data-encryption-level={level}>
                <th scope="row">
                  {t(lang, `enum.encryptionLevel.${level}`)} (<code>{level}</code>)
                </th>
                {voipSecurities.map((security) => {
                  const cell = matrix.find((c) => c.encryptionLevel === level && c.voipSecurity === security)!;
                  const verdict = verdictOf(cell);
                  const verdictText = t(lang, `enc.${verdict}`);
                  const pressed = profile.lync.encryptionLevel === level && (current ? current.voipSecurity === security : true);
                  const using = profile.lync.encryptionLevel === level ? dialPlans.filter((d) => d.voipSecurity === security).map((d) => d.name) : [];
                  return (
                    <td key={security}>
                      <button
                        type="button"
                        class="encryption-cell"
                        data-verdict={verdict}
                        data-voip-security={security}
                        aria-pressed={pressed ? 'true' : 'false'}
                        onClick={() => choose(cell)}
                      >
                        {/* The row and column, spoken first: a cell's name must make sense on its own. */}
                        <span class="visually-hidden">{t(lang, 'enc.cellFor', { encryptionLevel: level, voipSecurity: security })} </span>
                        <span class="encryption-verdict">{verdictText}</span>
                        {cell.failure && (
                          <span class="encryption-failure">
                            {colon(lang)}
                            {t(lang, `enc.failure.${cell.failure}`)}
                          </span>
                        )}
                      </button>
                      {using.length > 0 && <span class="encryption-dial-plans">{t(lang, 'enc.current', { dialPlans: using.join(', ') })}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}

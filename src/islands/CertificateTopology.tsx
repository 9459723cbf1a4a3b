/**
 * The guide's certificate table by topology (`topologyRows`), with the row that matches the
 * profile (`matchTopologyRow`) marked and what it requires. Re-marks itself as the profile changes
 * (moving the Client Access role to the Mailbox servers, adding the first Lync pool…).
 *
 * Props: `lang` (required, `fr` | `en`).
 * Usage in MDX: `<CertificateTopology lang="fr" client:deployment />`.
 */
import { matchTopologyRow, topologyRows } from '../domain/certificate-topology.ts';
import { t, type Lang } from '../i18n/index.ts';
import { useHydrated, useProfile } from './state/hooks.ts';
import './runbook-state.css';

export interface CertificateTopologyProps {
  lang: Lang;
}

/** The table (see the top of the file). */
export default function CertificateTopology({ lang }: CertificateTopologyProps) {
  const hydrated = useHydrated();
  const profile = useProfile(hydrated);
  const match = matchTopologyRow(profile);
  return (
    <div class="runbook-state certificate-topology">
      <div class="scrollable" tabIndex={0} role="region" aria-labelledby="certificate-topology-caption">
        <table class="state-table">
          <caption id="certificate-topology-caption">{t(lang, 'topo.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'topo.topology')}</th>
              <th scope="col">{t(lang, 'topo.requires')}</th>
            </tr>
          </thead>
          <tbody>
            {topologyRows.map((row) => {
              const isMatch = row.id === match.id;
              return (
                <tr key={row.id} data-row={row.id} class={isMatch ? 'topology-match' : undefined} aria-current={isMatch ? 'true' : undefined}>
                  <th scope="row">
                    {row.id} — {t(lang, `topo.placement.${row.placement}`)}, {t(lang, `topo.lync.${row.lync ? 'yes' : 'no'}`)}
                    {isMatch && <span class="topology-badge">{t(lang, 'topo.match')}</span>}
                  </th>
                  <td>
                    <ul>
                      {row.requirements.map((requirement) => (
                        <li key={requirement}>{t(lang, `topo.req.${requirement}`)}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

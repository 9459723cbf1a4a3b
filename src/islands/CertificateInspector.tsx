/**
 * The certificate inspector: drop, choose or paste certificate files (PEM, DER, PKCS#7, PKCS#12
 * with a password), see what each certificate says and what the guide thinks of it against the
 * profile, and "Use this certificate" to fill the profile entry (after a confirmation).
 *
 * Everything happens in this page: nothing is sent anywhere, and no OCSP or CRL request is made.
 * The x509 libraries load with a dynamic import on the first read, so the page's first paint does
 * not carry them. The PFX password lives in this component's state for one read, then is cleared:
 * it is never written to the profile, local storage, the share link or the record.
 *
 * Props: `lang` (required); `folded` when the inspector sits in a closed disclosure (a runbook's
 * aside): its fields are then made when the reader opens it (./disclosed.ts).
 * Usage in MDX: `<CertificateInspector lang="fr" client:deployment />`.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { useDisclosed } from './disclosed.ts';
import { checkCertificates, type CertificateReport } from '../domain/certificates/check.ts';
import { describeCertificate, formatReadProblem } from '../domain/certificates/present.ts';
import type { CertificateFile, CertificateReadProblem, InspectedCertificate } from '../domain/certificates/types.ts';
import { useCertificate } from '../domain/certificates/use.ts';
import { t, type Lang } from '../i18n/index.ts';
import { FindingList } from './forms/FindingList.tsx';
import { setProfile } from './state/profile.ts';
import { useHydrated, useProfile } from './state/hooks.ts';
import { FileButton } from './FileButton.tsx';
import { PendingField } from './pending-field.tsx';
import './runbook-state.css';

export interface CertificateInspectorProps {
  lang: Lang;
  folded?: boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The inspector (see the top of the file). */
export default function CertificateInspector({ lang, folded = false }: CertificateInspectorProps) {
  const hydrated = useHydrated();
  const root = useRef<HTMLElement>(null);
  const disclosed = useDisclosed(root, !folded);
  const profile = useProfile(hydrated);
  const [certificates, setCertificates] = useState<InspectedCertificate[]>([]);
  const [problems, setProblems] = useState<CertificateReadProblem[]>([]);
  const [password, setPassword] = useState('');
  const [pasted, setPasted] = useState('');
  const [changeDate, setChangeDate] = useState(today());
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);

  const date = /^\d{4}-\d{2}-\d{2}$/.test(changeDate) ? new Date(`${changeDate}T00:00:00Z`) : new Date();
  const reports = useMemo(() => checkCertificates(profile, certificates, { changeDate: date }), [profile, certificates, changeDate]);
  const byThumbprint = useMemo(() => new Map(certificates.map((c) => [c.thumbprint, c])), [certificates]);

  async function read(files: CertificateFile[]) {
    if (files.length === 0) return;
    setBusy(true);
    setApplied(null);
    setPending(null);
    try {
      // The x509 libraries load here, on the first read only.
      const { readCertificateFiles } = await import('../domain/certificates/read.ts');
      const reading = await readCertificateFiles(files.map((f) => (password ? { ...f, password } : f)));
      // Each read replaces the previous one: chains are built among the files read together.
      setCertificates(reading.certificates);
      setProblems(reading.problems);
    } finally {
      // Used once: the password does not outlive the read.
      setPassword('');
      setBusy(false);
    }
  }

  async function readFiles(list: readonly File[]) {
    await read(await Promise.all(list.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))));
  }

  function confirmUse(certificate: InspectedCertificate, report: CertificateReport) {
    setProfile(useCertificate(profile, certificate, report));
    setPending(null);
    setApplied(certificate.thumbprint);
  }

  return (
    <section class="runbook-state certificate-inspector" aria-labelledby="certificate-inspector-title" ref={root}>
      <h3 id="certificate-inspector-title">{t(lang, 'inspector.title')}</h3>
      <p>{t(lang, 'inspector.lead')}</p>
      <p class="notice">{t(lang, 'inspector.local')}</p>
      {disclosed && (
        <>
          <div
            class="inspector-drop"
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              void readFiles([...(event.dataTransfer?.files ?? [])]);
            }}
          >
            <p class="field">
              <FileButton label={t(lang, 'inspector.files')} accept=".pem,.cer,.crt,.der,.p7b,.p7c,.pfx,.p12,.txt" multiple disabled={busy} onFiles={readFiles} />
            </p>
            <p class="inspector-hint">{t(lang, 'inspector.drop')}</p>
          </div>
          <label class="field">
            <span>{t(lang, 'inspector.password')}</span>
            {hydrated ? (
              <input type="password" autoComplete="off" value={password} onInput={(event) => setPassword((event.currentTarget as HTMLInputElement).value)} />
            ) : (
              <PendingField kind="line" />
            )}
          </label>
          <label class="field">
            <span>{t(lang, 'inspector.paste')}</span>
            {hydrated ? (
              <textarea rows={4} spellcheck={false} value={pasted} onInput={(event) => setPasted((event.currentTarget as HTMLTextAreaElement).value)} />
            ) : (
              <PendingField kind="area" rows={4} />
            )}
          </label>
          <div class="actions">
            <button
              type="button"
              disabled={busy || pasted.trim() === ''}
              onClick={() => void read([{ name: t(lang, 'inspector.pastedName'), bytes: new TextEncoder().encode(pasted) }]).then(() => setPasted(''))}
            >
              {t(lang, 'inspector.readPasted')}
            </button>
            <label class="field field-inline">
              <span>{t(lang, 'inspector.changeDate')}</span>
              {/* Made live, not hydrated: the server's page would show the day it was built. */}
              {hydrated ? <input type="date" value={changeDate} onInput={(event) => setChangeDate((event.currentTarget as HTMLInputElement).value)} /> : <PendingField kind="line" />}
            </label>
            {certificates.length > 0 && (
              <button type="button" onClick={() => (setCertificates([]), setProblems([]), setPending(null), setApplied(null))}>
                {t(lang, 'inspector.clear')}
              </button>
            )}
          </div>
          <div aria-live="polite">
            {busy && <p>{t(lang, 'inspector.reading')}</p>}
            {problems.length > 0 && (
              <ul class="field-findings inspector-problems">
                {problems.map((problem, i) => (
                  <li key={i} class="finding finding-error">
                    {formatReadProblem(problem, lang)}
                  </li>
                ))}
              </ul>
            )}
            {applied && <p class="notice">{t(lang, 'inspector.applied', { thumbprint: applied })}</p>}
          </div>
          {certificates.map((certificate) => {
            const report = reports.find((r) => r.thumbprint === certificate.thumbprint) ?? null;
            const title = certificate.commonName ?? certificate.subject;
            const headingId = `certificate-${certificate.thumbprint}`;
            return (
              <article key={certificate.thumbprint} class="inspected-certificate" aria-labelledby={headingId}>
                <h4 id={headingId}>
                  {title} <span class="inspector-source">({certificate.source.file})</span>
                </h4>
                <dl class="inspector-facts">
                  {describeCertificate(certificate, byThumbprint, report, lang).map(([label, value]) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
                </dl>
                {report && <FindingList id={`${headingId}-findings`} findings={report.findings} lang={lang} />}
                {report &&
                  (pending === certificate.thumbprint ? (
                    <div class="notice" role="group" aria-label={t(lang, 'inspector.confirmTitle')}>
                      <p>
                        {report.profileIndex !== null
                          ? t(lang, 'inspector.confirmReplace', { name: profile.certificates[report.profileIndex]?.name ?? '', thumbprint: certificate.thumbprint })
                          : t(lang, 'inspector.confirmAdd', { name: title, thumbprint: certificate.thumbprint })}
                      </p>
                      <div class="actions">
                        <button type="button" onClick={() => confirmUse(certificate, report)}>
                          {t(lang, 'inspector.confirm')}
                        </button>
                        <button type="button" onClick={() => setPending(null)}>
                          {t(lang, 'inspector.cancel')}
                        </button>
                      </div>
                    </div>
                  ) : (
                    <button type="button" onClick={() => setPending(certificate.thumbprint)}>
                      {t(lang, 'inspector.use', { name: title })}
                    </button>
                  ))}
              </article>
            );
          })}
        </>
      )}
    </section>
  );
}


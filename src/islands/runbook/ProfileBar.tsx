/**
 * The bar that stays at the top of a runbook page: which deployment the commands are for (its
 * label and the first digits of the stored profile's SHA-256, the same hash the downloads and the
 * record carry), how many errors and warnings the profile check found (a link to the check on the
 * page), a link to edit the profile, and the change-window switch.
 *
 * Props: `lang`, `profileHref` (the profile page), `findingsHref` (the check's anchor).
 * Rendered by src/pages/[lang]/runbooks/[slug].astro; hydrates when the browser is idle.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { severityCounts } from '../../domain/finding.ts';
import { deploymentLabel, profileSha256, shortHash } from '../../domain/profile/fingerprint.ts';
import { colon, countOf, t, type Lang } from '../../i18n/index.ts';
import ChangeWindowToggle from '../progress/ChangeWindowToggle.tsx';
import { useFindings, useHydrated, useProfile } from '../state/hooks.ts';
import '../runbook-state.css';
import './runbook-islands.css';

interface Props {
  lang: Lang;
  profileHref: string;
  findingsHref: string;
}

/** The bar (see the top of the file). */
export default function ProfileBar({ lang, profileHref, findingsHref }: Props) {
  const hydrated = useHydrated();
  const profile = useProfile(hydrated);
  const findings = useFindings(hydrated);
  const [sha, setSha] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setSha(null);
    void profileSha256(profile).then((hex) => current && setSha(hex));
    return () => {
      current = false;
    };
  }, [profile]);
  const { errors, warnings } = useMemo(() => severityCounts(findings), [findings]);
  const barRef = useRef<HTMLDivElement>(null);
  // The bar sticks under the site's header, whose height depends on the language and the width
  // (its links wrap); anchors land below both (runbook-islands.css). Only non-inherited properties
  // are written, and only when they change: the bar's `top`, and the anchors' margin in a sheet of
  // the bar's own, which restyles the elements with an id and nothing else.
  useEffect(() => {
    const header = document.querySelector<HTMLElement>('.site-header');
    const bar = barRef.current;
    if (!bar) return;
    const anchors = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, anchors];
    let margin = '';
    const update = () => {
      const sticky = header !== null && getComputedStyle(header).position === 'sticky';
      const headerHeight = sticky ? header.getBoundingClientRect().height : 0;
      const top = `${headerHeight}px`;
      if (bar.style.top !== top) bar.style.top = top;
      const next = `${Math.ceil(headerHeight + bar.getBoundingClientRect().height + 12)}px`;
      if (next !== margin) anchors.replaceSync(`.runbook-page [id] { scroll-margin-top: ${(margin = next)}; }`);
    };
    update();
    const observer = new ResizeObserver(update);
    if (header) observer.observe(header);
    observer.observe(bar);
    return () => {
      observer.disconnect();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== anchors);
    };
  }, []);
  return (
    <div class="profile-bar" data-change-window="keep" data-sticky-top data-live={hydrated ? '' : undefined} ref={barRef}>
      <p class="profile-bar__deployment">
        <span class="visually-hidden">{t(lang, 'profileBar.label')}{colon(lang)}</span>
        <strong class="profile-bar__label" title={deploymentLabel(profile)}>{deploymentLabel(profile)}</strong>{' '}
        <span class="profile-bar__sha" title={sha ?? undefined}>
          <abbr title={t(lang, 'profileBar.sha')}>SHA-256</abbr>{colon(lang)}
          <code data-sha256={sha ?? ''}>{sha ? shortHash(sha) : t(lang, 'profileBar.shaPending')}</code>
        </span>
      </p>
      <p class="profile-bar__counts">
        <a href={findingsHref} class={errors ? 'profile-bar__errors' : warnings ? 'profile-bar__warnings' : 'profile-bar__clean'}>
          {errors || warnings ? `${countOf(lang, 'error', errors)}, ${countOf(lang, 'warning', warnings)}` : t(lang, 'profileBar.clean')}
          <span class="visually-hidden"> — {t(lang, 'profileBar.findings')}</span>
        </a>
      </p>
      <p class="profile-bar__edit">
        <a href={profileHref}>
          {t(lang, 'profileBar.edit')}
          <span class="visually-hidden"> — {t(lang, 'profileBar.editFull')}</span>
        </a>
      </p>
      <ChangeWindowToggle lang={lang} compact />
    </div>
  );
}

// Prints only messages of a runbook page's part (src/i18n/message-parts.ts).
ProfileBar.pageMessages = true as const;

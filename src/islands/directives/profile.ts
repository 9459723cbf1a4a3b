/**
 * `client:profile`: when a runbook step's islands (its values and its command blocks) hydrate.
 * Their server render already shows the example deployment, so for a reader without a profile of
 * their own an island only needs its script (the Copy and "Run in lab" buttons) once its step
 * comes within a screen's height of the view: it hydrates then, and a first visit does not run
 * forty islands nobody is looking at. When the reader has their own profile (stored, in a share
 * link, or made on this page), every island hydrates as soon as the browser is idle, like
 * `client:idle`, so find-in-page and printing see the reader's commands without any scrolling.
 *
 * Registered by the `passerelle:client-profile` integration (astro.config.mjs); Astro inlines it
 * in each page that uses it, so it imports nothing but ../state/own-profile.ts.
 */
import type { ClientDirective } from 'astro';
import { OWN_PROFILE_EVENT, ownProfileLikely } from '../state/own-profile.ts';

/** How far beyond the screen an island starts (a reader scrolling finds it ready). */
const AHEAD = '100% 0px';

function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

const profileDirective: ClientDirective = (load, _options, element) => {
  let started = false;
  let observer: IntersectionObserver | undefined;
  const hydrate = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    window.removeEventListener(OWN_PROFILE_EVENT, onOwnProfile);
    void load().then((run) => run());
  };
  const onOwnProfile = () => whenIdle(hydrate);
  if (ownProfileLikely()) {
    whenIdle(hydrate);
    return;
  }
  window.addEventListener(OWN_PROFILE_EVENT, onOwnProfile);
  // What nears the screen is the island's step, its <section> in the runbook: the island itself
  // (astro-island) and some of its roots are display: contents, without a box an observer could
  // see, and the section keeps a box even while it is skipped (content-visibility, runbook.css).
  observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) hydrate();
  }, { rootMargin: AHEAD });
  const step = element.closest('section') ?? element.parentElement;
  if (step) observer.observe(step);
  else whenIdle(hydrate);
};

export default profileDirective;

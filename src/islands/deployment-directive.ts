/**
 * `client:deployment`: the hydration of an island that shows the deployment (the profile's
 * sections, its findings, the certificate and encryption tables, the change-window record) and
 * that the page defers until the reader nears it.
 *
 * The server renders such an island with the example deployment. For a reader who has none of
 * their own that is the truth, and the island may wait until it nears the screen, as
 * `client:visible` (same `rootMargin` option). For a reader whose browser holds their own profile or
 * record (`<html data-stored>`, set before the first paint by the page's head script in
 * src/layouts/Base.astro), the example is someone else's deployment: the island hydrates as soon as
 * the browser is idle, wherever it is, and until then the page's stylesheet hides what it shows
 * (src/styles/global.css, `[data-stored]`). A print also wakes every island still waiting, so that a
 * second print holds the reader's deployment where the first could not yet.
 *
 * Hydrations still take turns one per task (./hydration-queue.ts): an island that neared the screen
 * goes ahead of those woken because the browser was idle (`data-woken`).
 */
import type { ClientDirective } from 'astro';

/** The attribute `<html>` carries while the browser holds the reader's own profile or record. */
export const STORED_ATTRIBUTE = 'data-stored';
/** The attribute an island woken by idleness or a print carries (it does not go ahead). */
export const WOKEN_ATTRIBUTE = 'data-woken';

const deploymentDirective: ClientDirective = (load, options, el) => {
  let started = false;
  const start = (woken: boolean) => {
    if (started) return;
    started = true;
    observer.disconnect();
    window.removeEventListener('beforeprint', onPrint);
    if (woken) el.setAttribute(WOKEN_ATTRIBUTE, '');
    void load().then((hydrate) => hydrate());
  };
  const onPrint = () => start(true);
  const value = options.value as { rootMargin?: string } | boolean | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) start(false);
    },
    { rootMargin: typeof value === 'object' ? value.rootMargin : undefined },
  );
  for (const child of el.children) observer.observe(child);
  window.addEventListener('beforeprint', onPrint);
  if (document.documentElement.hasAttribute(STORED_ATTRIBUTE)) {
    if ('requestIdleCallback' in window) requestIdleCallback(() => start(true), { timeout: 2000 });
    else setTimeout(() => start(true), 200);
  }
};

export default deploymentDirective;

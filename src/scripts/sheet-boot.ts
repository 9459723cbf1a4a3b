/**
 * Loads the change-window sheet (src/islands/sheet/mount.tsx) when the browser is idle, so that
 * printing a runbook page gives the reader's sheet without scrolling, while the sheet's code
 * (the profile store, the engine) stays out of the first paint.
 */
export function bootChangeWindowSheet(): void {
  const offer = document.querySelector<HTMLElement>('[data-cw-offer]');
  if (!offer) return;
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    void import('../islands/sheet/mount.tsx').then(({ mountChangeWindowSheet }) => mountChangeWindowSheet(offer));
  };
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}

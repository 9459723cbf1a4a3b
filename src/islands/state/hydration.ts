/**
 * `useHydrated`: when an island may leave its server values for the live stores. The turns, and
 * what happens to the reader's input before an island is live, are in ../hydration-queue.ts.
 */
import { useEffect, useState } from 'preact/hooks';
import { afterHydration, awaitLive, hydratingIsland } from '../hydration-queue.ts';

/**
 * False on the server and on an island's first client render (which must equal the server's: see
 * ./hooks.ts), then true from the island's live turn on (one re-render). The runbook islands mark
 * their root `data-live` from then on (what the e2e tests wait for).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  // Read during the hydrating render only: the island this component is hydrated in.
  const [island] = useState(() => {
    const element = hydratingIsland();
    if (element) awaitLive(element);
    return element;
  });
  useEffect(() => {
    let mounted = true;
    afterHydration(() => {
      if (mounted) setHydrated(true);
    }, island);
    return () => {
      mounted = false;
    };
  }, []);
  return hydrated;
}

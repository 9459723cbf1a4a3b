/**
 * When an island may leave its server values for the live stores. Astro hydrates every island of a
 * page whose component has loaded in one go, in a single task; if each then switched to the
 * reader's profile in the same task (the stored deployment's commands, highlighted; the Copy
 * buttons), a runbook page would block the main thread for the whole page's worth of work, twice.
 * Instead each island asks for its turn: one island per task, in hydration order (the page's
 * order), so input and painting get in between. Tasks are posted through a MessageChannel, which
 * the browser does not throttle the way it throttles nested timers. The runbook islands mark their
 * root `data-live` from their turn on (what the e2e tests wait for).
 */
import { useEffect, useState } from 'preact/hooks';

const queue: Array<() => void> = [];
let posted = false;
let channel: MessageChannel | undefined;

function post(): void {
  posted = true;
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runOne;
  }
  channel.port2.postMessage(null);
}

function runOne(): void {
  posted = false;
  const task = queue.shift();
  if (queue.length > 0) post();
  task?.();
}

/** Runs `task` in a task of its own, after those asked for before it. */
export function afterHydration(task: () => void): void {
  queue.push(task);
  if (!posted) post();
}

/**
 * False on the server and on an island's first client render (which must equal the server's: see
 * ./hooks.ts), then true from the island's turn on (one re-render).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    let mounted = true;
    afterHydration(() => {
      if (mounted) setHydrated(true);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return hydrated;
}

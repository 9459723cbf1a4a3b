import { describe, expect, it } from 'vitest';
import { afterHydration, awaitLive, LIVE_EVENT } from '../../src/islands/hydration-queue.ts';

/** An island element as the queue sees it: an event target, hydrated (no `ssr` attribute). */
function island(): Element {
  return Object.assign(new EventTarget(), { hasAttribute: () => false }) as unknown as Element;
}

/** Lets the queue run its turns (one per MessageChannel task). */
const turns = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('hydration queue: live turns', () => {
  it('an island with two components asking for live turns goes live after the last of them', async () => {
    // The profile bar and its change-window toggle are one island with two `useHydrated`: a held
    // click must wait for both, not for the first.
    const bar = island();
    const ran: string[] = [];
    bar.addEventListener(LIVE_EVENT, () => ran.push('live'));
    awaitLive(bar);
    awaitLive(bar);
    afterHydration(() => ran.push('toggle'), bar);
    afterHydration(() => ran.push('bar'), bar);
    await turns();
    expect(ran).toEqual(['toggle', 'bar', 'live']);
  });

  it('an island with one live turn goes live once it has run, in a task of its own', async () => {
    const step = island();
    const ran: string[] = [];
    step.addEventListener(LIVE_EVENT, () => ran.push('live'));
    awaitLive(step);
    afterHydration(() => ran.push('block'), step);
    expect(ran).toEqual([]);
    await turns();
    expect(ran).toEqual(['block', 'live']);
  });
});

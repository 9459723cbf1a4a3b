import { describe, expect, it } from 'vitest';
import { WOKEN_ATTRIBUTE } from '../../src/islands/deployment-directive.ts';
import { afterHydration, awaitLive, hydrating, hydrationTurn, ISLAND_LIVE_ATTRIBUTE, LIVE_EVENT } from '../../src/islands/hydration-queue.ts';

/** An island element as the queue sees it: an event target with attributes, hydrated (no `ssr`) unless given. */
function island(attributes: Record<string, string> = {}): Element {
  const attrs = new Map(Object.entries(attributes));
  return Object.assign(new EventTarget(), {
    hasAttribute: (name: string) => attrs.has(name),
    getAttribute: (name: string) => attrs.get(name) ?? null,
    setAttribute: (name: string, value: string) => void attrs.set(name, value),
  }) as unknown as Element;
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
    afterHydration(() => {
      ran.push('toggle');
      // The stylesheet still hides a waiting `client:deployment` island: the bar has not had its turn.
      expect(bar.hasAttribute(ISLAND_LIVE_ATTRIBUTE)).toBe(false);
    }, bar);
    afterHydration(() => ran.push('bar'), bar);
    await turns();
    expect(ran).toEqual(['toggle', 'bar', 'live']);
    expect(bar.hasAttribute(ISLAND_LIVE_ATTRIBUTE)).toBe(true);
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

describe('hydration queue: when an island is marked live', () => {
  it('an island whose components wait for no live turn is live once its hydrating render has run', () => {
    const table = island({ client: 'deployment', ssr: '' });
    expect(hydrating(table, () => 'rendered')).toBe('rendered');
    expect(table.hasAttribute(ISLAND_LIVE_ATTRIBUTE)).toBe(true);
  });

  it('an island whose hydrating render asked for a live turn is not live until the turn has run', async () => {
    const form = island({ client: 'deployment', ssr: '' });
    hydrating(form, () => awaitLive(form));
    expect(form.hasAttribute(ISLAND_LIVE_ATTRIBUTE)).toBe(false);
    afterHydration(() => undefined, form);
    await turns();
    expect(form.hasAttribute(ISLAND_LIVE_ATTRIBUTE)).toBe(true);
  });

  it('a hydrating render that throws does not mark the island live', () => {
    const broken = island({ client: 'deployment', ssr: '' });
    expect(() =>
      hydrating(broken, () => {
        throw new Error('render failed');
      }),
    ).toThrow('render failed');
    expect(broken.hasAttribute(ISLAND_LIVE_ATTRIBUTE)).toBe(false);
  });
});

describe('hydration queue: which island hydrates first', () => {
  it('a client:deployment island that neared the screen goes ahead of one woken by idleness, as client:visible does', async () => {
    const order: string[] = [];
    const woken = island({ client: 'deployment', ssr: '', [WOKEN_ATTRIBUTE]: '' });
    const idle = island({ client: 'idle', ssr: '' });
    const near = island({ client: 'deployment', ssr: '' });
    const visible = island({ client: 'visible', ssr: '' });
    await Promise.all([
      hydrationTurn(woken).then(() => order.push('woken')),
      hydrationTurn(idle).then(() => order.push('idle')),
      hydrationTurn(near).then(() => order.push('near')),
      hydrationTurn(visible).then(() => order.push('visible')),
    ]);
    expect(order).toEqual(['near', 'visible', 'woken', 'idle']);
  });
});

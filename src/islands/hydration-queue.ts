/**
 * When an island hydrates, when it goes live, and what happens to the reader's input meanwhile.
 * No Preact here: the page's site script (src/scripts/site.ts) installs the input listeners before
 * any island has loaded, and this module is shared with the islands' renderer (./renderer.ts) and
 * `useHydrated` (./state/hydration.ts).
 *
 * Astro hydrates every island of a page whose component has loaded in one go, in a single task (on
 * a runbook page some forty islands, about 60 ms on a 2-core machine and four times that on a
 * phone's CPU); and if each then switched to the reader's profile in the same task, it would block
 * the main thread for the whole page's worth of work, twice. Instead both take turns, one per task,
 * posted through a MessageChannel (which the browser does not throttle as it does nested timers):
 *
 * - a **hydration turn** (asked by the renderer): islands hydrated because they became visible go
 *   ahead of those hydrated because the browser was idle;
 * - a **live turn** (asked by `useHydrated` after the hydrating render, which must equal the
 *   server's): the island leaves the example deployment for the reader's stores.
 *
 * The reader never waits on the queue, and never acts on the example deployment:
 * - a pointer, a touch, a key or focus on an island makes it urgent: its hydration turn and then its
 *   live turn run at once;
 * - a click on a control (a button, a checkbox…) of an island that is not live yet is held, the
 *   island made urgent, and the click given again to the same control once the island is live. A
 *   held click marks the island `aria-busy`; should the island fail to hydrate, the click is
 *   dropped after `HOLD_LIMIT_MS` rather than kept forever.
 */

import { WOKEN_ATTRIBUTE } from './deployment-directive.ts';

/** What a held click may be given back to: controls that act through the island's handlers. */
const CONTROLS =
  'button, [role="button"], [role="tab"], [role="switch"], [role="menuitem"], [role="menuitemcheckbox"], [role="option"], input[type="checkbox"], input[type="radio"]';
/** How long a held click waits for its island before it is dropped. */
export const HOLD_LIMIT_MS = 15_000;
/** Dispatched on an island's element when it goes live. */
export const LIVE_EVENT = 'passerelle:live';
/**
 * The attribute an island's element carries once live (the stylesheet shows a `client:deployment`
 * island from then on, see ./deployment-directive.ts).
 */
export const ISLAND_LIVE_ATTRIBUTE = 'data-island-live';

interface Turn {
  run: () => void;
  island?: Element;
}

/** Hydrations of islands that became visible: before anything else. */
const visibleFirst: Turn[] = [];
/** Idle hydrations and live turns, in the order asked. */
const queue: Turn[] = [];
let posted = false;
let channel: MessageChannel | undefined;
let listening = false;
/** Islands the reader reached for: their turns do not wait. */
const urgent = new WeakSet<Element>();
/**
 * Per island, the live turns asked during its hydrating render that have not run: one per
 * component calling `useHydrated` (the profile bar and its change-window toggle are two). An island
 * without any is never here.
 */
const liveTurnsDue = new WeakMap<Element, number>();
/** The island whose hydrating render is running now (see `hydrating`). */
let current: Element | undefined;

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
  const turn = visibleFirst.shift() ?? queue.shift();
  if (visibleFirst.length > 0 || queue.length > 0) post();
  turn?.run();
}

function enqueue(turn: Turn, ahead: boolean): void {
  if (turn.island && urgent.has(turn.island)) {
    turn.run();
    return;
  }
  (ahead ? visibleFirst : queue).push(turn);
  if (!posted) post();
}

/** Runs now the turns of `island` waiting in the queues. */
function runTurnsOf(island: Element): void {
  for (const list of [visibleFirst, queue]) {
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.island === island) list.splice(i, 1)[0]!.run();
    }
  }
}

/** The islands around `target`, outermost first (Astro hydrates a parent before its children). */
function islandsAround(target: EventTarget | null): Element[] {
  const islands: Element[] = [];
  let element = target instanceof Element ? target.closest('astro-island') : null;
  while (element) {
    islands.unshift(element);
    element = element.parentElement?.closest('astro-island') ?? null;
  }
  return islands;
}

/** The reader reaches for the islands around `target`: none of their turns waits any longer. */
function makeUrgent(target: EventTarget | null): void {
  for (const island of islandsAround(target)) {
    urgent.add(island);
    runTurnsOf(island);
  }
}

/** Whether `island` acts on the reader's stores: hydrated and, if it has a live turn, past it. */
function isLive(island: Element): boolean {
  return !island.hasAttribute('ssr') && !liveTurnsDue.has(island);
}

/** Resolves once `island` is live and has rendered so (false if it never is, within the limit). */
export function whenLive(island: Element): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      if (!isLive(island)) return;
      stop();
      // The live turn's re-render runs in the microtasks after the turn: give the click after it.
      setTimeout(() => resolve(true), 0);
    };
    const stop = () => {
      clearTimeout(timer);
      island.removeEventListener('astro:hydrate', check);
      island.removeEventListener(LIVE_EVENT, check);
    };
    const timer = setTimeout(() => {
      stop();
      resolve(false);
    }, HOLD_LIMIT_MS);
    island.addEventListener('astro:hydrate', check);
    island.addEventListener(LIVE_EVENT, check);
    check();
  });
}

/** Islands holding a click (one per island: a second click while waiting is the same intent). */
const holding = new WeakSet<Element>();

function holdClick(event: MouseEvent): void {
  const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
  const island = control?.closest('astro-island');
  if (!control || !island || isLive(island)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  if (holding.has(island)) return;
  holding.add(island);
  island.setAttribute('aria-busy', 'true');
  makeUrgent(control);
  void whenLive(island).then((live) => {
    holding.delete(island);
    island.removeAttribute('aria-busy');
    if (live && control.isConnected) (control as HTMLElement).click();
  });
}

function reachFor(event: Event): void {
  makeUrgent(event.target);
}

/** Installs the listeners for the reader's input (capture phase: before the page's handlers). */
export function listenForEarlyInput(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  for (const type of ['pointerdown', 'touchstart', 'keydown', 'focusin']) {
    document.addEventListener(type, reachFor, { capture: true, passive: true });
  }
  document.addEventListener('click', holdClick, { capture: true });
}

/**
 * Whether `island` hydrates because it neared the screen: `client:visible`, or `client:deployment`
 * unless the browser's idleness or a print woke it (./deployment-directive.ts).
 */
function nearedScreen(island: Element): boolean {
  const client = island.getAttribute('client');
  return client === 'visible' || (client === 'deployment' && !island.hasAttribute(WOKEN_ATTRIBUTE));
}

/**
 * Resolves when `island` (an `astro-island` element) may hydrate: in a task of its own, islands
 * that neared the screen first, others in the order asked, at once if the reader reached for it.
 */
export function hydrationTurn(island: Element): Promise<void> {
  listenForEarlyInput();
  return new Promise<void>((resolve) => enqueue({ run: resolve, island }, nearedScreen(island)));
}

/**
 * Runs `render`, the synchronous hydrating render of `island`, so that `hydratingIsland()` names it
 * to the hooks that render calls.
 */
export function hydrating<T>(island: Element, render: () => T): T {
  current = island;
  let rendered: T;
  try {
    rendered = render();
  } finally {
    current = undefined;
  }
  // An island none of whose components waits for a live turn is live once hydrated.
  if (!liveTurnsDue.has(island)) island.setAttribute(ISLAND_LIVE_ATTRIBUTE, '');
  return rendered;
}

/** The island being hydrated, during its hydrating render (undefined elsewhere). */
export function hydratingIsland(): Element | undefined {
  return current;
}

/** Notes that a component of `island`, in its hydrating render, will ask for a live turn. */
export function awaitLive(island: Element): void {
  liveTurnsDue.set(island, (liveTurnsDue.get(island) ?? 0) + 1);
}

/**
 * Runs `task` in a task of its own, after the turns asked for before it; for a live turn of
 * `island`, at once if the reader reached for it. The island is live once the last of its live
 * turns has run.
 */
export function afterHydration(task: () => void, island?: Element): void {
  const run = island
    ? () => {
        const due = (liveTurnsDue.get(island) ?? 1) - 1;
        if (due > 0) liveTurnsDue.set(island, due);
        else liveTurnsDue.delete(island);
        task();
        if (due <= 0) {
          island.setAttribute(ISLAND_LIVE_ATTRIBUTE, '');
          island.dispatchEvent(new CustomEvent(LIVE_EVENT));
        }
      }
    : task;
  enqueue({ run, island }, false);
}

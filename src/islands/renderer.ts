/**
 * The islands' renderer: Astro's Preact renderer (`@astrojs/preact/client.js`, which the client
 * build resolves to this module, see astro.config.mjs), after the page's whole dictionary. A
 * runbook page loads only part of its dictionary at first (src/i18n/message-parts.ts); an island
 * whose component is marked `pageMessages` prints only messages of that part and renders at once,
 * every other island waits for the whole dictionary, so none shows a key instead of a message.
 * On a page that holds its whole dictionary the wait is nothing. Each island then hydrates in a
 * task of its own, or at once when the reader reaches for it (./hydration-queue.ts).
 */
import preactRenderer from '@astrojs/preact/client.js';
import { ensureDictionaries, isLang } from '../i18n/index.ts';
import { hydrating, hydrationTurn } from './hydration-queue.ts';

type Render = ReturnType<typeof preactRenderer>;

/** Marks an island component as printing only the messages of its page's part. */
export interface PrintsPageMessages {
  pageMessages?: true;
}

export default (element: HTMLElement): Render =>
  async (Component, props, slots, options) => {
    if ((Component as PrintsPageMessages).pageMessages !== true) {
      const lang = document.documentElement.lang;
      await ensureDictionaries([isLang(lang) ? lang : 'en']);
    }
    await hydrationTurn(element);
    // Astro's renderer hydrates synchronously (no signals here): `useHydrated` learns its island.
    return hydrating(element, () => preactRenderer(element)(Component, props, slots, options));
  };

/**
 * Site-wide behaviour, kept small because it loads on every page: the theme toggle, the language
 * switch that keeps the reader's section, and the search field (Pagefind is imported only when the
 * reader starts searching); and the listeners that keep the reader's first clicks from reaching an
 * island before it is live (../islands/hydration-queue.ts).
 */
import { listenForEarlyInput } from '../islands/hydration-queue.ts';

const THEME_KEY = 'passerelle.theme';

function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const sync = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  sync();
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      /* storage may be disabled: the choice still applies to this page */
    }
    sync();
  });
}

/**
 * The id of the section the reader is in, computed at the moment of the click: the last heading
 * above the reader's line. The URL's anchor wins only while its target is still on screen (a page
 * opened at `#x` whose heading cannot reach the top, near the end of a page); once the reader has
 * scrolled away from it, that anchor is stale and the heading being read wins. Above the first
 * heading, the anchor wins (the browser may not have scrolled to it yet).
 */
export function readerSection(): string {
  const anchor = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : '';
  const target = anchor ? document.getElementById(anchor) : null;
  // Below the sticky header (and a page's own sticky bar, `data-sticky-top`: the runbook's profile
  // bar), the reader's line is the lowest of their bottom edges.
  const bars = document.querySelectorAll('.site-header, [data-sticky-top]');
  const line = Math.max(0, ...Array.from(bars, (bar) => bar.getBoundingClientRect().bottom)) + 24;
  let id = '';
  for (const heading of document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')) {
    if (heading.getBoundingClientRect().top <= line) id = heading.id;
    else break;
  }
  if (target) {
    // Above every heading: the page was opened at `#x` and the browser has not scrolled to it yet
    // (or the reader went back to the very top); the anchor is the best guess, not the page's top.
    if (!id) return anchor;
    const box = target.getBoundingClientRect();
    const onScreen = box.bottom > 0 && box.top < innerHeight;
    if (onScreen && (!id || box.top > line)) return anchor;
  }
  return id;
}

function initLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
    link.addEventListener('click', () => {
      const id = readerSection();
      const url = new URL(link.href);
      url.hash = id ? `#${id}` : '';
      link.href = url.toString();
    });
  }
}

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

function initSearch(): void {
  const box = document.querySelector<HTMLElement>('[data-search]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const panel = box?.querySelector<HTMLElement>('.search__results');
  if (!box || !input || !panel) return;
  let pagefind: Promise<Pagefind | null> | null = null;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`)
      .then(async (module: Pagefind) => {
        await module.init();
        return module;
      })
      .catch(() => null));

  const show = (content: Node) => {
    panel.replaceChildren(content);
    panel.hidden = false;
  };
  const message = (text: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    if (!query) {
      panel.hidden = true;
      return;
    }
    const engine = await load();
    if (!engine) return show(message(panel.dataset.msgUnavailable ?? ''));
    const search = await engine.debouncedSearch(query);
    if (!search || input.value.trim() !== query) return;
    const results = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
    if (results.length === 0) return show(message((panel.dataset.msgNone ?? '').replace('{query}', query)));
    const list = document.createElement('ol');
    for (const result of results) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is text with <mark> highlights only; rebuild it as nodes, never as HTML.
      for (const [index, part] of result.excerpt.split(/<\/?mark>/).entries()) {
        const node = index % 2 ? document.createElement('mark') : document.createElement('span');
        node.textContent = part.replace(/&lt;|&gt;|&amp;|&quot;|&#39;/g, (e) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" })[e]!);
        excerpt.append(node);
      }
      item.append(link, excerpt);
      list.append(item);
    }
    const count = message((panel.dataset.msgResults ?? '').replace('{count}', String(search.results.length)));
    const wrapper = document.createElement('div');
    wrapper.append(count, list);
    show(wrapper);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      panel.hidden = true;
      input.blur();
    }
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"], .xterm');
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}

/** Wires the site-wide behaviour once the page is parsed. */
export function initSite(): void {
  listenForEarlyInput();
  initThemeToggle();
  initLanguageSwitch();
  initSearch();
}

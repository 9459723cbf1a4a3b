// Page-weight analysis of the built site (dist/). For each HTML page: its bytes, the JS and CSS it
// loads at first paint (gzip, following static imports), what it loads once the browser is idle
// (islands with client:idle: Astro requests them from requestIdleCallback, after the first paint),
// and what it only loads on demand (dynamic imports, islands hydrated when visible).
// Deterministic: same dist/, same numbers.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, dirname, posix } from 'node:path';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Lists built HTML pages as { path, file }. */
export function listPages(dist) {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, full).split('\\').join('/');
        const path = '/' + rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
        pages.push({ path, file: full });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

function resolveAsset(dist, fromUrl, spec) {
  if (/^[a-z]+:/i.test(spec) || spec.startsWith('//')) return null; // outside URL: not ours
  const url = spec.startsWith('/') ? spec : posix.join(posix.dirname(fromUrl), spec);
  const file = join(dist, url.split('?')[0]);
  return existsSync(file) ? { url, file } : null;
}

const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']|export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;
// Vite writes dynamic imports with backticks too (import(`./chunk.js`)): accept every quote.
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

/**
 * The reader's dictionary (src/i18n/reader-dictionary.ts) is a dynamic import of `en.json` or
 * `fr.json` that the module awaits at its top level: whichever module loads it loads the page
 * language's dictionary chunk (`/_astro/en.<hash>.js`) at the same time, so that chunk counts with
 * its importer (first paint or idle), not as on demand. The other language's stays on demand.
 * A page that names a part of its dictionary (`<html data-messages="runbook">`,
 * src/i18n/message-parts.ts) awaits that part's chunk (`/_astro/en.runbook.part.<hash>.js`)
 * instead; the whole dictionary then loads before any island not marked `pageMessages`
 * (src/islands/renderer.ts), so it counts with the first such island that hydrates at first paint
 * or once idle, and on demand otherwise.
 */
const dictionaryChunk = (lang, part) =>
  part ? new RegExp(`^/_astro/${lang}\\.${part}\\.part\\.[\\w-]+\\.js$`) : new RegExp(`^/_astro/${lang}\\.[\\w-]+\\.js$`);

/** True when an island's component module says it prints only its page's part (src/islands/renderer.ts). */
const printsPageMessages = (dist, url) => /\.pageMessages\s*=\s*(?:!0|true)\b/.test(readFileSync(join(dist, url), 'utf8'));

/**
 * Follows a JS module's static imports, and the dynamic imports `eager` says are awaited at once;
 * collects the other dynamic imports as on-demand entries.
 */
function walkModule(dist, url, seen, onDemand, eager = () => false) {
  if (seen.has(url)) return;
  const asset = resolveAsset(dist, '/', url);
  if (!asset) return;
  seen.add(url);
  const code = readFileSync(asset.file, 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[1] ?? m[2];
    const dep = resolveAsset(dist, url, spec);
    if (dep) walkModule(dist, dep.url, seen, onDemand, eager);
  }
  for (const m of code.matchAll(DYNAMIC_IMPORT)) {
    const dep = resolveAsset(dist, url, m[1]);
    if (dep && eager(dep.url)) walkModule(dist, dep.url, seen, onDemand, eager);
    else if (dep) onDemand.add(dep.url);
  }
}

/** The scripts a module loads with it: itself and its static imports, transitively (URLs under dist). */
export function staticClosure(dist, url) {
  const seen = new Set();
  walkModule(dist, url, seen, new Set());
  return seen;
}

/** The scripts a module imports dynamically (`import(…)`), as URLs under dist. */
export function dynamicImports(dist, url) {
  const asset = resolveAsset(dist, '/', url);
  if (!asset) return [];
  const code = readFileSync(asset.file, 'utf8');
  return [...code.matchAll(DYNAMIC_IMPORT)].map((m) => resolveAsset(dist, url, m[1])?.url).filter((u) => u !== undefined);
}

/** Analyses one page. Sizes are gzip bytes except `htmlBytes`. */
export function analysePage(dist, page) {
  const html = readFileSync(page.file, 'utf8');
  const lang = /<html\b[^>]*\blang="(\w+)"/.exec(html)?.[1];
  const part = /<html\b[^>]*\bdata-messages="([\w-]+)"/.exec(html)?.[1];
  const eager = lang ? (url) => dictionaryChunk(lang, part).test(url) : () => false;
  // With a part, the whole dictionary is awaited by the renderer before an unmarked island.
  const wholeDictionary = lang ? (url) => dictionaryChunk(lang).test(url) : () => false;
  let wholeAtFirstPaint = false;
  let wholeAtIdle = false;
  const firstJs = new Set();
  const lazyRoots = new Set();
  const css = new Set();
  let inlineJs = 0;
  let inlineCss = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]);
    if (src) {
      const a = resolveAsset(dist, page.path, src[1]);
      if (a) walkModule(dist, a.url, firstJs, lazyRoots, eager);
    } else if (!/type="application\/(ld\+)?json"/.test(m[1])) {
      inlineJs += gz(Buffer.from(m[2]));
      for (const d of m[2].matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) {
        const a = resolveAsset(dist, page.path, d[1]);
        if (a) lazyRoots.add(a.url);
      }
      for (const s of m[2].matchAll(/(?:^|[;\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
        const a = resolveAsset(dist, page.path, s[1]);
        if (a) walkModule(dist, a.url, firstJs, lazyRoots, eager);
      }
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0]);
    const a = href && resolveAsset(dist, page.path, href[1]);
    if (a) css.add(a.url);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) inlineCss += gz(Buffer.from(m[1]));
  // Astro islands: hydrated at first paint (client:load), when the browser is idle (client:idle),
  // or on demand (client:visible / client:media, and client:deployment for a reader without a
  // deployment of their own, which is what is measured: src/islands/deployment-directive.ts).
  const idleRoots = new Set();
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
    const attrs = m[1];
    const client = /\bclient="([^"]+)"/.exec(attrs)?.[1] ?? 'load';
    for (const key of ['component-url', 'renderer-url']) {
      const u = new RegExp(`\\b${key}="([^"]+)"`).exec(attrs)?.[1];
      const a = u && resolveAsset(dist, page.path, u.replace(/&amp;/g, '&'));
      if (!a) continue;
      const unmarked = part !== undefined && key === 'component-url' && !printsPageMessages(dist, a.url);
      if (client === 'visible' || client === 'media' || client === 'deployment') lazyRoots.add(a.url);
      else if (client === 'idle') {
        idleRoots.add(a.url);
        if (unmarked) wholeAtIdle = true;
      } else {
        walkModule(dist, a.url, firstJs, lazyRoots, eager);
        if (unmarked) wholeAtFirstPaint = true;
      }
    }
  }
  // A page script that schedules its dynamic imports with requestIdleCallback (src/scripts:
  // the profile store, the change-window sheet, which must be built before the reader prints)
  // loads them once idle, like a client:idle island.
  for (const u of firstJs) {
    if (!readFileSync(join(dist, u), 'utf8').includes('requestIdleCallback')) continue;
    for (const d of dynamicImports(dist, u)) if (!eager(d)) idleRoots.add(d);
  }
  const idle = new Set();
  for (const root of idleRoots) if (!firstJs.has(root)) walkModule(dist, root, idle, lazyRoots, eager);
  const wholeChunks = [...lazyRoots].filter(wholeDictionary);
  if (wholeAtFirstPaint) for (const u of wholeChunks) walkModule(dist, u, firstJs, lazyRoots, eager);
  else if (wholeAtIdle) for (const u of wholeChunks) walkModule(dist, u, idle, lazyRoots, eager);
  for (const u of firstJs) idle.delete(u);
  const lazy = new Set();
  for (const root of lazyRoots) if (!firstJs.has(root) && !idle.has(root)) walkModule(dist, root, lazy, lazyRoots, eager);
  for (const u of firstJs) lazy.delete(u);
  for (const u of idle) lazy.delete(u);
  const sum = (urls) => [...urls].reduce((n, u) => n + gz(readFileSync(join(dist, u))), 0);
  return {
    path: page.path,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gz(Buffer.from(html)),
    firstPaintJsGzip: sum(firstJs) + inlineJs,
    firstPaintCssGzip: sum(css) + inlineCss,
    idleJsGzip: sum(idle),
    onDemandJsGzip: sum(lazy),
    firstPaintJs: [...firstJs].sort(),
    idleJs: [...idle].sort(),
    onDemandJs: [...lazy].sort(),
    messagePart: part,
  };
}

/** Analyses every page of dist/. */
export function analyseSite(dist = 'dist') {
  return listPages(dist).map((p) => analysePage(dist, p));
}

/** The budgets (bench/budgets.json) that apply to a page path (chunk budgets have no `pages`). */
export function budgetsFor(budgets, path) {
  return budgets.filter((b) => b.pages !== undefined && new RegExp(b.pages).test(path));
}

/** Every built script under dist/_astro with its gzip size, for chunk budgets. */
export function analyseChunks(dist = 'dist') {
  const dir = join(dist, '_astro');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ path: `/_astro/${name}`, gzip: gz(readFileSync(join(dir, name))) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** True when an island's component chunk is marked as printing only its page's part. */
export { printsPageMessages };

export { dirname };

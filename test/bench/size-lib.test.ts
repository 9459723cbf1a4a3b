import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyseSite, budgetsFor } from '../../bench/size-lib.mjs';

const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;

describe('size analysis', () => {
  const dist = mkdtempSync(join(tmpdir(), 'passerelle-size-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'en', 'guide', 'x'), { recursive: true });
  const files = {
    'a.js': 'import{b}from"./b.js";const c=()=>import("./c.js");b(c);',
    'b.js': 'export const b=(f)=>f;',
    'c.js': 'import"./d.js";export default 1;',
    'd.js': 'export const d=2;',
    'island.js': 'export default function I(){return 1}',
    'idle.js': 'import"./b.js";import"./e.js";export default 3;',
    'e.js': 'export const e=4;',
    'style.css': 'body{color:red}',
  };
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dist, '_astro', name), code);
  const html =
    '<!doctype html><html lang="en"><head><link rel="stylesheet" href="/_astro/style.css"><script type="module" src="/_astro/a.js"></script><script>var x=1</script></head>' +
    '<body><astro-island client="visible" component-url="/_astro/island.js"></astro-island><astro-island client="idle" component-url="/_astro/idle.js"></astro-island></body></html>';
  writeFileSync(join(dist, 'en', 'guide', 'x', 'index.html'), html);

  it('counts static imports at first paint and dynamic imports and visible islands on demand', () => {
    const page = analyseSite(dist)[0]!;
    expect(page.path).toBe('/en/guide/x/');
    expect(page.htmlBytes).toBe(Buffer.byteLength(html));
    expect(page.firstPaintJs).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(page.firstPaintJsGzip).toBe(gz(files['a.js']) + gz(files['b.js']) + gz('var x=1'));
    expect(page.onDemandJs).toEqual(['/_astro/c.js', '/_astro/d.js', '/_astro/island.js']);
    expect(page.firstPaintCssGzip).toBe(gz(files['style.css']));
  });

  it('counts client:idle islands apart: after the first paint, without what the first paint already loaded', () => {
    const page = analyseSite(dist)[0]!;
    expect(page.idleJs).toEqual(['/_astro/e.js', '/_astro/idle.js']);
    expect(page.idleJsGzip).toBe(gz(files['idle.js']) + gz(files['e.js']));
    expect(page.onDemandJs).not.toContain('/_astro/idle.js');
  });

  it('selects budgets by page pattern', () => {
    const budgets = [{ name: 'g', pages: '^/en/guide/' }, { name: 'r', pages: '^/fr/' }];
    expect(budgetsFor(budgets, '/en/guide/x/').map((b: { name: string }) => b.name)).toEqual(['g']);
  });
});

describe('size analysis of the reader’s dictionary', () => {
  // src/i18n/reader-dictionary.ts awaits `import('./en.json')` or `import('./fr.json')` at its top
  // level: the page language's chunk loads with the module, the other language's never.
  const dist = mkdtempSync(join(tmpdir(), 'passerelle-size-dict-'));
  mkdirSync(join(dist, '_astro'));
  const files = {
    'island.Ab1.js': 'import"./store.Cd2.js";export default 1;',
    'store.Cd2.js': 'const l=document.documentElement.lang;export const d=await(l==="fr"?import("./fr.Xy_9.js"):import("./en.Zq-8.js"));',
    'en.Zq-8.js': 'export default {"a":"Open the runbook"};',
    'fr.Xy_9.js': 'export default {"a":"Ouvrir le runbook, le guide et le labo"};',
  };
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dist, '_astro', name), code);
  for (const lang of ['en', 'fr']) {
    mkdirSync(join(dist, lang), { recursive: true });
    writeFileSync(
      join(dist, lang, 'index.html'),
      `<!doctype html><html lang="${lang}"><body><astro-island client="idle" component-url="/_astro/island.Ab1.js"></astro-island></body></html>`,
    );
  }

  it('counts the page language’s dictionary with the module that awaits it, and the other language’s on demand', () => {
    const [en, fr] = analyseSite(dist);
    expect(en!.path).toBe('/en/');
    expect(en!.idleJs).toEqual(['/_astro/en.Zq-8.js', '/_astro/island.Ab1.js', '/_astro/store.Cd2.js']);
    expect(en!.onDemandJs).toEqual(['/_astro/fr.Xy_9.js']);
    expect(fr!.idleJs).toEqual(['/_astro/fr.Xy_9.js', '/_astro/island.Ab1.js', '/_astro/store.Cd2.js']);
    expect(fr!.idleJsGzip).toBe(gz(files['island.Ab1.js']) + gz(files['store.Cd2.js']) + gz(files['fr.Xy_9.js']));
    expect(fr!.onDemandJs).toEqual(['/_astro/en.Zq-8.js']);
  });
});

describe('size analysis of a page that loads part of its dictionary', () => {
  // `<html data-messages="runbook">`: the store awaits the part's chunk instead of the whole
  // dictionary's; the whole one loads before any island not marked `pageMessages`
  // (src/islands/renderer.ts), so it counts with the first such island.
  const dist = mkdtempSync(join(tmpdir(), 'passerelle-size-part-'));
  mkdirSync(join(dist, '_astro'));
  const files = {
    'marked.Ab1.js': 'import"./store.Cd2.js";function M(){return 1}M.pageMessages=!0;export default M;',
    'unmarked.Ef3.js': 'import"./store.Cd2.js";export default function U(){return 2}',
    'store.Cd2.js':
      'const h=document.documentElement,l=h.lang,p=h.dataset.messages;' +
      'export const d=await(p?(l==="fr"?import("./fr.runbook.part.Pq1.js"):import("./en.runbook.part.Pq2.js")):(l==="fr"?import("./fr.Xy_9.js"):import("./en.Zq-8.js")));',
    'en.Zq-8.js': 'export default {"a":"Open the runbook","b":"Download the scripts of every server"};',
    'fr.Xy_9.js': 'export default {"a":"Ouvrir le runbook","b":"Télécharger les scripts de chaque serveur"};',
    'en.runbook.part.Pq2.js': 'export default {"a":"Open the runbook"};',
    'fr.runbook.part.Pq1.js': 'export default {"a":"Ouvrir le runbook"};',
  };
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dist, '_astro', name), code);
  const page = (path: string, lang: string, islands: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), `<!doctype html><html lang="${lang}" data-messages="runbook"><body>${islands}</body></html>`);
  };
  const island = (client: string, url: string) => `<astro-island client="${client}" component-url="/_astro/${url}"></astro-island>`;
  page('fr/a', 'fr', island('idle', 'marked.Ab1.js') + island('visible', 'unmarked.Ef3.js'));
  page('fr/b', 'fr', island('idle', 'marked.Ab1.js') + island('idle', 'unmarked.Ef3.js'));
  page('en/c', 'en', island('load', 'unmarked.Ef3.js'));

  it('counts the part with its importer; the whole dictionary on demand when only marked islands are early', () => {
    const a = analyseSite(dist).find((p: { path: string }) => p.path === '/fr/a/')!;
    expect(a.messagePart).toBe('runbook');
    expect(a.idleJs).toEqual(['/_astro/fr.runbook.part.Pq1.js', '/_astro/marked.Ab1.js', '/_astro/store.Cd2.js']);
    expect(a.onDemandJs).toContain('/_astro/fr.Xy_9.js');
    expect(a.onDemandJs).toContain('/_astro/en.runbook.part.Pq2.js'); // the other language's, never loaded here
    expect(a.idleJsGzip).toBe(gz(files['marked.Ab1.js']) + gz(files['store.Cd2.js']) + gz(files['fr.runbook.part.Pq1.js']));
  });

  it('counts the whole dictionary once idle when an unmarked island hydrates then', () => {
    const b = analyseSite(dist).find((p: { path: string }) => p.path === '/fr/b/')!;
    expect(b.idleJs).toContain('/_astro/fr.Xy_9.js');
    expect(b.idleJs).toContain('/_astro/fr.runbook.part.Pq1.js');
    expect(b.idleJsGzip).toBe(['marked.Ab1.js', 'unmarked.Ef3.js', 'store.Cd2.js', 'fr.runbook.part.Pq1.js', 'fr.Xy_9.js'].reduce((n, f) => n + gz(files[f as keyof typeof files]), 0));
  });

  it('counts it at first paint when an unmarked island hydrates at load', () => {
    const c = analyseSite(dist).find((p: { path: string }) => p.path === '/en/c/')!;
    expect(c.firstPaintJs).toEqual(['/_astro/en.Zq-8.js', '/_astro/en.runbook.part.Pq2.js', '/_astro/store.Cd2.js', '/_astro/unmarked.Ef3.js']);
    expect(c.onDemandJs).not.toContain('/_astro/en.Zq-8.js');
  });
});

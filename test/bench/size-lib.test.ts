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
